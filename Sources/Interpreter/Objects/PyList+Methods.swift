/// `list` methods: one Swift function per Python method, registered through `table`.
enum ListMethods {
    static func install(_ type: PyType) {
        type.nativeNew = new
        type.install(table)
        type.define("__hash__", .none)
    }

    static let table: [NativeMethod] = [
        NativeMethod("__init__", "self, iterable=(), /", initialize),
        NativeMethod("append", "self, object, /", direct: 2...2, appendDirect, append),
        NativeMethod("extend", "self, iterable, /", extend),
        NativeMethod("insert", "self, index, object, /", insert),
        NativeMethod("remove", "self, value, /", remove),
        NativeMethod("pop", "self, index=-1, /", direct: 1...2, popDirect, pop),
        NativeMethod("clear", "self", clear),
        NativeMethod("index", "self, value, start=0, stop=None, /", index),
        NativeMethod("count", "self, value, /", count),
        NativeMethod("sort", "self, *, key=None, reverse=False", sort),
        NativeMethod("reverse", "self", reverse),
        NativeMethod("copy", "self", copy),
        NativeMethod("__repr__", "self", repr),
        NativeMethod("__len__", "self", length),
        NativeMethod("__getitem__", "self, index", getItem),
        NativeMethod("__setitem__", "self, index, value", setItem),
        NativeMethod("__delitem__", "self, index", deleteItem),
        NativeMethod("__contains__", "self, item", contains),
        NativeMethod("__iter__", "self", iterate),
        NativeMethod("__reversed__", "self", reversed),
        NativeMethod("__add__", "self, other", add),
        NativeMethod("__iadd__", "self, other", inPlaceAdd),
        NativeMethod("__eq__", "self, other", equal),
    ]

    /// The receiver of a `list` method (a list or an instance of a list subclass).
    static func list(_ value: Value) throws -> PyList {
        guard case .object(let o) = value, let l = o as? PyList else {
            throw PyException(BuiltinTypes.typeError, "descriptor requires a 'list' object but received a '\(value.typeName)'")
        }
        return l
    }

    static let newSignature = NativeSignature("iterable=(), /")

    /// `list(iterable=())`. A subclass starts empty: its `__init__` fills it.
    static func new(_ interpreter: Interpreter, _ cls: PyType, _ arguments: Arguments) throws -> Value {
        if cls !== BuiltinTypes.list { return .object(PyList([], type: cls)) }
        let values = try newSignature.bind(arguments, function: "list")
        return .object(PyList(try interpreter.collect(values[0])))
    }

    static func initialize(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let l = try list(args.receiver)
        if l.type !== BuiltinTypes.list { l.items = try interpreter.collect(args["iterable"]) }
        return .none
    }

    // MARK: Mutation

    static func append(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        try list(args.receiver).appendGrowing(args["object"])
        return .none
    }

    /// `append` called positionally from the dispatch loop: the receiver and the item are read
    /// in place on the value stack, and an exact list is appended to without a retain.
    static func appendDirect(_ interpreter: Interpreter, _ arguments: UnsafeMutablePointer<Value>, _ count: Int) throws -> Value {
        if let object = arguments.unretainedObject, object.objectKind == .list {
            let item = arguments + 1
            try object._withUnsafeGuaranteedRef { try unsafeDowncast($0, to: PyList.self).appendGrowing(item.pointee) }
            return .none
        }
        try list(arguments[0]).appendGrowing(arguments[1])
        return .none
    }

    static func extend(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let l = try list(args.receiver)
        try l.appendContents(try interpreter.collect(args["iterable"]))
        return .none
    }

    static func insert(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let l = try list(args.receiver)
        var index = try interpreter.intArgument(args["index"])
        if index < 0 { index = max(0, index + l.items.count) }
        l.items.insert(args["object"], at: min(index, l.items.count))
        return .none
    }

    static func remove(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let l = try list(args.receiver)
        let value = args["value"]
        for (k, item) in l.items.enumerated() where try interpreter.equals(item, value) {
            l.items.remove(at: k)
            return .none
        }
        throw PyException(BuiltinTypes.valueError, "list.remove(x): x not in list")
    }

