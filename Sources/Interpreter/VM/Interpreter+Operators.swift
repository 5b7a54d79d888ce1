import Syntax
#if canImport(Glibc)
import Glibc
#endif

/// Binary, in-place, unary and comparison operators: numbers and built-in sequences inline,
/// everything else through the special methods (`__add__`, `__radd__`, `__iadd__`, ...).
extension Interpreter {
    static let binaryOperators = BinaryOperator.allCases
    /// The symbols of the binary operators, in the order of the indices `PyType.nativeBinary`
    /// receives.
    public static let binaryOperatorSymbols = binaryOperators.map(\.rawValue)
    static let forwardNames = binaryOperators.map { "__\(dunderStem($0))__" }
    static let reflectedNames = binaryOperators.map { "__r\(dunderStem($0))__" }
    static let inplaceNames = binaryOperators.map { "__i\(dunderStem($0))__" }
    static let compareSymbols = ["==", "!=", "<", "<=", ">", ">="]
    static let compareNames = ["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"]
    /// For each comparison, the one to try on the right operand (`a < b` ~ `b > a`).
    static let compareReflection = [0, 1, 4, 5, 2, 3]

    static func dunderStem(_ op: BinaryOperator) -> String {
        switch op {
        case .add: return "add"
        case .subtract: return "sub"
        case .multiply: return "mul"
        case .matrixMultiply: return "matmul"
        case .divide: return "truediv"
        case .floorDivide: return "floordiv"
        case .modulo: return "mod"
        case .power: return "pow"
        case .leftShift: return "lshift"
        case .rightShift: return "rshift"
        case .bitOr: return "or"
        case .bitXor: return "xor"
        case .bitAnd: return "and"
        }
    }

    /// The operator index of a `BinaryOperator` (the argument of the `binary` opcode).
    public static func operatorIndex(_ op: BinaryOperator) -> Int { binaryOperators.firstIndex(of: op) ?? 0 }

    public func binaryOperation(_ op: BinaryOperator, _ left: Value, _ right: Value) throws -> Value {
        try binaryOperation(Interpreter.operatorIndex(op), left, right)
    }

    @inline(never)
    func binaryOperation(_ index: Int, _ left: Value, _ right: Value) throws -> Value {
        if let result = try binaryOperationIfSupported(index, left, right) { return result }
        throw unsupportedOperands(Interpreter.binaryOperators[index].rawValue, left, right)
    }

    /// `left op right`, or nil when neither operand supports it (the caller raises TypeError
    /// with its own operator symbol: `+` or `+=`).
    func binaryOperationIfSupported(_ index: Int, _ left: Value, _ right: Value) throws -> Value? {
        let op = Interpreter.binaryOperators[index]
        if case .bool(let a) = left, case .bool(let b) = right {
            switch op {
            case .bitAnd: return .bool(a && b)
            case .bitOr: return .bool(a || b)
            case .bitXor: return .bool(a != b)
            default: break
            }
        }
        if let result = try Arithmetic.numeric(op, left, right) { return result }
        if let result = try nativeBinary(index, left, right) { return result }
        // Subclasses of str/list/tuple may override the operator; the built-in path must not
        // bypass them.
        let overridden = left.type.userOverride(Interpreter.forwardNames[index]) != nil
            || right.type.userOverride(Interpreter.reflectedNames[index]) != nil
        if !overridden, let result = try sequenceOperation(op, left, right) { return result }
        return try dunderBinary(index, left, right)
    }

    /// CPython's TypeError for an operator neither operand supports; `symbol` is `+` or, for
    /// augmented assignment, `+=`.
    func unsupportedOperands(_ symbol: String, _ left: Value, _ right: Value) -> PyException {
        func isSequence(_ v: Value) -> Bool { v.asObject is PyStr || v.asObject is PyList || v.asObject is PyTuple }
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
        return PyException(BuiltinTypes.typeError,
                           "unsupported operand type(s) for \(symbol): '\(left.typeName)' and '\(right.typeName)'")
    }

    /// A library type's native arithmetic (`PyType.nativeBinary`), where Python would call its
    /// `__op__` (the left operand's exact type has the hook, and the right operand is a number,
    /// the same type, or a built-in type that is not a subclass, so no `__rop__` goes first) or
    /// its `__rop__` (a number on the left, whose `__op__` would return NotImplemented).
    @inline(__always)
    func nativeBinary(_ index: Int, _ left: Value, _ right: Value) throws -> Value? {
        if case .object(let l) = left, let leftType = l.storedType, let hook = leftType.nativeBinary {
            if case .object(let r) = right {
                let rightType = r.type
                guard rightType === leftType || (rightType.isBuiltin && !rightType.isSubtype(of: leftType)) else { return nil }
            }
            return try hook(self, index, left, right, false)
        }
        if case .object(let r) = right, let hook = r.storedType?.nativeBinary {
            switch left {
            case .int, .float, .bool: return try hook(self, index, right, left, true)
            default: return nil
            }
        }
        return nil
    }

