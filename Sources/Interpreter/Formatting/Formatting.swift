#if canImport(Glibc)
import Glibc
#endif

/// Text forms of built-in values exactly as CPython writes them.
public enum Formatting {
    /// `repr(float)`: the shortest string that round-trips, in fixed notation when the decimal
    /// exponent is in (-4, 16], else scientific (`1e-05`, `1e+16`).
    public static func floatRepr(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        if value == 0 { return value.sign == .minus ? "-0.0" : "0.0" }
        let (digits, exponent) = shortestDigits(abs(value))
        let sign = value < 0 ? "-" : ""
        let decimalPoint = exponent
        if decimalPoint > -4 && decimalPoint <= 16 {
            if decimalPoint <= 0 {
                return sign + "0." + String(repeating: "0", count: -decimalPoint) + digits
            }
            if decimalPoint >= digits.count {
                return sign + digits + String(repeating: "0", count: decimalPoint - digits.count) + ".0"
            }
            let index = digits.index(digits.startIndex, offsetBy: decimalPoint)
            return sign + digits[..<index] + "." + digits[index...]
        }
        var mantissa = String(digits.prefix(1))
        if digits.count > 1 { mantissa += "." + digits.dropFirst() }
        let e = decimalPoint - 1
        let exponentText = (e < 0 ? "-" : "+") + (abs(e) < 10 ? "0" : "") + String(abs(e))
        return sign + mantissa + "e" + exponentText
    }

    /// The shortest round-trip decimal digits of a positive finite double and the position of
    /// the decimal point (value = 0.DIGITS × 10^point), taken from Swift's own shortest
    /// formatting.
    static func shortestDigits(_ value: Double) -> (String, Int) {
        let text = value.description
        var mantissa = Substring(text)
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exponent = Int(text[text.index(after: e)...]) ?? 0
        }
        var integerPart = mantissa
        var fraction: Substring = ""
        if let dot = mantissa.firstIndex(of: ".") {
            integerPart = mantissa[..<dot]
            fraction = mantissa[mantissa.index(after: dot)...]
        }
        var all = Array(integerPart + fraction)
        var point = integerPart.count + exponent
        while all.first == "0" {
            all.removeFirst()
            point -= 1
        }
        while all.last == "0" { all.removeLast() }
        if all.isEmpty { return ("0", 1) }
        return (String(all), point)
    }

    /// `repr(str)`: single quotes unless the text has a single quote and no double quote.
    public static func quoteString(_ value: String) -> String {
        // By code point: a quote followed by a combining mark is still a quote.
        let useDouble = value.utf8.contains(UInt8(ascii: "'")) && !value.utf8.contains(UInt8(ascii: "\""))
        let quote: Character = useDouble ? "\"" : "'"
        var out = String(quote)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "'" where !useDouble: out += "\\'"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\x" + hex(scalar.value, width: 2)
                } else if scalar.value >= 0x80 && !isPrintable(scalar) {
                    if scalar.value <= 0xFF { out += "\\x" + hex(scalar.value, width: 2) }
                    else if scalar.value <= 0xFFFF { out += "\\u" + hex(scalar.value, width: 4) }
                    else { out += "\\U" + hex(scalar.value, width: 8) }
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out.append(quote)
        return out
    }

    /// Python's str.isprintable for one code point (approximated with Unicode categories).
    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator: return false
        case .spaceSeparator: return scalar == " "
        default: return true
        }
    }

    static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// `ascii()`: escapes every non-ASCII code point of a repr.
    public static func asciiOnly(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 { out.unicodeScalars.append(scalar) }
            else if scalar.value <= 0xFF { out += "\\x" + hex(scalar.value, width: 2) }
            else if scalar.value <= 0xFFFF { out += "\\u" + hex(scalar.value, width: 4) }
            else { out += "\\U" + hex(scalar.value, width: 8) }
        }
        return out
    }

    /// Python orders strings by code point.
    public static func codePointLess(_ a: String, _ b: String) -> Bool {
        PyStr.compare(a, b) < 0
    }

    /// C's printf for one double (`%.*f`, `%.*e`, `%.*g`): correctly rounded by glibc.
    public static func printf(_ value: Double, precision: Int, conversion: Character, alternate: Bool = false) -> String {
        let format = "%" + (alternate ? "#" : "") + ".*" + String(conversion)
        var buffer = [CChar](filledWith: 0, count: 512)
        let precisionValue = Int32(clamping: min(precision, 400))
        let written = withVaList([precisionValue, value]) { args in
            vsnprintf(&buffer, buffer.count, format, args)
        }
        if written >= buffer.count {
            buffer = [CChar](filledWith: 0, count: Int(written) + 1)
            _ = withVaList([precisionValue, value]) { args in vsnprintf(&buffer, buffer.count, format, args) }
        }
        return String(cString: buffer)
    }
}

