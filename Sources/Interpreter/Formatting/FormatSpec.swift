/// Python's format-specification mini-language: `[[fill]align][sign][#][0][width][,_][.precision][type]`.
public struct FormatSpec {
    public var fill: Character = " "
    public var align: Character?
    public var sign: Character = "-"
    public var alternate = false
    public var zeroPad = false
    public var width: Int?
    public var grouping: Character?
    public var precision: Int?
    public var type: Character?

    public init(_ spec: String) throws {
        let chars = Array(spec)
        var i = 0
        func isAlign(_ c: Character) -> Bool { c == "<" || c == ">" || c == "^" || c == "=" }
        if chars.count >= 2 && isAlign(chars[1]) {
            fill = chars[0]
            align = chars[1]
            i = 2
        } else if !chars.isEmpty && isAlign(chars[0]) {
            align = chars[0]
            i = 1
        }
        if i < chars.count && (chars[i] == "+" || chars[i] == "-" || chars[i] == " ") {
            sign = chars[i]
            i += 1
        }
        if i < chars.count && chars[i] == "#" {
            alternate = true
            i += 1
        }
        if i < chars.count && chars[i] == "0" {
            zeroPad = true
            i += 1
        }
        var digits = ""
        while i < chars.count && chars[i].isASCII && chars[i].isNumber {
            digits.append(chars[i])
            i += 1
        }
        if !digits.isEmpty {
            guard let w = Int(digits) else { throw PyException(BuiltinTypes.valueError, "Too many decimal digits in format string") }
            // The result is at least `width` characters: one that cannot be allocated is a
            // MemoryError now, as CPython's, rather than an abort when padding.
            try Allocation.check(count: w, elementSize: String(fill).utf8.count)
            width = w
        }
        if i < chars.count && (chars[i] == "," || chars[i] == "_") {
            grouping = chars[i]
            i += 1
        }
        if i < chars.count && chars[i] == "." {
            i += 1
            var precisionDigits = ""
            while i < chars.count && chars[i].isASCII && chars[i].isNumber {
                precisionDigits.append(chars[i])
                i += 1
            }
            if !precisionDigits.isEmpty && Int(precisionDigits) == nil {
                throw PyException(BuiltinTypes.valueError, "Too many decimal digits in format string")
            }
            guard let p = Int(precisionDigits) else {
                throw PyException(BuiltinTypes.valueError, "Format specifier missing precision")
            }
            precision = p
        }
        if i < chars.count {
            type = chars[i]
            i += 1
        }
        if i < chars.count {
            throw PyException(BuiltinTypes.valueError, "Invalid format specifier")
        }
    }

    /// Pads `body` (with its sign prefix kept separate for `=` alignment) to the width.
    func pad(_ body: String, prefix: String = "", defaultAlign: Character) -> String {
        if width == nil { return prefix.isEmpty ? body : prefix + body }
        let alignment = align ?? (zeroPad ? "=" : defaultAlign)
        let fillChar = (zeroPad && align == nil) ? "0" : fill
        // Widths count code points, as in Python (not grapheme clusters).
        let length = prefix.unicodeScalars.count + body.unicodeScalars.count
        guard let width, width > length else { return prefix + body }
        let padding = width - length
        switch alignment {
        case "<": return prefix + body + String(repeating: fillChar, count: padding)
        case "^":
            let left = padding / 2
            return String(repeating: fillChar, count: left) + prefix + body + String(repeating: fillChar, count: padding - left)
        case "=": return prefix + String(repeating: fillChar, count: padding) + body
        default: return String(repeating: fillChar, count: padding) + prefix + body
        }
    }

    func signPrefix(negative: Bool) -> String {
        if negative { return "-" }
        switch sign {
        case "+": return "+"
        case " ": return " "
        default: return ""
        }
    }

    /// Inserts `,` or `_` every `group` digits of the integer part.
    static func group(_ digits: String, separator: Character, every group: Int = 3) -> String {
        var out: [Character] = []
        for (i, c) in digits.reversed().enumerated() {
            if i > 0 && i % group == 0 { out.append(separator) }
            out.append(c)
        }
        return String(out.reversed())
    }

    public static func formatInt(_ value: Int, _ specText: String) throws -> String {
        try formatInt(value, try FormatSpec(specText))
    }

    public static func formatInt(_ value: Int, _ spec: FormatSpec) throws -> String {
        try formatInteger(negative: value < 0, spec, asDouble: { Double(value) }, character: { value },
                          digits: { String(value.magnitude, radix: $0) })
    }

