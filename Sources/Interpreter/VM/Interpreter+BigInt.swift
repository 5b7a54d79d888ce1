/// Big ints at the interpreter's edges: text conversion under `sys.set_int_max_str_digits`,
/// formatting, and arguments that may be ints of any size.
extension Interpreter {
    /// CPython's default limit on decimal digits converted to or from text (CVE-2020-10735:
    /// the conversion is quadratic).
    static let defaultIntMaxStringDigits = 4300

    /// The per-interpreter `sys.set_int_max_str_digits` value (0 means no limit).
    final class IntDigitLimit {
        var digits = Interpreter.defaultIntMaxStringDigits
    }

    var intDigitLimit: IntDigitLimit {
        let key = "sys.int_max_str_digits"
        if let limit = moduleState[key] as? IntDigitLimit { return limit }
        let limit = IntDigitLimit()
        moduleState[key] = limit
        return limit
    }

    func setIntMaxStringDigits(_ value: Value) throws {
        let digits = try intArgument(value)
        if digits != 0 && digits < 640 { throw PyException(BuiltinTypes.valueError, "maxdigits must be 0 or larger than 640") }
        intDigitLimit.digits = digits
    }

    /// The decimal text of an int, refused past the digit limit as CPython does.
    func decimalString(_ value: BigInteger) throws -> String {
        let limit = intDigitLimit.digits
        // A decimal digit carries log2(10) > 3.32 bits: only numbers this long can exceed it.
        if limit > 0 && value.bitLength > limit * 3 {
            // Cheap bound first, exact count when close.
            if value.bitLength > limit * 4 || value.decimalDigitCount > limit {
                throw PyException(BuiltinTypes.valueError, "Exceeds the limit (\(limit) digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")
            }
        }
        let digits = value.magnitudeDigits(radix: 10)
        return value.negative ? "-" + digits : digits
    }

    func formatBigInt(_ value: BigInteger, _ spec: FormatSpec) throws -> String {
        if spec.type == "c" { throw PyException(BuiltinTypes.overflowError, "Python int too large to convert to C long") }
        return try FormatSpec.formatInteger(
            negative: value.negative, spec,
            asDouble: {
                guard let d = value.doubleValue else { throw Arithmetic.floatOverflow() }
                return d
            },
            character: { value.asInt },
            digits: { radix in
                if radix == 10 { return try self.decimalString(value.magnitude) }
                return value.magnitudeDigits(radix: radix)
            })
    }

    /// `bin`, `oct`, `hex` (spec `#b`, `#o`, `#x`) of an int of any size.
    func formatInteger(_ value: Value, _ spec: String) throws -> String {
        if let big = value.asBigInt { return try formatBigInt(big.value, try FormatSpec(spec)) }
        if case .object(let o) = value, let method = o.type.lookup("__index__"), o.objectKind != .bigInt {
            let result = try call(method, Arguments([value]))
            if let big = result.asBigInt { return try formatBigInt(big.value, try FormatSpec(spec)) }
        }
        return try FormatSpec.formatInt(try intArgument(value), spec)
    }

    /// An int argument of any size (ints, bools, big ints and objects with `__index__`).
    func integerArgument(_ value: Value) throws -> BigInteger {
        if let b = value.bigIntegerValue { return b }
        if case .object(let o) = value, let method = o.type.lookup("__index__") {
            if let b = try call(method, Arguments([value])).bigIntegerValue { return b }
        }
        throw PyException(BuiltinTypes.typeError, "'\(value.typeName)' object cannot be interpreted as an integer")
    }

    /// The digits of an int literal or `int(text, base)` after the sign, prefix and
    /// underscores are removed (all valid in `radix`), as an int of any size.
    func integerFromDigits(_ digits: [UInt8], radix: Int, negative: Bool) throws -> Value {
        let limit = intDigitLimit.digits
        if limit > 0 && radix & (radix - 1) != 0 && digits.count > limit {
            throw PyException(BuiltinTypes.valueError, "Exceeds the limit (\(limit) digits) for integer string conversion: value has \(digits.count) digits; use sys.set_int_max_str_digits() to increase the limit")
        }
        let magnitude = BigInteger(digits: digits, radix: radix)
        return .integer(negative ? -magnitude : magnitude)
    }
}

extension Compiler {
    /// An int literal past 64 bits, as the lexer gives it: decimal digits, or `0x`/`0o`/`0b`
    /// and digits, underscores removed. Source literals have no digit limit here.
    static func bigIntegerLiteral(_ literal: String) -> Value {
        var text = Array(literal.utf8)
        var radix = 10
        if text.count > 2 && text[0] == UInt8(ascii: "0") {
            switch text[1] | 0x20 {
            case UInt8(ascii: "x"): radix = 16
            case UInt8(ascii: "o"): radix = 8
            case UInt8(ascii: "b"): radix = 2
            default: break
            }
            if radix != 10 { text.removeFirst(2) }
        }
        text.removeAll { $0 == UInt8(ascii: "_") }
        return .integer(BigInteger(digits: text, radix: radix))
    }
}
