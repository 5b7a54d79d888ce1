/// `dict` methods: one Swift function per Python method, registered through `table`.
enum DictMethods {
    static func install(_ type: PyType) {
        type.nativeNew = new
        type.install(table)
        type.define("__hash__", .none)
    }

    static let table: [NativeMethod] = [
        NativeMethod("__init__", "self, source=None, /, **kwargs", initialize),
        NativeMethod("keys", "self", keys),
        NativeMethod("values", "self", values),
        NativeMethod("items", "self", items),
        NativeMethod("get", "self, key, default=None, /", direct: 2...3, getDirect, get),
        NativeMethod("pop", "self, key, *default", pop),
        NativeMethod("popitem", "self", popitem),
        NativeMethod("setdefault", "self, key, default=None, /", direct: 2...3, setdefaultDirect, setdefault),
        NativeMethod("update", "self, source=None, /, **kwargs", update),
        NativeMethod("clear", "self", clear),
        NativeMethod("copy", "self", copy),
        NativeMethod("fromkeys", "cls, iterable, value=None, /", binding: .classMethod, fromkeys),
        NativeMethod("__len__", "self", length),
        NativeMethod("__getitem__", "self, key", getItem),
        NativeMethod("__setitem__", "self, key, value", setItem),
        NativeMethod("__delitem__", "self, key", deleteItem),
        NativeMethod("__contains__", "self, key", contains),
        NativeMethod("__iter__", "self", iterate),
        NativeMethod("__reversed__", "self", reversed),
        NativeMethod("__repr__", "self", repr),
        NativeMethod("__or__", "self, other", union),
        NativeMethod("__eq__", "self, other", equal),
    ]

    /// The receiver of a `dict` method (a dict or an instance of a dict subclass).
    static func dict(_ value: Value) throws -> PyDict {
        guard case .object(let o) = value, let d = o as? PyDict else {
            throw PyException(BuiltinTypes.typeError, "descriptor requires a 'dict' object but received a '\(value.typeName)'")
        }
        return d
    }

    /// `dict(mapping_or_pairs, **kwargs)` and `dict.update` share this.
    static func update(_ target: PyDict, _ source: Value, _ keywords: PyDict?, _ interpreter: Interpreter) throws {
        if !source.isNone {
            if case .object(let o) = source, try o is PyDict || (o.type !== BuiltinTypes.list && o.type !== BuiltinTypes.tuple
                                                                  && interpreter.lookupAttribute(source, "keys") != nil) {
                try interpreter.mergeMapping(into: target, source, rejectDuplicates: false)
            } else {
                // Item by item, not collected into an array first: an iterator of pairs (`zip`)
                // then refills one tuple. A new dict made from a list or tuple of many pairs is
                // sized once (only an empty one: reserving on every update of a large dict
                // would reallocate it each time; and not for a few pairs, whose appends cost
                // less than the array's unspecialized reserving).
                if target.storage.count == 0, case .object(let o) = source, o.objectKind == .list || o.objectKind == .tuple {
                    let count = o.objectKind == .list ? unsafeDowncast(o, to: PyList.self).items.count
                                                      : unsafeDowncast(o, to: PyTuple.self).items.count
                    if count >= 16 { target.storage.reserveCapacity(count) }
                }
                guard case .object(let iterator) = try interpreter.iterate(source) else { return }
                var index = 0
                while let pair = try interpreter.next(iterator) {
                    defer { index += 1 }
                    // A two-item tuple, the usual pair, is read in place.
                    if case .object(let p) = pair, p.objectKind == .tuple {
                        let tuple = unsafeDowncast(p, to: PyTuple.self)
                        if tuple.items.count == 2 {
                            target.storage[try interpreter.hashKey(tuple.items[0])] = tuple.items[1]
                            continue
                        }
                    }
                    let items: [Value]
                    do {
                        items = try interpreter.collect(pair)
                    } catch let error as PyException where error.isInstance(of: BuiltinTypes.typeError) {
                        throw PyException(BuiltinTypes.typeError, "cannot convert dictionary update sequence element #\(index) to a sequence")
                    }
                    guard items.count == 2 else {
                        throw PyException(BuiltinTypes.valueError,
                                          "dictionary update sequence element #\(index) has length \(items.count); 2 is required")
                    }
                    target.storage[try interpreter.hashKey(items[0])] = items[1]
                }
            }
        }
        if let keywords { for (key, value) in keywords.storage { target.storage[key] = value } }
    }

    static let newSignature = NativeSignature("source=None, /, **kwargs")

    /// `dict(source=None, /, **kwargs)`. A subclass starts empty: its `__init__` fills it.
    static func new(_ interpreter: Interpreter, _ cls: PyType, _ arguments: Arguments) throws -> Value {
        let result = PyDict(type: cls)
        if cls === BuiltinTypes.dict && arguments.positional.isEmpty {
            // `dict(a=1, b=2)`: the keywords are the items (their names are distinct).
            if !arguments.keywords.isEmpty { result.storage.reserveCapacity(arguments.keywords.count) }
            for (position, keyword) in arguments.keywords.enumerated() {
                result.storage[arguments.keywordKey(position)] = keyword.value
            }
        } else if cls === BuiltinTypes.dict {
            let values = try newSignature.bind(arguments, function: "dict")
            try update(result, values[0], values[1].asObject as? PyDict, interpreter)
        }
        return .object(result)
    }

