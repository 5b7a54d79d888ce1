/// `"..." % args`: printf-style formatting of str, with CPython's rules (Objects/unicodeobject.c,
/// `PyUnicode_Format`): a tuple (or tuple subclass) supplies the arguments in order, any other
/// object is the one argument, and an object with `__getitem__` (other than a tuple or str) is
/// also the mapping that `%(key)s` reads; keys may hold balanced parentheses.
extension Interpreter {
    func percentFormat(_ template: String, _ arguments: Value) throws -> String {
        var template = template
        return try template.withUTF8 { bytes in
            var formatter = PercentFormatter(template: bytes, arguments: arguments, interpreter: self)
            return try formatter.format()
        }
    }
}

/// One pass over a `%` template, as CPython's formatter walks it. It reads the template's UTF-8
/// bytes and writes UTF-8 bytes: every character of the specifier syntax is ASCII, and a
/// multi-byte character elsewhere is copied through whole, so no code-point arrays are built.
private struct PercentFormatter {
    let template: UnsafeBufferPointer<UInt8>
    let arguments: Value
    let interpreter: Interpreter
    /// The arguments when they are a tuple; nil when `arguments` is the single argument.
    let tupleItems: [Value]?
    let mapping: Value?
    var nextIndex = 0
    var singleArgumentUsed = false
    /// A byte offset into `template`.
    var position = 0
    var output: [UInt8] = []

    /// Widths and precisions past this cannot be allocated sensibly: MemoryError, as CPython
    /// raises when the padded result cannot be allocated.
    static let largestWidth = Int(Int32.max)

    init(template: UnsafeBufferPointer<UInt8>, arguments: Value, interpreter: Interpreter) {
        self.template = template
        self.arguments = arguments
        self.interpreter = interpreter
        if case .object(let o) = arguments, o.objectKind == .tuple, let tuple = o as? PyTuple {
            tupleItems = tuple.items
            mapping = nil
        } else {
            tupleItems = nil
            var isMapping = false
            if case .object(let o) = arguments, !(o is PyStr) {
                isMapping = o is PyDict || o.type.lookup("__getitem__") != nil
            }
            mapping = isMapping ? arguments : nil
        }
        output.reserveCapacity(template.count + 32)
    }

