/// Which recorded values each backward rule reads, and the checks PyTorch makes on them.
///
/// PyTorch saves an operation's inputs or result only when its derivative needs them, and
/// refuses to use a saved value that an in-place operation has changed since (the version
/// counter moved) or that an earlier backward freed. `Derivatives` reads exactly the values
/// listed here, so checking these is checking what the gradient is computed from; operations
/// that save nothing (add, sum, views) stay usable after in-place changes and second passes, as
/// in PyTorch.
extension GradOp {
    /// The inputs (by position) and whether the output whose values the backward rule of this
    /// operation reads. `needsGrad` tells which inputs gradients are wanted for: a product saves
    /// each factor only for the other's gradient.
    func savedValues(needsGrad: [Bool]) -> (inputs: [Int], output: Bool) {
        func other(_ i: Int, _ j: Int) -> [Int] {
            // Input i is read for j's gradient, input j for i's.
            var saved: [Int] = []
            if j < needsGrad.count && needsGrad[j] { saved.append(i) }
            if i < needsGrad.count && needsGrad[i] { saved.append(j) }
            return saved.sorted()
        }
        switch self {
        case .binary(let op, _, _):
            switch op {
            case .add, .sub, .floorDivide: return ([], false)
            case .mul: return (other(0, 1), false)
            case .div: return (needsGrad.count > 1 && needsGrad[1] ? [0, 1] : [1], false)
            case .pow: return ([0, 1], true)
            default: return ([0, 1], false)
            }
        case .powScalar, .clamp, .variance(_, _, _, _, false): return ([0], false)
        case .variance(_, _, _, _, true): return ([0], true)
        case .rpowScalar, .softmax, .logSoftmax: return ([], true)
        case .unary(let op):
            switch op {
            case .neg, .sign, .floor, .ceil, .round, .trunc, .frac, .logicalNot, .bitwiseNot, .isnan, .isinf, .isfinite:
                return ([], false)
            case .sqrt, .rsqrt, .exp, .expm1, .sigmoid, .tanh, .relu, .reciprocal, .tan:
                return ([], true)
            default:
                return ([0], false)
            }
        case .clampTensor: return (Array(needsGrad.indices), false)
        case .extremumAll, .amax, .prod, .norm, .logsumexp: return ([0], true)
        case .mm, .bmm, .mv, .dot: return (other(0, 1), false)
        case .addmm: return (other(1, 2), false)
        case .convolution: return ([0, 1], false)
        case .mseLoss: return ([0, 1], false)
        case .cumprod, .median: return ([0], true)
        case .nanToNum: return ([0], false)
        case .lerp(let weight): return weight == nil ? ([0, 1, 2], false) : ([], false)
        default:
            // Views, shape changes, sums and means, indexing, joins, pooling and custom
            // functions read only constants kept in the op (shapes, indices, masks).
            return ([], false)
        }
    }
}

extension AutogradNode {
    /// Throws PyTorch's errors when the values this node's derivative reads were freed by an
    /// earlier backward or changed in place since the operation ran.
    func checkSavedValues() throws {
        let saved = op.savedValues(needsGrad: inputs.map { $0.requiresGrad })
        if saved.inputs.isEmpty && !saved.output { return }
        if released {
            throw TensorError.runtime("Trying to backward through the graph a second time (or directly access saved tensors after they have already been freed). Saved intermediate values of the graph are freed when you call .backward() or autograd.grad(). Specify retain_graph=True if you need to backward through the graph a second time or if you need to access saved tensors after calling backward.")
        }
        for index in saved.inputs where index < inputs.count {
            let input = inputs[index]
            if input.storage.version != inputVersions[index] {
                throw AutogradNode.modifiedError(input, producer: input.gradFn, version: input.storage.version,
                                                 expected: inputVersions[index])
            }
        }
        if saved.output && output.storage.version != outputVersion {
            throw AutogradNode.modifiedError(output, producer: self, version: output.storage.version, expected: outputVersion)
        }
    }

    /// PyTorch's message for a saved value changed in place: the tensor's type and shape, the
    /// node that produced it (a saved input names its current producer, a saved result the
    /// operation that saved it), and the versions.
    static func modifiedError(_ t: Tensor, producer: AutogradNode?, version: Int, expected: Int) -> TensorError {
        var text = "one of the variables needed for gradient computation has been modified by an inplace operation: "
        text += "[\(t.dtype.tensorTypeName) \(Shape.describe(t.shape))]"
        if let producer { text += ", which is output 0 of \(producer.shortName)," }
        text += " is at version \(version); expected version \(expected) instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False)."
        return TensorError.runtime(text)
    }

    /// The node's name as PyTorch's saved-variable message prints it: without the `Backward0`
    /// suffix, and CopySlices with its C++ namespace.
    var shortName: String {
        if name == "CopySlices" { return "torch::autograd::CopySlices" }
        var text = Substring(name)
        while let last = text.last, last.isNumber { text.removeLast() }
        if text.hasSuffix("Backward") { text.removeLast("Backward".count) }
        return text.isEmpty ? name : String(text)
    }
}
