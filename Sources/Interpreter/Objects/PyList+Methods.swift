/// `list` and `tuple` methods, and the stable sort shared by `list.sort` and `sorted`.
enum ListMethods {
    static func list(_ value: Value) throws -> PyList {
        guard case .object(let o) = value, let l = o as? PyList else {
            throw PyException(BuiltinTypes.typeError, "descriptor requires a 'list' object but received a '\(value.typeName)'")
        }
        return l
    }

    static func install(_ type: PyType) {
        type.nativeNew = { interpreter, cls, arguments in
            if cls !== BuiltinTypes.list { return .object(PyList([], type: cls)) }
            let values = try NativeSignature("iterable=(), /").bind(arguments, function: "list")
            return .object(PyList(try interpreter.collect(values[0])))
        }
        type.method("__init__", "self, iterable=(), /") { i, a in
            let l = try list(a[0])
            if l.type !== BuiltinTypes.list { l.items = try i.collect(a[1]) }
            return .none
        }
        type.method("append", "self, object, /", direct: 2...2, { _, arguments, _ in
            if let object = arguments.unretainedObject, object.objectKind == .list {
                let item = arguments + 1
                object._withUnsafeGuaranteedRef { unsafeDowncast($0, to: PyList.self).items.append(item.pointee) }
                return .none
            }
            try list(arguments[0]).items.append(arguments[1])
            return .none
        }) { _, a in
            try list(a[0]).items.append(a[1])
            return .none
        }
        type.method("extend", "self, iterable, /") { i, a in
            let l = try list(a[0])
            l.items.append(contentsOf: try i.collect(a[1]))
            return .none
        }
        type.method("insert", "self, index, object, /") { i, a in
            let l = try list(a[0])
            var index = try i.intArgument(a[1])
            if index < 0 { index = max(0, index + l.items.count) }
            l.items.insert(a[2], at: min(index, l.items.count))
            return .none
        }
        type.method("remove", "self, value, /") { i, a in
            let l = try list(a[0])
            for (k, item) in l.items.enumerated() where try i.equals(item, a[1]) {
                l.items.remove(at: k)
                return .none
            }
            throw PyException(BuiltinTypes.valueError, "list.remove(x): x not in list")
        }
        type.method("pop", "self, index=-1, /") { i, a in
            let l = try list(a[0])
            if l.items.isEmpty { throw PyException(BuiltinTypes.indexError, "pop from empty list") }
            var index = try i.intArgument(a[1])
            if index < 0 { index += l.items.count }
            guard index >= 0 && index < l.items.count else { throw PyException(BuiltinTypes.indexError, "pop index out of range") }
            return l.items.remove(at: index)
        }
        type.method("clear", "self") { _, a in
            try list(a[0]).items.removeAll()
            return .none
        }
        type.method("index", "self, value, start=0, stop=None, /") { i, a in
            let items = try list(a[0]).items
            return .int(try indexOf(items, a[1], a[2], a[3], i, kind: "list"))
        }
        type.method("count", "self, value, /") { i, a in
            .int(try list(a[0]).items.reduce(0) { try i.equals($1, a[1]) ? $0 + 1 : $0 })
        }
        type.method("sort", "self, *, key=None, reverse=False") { i, a in
            let l = try list(a[0])
            l.items = try i.sorted(l.items, key: a[1], reverse: try i.isTruthy(a[2]))
            return .none
        }
        type.method("reverse", "self") { _, a in
            try list(a[0]).items.reverse()
            return .none
        }
        type.method("copy", "self") { _, a in .object(PyList(try list(a[0]).items)) }
        type.method("__repr__", "self") { i, a in .str(try i.builtinRepr(try list(a[0]))) }
        type.method("__len__", "self") { _, a in .int(try list(a[0]).items.count) }
        type.method("__getitem__", "self, index") { i, a in try i.getItem(.object(PyList(try list(a[0]).items)), a[1]) }
        type.method("__setitem__", "self, index, value") { i, a in
            try i.setItem(a[0], a[1], a[2])
            return .none
        }
        type.method("__delitem__", "self, index") { i, a in
            try i.deleteItem(a[0], a[1])
            return .none
        }
        type.method("__contains__", "self, item") { i, a in
            .bool(try list(a[0]).items.contains { try i.equals($0, a[1]) })
        }
        type.method("__iter__", "self") { _, a in .object(PySequenceIterator(list: try list(a[0]))) }
        type.method("__reversed__", "self") { _, a in .object(PySequenceIterator(items: try list(a[0]).items.reversed())) }
        type.method("__add__", "self, other") { _, a in
            guard let other = a[1].asObject as? PyList else { return .object(Singletons.notImplemented) }
            return .object(PyList(try list(a[0]).items + other.items))
        }
        type.method("__iadd__", "self, other") { i, a in
            try list(a[0]).items.append(contentsOf: try i.collect(a[1]))
            return a[0]
        }
        type.method("__eq__", "self, other") { i, a in
            guard let other = a[1].asObject as? PyList else { return .object(Singletons.notImplemented) }
            return .bool(try i.sequenceOrder(try list(a[0]).items, other.items, equalityOnly: true) == 0)
        }
        type.define("__hash__", .none)
    }

    static func indexOf(_ items: [Value], _ value: Value, _ start: Value, _ stop: Value, _ interpreter: Interpreter, kind: String) throws -> Int {
        let slice = PySlice(start: start, stop: stop, step: .none)
        let (from, _, _, count) = try slice.indices(items.count, interpreter: interpreter)
        for k in from..<(from + count) where try interpreter.equals(items[k], value) { return k }
        throw PyException(BuiltinTypes.valueError, kind == "list" ? "\(try interpreter.repr(value)) is not in list" : "tuple.index(x): x not in tuple")
    }
}