    static func initialize(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let d = try dict(args.receiver)
        if d.type !== BuiltinTypes.dict { try update(d, args["source"], args["kwargs"].asObject as? PyDict, interpreter) }
        return .none
    }

    // MARK: Views and lookups

    static func keys(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .object(PyDictView(try dict(args.receiver), .keys))
    }

    static func values(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .object(PyDictView(try dict(args.receiver), .values))
    }

    static func items(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .object(PyDictView(try dict(args.receiver), .items))
    }

    static func get(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        try dict(args.receiver).storage[try interpreter.hashKey(args["key"])] ?? args["default"]
    }

    /// `get` called positionally from the dispatch loop: arguments are read in place on the
    /// value stack, and simple keys skip the general hashing path.
    static func getDirect(_ interpreter: Interpreter, _ arguments: UnsafeMutablePointer<Value>, _ count: Int) throws -> Value {
        guard let object = arguments.unretainedObject, object.objectKind == .dict else {
            _ = try dict(arguments[0])
            return .none
        }
        let key = try arguments[1].simpleHashKey ?? interpreter.hashKey(arguments[1])
        let found = object._withUnsafeGuaranteedRef {
            unsafeDowncast($0, to: PyDict.self).storage.value(forKey: key, hash: key.fastHash)
        }
        return found ?? (count == 3 ? arguments[2] : .none)
    }

    static func getItem(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let d = try dict(args.receiver)
        let key = args["key"]
        if let value = d.storage[try interpreter.hashKey(key)] { return value }
        if d.type !== BuiltinTypes.dict, let missing = d.type.lookup("__missing__") {
            return try interpreter.call(missing, Arguments([args.receiver, key]))
        }
        throw PyException(type: BuiltinTypes.keyError, args: [key])
    }

    static func contains(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .bool(try dict(args.receiver).storage[try interpreter.hashKey(args["key"])] != nil)
    }

    static func length(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .int(try dict(args.receiver).storage.count)
    }

    static func iterate(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .object(interpreter.dictIterator(try dict(args.receiver), kind: .keys))
    }

    static func reversed(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .object(PySequenceIterator(items: try dict(args.receiver).storage.keys.reversed().map(\.value), type: BuiltinTypes.iterator))
    }

    static func repr(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .str(try interpreter.builtinRepr(try dict(args.receiver)))
    }

    static func equal(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        guard args["other"].asObject is PyDict else { return .object(Singletons.notImplemented) }
        return .bool(try interpreter.builtinOrder(.object(PyDict(try dict(args.receiver).storage)), args["other"], equalityOnly: true) == 0)
    }

    // MARK: Mutation

    static func pop(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let d = try dict(args.receiver)
        if let value = d.storage.removeValue(forKey: try interpreter.hashKey(args["key"])) { return value }
        if let fallback = args.varArgs("default").first { return fallback }
        throw PyException(type: BuiltinTypes.keyError, args: [args["key"]])
    }

    static func popitem(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let d = try dict(args.receiver)
        guard let last = d.storage.elements.last else { throw PyException(BuiltinTypes.keyError, "popitem(): dictionary is empty") }
        d.storage.removeLast()
        return .object(PyTuple([last.key.value, last.value]))
    }

    static func setdefault(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let d = try dict(args.receiver)
        let key = try interpreter.hashKey(args["key"])
        if let value = d.storage[key] { return value }
        d.storage[key] = args["default"]
        return args["default"]
    }

    /// `setdefault` called positionally from the dispatch loop (`groups.setdefault(k, []).append(x)`
    /// in a loop): arguments read in place, simple keys hashed without the general path.
    static func setdefaultDirect(_ interpreter: Interpreter, _ arguments: UnsafeMutablePointer<Value>, _ count: Int) throws -> Value {
        let d = try dict(arguments[0])
        let key = try arguments[1].simpleHashKey ?? interpreter.hashKey(arguments[1])
        if let value = d.storage.value(forKey: key, hash: key.fastHash) { return value }
        let value = count == 3 ? arguments[2] : .none
        d.storage[key] = value
        return value
    }

    static func update(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        try update(try dict(args.receiver), args["source"], args["kwargs"].asObject as? PyDict, interpreter)
        return .none
    }

    static func clear(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        try dict(args.receiver).storage.removeAll()
        return .none
    }

    static func setItem(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        try dict(args.receiver).storage[try interpreter.hashKey(args["key"])] = args["value"]
        return .none
    }

    static func deleteItem(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        guard try dict(args.receiver).storage.removeValue(forKey: try interpreter.hashKey(args["key"])) != nil else {
            throw PyException(type: BuiltinTypes.keyError, args: [args["key"]])
        }
        return .none
    }

    // MARK: New dictionaries

    static func copy(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .object(PyDict(try dict(args.receiver).storage))
    }

    /// `cls.fromkeys(iterable, value=None)`: builds through `cls()` so subclasses get their type.
    static func fromkeys(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let result = try interpreter.call(args.receiver, Arguments([]))
        guard let d = result.asObject as? PyDict else { return result }
        for key in try interpreter.collect(args["iterable"]) { d.storage[try interpreter.hashKey(key)] = args["value"] }
        return result
    }

    static func union(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        guard let other = args["other"].asObject as? PyDict else { return .object(Singletons.notImplemented) }
        let result = PyDict(try dict(args.receiver).storage)
        for (key, value) in other.storage { result.storage[key] = value }
        return .object(result)
    }
}
