/// `set` and `frozenset` methods: one Swift function per Python method, registered through
/// `commonTable` (both types), `mutableTable` (`set` only) and `frozenTable`.
enum SetMethods {
    static func install(_ type: PyType) {
        type.nativeNew = newSet
        type.install(commonTable)
        type.install(mutableTable)
        type.define("__hash__", .none)
    }

    static func installFrozen(_ type: PyType) {
        type.nativeNew = newFrozenSet
        type.install(commonTable)
        type.install(frozenTable)
    }

    static let commonTable: [NativeMethod] = [
        NativeMethod("copy", "self", copy),
        NativeMethod("union", "self, *others", union),
        NativeMethod("intersection", "self, *others", intersection),
        NativeMethod("difference", "self, *others", difference),
        NativeMethod("symmetric_difference", "self, other, /", symmetricDifference),
        NativeMethod("issubset", "self, other, /", issubset),
        NativeMethod("issuperset", "self, other, /", issuperset),
        NativeMethod("isdisjoint", "self, other, /", isdisjoint),
        NativeMethod("__or__", "self, other", operatorCalling("union")),
        NativeMethod("__and__", "self, other", operatorCalling("intersection")),
        NativeMethod("__sub__", "self, other", operatorCalling("difference")),
        NativeMethod("__xor__", "self, other", operatorCalling("symmetric_difference")),
        NativeMethod("__len__", "self", length),
        NativeMethod("__contains__", "self, item", contains),
        NativeMethod("__iter__", "self", iterate),
    ]

    static let mutableTable: [NativeMethod] = [
        NativeMethod("add", "self, element, /", add),
        NativeMethod("remove", "self, element, /", remove),
        NativeMethod("discard", "self, element, /", discard),
        NativeMethod("pop", "self", pop),
        NativeMethod("clear", "self", clear),
        NativeMethod("update", "self, *others", update),
        NativeMethod("intersection_update", "self, *others", updateCalling("intersection")),
        NativeMethod("difference_update", "self, *others", updateCalling("difference")),
        NativeMethod("symmetric_difference_update", "self, *others", updateCalling("symmetric_difference")),
    ]

    static let frozenTable: [NativeMethod] = [
        NativeMethod("__hash__", "self", hash),
    ]

    /// The receiver of a set method (a set, a frozenset or an instance of a subclass).
    static func set(_ value: Value) throws -> PySet {
        guard case .object(let o) = value, let s = o as? PySet else {
            throw PyException(BuiltinTypes.typeError, "descriptor requires a 'set' object but received a '\(value.typeName)'")
        }
        return s
    }

    /// The hash keys of any iterable (a set's own keys without rehashing).
    static func elements(_ value: Value, _ interpreter: Interpreter) throws -> [HashKey] {
        if let s = value.asObject as? PySet { return Array(s.storage) }
        return try interpreter.collect(value).map { try interpreter.hashKey($0) }
    }

    /// A result of the same kind (set or frozenset) as `value`.
    static func make(_ keys: OrderedSetOfKeys, like value: Value) -> Value {
        .object(PySet(keys, frozen: (value.asObject as? PySet)?.isFrozen ?? false))
    }

    static let newSignature = NativeSignature("iterable=(), /")

    static func new(_ interpreter: Interpreter, _ cls: PyType, _ arguments: Arguments, frozen: Bool) throws -> Value {
        let values = try newSignature.bind(arguments, function: frozen ? "frozenset" : "set")
        var storage = OrderedSetOfKeys()
        for key in try elements(values[0], interpreter) { storage.append(key) }
        return .object(PySet(storage, frozen: frozen, type: cls))
    }

    static func newSet(_ interpreter: Interpreter, _ cls: PyType, _ arguments: Arguments) throws -> Value {
        try new(interpreter, cls, arguments, frozen: false)
    }

    static func newFrozenSet(_ interpreter: Interpreter, _ cls: PyType, _ arguments: Arguments) throws -> Value {
        try new(interpreter, cls, arguments, frozen: true)
    }

    // MARK: Set algebra

    static func copy(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        make(try set(args.receiver).storage, like: args.receiver)
    }

    static func union(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        var result = try set(args.receiver).storage
        for other in args.varArgs("others") { for k in try elements(other, interpreter) { result.append(k) } }
        return make(result, like: args.receiver)
    }

    static func intersection(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        var result = try set(args.receiver).storage
        for other in args.varArgs("others") {
            let keep = Swift.Set(try elements(other, interpreter))
            result = OrderedSetOfKeys(result.filter { keep.contains($0) })
        }
        return make(result, like: args.receiver)
    }

