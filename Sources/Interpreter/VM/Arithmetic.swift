#if canImport(Glibc)
import Glibc
#endif

/// Python's arithmetic on int, float and bool: floor division and modulo take the sign of the
/// divisor, `/` is true division, ints never wrap: results past 64 bits become big ints
/// (`Arithmetic+BigInt`).
enum Arithmetic {
    /// For the limits that stay 64-bit (range bounds and steps).
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
        if let a = left.bigIntegerValue, let b = right.bigIntegerValue {
            return try bigInteger(op, a, b)
        }
        // Both must be numbers before a big int is converted (`2**2000 + 'a'` is a TypeError).
        guard left.isNumber, right.isNumber, let a = try floatOperand(left), let b = try floatOperand(right) else { return nil }
        return try floating(op, a, b)
    }

    /// Two ints that fit in 64 bits; a result that does not is computed as a big int.
    static func integer(_ op: BinaryOperation, _ a: Int, _ b: Int) throws -> Value? {
        switch op {
        case .add:
            let (sum, overflow) = a.addingReportingOverflow(b)
            return overflow ? .integer(BigInteger(a) + BigInteger(b)) : .int(sum)
        case .subtract:
            let (difference, overflow) = a.subtractingReportingOverflow(b)
            return overflow ? .integer(BigInteger(a) - BigInteger(b)) : .int(difference)
        case .multiply:
            let (product, overflow) = a.multipliedReportingOverflow(by: b)
            return overflow ? .integer(BigInteger(a) * BigInteger(b)) : .int(product)
        case .divide:
            if b == 0 { throw PyException(BuiltinTypes.zeroDivisionError, "division by zero") }
            return .float(try trueDivide(a, b))
        case .floorDivide:
            if b == 0 { throw PyException(BuiltinTypes.zeroDivisionError, "integer division or modulo by zero") }
            if a == Int.min && b == -1 { return .integer(-BigInteger(a)) }
            return .int(floorDivide(a, b))
        case .modulo:
            if b == 0 { throw PyException(BuiltinTypes.zeroDivisionError, "integer modulo by zero") }
            return .int(modulo(a, b))
        case .power:
            if b < 0 {
                if a == 0 { throw PyException(BuiltinTypes.zeroDivisionError, "0.0 cannot be raised to a negative power") }
                return .float(try floatPower(Double(a), Double(b)))
            }
            if let result = power(a, b) { return .int(result) }
            return try bigInteger(.power, BigInteger(a), BigInteger(b))
        case .leftShift:
            if b < 0 { throw PyException(BuiltinTypes.valueError, "negative shift count") }
            if a == 0 { return .int(0) }
            if b >= 63 || (a << b) >> b != a { return try bigInteger(.leftShift, BigInteger(a), BigInteger(b)) }
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

    /// int / int, correctly rounded like CPython even for operands past 2**53 (where converting
    /// them to doubles first would round twice).
    static func trueDivide(_ a: Int, _ b: Int) throws -> Double {
        let limit = 1 << 53
        if a.magnitude <= UInt(limit) && b.magnitude <= UInt(limit) { return Double(a) / Double(b) }
        return try bigTrueDivide(BigInteger(a), BigInteger(b))
    }

    /// `a // b` for `b != 0` and not `Int.min // -1`.
    static func floorDivide(_ a: Int, _ b: Int) -> Int {
        let q = a / b
        return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q
    }

    static func modulo(_ a: Int, _ b: Int) -> Int {
        if b == -1 { return 0 }
        let r = a % b
        return (r != 0 && ((r < 0) != (b < 0))) ? r + b : r
    }

    /// `base ** exponent` for `exponent >= 0`, or nil when it does not fit in 64 bits.
    static func power(_ base: Int, _ exponent: Int) -> Int? {
        var result = 1, b = base, e = exponent
        while e > 0 {
            if e & 1 == 1 {
                let (r, o) = result.multipliedReportingOverflow(by: b)
                if o { return nil }
                result = r
            }
            e >>= 1
            if e > 0 {
                let (sq, o) = b.multipliedReportingOverflow(by: b)
                if o { return nil }
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
