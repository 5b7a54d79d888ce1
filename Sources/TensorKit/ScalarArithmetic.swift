/// Arithmetic on two 0-d tensors of one dtype computed directly on the loaded values: the
/// `a[i, k] * b[k, j]` and `c[i, j] += ...` of a Python scalar loop. The general path selects a
/// kernel closure and builds pointer/stride buffers for one element; this skips both. Only the
/// basic ops whose result keeps the operands' dtype (add/sub/mul on every numeric dtype, div on
/// floats), no wrapped Python numbers (their promotion differs) and no autograd; anything else
/// returns nil and takes the general path. The formulas are the kernels' own (IEEE arithmetic
/// for floats, wrapping arithmetic for ints), so the values are the same.
enum ScalarArithmetic {
    @inline(__always)
    static func applies(_ a: Tensor, _ b: Tensor) -> Bool {
        a.rank == 0 && b.rank == 0 && a.dtype == b.dtype
            && !a.isWrappedNumber && !b.isWrappedNumber && !a.requiresGrad && !b.requiresGrad
    }

    @inline(__always)
    static func compute<T: BinaryFloatingPoint>(_ op: BinaryOp, _ x: T, _ y: T) -> T? {
        switch op {
        case .add: return x + y
        case .sub: return x - y
        case .mul: return x * y
        case .div: return x / y
        default: return nil
        }
    }

    @inline(__always)
    static func compute<T: FixedWidthInteger>(_ op: BinaryOp, _ x: T, _ y: T) -> T? {
        switch op {
        case .add: return x &+ y
        case .sub: return x &- y
        case .mul: return x &* y
        default: return nil
        }
    }

    /// `op` on the elements at `x` and `y`, stored at `out` (which may be `x`); false, without
    /// writing, when this op/dtype pair is not handled here.
    @inline(__always)
    static func apply(_ op: BinaryOp, _ dtype: DType, _ x: UnsafeMutableRawPointer, _ y: UnsafeMutableRawPointer,
                      into out: UnsafeMutableRawPointer) -> Bool {
        switch dtype {
        case .float32: return apply(op, Float.self, x, y, out) { compute(op, $0, $1) }
        case .float64: return apply(op, Double.self, x, y, out) { compute(op, $0, $1) }
        case .int64: return apply(op, Int64.self, x, y, out) { compute(op, $0, $1) }
        case .int32: return apply(op, Int32.self, x, y, out) { compute(op, $0, $1) }
        case .uint8: return apply(op, UInt8.self, x, y, out) { compute(op, $0, $1) }
        case .bool: return false
        }
    }

    @inline(__always)
    private static func apply<T>(_ op: BinaryOp, _: T.Type, _ x: UnsafeMutableRawPointer, _ y: UnsafeMutableRawPointer,
                                 _ out: UnsafeMutableRawPointer, _ f: (T, T) -> T?) -> Bool {
        guard let value = f(x.load(as: T.self), y.load(as: T.self)) else { return false }
        out.storeBytes(of: value, as: T.self)
        return true
    }

    /// Whether `apply` handles `op` on `dtype` (checked before allocating a result).
    @inline(__always)
    static func handles(_ op: BinaryOp, _ dtype: DType) -> Bool {
        switch op {
        case .add, .sub, .mul: return dtype != .bool
        case .div: return dtype.isFloatingPoint
        default: return false
        }
    }

    /// A new 0-d tensor holding `op(a, b)`, or nil when the general path must run.
    @inline(__always)
    static func binary(_ op: BinaryOp, _ a: Tensor, _ b: Tensor) throws -> Tensor? {
        guard applies(a, b), handles(op, a.dtype) else { return nil }
        let out = try Tensor(uninitializedShape: [], dtype: a.dtype)
        _ = apply(op, a.dtype, a.dataPointer, b.dataPointer, into: out.dataPointer)
        return out
    }

    /// `a op= b` in place; false when the general path must run.
    @inline(__always)
    static func inPlace(_ op: BinaryOp, _ a: Tensor, _ b: Tensor) -> Bool {
        guard applies(a, b), handles(op, a.dtype) else { return false }
        _ = apply(op, a.dtype, a.dataPointer, b.dataPointer, into: a.dataPointer)
        a.storage.version &+= 1
        return true
    }
}
