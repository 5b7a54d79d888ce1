/// The binary elementwise operations, as PyTorch names them.
public enum BinaryOp: String, Sendable, CaseIterable {
    case add, sub, mul, div
    case floorDivide = "floor_divide"
    case remainder, pow, maximum, minimum, atan2
    case eq, ne, lt, le, gt, ge
    case logicalAnd = "logical_and", logicalOr = "logical_or", logicalXor = "logical_xor"
    case bitwiseAnd = "bitwise_and", bitwiseOr = "bitwise_or", bitwiseXor = "bitwise_xor"

    /// Comparisons and logical ops write bool results.
    var producesBool: Bool {
        switch self {
        case .eq, .ne, .lt, .le, .gt, .ge, .logicalAnd, .logicalOr, .logicalXor: return true
        default: return false
        }
    }

    var isComparison: Bool {
        switch self {
        case .eq, .ne, .lt, .le, .gt, .ge: return true
        default: return false
        }
    }

    /// The name PyTorch's CPU kernel has in "not implemented" errors.
    var kernelName: String {
        switch self {
        case .floorDivide: return "div_floor"
        default: return rawValue
        }
    }

    var isLogical: Bool { self == .logicalAnd || self == .logicalOr || self == .logicalXor }
    var isBitwise: Bool { self == .bitwiseAnd || self == .bitwiseOr || self == .bitwiseXor }
}

/// Kernel selection for binary ops: one specialised loop per (op, compute dtype).
enum BinaryKernels {
    /// The loop computing `op` on elements of `dtype` (inputs already in `dtype`; the output is
    /// `dtype`, or bool for comparisons). `alpha` scales the second operand of add (fused, as
    /// PyTorch's `add(alpha=)` is). Returns nil when PyTorch has no kernel for the pair.
    static func kernel(_ op: BinaryOp, _ dtype: DType, alpha: Scalar? = nil) -> RunKernel? {
        switch dtype {
        case .float32: return floatKernel(op, Float.self, alpha: alpha)
        case .float64: return floatKernel(op, Double.self, alpha: alpha)
        case .int64: return intKernel(op, Int64.self, alpha: alpha)
        case .int32: return intKernel(op, Int32.self, alpha: alpha)
        case .uint8: return intKernel(op, UInt8.self, alpha: alpha)
        case .bool: return boolKernel(op)
        }
    }

    static func floatKernel<T: FloatElement>(_ op: BinaryOp, _: T.Type, alpha: Scalar?) -> RunKernel? {
        if let alpha = alpha, op == .add {
            let k = T(alpha.doubleValue)
            if T.self == Float.self {
                let kf = Float(alpha.doubleValue)
                let kv = SIMD16<Float>(repeating: kf)
                return { n, d, s in Loops.binaryFloat(n, d, s, { $0.addingProduct($1, kf) }, { $0.addingProduct($1, kv) }) }
            }
            return { n, d, s in Loops.binary(n, d, s) { (a: T, b: T) -> T in a.addingProduct(b, k) } }
        }
        if T.self == Float.self {
            switch op {
            case .add: return { n, d, s in Loops.binaryFloat(n, d, s, { $0 + $1 }, { $0 + $1 }) }
            case .sub: return { n, d, s in Loops.binaryFloat(n, d, s, { $0 - $1 }, { $0 - $1 }) }
            case .mul: return { n, d, s in Loops.binaryFloat(n, d, s, { $0 * $1 }, { $0 * $1 }) }
            case .div: return { n, d, s in Loops.binaryFloat(n, d, s, { $0 / $1 }, { $0 / $1 }) }
            default: break
            }
        }
        switch op {
        case .add: return { n, d, s in Loops.binary(n, d, s) { (a: T, b: T) -> T in a + b } }
        case .sub: return { n, d, s in Loops.binary(n, d, s) { (a: T, b: T) -> T in a - b } }
        case .mul: return { n, d, s in Loops.binary(n, d, s) { (a: T, b: T) -> T in a * b } }
        case .div: return { n, d, s in Loops.binary(n, d, s) { (a: T, b: T) -> T in a / b } }
        case .floorDivide: return { n, d, s in Loops.binary(n, d, s) { (a: T, b: T) -> T in FloatMath.floorDivide(a, b) } }
        case .remainder: return { n, d, s in Loops.binary(n, d, s) { (a: T, b: T) -> T in FloatMath.remainder(a, b) } }
        case .pow: return { n, d, s in Loops.binary(n, d, s) { (a: T, b: T) -> T in T.pow(a, b) } }
        case .atan2: return { n, d, s in Loops.binary(n, d, s) { (a: T, b: T) -> T in T.atan2(a, b) } }
        case .maximum:
            return { n, d, s in Loops.binary(n, d, s) { (a: T, b: T) -> T in a.isNaN ? a : (b.isNaN ? b : (a > b ? a : b)) } }
        case .minimum:
            return { n, d, s in Loops.binary(n, d, s) { (a: T, b: T) -> T in a.isNaN ? a : (b.isNaN ? b : (a < b ? a : b)) } }
        case .eq: return { n, d, s in Loops.binary(n, d, s) { (a: T, b: T) -> Bool in a == b } }
        case .ne: return { n, d, s in Loops.binary(n, d, s) { (a: T, b: T) -> Bool in a != b } }
        case .lt: return { n, d, s in Loops.binary(n, d, s) { (a: T, b: T) -> Bool in a < b } }
        case .le: return { n, d, s in Loops.binary(n, d, s) { (a: T, b: T) -> Bool in a <= b } }
        case .gt: return { n, d, s in Loops.binary(n, d, s) { (a: T, b: T) -> Bool in a > b } }
        case .ge: return { n, d, s in Loops.binary(n, d, s) { (a: T, b: T) -> Bool in a >= b } }
        case .logicalAnd, .logicalOr, .logicalXor, .bitwiseAnd, .bitwiseOr, .bitwiseXor: return nil
        }
    }

