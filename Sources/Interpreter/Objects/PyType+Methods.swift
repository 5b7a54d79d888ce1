/// Methods of `type` itself (available on every class), registered through `table`.
enum TypeMethods {
    static func install(_ type: PyType) {
        type.install(table)
    }

    static let table: [NativeMethod] = [
        NativeMethod("mro", "self", mro),
        NativeMethod("__subclasses__", "self", subclasses),
        NativeMethod("__repr__", "self", repr),
        NativeMethod("__call__", "self, *args, **kwargs", call),
    ]

    static func mro(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .object(PyList(((args.receiver.asObject as? PyType)?.mro ?? []).map { .object($0) }))
    }

    /// Subclasses are not tracked, so the list is always empty.
    static func subclasses(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .object(PyList([]))
    }

    static func repr(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .str(try interpreter.repr(args.receiver))
    }

    static func call(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        var keywords: [(name: String, value: Value)] = []
        for (key, value) in args.varKeywords("kwargs").storage { keywords.append((key.value.stringValue ?? "", value)) }
        return try interpreter.call(args.receiver, Arguments(args.varArgs("args"), keywords: keywords))
    }
}
