import Syntax
#if canImport(Glibc)
import Glibc
#endif

/// `int`, `bool` and `float`: constructors and methods, as named functions in per-type tables.
enum NumberMethods {
    private static var notImplemented: Value { .object(Singletons.notImplemented) }

    /// What int and float share: one forward and one reflected dunder per named arithmetic
    /// operation, one dunder per comparison, and the unary and conversion methods.
    static let numberTable: [NativeMethod] =
        BinaryOperation.allCases.flatMap { op -> [NativeMethod] in
            let names = op.specialMethodNames
            return [
                NativeMethod(names.forward, "self, other") { _, args in
                    try Arithmetic.numeric(op, args.receiver, args["other"]) ?? notImplemented
                },
                NativeMethod(names.reflected, "self, other") { _, args in
                    try Arithmetic.numeric(op, args["other"], args.receiver) ?? notImplemented
                },
            ]
        }
        + ComparisonOperation.allCases.map { op in
            NativeMethod(op.specialMethodName, "self, other") { interpreter, args in
                guard args["other"].isNumber else { return notImplemented }
                return try interpreter.compareOperation(op, args.receiver, args["other"])
            }
        }
        + [
            NativeMethod("__neg__", "self", negative),
            NativeMethod("__pos__", "self", positive),
            NativeMethod("__abs__", "self", absolute),
            NativeMethod("__bool__", "self", truth),
            NativeMethod("__hash__", "self", hash),
            NativeMethod("__repr__", "self", repr),
            NativeMethod("__format__", "self, spec", format),
            NativeMethod("__int__", "self", integer),
            NativeMethod("__float__", "self", float),
            NativeMethod("conjugate", "self", conjugate),
        ]

    static let intTable: [NativeMethod] = [
        NativeMethod("bit_length", "self", bitLength),
        NativeMethod("__index__", "self", index),
        NativeMethod("as_integer_ratio", "self", intRatio),
    ]

    static let boolTable: [NativeMethod] = [
        NativeMethod("__repr__", "self", repr),
    ]

    static let floatTable: [NativeMethod] = [
        NativeMethod("is_integer", "self", isInteger),
        NativeMethod("__round__", "self, ndigits=None", round),
        NativeMethod("__trunc__", "self", integer),
        NativeMethod("as_integer_ratio", "self", floatRatio),
        NativeMethod("hex", "self", hex),
    ]

    static func installNumber(_ type: PyType) {
        type.install(numberTable)
        type.property("real") { _, v in v }
        type.property("imag") { _, v in v.isFloatValue ? .float(0) : .int(0) }
    }

    static func installInt(_ type: PyType) {
        type.nativeNew = { interpreter, cls, arguments in
            let values = try intSignature.bind(arguments, function: "int")
            if values[1].isNone { return try interpreter.toInt(values[0]) }
            guard let text = values[0].stringValue else {
                throw PyException(BuiltinTypes.typeError, "int() can't convert non-string with explicit base")
            }
            return try interpreter.parseInt(text, base: try interpreter.intArgument(values[1]))
        }
        installNumber(type)
        type.install(intTable)
        type.property("numerator") { _, v in v }
        type.property("denominator") { _, _ in .int(1) }
    }

    static func installBool(_ type: PyType) {
        type.nativeNew = { interpreter, _, arguments in
            let values = try boolSignature.bind(arguments, function: "bool")
            return .bool(try interpreter.isTruthy(values[0]))
        }
        type.install(boolTable)
    }

    static func installFloat(_ type: PyType) {
        type.nativeNew = { interpreter, _, arguments in
            let values = try floatSignature.bind(arguments, function: "float")
            return .float(try interpreter.toFloat(values[0]))
        }
        installNumber(type)
        type.install(floatTable)
    }

    // MARK: Shared methods

    static func negative(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        try interpreter.negate(args.receiver)
    }

    static func positive(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        try interpreter.unaryPlus(args.receiver)
    }

    static func absolute(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        try interpreter.absolute(args.receiver)
    }

    static func truth(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .bool(try interpreter.isTruthy(args.receiver))
    }

    static func hash(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .int(HashKey(args.receiver).hashValue)
    }

    static func repr(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .str(try interpreter.repr(args.receiver))
    }

    static func format(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .str(try interpreter.format(args.receiver, try interpreter.stringArgument(args["spec"])))
    }

    static func integer(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        try interpreter.toInt(args.receiver)
    }

    static func float(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .float(try interpreter.doubleArgument(args.receiver))
    }

    static func conjugate(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        args.receiver
    }

    // MARK: int