    static func difference(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        var result = try set(args.receiver).storage
        for other in args.varArgs("others") {
            let drop = Swift.Set(try elements(other, interpreter))
            result = OrderedSetOfKeys(result.filter { !drop.contains($0) })
        }
        return make(result, like: args.receiver)
    }

    static func symmetricDifference(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let mine = try set(args.receiver).storage
        let theirs = OrderedSetOfKeys(try elements(args["other"], interpreter))
        var result = OrderedSetOfKeys(mine.filter { !theirs.contains($0) })
        for k in theirs where !mine.contains(k) { result.append(k) }
        return make(result, like: args.receiver)
    }

    /// `a | b`, `a & b`, `a - b`, `a ^ b` on the keys of two sets or frozensets (the result is
    /// of `a`'s kind); nil for other operators. `&` walks the smaller set (`b` when they are
    /// the same size) and keeps its keys, as CPython does (`{0} & {False}` is `{False}`); the
    /// others keep `a`'s keys first, in their order.
    static func algebra(_ op: BinaryOperation, _ a: PySet, _ b: PySet) -> Value? {
        var result: OrderedSetOfKeys
        switch op {
        case .bitOr: result = a.storage.union(b.storage)
        case .bitAnd:
            let (walked, probed) = b.storage.count > a.storage.count ? (a.storage, b.storage) : (b.storage, a.storage)
            result = OrderedSetOfKeys()
            result.reserveCapacity(walked.count)
            for key in walked where probed.contains(key) { result.append(key) }
        case .subtract: result = a.storage.subtracting(b.storage)
        case .bitXor: result = a.storage.symmetricDifference(b.storage)
        default: return nil
        }
        return .object(PySet(result, frozen: a.isFrozen))
    }

    /// `|`, `&`, `-`, `^`: the named method, for set operands only.
    static func operatorCalling(_ method: String) -> NativeMethod.Body {
        { interpreter, args in
            guard args["other"].asObject is PySet else { return .object(Singletons.notImplemented) }
            return try interpreter.call(try interpreter.getAttribute(args.receiver, method), Arguments([args["other"]]))
        }
    }

    // MARK: Comparisons and queries

    static func issubset(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let theirs = Swift.Set(try elements(args["other"], interpreter))
        return .bool(try set(args.receiver).storage.allSatisfy { theirs.contains($0) })
    }

    static func issuperset(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let mine = try set(args.receiver).storage
        return .bool(try elements(args["other"], interpreter).allSatisfy { mine.contains($0) })
    }

    static func isdisjoint(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let mine = try set(args.receiver).storage
        return .bool(try elements(args["other"], interpreter).allSatisfy { !mine.contains($0) })
    }

    static func length(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .int(try set(args.receiver).storage.count)
    }

    static func contains(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .bool(try set(args.receiver).storage.contains(try interpreter.hashKey(args["item"])))
    }

    static func iterate(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        try interpreter.iterate(args.receiver)
    }

    static func hash(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .int(HashKey(args.receiver).hashValue)
    }

    // MARK: Mutation (set only)

    static func add(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        try set(args.receiver).storage.append(try interpreter.hashKey(args["element"]))
        return .none
    }

    static func remove(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        guard try set(args.receiver).storage.remove(try interpreter.hashKey(args["element"])) != nil else {
            throw PyException(type: BuiltinTypes.keyError, args: [args["element"]])
        }
        return .none
    }

    static func discard(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        _ = try set(args.receiver).storage.remove(try interpreter.hashKey(args["element"]))
        return .none
    }

    static func pop(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let s = try set(args.receiver)
        guard !s.storage.isEmpty else { throw PyException(BuiltinTypes.keyError, "pop from an empty set") }
        return s.storage.removeFirst().value
    }

    static func clear(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        try set(args.receiver).storage.removeAll()
        return .none
    }

    static func update(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let s = try set(args.receiver)
        for other in args.varArgs("others") { for k in try elements(other, interpreter) { s.storage.append(k) } }
        return .none
    }

    /// `intersection_update` and friends: the named method's result replaces the contents.
    static func updateCalling(_ method: String) -> NativeMethod.Body {
        { interpreter, args in
            let s = try set(args.receiver)
            let result = try interpreter.call(try interpreter.getAttribute(args.receiver, method), Arguments(args.varArgs("others")))
            s.storage = (result.asObject as? PySet)?.storage ?? s.storage
            return .none
        }
    }
}
