/// `tuple`: an immutable sequence.
public final class PyTuple: PyObject {
    public let items: [Value]

    public init(_ items: [Value], type: PyType = BuiltinTypes.tuple) {
        self.items = items
        super.init(type: type, kind: .tuple)
    }

    public override var acceptsAttributes: Bool { type !== BuiltinTypes.tuple }
}
