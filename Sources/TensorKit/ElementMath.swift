#if canImport(Glibc)
import Glibc
#endif

/// float32 and float64 elements, with the libm functions kernels need (float32 calls the `f`
/// variants so results round like PyTorch's float kernels).
protocol FloatElement: TensorElement, BinaryFloatingPoint {
    static func exp(_ x: Self) -> Self
    static func expm1(_ x: Self) -> Self
    static func log(_ x: Self) -> Self
    static func log2(_ x: Self) -> Self
    static func log10(_ x: Self) -> Self
    static func log1p(_ x: Self) -> Self
    static func tanh(_ x: Self) -> Self
    static func sin(_ x: Self) -> Self
    static func cos(_ x: Self) -> Self
    static func tan(_ x: Self) -> Self
    static func asin(_ x: Self) -> Self
    static func acos(_ x: Self) -> Self
    static func atan(_ x: Self) -> Self
    static func atan2(_ y: Self, _ x: Self) -> Self
    static func sinh(_ x: Self) -> Self
    static func cosh(_ x: Self) -> Self
    static func erf(_ x: Self) -> Self
    static func pow(_ x: Self, _ y: Self) -> Self
    static func fmod(_ x: Self, _ y: Self) -> Self
    static func copysign(_ x: Self, _ y: Self) -> Self
}

extension Float: FloatElement {
    @inline(__always) static func exp(_ x: Float) -> Float { expf(x) }
    @inline(__always) static func expm1(_ x: Float) -> Float { expm1f(x) }
    @inline(__always) static func log(_ x: Float) -> Float { logf(x) }
    @inline(__always) static func log2(_ x: Float) -> Float { log2f(x) }
    @inline(__always) static func log10(_ x: Float) -> Float { log10f(x) }
    @inline(__always) static func log1p(_ x: Float) -> Float { log1pf(x) }
    @inline(__always) static func tanh(_ x: Float) -> Float { tanhf(x) }
    @inline(__always) static func sin(_ x: Float) -> Float { sinf(x) }
    @inline(__always) static func cos(_ x: Float) -> Float { cosf(x) }
    @inline(__always) static func tan(_ x: Float) -> Float { tanf(x) }
    @inline(__always) static func asin(_ x: Float) -> Float { asinf(x) }
    @inline(__always) static func acos(_ x: Float) -> Float { acosf(x) }
    @inline(__always) static func atan(_ x: Float) -> Float { atanf(x) }
    @inline(__always) static func atan2(_ y: Float, _ x: Float) -> Float { atan2f(y, x) }
    @inline(__always) static func sinh(_ x: Float) -> Float { sinhf(x) }
    @inline(__always) static func cosh(_ x: Float) -> Float { coshf(x) }
    @inline(__always) static func erf(_ x: Float) -> Float { erff(x) }
    @inline(__always) static func pow(_ x: Float, _ y: Float) -> Float { powf(x, y) }
    @inline(__always) static func fmod(_ x: Float, _ y: Float) -> Float { fmodf(x, y) }
    @inline(__always) static func copysign(_ x: Float, _ y: Float) -> Float { copysignf(x, y) }
}

