/// Grad mode for one user session: the flag `torch.no_grad()` clears.
///
/// There is no global grad mode. A tensor made to require grad with `requiresGrad_(_:in:)`
/// carries its context, results of recorded operations inherit it, and recording happens only
/// while that context has grad enabled. (A tensor that requires grad without a context records
/// always.) The language layer holds one context per session.
public final class AutogradContext {
    /// False inside `no_grad()`: operations then record nothing.
    public var isGradEnabled: Bool = true

    /// A context with grad mode on.
    public init() {}

    /// Runs `body` with recording off, restoring the previous mode afterwards (`with torch.no_grad():`).
    public func withGradDisabled<T>(_ body: () throws -> T) rethrows -> T {
        let saved = isGradEnabled
        isGradEnabled = false
        defer { isGradEnabled = saved }
        return try body()
    }

    /// Runs `body` with recording on (`with torch.enable_grad():`).
    public func withGradEnabled<T>(_ body: () throws -> T) rethrows -> T {
        let saved = isGradEnabled
        isGradEnabled = true
        defer { isGradEnabled = saved }
        return try body()
    }
}

/// One recorded operation in the autograd graph (`t.grad_fn`).
///
/// `name` is PyTorch's class name for the backward function ("AddBackward0", "MmBackward0"),
/// which printing shows as `grad_fn=<AddBackward0>`. `inputs` are the tensors the operation
/// read; the gradient flows to them through `Derivatives.backward(for:)`.
public final class AutogradNode: CustomStringConvertible {
    /// PyTorch's backward class name.
    public let name: String
    /// The operation's differentiable inputs, in argument order.
    public let inputs: [Tensor]
    /// What the operation was, with the constants its derivative needs.
    let op: GradOp
    /// The result's values (a plain view of the output, so the graph holds no cycle).
    let output: Tensor
    /// The result tensor itself, while it lives (for `retain_grad()`).
    weak var outputTensor: Tensor?
    /// The version of each input's and of the output's memory when the operation ran: backward
    /// refuses values that an in-place operation changed since (PyTorch's saved-variable check).
    let inputVersions: [Int]
    let outputVersion: Int
    /// Set once backward has run through this node without `retain_graph`: PyTorch has freed
    /// its saved values then, so a second pass through a node that needs them is refused.
    var released = false

    init(op: GradOp, inputs: [Tensor], output: Tensor) {
        self.op = op
        self.name = op.name
        self.inputs = inputs
        self.output = output
        self.inputVersions = inputs.map { $0.storage.version }
        self.outputVersion = output.storage.version
    }

    /// The nodes gradients flow to next (`grad_fn.next_functions`), nil for inputs that are
    /// leaves or do not require grad.
    public var nextNodes: [AutogradNode?] { inputs.map { $0.gradFn } }

    /// `<AddBackward0 object>`, as Python shows a grad_fn.
    public var description: String { "<\(name) object>" }
}

/// The entry point every differentiable operation calls once, after its kernel ran: when an
/// input requires grad (and grad mode is on), the result gets a node describing the operation.
/// Kernels never deal with autograd; adding a derivative means adding a `GradOp` case and its
/// rule in `Derivatives`.
enum Autograd {
    @inline(__always)
    static func record(_ op: @autoclosure () -> GradOp, _ output: Tensor, _ a: Tensor) -> Tensor {
        if a.requiresGrad { attach(op(), output, [a]) }
        return output
    }

    @inline(__always)
    static func record(_ op: @autoclosure () -> GradOp, _ output: Tensor, _ a: Tensor, _ b: Tensor) -> Tensor {
        if a.requiresGrad || b.requiresGrad { attach(op(), output, [a, b]) }
        return output
    }

    @inline(__always)
    static func record(_ op: @autoclosure () -> GradOp, _ output: Tensor, _ inputs: [Tensor]) -> Tensor {
        if inputs.contains(where: { $0.requiresGrad }) { attach(op(), output, inputs) }
        return output
    }

    /// The context governing a set of inputs: the first requiring-grad input's.
    static func context(of inputs: [Tensor]) -> AutogradContext? {
        for t in inputs where t.requiresGrad {
            if let c = t.autogradContext { return c }
        }
        return nil
    }

    /// True when an operation on `inputs` should be recorded.
    static func shouldRecord(_ inputs: [Tensor]) -> Bool {
        guard inputs.contains(where: { $0.requiresGrad }) else { return false }
        return context(of: inputs)?.isGradEnabled ?? true
    }

