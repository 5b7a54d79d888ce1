/// `tuple`: an immutable sequence.
public final class PyTuple: PyObject {
    /// Set only by the native iterators that hand out a fresh-looking tuple per item (`zip`,
    /// `enumerate`): they refill the tuple they made last when nothing else holds it, as
    /// CPython's do, so no one can see the change.
    public internal(set) var items: [Value]

    public init(_ items: [Value], type: PyType = BuiltinTypes.tuple) {
        self.items = items
        super.init(type: type, kind: .tuple)
    }

    public override var acceptsAttributes: Bool { type !== BuiltinTypes.tuple }
}
