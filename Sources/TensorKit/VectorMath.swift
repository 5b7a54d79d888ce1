#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Vectorisable float32 exp (the Cephes polynomial PyTorch's AVX code also uses), for `exp`
/// and `sigmoid` on contiguous runs. glibc's `expf` is exact but scalar; this version is
/// branch-free so the optimiser turns the loop into SIMD code, and is within 1-2 ulp. Inputs
/// outside [-87, 88] (where the result is subnormal or overflows) and NaN are recomputed with
/// `expf`, so those edge values match libm exactly.
enum VectorMath {
    @inline(__always)
    static func exp(_ v: Float) -> Float {
        var x = Swift.min(Swift.max(v, -88.3762626647949), 88.3762626647949)
        let fx0 = x * 1.44269504088896341 + 0.5
        // Round via the 1.5 * 2^23 trick (no SSE4.1 floor needed), then step down to floor.
        let magic: Float = 12582912.0
        let rounded = (fx0 + magic) - magic
        let fx = rounded > fx0 ? rounded - 1 : rounded
        x = x - fx * 0.693359375
        x = x - fx * -2.12194440e-4
        let z = x * x
        var y: Float = 1.9875691500E-4
        y = y * x + 1.3981999507E-3
        y = y * x + 8.3334519073E-3
        y = y * x + 4.1665795894E-2
        y = y * x + 1.6666665459E-1
        y = y * x + 5.0000001201E-1
        y = y * z + x
        y = y + 1
        let n = Int32(bitPattern: (fx + magic).bitPattern) &- Int32(bitPattern: magic.bitPattern)
        return y * Float(bitPattern: UInt32(bitPattern: (n &+ 127) << 23))
    }

    /// True where the polynomial is not trusted and libm computes instead.
    @inline(__always)
    static func needsLibm(_ v: Float) -> Bool { !(v > -87.0 && v < 88.0) }

    /// How many inputs fall outside the polynomial's trusted range (a vectorisable count).
    @inline(__always)
    static func countNeedingLibm(_ a: UnsafePointer<Float>, _ n: Int, negate: Bool) -> Int32 {
        var count: Int32 = 0
        if negate {
            for i in 0..<n { count &+= needsLibm(-a[i]) ? 1 : 0 }
        } else {
            for i in 0..<n { count &+= needsLibm(a[i]) ? 1 : 0 }
        }
        return count
    }

    static func expRun(_ n: Int, _ d: UnsafePointer<UnsafeMutableRawPointer>, _ s: UnsafePointer<Int>) {
        guard s[0] == 4 && s[1] == 4 else {
            Loops.unary(n, d, s) { (a: Float) -> Float in expf(a) }
            return
        }
        let o = d[0].assumingMemoryBound(to: Float.self)
        let a = UnsafePointer(d[1].assumingMemoryBound(to: Float.self))
        // Two simple loops vectorise; one loop doing both does not.
        for i in 0..<n { o[i] = exp(a[i]) }
        if countNeedingLibm(a, n, negate: false) > 0 { for i in 0..<n where needsLibm(a[i]) { o[i] = expf(a[i]) } }
    }

    static func sigmoidRun(_ n: Int, _ d: UnsafePointer<UnsafeMutableRawPointer>, _ s: UnsafePointer<Int>) {
        guard s[0] == 4 && s[1] == 4 else {
            Loops.unary(n, d, s) { (a: Float) -> Float in 1 / (1 + expf(-a)) }
            return
        }
        let o = d[0].assumingMemoryBound(to: Float.self)
        let a = UnsafePointer(d[1].assumingMemoryBound(to: Float.self))
        for i in 0..<n { o[i] = 1 / (1 + exp(-a[i])) }
        if countNeedingLibm(a, n, negate: true) > 0 {
            for i in 0..<n where needsLibm(-a[i]) { o[i] = 1 / (1 + expf(-a[i])) }
        }
    }
}
