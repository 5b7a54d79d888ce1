/// An integer of any size: a sign and a magnitude of 64-bit limbs, least significant first.
/// Python ints that fit in 64 bits stay `Value.int`; this type carries the ones that do not
/// (`PyBigInt`) and the intermediate results of the slow paths. The representation is always
/// normalised: no most-significant zero limbs, and zero is `[]` with `negative == false`.
///
/// Written here rather than taken from a package because the Interpreter imports no Foundation
/// (attaswift/BigInt does, for its `Data` conversions), and Python needs floor division, two's
/// complement bitwise operators and correctly rounded float conversion that a general package
/// does not give as Python does.
struct BigInteger {
    private(set) var negative: Bool
    private(set) var limbs: [UInt]

    init(negative: Bool, limbs: [UInt]) {
        var limbs = limbs
        while let last = limbs.last, last == 0 { limbs.removeLast() }
        self.negative = limbs.isEmpty ? false : negative
        self.limbs = limbs
    }

    init(_ value: Int) {
        if value == 0 {
            self.init(negative: false, limbs: [])
        } else {
            self.init(negative: value < 0, limbs: [value.magnitude])
        }
    }

    init(magnitude: UInt) { self.init(negative: false, limbs: [magnitude]) }

    static let zero = BigInteger(0)
    static let one = BigInteger(1)

    var isZero: Bool { limbs.isEmpty }
    var isOdd: Bool { (limbs.first ?? 0) & 1 == 1 }
    var magnitude: BigInteger { BigInteger(negative: false, limbs: limbs) }

    /// The value as an `Int` when it fits in 64 bits.
    var asInt: Int? {
        switch limbs.count {
        case 0: return 0
        case 1:
            let m = limbs[0]
            if negative {
                if m <= UInt(Int.max) { return -Int(m) }
                return m == UInt(Int.max) + 1 ? Int.min : nil
            }
            return m <= UInt(Int.max) ? Int(m) : nil
        default: return nil
        }
    }

    /// Number of bits in the magnitude (`int.bit_length()`).
    var bitLength: Int {
        guard let top = limbs.last else { return 0 }
        return limbs.count * UInt.bitWidth - top.leadingZeroBitCount
    }

    /// Bit `index` of the magnitude (0 past its end).
    func magnitudeBit(_ index: Int) -> Bool {
        let limb = index / UInt.bitWidth
        guard index >= 0, limb < limbs.count else { return false }
        return (limbs[limb] >> UInt(index % UInt.bitWidth)) & 1 == 1
    }

    /// Whether any bit of the magnitude below `index` is set.
    func hasMagnitudeBits(below index: Int) -> Bool {
        guard index > 0 else { return false }
        let whole = min(index / UInt.bitWidth, limbs.count)
        for i in 0..<whole where limbs[i] != 0 { return true }
        guard whole < limbs.count else { return false }
        let partial = index % UInt.bitWidth
        return partial > 0 && limbs[whole] & ((1 << UInt(partial)) - 1) != 0
    }

    // MARK: Comparison

    static func compareMagnitudes(_ a: [UInt], _ b: [UInt]) -> Int {
        if a.count != b.count { return a.count < b.count ? -1 : 1 }
        var i = a.count - 1
        while i >= 0 {
            if a[i] != b[i] { return a[i] < b[i] ? -1 : 1 }
            i -= 1
        }
        return 0
    }

    /// -1, 0 or 1.
    static func compare(_ a: BigInteger, _ b: BigInteger) -> Int {
        if a.negative != b.negative { return a.negative ? -1 : 1 }
        let c = compareMagnitudes(a.limbs, b.limbs)
        return a.negative ? -c : c
    }

    // MARK: Addition and subtraction

    static func addMagnitudes(_ a: [UInt], _ b: [UInt]) -> [UInt] {
        let (long, short) = a.count >= b.count ? (a, b) : (b, a)
        var result = [UInt](filledWith: 0, count: long.count + 1)
        var carry: UInt = 0
        for i in 0..<long.count {
            let (s1, o1) = long[i].addingReportingOverflow(i < short.count ? short[i] : 0)
            let (s2, o2) = s1.addingReportingOverflow(carry)
            result[i] = s2
            carry = (o1 ? 1 : 0) + (o2 ? 1 : 0)
        }
        result[long.count] = carry
        return result
    }

