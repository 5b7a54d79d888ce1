import Interpreter
import TensorKit

/// The native part of `torch.nn.functional` (imported as `F`): activations, losses,
/// convolution and pooling; `Python/torch/nn/functional.py` adds the rest and re-exports these.
enum FunctionalModule {
    static func make(_ interpreter: Interpreter) throws -> PyModule {
        try interpreter.makeModule("torch.nn.functional") { ns in
            func tensor(_ v: Value, _ i: Interpreter) throws -> Tensor { try TensorConversions.tensor(v, i) }
            func reduce(_ t: Tensor, _ reduction: Value, _ i: Interpreter) throws -> Tensor {
                switch reduction.stringValue ?? "mean" {
                case "mean": return try t.mean()
                case "sum": return try t.sum()
                case "none": return t
                case let other: throw PyException(BuiltinTypes.valueError, "\(other) is not a valid value for reduction")
                }
            }
            func checkShapes(_ a: Tensor, _ b: Tensor, _ name: String, _ i: Interpreter) {
                if a.shape != b.shape {
                    i.standardError("UserWarning: Using a target size (\(Tensor.sizeDescription(b.shape))) that is different to the input size (\(Tensor.sizeDescription(a.shape))). This will likely lead to incorrect results due to broadcasting. Please ensure they have the same size.\n")
                }
            }
            ns.function("l1_loss", "input, target, size_average=None, reduce=None, reduction='mean'") { i, a in
                let x = try tensor(a[0], i), y = try tensor(a[1], i)
                checkShapes(x, y, "l1_loss", i)
                return TensorWrapping.wrap(try TorchErrors.run { try reduce(try Tensor.binary(.sub, x, y).abs(), a[4], i) })
            }
            ns.function("mse_loss", "input, target, size_average=None, reduce=None, reduction='mean'") { i, a in
                let x = try tensor(a[0], i), y = try tensor(a[1], i)
                checkShapes(x, y, "mse_loss", i)
                return TensorWrapping.wrap(try TorchErrors.run { try reduce(try Tensor.binary(.sub, x, y).pow(.int(2)), a[4], i) })
            }
            for (name, op) in [("relu", UnaryOp.relu), ("sigmoid", .sigmoid), ("tanh", .tanh)] {
                ns.function(name, "input, inplace=False") { i, a in
                    let x = try tensor(a[0], i)
                    if try i.isTruthy(a[1]) {
                        _ = try TorchErrors.run { try x.applyInPlace(op) }
                        return a[0]
                    }
                    return TensorWrapping.wrap(try TorchErrors.run { try x.unary(op) })
                }
            }
            ns.function("leaky_relu", "input, negative_slope=0.01, inplace=False") { i, a in
                let x = try tensor(a[0], i), slope = try i.doubleArgument(a[1])
                let out = try TorchErrors.run { try x.leakyRelu(negativeSlope: slope) }
                if try i.isTruthy(a[2]) {
                    _ = try TorchErrors.run { try x.copy_(out) }
                    return a[0]
                }
                return TensorWrapping.wrap(out)
            }
            ns.function("softmax", "input, dim=None") { i, a in
                TensorWrapping.wrap(try TorchErrors.run { try tensor(a[0], i).softmax(dim: try i.intArgument(a[1])) })
            }
            ns.function("log_softmax", "input, dim=None") { i, a in
                TensorWrapping.wrap(try TorchErrors.run { try tensor(a[0], i).logSoftmax(dim: try i.intArgument(a[1])) })
            }
            ns.function("nll_loss", "input, target, weight=None, reduction='mean'") { i, a in
                let x = try tensor(a[0], i), y = try tensor(a[1], i)
                return TensorWrapping.wrap(try TorchErrors.run {
                    let picked = try x.index([.tensor(try Tensor.arange(.int(x.shape.first ?? 0))), .tensor(y)])
                    return try reduce(try picked.neg(), a[3], i)
                })
            }
            ns.function("cross_entropy", "input, target, weight=None, reduction='mean'") { i, a in
                let x = try tensor(a[0], i), y = try tensor(a[1], i)
                return TensorWrapping.wrap(try TorchErrors.run {
                    let logProbabilities = try x.logSoftmax(dim: -1)
                    let picked = try logProbabilities.index([.tensor(try Tensor.arange(.int(x.shape.first ?? 0))), .tensor(y)])
                    return try reduce(try picked.neg(), a[3], i)
                })
            }
            func ints(_ v: Value, _ i: Interpreter) throws -> [Int] { try TensorConversions.intList(v, i) }
            func stride(_ v: Value, _ i: Interpreter) throws -> [Int] { v.isNone ? [] : try ints(v, i) }
            ns.function("conv2d", "input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1") { i, a in
                let x = try tensor(a[0], i), w = try tensor(a[1], i)
                let s = try ints(a[3], i), p = try ints(a[4], i), d = try ints(a[5], i), g = try i.intArgument(a[6])
                return TensorWrapping.wrap(try TorchErrors.run {
                    try x.conv2d(weight: w, bias: TensorConversions.optionalTensor(a[2]), stride: s, padding: p, dilation: d, groups: g)
                })
            }
            ns.function("max_pool2d", "input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False, return_indices=False") { i, a in
                let x = try tensor(a[0], i)
                let k = try ints(a[1], i), s = try stride(a[2], i), p = try ints(a[3], i), d = try ints(a[4], i)
                let ceil = try i.isTruthy(a[5])
                let r = try TorchErrors.run { try x.maxPool2dWithIndices(kernelSize: k, stride: s, padding: p, dilation: d, ceilMode: ceil) }
                if try i.isTruthy(a[6]) { return .tuple([TensorWrapping.wrap(r.values), TensorWrapping.wrap(r.indices)]) }
                return TensorWrapping.wrap(r.values)
            }
            ns.function("avg_pool2d", "input, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True, divisor_override=None") { i, a in
                let x = try tensor(a[0], i)
                let k = try ints(a[1], i), s = try stride(a[2], i), p = try ints(a[3], i)
                let ceil = try i.isTruthy(a[4]), include = try i.isTruthy(a[5])
                let divisor = a[6].isNone ? nil : try i.intArgument(a[6])
                return TensorWrapping.wrap(try TorchErrors.run {
                    try x.avgPool2d(kernelSize: k, stride: s, padding: p, ceilMode: ceil, countIncludePad: include, divisorOverride: divisor)
                })
            }
            ns.function("adaptive_avg_pool2d", "input, output_size") { i, a in
                let x = try tensor(a[0], i), size = try ints(a[1], i)
                return TensorWrapping.wrap(try TorchErrors.run { try x.adaptiveAvgPool2d(size) })
            }
            ns.function("adaptive_max_pool2d", "input, output_size, return_indices=False") { i, a in
                let x = try tensor(a[0], i), size = try ints(a[1], i)
                let r = try TorchErrors.run { try x.adaptiveMaxPool2d(size) }
                if try i.isTruthy(a[2]) { return .tuple([TensorWrapping.wrap(r.values), TensorWrapping.wrap(r.indices)]) }
                return TensorWrapping.wrap(r.values)
            }
            // torch.batch_norm's argument order; functional.py's batch_norm checks and calls it.
            ns.function("_batch_norm", "input, weight, bias, running_mean, running_var, training, momentum, eps") { i, a in
                let x = try tensor(a[0], i)
                let training = try i.isTruthy(a[5])
                let momentum = try i.doubleArgument(a[6]), eps = try i.doubleArgument(a[7])
                return TensorWrapping.wrap(try TorchErrors.run {
                    try x.batchNorm(weight: TensorConversions.optionalTensor(a[1]), bias: TensorConversions.optionalTensor(a[2]),
                                    runningMean: TensorConversions.optionalTensor(a[3]), runningVar: TensorConversions.optionalTensor(a[4]),
                                    training: training, momentum: momentum, eps: eps)
                })
            }
            ns.function("_constant_pad", "input, pad, value=0") { i, a in
                let x = try tensor(a[0], i), pad = try ints(a[1], i)
                guard let value = TensorConversions.scalar(a[2]) else {
                    throw PyException(BuiltinTypes.typeError, "pad(): argument 'value' must be Number, not \(a[2].typeName)")
                }
                return TensorWrapping.wrap(try TorchErrors.run { try x.constantPad(pad, value: value) })
            }
            ns.function("unfold", "input, kernel_size, dilation=1, padding=0, stride=1") { i, a in
                let x = try tensor(a[0], i)
                let k = try ints(a[1], i), d = try ints(a[2], i), p = try ints(a[3], i), s = try ints(a[4], i)
                return TensorWrapping.wrap(try TorchErrors.run { try x.im2col(kernelSize: k, dilation: d, padding: p, stride: s) })
            }
            // F.interpolate's kernel; functional.py resolves the output size and checks the arguments.
            ns.function("_interpolate", "input, size, scales, mode, align_corners") { i, a in
                let x = try tensor(a[0], i), size = try ints(a[1], i)
                let scales = try i.collect(a[2]).map { $0.isNone ? nil : try i.doubleArgument($0) }
                let mode: Tensor.InterpolationMode = (a[3].stringValue ?? "nearest") == "nearest" ? .nearest : .linear
                let align = try i.isTruthy(a[4])
                return TensorWrapping.wrap(try TorchErrors.run { try x.interpolate(size: size, scales: scales, mode: mode, alignCorners: align) })
            }
            ns.function("linear", "input, weight, bias=None") { i, a in
                let x = try tensor(a[0], i), w = try tensor(a[1], i)
                return TensorWrapping.wrap(try TorchErrors.run {
                    // PyTorch multiplies the input flattened to a matrix, with `addmm` when there
                    // is a bias, and names that operation and those shapes when they disagree.
                    if x.rank >= 1, w.rank == 2, x.shape[x.rank - 1] != w.shape[1] {
                        let rows = x.shape.dropLast().reduce(1, { $0.multipliedReportingOverflow(by: $1).partialValue })
                        let operation = TensorConversions.optionalTensor(a[2]) == nil ? "mm" : "addmm"
                        throw PyException(BuiltinTypes.runtimeError, "\(operation): mat1 and mat2 shapes cannot be multiplied (\(rows)x\(x.shape[x.rank - 1]) and \(w.shape[1])x\(w.shape[0]))")
                    }
                    if x.rank == 2, w.rank == 2, let bias = TensorConversions.optionalTensor(a[2]), bias.rank <= 1 {
                        // A matrix input with a bias is one addmm in PyTorch (grad_fn AddmmBackward0).
                        return try Tensor.addmm(bias, x, try w.t())
                    }
                    let product = try x.matmul(try w.t())
                    guard let bias = TensorConversions.optionalTensor(a[2]) else { return product }
                    return try product.add(bias)
                })
            }
        }
    }
}
