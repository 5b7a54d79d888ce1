#if canImport(Glibc)
import Glibc
#endif

/// Vectorised float32 exp (Cephes' `expf` polynomial, the one PyTorch's AVX code also uses), for
/// `exp` and `sigmoid` on contiguous runs.
///
/// glibc's `expf` is exact but scalar. Here 16 lanes go through the range reduction
/// `x = n ln2 + r` (`n` rounded with the 1.5 * 2^23 trick, so no SSE4.1 `roundps` is needed on
/// the baseline x86-64 target; `ln2` split in two so `n * ln2` stays exact without FMA), a
/// degree-6 polynomial for `e^r` on |r| <= ln2/2, and `2^n` built in the exponent bits: within
/// 1-2 ulp of `expf`. Only inputs outside (-87, 88) (where the result is subnormal, overflows,
/// or is NaN) take `expf`, lane by lane, so every edge value (inf, 0, denormals, NaN) is exactly
/// what libm and PyTorch give. One pass over memory: an earlier version ran a second pass
/// counting such inputs and let the optimiser vectorise a scalar body, which it did poorly.
enum VectorMath {
    typealias Lanes = SIMD16<Float>
    static let width = 16

    /// Inputs in this open interval are computed by the polynomial.
    static let lowestPolynomialInput: Float = -87.0
    static let highestPolynomialInput: Float = 88.0

    /// e^x for every lane; lanes outside the polynomial's range hold garbage (finite or not)
    /// that `expLanes` replaces.
    @inline(__always)
    static func polynomialExp(_ v: Lanes) -> Lanes {
        let magic: Float = 12582912.0  // 1.5 * 2^23: adding it rounds to an integer
        // No clamping: lanes outside the range get meaningless (but harmless: float and
        // wrapping integer arithmetic never trap) values that `expLanes` replaces; clamping
        // cost a fifth of the instructions on SSE2.
        let x = v
        let t = x * 1.44269504088896341 + magic
        let n = t - magic
        var r = x - n * 0.693359375
        r = r - n * -2.12194440e-4
        let z = r * r
        var y = r * 1.9875691500E-4 + 1.3981999507E-3
        y = y * r + 8.3334519073E-3
        y = y * r + 4.1665795894E-2
        y = y * r + 1.6666665459E-1
        y = y * r + 5.0000001201E-1
        y = y * z + r + 1
        let ni = unsafeBitCast(t, to: SIMD16<Int32>.self) &- Int32(bitPattern: magic.bitPattern)
        let scale = unsafeBitCast((ni &+ 127) &<< 23, to: Lanes.self)
        return y * scale
    }

    /// Lanes whose input the polynomial covers: -87 < v < 88, written as one comparison of
    /// |v - 0.5| (false for NaN).
    @inline(__always)
    static func polynomialLanes(_ v: Lanes) -> SIMDMask<SIMD16<Int32>> {
        let centre = (lowestPolynomialInput + highestPolynomialInput) / 2
        let radius = (highestPolynomialInput - lowestPolynomialInput) / 2
        let d = unsafeBitCast(unsafeBitCast(v - centre, to: SIMD16<UInt32>.self) & 0x7fff_ffff, to: Lanes.self)
        return d .< radius
    }

    /// True when every lane of `mask` is set.
    @inline(__always)
    static func allLanes(_ mask: SIMDMask<SIMD16<Int32>>) -> Bool {
        let k = unsafeBitCast(mask, to: SIMD16<Int32>.self)
        let h = k.lowHalf & k.highHalf
        let q = h.lowHalf & h.highHalf
        return (q[0] & q[1] & q[2] & q[3]) == -1
    }

    /// True when some lane of `mask` is set. The standard library's `any(_:)` became an
    /// out-of-line generic `min()` call inside the loop; this stays a few OR instructions.
    @inline(__always)
    static func anyLane(_ mask: SIMDMask<SIMD16<Int32>>) -> Bool {
        let k = unsafeBitCast(mask, to: SIMD16<Int32>.self)
        let h = k.lowHalf | k.highHalf
        let q = h.lowHalf | h.highHalf
        return (q[0] | q[1] | q[2] | q[3]) != 0
    }

    /// e^x per lane, with libm for the lanes outside the polynomial's range.
    @inline(__always)
    static func expLanes(_ v: Lanes) -> Lanes {
        var e = polynomialExp(v)
        let inside = polynomialLanes(v)
        if !allLanes(inside) {
            for lane in 0..<width where !inside[lane] { e[lane] = expf(v[lane]) }
        }
        return e
    }

    /// One element, the same way (for the tail of a contiguous run).
    @inline(__always)
    static func exp(_ v: Float) -> Float {
        if !(v > lowestPolynomialInput && v < highestPolynomialInput) { return expf(v) }
        return polynomialExp(Lanes(repeating: v))[0]
    }

    /// `out[i] = f(a[i])` over contiguous floats with a 16-lane body (`scalar` for the tail);
    /// strided runs use `strided`, libm, as PyTorch's scalar loop does.
    @inline(__always)
    static func contiguousRun(_ n: Int, _ d: UnsafePointer<UnsafeMutableRawPointer>, _ s: UnsafePointer<Int>,
                              scalar: (Float) -> Float, lanes: (Lanes) -> Lanes, strided: (Float) -> Float) {
        guard s[0] == 4 && s[1] == 4 else {
            Loops.unary(n, d, s, strided)
            return
        }
        let o = d[0], a = UnsafeRawPointer(d[1])
        let end = n - n % width
        var i = 0
        while i < end {
            let x = a.loadUnaligned(fromByteOffset: i &* 4, as: Lanes.self)
            o.storeBytes(of: lanes(x), toByteOffset: i &* 4, as: Lanes.self)
            i &+= width
        }
        let op = o.assumingMemoryBound(to: Float.self)
        let ap = a.assumingMemoryBound(to: Float.self)
        while i < n {
            op[i] = scalar(ap[i])
            i &+= 1
        }
    }

    static func expRun(_ n: Int, _ d: UnsafePointer<UnsafeMutableRawPointer>, _ s: UnsafePointer<Int>) {
        contiguousRun(n, d, s, scalar: { exp($0) }, lanes: { expLanes($0) }, strided: { expf($0) })
    }

    /// `1 / (1 + e^-x)`, as PyTorch's vectorised sigmoid computes it.
    static func sigmoidRun(_ n: Int, _ d: UnsafePointer<UnsafeMutableRawPointer>, _ s: UnsafePointer<Int>) {
        contiguousRun(n, d, s, scalar: { 1 / (1 + exp(-$0)) }, lanes: { 1 / (1 + expLanes(-$0)) },
                      strided: { 1 / (1 + expf(-$0)) })
    }
}
