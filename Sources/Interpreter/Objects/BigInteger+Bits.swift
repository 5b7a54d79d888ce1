/// Shifts and bitwise operators with Python's semantics: a negative number behaves as an
/// infinite two's complement bit string, so `>>` rounds toward negative infinity and `&`, `|`,
/// `^` and `~` act on the sign bits too.
extension BigInteger {
    /// `self << count` for `count >= 0`.
    func shiftedLeft(_ count: Int) -> BigInteger {
        if isZero || count == 0 { return self }
        let whole = count / UInt.bitWidth, bits = count % UInt.bitWidth
        var result = [UInt](filledWith: 0, count: whole)
        result.append(contentsOf: BigInteger.shiftedLeft(limbs, bits: bits, extraLimb: true))
        return BigInteger(negative: negative, limbs: result)
    }

    /// `self >> count` for `count >= 0`, rounding toward negative infinity.
    func shiftedRight(_ count: Int) -> BigInteger {
        if isZero || count == 0 { return self }
        if negative {
            // -x >> n == -(((x - 1) >> n) + 1)
            return -((magnitude - .one).shiftedRight(count) + .one)
        }
        let whole = count / UInt.bitWidth, bits = count % UInt.bitWidth
        if whole >= limbs.count { return .zero }
        return BigInteger(negative: false, limbs: BigInteger.shiftedRight(Array(limbs[whole...]), bits: bits))
    }

    /// `~self`, which is `-self - 1`.
    var inverted: BigInteger { -self - .one }

    /// The two's complement form in `count` limbs (enough for the magnitude plus a sign bit).
    private func twosComplement(_ count: Int) -> [UInt] {
        var result = [UInt](filledWith: 0, count: count)
        for i in 0..<limbs.count { result[i] = limbs[i] }
        guard negative else { return result }
        var carry: UInt = 1
        for i in 0..<count {
            let (s, o) = (~result[i]).addingReportingOverflow(carry)
            result[i] = s
            carry = o ? 1 : 0
        }
        return result
    }

    private static func fromTwosComplement(_ words: [UInt]) -> BigInteger {
        guard let top = words.last, top >> UInt(UInt.bitWidth - 1) == 1 else {
            return BigInteger(negative: false, limbs: words)
        }
        var magnitude = words
        var carry: UInt = 1
        for i in 0..<magnitude.count {
            let (s, o) = (~magnitude[i]).addingReportingOverflow(carry)
            magnitude[i] = s
            carry = o ? 1 : 0
        }
        return BigInteger(negative: true, limbs: magnitude)
    }

    static func bitwise(_ a: BigInteger, _ b: BigInteger, _ combine: (UInt, UInt) -> UInt) -> BigInteger {
        let count = max(a.limbs.count, b.limbs.count) + 1
        let x = a.twosComplement(count), y = b.twosComplement(count)
        var result = [UInt](filledWith: 0, count: count)
        for i in 0..<count { result[i] = combine(x[i], y[i]) }
        return fromTwosComplement(result)
    }

    static func & (a: BigInteger, b: BigInteger) -> BigInteger { bitwise(a, b) { $0 & $1 } }
    static func | (a: BigInteger, b: BigInteger) -> BigInteger { bitwise(a, b) { $0 | $1 } }
    static func ^ (a: BigInteger, b: BigInteger) -> BigInteger { bitwise(a, b) { $0 ^ $1 } }
}
