#if canImport(Glibc)
import Glibc
#endif

/// The unary elementwise operations, named as in PyTorch.
public enum UnaryOp: String, Sendable, CaseIterable {
    case neg, abs, sqrt, rsqrt, exp, expm1, log, log2, log10, log1p
    case sigmoid, tanh, relu, sign, floor, ceil, round, trunc, frac, reciprocal
    case sin, cos, tan, asin, acos, atan, sinh, cosh, erf, square
    case logicalNot = "logical_not", bitwiseNot = "bitwise_not"
    case isnan, isinf, isfinite

    /// Ops whose integer and bool inputs are computed in the default float dtype.
    var promotesIntegersToFloat: Bool {
        switch self {
        case .sqrt, .rsqrt, .exp, .expm1, .log, .log2, .log10, .log1p, .sigmoid, .tanh, .reciprocal,
             .sin, .cos, .tan, .asin, .acos, .atan, .sinh, .cosh, .erf:
            return true
        default:
            return false
        }
    }

    /// Ops that write bool results.
    var producesBool: Bool {
        switch self {
        case .logicalNot, .isnan, .isinf, .isfinite: return true
        default: return false
        }
    }
}

/// Kernel selection for unary ops.
enum UnaryKernels {
    /// The loop computing `op` reading and writing `dtype` (bool output for `producesBool` ops).
    static func kernel(_ op: UnaryOp, _ dtype: DType) -> RunKernel? {
        switch dtype {
        case .float32: return floatKernel(op, Float.self)
        case .float64: return floatKernel(op, Double.self)
        case .int64: return intKernel(op, Int64.self)
        case .int32: return intKernel(op, Int32.self)
        case .uint8: return intKernel(op, UInt8.self)
        case .bool: return boolKernel(op)
        }
    }