    static func bitLength(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let i = Arithmetic.intValue(args.receiver) ?? 0
        return .int(i == 0 ? 0 : Int.bitWidth - i.magnitude.leadingZeroBitCount)
    }

    static func index(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .int(Arithmetic.intValue(args.receiver) ?? 0)
    }

    static func intRatio(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .object(PyTuple([args.receiver, .int(1)]))
    }

    // MARK: float

    static func isInteger(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        guard case .float(let d) = args.receiver else { return .bool(true) }
        return .bool(d.isFinite && d.rounded(.towardZero) == d)
    }

    static func round(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        try interpreter.round(args.receiver, args["ndigits"])
    }

    static func floatRatio(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        guard case .float(var d) = args.receiver, d.isFinite else {
            throw PyException(BuiltinTypes.overflowError, "cannot convert Infinity to integer ratio")
        }
        var denominator = 1
        while d != d.rounded(.towardZero) && denominator < (1 << 60) {
            d *= 2
            denominator *= 2
        }
        // Floats from 2**63 up have integer numerators past 64 bits (CPython's are big ints).
        guard let numerator = Int(exactly: d) else { throw Arithmetic.overflow() }
        return .object(PyTuple([.int(numerator), .int(denominator)]))
    }

    static func hex(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        guard case .float(let d) = args.receiver else { return .str("") }
        return .str(Formatting.printf(d, precision: 13, conversion: "a"))
    }
}

extension Value {
    var isFloatValue: Bool { if case .float = self { return true } else { return false } }
}

