/// `dict` and its views.
enum DictMethods {
    static func dict(_ value: Value) throws -> PyDict {
        guard case .object(let o) = value, let d = o as? PyDict else {
            throw PyException(BuiltinTypes.typeError, "descriptor requires a 'dict' object but received a '\(value.typeName)'")
        }
        return d
    }

    /// `dict(mapping_or_pairs, **kwargs)` and `dict.update` share this.
    static func update(_ target: PyDict, _ source: Value, _ keywords: PyDict?, _ interpreter: Interpreter) throws {
        if !source.isNone {
            if case .object(let o) = source, o is PyDict || (try? interpreter.getAttribute(source, "keys")) != nil {
                try interpreter.mergeMapping(into: target, source, rejectDuplicates: false)
            } else {
                for (index, pair) in try interpreter.collect(source).enumerated() {
                    let items = try interpreter.collect(pair)
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

    static func install(_ type: PyType) {
        type.nativeNew = { interpreter, cls, arguments in
            let result = PyDict(type: cls)
            if cls === BuiltinTypes.dict {
                let values = try NativeSignature("source=None, /, **kwargs").bind(arguments, function: "dict")
                try update(result, values[0], values[1].asObject as? PyDict, interpreter)
            }
            return .object(result)
        }
        type.method("__init__", "self, source=None, /, **kwargs") { i, a in
            let d = try dict(a[0])
            if d.type !== BuiltinTypes.dict { try update(d, a[1], a[2].asObject as? PyDict, i) }
            return .none
        }
        type.method("keys", "self") { _, a in .object(PyDictView(try dict(a[0]), .keys)) }
        type.method("values", "self") { _, a in .object(PyDictView(try dict(a[0]), .values)) }
        type.method("items", "self") { _, a in .object(PyDictView(try dict(a[0]), .items)) }
        type.method("get", "self, key, default=None, /", direct: 2...3, { i, arguments, count in
            guard let object = arguments.unretainedObject, object.objectKind == .dict else {
                _ = try dict(arguments[0])
                return .none
            }
            let key = try arguments[1].simpleHashKey ?? i.hashKey(arguments[1])
            let found = object._withUnsafeGuaranteedRef {
                unsafeDowncast($0, to: PyDict.self).storage.value(forKey: key, hash: key.fastHash)
            }
            return found ?? (count == 3 ? arguments[2] : .none)
        }) { i, a in
            try dict(a[0]).storage[try i.hashKey(a[1])] ?? a[2]
        }
        type.method("pop", "self, key, *default") { i, a in
            let d = try dict(a[0])
            if let value = d.storage.removeValue(forKey: try i.hashKey(a[1])) { return value }
            if let fallback = (a[2].asObject as? PyTuple)?.items.first { return fallback }
            throw PyException(type: BuiltinTypes.keyError, args: [a[1]])
        }
        type.method("popitem", "self") { _, a in
            let d = try dict(a[0])
            guard let last = d.storage.elements.last else { throw PyException(BuiltinTypes.keyError, "popitem(): dictionary is empty") }
            d.storage.removeLast()
            return .object(PyTuple([last.key.value, last.value]))
        }
        type.method("setdefault", "self, key, default=None, /") { i, a in
            let d = try dict(a[0])
            let key = try i.hashKey(a[1])
            if let value = d.storage[key] { return value }
            d.storage[key] = a[2]
            return a[2]
        }
        type.method("update", "self, source=None, /, **kwargs") { i, a in
            try update(try dict(a[0]), a[1], a[2].asObject as? PyDict, i)
            return .none
        }
        type.method("clear", "self") { _, a in
            try dict(a[0]).storage.removeAll()
            return .none
        }
        type.method("copy", "self") { _, a in .object(PyDict(try dict(a[0]).storage)) }
        type.define("fromkeys", .object(PyMethodWrapper(.classMethod, .object(PyBuiltinFunction("fromkeys", "cls, iterable, value=None, /") { i, a in
            let result = try i.call(a[0], Arguments([]))
            guard let d = result.asObject as? PyDict else { return result }
            for key in try i.collect(a[1]) { d.storage[try i.hashKey(key)] = a[2] }
            return result
        }))))
        type.method("__len__", "self") { _, a in .int(try dict(a[0]).storage.count) }
        type.method("__getitem__", "self, key") { i, a in
            let d = try dict(a[0])
            if let value = d.storage[try i.hashKey(a[1])] { return value }
            if d.type !== BuiltinTypes.dict, let missing = d.type.lookup("__missing__") {
                return try i.call(missing, Arguments([a[0], a[1]]))
            }
            throw PyException(type: BuiltinTypes.keyError, args: [a[1]])
        }
        type.method("__setitem__", "self, key, value") { i, a in
            try dict(a[0]).storage[try i.hashKey(a[1])] = a[2]
            return .none
        }
        type.method("__delitem__", "self, key") { i, a in
            guard try dict(a[0]).storage.removeValue(forKey: try i.hashKey(a[1])) != nil else {
                throw PyException(type: BuiltinTypes.keyError, args: [a[1]])
            }
            return .none
        }
        type.method("__contains__", "self, key") { i, a in .bool(try dict(a[0]).storage[try i.hashKey(a[1])] != nil) }
        type.method("__iter__", "self") { i, a in .object(i.dictIterator(try dict(a[0]), kind: .keys)) }
        type.method("__reversed__", "self") { _, a in
            .object(PySequenceIterator(items: try dict(a[0]).storage.keys.reversed().map(\.value)))
        }
        type.method("__repr__", "self") { i, a in .str(try i.builtinRepr(try dict(a[0]))) }
        type.method("__or__", "self, other") { _, a in
            guard let other = a[1].asObject as? PyDict else { return .object(Singletons.notImplemented) }
            let result = PyDict(try dict(a[0]).storage)
            for (key, value) in other.storage { result.storage[key] = value }
            return .object(result)
        }
        type.method("__eq__", "self, other") { i, a in
            guard a[1].asObject is PyDict else { return .object(Singletons.notImplemented) }
            return .bool(try i.builtinOrder(.object(PyDict(try dict(a[0]).storage)), a[1], equalityOnly: true) == 0)
        }
        type.define("__hash__", .none)
    }
}
