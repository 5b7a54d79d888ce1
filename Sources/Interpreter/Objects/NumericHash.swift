#if canImport(Glibc)
import Glibc
#endif

/// CPython's hash of numbers (Python/pyhash.c): reduction modulo the Mersenne prime 2**61 - 1,
/// so that equal ints and floats hash alike and `hash()` prints what CPython prints.
enum NumericHash {
    static let bits = 61
    static let modulus: UInt64 = (1 << 61) - 1

    static func hash(_ n: Int) -> Int {
        var x = Int(n.magnitude % UInt(modulus))
        if n < 0 { x = -x }
        return x == -1 ? -2 : x
    }

    static func hash(_ value: Double) -> Int {
        if value.isInfinite { return value > 0 ? 314159 : -314159 }
        if value.isNaN { return 0 }
        var exponent: Int32 = 0
        var m = frexp(abs(value), &exponent)
        var e = Int(exponent)
        var x: UInt64 = 0
        while m != 0 {
            x = ((x << 28) & modulus) | (x >> UInt64(bits - 28))
            m *= 268435456.0
            e -= 28
            let y = UInt64(m)
            m -= Double(y)
            x += y
            if x >= modulus { x -= modulus }
        }
        e = e >= 0 ? e % bits : bits - 1 - ((-1 - e) % bits)
        x = ((x << UInt64(e)) & modulus) | (x >> UInt64(bits - e))
        var result = Int(x)
        if value < 0 { result = -result }
        return result == -1 ? -2 : result
    }
}