    /// An int of any size: `digits` gives its magnitude in a radix (2, 8, 10 or 16, lowercase),
    /// `asDouble` its float value for the float types, `character` its value for `c` (nil when
    /// it does not fit in 64 bits).
    static func formatInteger(negative: Bool, _ spec: FormatSpec, asDouble: () throws -> Double, character: () -> Int?,
                              digits magnitudeDigits: (Int) throws -> String) throws -> String {
        switch spec.type {
        case "e", "E", "f", "F", "g", "G", "%":
            return try formatFloat(try asDouble(), spec)
        case "c":
            guard let value = character(), let scalar = Unicode.Scalar(UInt32(clamping: max(0, value))) else {
                throw PyException(BuiltinTypes.overflowError, "%c arg not in range(0x110000)")
            }
            return spec.pad(String(Character(scalar)), defaultAlign: "<")
        case "s":
            throw PyException(BuiltinTypes.valueError, "Unknown format code 's' for object of type 'int'")
        default:
            break
        }
        if spec.precision != nil {
            throw PyException(BuiltinTypes.valueError, "Precision not allowed in integer format specifier")
        }
        var digits: String
        var base = ""
        switch spec.type {
        case "b": digits = try magnitudeDigits(2); base = "0b"
        case "o": digits = try magnitudeDigits(8); base = "0o"
        case "x": digits = try magnitudeDigits(16); base = "0x"
        case "X": digits = try magnitudeDigits(16).uppercased(); base = "0X"
        case nil, "d", "n": digits = try magnitudeDigits(10)
        case let other?:
            throw PyException(BuiltinTypes.valueError, "Unknown format code '\(other)' for object of type 'int'")
        }
        let prefix = spec.signPrefix(negative: negative) + (spec.alternate ? base : "")
        if let separator = spec.grouping {
            let every = (spec.type == "b" || spec.type == "o" || spec.type == "x" || spec.type == "X") ? 4 : 3
            if spec.zeroPad && spec.align == nil, let width = spec.width {
                while digits.count + (digits.count - 1) / every + prefix.count < width { digits = "0" + digits }
            }
            digits = group(digits, separator: separator, every: every)
        }
        return spec.pad(digits, prefix: prefix, defaultAlign: ">")
    }

    public static func formatFloat(_ value: Double, _ specText: String) throws -> String {
        try formatFloat(value, try FormatSpec(specText))
    }

    public static func formatFloat(_ value: Double, _ spec: FormatSpec) throws -> String {
        var type = spec.type
        if let t = type {
            switch t {
            case "e", "E", "f", "F", "g", "G", "n", "%": break
            default: throw PyException(BuiltinTypes.valueError, "Unknown format code '\(t)' for object of type 'float'")
            }
        }
        if type == "n" { type = "g" }
        let negative = value.sign == .minus && !value.isNaN
        let magnitude = abs(value)
        var body: String
        if magnitude.isNaN || magnitude.isInfinite {
            body = magnitude.isNaN ? "nan" : "inf"
            if type == "E" || type == "F" || type == "G" { body = body.uppercased() }
            if type == "%" { body += "%" }
        } else {
            switch type {
            case nil:
                if let precision = spec.precision {
                    body = Formatting.printf(magnitude, precision: max(precision, 1), conversion: "g", alternate: spec.alternate)
                    if !body.contains(".") && !body.contains("e") && !body.contains("inf") && !body.contains("nan") { body += ".0" }
                } else {
                    body = Formatting.floatRepr(magnitude)
                }
            case "%":
                body = Formatting.printf(magnitude * 100, precision: spec.precision ?? 6, conversion: "f", alternate: spec.alternate) + "%"
            case let conversion? where (conversion == "f" || conversion == "F") && !spec.alternate:
                let precision = spec.precision ?? 6
                body = Formatting.fixed(magnitude, precision: precision)
                    ?? Formatting.printf(magnitude, precision: precision, conversion: "f")
            case let conversion? where conversion == "g" || conversion == "G":
                let precision = spec.precision ?? 6
                body = Formatting.printf(magnitude, precision: precision == 0 ? 1 : precision, conversion: conversion, alternate: spec.alternate)
            case let conversion?:
                body = Formatting.printf(magnitude, precision: spec.precision ?? 6, conversion: conversion, alternate: spec.alternate)
            }
        }
        let prefix = spec.signPrefix(negative: negative)
        if let separator = spec.grouping, magnitude.isFinite {
            let integerEnd = body.firstIndex(where: { !$0.isNumber }) ?? body.endIndex
            var integerPart = String(body[..<integerEnd])
            let rest = String(body[integerEnd...])
            if spec.zeroPad && spec.align == nil, let width = spec.width {
                while integerPart.count + (integerPart.count - 1) / 3 + rest.count + prefix.count < width { integerPart = "0" + integerPart }
            }
            body = group(integerPart, separator: separator) + rest
        }
        return spec.pad(body, prefix: prefix, defaultAlign: ">")
    }

    public static func formatString(_ value: String, _ specText: String) throws -> String {
        let spec = try FormatSpec(specText)
        if let t = spec.type, t != "s" {
            throw PyException(BuiltinTypes.valueError, "Unknown format code '\(t)' for object of type 'str'")
        }
        if spec.sign != "-" { throw PyException(BuiltinTypes.valueError, "Sign not allowed in string format specifier") }
        if spec.align == "=" { throw PyException(BuiltinTypes.valueError, "'=' alignment not allowed in string format specifier") }
        var text = value
        if let precision = spec.precision { text = String(text.unicodeScalars.prefix(precision).map(Character.init)) }
        return spec.pad(text, defaultAlign: "<")
    }
}
