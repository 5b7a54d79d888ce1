/// `set` and `frozenset` methods: one Swift function per Python method, registered through
/// `commonTable` (both types), `mutableTable` (`set` only) and `frozenTable`. The algorithms
/// are CPython's (`SetStorage+Algebra.swift`).
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
        NativeMethod("__or__", "self, other", operatorMethod(.bitOr)),
        NativeMethod("__and__", "self, other", operatorMethod(.bitAnd)),
        NativeMethod("__sub__", "self, other", operatorMethod(.subtract)),
        NativeMethod("__xor__", "self, other", operatorMethod(.bitXor)),
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
        NativeMethod("intersection_update", "self, *others", intersectionUpdate),
        NativeMethod("difference_update", "self, *others", differenceUpdate),
        NativeMethod("symmetric_difference_update", "self, other, /", symmetricDifferenceUpdate),
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

    /// Any iterable as the other operand of a set operation.
    static func operand(_ value: Value, _ interpreter: Interpreter) throws -> SetOperand {
        if case .object(let o) = value {
            if o.objectKind == .set { return .set(unsafeDowncast(o, to: PySet.self)) }
            if o.objectKind == .dict && o.type === BuiltinTypes.dict { return .dict(unsafeDowncast(o, to: PyDict.self)) }
            if (o.objectKind == .list && o.type === BuiltinTypes.list) || (o.objectKind == .tuple && o.type === BuiltinTypes.tuple) {
                // The array, not the object: a `__hash__` that changes the list changes
                // neither what is read nor its length, as when it was collected first.
                let items = o.objectKind == .list ? unsafeDowncast(o, to: PyList.self).items : unsafeDowncast(o, to: PyTuple.self).items
                return .keys(try items.map { try interpreter.hashKey($0) })
            }
        }
        return .keys(try interpreter.collect(value).map { try interpreter.hashKey($0) })
    }

    /// The hash keys of any iterable, in iteration order (a set's in its slot order).
    static func elements(_ value: Value, _ interpreter: Interpreter) throws -> [HashKey] {
        switch try operand(value, interpreter) {
        case .set(let s): return Array(s.storage)
        case .dict(let d): return d.storage.keys
        case .keys(let keys): return keys
        }
    }

    /// A result of the same kind (set or frozenset) as `value`, never of a subclass.
    static func make(_ storage: SetStorage, like value: Value) -> Value {
        .object(PySet(storage, frozen: (value.asObject as? PySet)?.isFrozen ?? false))
    }

    /// A copy of a set's storage as CPython's `set(s)` builds it.
    static func copied(_ storage: SetStorage) -> SetStorage {
        var result = SetStorage()
        result.formUnion(storage)
        return result
    }

    static let newSignature = NativeSignature("iterable=(), /")

    static func new(_ interpreter: Interpreter, _ cls: PyType, _ arguments: Arguments, frozen: Bool) throws -> Value {
        let values = try newSignature.bind(arguments, function: frozen ? "frozenset" : "set")
        // `frozenset(f)` of an exact frozenset is `f` itself.
        if frozen, cls === BuiltinTypes.frozenset, case .object(let o) = values[0], o.type === BuiltinTypes.frozenset {
            return values[0]
        }
        return .object(PySet(try keys(of: values[0], interpreter), frozen: frozen, type: cls))
    }

    /// The keys `set(iterable)` holds, added as CPython adds them (which decides their slots).
    static func keys(of iterable: Value, _ interpreter: Interpreter) throws -> SetStorage {
        if case .object(let o) = iterable,
           (o.objectKind == .list && o.type === BuiltinTypes.list) || (o.objectKind == .tuple && o.type === BuiltinTypes.tuple) {
            // Straight from the array, with no intermediate array of keys (see `operand`).
            let items = o.objectKind == .list ? unsafeDowncast(o, to: PyList.self).items : unsafeDowncast(o, to: PyTuple.self).items
            var storage = SetStorage()
            for item in items { storage.insert(try interpreter.hashKey(item)) }
            return storage
        }
        return SetStorage(try operand(iterable, interpreter))
    }

    static func newSet(_ interpreter: Interpreter, _ cls: PyType, _ arguments: Arguments) throws -> Value {
        try new(interpreter, cls, arguments, frozen: false)
    }

    static func newFrozenSet(_ interpreter: Interpreter, _ cls: PyType, _ arguments: Arguments) throws -> Value {
        try new(interpreter, cls, arguments, frozen: true)
    }

    // MARK: Set algebra

    static func copy(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let s = try set(args.receiver)
        if s.type === BuiltinTypes.frozenset { return args.receiver }
        return make(copied(s.storage), like: args.receiver)
    }

    static func union(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let s = try set(args.receiver)
        var result = copied(s.storage)
        for other in args.varArgs("others") {
            let operand = try operand(other, interpreter)
            if !operand.isIdentical(to: s) { result.update(operand) }
        }
        return make(result, like: args.receiver)
    }

    /// `a.intersection(*others)`: each step intersects the previous result.
    static func intersected(_ s: PySet, _ others: [Value], _ interpreter: Interpreter) throws -> SetStorage {
        var result = s.storage
        for (index, other) in others.enumerated() {
            let operand = try operand(other, interpreter)
            result = index == 0 && operand.isIdentical(to: s) ? copied(result) : result.intersection(operand)
        }
        return others.isEmpty ? copied(result) : result
    }

    static func intersection(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        make(try intersected(try set(args.receiver), args.varArgs("others"), interpreter), like: args.receiver)
    }

    static func difference(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let s = try set(args.receiver)
        let others = args.varArgs("others")
        guard let first = others.first else { return make(copied(s.storage), like: args.receiver) }
        var result = s.storage.difference(try operand(first, interpreter))
        for other in others.dropFirst() { result.subtract(try operand(other, interpreter)) }
        return make(result, like: args.receiver)
    }

    static func symmetricDifference(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let s = try set(args.receiver)
        return make(s.storage.symmetricDifference(try operand(args["other"], interpreter)), like: args.receiver)
    }

    /// `a | b`, `a & b`, `a - b`, `a ^ b` on two sets or frozensets (the result is of `a`'s
    /// kind); nil for other operators.
    static func algebra(_ op: BinaryOperation, _ a: PySet, _ b: PySet) -> Value? {
        let result: SetStorage
        switch op {
        case .bitOr:
            var union = copied(a.storage)
            if a !== b { union.update(.set(b)) }
            result = union
        case .bitAnd: result = a === b ? copied(a.storage) : SetStorage.intersection(a.storage, b.storage)
        case .subtract: result = a.storage.difference(.set(b))
        case .bitXor: result = a.storage.symmetricDifference(.set(b))
        default: return nil
        }
        return .object(PySet(result, frozen: a.isFrozen))
    }

    /// `s |= t`, `&=`, `-=`, `^=` with a set `t`: `s` changed in place, as CPython's
    /// set_ior and friends do (which can leave its keys in other slots than `s | t` would).
    static func inPlaceAlgebra(_ op: BinaryOperation, _ s: PySet, _ t: PySet) -> Bool {
        let operand = SetOperand.set(t)
        switch op {
        case .bitOr: if s !== t { s.change(involvingCustomKeys: t.storage.hasCustomKeys) { $0.update(operand) } }
        case .bitAnd:
            s.storage.replaceContents(with: s === t ? copied(s.storage) : SetStorage.intersection(s.storage, t.storage))
        case .subtract:
            if s === t { s.storage.removeAll() } else { s.change(involvingCustomKeys: t.storage.hasCustomKeys) { $0.subtract(operand) } }
        case .bitXor:
            if s === t { s.storage.removeAll() } else { s.change(involvingCustomKeys: t.storage.hasCustomKeys) { $0.formSymmetricDifference(operand) } }
        default: return false
        }
        return true
    }

    /// `__or__` and friends called as methods: sets only, else NotImplemented.
    static func operatorMethod(_ op: BinaryOperation) -> NativeMethod.Body {
        { _, args in
            guard let a = args.receiver.asObject as? PySet, let b = args["other"].asObject as? PySet,
                  let result = algebra(op, a, b) else { return .object(Singletons.notImplemented) }
            return result
        }
    }

    // MARK: Comparisons and queries

    static func issubset(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .bool(try set(args.receiver).storage.isSubset(of: try operand(args["other"], interpreter)))
    }

    static func issuperset(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .bool(try set(args.receiver).storage.isSuperset(of: try operand(args["other"], interpreter)))
    }

    static func isdisjoint(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let s = try set(args.receiver)
        let operand = try operand(args["other"], interpreter)
        if operand.isIdentical(to: s) { return .bool(s.storage.isEmpty) }
        return .bool(s.storage.isDisjoint(with: operand))
    }

    /// `a == b`, `a <= b`, ... for two sets: nil when neither contains the other (`<`, `>`).
    /// Equal sizes first, then (for equality) known hashes, then containment, as CPython.
    static func order(_ a: PySet, _ b: PySet, equalityOnly: Bool) -> Int? {
        if equalityOnly {
            if a.storage.count != b.storage.count { return 1 }
            if let h = a.knownHash, let k = b.knownHash, h != k { return 1 }
            return a.storage.isSubset(of: b.storage) ? 0 : 1
        }
        let sub = a.storage.isSubset(of: b.storage)
        let sup = b.storage.isSubset(of: a.storage)
        if sub && sup { return 0 }
        if sub { return -1 }
        if sup { return 1 }
        return nil
    }

    /// CPython's set comparisons: `<=` is subset, `<` proper subset, and so on.
    static func compare(_ op: ComparisonOperation, _ a: PySet, _ b: PySet) -> Bool {
        switch op {
        case .equal: return order(a, b, equalityOnly: true) == 0
        case .notEqual: return order(a, b, equalityOnly: true) != 0
        case .lessEqual: return a.storage.isSubset(of: b.storage)
        case .greaterEqual: return b.storage.isSubset(of: a.storage)
        case .less: return a.storage.count < b.storage.count && a.storage.isSubset(of: b.storage)
        case .greater: return a.storage.count > b.storage.count && b.storage.isSubset(of: a.storage)
        }
    }

    static func length(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .int(try set(args.receiver).storage.count)
    }

    /// The key for `x in s`, `s.remove(x)`, `s.discard(x)`: a `set` argument stands for the
    /// frozenset of its keys, as in CPython.
    static func lookupKey(_ value: Value, _ interpreter: Interpreter) throws -> HashKey {
        if case .object(let o) = value, o.objectKind == .set {
            let s = unsafeDowncast(o, to: PySet.self)
            if !s.isFrozen { return HashKey(.object(PySet(s.storage, frozen: true))) }
        }
        return try interpreter.hashKey(value)
    }

    static func contains(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .bool(try set(args.receiver).contains(try lookupKey(args["item"], interpreter)))
    }

    static func iterate(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        try interpreter.iterate(args.receiver)
    }

    static func hash(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .int(try set(args.receiver).frozenHash)
    }

    // MARK: Mutation (set only)

    static func add(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        try set(args.receiver).add(try interpreter.hashKey(args["element"]))
        return .none
    }

    static func remove(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        guard try set(args.receiver).discard(try lookupKey(args["element"], interpreter)) != nil else {
            throw PyException(type: BuiltinTypes.keyError, args: [args["element"]])
        }
        return .none
    }

    static func discard(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        try set(args.receiver).discard(try lookupKey(args["element"], interpreter))
        return .none
    }

    static func pop(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        guard let key = try set(args.receiver).storage.popArbitrary() else {
            throw PyException(BuiltinTypes.keyError, "pop from an empty set")
        }
        return key.value
    }

    static func clear(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        try set(args.receiver).storage.removeAll()
        return .none
    }

    static func update(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let s = try set(args.receiver)
        for other in args.varArgs("others") {
            let operand = try operand(other, interpreter)
            if !operand.isIdentical(to: s) { s.change(involvingCustomKeys: operand.hasCustomKeys) { $0.update(operand) } }
        }
        return .none
    }

    static func intersectionUpdate(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let s = try set(args.receiver)
        s.storage.replaceContents(with: try intersected(s, args.varArgs("others"), interpreter))
        return .none
    }

    static func differenceUpdate(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let s = try set(args.receiver)
        for other in args.varArgs("others") {
            let operand = try operand(other, interpreter)
            if operand.isIdentical(to: s) {
                s.storage.removeAll()
            } else {
                s.change(involvingCustomKeys: operand.hasCustomKeys) { $0.subtract(operand) }
            }
        }
        return .none
    }

    static func symmetricDifferenceUpdate(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let s = try set(args.receiver)
        let operand = try operand(args["other"], interpreter)
        if operand.isIdentical(to: s) {
            s.storage.removeAll()
        } else {
            s.change(involvingCustomKeys: operand.hasCustomKeys) { $0.formSymmetricDifference(operand) }
        }
        return .none
    }
}