extension Interpreter {
    /// `int(x)` for numbers, strings and objects with `__int__`/`__index__`/`__trunc__`.
    public func toInt(_ value: Value) throws -> Value {
        switch value {
        case .int: return value
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d):
            if d.isNaN { throw PyException(BuiltinTypes.valueError, "cannot convert float NaN to integer") }
            if d.isInfinite { throw PyException(BuiltinTypes.overflowError, "cannot convert float infinity to integer") }
            guard let i = Int(exactly: d.rounded(.towardZero)) else { throw Arithmetic.overflow() }
            return .int(i)
        case .object(let o):
            if let s = o as? PyStr { return try parseInt(s.value, base: 10) }
            for name in ["__int__", "__index__", "__trunc__"] {
                if let method = o.type.lookup(name) { return try call(method, Arguments([value])) }
            }
        default: break
        }
        throw PyException(BuiltinTypes.typeError,
                          "int() argument must be a string, a bytes-like object or a real number, not '\(value.typeName)'")
    }

    func parseInt(_ text: String, base: Int) throws -> Value {
        var body = text.trimmingCharacters()
        var negative = false
        if body.hasPrefix("-") { negative = true; body.removeFirst() } else if body.hasPrefix("+") { body.removeFirst() }
        var radix = base
        let lower = body.lowercased()
        if base == 0 || base == 16, lower.hasPrefix("0x") { radix = 16; body.removeFirst(2) }
        else if base == 0 || base == 8, lower.hasPrefix("0o") { radix = 8; body.removeFirst(2) }
        else if base == 0 || base == 2, lower.hasPrefix("0b") { radix = 2; body.removeFirst(2) }
        else if base == 0 { radix = 10 }
        let digits = body.filter { $0 != "_" }
        let invalid = PyException(BuiltinTypes.valueError, "invalid literal for int() with base \(base): \(Formatting.quoteString(text))")
        guard radix >= 2 && radix <= 36 else { throw PyException(BuiltinTypes.valueError, "int() base must be >= 2 and <= 36, or 0") }
        guard !digits.isEmpty, !body.hasPrefix("_"), !body.hasSuffix("_"), !body.contains("__"),
              let magnitude = UInt(digits, radix: radix) else {
            if !digits.isEmpty && digits.allSatisfy({ $0.isHexDigit || $0.isLetter }) && UInt(digits, radix: radix) == nil
                && digits.allSatisfy({ Int(String($0), radix: radix) != nil }) {
                throw Arithmetic.overflow()
            }
            throw invalid
        }
        if negative {
            guard magnitude <= UInt(Int.max) + 1 else { throw Arithmetic.overflow() }
            return .int(magnitude == UInt(Int.max) + 1 ? Int.min : -Int(magnitude))
        }
        guard magnitude <= UInt(Int.max) else { throw Arithmetic.overflow() }
        return .int(Int(magnitude))
    }

    /// `float(x)`.
    public func toFloat(_ value: Value) throws -> Double {
        switch value {
        case .int(let i): return Double(i)
        case .bool(let b): return b ? 1 : 0
        case .float(let d): return d
        case .object(let o):
            if let s = o as? PyStr {
                let text = s.value.trimmingCharacters().lowercased().filter { $0 != "_" }
                switch text {
                case "inf", "+inf", "infinity", "+infinity": return .infinity
                case "-inf", "-infinity": return -.infinity
                case "nan", "+nan", "-nan": return .nan
                default: break
                }
                if let d = Double(text), !text.isEmpty, !text.hasPrefix("0x") { return d }
                throw PyException(BuiltinTypes.valueError, "could not convert string to float: \(Formatting.quoteString(s.value))")
            }
            if let method = o.type.lookup("__float__") { return try doubleArgument(try call(method, Arguments([value]))) }
            if let method = o.type.lookup("__index__") { return try doubleArgument(try call(method, Arguments([value]))) }
        default: break
        }
        throw PyException(BuiltinTypes.typeError, "float() argument must be a string or a real number, not '\(value.typeName)'")
    }

    public func absolute(_ value: Value) throws -> Value {
        switch value {
        case .int(let i):
            if i == Int.min { throw Arithmetic.overflow() }
            return .int(abs(i))
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d): return .float(abs(d))
        default:
            if let method = value.type.lookup("__abs__") { return try call(method, Arguments([value])) }
            throw PyException(BuiltinTypes.typeError, "bad operand type for abs(): '\(value.typeName)'")
        }
    }

    /// `round(x, ndigits)`: banker's rounding on the exact binary value, like CPython.
    public func round(_ value: Value, _ digits: Value) throws -> Value {
        switch value {
        case .int, .bool:
            guard !digits.isNone else { return try toInt(value) }
            let n = try intArgument(digits)
            guard n < 0, case .int(let i) = try toInt(value) else { return try toInt(value) }
            // Exact half-even rounding on the magnitude (in UInt, so Int.min and n == Int.min
            // cannot overflow on negation); a Double quotient would lose digits past 2**53.
            let magnitude = i.magnitude
            if n < -19 { return .int(0) }
            if n == -19 {
                // 10**19 exceeds Int.max: everything rounds to 0 except magnitudes past 5 * 10**18,
                // which round to +-10**19 and do not fit in 64 bits.
                if magnitude > 5_000_000_000_000_000_000 { throw Arithmetic.overflow() }
                return .int(0)
            }
            var scale: UInt = 1
            for _ in 0..<(-n) { scale *= 10 }
            var quotient = magnitude / scale
            let remainder = magnitude % scale
            if remainder > scale - remainder || (remainder == scale - remainder && quotient & 1 == 1) { quotient += 1 }
            let (rounded, overflow) = quotient.multipliedReportingOverflow(by: scale)
            if overflow { throw Arithmetic.overflow() }
            if i < 0 {
                if rounded > UInt(Int.max) + 1 { throw Arithmetic.overflow() }
                return .int(rounded == UInt(Int.max) + 1 ? Int.min : -Int(rounded))
            }
            guard let result = Int(exactly: rounded) else { throw Arithmetic.overflow() }
            return .int(result)
        case .float(let d):
            if digits.isNone {
                if d.isNaN { throw PyException(BuiltinTypes.valueError, "cannot convert float NaN to integer") }
                if d.isInfinite { throw PyException(BuiltinTypes.overflowError, "cannot convert float infinity to integer") }
                return try toInt(.float(d.rounded(.toNearestOrEven)))
            }
            let n = try intArgument(digits)
            if !d.isFinite || d == 0 { return .float(d) }
            // Format with enough digits, correctly rounded (half-even on the exact value), as
            // CPython's round does via its dtoa.
            if n > 300 { return .float(d) }
            if n < -308 { return .float(0.0 * d) }
            if n >= 0 {
                let text = Formatting.printf(d, precision: n, conversion: "f")
                return .float(Double(text) ?? d)
            }
            let scale = pow(10.0, Double(-n))
            return .float((d / scale).rounded(.toNearestOrEven) * scale)
        default:
            if let method = value.type.lookup("__round__") {
                return try call(method, Arguments(digits.isNone ? [value] : [value, digits]))
            }
            throw PyException(BuiltinTypes.typeError, "type \(value.typeName) doesn't define __round__ method")
        }
    }
}

extension String {
    /// Python's `str.strip()` with no arguments: removes Unicode whitespace at both ends.
    func trimmingCharacters() -> String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let end = scalars.lastIndex(where: { !$0.properties.isWhitespace }) ?? start
        return String(scalars[start...end])
    }
}

/// The constructors' signatures, parsed once.
extension NumberMethods {
    static let intSignature = NativeSignature("x=0, /, base=None")
    static let boolSignature = NativeSignature("x=False, /")
    static let floatSignature = NativeSignature("x=0.0, /")
}
