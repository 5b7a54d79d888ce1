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

extension Interpreter {
    /// A stable sort with Python's rules: `key` applied once per element, `reverse` keeps equal
    /// elements in their original order, comparisons through `<`.
    public func sorted(_ items: [Value], key: Value, reverse: Bool) throws -> [Value] {
        let keys = key.isNone ? items : try items.map { try call(key, Arguments([$0])) }
        var order = Array(items.indices)
        if reverse { order.reverse() }
        // Fast path: all ints, all floats or all strings compare natively.
        if keys.allSatisfy({ if case .int = $0 { return true }; return false }) {
            let values = keys.map { Arithmetic.intValue($0) ?? 0 }
            order = try mergeSort(order) { values[$0] < values[$1] }
        } else if let strings = Optional(keys.compactMap(\.stringValue)), strings.count == keys.count {
            order = try mergeSort(order) { Formatting.codePointLess(strings[$0], strings[$1]) }
        } else {
            order = try mergeSort(order) { try self.isTruthy(try self.compareOperation(2, keys[$0], keys[$1])) }
        }
        if reverse { order.reverse() }
        return order.map { items[$0] }
    }

    /// Stable merge sort with a throwing comparison.
    func mergeSort(_ input: [Int], _ less: (Int, Int) throws -> Bool) throws -> [Int] {
        if input.count < 2 { return input }
        var source = input
        var buffer = input
        var width = 1
        let n = input.count
        // Insertion-sort small runs first for speed.
        let run = 16
        var start = 0
        while start < n {
            let end = min(start + run, n)
            for i in (start + 1)..<end {
                let value = source[i]
                var j = i - 1
                while j >= start, try less(value, source[j]) {
                    source[j + 1] = source[j]
                    j -= 1
                }
                source[j + 1] = value
            }
            start = end
        }
        width = run
        while width < n {
            var low = 0
            while low < n {
                let middle = min(low + width, n), high = min(low + 2 * width, n)
                var i = low, j = middle, k = low
                while i < middle && j < high {
                    if try less(source[j], source[i]) { buffer[k] = source[j]; j += 1 } else { buffer[k] = source[i]; i += 1 }
                    k += 1
                }
                while i < middle { buffer[k] = source[i]; i += 1; k += 1 }
                while j < high { buffer[k] = source[j]; j += 1; k += 1 }
                low = high
            }
            swap(&source, &buffer)
            width *= 2
        }
        return source
    }
}
