/// `tuple` methods: one Swift function per Python method, registered through `table`.
enum TupleMethods {
    static func install(_ type: PyType) {
        type.nativeNew = new
        type.install(table)
    }

    static let table: [NativeMethod] = [
        NativeMethod("index", "self, value, start=0, stop=None, /", index),
        NativeMethod("count", "self, value, /", count),
        NativeMethod("__len__", "self", length),
        NativeMethod("__repr__", "self", repr),
        NativeMethod("__getitem__", "self, index", getItem),
        NativeMethod("__contains__", "self, item", contains),
        NativeMethod("__iter__", "self", iterate),
        NativeMethod("__add__", "self, other", add),
        NativeMethod("__hash__", "self", hash),
        NativeMethod("__eq__", "self, other", equal),
    ]

    /// The receiver of a `tuple` method (a tuple or an instance of a tuple subclass).
    static func tuple(_ value: Value) throws -> PyTuple {
        guard case .object(let o) = value, let t = o as? PyTuple else {
            throw PyException(BuiltinTypes.typeError, "descriptor requires a 'tuple' object but received a '\(value.typeName)'")
        }
        return t
    }

    static let newSignature = NativeSignature("iterable=(), /")

    /// `tuple(iterable=())`.
    static func new(_ interpreter: Interpreter, _ cls: PyType, _ arguments: Arguments) throws -> Value {
        let values = try newSignature.bind(arguments, function: "tuple")
        let items = try interpreter.collect(values[0])
        return .object(cls === BuiltinTypes.tuple ? PyTuple(items) : PyTuple(items, type: cls))
    }

    static func index(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .int(try ListMethods.indexOf(try tuple(args.receiver).items, args["value"], args["start"], args["stop"], interpreter, kind: "tuple"))
    }

    static func count(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let value = args["value"]
        return .int(try tuple(args.receiver).items.reduce(0) { try interpreter.equals($1, value) ? $0 + 1 : $0 })
    }

    static func length(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .int(try tuple(args.receiver).items.count)
    }

    static func repr(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .str(try interpreter.builtinRepr(try tuple(args.receiver)))
    }

    static func getItem(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        try interpreter.getItem(.object(PyTuple(try tuple(args.receiver).items)), args["index"])
    }

    static func contains(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let item = args["item"]
        return .bool(try tuple(args.receiver).items.contains { try interpreter.equals($0, item) })
    }

    static func iterate(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .object(PySequenceIterator(items: try tuple(args.receiver).items))
    }

    static func add(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        guard let other = args["other"].asObject as? PyTuple else { return .object(Singletons.notImplemented) }
        return .object(PyTuple([Value](concatenating: try tuple(args.receiver).items, other.items)))
    }

    static func hash(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .int((try interpreter.hashKey(args.receiver)).pythonHash)
    }

    static func equal(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        guard let other = args["other"].asObject as? PyTuple else { return .object(Singletons.notImplemented) }
        return .bool(try interpreter.sequenceOrder(try tuple(args.receiver).items, other.items, equalityOnly: true) == 0)
    }
}
