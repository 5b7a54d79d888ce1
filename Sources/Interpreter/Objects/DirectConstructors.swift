/// Calls of the built-in types whose call is nothing but their native constructor (`str(x)`,
/// `int(s)`, `list(t)`, `dict(a=1)`, `zip(a, b)`...): the VM runs them without the generic
/// `__new__`/`__init__` protocol (two MRO lookups and an `__init__` call that does nothing for
/// the exact type), and positional calls read their arguments in place on the value stack.
/// Subclasses never take this path: their `__init__` and `__new__` may be Python code.
enum DirectConstructors {
    typealias Body = (Interpreter, UnsafeMutablePointer<Value>, Int) throws -> Value

    /// A constructor for positional calls with `arity` arguments.
    struct Direct {
        let arity: ClosedRange<Int>
        let body: Body
    }

    /// Whether calling exactly `type` means calling its `nativeNew` and nothing else.
    static func constructsNatively(_ type: PyType) -> Bool {
        guard type.isBuiltin else { return false }
        return nativeOnlyTypes.contains { $0 === type }
    }

    static let nativeOnlyTypes: [PyType] = [
        BuiltinTypes.str, BuiltinTypes.int, BuiltinTypes.float, BuiltinTypes.bool, BuiltinTypes.tuple, BuiltinTypes.list,
        BuiltinTypes.dict, BuiltinTypes.set, BuiltinTypes.frozenset, BuiltinTypes.range, BuiltinTypes.enumerate,
        BuiltinTypes.zip, BuiltinTypes.reversed, BuiltinTypes.map, BuiltinTypes.filter, BuiltinTypes.superType,
    ]

    /// The in-place constructor of a built-in type, or nil (the general call path).
    static func direct(for type: PyType) -> Direct? {
        if type === BuiltinTypes.object { return Direct(arity: 0...0) { _, _, _ in .object(PyInstance(type: BuiltinTypes.object)) } }
        guard constructsNatively(type) else { return nil }
        type.prepare()
        guard let native = type.nativeNew else { return nil }
        // Positional calls of any count the constructor takes: its own checks give the errors.
        let general = Direct(arity: 0...8) { interpreter, arguments, count in
            try native(interpreter, type, Arguments(Array(UnsafeBufferPointer(start: arguments, count: count))))
        }
        if type === BuiltinTypes.str { return oneArgument(general, str) }
        if type === BuiltinTypes.int { return oneArgument(general, int) }
        if type === BuiltinTypes.float { return oneArgument(general, float) }
        if type === BuiltinTypes.bool { return oneArgument(general) { interpreter, value in .bool(try interpreter.isTruthy(value)) } }
        if type === BuiltinTypes.tuple { return oneArgument(general, tuple) }
        if type === BuiltinTypes.list { return oneArgument(general) { interpreter, value in .object(PyList(try interpreter.collect(value))) } }
        return general
    }

    /// A constructor whose one-argument calls run `single` (nil: the general body).
    static func oneArgument(_ general: Direct, _ single: @escaping (Interpreter, Value) throws -> Value?) -> Direct {
        Direct(arity: general.arity) { interpreter, arguments, count in
            if count == 1, let result = try single(interpreter, arguments[0]) { return result }
            return try general.body(interpreter, arguments, count)
        }
    }

    static func str(_ interpreter: Interpreter, _ value: Value) throws -> Value? {
        if case .object(let o) = value, o.type === BuiltinTypes.str { return value }
        if case .object(let o) = value, o is PyBytes { return nil }
        return .str(try interpreter.str(value))
    }

    static func int(_ interpreter: Interpreter, _ value: Value) throws -> Value? {
        switch value {
        case .int: return value
        case .bool(let b): return .int(b ? 1 : 0)
        default: return nil
        }
    }

    static func float(_ interpreter: Interpreter, _ value: Value) throws -> Value? {
        switch value {
        case .float: return value
        case .int(let i): return .float(Double(i))
        default: return nil
        }
    }

    static func tuple(_ interpreter: Interpreter, _ value: Value) throws -> Value? {
        if case .object(let o) = value {
            if o.type === BuiltinTypes.tuple { return value }
            if o.type === BuiltinTypes.list, let list = o as? PyList { return .object(PyTuple(list.items)) }
        }
        return .object(PyTuple(try interpreter.collect(value)))
    }
}
