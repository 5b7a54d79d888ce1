#if canImport(Glibc)
import Glibc
#endif

/// Python's float formatting, which the printed forms of tensors and arrays are built from.
/// C's printf rounds exactly like Python's `format` (both are correctly rounded), so `%.4f` and
/// `%.4e` are used directly; only NaN/inf spelling and `repr`'s shortest-digits rule need care.
enum PythonFloatFormat {
    /// `'{:.Nf}'.format(x)`.
    static func fixed(_ x: Double, precision: Int) -> String {
        if let special = nonFinite(x) { return special }
        return printf("%.\(precision)f", x)
    }

    /// `'{:.Ne}'.format(x)`.
    static func scientific(_ x: Double, precision: Int) -> String {
        if let special = nonFinite(x) { return special }
        return printf("%.\(precision)e", x)
    }

    /// Python spells non-finite values "nan", "inf", "-inf" (never "-nan").
    static func nonFinite(_ x: Double) -> String? {
        if x.isNaN { return "nan" }
        if x.isInfinite { return x < 0 ? "-inf" : "inf" }
        return nil
    }

    static func printf(_ format: String, _ x: Double) -> String {
        var buffer = [CChar](repeating: 0, count: 512)
        let written = withVaList([x]) { args in
            buffer.withUnsafeMutableBufferPointer { vsnprintf($0.baseAddress, 512, format, args) }
        }
        if written <= 0 { return "" }
        let bytes = buffer.prefix(Swift.min(Int(written), 511)).map { UInt8(bitPattern: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The shortest decimal digits that round-trip `x` (non-zero, finite), with the decimal
    /// exponent such that x = 0.d1d2d3... * 10^exponent.
    /// With `float32`, the digits are the shortest that identify the value among floats.
    static func shortestDigits(_ x: Double, float32: Bool = false) -> (negative: Bool, digits: [UInt8], exponent: Int) {
        // Swift's description prints the shortest round-tripping digits.
        let text = float32 ? Swift.abs(Float(x)).description : Swift.abs(x).description
        var mantissa = Substring(text)
        var exp10 = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exp10 = Int(text[text.index(after: e)...]) ?? 0
        }
        var digits: [UInt8] = []
        var pointPosition: Int? = nil
        for ch in mantissa {
            if ch == "." { pointPosition = digits.count; continue }
            if let v = ch.asciiValue, v >= 48, v <= 57 { digits.append(v - 48) }
        }
        var decimalExponent = (pointPosition ?? digits.count) + exp10
        while let first = digits.first, first == 0, digits.count > 1 {
            digits.removeFirst()
            decimalExponent -= 1
        }
        while let last = digits.last, last == 0, digits.count > 1 { digits.removeLast() }
        return (x < 0 || (x == 0 && x.sign == .minus), digits, decimalExponent)
    }

    /// Python's `repr(x)`: shortest round-trip digits, fixed notation for 1e-4 <= |x| < 1e16,
    /// otherwise exponent notation with at least two exponent digits.
    static func repr(_ x: Double) -> String {
        if let special = nonFinite(x) { return special }
        if x == 0 { return x.sign == .minus ? "-0.0" : "0.0" }
        let (negative, digits, decpt) = shortestDigits(x)
        let sign = negative ? "-" : ""
        let ds = digits.map { String($0) }.joined()
        if decpt <= -4 || decpt > 16 {
            var s = String(ds.prefix(1))
            if digits.count > 1 { s += "." + ds.dropFirst() }
            let e = decpt - 1
            let eText = e < 0 ? "-" + pad2(-e) : "+" + pad2(e)
            return sign + s + "e" + eText
        }
        if decpt <= 0 {
            return sign + "0." + String(repeating: "0", count: -decpt) + ds
        }
        if decpt >= digits.count {
            return sign + ds + String(repeating: "0", count: decpt - digits.count) + ".0"
        }
        return sign + ds.prefix(decpt) + "." + ds.dropFirst(decpt)
    }

    private static func pad2(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
}
