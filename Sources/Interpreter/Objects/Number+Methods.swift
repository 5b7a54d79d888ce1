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
        type.install(intBytesTable)
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
        switch args.receiver {
        case .int(let n): return .int(NumericHash.hash(n))
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d): return .int(NumericHash.hash(d))
        default:
            if let big = args.receiver.asBigInt { return .int(big.value.pythonHash) }
            return .int(HashKey(args.receiver).pythonHash)
        }
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
        .float(try interpreter.toFloat(args.receiver))
    }

    static func conjugate(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        args.receiver
    }

    // MARK: int

    static func bitLength(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        if let big = args.receiver.asBigInt { return .int(big.bitLength) }
        let i = Arithmetic.intValue(args.receiver) ?? 0
        return .int(i == 0 ? 0 : Int.bitWidth - i.magnitude.leadingZeroBitCount)
    }

    static func index(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        if args.receiver.asBigInt != nil { return args.receiver }
        return .int(Arithmetic.intValue(args.receiver) ?? 0)
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
        guard case .float(var d) = args.receiver else { return .none }
        if d.isNaN { throw PyException(BuiltinTypes.valueError, "cannot convert NaN to integer ratio") }
        if d.isInfinite { throw PyException(BuiltinTypes.overflowError, "cannot convert Infinity to integer ratio") }
        // Double until integral: the value is then odd (or the exponent 0), so the ratio
        // d / 2**doublings is in lowest terms. Floats from 2**63 up have big numerators.
        var doublings = 0
        while d != d.rounded(.towardZero) {
            d *= 2
            doublings += 1
        }
        return .object(PyTuple([.integer(BigInteger(integral: d)), .integer(BigInteger.one.shiftedLeft(doublings))]))
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
            let whole = d.rounded(.towardZero)
            if let i = Int(exactly: whole) { return .int(i) }
            return .integer(BigInteger(integral: whole))
        case .object(let o):
            if o.objectKind == .bigInt { return value }
            if let s = o as? PyStr { return try parseInt(s.value, base: 10) }
            for name in ["__int__", "__index__", "__trunc__"] {
                if let method = o.type.lookup(name) { return try call(method, Arguments([value])) }
            }
        default: break
        }
        throw PyException(BuiltinTypes.typeError,
                          "int() argument must be a string, a bytes-like object or a real number, not '\(value.typeName)'")
    }

    /// `int(text, base)`, on the UTF-8 bytes: sign, base prefix (and one underscore after it),
    /// digits with single underscores between them, surrounding whitespace; base 0 takes the
    /// prefix's base and refuses leading zeros, as CPython's `PyLong_FromString`.
    func parseInt(_ text: String, base: Int) throws -> Value {
        guard base == 0 || (2...36).contains(base) else {
            throw PyException(BuiltinTypes.valueError, "int() base must be >= 2 and <= 36, or 0")
        }
        if base == 10, let value = Interpreter.plainDecimalInt(text) { return .int(value) }
        // Built only when the text is rejected (int(s) in a loop usually succeeds).
        var invalid: PyException { PyException(BuiltinTypes.valueError, "invalid literal for int() with base \(base): \(Formatting.quoteString(text))") }
        let body = Array(text.withASCIIDecimalDigits().trimmingCharacters().utf8)
        var i = 0
        var negative = false
        if i < body.count, body[i] == UInt8(ascii: "-") || body[i] == UInt8(ascii: "+") {
            negative = body[i] == UInt8(ascii: "-")
            i += 1
        }
        var radix = base == 0 ? 10 : base
        var prefixed = false
        if i + 1 < body.count, body[i] == UInt8(ascii: "0") {
            let letter = body[i + 1] | 0x20
            let prefixRadix = letter == UInt8(ascii: "x") ? 16 : letter == UInt8(ascii: "o") ? 8 : letter == UInt8(ascii: "b") ? 2 : 0
            if prefixRadix != 0 && (base == 0 || base == prefixRadix) {
                radix = prefixRadix
                prefixed = true
                i += 2
                if i < body.count, body[i] == UInt8(ascii: "_") { i += 1 }
            }
        }
        var digits: [UInt8] = []
        digits.reserveCapacity(body.count - i)
        var afterUnderscore = true
        while i < body.count {
            let c = body[i]
            if c == UInt8(ascii: "_") {
                if afterUnderscore { throw invalid }
                afterUnderscore = true
            } else {
                guard BigInteger.digitValue(c) < radix else { throw invalid }
                digits.append(c)
                afterUnderscore = false
            }
            i += 1
        }
        if digits.isEmpty || afterUnderscore { throw invalid }
        if base == 0 && !prefixed && digits[0] == UInt8(ascii: "0") && digits.contains(where: { $0 != UInt8(ascii: "0") }) {
            throw invalid
        }
        var magnitude: UInt = 0
        var fits = true
        for d in digits {
            let (scaled, o1) = magnitude.multipliedReportingOverflow(by: UInt(radix))
            let (sum, o2) = scaled.addingReportingOverflow(UInt(BigInteger.digitValue(d)))
            if o1 || o2 { fits = false; break }
            magnitude = sum
        }
        if fits {
            if negative && magnitude <= UInt(Int.max) + 1 { return .int(magnitude == UInt(Int.max) + 1 ? Int.min : -Int(magnitude)) }
            if !negative && magnitude <= UInt(Int.max) { return .int(Int(magnitude)) }
        }
        return try integerFromDigits(digits, radix: radix, negative: negative)
    }

    /// `float(x)`.
    public func toFloat(_ value: Value) throws -> Double {
        switch value {
        case .int(let i): return Double(i)
        case .bool(let b): return b ? 1 : 0
        case .float(let d): return d
        case .object(let o):
            if let big = value.asBigInt {
                guard let d = big.value.doubleValue else { throw Arithmetic.floatOverflow() }
                return d
            }
            if let s = o as? PyStr {
                if let d = Interpreter.plainDecimalDouble(s.value) { return d }
                let trimmed = s.value.withASCIIDecimalDigits().trimmingCharacters()
                // Underscores only between digits, as in literals ("1_000.5", not "1_" or "_1").
                if trimmed.contains("_") {
                    let scalars = Array(trimmed.unicodeScalars)
                    for (i, scalar) in scalars.enumerated() where scalar == "_" {
                        guard i > 0, i + 1 < scalars.count, scalars[i - 1].properties.numericType == .decimal,
                              scalars[i + 1].properties.numericType == .decimal else {
                            throw PyException(BuiltinTypes.valueError, "could not convert string to float: \(Formatting.quoteString(s.value))")
                        }
                    }
                }
                let text = trimmed.lowercased().filter { $0 != "_" }
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

    /// `int(text)` for text that is an optional sign and 1 to 18 ASCII digits (no spaces or
    /// underscores), read straight from its UTF-8 bytes: the value fits an Int, and leading
    /// zeros are allowed in base 10. Nil for any other text, which the general parser reads.
    static func plainDecimalInt(_ text: String) -> Int? {
        let parsed = text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            var i = 0
            var negative = false
            if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
                negative = first == UInt8(ascii: "-")
                i = 1
            }
            let digitCount = bytes.count - i
            guard digitCount > 0 && digitCount <= 18 else { return nil }
            var value = 0
            while i < bytes.count {
                let digit = Int(bytes[i]) &- 48
                guard digit >= 0 && digit <= 9 else { return nil }
                value = value &* 10 &+ digit
                i += 1
            }
            return negative ? -value : value
        }
        return parsed ?? nil
    }

    /// `float(text)` for text of ASCII digits, signs, points and exponents only (no spaces,
    /// underscores, letters other than `e`), which C's `strtod` reads as Python does; nil for
    /// other text and for text it rejects.
    static func plainDecimalDouble(_ text: String) -> Double? {
        guard !text.isEmpty, text.utf8.count <= 64 else { return nil }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"),
                 UInt8(ascii: "+"), UInt8(ascii: "-"):
                continue
            default:
                return nil
            }
        }
        return Double(text)
    }

    public func absolute(_ value: Value) throws -> Value {
        switch value {
        case .int(let i):
            if i == Int.min { return .integer(BigInteger(i).magnitude) }
            return .int(abs(i))
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d): return .float(abs(d))
        default:
            if let big = value.asBigInt { return .integer(big.value.magnitude) }
            if let method = value.type.lookup("__abs__") { return try call(method, Arguments([value])) }
            throw PyException(BuiltinTypes.typeError, "bad operand type for abs(): '\(value.typeName)'")
        }
    }

    /// `round(x, ndigits)`: banker's rounding on the exact binary value, like CPython.
    public func round(_ value: Value, _ digits: Value) throws -> Value {
        switch value {
        case .int, .bool:
            return try roundInteger(value, digits)
        case .float(let d):
            if digits.isNone {
                if d.isNaN { throw PyException(BuiltinTypes.valueError, "cannot convert float NaN to integer") }
                if d.isInfinite { throw PyException(BuiltinTypes.overflowError, "cannot convert float infinity to integer") }
                return try toInt(.float(d.rounded(.toNearestOrEven)))
            }
            let n = try clampedIndex(digits)
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
            if value.asBigInt != nil { return try roundInteger(value, digits) }
            if let method = value.type.lookup("__round__") {
                return try call(method, Arguments(digits.isNone ? [value] : [value, digits]))
            }
            throw PyException(BuiltinTypes.typeError, "type \(value.typeName) doesn't define __round__ method")
        }
    }
}

