/// `dict.keys()`, `dict.values()`, `dict.items()`: live views of a dictionary.
public final class PyDictView: PyObject {
    public enum Kind { case keys, values, items }
    public let dict: PyDict
    public let kind: Kind

    public init(_ dict: PyDict, _ kind: Kind) {
        self.dict = dict
        self.kind = kind
        super.init(type: kind == .keys ? BuiltinTypes.dictKeys : kind == .values ? BuiltinTypes.dictValues : BuiltinTypes.dictItems)
    }

    public override var acceptsAttributes: Bool { false }
}