    /// `__op__` on the left, then `__rop__` on the right (first, if the right's class is a
    /// subclass that overrides it). Nil if both are missing or return NotImplemented.
    func dunderBinary(_ index: Int, _ left: Value, _ right: Value) throws -> Value? {
        let leftType = left.type, rightType = right.type
        let forward = leftType.lookup(Interpreter.forwardNames[index])
        let reflected = leftType === rightType ? nil : rightType.lookup(Interpreter.reflectedNames[index])
        if let reflected, rightType.isSubtype(of: leftType), !(forward.map { $0.isIdentical(to: reflected) } ?? false) {
            let result = try call(reflected, Arguments([right, left]))
            if !isNotImplemented(result) { return result }
        }
        if let forward {
            let result = try call(forward, Arguments([left, right]))
            if !isNotImplemented(result) { return result }
        }
        if let reflected {
            let result = try call(reflected, Arguments([right, left]))
            if !isNotImplemented(result) { return result }
        }
        return nil
    }

    func isNotImplemented(_ value: Value) -> Bool {
        if case .object(let o) = value { return o === Singletons.notImplemented }
        return false
    }

    @inline(never)
    func inplaceOperation(_ index: Int, _ left: Value, _ right: Value) throws -> Value {
        if case .object(let o) = left {
            if let list = o as? PyList {
                if index == 0 {
                    list.items.append(contentsOf: try collect(right))
                    return left
                }
                if index == 2, case .int(let n) = right {
                    let items = list.items
                    list.items = n <= 0 ? [] : Array([[Value]](repeating: items, count: n).joined())
                    return left
                }
            }
            if let hook = o.storedType?.nativeInplace, let result = try hook(self, index, left, right) { return result }
            if let method = o.type.lookup(Interpreter.inplaceNames[index]) {
                let result = try call(method, Arguments([left, right]))
                if !isNotImplemented(result) { return result }
            }
        }
        if let result = try binaryOperationIfSupported(index, left, right) { return result }
        throw unsupportedOperands(Interpreter.binaryOperators[index].rawValue + "=", left, right)
    }

