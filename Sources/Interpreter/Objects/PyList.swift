/// `list`: a mutable sequence.
public final class PyList: PyObject {
    public var items: [Value]

    public init(_ items: [Value] = [], type: PyType = BuiltinTypes.list) {
        self.items = items
        super.init(type: type, kind: .list)
    }

    public override var acceptsAttributes: Bool { type !== BuiltinTypes.list }
}
