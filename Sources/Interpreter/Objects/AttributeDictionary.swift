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

    static let type = PyType(builtin: "dict", base: BuiltinTypes.object, subclassable: false) { type in
        type.method("__getitem__", "self, key") { _, a in
            let o = try owner(a[0])
            guard let value = o.attributes[try key(a[1])] else { throw PyException(type: BuiltinTypes.keyError, args: [a[1]]) }
            return value
        }
        type.method("__setitem__", "self, key, value") { _, a in
            try owner(a[0]).attributes[try key(a[1])] = a[2]
            return .none
        }
        type.method("__delitem__", "self, key") { _, a in
            guard try owner(a[0]).attributes.removeValue(forKey: try key(a[1])) != nil else {
                throw PyException(type: BuiltinTypes.keyError, args: [a[1]])
            }
            return .none
        }
        type.method("__contains__", "self, key") { _, a in
            guard let name = a[1].stringValue else { return .bool(false) }
            return .bool(try owner(a[0]).attributes[name] != nil)
        }
        type.method("__len__", "self") { _, a in .int(try owner(a[0]).attributes.count) }
        type.method("__iter__", "self") { i, a in try i.iterate(.object(PyList(try owner(a[0]).attributes.keys.map { .str($0) }))) }
        type.method("get", "self, key, default=None") { _, a in try owner(a[0]).attributes[try key(a[1])] ?? a[2] }
        type.method("keys", "self") { _, a in .object(PyDictView(snapshot(try owner(a[0])), .keys)) }
        type.method("values", "self") { _, a in .object(PyDictView(snapshot(try owner(a[0])), .values)) }
        type.method("items", "self") { _, a in .object(PyDictView(snapshot(try owner(a[0])), .items)) }
        type.method("copy", "self") { _, a in .object(snapshot(try owner(a[0]))) }
        type.method("update", "self, other=None, **kwargs") { i, a in
            let o = try owner(a[0])
            let merged = PyDict()
            try DictMethods.update(merged, a[1], a[2].asObject as? PyDict, i)
            for (k, v) in merged.storage { o.attributes[try key(k.value)] = v }
            return .none
        }
        type.method("pop", "self, key, *default") { _, a in
            if let value = try owner(a[0]).attributes.removeValue(forKey: try key(a[1])) { return value }
            if let fallback = (a[2].asObject as? PyTuple)?.items.first { return fallback }
            throw PyException(type: BuiltinTypes.keyError, args: [a[1]])
        }
        type.method("__repr__", "self") { i, a in .str(try i.repr(.object(snapshot(try owner(a[0]))))) }
        type.method("__eq__", "self, other") { i, a in
            .bool(try i.equals(.object(snapshot(try owner(a[0]))), a[1]))
        }
    }
}