    mutating func format() throws -> String {
        while position < template.count {
            // The literal run up to the next `%`, copied in one piece.
            var end = position
            while end < template.count && template[end] != UInt8(ascii: "%") { end += 1 }
            if end > position {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: template[position..<end]))
                position = end
            }
            if position < template.count {
                position += 1
                try formatSpecifier()
            }
        }
        let unused = tupleItems.map { nextIndex < $0.count } ?? !singleArgumentUsed
        if unused && mapping == nil {
            throw PyException(BuiltinTypes.typeError, "not all arguments converted during string formatting")
        }
        return String(decoding: output, as: UTF8.self)
    }

    // MARK: Parsing one `%[(key)][flags][width][.precision][length]conversion`

    private var current: UInt8? { position < template.count ? template[position] : nil }

    private mutating func formatSpecifier() throws {
        if current == UInt8(ascii: "%") {
            position += 1
            output.append(UInt8(ascii: "%"))
            return
        }
        let key = try parseKey()
        var flags = Flags()
        while let byte = current, let flag = Flags.flag(byte) {
            flags.insert(flag)
            position += 1
        }
        var width = 0
        if current == UInt8(ascii: "*") {
            position += 1
            width = try starArgument()
            if width < 0 {
                flags.insert(.leftAlign)
                width = width == Int.min ? Int.max : -width
            }
        } else {
            width = try parseNumber(tooBig: "width too big")
        }
        var precision: Int?
        if current == UInt8(ascii: ".") {
            position += 1
            if current == UInt8(ascii: "*") {
                position += 1
                precision = max(0, try starArgument())
            } else {
                precision = try parseNumber(tooBig: "precision too big")
            }
        }
        while let byte = current, byte == UInt8(ascii: "h") || byte == UInt8(ascii: "l") || byte == UInt8(ascii: "L") {
            position += 1
        }
        guard position < template.count else { throw PyException(BuiltinTypes.valueError, "incomplete format") }
        let conversionOffset = position
        let conversion = scalar(at: position)
        position += UTF8.width(conversion)
        guard width <= Self.largestWidth, (precision ?? 0) <= Self.largestWidth else {
            throw PyException(BuiltinTypes.memoryError, "")
        }
        let argument = try key.map { try interpreter.getItem(mapping ?? .none, .str($0)) } ?? nextArgument()
        if key != nil { singleArgumentUsed = true }
        try convert(argument, conversion, at: conversionOffset, flags: flags, width: width, precision: precision)
    }

    /// The code point whose UTF-8 form starts at byte `offset`.
    private func scalar(at offset: Int) -> Unicode.Scalar {
        var iterator = UnsafeBufferPointer(rebasing: template[offset...]).makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
        return "\u{FFFD}"
    }

    /// `(key)`: the text up to the parenthesis that balances the opening one.
    private mutating func parseKey() throws -> String? {
        guard current == UInt8(ascii: "(") else { return nil }
        guard mapping != nil else { throw PyException(BuiltinTypes.typeError, "format requires a mapping") }
        position += 1
        let start = position
        var depth = 1
        while position < template.count {
            if template[position] == UInt8(ascii: "(") { depth += 1 }
            if template[position] == UInt8(ascii: ")") {
                depth -= 1
                if depth == 0 { break }
            }
            position += 1
        }
        guard depth == 0 else { throw PyException(BuiltinTypes.valueError, "incomplete format key") }
        let key = String(decoding: UnsafeBufferPointer(rebasing: template[start..<position]), as: UTF8.self)
        position += 1
        return key
    }

    private mutating func parseNumber(tooBig message: String) throws -> Int {
        var value = 0
        while let byte = current, byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
            let digit = Int(byte) - 48
            let (times10, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times10.addingReportingOverflow(digit)
            if overflow1 || overflow2 { throw PyException(BuiltinTypes.valueError, message) }
            value = sum
            position += 1
        }
        return value
    }

    private mutating func nextArgument() throws -> Value {
        if let items = tupleItems {
            guard nextIndex < items.count else { throw notEnoughArguments }
            nextIndex += 1
            return items[nextIndex - 1]
        }
        guard !singleArgumentUsed else { throw notEnoughArguments }
        singleArgumentUsed = true
        return arguments
    }

    private var notEnoughArguments: PyException {
        PyException(BuiltinTypes.typeError, "not enough arguments for format string")
    }

    /// A `*` width or precision: the next argument, which must be an int.
    private mutating func starArgument() throws -> Int {
        guard let value = Arithmetic.intValue(try nextArgument()) else {
            throw PyException(BuiltinTypes.typeError, "* wants int")
        }
        return value
    }

    // MARK: Conversions

    private mutating func convert(_ argument: Value, _ conversion: Unicode.Scalar, at offset: Int, flags: Flags,
                                  width: Int, precision: Int?) throws {
        switch conversion {
        case "s", "r", "a":
            var text: String
            switch conversion {
            case "s": text = try interpreter.str(argument)
            case "r": text = try interpreter.repr(argument)
            default: text = Formatting.asciiOnly(try interpreter.repr(argument))
            }
            if let precision, text.utf8.count > precision, text.unicodeScalars.count > precision {
                text = String(String.UnicodeScalarView(text.unicodeScalars.prefix(precision)))
            }
            pad(text, flags: flags, width: width)
        case "c":
            pad(String(try character(argument)), flags: flags, width: width)
        case "d", "i", "u", "x", "X", "o":
            // Plain `%d` of a small int: its digits straight into the output.
            if case .int(let small) = argument, conversion != "x" && conversion != "X" && conversion != "o",
               precision == nil && width == 0 && flags.isEmpty {
                appendDecimal(small)
                return
            }
            let (sign, prefix, digits) = try integerParts(argument, conversion, flags: flags, precision: precision)
            padNumber(sign: sign, prefix: prefix, body: digits, flags: flags, width: width)
        case "e", "E", "f", "F", "g", "G":
            let value = try floatValue(argument)
            var body: String
            var negative = false
            if (conversion == "f" || conversion == "F") && !flags.contains(.alternate) && value.isFinite,
               let fixed = Formatting.fixed(Swift.abs(value), precision: precision ?? 6) {
                // `%.2f` of a finite float: its digits directly, without parsing a format spec.
                body = fixed
                negative = value.sign == .minus
            } else {
                var spec = flags.contains(.alternate) ? "#" : ""
                spec += ".\(precision ?? 6)" + String(Character(conversion))
                body = try FormatSpec.formatFloat(value, spec)
            }
            var sign = ""
            if negative {
                sign = "-"
            } else if body.hasPrefix("-") {
                sign = "-"
                body.removeFirst()
            } else if flags.contains(.plus) {
                sign = "+"
            } else if flags.contains(.space) {
                sign = " "
            }
            padNumber(sign: sign, prefix: "", body: body, flags: flags, width: width)
        default:
            let shown = (31...126).contains(conversion.value) ? String(Character(conversion)) : "?"
            throw PyException(BuiltinTypes.valueError,
                              "unsupported format character '\(shown)' (0x\(String(conversion.value, radix: 16))) at index \(codePointIndex(ofByte: offset))")
        }
    }

    /// `%c`: a one-character str, or a code point given as an int (or an object with `__index__`).
    private func character(_ argument: Value) throws -> Character {
        let wrongType = PyException(BuiltinTypes.typeError, "%c requires int or char")
        if case .object(let o) = argument, let text = o as? PyStr {
            guard text.value.unicodeScalars.count == 1, let scalar = text.value.unicodeScalars.first else { throw wrongType }
            return Character(scalar)
        }
        let code: Int?
        do { code = try interpreter.indexValue(argument) } catch let error as PyException where error.isInstance(of: BuiltinTypes.typeError) {
            throw wrongType
        }
        guard let code else { throw wrongType }
        guard (0...0x10FFFF).contains(code) else { throw PyException(BuiltinTypes.overflowError, "%c arg not in range(0x110000)") }
        guard let scalar = Unicode.Scalar(UInt32(code)) else {
            throw PyException(BuiltinTypes.valueError, "%c arg is a surrogate code point, which Tessera's strings cannot hold")
        }
        return Character(scalar)
    }

    /// Sign, radix prefix and digits (zero-extended to the precision) of an integer conversion.
    private func integerParts(_ argument: Value, _ conversion: Unicode.Scalar, flags: Flags,
                              precision: Int?) throws -> (String, String, String) {
        let decimal = conversion == "d" || conversion == "i" || conversion == "u"
        let radix = decimal ? 10 : conversion == "o" ? 8 : 16
        // A small int (the usual `%d`): its digits directly, no big-integer conversion.
        let small: Int?
        switch argument {
        case .int(let i): small = i
        case .bool(let b): small = b ? 1 : 0
        default: small = nil
        }
        if let small {
            var digits = String(small.magnitude, radix: radix, uppercase: conversion == "X")
            if let precision, digits.utf8.count < precision {
                digits = String(repeating: "0", count: precision - digits.utf8.count) + digits
            }
            return (small < 0 ? "-" : flags.contains(.plus) ? "+" : flags.contains(.space) ? " " : "",
                    radixPrefix(conversion, flags: flags, decimal: decimal), digits)
        }
        // Built only when the argument is rejected.
        var wrongType: PyException {
            PyException(BuiltinTypes.typeError, decimal
                ? "%\(conversion) format: a real number is required, not \(argument.typeName)"
                : "%\(conversion) format: an integer is required, not \(argument.typeName)")
        }
        let value: BigInteger
        do {
            if decimal {
                guard isNumber(argument), let integer = try interpreter.toInt(argument).bigIntegerValue else { throw wrongType }
                value = integer
            } else if let big = argument.asBigInt {
                value = big.value
            } else {
                guard let integer = try interpreter.indexValue(argument) else { throw wrongType }
                value = BigInteger(integer)
            }
        } catch let error as PyException where error.isInstance(of: BuiltinTypes.typeError) {
            throw wrongType
        }
        var digits = radix == 10 ? try interpreter.decimalString(value.magnitude) : value.magnitudeDigits(radix: radix)
        if conversion == "X" { digits = digits.uppercased() }
        if let precision, digits.count < precision {
            digits = String(repeating: "0", count: precision - digits.count) + digits
        }
        let sign = value.negative ? "-" : flags.contains(.plus) ? "+" : flags.contains(.space) ? " " : ""
        return (sign, radixPrefix(conversion, flags: flags, decimal: decimal), digits)
    }

    /// `0o`, `0x` or `0X` with the `#` flag.
    private func radixPrefix(_ conversion: Unicode.Scalar, flags: Flags, decimal: Bool) -> String {
        guard flags.contains(.alternate) && !decimal else { return "" }
        return conversion == "o" ? "0o" : conversion == "X" ? "0X" : "0x"
    }

    /// What CPython's `PyNumber_Check` accepts: numbers and objects with `__index__`, `__int__`
    /// or `__float__` (not str, which `int()` would parse).
    private func isNumber(_ value: Value) -> Bool {
        switch value {
        case .int, .bool, .float: return true
        case .object(let o):
            return ["__index__", "__int__", "__float__"].contains { o.type.lookup($0) != nil }
        default: return false
        }
    }

    /// `PyFloat_AsDouble`: floats, ints, and objects with `__float__` or `__index__`.
    private func floatValue(_ argument: Value) throws -> Double {
        if let value = Arithmetic.doubleValue(argument) { return value }
        let wrongType = PyException(BuiltinTypes.typeError, "must be real number, not \(argument.typeName)")
        guard case .object(let o) = argument, !(o is PyStr),
              o.type.lookup("__float__") != nil || o.type.lookup("__index__") != nil else { throw wrongType }
        return try interpreter.toFloat(argument)
    }

    // MARK: Padding

    private mutating func pad(_ text: String, flags: Flags, width: Int) {
        let fill = width > 0 ? width - Self.codePointCount(text) : 0
        if fill > 0 && !flags.contains(.leftAlign) { appendRepeated(" ", fill) }
        output.append(contentsOf: text.utf8)
        if fill > 0 && flags.contains(.leftAlign) { appendRepeated(" ", fill) }
    }

    /// The number of code points of `text`: the UTF-8 bytes that start one.
    private static func codePointCount(_ text: String) -> Int {
        var count = 0
        for byte in text.utf8 where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// The code-point position of a byte offset into the template (for error messages).
    private func codePointIndex(ofByte offset: Int) -> Int {
        var count = 0
        for byte in template[..<offset] where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// `String(value)` written into the output without an intermediate string.
    private mutating func appendDecimal(_ value: Int) {
        let length = Formatting.decimalLength(value)
        let start = output.count
        output.append(contentsOf: repeatElement(0, count: length))
        output.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            _ = Formatting.writeDecimal(value, to: base + start)
        }
    }

    /// Numbers pad with spaces before the sign, or with zeros between the sign (and radix
    /// prefix) and the digits under the `0` flag; `-` (left alignment) wins over `0`.
    private mutating func padNumber(sign: String, prefix: String, body: String, flags: Flags, width: Int) {
        // Signs, prefixes and digits are ASCII: bytes are characters.
        let fill = width - (sign.utf8.count + prefix.utf8.count + body.utf8.count)
        if fill > 0 && flags.contains(.leftAlign) {
            output.append(contentsOf: sign.utf8)
            output.append(contentsOf: prefix.utf8)
            output.append(contentsOf: body.utf8)
            appendRepeated(" ", fill)
        } else if fill > 0 && flags.contains(.zero) {
            output.append(contentsOf: sign.utf8)
            output.append(contentsOf: prefix.utf8)
            appendRepeated("0", fill)
            output.append(contentsOf: body.utf8)
        } else {
            if fill > 0 { appendRepeated(" ", fill) }
            output.append(contentsOf: sign.utf8)
            output.append(contentsOf: prefix.utf8)
            output.append(contentsOf: body.utf8)
        }
    }

    private mutating func appendRepeated(_ character: Unicode.Scalar, _ count: Int) {
        output.append(contentsOf: repeatElement(UInt8(truncatingIfNeeded: character.value), count: count))
    }
}

/// The flag characters between `%` and the width.
private struct Flags: OptionSet {
    let rawValue: UInt8
    static let leftAlign = Flags(rawValue: 1)
    static let plus = Flags(rawValue: 2)
    static let space = Flags(rawValue: 4)
    static let alternate = Flags(rawValue: 8)
    static let zero = Flags(rawValue: 16)

    static func flag(_ byte: UInt8) -> Flags? {
        switch byte {
        case UInt8(ascii: "-"): return .leftAlign
        case UInt8(ascii: "+"): return .plus
        case UInt8(ascii: " "): return .space
        case UInt8(ascii: "#"): return .alternate
        case UInt8(ascii: "0"): return .zero
        default: return nil
        }
    }
}
