/// Division (Knuth's algorithm D on 64-bit limbs), Python's floor division and modulo, powers,
/// modular powers and inverses, gcd and integer square root.
extension BigInteger {
    /// Quotient and remainder of magnitudes; `divisor` is not empty.
    static func divideMagnitudes(_ dividend: [UInt], _ divisor: [UInt]) -> (quotient: [UInt], remainder: [UInt]) {
        if compareMagnitudes(dividend, divisor) < 0 { return ([], dividend) }
        if divisor.count == 1 {
            let (q, r) = divideMagnitude(dividend, by: divisor[0])
            return (q, r == 0 ? [] : [r])
        }
        let shift = divisor[divisor.count - 1].leadingZeroBitCount
        let v = shiftedLeft(divisor, bits: shift, extraLimb: false)
        var u = shiftedLeft(dividend, bits: shift, extraLimb: true)
        let n = v.count, m = dividend.count - n
        var quotient = [UInt](filledWith: 0, count: m + 1)
        let vTop = v[n - 1], vNext = v[n - 2]
        for j in stride(from: m, through: 0, by: -1) {
            // Estimate the quotient limb from the top two limbs, then correct it with the third
            // (at most two steps too large after this, and almost always exact).
            var qhat: UInt
            var rhat: UInt
            var rhatOverflowed = false
            if u[j + n] >= vTop {
                qhat = UInt.max
                let (r, o) = u[j + n - 1].addingReportingOverflow(vTop)
                rhat = r
                rhatOverflowed = o
            } else {
                let estimate = vTop.dividingFullWidth((u[j + n], u[j + n - 1]))
                qhat = estimate.quotient
                rhat = estimate.remainder
            }
            while !rhatOverflowed {
                let product = qhat.multipliedFullWidth(by: vNext)
                if product.high > rhat || (product.high == rhat && product.low > u[j + n - 2]) {
                    qhat -= 1
                    let (r, o) = rhat.addingReportingOverflow(vTop)
                    rhat = r
                    rhatOverflowed = o
                } else {
                    break
                }
            }
            // u[j...j+n] -= qhat * v
            var borrow: UInt = 0, carry: UInt = 0
            for i in 0..<n {
                let (high, low) = qhat.multipliedFullWidth(by: v[i])
                let (productLow, c) = low.addingReportingOverflow(carry)
                carry = high &+ (c ? 1 : 0)
                let (d1, o1) = u[i + j].subtractingReportingOverflow(productLow)
                let (d2, o2) = d1.subtractingReportingOverflow(borrow)
                u[i + j] = d2
                borrow = (o1 ? 1 : 0) + (o2 ? 1 : 0)
            }
            let (d1, o1) = u[j + n].subtractingReportingOverflow(carry)
            let (d2, o2) = d1.subtractingReportingOverflow(borrow)
            u[j + n] = d2
            if o1 || o2 {
                // qhat was one too large: add v back.
                qhat -= 1
                var c: UInt = 0
                for i in 0..<n {
                    let (s1, p1) = u[i + j].addingReportingOverflow(v[i])
                    let (s2, p2) = s1.addingReportingOverflow(c)
                    u[i + j] = s2
                    c = (p1 || p2) ? 1 : 0
                }
                u[j + n] &+= c
            }
            quotient[j] = qhat
        }
        let remainder = shiftedRight(Array(u[0..<n]), bits: shift)
        return (trimmed(quotient), trimmed(remainder))
    }

    /// Quotient and remainder of a magnitude by one nonzero limb.
    static func divideMagnitude(_ dividend: [UInt], by divisor: UInt) -> ([UInt], UInt) {
        var quotient = [UInt](filledWith: 0, count: dividend.count)
        var remainder: UInt = 0
        var i = dividend.count - 1
        while i >= 0 {
            (quotient[i], remainder) = divisor.dividingFullWidth((remainder, dividend[i]))
            i -= 1
        }
        return (trimmed(quotient), remainder)
    }

    /// `limbs << bits` for `bits < 64`, keeping the count (plus one limb for the carry-out when
    /// `extraLimb`).
    static func shiftedLeft(_ limbs: [UInt], bits: Int, extraLimb: Bool) -> [UInt] {
        var result = [UInt](filledWith: 0, count: limbs.count + (extraLimb ? 1 : 0))
        if bits == 0 {
            for i in 0..<limbs.count { result[i] = limbs[i] }
            return result
        }
        var carry: UInt = 0
        for i in 0..<limbs.count {
            result[i] = (limbs[i] << UInt(bits)) | carry
            carry = limbs[i] >> UInt(UInt.bitWidth - bits)
        }
        if extraLimb { result[limbs.count] = carry }
        return result
    }

