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
        NativeMethod("__new__", "cls, *args, **kwargs", new),
        NativeMethod("__init__", "self, *args, **kwargs", initialize),
    ]

    /// `type.__new__(metaclass, name, bases, namespace, **keywords)`, as a metaclass's
    /// `__new__` calls it through `super()`; `type.__new__(type, x)` is `type(x)`.
    static func new(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        guard case .object(let o) = args.receiver, let metatype = o as? PyType, metatype.isSubtype(of: BuiltinTypes.type) else {
            throw PyException(BuiltinTypes.typeError, "type.__new__(X): X is not a type object (\(args.receiver.typeName))")
        }
        let positional = args.varArgs("args")
        var keywords: [(name: String, value: Value)] = []
        for (key, value) in args.varKeywords("kwargs").storage { keywords.append((key.value.stringValue ?? "", value)) }
        if positional.count == 1 && keywords.isEmpty { return .object(positional[0].type) }
        guard positional.count == 3 else { throw PyException(BuiltinTypes.typeError, "type.__new__() takes exactly 3 arguments (\(positional.count) given)") }
        return try interpreter.typeCall(Arguments(positional, keywords: keywords), metatype: metatype)
    }

    /// `type.__init__` accepts what `type.__new__` took and does nothing.
    static func initialize(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .none
    }

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
        // `type.__call__` itself: a metaclass's `__call__` reaching it through super() must not
        // dispatch back to that metaclass.
        if case .object(let o) = args.receiver, let type = o as? PyType {
            return try interpreter.instantiate(type, Arguments(args.varArgs("args"), keywords: keywords))
        }
        return try interpreter.call(args.receiver, Arguments(args.varArgs("args"), keywords: keywords))
    }
}
