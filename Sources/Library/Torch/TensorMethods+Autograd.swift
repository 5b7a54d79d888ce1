import Interpreter
import TensorKit

/// `requires_grad`, `grad`, `grad_fn`, `backward`, `detach`.
extension TensorMethods {
    static func installAutograd(_ type: PyType) {
        // `Tensor._make_subclass(cls, data, requires_grad)`, the form fastai and nn.Parameter call.
        type.define("_make_subclass", .object(PyMethodWrapper(.staticMethod, .object(PyBuiltinFunction(
            "_make_subclass", "cls, data, requires_grad=False", qualifiedName: "Tensor._make_subclass", doc: nil) { i, a in
                try TorchModule.makeSubclass(i, a)
            }))))
        // `t.as_subclass(cls)`: the same data as a `cls` instance that stays in the autograd graph
        // (fastai's `TensorBase(loss)` still backpropagates), unlike `_make_subclass`, which detaches.
        type.method("as_subclass", "self, cls") { _, a in
            guard let cls = a[1].asObject as? PyType else {
                throw PyException(BuiltinTypes.typeError, "cls must be a type (got \(a[1].typeName))")
            }
            guard cls.isSubtype(of: TorchTypes.tensor) else {
                throw PyException(BuiltinTypes.typeError, "Creating a Tensor subclass from a class that does not inherit from Tensor is not possible. Make sure your class inherits from Tensor.")
            }
            let t = try tensor(a[0])
            return .object(PyTensor(try TorchErrors.run { try t.view(t.shape) }, type: cls))
        }
        type.property("requires_grad", get: { _, v in .bool(try tensor(v).requiresGrad) },
                      set: { i, v, new in
                          _ = try TorchErrors.run { try tensor(v).requiresGrad_(try i.isTruthy(new), in: TorchState.of(i).autograd) }
                      })
        type.property("is_leaf") { _, v in .bool(try tensor(v).isLeaf) }
        type.property("grad_fn") { _, v in
            guard let node = try tensor(v).gradFn else { return .none }
            return .object(GradFunctionObject(node))
        }
        type.property("grad", get: { _, v in
            guard let wrapper = v.asObject as? PyTensor, let grad = wrapper.tensor.grad else { return .none }
            if let cached = wrapper.gradWrapper, cached.tensor === grad { return .object(cached) }
            let made = PyTensor(grad)
            wrapper.gradWrapper = made
            return .object(made)
        }, set: { i, v, new in
            guard let wrapper = v.asObject as? PyTensor else { return }
            if new.isNone {
                wrapper.tensor.grad = nil
                wrapper.gradWrapper = nil
                return
            }
            let grad = try TensorConversions.tensor(new, i)
            guard grad.shape == wrapper.tensor.shape else {
                throw PyException(BuiltinTypes.runtimeError, "assigned grad has data of a different size")
            }
            wrapper.tensor.grad = grad
            wrapper.gradWrapper = new.asObject as? PyTensor
        })
        define(type, "requires_grad_", "requires_grad=True") { i, t, a in
            _ = try t.requiresGrad_(try i.isTruthy(a[1]), in: TorchState.of(i).autograd)
            return a[0]
        }
        define(type, "retain_grad", "") { _, t, _ in
            t.retainsGrad = true
            return .none
        }
        defineTensor(type, "detach", "") { _, t, _ in t.detach() }
        define(type, "detach_", "") { _, t, a in
            t.gradFn = nil
            t.requiresGrad = false
            return a[0]
        }
        define(type, "backward", "gradient=None, retain_graph=None, create_graph=False") { i, t, a in
            let gradient = a[1].isNone ? nil : try TensorConversions.tensor(a[1], i)
            try TensorBackward.run(t, gradient: gradient, retainGraph: try TensorBackward.retainGraph(a[2], createGraph: a[3], i))
            return .none
        }
        type.property("_version") { _, v in .int(try tensor(v).storage.version) }
    }
}

/// `t.grad_fn`: prints as `<AddBackward0 object at 0x...>` and exposes `next_functions`.
final class GradFunctionObject: PyObject {
    let node: AutogradNode

    init(_ node: AutogradNode) {
        self.node = node
        super.init(type: GradFunctionObject.type)
    }

    static let type = PyType(builtin: "Node", base: BuiltinTypes.object, subclassable: false, module: "torch.autograd.graph") { type in
        type.method("__repr__", "self") { interpreter, a in
            guard let o = a[0].asObject as? GradFunctionObject else { return .str("") }
            return .str("<\(o.node.name) object at \(interpreter.addressString(o))>")
        }
        type.method("name", "self") { _, a in .str((a[0].asObject as? GradFunctionObject)?.node.name ?? "") }
        type.property("next_functions") { _, v in
            guard let o = v.asObject as? GradFunctionObject else { return .object(PyTuple([])) }
            return .object(PyTuple(o.node.nextNodes.map { next in
                .object(PyTuple([next.map { .object(GradFunctionObject($0)) } ?? .none, .int(0)]))
            }))
        }
    }
}

/// Entry point for `t.backward()`, kept in one place so the TensorKit call it makes is easy to find.
enum TensorBackward {
    static func run(_ tensor: Tensor, gradient: Tensor?, retainGraph: Bool) throws {
        try TorchErrors.run { try tensor.backward(gradient: gradient, retainGraph: retainGraph) }
    }

    /// `retain_graph` defaults to `create_graph`, as in PyTorch. Gradients here are never
    /// themselves recorded, so `create_graph=True` is refused rather than giving a gradient
    /// that silently has no graph.
    static func retainGraph(_ retain: Value, createGraph: Value, _ interpreter: Interpreter) throws -> Bool {
        if try interpreter.isTruthy(createGraph) {
            throw PyException(BuiltinTypes.notImplementedError, "create_graph=True (higher-order gradients) is not supported by Tessera's autograd")
        }
        return try !retain.isNone && interpreter.isTruthy(retain)
    }

    /// `torch.autograd.grad(outputs, inputs, grad_outputs, retain_graph, create_graph, allow_unused)`:
    /// a tuple with one gradient per input; no `.grad` is changed.
    static func gradients(_ a: [Value], _ interpreter: Interpreter) throws -> Value {
        func tensors(_ value: Value) throws -> [Tensor]? {
            if let t = (value.asObject as? PyTensor)?.tensor { return [t] }
            if value.isNone { return nil }
            return try interpreter.collect(value).map { try TensorConversions.tensor($0, interpreter) }
        }
        let outputs = try tensors(a[0]) ?? []
        let inputs = try tensors(a[1]) ?? []
        var gradOutputs = [Tensor?](repeating: nil, count: outputs.count)
        if !a[2].isNone {
            let given: [Value] = try a[2].asObject is PyTensor ? [a[2]] : interpreter.collect(a[2])
            guard given.count == outputs.count else {
                throw PyException(BuiltinTypes.runtimeError, "grad requires one grad_output per output: got \(given.count) for \(outputs.count) outputs")
            }
            gradOutputs = try given.map { value -> Tensor? in try value.isNone ? nil : TensorConversions.tensor(value, interpreter) }
        }
        let retain = try retainGraph(a[3], createGraph: a[4], interpreter)
        let allowUnused = try interpreter.isTruthy(a[5])
        let grads = try TorchErrors.run {
            try Tensor.gradients(of: outputs, gradOutputs: gradOutputs, inputs: inputs, retainGraph: retain, allowUnused: allowUnused)
        }
        return .object(PyTuple(grads.map { $0.map { TensorWrapping.wrap($0) } ?? .none }))
    }
}