    /// `a - b` for magnitudes with `a >= b`.
    static func subtractMagnitudes(_ a: [UInt], _ b: [UInt]) -> [UInt] {
        var result = a
        var borrow: UInt = 0
        for i in 0..<a.count {
            let (d1, o1) = a[i].subtractingReportingOverflow(i < b.count ? b[i] : 0)
            let (d2, o2) = d1.subtractingReportingOverflow(borrow)
            result[i] = d2
            borrow = (o1 ? 1 : 0) + (o2 ? 1 : 0)
            if borrow == 0 && i >= b.count { break }
        }
        return result
    }

    static func + (a: BigInteger, b: BigInteger) -> BigInteger {
        if a.negative == b.negative { return BigInteger(negative: a.negative, limbs: addMagnitudes(a.limbs, b.limbs)) }
        let c = compareMagnitudes(a.limbs, b.limbs)
        if c == 0 { return .zero }
        if c > 0 { return BigInteger(negative: a.negative, limbs: subtractMagnitudes(a.limbs, b.limbs)) }
        return BigInteger(negative: b.negative, limbs: subtractMagnitudes(b.limbs, a.limbs))
    }

    static prefix func - (a: BigInteger) -> BigInteger {
        BigInteger(negative: !a.negative, limbs: a.limbs)
    }

    static func - (a: BigInteger, b: BigInteger) -> BigInteger { a + (-b) }

    // MARK: Multiplication

    static func multiplyMagnitudes(_ a: [UInt], _ b: [UInt]) -> [UInt] {
        if a.isEmpty || b.isEmpty { return [] }
        if a.count >= karatsubaThreshold && b.count >= karatsubaThreshold {
            return karatsuba(a, b)
        }
        var result = [UInt](filledWith: 0, count: a.count + b.count)
        result.withUnsafeMutableBufferPointer { r in
            for i in 0..<a.count {
                let x = a[i]
                if x == 0 { continue }
                var carry: UInt = 0
                for j in 0..<b.count {
                    let (high, low) = x.multipliedFullWidth(by: b[j])
                    let (s1, o1) = low.addingReportingOverflow(r[i + j])
                    let (s2, o2) = s1.addingReportingOverflow(carry)
                    r[i + j] = s2
                    // high <= 2**64 - 2, so adding two carries cannot overflow.
                    carry = high &+ (o1 ? 1 : 0) &+ (o2 ? 1 : 0)
                }
                r[i + b.count] = carry
            }
        }
        return result
    }

    /// Below this many limbs, schoolbook multiplication is faster.
    static let karatsubaThreshold = 48

    /// Karatsuba's three half-size products, for the large numbers that `2**100000`,
    /// `factorial(5000)` and long decimal conversions make.
    static func karatsuba(_ a: [UInt], _ b: [UInt]) -> [UInt] {
        let half = (max(a.count, b.count) + 1) / 2
        func split(_ x: [UInt]) -> ([UInt], [UInt]) {
            if x.count <= half { return (trimmed(x), []) }
            return (trimmed(Array(x[0..<half])), trimmed(Array(x[half...])))
        }
        let (a0, a1) = split(a), (b0, b1) = split(b)
        let low = multiplyMagnitudes(a0, b0)
        let high = multiplyMagnitudes(a1, b1)
        let sums = multiplyMagnitudes(trimmed(addMagnitudes(a0, a1)), trimmed(addMagnitudes(b0, b1)))
        let middle = subtractMagnitudes(subtractMagnitudes(trimmed(sums), trimmed(low)), trimmed(high))
        var result = [UInt](filledWith: 0, count: a.count + b.count + 1)
        addInPlace(&result, trimmed(low), at: 0)
        addInPlace(&result, trimmed(middle), at: half)
        addInPlace(&result, trimmed(high), at: 2 * half)
        return trimmed(result)
    }

    static func trimmed(_ x: [UInt]) -> [UInt] {
        var x = x
        while let last = x.last, last == 0 { x.removeLast() }
        return x
    }

    /// `target += addend << (64 * offset)`; `target` is long enough to hold the sum.
    static func addInPlace(_ target: inout [UInt], _ addend: [UInt], at offset: Int) {
        var carry: UInt = 0
        var i = 0
        while i < addend.count || carry != 0 {
            let (s1, o1) = target[offset + i].addingReportingOverflow(i < addend.count ? addend[i] : 0)
            let (s2, o2) = s1.addingReportingOverflow(carry)
            target[offset + i] = s2
            carry = (o1 ? 1 : 0) + (o2 ? 1 : 0)
            i += 1
        }
    }

    static func * (a: BigInteger, b: BigInteger) -> BigInteger {
        BigInteger(negative: a.negative != b.negative, limbs: multiplyMagnitudes(a.limbs, b.limbs))
    }
}
