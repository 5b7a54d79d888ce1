/// `tuple` methods.
enum TupleMethods {
    static func tuple(_ value: Value) throws -> PyTuple {
        guard case .object(let o) = value, let t = o as? PyTuple else {
            throw PyException(BuiltinTypes.typeError, "descriptor requires a 'tuple' object but received a '\(value.typeName)'")
        }
        return t
    }

    static func install(_ type: PyType) {
        type.nativeNew = { interpreter, cls, arguments in
            let values = try NativeSignature("iterable=(), /").bind(arguments, function: "tuple")
            let items = try interpreter.collect(values[0])
            return .object(cls === BuiltinTypes.tuple ? PyTuple(items) : PyTuple(items, type: cls))
        }
        type.method("index", "self, value, start=0, stop=None, /") { i, a in
            .int(try ListMethods.indexOf(try tuple(a[0]).items, a[1], a[2], a[3], i, kind: "tuple"))
        }
        type.method("count", "self, value, /") { i, a in
            .int(try tuple(a[0]).items.reduce(0) { try i.equals($1, a[1]) ? $0 + 1 : $0 })
        }
        type.method("__len__", "self") { _, a in .int(try tuple(a[0]).items.count) }
        type.method("__repr__", "self") { i, a in .str(try i.builtinRepr(try tuple(a[0]))) }
        type.method("__getitem__", "self, index") { i, a in try i.getItem(.object(PyTuple(try tuple(a[0]).items)), a[1]) }
        type.method("__contains__", "self, item") { i, a in .bool(try tuple(a[0]).items.contains { try i.equals($0, a[1]) }) }
        type.method("__iter__", "self") { _, a in .object(PySequenceIterator(items: try tuple(a[0]).items)) }
        type.method("__add__", "self, other") { _, a in
            guard let other = a[1].asObject as? PyTuple else { return .object(Singletons.notImplemented) }
            return .object(PyTuple(try tuple(a[0]).items + other.items))
        }
        type.method("__hash__", "self") { i, a in .int((try i.hashKey(a[0])).hashValue) }
        type.method("__eq__", "self, other") { i, a in
            guard let other = a[1].asObject as? PyTuple else { return .object(Singletons.notImplemented) }
            return .bool(try i.sequenceOrder(try tuple(a[0]).items, other.items, equalityOnly: true) == 0)
        }
    }
}
