#if canImport(Glibc)
import Glibc
#endif

extension BinaryOperation {
    /// The special methods Python calls for the operator: `__add__`, `__radd__`, `__iadd__`.
    var specialMethodNames: (forward: String, reflected: String, inplace: String) {
        switch self {
        case .add: return ("__add__", "__radd__", "__iadd__")
        case .subtract: return ("__sub__", "__rsub__", "__isub__")
        case .multiply: return ("__mul__", "__rmul__", "__imul__")
        case .matrixMultiply: return ("__matmul__", "__rmatmul__", "__imatmul__")
        case .divide: return ("__truediv__", "__rtruediv__", "__itruediv__")
        case .floorDivide: return ("__floordiv__", "__rfloordiv__", "__ifloordiv__")
        case .modulo: return ("__mod__", "__rmod__", "__imod__")
        case .power: return ("__pow__", "__rpow__", "__ipow__")
        case .leftShift: return ("__lshift__", "__rlshift__", "__ilshift__")
        case .rightShift: return ("__rshift__", "__rrshift__", "__irshift__")
        case .bitOr: return ("__or__", "__ror__", "__ior__")
        case .bitXor: return ("__xor__", "__rxor__", "__ixor__")
        case .bitAnd: return ("__and__", "__rand__", "__iand__")
        }
    }
}

extension ComparisonOperation {
    /// The special method Python calls for the comparison (`__lt__` for `<`).
    var specialMethodName: String {
        switch self {
        case .equal: return "__eq__"
        case .notEqual: return "__ne__"
        case .less: return "__lt__"
        case .lessEqual: return "__le__"
        case .greater: return "__gt__"
        case .greaterEqual: return "__ge__"
        }
    }
}

/// Binary, in-place, unary and comparison operators: numbers and built-in sequences inline,
/// everything else through the special methods (`__add__`, `__radd__`, `__iadd__`, ...).
extension Interpreter {
    @inline(never)
    public func binaryOperation(_ op: BinaryOperation, _ left: Value, _ right: Value) throws -> Value {
        if let result = try binaryOperationIfSupported(op, left, right) { return result }
        throw unsupportedOperands(op.symbol, left, right)
    }

    /// `left op right`, or nil when neither operand supports it (the caller raises TypeError
    /// with its own operator symbol: `+` or `+=`).
    func binaryOperationIfSupported(_ op: BinaryOperation, _ left: Value, _ right: Value) throws -> Value? {
        if case .bool(let a) = left, case .bool(let b) = right {
            switch op {
            case .bitAnd: return .bool(a && b)
            case .bitOr: return .bool(a || b)
            case .bitXor: return .bool(a != b)
            default: break
            }
        }
        if let result = try Arithmetic.numeric(op, left, right) { return result }
        if let result = try nativeBinary(op, left, right) { return result }
        if case .object(let a) = left, case .object(let b) = right, a.objectKind == .set, b.objectKind == .set,
           a.type.isBuiltin, b.type.isBuiltin,
           let result = SetMethods.algebra(op, unsafeDowncast(a, to: PySet.self), unsafeDowncast(b, to: PySet.self)) {
            return result
        }
        // Subclasses of str/list/tuple may override the operator; the built-in path must not
        // bypass them.
        let names = op.specialMethodNames
        let overridden = left.type.userOverride(names.forward) != nil || right.type.userOverride(names.reflected) != nil
        if !overridden, let result = try sequenceOperation(op, left, right) { return result }
        return try dunderBinary(op, left, right)
    }

    /// CPython's TypeError for an operator neither operand supports; `symbol` is `+` or, for
    /// augmented assignment, `+=`.
    func unsupportedOperands(_ symbol: String, _ left: Value, _ right: Value) -> PyException {
        func isSequence(_ v: Value) -> Bool { v.asObject is PyStr || v.asObject is PyList || v.asObject is PyTuple || v.asObject is PyBytes }
        if symbol == "*" || symbol == "*=", isSequence(left) || isSequence(right) {
            let other = isSequence(left) ? right : left
            if !isSequence(other) || (isSequence(left) && isSequence(right)) {
                return PyException(BuiltinTypes.typeError, "can't multiply sequence by non-int of type '\(right.typeName)'")
            }
        }
        if symbol == "+" || symbol == "+=", case .object(let o) = left, o is PyStr || o is PyList || o is PyTuple {
            let kind = o is PyStr ? "str" : o is PyList ? "list" : "tuple"
            return PyException(BuiltinTypes.typeError, "can only concatenate \(kind) (not \"\(right.typeName)\") to \(kind)")
        }
        // CPython names the binary power by both of its spellings (the in-place one is `**=`).
        let shown = symbol == "**" ? "** or pow()" : symbol
        return PyException(BuiltinTypes.typeError,
                           "unsupported operand type(s) for \(shown): '\(left.typeName)' and '\(right.typeName)'")
    }

