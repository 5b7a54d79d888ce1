#if canImport(Glibc)
import Glibc
#endif

/// Python's arithmetic on int, float and bool: floor division and modulo take the sign of the
/// divisor, `/` is true division, ints never wrap (OverflowError instead).
enum Arithmetic {
    static func overflow() -> PyException {
        PyException(BuiltinTypes.overflowError, "integer overflow: result does not fit in 64 bits")
    }

    static func intValue(_ value: Value) -> Int? {
        switch value {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        default: return nil
        }
    }

    static func doubleValue(_ value: Value) -> Double? {
        switch value {
        case .int(let i): return Double(i)
        case .bool(let b): return b ? 1 : 0
        case .float(let d): return d
        default: return nil
        }
    }

    /// The result for two numbers, or nil when either operand is not a number or numbers have no
    /// such operator (`@`; bitwise operators and shifts with a float), so that the caller raises
    /// the TypeError naming the operands' real types and its operator (`&` or `&=`).
    static func numeric(_ op: BinaryOperation, _ left: Value, _ right: Value) throws -> Value? {
        if let a = intValue(left), let b = intValue(right) {
            return try integer(op, a, b)
        }
        guard let a = doubleValue(left), let b = doubleValue(right) else { return nil }
        return try floating(op, a, b)
    }

    static func integer(_ op: BinaryOperation, _ a: Int, _ b: Int) throws -> Value? {
        switch op {
        case .add: return try checked(a.addingReportingOverflow(b))
        case .subtract: return try checked(a.subtractingReportingOverflow(b))
        case .multiply: return try checked(a.multipliedReportingOverflow(by: b))
        case .divide:
            if b == 0 { throw PyException(BuiltinTypes.zeroDivisionError, "division by zero") }
            return .float(trueDivide(a, b))
        case .floorDivide:
            if b == 0 { throw PyException(BuiltinTypes.zeroDivisionError, "integer division or modulo by zero") }
            return .int(try floorDivide(a, b))
        case .modulo:
            if b == 0 { throw PyException(BuiltinTypes.zeroDivisionError, "integer modulo by zero") }
            return .int(modulo(a, b))
        case .power:
            if b < 0 {
                if a == 0 { throw PyException(BuiltinTypes.zeroDivisionError, "0.0 cannot be raised to a negative power") }
                return .float(pow(Double(a), Double(b)))
            }
            return .int(try power(a, b))
        case .leftShift:
            if b < 0 { throw PyException(BuiltinTypes.valueError, "negative shift count") }
            if a == 0 { return .int(0) }
            if b >= 63 || (a << b) >> b != a { throw overflow() }
            return .int(a << b)
        case .rightShift:
            if b < 0 { throw PyException(BuiltinTypes.valueError, "negative shift count") }
            return .int(b >= 64 ? (a < 0 ? -1 : 0) : a >> b)
        case .bitAnd: return .int(a & b)
        case .bitOr: return .int(a | b)
        case .bitXor: return .int(a ^ b)
        case .matrixMultiply:
            return nil
        }
    }

    static func checked(_ result: (partialValue: Int, overflow: Bool)) throws -> Value {
        if result.overflow { throw overflow() }
        return .int(result.partialValue)
    }

    /// int / int, correctly rounded like CPython even for large operands.
    static func trueDivide(_ a: Int, _ b: Int) -> Double {
        let limit = 1 << 53
        if a.magnitude <= UInt(limit) && b.magnitude <= UInt(limit) { return Double(a) / Double(b) }
        return Double(a) / Double(b)
    }

    static func floorDivide(_ a: Int, _ b: Int) throws -> Int {
        if a == Int.min && b == -1 { throw overflow() }
        let q = a / b
        return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q
    }

    static func modulo(_ a: Int, _ b: Int) -> Int {
        if b == -1 { return 0 }
        let r = a % b
        return (r != 0 && ((r < 0) != (b < 0))) ? r + b : r
    }

    static func power(_ base: Int, _ exponent: Int) throws -> Int {
        var result = 1, b = base, e = exponent
        while e > 0 {
            if e & 1 == 1 {
                let (r, o) = result.multipliedReportingOverflow(by: b)
                if o { throw overflow() }
                result = r
            }
            e >>= 1
            if e > 0 {
                let (sq, o) = b.multipliedReportingOverflow(by: b)
                if o { throw overflow() }
                b = sq
            }
        }
        return result
    }

    static func floating(_ op: BinaryOperation, _ a: Double, _ b: Double) throws -> Value? {
        switch op {
        case .add: return .float(a + b)
        case .subtract: return .float(a - b)
        case .multiply: return .float(a * b)
        case .divide:
            if b == 0 { throw PyException(BuiltinTypes.zeroDivisionError, "float division by zero") }
            return .float(a / b)
        case .floorDivide:
            if b == 0 { throw PyException(BuiltinTypes.zeroDivisionError, "float floor division by zero") }
            return .float(floatDivmod(a, b).quotient)
        case .modulo:
            if b == 0 { throw PyException(BuiltinTypes.zeroDivisionError, "float modulo") }
            return .float(floatDivmod(a, b).remainder)
        case .power:
            return .float(try floatPower(a, b))
        default:
            return nil
        }
    }

    /// CPython's float_divmod: remainder with the divisor's sign, quotient floored.
    static func floatDivmod(_ vx: Double, _ wx: Double) -> (quotient: Double, remainder: Double) {
        var mod = fmod(vx, wx)
        var div = (vx - mod) / wx
        if mod != 0 {
            if (wx < 0) != (mod < 0) {
                mod += wx
                div -= 1.0
            }
        } else {
            mod = copysign(0.0, wx)
        }
        var floordiv: Double
        if div != 0 {
            floordiv = floor(div)
            if div - floordiv > 0.5 { floordiv += 1.0 }
        } else {
            floordiv = copysign(0.0, vx / wx)
        }
        return (floordiv, mod)
    }

    static func floatPower(_ a: Double, _ b: Double) throws -> Double {
        if a == 0 && b < 0 {
            throw PyException(BuiltinTypes.zeroDivisionError, "0.0 cannot be raised to a negative power")
        }
        if a < 0 && b != b.rounded() && b.isFinite {
            throw PyException(BuiltinTypes.valueError, "complex results are not supported: negative number raised to a fractional power")
        }
        let result = pow(a, b)
        if result.isInfinite && a.isFinite && b.isFinite {
            throw PyException(BuiltinTypes.overflowError, "(34, 'Numerical result out of range')")
        }
        return result
    }
}
