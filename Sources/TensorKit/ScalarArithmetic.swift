/// Arithmetic on two 0-d float32 tensors computed directly on the loaded values: the
/// `a[i, k] * b[k, j]` and `c[i, j] += ...` of a Python scalar loop. The general path selects a
/// kernel closure and builds pointer/stride buffers for one element; this skips both. Only the
/// four basic ops, same dtype, no wrapped Python numbers (their promotion differs) and no
/// autograd; anything else returns nil and takes the general path, which gives the same values.
enum ScalarArithmetic {
    @inline(__always)
    static func applies(_ a: Tensor, _ b: Tensor) -> Bool {
        a.rank == 0 && b.rank == 0 && a.dtype == .float32 && b.dtype == .float32
            && !a.isWrappedNumber && !b.isWrappedNumber && !a.requiresGrad && !b.requiresGrad
    }

    /// `op(x, y)` for add/sub/mul/div; nil for other ops.
    @inline(__always)
    static func compute(_ op: BinaryOp, _ x: Float, _ y: Float) -> Float? {
        switch op {
        case .add: return x + y
        case .sub: return x - y
        case .mul: return x * y
        case .div: return x / y
        default: return nil
        }
    }

    /// A new 0-d float32 tensor holding `op(a, b)`, or nil when the general path must run.
    @inline(__always)
    static func binary(_ op: BinaryOp, _ a: Tensor, _ b: Tensor) throws -> Tensor? {
        guard applies(a, b), let value = compute(op, load(a), load(b)) else { return nil }
        let out = try Tensor(uninitializedShape: [], dtype: .float32)
        out.dataPointer.storeBytes(of: value, as: Float.self)
        return out
    }

    /// `a op= b` in place; false when the general path must run.
    @inline(__always)
    static func inPlace(_ op: BinaryOp, _ a: Tensor, _ b: Tensor) -> Bool {
        guard applies(a, b), let value = compute(op, load(a), load(b)) else { return false }
        a.dataPointer.storeBytes(of: value, as: Float.self)
        a.storage.version &+= 1
        return true
    }

    @inline(__always)
    private static func load(_ t: Tensor) -> Float { t.dataPointer.load(as: Float.self) }
}