    /// A library type's native arithmetic (`PyType.nativeBinary`), where Python would call its
    /// `__op__` (the left operand's exact type has the hook, and the right operand is a number,
    /// the same type, or a built-in type that is not a subclass, so no `__rop__` goes first) or
    /// its `__rop__` (a number on the left, whose `__op__` would return NotImplemented).
    @inline(__always)
    func nativeBinary(_ op: BinaryOperation, _ left: Value, _ right: Value) throws -> Value? {
        if case .object(let l) = left, let leftType = l.storedType, let hook = leftType.nativeBinary {
            if case .object(let r) = right {
                let rightType = r.type
                guard rightType === leftType || (rightType.isBuiltin && !rightType.isSubtype(of: leftType)) else { return nil }
            }
            return try hook(self, op, left, right, false)
        }
        if case .object(let r) = right, let hook = r.storedType?.nativeBinary {
            switch left {
            case .int, .float, .bool: return try hook(self, op, right, left, true)
            default: return nil
            }
        }
        return nil
    }

    /// `__op__` on the left, then `__rop__` on the right (first, if the right's class is a
    /// subclass that overrides it). Nil if both are missing or return NotImplemented.
    func dunderBinary(_ op: BinaryOperation, _ left: Value, _ right: Value) throws -> Value? {
        let leftType = left.type, rightType = right.type
        let names = op.specialMethodNames
        let forward = leftType.lookup(names.forward)
        let reflected = leftType === rightType ? nil : rightType.lookup(names.reflected)
        if let reflected, rightType.isSubtype(of: leftType), !(forward.map { $0.isIdentical(to: reflected) } ?? false) {
            let result = try callSpecial(reflected, right, left)
            if !isNotImplemented(result) { return result }
        }
        if let forward {
            let result = try callSpecial(forward, left, right)
            if !isNotImplemented(result) { return result }
        }
        if let reflected {
            let result = try callSpecial(reflected, right, left)
            if !isNotImplemented(result) { return result }
        }
        return nil
    }

    func isNotImplemented(_ value: Value) -> Bool {
        if case .object(let o) = value { return o === Singletons.notImplemented }
        return false
    }

    @inline(never)
    func inplaceOperation(_ op: BinaryOperation, _ left: Value, _ right: Value) throws -> Value {
        if case .object(let o) = left {
            if let list = o as? PyList {
                if op == .add {
                    try list.appendContents(try collect(right))
                    return left
                }
                if op == .multiply, case .int(let n) = right {
                    let items = list.items
                    try checkRepeatSize(items.count, n, elementSize: MemoryLayout<Value>.stride)
                    list.items = PyList.repeated(items, n)
                    return left
                }
            }
            // `s |= t` (and &=, -=, ^=) changes the set itself, as set.__ior__ does.
            if let set = o as? PySet, !set.isFrozen, case .object(let r) = right, let other = r as? PySet,
               o.type.userOverride(op.specialMethodNames.inplace) == nil, SetMethods.inPlaceAlgebra(op, set, other) {
                return left
            }
            if let hook = o.storedType?.nativeInplace, let result = try hook(self, op, left, right) { return result }
            if let method = o.type.lookup(op.specialMethodNames.inplace) {
                let result = try callSpecial(method, left, right)
                if !isNotImplemented(result) { return result }
            }
        }
        if let result = try binaryOperationIfSupported(op, left, right) { return result }
        throw unsupportedOperands(op.symbol + "=", left, right)
    }

