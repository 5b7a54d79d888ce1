/// Methods of `obj.__dict__` (a live view of an object's attributes), registered through
/// `table`. Reads that return dictionaries work on a snapshot; writes go to the attributes.
enum AttributeDictionaryMethods {
    static func install(_ type: PyType) {
        type.install(table)
    }

    static let table: [NativeMethod] = [
        NativeMethod("__getitem__", "self, key", getItem),
        NativeMethod("__setitem__", "self, key, value", setItem),
        NativeMethod("__delitem__", "self, key", deleteItem),
        NativeMethod("__contains__", "self, key", contains),
        NativeMethod("__len__", "self", length),
        NativeMethod("__iter__", "self", iterate),
        NativeMethod("get", "self, key, default=None", get),
        NativeMethod("keys", "self", keys),
        NativeMethod("values", "self", values),
        NativeMethod("items", "self", items),
        NativeMethod("copy", "self", copy),
        NativeMethod("update", "self, other=None, **kwargs", update),
        NativeMethod("pop", "self, key, *default", pop),
        NativeMethod("__repr__", "self", repr),
        NativeMethod("__eq__", "self, other", equal),
    ]

    static func owner(_ value: Value) throws -> PyObject { try PyAttributeDictionary.owner(value) }
    static func key(_ value: Value) throws -> String { try PyAttributeDictionary.key(value) }
    static func snapshot(_ args: BoundArguments) throws -> PyDict { PyAttributeDictionary.snapshot(try owner(args.receiver)) }

    static func getItem(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let o = try owner(args.receiver)
        guard let value = o.attributes[try key(args["key"])] else { throw PyException(type: BuiltinTypes.keyError, args: [args["key"]]) }
        return value
    }

    static func setItem(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        try owner(args.receiver).attributes[try key(args["key"])] = args["value"]
        return .none
    }

    static func deleteItem(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        guard try owner(args.receiver).attributes.removeValue(forKey: try key(args["key"])) != nil else {
            throw PyException(type: BuiltinTypes.keyError, args: [args["key"]])
        }
        return .none
    }

    static func contains(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        guard let name = args["key"].stringValue else { return .bool(false) }
        return .bool(try owner(args.receiver).attributes[name] != nil)
    }

    static func length(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .int(try owner(args.receiver).attributes.count)
    }

    static func iterate(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        try interpreter.iterate(.object(PyList(try owner(args.receiver).attributes.keys.map { .str($0) })))
    }

    static func get(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        try owner(args.receiver).attributes[try key(args["key"])] ?? args["default"]
    }

    static func keys(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .object(PyDictView(try snapshot(args), .keys))
    }

    static func values(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .object(PyDictView(try snapshot(args), .values))
    }

    static func items(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .object(PyDictView(try snapshot(args), .items))
    }

    static func copy(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .object(try snapshot(args))
    }

    /// Merges as `dict.update` does, then stores each entry as an attribute.
    static func update(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let o = try owner(args.receiver)
        let merged = PyDict()
        try DictMethods.update(merged, args["other"], args["kwargs"].asObject as? PyDict, interpreter)
        for (k, v) in merged.storage { o.attributes[try key(k.value)] = v }
        return .none
    }

    static func pop(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        if let value = try owner(args.receiver).attributes.removeValue(forKey: try key(args["key"])) { return value }
        if let fallback = args.varArgs("default").first { return fallback }
        throw PyException(type: BuiltinTypes.keyError, args: [args["key"]])
    }

    static func repr(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .str(try interpreter.repr(.object(try snapshot(args))))
    }

    static func equal(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .bool(try interpreter.equals(.object(try snapshot(args)), args["other"]))
    }
}