    static func floatKernel<T: FloatElement>(_ op: UnaryOp, _: T.Type) -> RunKernel? {
        if T.self == Float.self {
            switch op {
            case .neg: return { n, d, s in Loops.unaryFloat(n, d, s, { -$0 }, { -$0 }) }
            case .abs: return { n, d, s in Loops.unary(n, d, s) { (a: Float) -> Float in Float(bitPattern: a.bitPattern & 0x7fff_ffff) } }
            case .sqrt: return { n, d, s in Loops.unaryFloat(n, d, s, { $0.squareRoot() }, { $0.squareRoot() }) }
            case .square: return { n, d, s in Loops.unaryFloat(n, d, s, { $0 * $0 }, { $0 * $0 }) }
            case .exp: return { n, d, s in VectorMath.expRun(n, d, s) }
            case .sigmoid: return { n, d, s in VectorMath.sigmoidRun(n, d, s) }
            default: break
            }
        }
        switch op {
        case .neg: return { n, d, s in Loops.unary(n, d, s) { (a: T) -> T in -a } }
        case .abs: return { n, d, s in Loops.unary(n, d, s) { (a: T) -> T in Swift.abs(a) } }
        case .sqrt: return { n, d, s in Loops.unary(n, d, s) { (a: T) -> T in a.squareRoot() } }
        case .rsqrt: return { n, d, s in Loops.unary(n, d, s) { (a: T) -> T in 1 / a.squareRoot() } }
        case .exp: return { n, d, s in Loops.unary(n, d, s) { (a: T) -> T in T.exp(a) } }
        case .expm1: return { n, d, s in Loops.unary(n, d, s) { (a: T) -> T in T.expm1(a) } }
        case .log: return { n, d, s in Loops.unary(n, d, s) { (a: T) -> T in T.log(a) } }
        case .log2: return { n, d, s in Loops.unary(n, d, s) { (a: T) -> T in T.log2(a) } }
        case .log10: return { n, d, s in Loops.unary(n, d, s) { (a: T) -> T in T.log10(a) } }
        case .log1p: return { n, d, s in Loops.unary(n, d, s) { (a: T) -> T in T.log1p(a) } }
        case .sigmoid: return { n, d, s in Loops.unary(n, d, s) { (a: T) -> T in 1 / (1 + T.exp(-a)) } }
        case .tanh: return { n, d, s in Loops.unary(n, d, s) { (a: T) -> T in T.tanh(a) } }
        case .relu: return { n, d, s in Loops.unary(n, d, s) { (a: T) -> T in a.isNaN ? a : (a > 0 ? a : 0) } }
        case .sign: return { n, d, s in Loops.unary(n, d, s) { (a: T) -> T in a > 0 ? 1 : (a < 0 ? -1 : (a.isNaN ? 0 : a * 0)) } }
        case .floor: return { n, d, s in Loops.unary(n, d, s) { (a: T) -> T in a.rounded(.down) } }
        case .ceil: return { n, d, s in Loops.unary(n, d, s) { (a: T) -> T in a.rounded(.up) } }
        case .round: return { n, d, s in Loops.unary(n, d, s) { (a: T) -> T in a.rounded(.toNearestOrEven) } }
        case .trunc: return { n, d, s in Loops.unary(n, d, s) { (a: T) -> T in a.rounded(.towardZero) } }
        case .frac: return { n, d, s in Loops.unary(n, d, s) { (a: T) -> T in a - a.rounded(.towardZero) } }
        case .reciprocal: return { n, d, s in Loops.unary(n, d, s) { (a: T) -> T in 1 / a } }
        case .sin: return { n, d, s in Loops.unary(n, d, s) { (a: T) -> T in T.sin(a) } }
        case .cos: return { n, d, s in Loops.unary(n, d, s) { (a: T) -> T in T.cos(a) } }
        case .tan: return { n, d, s in Loops.unary(n, d, s) { (a: T) -> T in T.tan(a) } }
        case .asin: return { n, d, s in Loops.unary(n, d, s) { (a: T) -> T in T.asin(a) } }
        case .acos: return { n, d, s in Loops.unary(n, d, s) { (a: T) -> T in T.acos(a) } }
        case .atan: return { n, d, s in Loops.unary(n, d, s) { (a: T) -> T in T.atan(a) } }
        case .sinh: return { n, d, s in Loops.unary(n, d, s) { (a: T) -> T in T.sinh(a) } }
        case .cosh: return { n, d, s in Loops.unary(n, d, s) { (a: T) -> T in T.cosh(a) } }
        case .erf: return { n, d, s in Loops.unary(n, d, s) { (a: T) -> T in T.erf(a) } }
        case .square: return { n, d, s in Loops.unary(n, d, s) { (a: T) -> T in a * a } }
        case .logicalNot: return { n, d, s in Loops.unary(n, d, s) { (a: T) -> Bool in a == 0 } }
        case .isnan: return { n, d, s in Loops.unary(n, d, s) { (a: T) -> Bool in a.isNaN } }
        case .isinf: return { n, d, s in Loops.unary(n, d, s) { (a: T) -> Bool in a.isInfinite } }
        case .isfinite: return { n, d, s in Loops.unary(n, d, s) { (a: T) -> Bool in a.isFinite } }
        case .bitwiseNot: return nil
        }
    }

    static func intKernel<T: IntElement>(_ op: UnaryOp, _: T.Type) -> RunKernel? {
        switch op {
        case .neg: return { n, d, s in Loops.unary(n, d, s) { (a: T) -> T in 0 &- a } }
        case .abs:
            return { n, d, s in Loops.unary(n, d, s) { (a: T) -> T in (T.isSigned && a < 0) ? 0 &- a : a } }
        case .relu: return { n, d, s in Loops.unary(n, d, s) { (a: T) -> T in a > 0 ? a : 0 } }
        case .sign: return { n, d, s in Loops.unary(n, d, s) { (a: T) -> T in a > 0 ? 1 : (a < 0 ? 0 &- 1 : 0) } }
        case .floor, .ceil, .round, .trunc: return { n, d, s in Loops.unary(n, d, s) { (a: T) -> T in a } }
        case .square: return { n, d, s in Loops.unary(n, d, s) { (a: T) -> T in a &* a } }
        case .bitwiseNot: return { n, d, s in Loops.unary(n, d, s) { (a: T) -> T in ~a } }
        case .logicalNot: return { n, d, s in Loops.unary(n, d, s) { (a: T) -> Bool in a == 0 } }
        case .isnan, .isinf: return { n, d, s in Loops.unary(n, d, s) { (_: T) -> Bool in false } }
        case .isfinite: return { n, d, s in Loops.unary(n, d, s) { (_: T) -> Bool in true } }
        default: return nil
        }
    }