    /// Every in-place operation calls this before it writes: PyTorch refuses in-place changes to
    /// a leaf that requires grad (or to a view of one) while grad mode is on, and otherwise the
    /// memory's version counter moves on, so saved values that this write overwrites are caught
    /// by backward instead of giving a wrong gradient.
    static func checkInPlace(_ t: Tensor) throws {
        if t.requiresGrad && (t.autogradContext?.isGradEnabled ?? true) {
            if t.isLeaf {
                throw TensorError.runtime("a leaf Variable that requires grad is being used in an in-place operation.")
            }
            if isViewOfLeafRequiringGrad(t) {
                throw TensorError.runtime("a view of a leaf Variable that requires grad is being used in an in-place operation.")
            }
        }
        t.storage.version &+= 1
    }

    /// True when `t` was made from a leaf that requires grad by view operations only (so it
    /// shares the leaf's memory).
    private static func isViewOfLeafRequiringGrad(_ t: Tensor) -> Bool {
        var current = t
        while let node = current.gradFn {
            guard node.op.isView, let base = node.inputs.first else { return false }
            current = base
        }
        return current !== t && current.requiresGrad && current.storage === t.storage
    }

    /// Before an in-place operation that must be recorded, a copy of the tensor's current value
    /// that keeps its place in the graph (its old `gradFn`); nil when nothing is recorded.
    @inline(__always)
    static func snapshotForInPlace(_ t: Tensor) -> Tensor? {
        t.requiresGrad ? snapshot(t, [t]) : nil
    }

    /// `snapshotForInPlace` for an operation with a second input. Most in-place ops involve no
    /// gradients: that is answered before building any array (this runs once per
    /// `c[i, j] += x` in a Python loop).
    @inline(__always)
    static func snapshotForInPlace(_ t: Tensor, _ other: Tensor) -> Tensor? {
        t.requiresGrad || other.requiresGrad ? snapshot(t, [t, other]) : nil
    }

    private static func snapshot(_ t: Tensor, _ inputs: [Tensor]) -> Tensor? {
        guard shouldRecord(inputs), let copy = try? Elementwise.contiguousCopy(t) else { return nil }
        copy.gradFn = t.gradFn
        copy.requiresGrad = t.requiresGrad
        copy.autogradContext = t.autogradContext
        // The old node now produces the snapshot, so retain_grad() on `t` sees only its new value.
        t.gradFn?.outputTensor = copy
        return copy
    }

    /// Records an in-place operation: `t` now holds the result of `op` applied to `inputs`
    /// (whose first element is the snapshot of `t`'s old value).
    static func recordInPlace(_ op: GradOp, _ t: Tensor, _ previous: Tensor, _ inputs: [Tensor]) {
        attach(op, t, inputs)
    }

    static func attach(_ op: GradOp, _ output: Tensor, _ inputs: [Tensor]) {
        let ctx = context(of: inputs)
        if let c = ctx, !c.isGradEnabled { return }
        // Only floating-point results can carry gradients (PyTorch: integer outputs of
        // differentiable ops don't require grad).
        guard output.dtype.isFloatingPoint else { return }
        let values = Tensor(storage: output.storage, storageOffset: output.storageOffset,
                            shape: output.shape, strides: output.strides, dtype: output.dtype)
        let node = AutogradNode(op: op, inputs: inputs, output: values)
        node.outputTensor = output
        output.gradFn = node
        output.requiresGrad = true
        output.autogradContext = ctx
    }
}

extension Tensor {
    /// True for tensors not produced by a recorded operation (`t.is_leaf`).
    public var isLeaf: Bool { gradFn == nil }

    /// Sets `requires_grad` (`t.requires_grad_()`), attaching the session's grad-mode context.
    /// Only leaves of a floating dtype may require grad, as in PyTorch.
    @discardableResult
    public func requiresGrad_(_ flag: Bool = true, in context: AutogradContext? = nil) throws -> Tensor {
        if !isLeaf {
            if flag { requiresGrad = true; return self }
            throw TensorError.runtime("you can only change requires_grad flags of leaf variables. If you want to use a computed variable in a subgraph that doesn't require differentiation use var_no_grad = var.detach().")
        }
        if flag && !dtype.isFloatingPoint {
            throw TensorError.runtime("only Tensors of floating point dtype can require gradients")
        }
        requiresGrad = flag
        if let c = context { autogradContext = c }
        return self
    }

    /// A view of the same data cut off from the graph (`t.detach()`).
    public func detach() -> Tensor {
        Tensor(storage: storage, storageOffset: storageOffset, shape: shape, strides: strides, dtype: dtype)
    }
}
