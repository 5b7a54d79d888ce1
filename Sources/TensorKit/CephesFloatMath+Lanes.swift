/// Eight-lane forms of `CephesFloatMath.log` and `sincos`, which is what `log256_ps` and
/// `sincos256_ps` are: the same operations in the same order on each lane, so every lane gives
/// exactly the scalar function's bits (randn's fixtures check this against PyTorch).
extension CephesFloatMath {
    typealias Lanes = SIMD8<Float>
    private typealias Bits = SIMD8<UInt32>
    private typealias Ints = SIMD8<Int32>

    @inline(__always)
    static func fused(_ a: Lanes, _ b: Lanes, _ c: Lanes) -> Lanes { c.addingProduct(a, b) }

    @inline(__always)
    private static func bits(_ x: Lanes) -> Bits { unsafeBitCast(x, to: Bits.self) }

    @inline(__always)
    private static func float(_ b: Bits) -> Lanes { unsafeBitCast(b, to: Lanes.self) }

    /// Lane-wise `Float(i)`, written out: the generic SIMD conversion initialisers convert lane
    /// by lane through a slow generic path.
    @inline(__always)
    private static func floats(_ i: Ints) -> Lanes {
        var result = Lanes()
        for k in 0..<8 { result[k] = Float(i[k]) }
        return result
    }

    /// Lane-wise `Int32(x.rounded(.towardZero))` for lanes in Int32's range.
    @inline(__always)
    private static func truncated(_ x: Lanes) -> Ints {
        var result = Ints()
        for k in 0..<8 { result[k] = Int32(x[k]) }
        return result
    }

    /// `log` on eight lanes.
    static func log(_ input: Lanes) -> Lanes {
        let invalid = input .<= 0
        let minimumNormal = Float(bitPattern: 0x0080_0000)
        // Scalar `max(input, minimumNormal)`: NaN lanes stay NaN.
        var x = input.replacing(with: minimumNormal, where: input .< minimumNormal)
        var b = bits(x)
        let exponentBits = Ints(truncatingIfNeeded: b &>> 23) &- 0x7f
        b = (b & ~Bits(repeating: 0x7f80_0000)) | Bits(repeating: Float(0.5).bitPattern)
        x = float(b)
        var e = floats(exponentBits)
        e = e + 1
        let mask = x .< sqrtHalf
        let tmp = Lanes(repeating: 0).replacing(with: x, where: mask)
        x = x - 1
        e = e - Lanes(repeating: 0).replacing(with: 1, where: mask)
        x = x + tmp
        let z = x * x
        var y = Lanes(repeating: logP[0])
        for k in 1..<9 { y = fused(y, x, Lanes(repeating: logP[k])) }
        y = y * x
        y = y * z
        y = fused(e, Lanes(repeating: logQ1), y)
        y = fused(-z, Lanes(repeating: 0.5), y)
        x = x + y
        x = fused(e, Lanes(repeating: logQ2), x)
        return x.replacing(with: .nan, where: invalid)
    }

    /// `sincos` on eight lanes, for arguments whose quotient by pi/4 fits an Int32 (the angles
    /// of `normal_`, in [0, 2 pi)).
    static func sincos(_ input: Lanes) -> (sin: Lanes, cos: Lanes) {
        var signSin = bits(input) & 0x8000_0000
        var x = float(bits(input) & 0x7fff_ffff)
        var y = x * fourOverPi
        var j = truncated(y)
        j = (j &+ 1) & ~1
        y = floats(j)
        let swapSin = Bits(truncatingIfNeeded: (j & 4) &<< 29)
        let polyMask = (j & 2) .== 0
        x = fused(y, Lanes(repeating: dp1), x)
        x = fused(y, Lanes(repeating: dp2), x)
        x = fused(y, Lanes(repeating: dp3), x)
        let signCos = Bits(truncatingIfNeeded: (~(j &- 2) & 4) &<< 29)
        signSin ^= swapSin
        let z = x * x
        var yc = fused(Lanes(repeating: coscof[0]), z, Lanes(repeating: coscof[1]))
        yc = fused(yc, z, Lanes(repeating: coscof[2]))
        yc = yc * z
        yc = fused(yc, z, -(z * 0.5))
        yc = yc + 1
        var ys = fused(Lanes(repeating: sincof[0]), z, Lanes(repeating: sincof[1]))
        ys = fused(ys, z, Lanes(repeating: sincof[2]))
        ys = ys * z
        ys = fused(ys, x, x)
        let ysin2 = Lanes(repeating: 0).replacing(with: ys, where: polyMask)
        let ysin1 = yc.replacing(with: 0, where: polyMask)
        let ys2 = ys - ysin2
        let yc2 = yc - ysin1
        let s = ysin1 + ysin2
        let c = yc2 + ys2
        return (float(bits(s) ^ signSin), float(bits(c) ^ signCos))
    }
}
