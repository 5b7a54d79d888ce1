/// `set` and `frozenset`.
enum SetMethods {
    static func set(_ value: Value) throws -> PySet {
        guard case .object(let o) = value, let s = o as? PySet else {
            throw PyException(BuiltinTypes.typeError, "descriptor requires a 'set' object but received a '\(value.typeName)'")
        }
        return s
    }

    static func elements(_ value: Value, _ interpreter: Interpreter) throws -> [HashKey] {
        if let s = value.asObject as? PySet { return Array(s.storage) }
        return try interpreter.collect(value).map { try interpreter.hashKey($0) }
    }

    static func installCommon(_ type: PyType, frozen: Bool) {
        type.nativeNew = { interpreter, cls, arguments in
            let values = try NativeSignature("iterable=(), /").bind(arguments, function: frozen ? "frozenset" : "set")
            var storage = OrderedSetOfKeys()
            for key in try elements(values[0], interpreter) { storage.append(key) }
            return .object(PySet(storage, frozen: frozen, type: cls))
        }
        func make(_ keys: OrderedSetOfKeys, like value: Value) -> Value {
            .object(PySet(keys, frozen: (value.asObject as? PySet)?.isFrozen ?? false))
        }
        type.method("copy", "self") { _, a in make(try set(a[0]).storage, like: a[0]) }
        type.method("union", "self, *others") { i, a in
            var result = try set(a[0]).storage
            for other in (a[1].asObject as? PyTuple)?.items ?? [] { for k in try elements(other, i) { result.append(k) } }
            return make(result, like: a[0])
        }
        type.method("intersection", "self, *others") { i, a in
            var result = try set(a[0]).storage
            for other in (a[1].asObject as? PyTuple)?.items ?? [] {
                let keep = Swift.Set(try elements(other, i))
                result = OrderedSetOfKeys(result.filter { keep.contains($0) })
            }
            return make(result, like: a[0])
        }
        type.method("difference", "self, *others") { i, a in
            var result = try set(a[0]).storage
            for other in (a[1].asObject as? PyTuple)?.items ?? [] {
                let drop = Swift.Set(try elements(other, i))
                result = OrderedSetOfKeys(result.filter { !drop.contains($0) })
            }
            return make(result, like: a[0])
        }
        type.method("symmetric_difference", "self, other, /") { i, a in
            let mine = try set(a[0]).storage
            let theirs = OrderedSetOfKeys(try elements(a[1], i))
            var result = OrderedSetOfKeys(mine.filter { !theirs.contains($0) })
            for k in theirs where !mine.contains(k) { result.append(k) }
            return make(result, like: a[0])
        }
        type.method("issubset", "self, other, /") { i, a in
            let theirs = Swift.Set(try elements(a[1], i))
            return .bool(try set(a[0]).storage.allSatisfy { theirs.contains($0) })
        }
        type.method("issuperset", "self, other, /") { i, a in
            let mine = try set(a[0]).storage
            return .bool(try elements(a[1], i).allSatisfy { mine.contains($0) })
        }
        type.method("isdisjoint", "self, other, /") { i, a in
            let mine = try set(a[0]).storage
            return .bool(try elements(a[1], i).allSatisfy { !mine.contains($0) })
        }
        for (name, method) in [("__or__", "union"), ("__and__", "intersection"), ("__sub__", "difference"), ("__xor__", "symmetric_difference")] {
            type.method(name, "self, other") { i, a in
                guard a[1].asObject is PySet else { return .object(Singletons.notImplemented) }
                return try i.call(try i.getAttribute(a[0], method), Arguments([a[1]]))
            }
        }
        type.method("__len__", "self") { _, a in .int(try set(a[0]).storage.count) }
        type.method("__contains__", "self, item") { i, a in .bool(try set(a[0]).storage.contains(try i.hashKey(a[1]))) }
        type.method("__iter__", "self") { i, a in try i.iterate(a[0]) }
    }

    static func install(_ type: PyType) {
        installCommon(type, frozen: false)
        type.method("add", "self, element, /") { i, a in
            try set(a[0]).storage.append(try i.hashKey(a[1]))
            return .none
        }
        type.method("remove", "self, element, /") { i, a in
            guard try set(a[0]).storage.remove(try i.hashKey(a[1])) != nil else {
                throw PyException(type: BuiltinTypes.keyError, args: [a[1]])
            }
            return .none
        }
        type.method("discard", "self, element, /") { i, a in
            _ = try set(a[0]).storage.remove(try i.hashKey(a[1]))
            return .none
        }
        type.method("pop", "self") { _, a in
            let s = try set(a[0])
            guard !s.storage.isEmpty else { throw PyException(BuiltinTypes.keyError, "pop from an empty set") }
            return s.storage.removeFirst().value
        }
        type.method("clear", "self") { _, a in
            try set(a[0]).storage.removeAll()
            return .none
        }
        type.method("update", "self, *others") { i, a in
            let s = try set(a[0])
            for other in (a[1].asObject as? PyTuple)?.items ?? [] { for k in try elements(other, i) { s.storage.append(k) } }
            return .none
        }
        for (name, method) in [("intersection_update", "intersection"), ("difference_update", "difference"),
                               ("symmetric_difference_update", "symmetric_difference")] {
            type.method(name, "self, *others") { i, a in
                let s = try set(a[0])
                let others = (a[1].asObject as? PyTuple)?.items ?? []
                let result = try i.call(try i.getAttribute(a[0], method), Arguments(others))
                s.storage = (result.asObject as? PySet)?.storage ?? s.storage
                return .none
            }
        }
        type.define("__hash__", .none)
    }

    static func installFrozen(_ type: PyType) {
        installCommon(type, frozen: true)
        type.method("__hash__", "self") { _, a in .int(HashKey(a[0]).hashValue) }
    }
}
