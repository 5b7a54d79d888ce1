/// Reverse-mode differentiation over the recorded graph (`t.backward()`).
extension Tensor {
    /// Accumulates d(self)/d(leaf) into every leaf's `grad` (`t.backward(gradient)`).
    /// Without `gradient`, self must hold one element (its gradient is 1).
    public func backward(gradient: Tensor? = nil) throws {
        guard requiresGrad else {
            throw TensorError.runtime("element 0 of tensors does not require grad and does not have a grad_fn")
        }
        let seed: Tensor
        if let g = gradient {
            if g.shape != shape {
                throw TensorError.runtime("Mismatch in shape: grad_output[0] has a shape of torch.Size(\(Shape.describe(g.shape))) and output[0] has a shape of torch.Size(\(Shape.describe(shape))).")
            }
            seed = try g.detach().to(dtype)
        } else {
            guard count == 1 else { throw TensorError.runtime("grad can be implicitly created only for scalar outputs") }
            seed = try Tensor.onesLike(self)
        }
        guard let root = gradFn else {
            try Tensor.accumulate(seed, into: self)
            return
        }
        // Nodes in topological order: every node before the nodes of its inputs.
        var order: [AutogradNode] = []
        var visited = Set<ObjectIdentifier>()
        var stack: [(AutogradNode, Bool)] = [(root, false)]
        while let (node, expanded) = stack.popLast() {
            if expanded {
                order.append(node)
                continue
            }
            if visited.contains(ObjectIdentifier(node)) { continue }
            visited.insert(ObjectIdentifier(node))
            stack.append((node, true))
            for input in node.inputs {
                if let next = input.gradFn, !visited.contains(ObjectIdentifier(next)) { stack.append((next, false)) }
            }
        }
        order.reverse()
        var grads: [ObjectIdentifier: Tensor] = [ObjectIdentifier(root): seed]
        for node in order {
            guard let g = grads.removeValue(forKey: ObjectIdentifier(node)) else { continue }
            if let out = node.outputTensor, out.retainsGrad {
                try Tensor.accumulate(g, into: out)
            }
            let inputGrads = try Derivatives.backward(node, g)
            for (input, grad) in zip(node.inputs, inputGrads) {
                guard let grad = grad, input.requiresGrad else { continue }
                let fitted = grad.shape == input.shape ? grad : try grad.reshape(input.shape)
                if let next = input.gradFn {
                    let key = ObjectIdentifier(next)
                    grads[key] = try grads[key].map { try $0.add(fitted) } ?? fitted
                } else {
                    try Tensor.accumulate(fitted, into: input)
                }
            }
        }
    }

    /// Adds a gradient into `t.grad` in place, or sets a fresh copy when it is nil.
    static func accumulate(_ g: Tensor, into t: Tensor) throws {
        let value = try g.to(t.dtype)
        if let existing = t.grad {
            try existing.add_(value)
        } else {
            t.grad = try Elementwise.contiguousCopy(value)
        }
    }

    /// Keeps `.grad` for this non-leaf tensor during `backward()` (`t.retain_grad()`).
    public func retainGrad() {
        if !isLeaf { retainsGrad = true }
    }
}

extension Tensor {
    /// Records `output` as computed from `inputs` by an operation whose gradient `backward`
    /// computes (for autograd functions written in the language). `backward` receives the
    /// gradient of `output` and returns one gradient (or nil) per input. Nothing is recorded
    /// when no input requires grad or grad mode is off.
    public static func recordCustom(name: String, output: Tensor, inputs: [Tensor],
                                    backward: @escaping (Tensor) throws -> [Tensor?]) {
        _ = Autograd.record(.custom(name: name, backward: backward), output, inputs)
    }
}