extension Formatting {
    /// The number of characters of `String(value)`.
    @inline(__always)
    static func decimalLength(_ value: Int) -> Int {
        var magnitude = value.magnitude
        var length = value < 0 ? 2 : 1
        while magnitude >= 10 {
            magnitude /= 10
            length += 1
        }
        return length
    }

    /// Writes `String(value)` as ASCII at `destination`; returns the number of bytes.
    @inline(__always)
    static func writeDecimal(_ value: Int, to destination: UnsafeMutablePointer<UInt8>) -> Int {
        let length = decimalLength(value)
        var magnitude = value.magnitude
        var position = length
        repeat {
            position -= 1
            destination[position] = 48 + UInt8(truncatingIfNeeded: magnitude % 10)
            magnitude /= 10
        } while magnitude > 0
        if value < 0 { destination[0] = 45 }
        return length
    }

    static let powersOfFive: [UInt64] = (0...27).map { n in (0..<n).reduce(UInt64(1)) { product, _ in product * 5 } }

    /// `%.{precision}f` of a non-negative finite double, correctly rounded (half to even on the
    /// exact binary value, as glibc and CPython do), without going through printf; nil when the
    /// scaled value does not fit in 64 bits (the caller falls back to printf).
    public static func fixed(_ magnitude: Double, precision: Int) -> String? {
        guard precision >= 0 && precision <= 19, magnitude.isFinite, magnitude >= 0,
              magnitude * Double(powersOfFive[precision]) * Double(1 << precision) < 9.0e18 else { return nil }
        let bits = magnitude.bitPattern
        let exponentBits = Int((bits >> 52) & 0x7FF)
        var mantissa = bits & ((1 << 52) - 1)
        let exponent: Int
        if exponentBits == 0 {
            exponent = -1074
        } else {
            mantissa |= 1 << 52
            exponent = exponentBits - 1075
        }
        // value * 10^p = mantissa * 5^p * 2^(exponent + p)
        let (high, low) = mantissa.multipliedFullWidth(by: powersOfFive[precision])
        let shift = -(exponent + precision)
        var scaled: UInt64
        if shift <= 0 {
            // An integer already: shift left (it fits, given the bound checked above).
            guard high == 0, -shift < 64, low <= UInt64.max >> UInt64(-shift) else { return nil }
            scaled = low << UInt64(-shift)
        } else if shift >= 128 {
            scaled = 0
        } else {
            // Divide by 2^shift, rounding half to even.
            let quotient: (high: UInt64, low: UInt64)
            let remainder: (high: UInt64, low: UInt64)
            let half: (high: UInt64, low: UInt64)
            if shift >= 64 {
                quotient = (0, high >> UInt64(shift - 64))
                remainder = (shift == 64 ? 0 : high & ((1 << UInt64(shift - 64)) - 1), low)
                half = shift == 64 ? (0, 1 << 63) : (1 << UInt64(shift - 65), 0)
            } else {
                quotient = (high >> UInt64(shift), (low >> UInt64(shift)) | (high << UInt64(64 - shift)))
                remainder = (0, low & ((1 << UInt64(shift)) - 1))
                half = (0, 1 << UInt64(shift - 1))
            }
            guard quotient.high == 0 else { return nil }
            scaled = quotient.low
            if remainder.high > half.high || (remainder.high == half.high && remainder.low > half.low) {
                scaled += 1
            } else if remainder == half && scaled & 1 == 1 {
                scaled += 1
            }
        }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 48) { buffer -> String in
            var position = 48
            var rest = scaled
            for _ in 0..<precision {
                position -= 1
                buffer[position] = 48 + UInt8(truncatingIfNeeded: rest % 10)
                rest /= 10
            }
            if precision > 0 {
                position -= 1
                buffer[position] = 46
            }
            repeat {
                position -= 1
                buffer[position] = 48 + UInt8(truncatingIfNeeded: rest % 10)
                rest /= 10
            } while rest > 0
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[position..<48]), as: UTF8.self)
        }
    }

    /// `repr(bytes)`: `b'...'` with escapes for non-printable bytes.
    public static func bytesRepr(_ bytes: [UInt8]) -> String {
        let useDouble = bytes.contains(UInt8(ascii: "'")) && !bytes.contains(UInt8(ascii: "\""))
        var out = useDouble ? "b\"" : "b'"
        for b in bytes {
            switch b {
            case UInt8(ascii: "\\"): out += "\\\\"
            case UInt8(ascii: "\n"): out += "\\n"
            case UInt8(ascii: "\r"): out += "\\r"
            case UInt8(ascii: "\t"): out += "\\t"
            case UInt8(ascii: "'") where !useDouble: out += "\\'"
            case 0x20..<0x7F: out.append(Character(Unicode.Scalar(b)))
            default: out += "\\x" + hex(UInt32(b), width: 2)
            }
        }
        return out + (useDouble ? "\"" : "'")
    }
}