extension Double: FloatElement {
    @inline(__always) static func exp(_ x: Double) -> Double { Glibc.exp(x) }
    @inline(__always) static func expm1(_ x: Double) -> Double { Glibc.expm1(x) }
    @inline(__always) static func log(_ x: Double) -> Double { Glibc.log(x) }
    @inline(__always) static func log2(_ x: Double) -> Double { Glibc.log2(x) }
    @inline(__always) static func log10(_ x: Double) -> Double { Glibc.log10(x) }
    @inline(__always) static func log1p(_ x: Double) -> Double { Glibc.log1p(x) }
    @inline(__always) static func tanh(_ x: Double) -> Double { Glibc.tanh(x) }
    @inline(__always) static func sin(_ x: Double) -> Double { Glibc.sin(x) }
    @inline(__always) static func cos(_ x: Double) -> Double { Glibc.cos(x) }
    @inline(__always) static func tan(_ x: Double) -> Double { Glibc.tan(x) }
    @inline(__always) static func asin(_ x: Double) -> Double { Glibc.asin(x) }
    @inline(__always) static func acos(_ x: Double) -> Double { Glibc.acos(x) }
    @inline(__always) static func atan(_ x: Double) -> Double { Glibc.atan(x) }
    @inline(__always) static func atan2(_ y: Double, _ x: Double) -> Double { Glibc.atan2(y, x) }
    @inline(__always) static func sinh(_ x: Double) -> Double { Glibc.sinh(x) }
    @inline(__always) static func cosh(_ x: Double) -> Double { Glibc.cosh(x) }
    @inline(__always) static func erf(_ x: Double) -> Double { Glibc.erf(x) }
    @inline(__always) static func pow(_ x: Double, _ y: Double) -> Double { Glibc.pow(x, y) }
    @inline(__always) static func fmod(_ x: Double, _ y: Double) -> Double { Glibc.fmod(x, y) }
    @inline(__always) static func copysign(_ x: Double, _ y: Double) -> Double { Glibc.copysign(x, y) }
}

/// uint8, int32 and int64 elements.
protocol IntElement: TensorElement, FixedWidthInteger {}
extension UInt8: IntElement {}
extension Int32: IntElement {}
extension Int64: IntElement {}

/// PyTorch's integer helpers (c10/util and BinaryOpsKernel.cpp), written to wrap instead of trap.
enum IntMath {
    /// Python-style floor division (`div_floor_integer`); the divisor is known to be nonzero.
    @inline(__always)
    static func floorDivide<T: IntElement>(_ a: T, _ b: T) -> T {
        let (q, overflow) = a.dividedReportingOverflow(by: b)
        if overflow { return q }
        if (a < 0) != (b < 0) {
            let r = a.remainderReportingOverflow(dividingBy: b).partialValue
            return r != 0 ? q &- 1 : q
        }
        return q
    }

    /// Python-style remainder (sign of the divisor); the divisor is known to be nonzero.
    @inline(__always)
    static func remainder<T: IntElement>(_ a: T, _ b: T) -> T {
        var r = a.remainderReportingOverflow(dividingBy: b).partialValue
        if r != 0 && ((r < 0) != (b < 0)) { r = r &+ b }
        return r
    }

    /// Integer power by squaring; negative exponents follow PyTorch's `powi` (1, ±1 or 0).
    @inline(__always)
    static func power<T: IntElement>(_ base: T, _ exponent: T) -> T {
        if exponent < 0 {
            if base == 1 { return 1 }
            if T.isSigned && base == T(truncatingIfNeeded: -1) {
                return (exponent & 1) == 0 ? 1 : base
            }
            return 0
        }
        var result: T = 1
        var b = base
        var e = exponent
        while e != 0 {
            if e & 1 != 0 { result = result &* b }
            b = b &* b
            e >>= 1
        }
        return result
    }
}

/// PyTorch's float helpers for floor division and remainder.
enum FloatMath {
    /// `div_floor_floating`: floor division that matches Python's `//` on floats.
    @inline(__always)
    static func floorDivide<T: FloatElement>(_ a: T, _ b: T) -> T {
        if b == 0 { return a / b }
        let mod = T.fmod(a, b)
        var div = (a - mod) / b
        if mod != 0 && (b < 0) != (mod < 0) { div -= 1 }
        if div != 0 {
            var floordiv = div.rounded(.down)
            if div - floordiv > 0.5 { floordiv += 1 }
            return floordiv
        }
        return T.copysign(0, a / b)
    }

    /// Python-style float remainder (result has the divisor's sign).
    @inline(__always)
    static func remainder<T: FloatElement>(_ a: T, _ b: T) -> T {
        var mod = T.fmod(a, b)
        if mod != 0 && (b < 0) != (mod < 0) { mod += b }
        return mod
    }
}
