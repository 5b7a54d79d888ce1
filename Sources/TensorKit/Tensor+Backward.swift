/// Reverse-mode differentiation over the recorded graph (`t.backward()`, `torch.autograd.grad`).
extension Tensor {
    /// Accumulates d(self)/d(leaf) into every leaf's `grad` (`t.backward(gradient)`).
    /// Without `gradient`, self must hold one element (its gradient is 1). Unless `retainGraph`,
    /// the nodes passed are released: a second backward through one that needs saved values
    /// throws, as PyTorch's freed graph does.
    public func backward(gradient: Tensor? = nil, retainGraph: Bool = false) throws {
        let seed = try Tensor.seed(for: self, gradient: gradient, index: 0)
        _ = try Tensor.runBackward(roots: [(self, seed)], retainGraph: retainGraph, inputs: nil)
    }

    /// `torch.autograd.grad(outputs, inputs, grad_outputs)`: the gradients of the outputs with
    /// respect to each input, returned rather than accumulated: no tensor's `.grad` changes.
    /// An input the outputs do not depend on is an error unless `allowUnused` (then nil).
    public static func gradients(of outputs: [Tensor], gradOutputs: [Tensor?], inputs: [Tensor],
                                 retainGraph: Bool = false, allowUnused: Bool = false) throws -> [Tensor?] {
        guard gradOutputs.count == outputs.count else {
            throw TensorError.runtime("grad requires one grad_output per output: got \(gradOutputs.count) for \(outputs.count) outputs")
        }
        var roots: [(Tensor, Tensor)] = []
        for (index, output) in outputs.enumerated() {
            roots.append((output, try seed(for: output, gradient: gradOutputs[index], index: index)))
        }
        for input in inputs where !input.requiresGrad {
            throw TensorError.runtime("One of the differentiated Tensors does not require grad")
        }
        let grads = try runBackward(roots: roots, retainGraph: retainGraph, inputs: inputs)
        for (index, grad) in grads.enumerated() where grad == nil && !allowUnused {
            throw TensorError.runtime("The differentiated Tensor at index \(index) appears to not have been used in the graph. Set allow_unused=True if this is the desired behavior.")
        }
        return grads
    }

    /// The gradient backward starts from for `output`: the given one (same shape), or 1 for
    /// a one-element output.
    private static func seed(for output: Tensor, gradient: Tensor?, index: Int) throws -> Tensor {
        guard output.requiresGrad else {
            throw TensorError.runtime("element \(index) of tensors does not require grad and does not have a grad_fn")
        }
        if let g = gradient {
            if g.shape != output.shape {
                throw TensorError.runtime("Mismatch in shape: grad_output[\(index)] has a shape of torch.Size(\(Shape.describe(g.shape))) and output[\(index)] has a shape of torch.Size(\(Shape.describe(output.shape))).")
            }
            return try g.detach().to(output.dtype)
        }
        guard output.count == 1 else { throw TensorError.runtime("grad can be implicitly created only for scalar outputs") }
        return try Tensor.onesLike(output)
    }

    /// Runs the graph from `roots` (tensor, gradient) in topological order. With `inputs` nil,
    /// gradients accumulate into the leaves' `.grad` (and retained non-leaves'); otherwise they
    /// are collected for `inputs` (leaves or not) and returned, and no `.grad` is touched.
    private static func runBackward(roots: [(Tensor, Tensor)], retainGraph: Bool, inputs: [Tensor]?) throws -> [Tensor?] {
        var collected = [Tensor?](repeating: nil, count: inputs?.count ?? 0)
        // Where each wanted input's gradient arrives: a leaf's own identity, a non-leaf's node.
        var wantedLeaf: [ObjectIdentifier: [Int]] = [:]
        var wantedNode: [ObjectIdentifier: [Int]] = [:]
        for (index, input) in (inputs ?? []).enumerated() {
            if let node = input.gradFn {
                wantedNode[ObjectIdentifier(node), default: []].append(index)
            } else {
                wantedLeaf[ObjectIdentifier(input), default: []].append(index)
            }
        }
        func reachLeaf(_ grad: Tensor, _ leaf: Tensor) throws {
            guard inputs != nil else { return try Tensor.accumulate(grad, into: leaf) }
            for index in wantedLeaf[ObjectIdentifier(leaf)] ?? [] {
                collected[index] = try collected[index].map { try $0.add(grad) } ?? grad
            }
        }

        // Nodes in topological order: every node before the nodes of its inputs.
        var order: [AutogradNode] = []
        var visited = Set<ObjectIdentifier>()
        var grads: [ObjectIdentifier: Tensor] = [:]
        for (root, seed) in roots {
            guard let node = root.gradFn else {
                try reachLeaf(seed, root)
                continue
            }
            let key = ObjectIdentifier(node)
            grads[key] = try grads[key].map { try $0.add(seed) } ?? seed
            var stack: [(AutogradNode, Bool)] = [(node, false)]
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
        }
        order.reverse()
        for node in order {
            guard let g = grads.removeValue(forKey: ObjectIdentifier(node)) else { continue }
            if inputs == nil, let out = node.outputTensor, out.retainsGrad {
                try Tensor.accumulate(g, into: out)
            }
            for index in wantedNode[ObjectIdentifier(node)] ?? [] { collected[index] = g }
            try node.checkSavedValues()
            let inputGrads = try Derivatives.backward(node, g)
            if !retainGraph { node.released = true }
            for (input, grad) in zip(node.inputs, inputGrads) {
                guard let grad = grad, input.requiresGrad else { continue }
                let fitted = grad.shape == input.shape ? grad : try grad.reshape(input.shape)
                if let next = input.gradFn {
                    let key = ObjectIdentifier(next)
                    grads[key] = try grads[key].map { try $0.add(fitted) } ?? fitted
                } else {
                    try reachLeaf(fitted, input)
                }
            }
        }
        return collected
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