    /// `+`, `*` and `%` on strings, lists and tuples.
    func sequenceOperation(_ op: BinaryOperation, _ left: Value, _ right: Value) throws -> Value? {
        if op == .multiply, left.asBigInt != nil || right.asBigInt != nil {
            let sequence = left.asBigInt != nil ? right : left
            if case .object(let o) = sequence, o is PyStr || o is PyList || o is PyTuple { throw Interpreter.indexOverflow() }
            return nil
        }
        switch (op, left, right) {
        case (.add, .object(let a as PyStr), .object(let b as PyStr)):
            // Twice the result's size: this is also where `s += t` comes when the in-place
            // append found no room to grow (it needs the new buffer while holding the old), and a
            // loop that copies a text of gigabytes per step would crawl instead of ending.
            try Allocation.check(count: a.value.utf8.count + b.value.utf8.count, elementSize: 2)
            return .object(PyStr(a.value + b.value, isASCII: a.isASCII && b.isASCII))
        case (.add, .object(let a as PyList), .object(let b as PyList)):
            try Allocation.check(count: a.items.count + b.items.count, elementSize: MemoryLayout<Value>.stride)
            return .object(PyList([Value](concatenating: a.items, b.items)))
        case (.add, .object(let a as PyTuple), .object(let b as PyTuple)):
            try Allocation.check(count: a.items.count + b.items.count, elementSize: MemoryLayout<Value>.stride)
            return .object(PyTuple([Value](concatenating: a.items, b.items)))
        case (.multiply, .object(let o), .int), (.multiply, .int, .object(let o)),
             (.multiply, .object(let o), .bool), (.multiply, .bool, .object(let o)):
            let countValue: Value
            if case .object = left { countValue = right } else { countValue = left }
            let count = max(0, Arithmetic.intValue(countValue) ?? 0)
            if let s = o as? PyStr {
                try checkRepeatSize(s.value.utf8.count, count)
                return .str(String(repeating: s.value, count: count))
            }
            if let l = o as? PyList {
                try checkRepeatSize(l.items.count, count, elementSize: MemoryLayout<Value>.stride)
                return .object(PyList(PyList.repeated(l.items, count)))
            }
            if let t = o as? PyTuple {
                try checkRepeatSize(t.items.count, count, elementSize: MemoryLayout<Value>.stride)
                return .object(PyTuple(PyList.repeated(t.items, count)))
            }
            return nil
        case (.modulo, .object(let a as PyStr), _):
            return .str(try percentFormat(a.value, right))
        default:
            return nil
        }
    }

    /// MemoryError for a repetition past 2**32 elements or past what can be allocated in bytes
    /// (e.g. `[0] * 10**9` is 16 GB of values, more than a 4 GB `ulimit -v` allows).
    func checkRepeatSize(_ length: Int, _ count: Int, elementSize: Int = 1) throws {
        guard count > 0 else { return }
        let (total, overflow) = length.multipliedReportingOverflow(by: count)
        if overflow || total > 1 << 32 { throw PyException(BuiltinTypes.memoryError, "") }
        try Allocation.check(count: total, elementSize: elementSize)
    }

    // MARK: Unary

    func negate(_ value: Value) throws -> Value {
        switch value {
        case .int(let i):
            if i == Int.min { return .integer(-BigInteger(i)) }
            return .int(-i)
        case .bool(let b): return .int(b ? -1 : 0)
        case .float(let d): return .float(-d)
        default:
            if let big = value.asBigInt { return .integer(-big.value) }
            return try unaryDunder(value, "__neg__", "-")
        }
    }

    func unaryPlus(_ value: Value) throws -> Value {
        switch value {
        case .int, .float: return value
        case .bool(let b): return .int(b ? 1 : 0)
        default:
            if value.asBigInt != nil { return value }
            return try unaryDunder(value, "__pos__", "+")
        }
    }

    func invert(_ value: Value) throws -> Value {
        switch value {
        case .int(let i): return .int(~i)
        case .bool(let b): return .int(~(b ? 1 : 0))
        default:
            if let big = value.asBigInt { return .integer(big.value.inverted) }
            return try unaryDunder(value, "__invert__", "~")
        }
    }

    func unaryDunder(_ value: Value, _ name: String, _ symbol: String) throws -> Value {
        if let method = value.type.lookup(name) { return try callSpecial(method, value) }
        throw PyException(BuiltinTypes.typeError, "bad operand type for unary \(symbol): '\(value.typeName)'")
    }

    // MARK: Comparison