    /// `limbs >> bits` for `bits < 64`.
    static func shiftedRight(_ limbs: [UInt], bits: Int) -> [UInt] {
        if bits == 0 { return limbs }
        var result = limbs
        for i in 0..<limbs.count {
            let next = i + 1 < limbs.count ? limbs[i + 1] << UInt(UInt.bitWidth - bits) : 0
            result[i] = (limbs[i] >> UInt(bits)) | next
        }
        return result
    }

    /// Python's `divmod`: the quotient rounded toward negative infinity and a remainder with the
    /// divisor's sign. `divisor` is not zero.
    static func floorDivMod(_ a: BigInteger, _ b: BigInteger) -> (quotient: BigInteger, remainder: BigInteger) {
        let (q, r) = divideMagnitudes(a.limbs, b.limbs)
        var quotient = BigInteger(negative: a.negative != b.negative, limbs: q)
        var remainder = BigInteger(negative: a.negative, limbs: r)
        if !remainder.isZero && remainder.negative != b.negative {
            quotient = quotient - .one
            remainder = remainder + b
        }
        return (quotient, remainder)
    }

    // MARK: Powers

    /// `self ** exponent` for `exponent >= 0`, by repeated squaring.
    func power(_ exponent: Int) -> BigInteger {
        var result = BigInteger.one, base = self, e = exponent
        while e > 0 {
            if e & 1 == 1 { result = result * base }
            e >>= 1
            if e > 0 { base = base * base }
        }
        return result
    }

    /// `pow(self, exponent, modulus)` for `exponent >= 0` and a nonzero modulus, with the
    /// result's sign following the modulus as Python's `%` does.
    func power(_ exponent: BigInteger, modulus: BigInteger) -> BigInteger {
        let m = modulus.magnitude
        var result = BigInteger.one
        let base = BigInteger.floorDivMod(self, m).remainder
        for bit in stride(from: exponent.bitLength - 1, through: 0, by: -1) {
            result = BigInteger.floorDivMod(result * result, m).remainder
            if exponent.magnitudeBit(bit) { result = BigInteger.floorDivMod(result * base, m).remainder }
        }
        // Reduce once more (the modulus 1 leaves 1 from the start value) and give the sign.
        return BigInteger.floorDivMod(result, modulus).remainder
    }

    /// The inverse of `self` modulo `modulus` (positive), or nil when they share a factor.
    func inverse(modulo modulus: BigInteger) -> BigInteger? {
        var (oldR, r) = (BigInteger.floorDivMod(self, modulus).remainder, modulus)
        var (oldS, s) = (BigInteger.one, BigInteger.zero)
        while !r.isZero {
            let q = BigInteger.floorDivMod(oldR, r).quotient
            (oldR, r) = (r, oldR - q * r)
            (oldS, s) = (s, oldS - q * s)
        }
        guard BigInteger.compare(oldR, .one) == 0 else { return nil }
        return BigInteger.floorDivMod(oldS, modulus).remainder
    }

    /// Greatest common divisor of the magnitudes (Euclid's algorithm).
    static func gcd(_ a: BigInteger, _ b: BigInteger) -> BigInteger {
        var (x, y) = (a.magnitude, b.magnitude)
        while !y.isZero {
            if let small = x.asInt, let smallY = y.asInt {
                var (p, q) = (small, smallY)
                while q != 0 { (p, q) = (q, p % q) }
                return BigInteger(p)
            }
            (x, y) = (y, floorDivMod(x, y).remainder)
        }
        return x
    }

    /// `math.isqrt`: the floor of the square root of a non-negative value (Newton's method from
    /// an over-estimate, which decreases monotonically to the answer).
    func integerSquareRoot() -> BigInteger {
        if isZero { return .zero }
        var x = BigInteger.one.shiftedLeft((bitLength + 1) / 2)
        while true {
            let y = BigInteger.floorDivMod(x + BigInteger.floorDivMod(self, x).quotient, BigInteger(2)).quotient
            if BigInteger.compare(y, x) >= 0 { return x }
            x = y
        }
    }
}
