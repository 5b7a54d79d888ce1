/// `"..." % args`: printf-style formatting of str, with CPython's rules (Objects/unicodeobject.c,
/// `PyUnicode_Format`): a tuple (or tuple subclass) supplies the arguments in order, any other
/// object is the one argument, and an object with `__getitem__` (other than a tuple or str) is
/// also the mapping that `%(key)s` reads; keys may hold balanced parentheses.
extension Interpreter {
    func percentFormat(_ template: String, _ arguments: Value) throws -> String {
        var formatter = PercentFormatter(template: Array(template.unicodeScalars), arguments: arguments, interpreter: self)
        return try formatter.format()
    }
}

/// One pass over a `%` template, as CPython's formatter walks it.
private struct PercentFormatter {
    let template: [Unicode.Scalar]
    let arguments: Value
    let interpreter: Interpreter
    /// The arguments when they are a tuple; nil when `arguments` is the single argument.
    let tupleItems: [Value]?
    let mapping: Value?
    var nextIndex = 0
    var singleArgumentUsed = false
    var position = 0
    var output = String.UnicodeScalarView()

    /// Widths and precisions past this cannot be allocated sensibly: MemoryError, as CPython
    /// raises when the padded result cannot be allocated.
    static let largestWidth = Int(Int32.max)