extension Interpreter {
    /// `ndigits` of round as CPython's float round reads it (an index clamped to the machine
    /// range instead of OverflowError): past it, a value rounds to itself or to zero.
    func clampedIndex(_ value: Value) throws -> Int {
        var index = value
        if Arithmetic.intValue(index) == nil, index.asBigInt == nil, case .object(let o) = index,
           let method = o.type.lookup("__index__") {
            index = try call(method, Arguments([index]))
        }
        if let big = index.asBigInt { return big.value.negative ? Int.min : Int.max }
        return try intArgument(index)
    }

    /// `round(int, ndigits)`: exact half-even rounding to a multiple of 10**-ndigits.
    func roundInteger(_ value: Value, _ digits: Value) throws -> Value {
        guard !digits.isNone, let x = value.bigIntegerValue else { return try toInt(value) }
        let n = try clampedIndex(digits)
        guard n < 0 else { return try toInt(value) }
        // 10**k > 2 * |x| once k exceeds the bit length: everything rounds to 0.
        if n.magnitude > UInt(x.bitLength + 1) { return .int(0) }
        let scale = BigInteger(10).power(-n)
        var (quotient, remainder) = BigInteger.floorDivMod(x, scale)
        let twice = BigInteger.compare(remainder.shiftedLeft(1), scale)
        if twice > 0 || (twice == 0 && quotient.isOdd) { quotient = quotient + .one }
        return .integer(quotient * scale)
    }
}

extension String {
    /// The text with every Unicode decimal digit (`'٣'`, `'３'`) as its ASCII digit, as
    /// `int()` and `float()` read text; ASCII text is returned as it is.
    func withASCIIDecimalDigits() -> String {
        if utf8.allSatisfy({ $0 < 0x80 }) { return self }
        var result = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            if scalar.value >= 0x80, scalar.properties.numericType == .decimal,
               let value = scalar.properties.numericValue, let digit = UInt8(exactly: value), digit < 10 {
                let ascii = Unicode.Scalar(UInt8(ascii: "0") + digit)
                result.append(ascii)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Python's `str.strip()` with no arguments: removes Unicode whitespace at both ends.
    func trimmingCharacters() -> String {
        // Most numbers in text have no spaces around them: an ASCII character that is not
        // white space at each end leaves nothing to trim.
        func isKept(_ byte: UInt8) -> Bool { byte < 0x80 && byte != 0x20 && !(0x09...0x0D).contains(byte) }
        if let first = utf8.first, let last = utf8.last, isKept(first), isKept(last) { return self }
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