    static func boolKernel(_ op: UnaryOp) -> RunKernel? {
        switch op {
        case .abs, .relu, .sign, .floor, .ceil, .round, .trunc:
            return { n, d, s in Loops.unary(n, d, s) { (a: Bool) -> Bool in a } }
        case .bitwiseNot, .logicalNot: return { n, d, s in Loops.unary(n, d, s) { (a: Bool) -> Bool in !a } }
        case .isnan, .isinf: return { n, d, s in Loops.unary(n, d, s) { (_: Bool) -> Bool in false } }
        case .isfinite: return { n, d, s in Loops.unary(n, d, s) { (_: Bool) -> Bool in true } }
        default: return nil
        }
    }
}

/// Kernels converting between dtypes with C++ `static_cast` semantics (what `.to(dtype)` does).
enum CastKernels {
    static func kernel(from: DType, to: DType) -> RunKernel {
        switch from {
        case .bool: return to1(Bool.self, to)
        case .uint8: return to1(UInt8.self, to)
        case .int32: return to1(Int32.self, to)
        case .int64: return to1(Int64.self, to)
        case .float32: return to1(Float.self, to)
        case .float64: return to1(Double.self, to)
        }
    }

    private static func to1<S: TensorElement>(_ s: S.Type, _ to: DType) -> RunKernel {
        switch to {
        case .bool: return make(S.self, Bool.self)
        case .uint8: return make(S.self, UInt8.self)
        case .int32: return make(S.self, Int32.self)
        case .int64: return make(S.self, Int64.self)
        case .float32: return make(S.self, Float.self)
        case .float64: return make(S.self, Double.self)
        }
    }

    private static func make<S: TensorElement, D: TensorElement>(_: S.Type, _: D.Type) -> RunKernel {
        if S.self == D.self {
            return { n, d, s in Loops.unary(n, d, s) { (a: S) -> S in a } }
        }
        if D.self == Bool.self {
            return { n, d, s in Loops.unary(n, d, s) { (a: S) -> Bool in a.doubleValue != 0 } }
        }
        // Integer-to-float conversions the optimiser vectorises (uint8 and int32 widen through
        // int32, which SSE2 converts four at a time; the generic path goes through Int64,
        // converted one element at a time): `.float()` of the notebook's stacked images.
        if S.self == UInt8.self && D.self == Float.self {
            return { n, d, s in Loops.unary(n, d, s) { (a: UInt8) -> Float in Float(Int32(a)) } }
        }
        if S.self == Int32.self && D.self == Float.self {
            return { n, d, s in Loops.unary(n, d, s) { (a: Int32) -> Float in Float(a) } }
        }
        if S.self == UInt8.self && D.self == Double.self {
            return { n, d, s in Loops.unary(n, d, s) { (a: UInt8) -> Double in Double(Int32(a)) } }
        }
        if S.self == Int32.self && D.self == Double.self {
            return { n, d, s in Loops.unary(n, d, s) { (a: Int32) -> Double in Double(a) } }
        }
        if S.dtype.isFloatingPoint {
            return { n, d, s in Loops.unary(n, d, s) { (a: S) -> D in D(castingDouble: a.doubleValue) } }
        }
        return { n, d, s in Loops.unary(n, d, s) { (a: S) -> D in D(castingInt: a.intValue) } }
    }
}
