/// Text in any radix from 2 to 36, correctly rounded conversion to `Double`, exact conversion
/// from an integral `Double`, and CPython's numeric hash.
extension BigInteger {
    /// The largest power of `radix` that fits in a limb, and its exponent: text is converted a
    /// limb-sized chunk of digits at a time.
    private static func chunk(_ radix: Int) -> (power: UInt, digits: Int) {
        var power: UInt = UInt(radix), digits = 1
        while true {
            let (next, overflow) = power.multipliedReportingOverflow(by: UInt(radix))
            if overflow { return (power, digits) }
            power = next
            digits += 1
        }
    }

    /// Parses digits (ASCII, already checked to be valid in `radix`, no sign or underscores).
    init(digits: [UInt8], radix: Int) {
        let (power, size) = BigInteger.chunk(radix)
        var limbs: [UInt] = []
        var start = 0
        // The first chunk takes the remainder so that the rest are full.
        var length = digits.count % size
        if length == 0 { length = size }
        while start < digits.count {
            var value: UInt = 0
            for d in digits[start..<(start + length)] { value = value * UInt(radix) + UInt(BigInteger.digitValue(d)) }
            let scale: UInt = start == 0 ? 1 : (length == size ? power : BigInteger.integerPower(UInt(radix), length))
            BigInteger.multiplyAdd(&limbs, scale, value)
            start += length
            length = size
        }
        self.init(negative: false, limbs: limbs)
    }

    private static func integerPower(_ base: UInt, _ exponent: Int) -> UInt {
        var result: UInt = 1
        for _ in 0..<exponent { result *= base }
        return result
    }

    /// The value of an ASCII digit or letter (`a`/`A` is 10), or 99 for anything else.
    static func digitValue(_ c: UInt8) -> Int {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return Int(c - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return Int(c - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return Int(c - UInt8(ascii: "A")) + 10
        default: return 99
        }
    }

    /// `limbs = limbs * factor + addend`.
    private static func multiplyAdd(_ limbs: inout [UInt], _ factor: UInt, _ addend: UInt) {
        var carry = addend
        for i in 0..<limbs.count {
            let (high, low) = limbs[i].multipliedFullWidth(by: factor)
            let (sum, overflow) = low.addingReportingOverflow(carry)
            limbs[i] = sum
            carry = high &+ (overflow ? 1 : 0)
        }
        if carry != 0 { limbs.append(carry) }
    }

    /// The digits of the magnitude in `radix`, lowercase, without sign or prefix.
    func magnitudeDigits(radix: Int) -> String {
        if isZero { return "0" }
        let (power, size) = BigInteger.chunk(radix)
        var chunks: [UInt] = []
        var rest = limbs
        while !rest.isEmpty {
            let (q, r) = BigInteger.divideMagnitude(rest, by: power)
            chunks.append(r)
            rest = q
        }
        var text: [UInt8] = []
        text.reserveCapacity(chunks.count * size)
        let symbols = Array("0123456789abcdefghijklmnopqrstuvwxyz".utf8)
        for (n, chunk) in chunks.reversed().enumerated() {
            var digits = [UInt8](filledWith: UInt8(ascii: "0"), count: size)
            var value = chunk, i = size - 1
            while value > 0 {
                digits[i] = symbols[Int(value % UInt(radix))]
                value /= UInt(radix)
                i -= 1
            }
            if n == 0 {
                let first = digits.firstIndex(where: { $0 != UInt8(ascii: "0") }) ?? size - 1
                text.append(contentsOf: digits[first...])
            } else {
                text.append(contentsOf: digits)
            }
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// Number of decimal digits of the magnitude, as CPython counts them for the
    /// `sys.set_int_max_str_digits` limit (exact).
    var decimalDigitCount: Int { isZero ? 1 : magnitudeDigits(radix: 10).utf8.count }

    // MARK: Floating point

    /// `magnitude * 2**scale` (plus a little more when `sticky`: bits below the magnitude that
    /// are not all zero), rounded half-even to the nearest double once, subnormals included;
    /// infinity when it is too large.
    static func roundedDouble(_ magnitude: BigInteger, sticky: Bool, scale: Int) -> Double {
        let n = magnitude.bitLength
        if n == 0 { return 0 }
        let exponent = n - 1 + scale
        if exponent > 1023 { return .infinity }
        // Bits the result can hold: 53, fewer for subnormals.
        let precision = exponent >= -1022 ? 53 : exponent + 1075
        let drop = n - precision
        if drop <= 0 {
            let m = magnitude.limbs.first ?? 0
            return Double(sign: .plus, exponent: scale, significand: Double(m))
        }
        var m: UInt = precision > 0 ? magnitude.shiftedRight(drop).limbs.first ?? 0 : 0
        let half = magnitude.magnitudeBit(drop - 1)
        let rest = sticky || magnitude.hasMagnitudeBits(below: drop - 1)
        if half && (rest || m & 1 == 1) { m += 1 }
        return Double(sign: .plus, exponent: scale + drop, significand: Double(m))
    }

    /// `float(self)`: nil when it is too large (OverflowError for the caller).
    var doubleValue: Double? {
        let d = BigInteger.roundedDouble(magnitude, sticky: false, scale: 0)
        if d.isInfinite { return nil }
        return negative ? -d : d
    }

    /// `a / b` correctly rounded, as CPython's true division of ints; nil when the result is
    /// too large for a float. `b` is not zero.
    static func trueDivide(_ a: BigInteger, _ b: BigInteger) -> Double? {
        if a.isZero { return b.negative ? -0.0 : 0.0 }
        // Scale so the quotient has at least 55 bits: one rounding, with the remainder as sticky.
        let scale = a.bitLength - b.bitLength - 55
        let (dividend, divisor) = scale < 0 ? (a.magnitude.shiftedLeft(-scale), b.magnitude) : (a.magnitude, b.magnitude.shiftedLeft(scale))
        let (q, r) = divideMagnitudes(dividend.limbs, divisor.limbs)
        let d = roundedDouble(BigInteger(negative: false, limbs: q), sticky: !r.isEmpty, scale: scale)
        if d.isInfinite { return nil }
        return a.negative != b.negative ? -d : d
    }

    /// The integer value of a finite integral double.
    init(integral d: Double) {
        if let i = Int(exactly: d) {
            self = BigInteger(i)
            return
        }
        let significand = BigInteger(magnitude: UInt(d.significandBitPattern) | (1 << 52))
        let shifted = significand.shiftedLeft(Int(d.exponent) - 52)
        self = d < 0 ? -shifted : shifted
    }

    /// Compares with a double exactly (nil for NaN).
    static func compare(_ a: BigInteger, _ d: Double) -> Int? {
        if d.isNaN { return nil }
        if d.isInfinite { return d > 0 ? -1 : 1 }
        let whole = d.rounded(.down)
        let c = compare(a, BigInteger(integral: whole))
        if c != 0 { return c }
        return d > whole ? -1 : 0
    }

    // MARK: Hash

    /// CPython's hash of an int: the value modulo the Mersenne prime 2**61 - 1 with the sign,
    /// -1 becoming -2 (so it agrees with the hash of an equal float).
    var pythonHash: Int {
        let modulus = NumericHash.modulus
        var h: UInt64 = 0
        var i = limbs.count - 1
        while i >= 0 {
            // (h * 2**64 + limb) mod P; h < P keeps the 128-bit division in range.
            h = modulus.dividingFullWidth((h, UInt64(limbs[i]))).remainder
            i -= 1
        }
        var x = Int(h)
        if negative { x = -x }
        return x == -1 ? -2 : x
    }
}
