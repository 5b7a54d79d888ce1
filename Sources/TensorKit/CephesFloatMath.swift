#if canImport(Glibc)
import Glibc
#endif

/// Scalar ports of the Cephes-based `log256_ps` and `sincos256_ps` from PyTorch's
/// `ATen/native/cpu/avx_mathfun.h`. PyTorch's float `normal_` (its AVX2 kernel) uses these
/// approximations instead of libm, so reproducing its `randn` streams bit for bit needs the same
/// operations in the same order — including the fused multiply-adds GCC forms from each
/// multiply feeding an add (checked against 19,200 PyTorch samples: all equal).
enum CephesFloatMath {
    private static func c(_ v: Double) -> Float { Float(v) }

    /// `a * b + c` with one rounding, like C's `fmaf`. Written as `addingProduct` so that it
    /// compiles to the FMA instruction (TensorKit targets CPUs with FMA) instead of a libm call.
    @inline(__always)
    static func fused(_ a: Float, _ b: Float, _ c: Float) -> Float { c.addingProduct(a, b) }

    static let sqrtHalf = c(0.707106781186547524)
    static let logP: [Float] = [
        7.0376836292E-2, -1.1514610310E-1, 1.1676998740E-1, -1.2420140846E-1, 1.4249322787E-1,
        -1.6668057665E-1, 2.0000714765E-1, -2.4999993993E-1, 3.3333331174E-1,
    ].map { c($0) }
    static let logQ1 = c(-2.12194440e-4)
    static let logQ2 = c(0.693359375)

    /// `log256_ps` for one lane.
    static func log(_ input: Float) -> Float {
        let invalid = input <= 0
        var x = Swift.max(input, Float(bitPattern: 0x0080_0000))
        var bits = x.bitPattern
        let exponentBits = Int32(bitPattern: bits >> 23) - 0x7f
        bits = (bits & ~UInt32(0x7f80_0000)) | Float(0.5).bitPattern
        x = Float(bitPattern: bits)
        var e = Float(exponentBits)
        e = e + 1
        let mask = x < sqrtHalf
        let tmp: Float = mask ? x : 0
        x = x - 1
        e = e - (mask ? 1 : 0)
        x = x + tmp
        let z = x * x
        var y = logP[0]
        for k in 1..<9 { y = fused(y, x, logP[k]) }
        y = y * x
        y = y * z
        y = fused(e, logQ1, y)
        y = fused(-z, 0.5, y)
        x = x + y
        x = fused(e, logQ2, x)
        return invalid ? Float.nan : x
    }

    static let dp1 = c(-0.78515625)
    static let dp2 = c(-2.4187564849853515625e-4)
    static let dp3 = c(-3.77489497744594108e-8)
    static let sincof: [Float] = [-1.9515295891E-4, 8.3321608736E-3, -1.6666654611E-1].map { c($0) }
    static let coscof: [Float] = [2.443315711809948E-005, -1.388731625493765E-003, 4.166664568298827E-002].map { c($0) }
    static let fourOverPi = c(1.27323954473516)

    /// `sincos256_ps` for one lane.
    static func sincos(_ input: Float) -> (sin: Float, cos: Float) {
        var signSin = input.bitPattern & 0x8000_0000
        var x = Swift.abs(input)
        var y = x * fourOverPi
        var j = Int32(y.rounded(.towardZero))
        j = (j &+ 1) & ~1
        y = Float(j)
        let swapSin = UInt32(bitPattern: (j & 4) << 29)
        let polyMask = (j & 2) == 0
        x = fused(y, dp1, x)
        x = fused(y, dp2, x)
        x = fused(y, dp3, x)
        let signCos = UInt32(bitPattern: (~(j &- 2) & 4) << 29)
        signSin ^= swapSin
        let z = x * x
        var yc = fused(coscof[0], z, coscof[1])
        yc = fused(yc, z, coscof[2])
        yc = yc * z
        yc = fused(yc, z, -(z * 0.5))
        yc = yc + 1
        var ys = fused(sincof[0], z, sincof[1])
        ys = fused(ys, z, sincof[2])
        ys = ys * z
        ys = fused(ys, x, x)
        let ysin2: Float = polyMask ? ys : 0
        let ysin1: Float = polyMask ? 0 : yc
        let ys2 = ys - ysin2
        let yc2 = yc - ysin1
        let s = ysin1 + ysin2
        let cv = yc2 + ys2
        return (Float(bitPattern: s.bitPattern ^ signSin), Float(bitPattern: cv.bitPattern ^ signCos))
    }
}