    /// `+`, `*` and `%` on strings, lists and tuples.
    func sequenceOperation(_ op: BinaryOperator, _ left: Value, _ right: Value) throws -> Value? {
        switch (op, left, right) {
        case (.add, .object(let a as PyStr), .object(let b as PyStr)):
            return .str(a.value + b.value)
        case (.add, .object(let a as PyList), .object(let b as PyList)):
            return .object(PyList(a.items + b.items))
        case (.add, .object(let a as PyTuple), .object(let b as PyTuple)):
            return .object(PyTuple(a.items + b.items))
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
                try checkRepeatSize(l.items.count, count)
                return .object(PyList(Array([[Value]](repeating: l.items, count: count).joined())))
            }
            if let t = o as? PyTuple {
                try checkRepeatSize(t.items.count, count)
                return .object(PyTuple(Array([[Value]](repeating: t.items, count: count).joined())))
            }
            return nil
        case (.modulo, .object(let a as PyStr), _):
            return .str(try percentFormat(a.value, right))
        default:
            return nil
        }
    }

    func checkRepeatSize(_ length: Int, _ count: Int) throws {
        let (total, overflow) = length.multipliedReportingOverflow(by: count)
        if overflow || total > 1 << 32 { throw PyException(BuiltinTypes.memoryError, "") }
    }

    // MARK: Unary

    func negate(_ value: Value) throws -> Value {
        switch value {
        case .int(let i):
            if i == Int.min { throw Arithmetic.overflow() }
            return .int(-i)
        case .bool(let b): return .int(b ? -1 : 0)
        case .float(let d): return .float(-d)
        default: return try unaryDunder(value, "__neg__", "-")
        }
    }

    func unaryPlus(_ value: Value) throws -> Value {
        switch value {
        case .int, .float: return value
        case .bool(let b): return .int(b ? 1 : 0)
        default: return try unaryDunder(value, "__pos__", "+")
        }
    }

    func invert(_ value: Value) throws -> Value {
        switch value {
        case .int(let i): return .int(~i)
        case .bool(let b): return .int(~(b ? 1 : 0))
        default: return try unaryDunder(value, "__invert__", "~")
        }
    }

    func unaryDunder(_ value: Value, _ name: String, _ symbol: String) throws -> Value {
        if let method = value.type.lookup(name) { return try call(method, Arguments([value])) }
        throw PyException(BuiltinTypes.typeError, "bad operand type for unary \(symbol): '\(value.typeName)'")
    }

    // MARK: Comparison

    public func compare(_ op: CompareOperator, _ left: Value, _ right: Value) throws -> Value {
        let index = ["==", "!=", "<", "<=", ">", ">="].firstIndex(of: op.rawValue) ?? 0
        return try compareOperation(index, left, right)
    }

    @inline(never)
    func compareOperation(_ index: Int, _ left: Value, _ right: Value) throws -> Value {
        let overridden = left.type.userOverride(Interpreter.compareNames[index]) != nil
            || right.type.userOverride(Interpreter.compareNames[Interpreter.compareReflection[index]]) != nil
        if !overridden, let order = try builtinOrder(left, right, equalityOnly: index < 2) {
            switch index {
            case 0: return .bool(order == 0)
            case 1: return .bool(order != 0)
            case 2: return .bool(order < 0)
            case 3: return .bool(order <= 0)
            case 4: return .bool(order > 0)
            default: return .bool(order >= 0)
            }
        }
        // NaN compares unequal to everything and unordered.
        if case .float(let d) = left, d.isNaN, right.isNumber { return .bool(index == 1) }
        if case .float(let d) = right, d.isNaN, left.isNumber { return .bool(index == 1) }
        let leftType = left.type, rightType = right.type
        let reflectedIndex = Interpreter.compareReflection[index]
        let forward = leftType.lookup(Interpreter.compareNames[index])
        let reflected = rightType.lookup(Interpreter.compareNames[reflectedIndex])
        let rightFirst = leftType !== rightType && rightType.isSubtype(of: leftType)
        if rightFirst, let reflected, !isObjectDefault(reflected, Interpreter.compareNames[reflectedIndex]) {
            let result = try call(reflected, Arguments([right, left]))
            if !isNotImplemented(result) { return result }
        }
        if let forward, !isObjectDefault(forward, Interpreter.compareNames[index]) {
            let result = try call(forward, Arguments([left, right]))
            if !isNotImplemented(result) { return result }
        }
        if !rightFirst, let reflected, !isObjectDefault(reflected, Interpreter.compareNames[reflectedIndex]) {
            let result = try call(reflected, Arguments([right, left]))
            if !isNotImplemented(result) { return result }
        }
        if index == 1, let eq = leftType.lookup("__eq__"), !isObjectDefault(eq, "__eq__") {
            let result = try call(eq, Arguments([left, right]))
            if !isNotImplemented(result) { return .bool(!(try isTruthy(result))) }
        }
        switch index {
        case 0: return .bool(left.isIdentical(to: right))
        case 1: return .bool(!left.isIdentical(to: right))
        default:
            throw PyException(BuiltinTypes.typeError,
                              "'\(Interpreter.compareSymbols[index])' not supported between instances of '\(left.typeName)' and '\(right.typeName)'")
        }
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
        case (.int, .float), (.float, .int), (.bool, _), (_, .bool):
            guard let a = Arithmetic.doubleValue(left), let b = Arithmetic.doubleValue(right) else { break }
            if a.isNaN || b.isNaN { return nil }
            if let x = Arithmetic.intValue(left), let y = Arithmetic.intValue(right) { return x < y ? -1 : (x == y ? 0 : 1) }
            return a < b ? -1 : (a == b ? 0 : 1)
        case (.none, .none):
            return equalityOnly ? 0 : nil
        case let (.object(a), .object(b)):
            if let x = a as? PyStr, let y = b as? PyStr {
                if x.value == y.value { return 0 }
                return Formatting.codePointLess(x.value, y.value) ? -1 : 1
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
                if let x = a as? PySet, let y = b as? PySet {
                    return x.storage.count == y.storage.count && x.storage.allSatisfy({ y.storage.contains($0) }) ? 0 : 1
                }
                if let x = a as? PyRange, let y = b as? PyRange {
                    return x.count == y.count && (x.count == 0 || (x.start == y.start && (x.count == 1 || x.step == y.step))) ? 0 : 1
                }
            } else if let x = a as? PySet, let y = b as? PySet {
                // Subset ordering; "unordered" sets compare false both ways.
                let sub = x.storage.allSatisfy { y.storage.contains($0) }
                let sup = y.storage.allSatisfy { x.storage.contains($0) }
                if sub && sup { return 0 }
                if sub { return -1 }
                if sup { return 1 }
                return nil
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
            return try isTruthy(try compareOperation(2, x, y)) ? -1 : 1
        }
        return a.count < b.count ? -1 : (a.count == b.count ? 0 : 1)
    }

    /// `a == b` as a Swift Bool.
    public func equals(_ a: Value, _ b: Value) throws -> Bool {
        // Identity implies equality here, as in CPython's containment and list.index.
        if a.isIdentical(to: b) { return true }
        if let order = try builtinOrder(a, b, equalityOnly: true) { return order == 0 }
        return try isTruthy(try compareOperation(0, a, b))
    }
}

extension Value {
    var isNumber: Bool {
        switch self {
        case .int, .float, .bool: return true
        default: return false
        }
    }
}