    @inline(never)
    public func compareOperation(_ op: ComparisonOperation, _ left: Value, _ right: Value) throws -> Value {
        // Two exact strs (`ch == "e"`, sort keys): their bytes decide, with no special-method
        // lookups by name.
        if case .object(let a) = left, case .object(let b) = right, a.objectKind == .str, b.objectKind == .str,
           a.storedType === strType, b.storedType === strType {
            return .bool(op.holds(forOrder: Interpreter.exactStrOrder(a, b, equalityOnly: op.isEquality)))
        }
        let forwardName = op.specialMethodName, reflectedName = op.reflected.specialMethodName
        let overridden = left.type.userOverride(forwardName) != nil || right.type.userOverride(reflectedName) != nil
        if !overridden, let order = try builtinOrder(left, right, equalityOnly: op.isEquality) {
            return .bool(op.holds(forOrder: order))
        }
        // NaN compares unequal to everything and unordered.
        if case .float(let d) = left, d.isNaN, right.isNumber { return .bool(op == .notEqual) }
        if case .float(let d) = right, d.isNaN, left.isNumber { return .bool(op == .notEqual) }
        // Sets neither of which contains the other: every ordering is False.
        if !overridden, case .object(let a) = left, case .object(let b) = right, a.objectKind == .set, b.objectKind == .set {
            return .bool(SetMethods.compare(op, unsafeDowncast(a, to: PySet.self), unsafeDowncast(b, to: PySet.self)))
        }
        let leftType = left.type, rightType = right.type
        let forward = leftType.lookup(forwardName)
        let reflected = rightType.lookup(reflectedName)
        let rightFirst = leftType !== rightType && rightType.isSubtype(of: leftType)
        if rightFirst, let reflected, !isObjectDefault(reflected, reflectedName) {
            let result = try callSpecial(reflected, right, left)
            if !isNotImplemented(result) { return result }
        }
        if let forward, !isObjectDefault(forward, forwardName) {
            let result = try callSpecial(forward, left, right)
            if !isNotImplemented(result) { return result }
        }
        if !rightFirst, let reflected, !isObjectDefault(reflected, reflectedName) {
            let result = try callSpecial(reflected, right, left)
            if !isNotImplemented(result) { return result }
        }
        if op == .notEqual, let eq = leftType.lookup("__eq__"), !isObjectDefault(eq, "__eq__") {
            let result = try callSpecial(eq, left, right)
            if !isNotImplemented(result) { return .bool(!(try isTruthy(result))) }
        }
        switch op {
        case .equal: return .bool(left.isIdentical(to: right))
        case .notEqual: return .bool(!left.isIdentical(to: right))
        default:
            throw PyException(BuiltinTypes.typeError,
                              "'\(op.symbol)' not supported between instances of '\(left.typeName)' and '\(right.typeName)'")
        }
    }

    /// -1, 0 or 1 for two strs (the same object is equal without reading it).
    @inline(__always)
    static func exactStrOrder(_ a: PyObject, _ b: PyObject, equalityOnly: Bool) -> Int {
        if a === b { return 0 }
        let s = unsafeDowncast(a, to: PyStr.self), t = unsafeDowncast(b, to: PyStr.self)
        if equalityOnly {
            // Different cached hashes, or two ASCII strings (whose bytes Swift's `==` compares,
            // inline words first for short ones), answer without a byte walk.
            if s.knownHash != 0 && t.knownHash != 0 && s.knownHash != t.knownHash { return 1 }
            if s.isASCII && t.isASCII { return s.value == t.value ? 0 : 1 }
        }
        return PyStr.compare(s, t, equalityOnly: equalityOnly)
    }

