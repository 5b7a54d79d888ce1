/// `obj.__dict__` and `vars(obj)`: a live, writable mapping over an object's attributes, so
/// `obj.__dict__['x'] = 1` sets `obj.x` as in Python.
final class PyAttributeDictionary: PyObject {
    let owner: PyObject

    init(_ owner: PyObject) {
        self.owner = owner
        super.init(type: PyAttributeDictionary.type)
    }

    override var acceptsAttributes: Bool { false }

    static func owner(_ value: Value) throws -> PyObject {
        guard let proxy = value.asObject as? PyAttributeDictionary else {
            throw PyException(BuiltinTypes.typeError, "expected an attribute dictionary")
        }
        return proxy.owner
    }

    static func key(_ value: Value) throws -> String {
        guard let name = value.stringValue else {
            throw PyException(BuiltinTypes.typeError, "attribute name must be string, not '\(value.typeName)'")
        }
        return name
    }

    /// A snapshot as a real dict (for copying, comparing, printing).
    static func snapshot(_ owner: PyObject) -> PyDict {
        let dict = PyDict()
        for (name, value) in owner.attributes { dict[name] = value }
        return dict
    }

    static let type = PyType(builtin: "dict", base: BuiltinTypes.object, subclassable: false, installer: AttributeDictionaryMethods.install)
}