    static func pop(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        try pop(try list(args.receiver), args["index"], interpreter)
    }

    /// `list.pop` called positionally from the dispatch loop (`a.pop()` in a loop): the list
    /// is used through the stack slot's reference, without retaining it.
    static func popDirect(_ interpreter: Interpreter, _ arguments: UnsafeMutablePointer<Value>, _ count: Int) throws -> Value {
        let index = count == 2 ? arguments[1] : .int(-1)
        if let object = arguments.unretainedObject, object.objectKind == .list {
            return try object._withUnsafeGuaranteedRef { try pop(unsafeDowncast($0, to: PyList.self), index, interpreter) }
        }
        return try pop(try list(arguments[0]), index, interpreter)
    }

    static func pop(_ l: PyList, _ indexValue: Value, _ interpreter: Interpreter) throws -> Value {
        if l.items.isEmpty { throw PyException(BuiltinTypes.indexError, "pop from empty list") }
        if case .int(-1) = indexValue { return l.items.removeLast() }
        var index = try interpreter.intArgument(indexValue)
        if index < 0 { index += l.items.count }
        guard index >= 0 && index < l.items.count else { throw PyException(BuiltinTypes.indexError, "pop index out of range") }
        return l.items.remove(at: index)
    }

    static func clear(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        try list(args.receiver).items.removeAll()
        return .none
    }

    static func sort(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let l = try list(args.receiver)
        l.items = try interpreter.sorted(l.items, key: args["key"], reverse: try interpreter.isTruthy(args["reverse"]))
        return .none
    }

    static func reverse(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        try list(args.receiver).items.reverse()
        return .none
    }

    static func setItem(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        try interpreter.builtinSetItem(args.receiver, args["index"], args["value"])
        return .none
    }

    static func deleteItem(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        try interpreter.builtinDeleteItem(args.receiver, args["index"])
        return .none
    }

    static func inPlaceAdd(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        try list(args.receiver).items.append(contentsOf: try interpreter.collect(args["other"]))
        return args.receiver
    }

    // MARK: Queries

    static func index(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let items = try list(args.receiver).items
        return .int(try indexOf(items, args["value"], args["start"], args["stop"], interpreter, kind: "list"))
    }

    static func count(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let value = args["value"]
        return .int(try list(args.receiver).items.reduce(0) { try interpreter.equals($1, value) ? $0 + 1 : $0 })
    }

    static func copy(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .object(PyList(try list(args.receiver).items))
    }

    static func repr(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .str(try interpreter.builtinRepr(try list(args.receiver)))
    }

    static func length(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .int(try list(args.receiver).items.count)
    }

    static func getItem(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        try interpreter.getItem(.object(PyList(try list(args.receiver).items)), args["index"])
    }

    static func contains(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let item = args["item"]
        return .bool(try list(args.receiver).items.contains { try interpreter.equals($0, item) })
    }

    static func iterate(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .object(PySequenceIterator(list: try list(args.receiver)))
    }

    static func reversed(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .object(PySequenceIterator(items: try list(args.receiver).items.reversed(), type: BuiltinTypes.listReverseIterator))
    }

    static func add(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        guard let other = args["other"].asObject as? PyList else { return .object(Singletons.notImplemented) }
        return .object(PyList([Value](concatenating: try list(args.receiver).items, other.items)))
    }

    static func equal(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        guard let other = args["other"].asObject as? PyList else { return .object(Singletons.notImplemented) }
        return .bool(try interpreter.sequenceOrder(try list(args.receiver).items, other.items, equalityOnly: true) == 0)
    }

    /// `list.index` and `tuple.index`: the first position of `value` between `start` and `stop`.
    static func indexOf(_ items: [Value], _ value: Value, _ start: Value, _ stop: Value, _ interpreter: Interpreter, kind: String) throws -> Int {
        let slice = PySlice(start: start, stop: stop, step: .none)
        let (from, _, _, count) = try slice.indices(items.count, interpreter: interpreter)
        for k in from..<(from + count) where try interpreter.equals(items[k], value) { return k }
        throw PyException(BuiltinTypes.valueError, kind == "list" ? "\(try interpreter.repr(value)) is not in list" : "tuple.index(x): x not in tuple")
    }
}