    /// Orders built-in values: -1, 0 or 1; nil when the types are not built-in comparable
    /// (or are unordered, like NaN). With `equalityOnly`, containers of mixed types compare
    /// unequal instead of failing.
    func builtinOrder(_ left: Value, _ right: Value, equalityOnly: Bool) throws -> Int? {
        switch (left, right) {
        case let (.int(a), .int(b)): return a < b ? -1 : (a == b ? 0 : 1)
        case let (.float(a), .float(b)):
            if a.isNaN || b.isNaN { return nil }
            return a < b ? -1 : (a == b ? 0 : 1)
        case let (.int(a), .float(b)):
            return Arithmetic.compare(a, b)
        case let (.float(a), .int(b)):
            return Arithmetic.compare(b, a).map { -$0 }
        case (.bool, _), (_, .bool):
            guard let a = Arithmetic.doubleValue(left), let b = Arithmetic.doubleValue(right) else {
                if left.isInteger || right.isInteger { return Arithmetic.bigOrder(left, right) }
                break
            }
            if a.isNaN || b.isNaN { return nil }
            if let x = Arithmetic.intValue(left), let y = Arithmetic.intValue(right) { return x < y ? -1 : (x == y ? 0 : 1) }
            return a < b ? -1 : (a == b ? 0 : 1)
        case (.none, .none):
            return equalityOnly ? 0 : nil
        case (.object(let o), _) where o.objectKind == .bigInt, (_, .object(let o)) where o.objectKind == .bigInt:
            return Arithmetic.bigOrder(left, right)
        case let (.object(a), .object(b)):
            // The common pairs by their kind (one byte each), before the casts below.
            switch (a.objectKind, b.objectKind) {
            case (.str, .str):
                return Interpreter.exactStrOrder(a, b, equalityOnly: equalityOnly)
            case (.tuple, .tuple):
                return try sequenceOrder(unsafeDowncast(a, to: PyTuple.self).items, unsafeDowncast(b, to: PyTuple.self).items,
                                         equalityOnly: equalityOnly)
            case (.list, .list):
                return try sequenceOrder(unsafeDowncast(a, to: PyList.self).items, unsafeDowncast(b, to: PyList.self).items,
                                         equalityOnly: equalityOnly)
            default:
                break
            }
            if let x = a as? PyStr, let y = b as? PyStr {
                return PyStr.compare(x, y, equalityOnly: equalityOnly)
            }
            if let x = a as? PyBytes, let y = b as? PyBytes {
                // Byte strings order lexicographically by byte value, as memcmp does.
                if x.bytes == y.bytes { return 0 }
                return x.bytes.lexicographicallyPrecedes(y.bytes) ? -1 : 1
            }
            if let x = a as? PyList, let y = b as? PyList {
                return try sequenceOrder(x.items, y.items, equalityOnly: equalityOnly)
            }
            if let x = a as? PyTuple, let y = b as? PyTuple {
                return try sequenceOrder(x.items, y.items, equalityOnly: equalityOnly)
            }
            if equalityOnly {
                if let x = a as? PyDict, let y = b as? PyDict {
                    guard x.storage.count == y.storage.count else { return 1 }
                    for (key, value) in x.storage {
                        guard let other = y.storage[key], try equals(value, other) else { return 1 }
                    }
                    return 0
                }
                if let x = a as? PySet, let y = b as? PySet { return SetMethods.order(x, y, equalityOnly: true) }
                if let x = a as? PyRange, let y = b as? PyRange {
                    return x.count == y.count && (x.count == 0 || (x.start == y.start && (x.count == 1 || x.step == y.step))) ? 0 : 1
                }
            } else if let x = a as? PySet, let y = b as? PySet {
                // Subset ordering; "unordered" sets compare false both ways.
                return SetMethods.order(x, y, equalityOnly: false)
            }
        default:
            break
        }
        return nil
    }

    func sequenceOrder(_ a: [Value], _ b: [Value], equalityOnly: Bool) throws -> Int {
        if equalityOnly && a.count != b.count { return 1 }
        for (x, y) in zip(a, b) where !(x.isIdentical(to: y)) {
            if try equals(x, y) { continue }
            if equalityOnly { return 1 }
            // Two ints or two floats: their order, without the general comparison.
            switch (x, y) {
            case let (.int(p), .int(q)): return p < q ? -1 : 1
            case let (.float(p), .float(q)) where !p.isNaN && !q.isNaN: return p < q ? -1 : 1
            default: return try isTruthy(try compareOperation(.less, x, y)) ? -1 : 1
            }
        }
        return a.count < b.count ? -1 : (a.count == b.count ? 0 : 1)
    }

    /// `a == b` as a Swift Bool.
    public func equals(_ a: Value, _ b: Value) throws -> Bool {
        // Identity implies equality here, as in CPython's containment and list.index.
        if a.isIdentical(to: b) { return true }
        if let order = try builtinOrder(a, b, equalityOnly: true) { return order == 0 }
        return try isTruthy(try compareOperation(.equal, a, b))
    }
}

extension Value {
    var isNumber: Bool {
        switch self {
        case .int, .float, .bool: return true
        case .object(let o): return o.objectKind == .bigInt
        default: return false
        }
    }
}