    init(template: [Unicode.Scalar], arguments: Value, interpreter: Interpreter) {
        self.template = template
        self.arguments = arguments
        self.interpreter = interpreter
        if case .object(let o) = arguments, let tuple = o as? PyTuple {
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
    }

    mutating func format() throws -> String {
        while position < template.count {
            let scalar = template[position]
            position += 1
            if scalar == "%" { try formatSpecifier() } else { output.append(scalar) }
        }
        let unused = tupleItems.map { nextIndex < $0.count } ?? !singleArgumentUsed
        if unused && mapping == nil {
            throw PyException(BuiltinTypes.typeError, "not all arguments converted during string formatting")
        }
        return String(output)
    }

    // MARK: Parsing one `%[(key)][flags][width][.precision][length]conversion`

    private var current: Unicode.Scalar? { position < template.count ? template[position] : nil }

    private mutating func formatSpecifier() throws {
        if current == "%" {
            position += 1
            output.append("%")
            return
        }
        let key = try parseKey()
        var flags = Flags()
        while let scalar = current, let flag = Flags.flag(scalar) {
            flags.insert(flag)
            position += 1
        }
        var width = 0
        if current == "*" {
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
        if current == "." {
            position += 1
            if current == "*" {
                position += 1
                precision = max(0, try starArgument())
            } else {
                precision = try parseNumber(tooBig: "precision too big")
            }
        }
        while let scalar = current, scalar == "h" || scalar == "l" || scalar == "L" { position += 1 }
        guard let conversion = current else { throw PyException(BuiltinTypes.valueError, "incomplete format") }
        position += 1
        guard width <= Self.largestWidth, (precision ?? 0) <= Self.largestWidth else {
            throw PyException(BuiltinTypes.memoryError, "")
        }
        let argument = try key.map { try interpreter.getItem(mapping ?? .none, .str($0)) } ?? nextArgument()
        if key != nil { singleArgumentUsed = true }
        try convert(argument, conversion, flags: flags, width: width, precision: precision)
    }

    /// `(key)`: the text up to the parenthesis that balances the opening one.
    private mutating func parseKey() throws -> String? {
        guard current == "(" else { return nil }
        guard mapping != nil else { throw PyException(BuiltinTypes.typeError, "format requires a mapping") }
        position += 1
        let start = position
        var depth = 1
        while position < template.count {
            if template[position] == "(" { depth += 1 }
            if template[position] == ")" {
                depth -= 1
                if depth == 0 { break }
            }
            position += 1
        }
        guard depth == 0 else { throw PyException(BuiltinTypes.valueError, "incomplete format key") }
        var key = String.UnicodeScalarView()
        key.append(contentsOf: template[start..<position])
        position += 1
        return String(key)
    }

    private mutating func parseNumber(tooBig message: String) throws -> Int {
        var value = 0
        while let scalar = current, ("0"..."9").contains(scalar) {
            let digit = Int(scalar.value) - 48
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

    private mutating func convert(_ argument: Value, _ conversion: Unicode.Scalar, flags: Flags, width: Int, precision: Int?) throws {
        switch conversion {
        case "s", "r", "a":
            var text: String
            switch conversion {
            case "s": text = try interpreter.str(argument)
            case "r": text = try interpreter.repr(argument)
            default: text = Formatting.asciiOnly(try interpreter.repr(argument))
            }
            if let precision, text.unicodeScalars.count > precision {
                text = String(String.UnicodeScalarView(text.unicodeScalars.prefix(precision)))
            }
            pad(text, flags: flags, width: width)
        case "c":
            pad(String(try character(argument)), flags: flags, width: width)
        case "d", "i", "u", "x", "X", "o":
            let (sign, prefix, digits) = try integerParts(argument, conversion, flags: flags, precision: precision)
            padNumber(sign: sign, prefix: prefix, body: digits, flags: flags, width: width)
        case "e", "E", "f", "F", "g", "G":
            let value = try floatValue(argument)
            var body: String
            if (conversion == "f" || conversion == "F") && !flags.contains(.alternate) && value.isFinite,
               let fixed = Formatting.fixed(Swift.abs(value), precision: precision ?? 6) {
                // `%.2f` of a finite float: its digits directly, without parsing a format spec.
                body = value.sign == .minus ? "-" + fixed : fixed
            } else {
                var spec = flags.contains(.alternate) ? "#" : ""
                spec += ".\(precision ?? 6)" + String(Character(conversion))
                body = try FormatSpec.formatFloat(value, spec)
            }
            var sign = ""
            if body.hasPrefix("-") {
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
                              "unsupported format character '\(shown)' (0x\(String(conversion.value, radix: 16))) at index \(position - 1)")
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
        let wrongType = PyException(BuiltinTypes.typeError, "must be real number, not \(argument.typeName)")
        if let value = Arithmetic.doubleValue(argument) { return value }
        guard case .object(let o) = argument, !(o is PyStr),
              o.type.lookup("__float__") != nil || o.type.lookup("__index__") != nil else { throw wrongType }
        return try interpreter.toFloat(argument)
    }

    // MARK: Padding

    private mutating func pad(_ text: String, flags: Flags, width: Int) {
        let fill = width - text.unicodeScalars.count
        if fill > 0 && !flags.contains(.leftAlign) { appendRepeated(" ", fill) }
        output.append(contentsOf: text.unicodeScalars)
        if fill > 0 && flags.contains(.leftAlign) { appendRepeated(" ", fill) }
    }

    /// Numbers pad with spaces before the sign, or with zeros between the sign (and radix
    /// prefix) and the digits under the `0` flag; `-` (left alignment) wins over `0`.
    private mutating func padNumber(sign: String, prefix: String, body: String, flags: Flags, width: Int) {
        let fill = width - (sign.unicodeScalars.count + prefix.unicodeScalars.count + body.unicodeScalars.count)
        if fill > 0 && flags.contains(.leftAlign) {
            output.append(contentsOf: (sign + prefix + body).unicodeScalars)
            appendRepeated(" ", fill)
        } else if fill > 0 && flags.contains(.zero) {
            output.append(contentsOf: (sign + prefix).unicodeScalars)
            appendRepeated("0", fill)
            output.append(contentsOf: body.unicodeScalars)
        } else {
            if fill > 0 { appendRepeated(" ", fill) }
            output.append(contentsOf: (sign + prefix + body).unicodeScalars)
        }
    }

    private mutating func appendRepeated(_ scalar: Unicode.Scalar, _ count: Int) {
        output.append(contentsOf: repeatElement(scalar, count: count))
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

    static func flag(_ scalar: Unicode.Scalar) -> Flags? {
        switch scalar {
        case "-": return .leftAlign
        case "+": return .plus
        case " ": return .space
        case "#": return .alternate
        case "0": return .zero
        default: return nil
        }
    }
}