    static func intKernel<T: IntElement>(_ op: BinaryOp, _: T.Type, alpha: Scalar?) -> RunKernel? {
        if let alpha = alpha, op == .add {
            let k = T(castingInt: alpha.intValue)
            return { n, d, s in Loops.binary(n, d, s) { (a: T, b: T) -> T in a &+ b &* k } }
        }
        switch op {
        case .add: return { n, d, s in Loops.binary(n, d, s) { (a: T, b: T) -> T in a &+ b } }
        case .sub: return { n, d, s in Loops.binary(n, d, s) { (a: T, b: T) -> T in a &- b } }
        case .mul: return { n, d, s in Loops.binary(n, d, s) { (a: T, b: T) -> T in a &* b } }
        case .floorDivide: return { n, d, s in Loops.binary(n, d, s) { (a: T, b: T) -> T in IntMath.floorDivide(a, b) } }
        case .remainder: return { n, d, s in Loops.binary(n, d, s) { (a: T, b: T) -> T in IntMath.remainder(a, b) } }
        case .pow: return { n, d, s in Loops.binary(n, d, s) { (a: T, b: T) -> T in IntMath.power(a, b) } }
        case .maximum: return { n, d, s in Loops.binary(n, d, s) { (a: T, b: T) -> T in a > b ? a : b } }
        case .minimum: return { n, d, s in Loops.binary(n, d, s) { (a: T, b: T) -> T in a < b ? a : b } }
        case .eq: return { n, d, s in Loops.binary(n, d, s) { (a: T, b: T) -> Bool in a == b } }
        case .ne: return { n, d, s in Loops.binary(n, d, s) { (a: T, b: T) -> Bool in a != b } }
        case .lt: return { n, d, s in Loops.binary(n, d, s) { (a: T, b: T) -> Bool in a < b } }
        case .le: return { n, d, s in Loops.binary(n, d, s) { (a: T, b: T) -> Bool in a <= b } }
        case .gt: return { n, d, s in Loops.binary(n, d, s) { (a: T, b: T) -> Bool in a > b } }
        case .ge: return { n, d, s in Loops.binary(n, d, s) { (a: T, b: T) -> Bool in a >= b } }
        case .bitwiseAnd: return { n, d, s in Loops.binary(n, d, s) { (a: T, b: T) -> T in a & b } }
        case .bitwiseOr: return { n, d, s in Loops.binary(n, d, s) { (a: T, b: T) -> T in a | b } }
        case .bitwiseXor: return { n, d, s in Loops.binary(n, d, s) { (a: T, b: T) -> T in a ^ b } }
        case .div, .atan2, .logicalAnd, .logicalOr, .logicalXor: return nil
        }
    }

    /// Bool arithmetic as C++ does it and casts back: + and max are "or", * and min are "and".
    static func boolKernel(_ op: BinaryOp) -> RunKernel? {
        switch op {
        case .add, .maximum, .bitwiseOr, .logicalOr:
            return { n, d, s in Loops.binary(n, d, s) { (a: Bool, b: Bool) -> Bool in a || b } }
        case .mul, .minimum, .bitwiseAnd, .logicalAnd:
            return { n, d, s in Loops.binary(n, d, s) { (a: Bool, b: Bool) -> Bool in a && b } }
        case .bitwiseXor, .logicalXor, .ne:
            return { n, d, s in Loops.binary(n, d, s) { (a: Bool, b: Bool) -> Bool in a != b } }
        case .eq: return { n, d, s in Loops.binary(n, d, s) { (a: Bool, b: Bool) -> Bool in a == b } }
        case .lt: return { n, d, s in Loops.binary(n, d, s) { (a: Bool, b: Bool) -> Bool in !a && b } }
        case .le: return { n, d, s in Loops.binary(n, d, s) { (a: Bool, b: Bool) -> Bool in !a || b } }
        case .gt: return { n, d, s in Loops.binary(n, d, s) { (a: Bool, b: Bool) -> Bool in a && !b } }
        case .ge: return { n, d, s in Loops.binary(n, d, s) { (a: Bool, b: Bool) -> Bool in a || !b } }
        case .pow: return { n, d, s in Loops.binary(n, d, s) { (a: Bool, b: Bool) -> Bool in a || !b } }
        case .sub, .div, .floorDivide, .remainder, .atan2: return nil
        }
    }
}
