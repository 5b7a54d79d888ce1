/// Calls of the built-in types whose call is nothing but their native constructor (`str(x)`,
/// `int(s)`, `list(t)`, `dict(a=1)`, `zip(a, b)`...): the VM runs them without the generic
/// `__new__`/`__init__` protocol (two MRO lookups and an `__init__` call that does nothing for
/// the exact type), and positional calls read their arguments in place on the value stack.
/// Subclasses never take this path: their `__init__` and `__new__` may be Python code.
enum DirectConstructors {
    typealias Body = (Interpreter, UnsafeMutablePointer<Value>, Int) throws -> Value

    /// A constructor for positional calls with `arity` arguments, and for some types one for
    /// keyword calls (values in place, then the number of positional ones and the keyword
    /// names; nil when it leaves the call to the general path).
    struct Direct {
        let arity: ClosedRange<Int>
        let body: Body
        var keywords: KeywordBody? = nil
    }

    typealias KeywordBody = (Interpreter, UnsafeMutablePointer<Value>, Int, [Value]) throws -> Value?

    /// Whether calling exactly `type` means calling its `nativeNew` and nothing else.
    static func constructsNatively(_ type: PyType) -> Bool {
        guard type.isBuiltin else { return false }
        return nativeOnlyTypes.contains { $0 === type }
    }

    static let nativeOnlyTypes: [PyType] = [
        BuiltinTypes.str, BuiltinTypes.int, BuiltinTypes.float, BuiltinTypes.bool, BuiltinTypes.tuple, BuiltinTypes.list,
        BuiltinTypes.dict, BuiltinTypes.set, BuiltinTypes.frozenset, BuiltinTypes.range, BuiltinTypes.enumerate,
        BuiltinTypes.zip, BuiltinTypes.reversed, BuiltinTypes.map, BuiltinTypes.filter, BuiltinTypes.superType,
        // The standard callables made in loops (`partial(max, i)`, `itemgetter(1)`): their
        // `__init__` is object's, so the native constructor is the whole call.
        FunctoolsModule.partialType, OperatorModule.itemgetterType, OperatorModule.attrgetterType,
        OperatorModule.methodcallerType,
    ]

    /// The in-place constructor of a built-in type, or nil (the general call path).
    static func direct(for type: PyType) -> Direct? {
        if type === BuiltinTypes.object { return Direct(arity: 0...0) { _, _, _ in .object(PyInstance(type: BuiltinTypes.object)) } }
        if let exception = exceptionConstructor(for: type) { return exception }
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
        if type === BuiltinTypes.tuple { return oneArgument(noArguments(general) { .object(PyTuple([])) }, tuple) }
        if type === BuiltinTypes.list {
            return oneArgument(noArguments(general) { .object(PyList([])) }) { interpreter, value in .object(PyList(try interpreter.collect(value))) }
        }
        if type === BuiltinTypes.dict {
            var withKeywords = noArguments(general) { .object(PyDict()) }
            withKeywords.keywords = dictFromKeywords
            return withKeywords
        }
        if type === BuiltinTypes.superType {
            // `super()` in a method: no argument list on the way to the frame's class and receiver.
            return Direct(arity: general.arity) { interpreter, arguments, count in
                if count == 0 { return try interpreter.zeroArgumentSuper() }
                return try general.body(interpreter, arguments, count)
            }
        }
        if type === BuiltinTypes.enumerate {
            return oneArgument(general) { interpreter, value in
                try IteratorConstructors.enumerate(interpreter, type, value, start: .int(0))
            }
        }
        if type === BuiltinTypes.zip {
            return Direct(arity: general.arity) { interpreter, arguments, count in
                try IteratorConstructors.zip(interpreter, type, UnsafeBufferPointer(start: arguments, count: count), strict: false)
            }
        }
        if type === BuiltinTypes.reversed {
            return oneArgument(general) { interpreter, value in try IteratorConstructors.reversed(interpreter, type, value) }
        }
        if type === BuiltinTypes.set || type === BuiltinTypes.frozenset {
            let frozen = type === BuiltinTypes.frozenset
            return oneArgument(noArguments(general) { .object(PySet(frozen: frozen)) }) { interpreter, value in
                // `frozenset(f)` of an exact frozenset is `f` itself.
                if frozen, case .object(let o) = value, o.type === BuiltinTypes.frozenset { return value }
                return .object(PySet(try SetMethods.keys(of: value, interpreter), frozen: frozen))
            }
        }
        return general
    }

    /// `raise ValueError(i)`: a built-in exception class called positionally makes the
    /// exception with those arguments as `args`, which is all its `__new__` and `__init__`
    /// (BaseException's) do; keyword calls keep the general path and its error.
    static func exceptionConstructor(for type: PyType) -> Direct? {
        guard type.isBuiltin, type.isSubtype(of: BuiltinTypes.baseException),
              BuiltinTypes.exceptionTypes.contains(where: { $0 === type }),
              type.constructorMethods().initializerRepeatsNativeNew else { return nil }
        return Direct(arity: 0...8) { _, arguments, count in
            .object(PyException(type: type, args: Array(UnsafeBufferPointer(start: arguments, count: count))))
        }
    }

    /// A constructor whose calls without arguments (`dict()`, `set()`) run `empty`.
    static func noArguments(_ general: Direct, _ empty: @escaping () -> Value) -> Direct {
        Direct(arity: general.arity, body: { interpreter, arguments, count in
            if count == 0 { return empty() }
            return try general.body(interpreter, arguments, count)
        }, keywords: general.keywords)
    }

    /// `dict(a=1, b=2)`: the keywords are the items, keyed by the call's name objects (the
    /// compiler rejects a repeated name). With a positional argument too, the general path.
    static func dictFromKeywords(_ interpreter: Interpreter, _ arguments: UnsafeMutablePointer<Value>, _ positionalCount: Int,
                                 _ keywordNames: [Value]) throws -> Value? {
        guard positionalCount == 0 else { return nil }
        // Sized first: one allocation of the entries and one of the index, not a regrowth per
        // entry (the index is made without the array's unspecialized allocator, `ArrayAllocation`).
        let result = PyDict(DictStorage(minimumCapacity: keywordNames.count))
        for (j, name) in keywordNames.enumerated() { result.storage[HashKey(name)] = arguments[j] }
        return .object(result)
    }

    /// A constructor whose one-argument calls run `single` (nil: the general body).
    static func oneArgument(_ general: Direct, _ single: @escaping (Interpreter, Value) throws -> Value?) -> Direct {
        Direct(arity: general.arity, body: { interpreter, arguments, count in
            if count == 1, let result = try single(interpreter, arguments[0]) { return result }
            return try general.body(interpreter, arguments, count)
        }, keywords: general.keywords)
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
        case .object(let o) where o.objectKind == .str && o.type === BuiltinTypes.str:
            return try interpreter.parseInt(unsafeDowncast(o, to: PyStr.self).value, base: 10)
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
