/// Binary elementwise operations with broadcasting and PyTorch's type promotion.
extension Tensor {
    /// `op(lhs, rhs)` for any binary op; Python scalars enter as `Tensor.wrapping(_:)`.
    /// `alpha` scales `rhs` for add and sub (`torch.add(a, b, alpha=2)`).
    public static func binary(_ op: BinaryOp, _ lhs: Tensor, _ rhs: Tensor, alpha: Scalar? = nil) throws -> Tensor {
        if alpha == nil, let out = try ScalarArithmetic.binary(op, lhs, rhs) { return out }
        if op == .sub { try checkSubtraction(lhs, rhs) }
        if op == .div && lhs.isWrappedNumber && !rhs.isWrappedNumber {
            // Python's `x / t` is `t.reciprocal() * x` in PyTorch (same rounding, MulBackward0).
            return try binary(.mul, try rhs.reciprocal(), lhs)
        }
        let (kernelOp, kernelAlpha) = normalizedAlpha(op, alpha)
        let out = try compute(kernelOp, lhs, rhs, alpha: kernelAlpha)
        let reversed = lhs.isWrappedNumber && !rhs.isWrappedNumber
        return Autograd.record(.binary(op, alpha: alpha?.doubleValue ?? 1, reversed: reversed), out, lhs, rhs)
    }

    /// add/sub with an `alpha` other than 1 run as a fused `a + alpha*b` (PyTorch's kernel uses
    /// fmadd); alpha 1 keeps the plain (vectorised) add or sub.
    static func normalizedAlpha(_ op: BinaryOp, _ alpha: Scalar?) -> (BinaryOp, Scalar?) {
        guard let a = alpha, op == .add || op == .sub else { return (op, nil) }
        if a == .int(1) || a == .float(1) || a == .bool(true) { return (op, nil) }
        return op == .sub ? (.add, negated(a)) : (.add, a)
    }

    private static func negated(_ s: Scalar) -> Scalar {
        switch s {
        case .bool(let b): return .int(b ? -1 : 0)
        case .int(let i): return .int(0 &- i)
        case .float(let d): return .float(-d)
        }
    }

    static func checkSubtraction(_ a: Tensor, _ b: Tensor) throws {
        if a.dtype == .bool && b.dtype == .bool {
            throw TensorError.notImplemented("Subtraction, the `-` operator, with two bool tensors is not supported. Use the `^` or `logical_xor()` operator instead.")
        }
        if a.dtype == .bool || b.dtype == .bool {
            throw TensorError.notImplemented("Subtraction, the `-` operator, with a bool tensor is not supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator instead.")
        }
    }

    /// The dtype the kernel computes in for `op` on operands promoting to `common`.
    static func computeDType(_ op: BinaryOp, _ common: DType) -> DType {
        switch op {
        case .div, .atan2: return common.isFloatingPoint ? common : .float32
        case .logicalAnd, .logicalOr, .logicalXor: return .bool
        default: return common
        }
    }

    /// Runs the kernel for `op` and returns a new tensor (no autograd).
    static func compute(_ op: BinaryOp, _ a: Tensor, _ b: Tensor, alpha: Scalar?) throws -> Tensor {
        let common = Elementwise.resultType(a, b)
        let dtype = computeDType(op, common)
        guard let kernel = BinaryKernels.kernel(op, dtype, alpha: alpha) else {
            throw TensorError.notImplemented("\"\(op.kernelName)_cpu\" not implemented for '\(dtype.scalarTypeName)'")
        }
        let outDType = op.producesBool ? DType.bool : dtype
        // Scalar fast path: two one-element 0-d operands of the compute dtype.
        if a.rank == 0 && b.rank == 0 && a.dtype == dtype && b.dtype == dtype {
            let out = try Tensor(uninitializedShape: [], dtype: outDType)
            if (op == .floorDivide || op == .remainder) && !dtype.isFloatingPoint && dtype != .bool {
                if ElementAccess.loadInt(b.dataPointer, dtype) == 0 { throw TensorError.runtime("ZeroDivisionError") }
            }
            Elementwise.runSingle(kernel, out, a, b)
            return out
        }
        let shape = try Shape.broadcast(a.shape, b.shape)
        let ac = try Elementwise.cast(a, to: dtype)
        let bc = try Elementwise.cast(b, to: dtype)
        if (op == .floorDivide || op == .remainder) && !dtype.isFloatingPoint && dtype != .bool {
            if try bc.containsZero() { throw TensorError.runtime("ZeroDivisionError") }
        }
        let out = try Elementwise.allocateOutput(shape: shape, dtype: outDType, like: [a, b])
        Elementwise.run(kernel, shape: shape, operands: [out, ac, bc])
        return out
    }

    /// `self op= other` in place (`add_`, `mul_`, `t += x`): the result is computed in the
    /// promoted dtype and must be castable back to `self`'s dtype.
    @discardableResult
    public func applyInPlace(_ requestedOp: BinaryOp, _ other: Tensor, alpha requestedAlpha: Scalar? = nil) throws -> Tensor {
        if requestedAlpha == nil && ScalarArithmetic.inPlace(requestedOp, self, other) { return self }
        let originalOp = requestedOp
        let originalAlpha = requestedAlpha
        if originalOp == .sub { try Tensor.checkSubtraction(self, other) }
        let (op, alpha) = Tensor.normalizedAlpha(originalOp, originalAlpha)
        let common = Elementwise.resultType(self, other)
        let dtype = Tensor.computeDType(op, common)
        let resultDType = op.producesBool ? DType.bool : dtype
        if !DType.canCast(from: resultDType, to: self.dtype) {
            throw TensorError.runtime("result type \(resultDType.scalarTypeName) can't be cast to the desired output type \(self.dtype.scalarTypeName)")
        }
        try Autograd.checkInPlace(self)
        let previous = Autograd.snapshotForInPlace(self, other)
        if dtype == self.dtype && !op.producesBool && rank == 0 && other.rank == 0 && other.dtype == dtype {
            // Scalar fast path (`c[i,j] += x` in a Python loop).
            guard let kernel = BinaryKernels.kernel(op, dtype, alpha: alpha) else {
                throw TensorError.notImplemented("\"\(op.rawValue)_cpu\" not implemented for '\(dtype.scalarTypeName)'")
            }
            if (op == .floorDivide || op == .remainder) && !dtype.isFloatingPoint && dtype != .bool
                && ElementAccess.loadInt(other.dataPointer, dtype) == 0 {
                throw TensorError.runtime("ZeroDivisionError")
            }
            Elementwise.runSingle(kernel, self, self, other)
        } else {
            let shape = try Shape.broadcast(shape, other.shape)
            if shape != self.shape {
                throw TensorError.runtime("output with shape \(Shape.describe(self.shape)) doesn't match the broadcast shape \(Shape.describe(shape))")
            }
            try Elementwise.checkWritable(self)
            if dtype == self.dtype && !op.producesBool {
                guard let kernel = BinaryKernels.kernel(op, dtype, alpha: alpha) else {
                    throw TensorError.notImplemented("\"\(op.rawValue)_cpu\" not implemented for '\(dtype.scalarTypeName)'")
                }
                var b = try Elementwise.cast(other, to: dtype)
                if Elementwise.mayOverlap(self, b) { b = try Elementwise.contiguousCopy(b) }
                if (op == .floorDivide || op == .remainder) && !dtype.isFloatingPoint && dtype != .bool, try b.containsZero() {
                    throw TensorError.runtime("ZeroDivisionError")
                }
                Elementwise.run(kernel, shape: shape, operands: [self, self, b])
            } else {
                let result = try Tensor.compute(op, self, other, alpha: alpha)
                try Elementwise.copy(result, into: self)
            }
        }
        if let previous = previous {
            Autograd.recordInPlace(.binary(originalOp, alpha: originalAlpha?.doubleValue ?? 1, reversed: false),
                                   self, previous, [previous, other])
        }
        return self
    }

    /// True when any element is zero (integer division guard).
    func containsZero() throws -> Bool {
        let zero = try Tensor.wrapping(.int(0))
        let mask = try Tensor.compute(.eq, self, zero, alpha: nil)
        return try mask.anyTrue()
    }

    // MARK: Named methods (tensor and Python-scalar operands)

    /// `self + alpha * other` (`torch.add`).
    public func add(_ other: Tensor, alpha: Scalar? = nil) throws -> Tensor { try Tensor.binary(.add, self, other, alpha: alpha) }
    /// `self + alpha * other` with a Python number.
    public func add(_ other: Scalar, alpha: Scalar? = nil) throws -> Tensor { try Tensor.binary(.add, self, .wrapping(other), alpha: alpha) }
    /// `self - alpha * other` (`torch.sub`).
    public func sub(_ other: Tensor, alpha: Scalar? = nil) throws -> Tensor { try Tensor.binary(.sub, self, other, alpha: alpha) }
    /// `self - alpha * other` with a Python number.
    public func sub(_ other: Scalar, alpha: Scalar? = nil) throws -> Tensor { try Tensor.binary(.sub, self, .wrapping(other), alpha: alpha) }
    /// `self * other` (`torch.mul`).
    public func mul(_ other: Tensor) throws -> Tensor { try Tensor.binary(.mul, self, other) }
    /// `self * other` with a Python number.
    public func mul(_ other: Scalar) throws -> Tensor { try Tensor.binary(.mul, self, .wrapping(other)) }
    /// True division `self / other`; integers divide as floats (`torch.div`).
    public func div(_ other: Tensor) throws -> Tensor { try Tensor.binary(.div, self, other) }
    /// `self / other` with a Python number (true division).
    public func div(_ other: Scalar) throws -> Tensor { try Tensor.binary(.div, self, .wrapping(other)) }
    /// `self // other` (`torch.floor_divide`).
    public func floorDivide(_ other: Tensor) throws -> Tensor { try Tensor.binary(.floorDivide, self, other) }
    /// `self // other` with a Python number.
    public func floorDivide(_ other: Scalar) throws -> Tensor { try Tensor.binary(.floorDivide, self, .wrapping(other)) }
    /// `self % other`, with the sign of the divisor like Python (`torch.remainder`).
    public func remainder(_ other: Tensor) throws -> Tensor { try Tensor.binary(.remainder, self, other) }
    /// `self % other` with a Python number.
    public func remainder(_ other: Scalar) throws -> Tensor { try Tensor.binary(.remainder, self, .wrapping(other)) }
    /// Elementwise maximum, propagating NaN (`torch.maximum`).
    public func maximum(_ other: Tensor) throws -> Tensor { try Tensor.binary(.maximum, self, other) }
    /// Elementwise minimum, propagating NaN (`torch.minimum`).
    public func minimum(_ other: Tensor) throws -> Tensor { try Tensor.binary(.minimum, self, other) }
    /// `atan2(self, other)`.
    public func atan2(_ other: Tensor) throws -> Tensor { try Tensor.binary(.atan2, self, other) }

    /// `self ** other` with tensor exponents (`torch.pow`).
    public func pow(_ other: Tensor) throws -> Tensor { try Tensor.binary(.pow, self, other) }

    /// `self == other` elementwise (bool result).
    public func eq(_ other: Tensor) throws -> Tensor { try Tensor.binary(.eq, self, other) }
    /// `self == other` with a Python number (bool result).
    public func eq(_ other: Scalar) throws -> Tensor { try Tensor.binary(.eq, self, .wrapping(other)) }
    /// `self != other` elementwise (bool result).
    public func ne(_ other: Tensor) throws -> Tensor { try Tensor.binary(.ne, self, other) }
    /// `self != other` elementwise (bool result).
    public func ne(_ other: Scalar) throws -> Tensor { try Tensor.binary(.ne, self, .wrapping(other)) }
    /// `self < other` elementwise (bool result).
    public func lt(_ other: Tensor) throws -> Tensor { try Tensor.binary(.lt, self, other) }
    /// `self < other` elementwise (bool result).
    public func lt(_ other: Scalar) throws -> Tensor { try Tensor.binary(.lt, self, .wrapping(other)) }
    /// `self <= other` elementwise (bool result).
    public func le(_ other: Tensor) throws -> Tensor { try Tensor.binary(.le, self, other) }
    /// `self <= other` elementwise (bool result).
    public func le(_ other: Scalar) throws -> Tensor { try Tensor.binary(.le, self, .wrapping(other)) }
    /// `self > other` elementwise (bool result).
    public func gt(_ other: Tensor) throws -> Tensor { try Tensor.binary(.gt, self, other) }
    /// `self > other` elementwise (bool result).
    public func gt(_ other: Scalar) throws -> Tensor { try Tensor.binary(.gt, self, .wrapping(other)) }
    /// `self >= other` elementwise (bool result).
    public func ge(_ other: Tensor) throws -> Tensor { try Tensor.binary(.ge, self, other) }
    /// `self >= other` elementwise (bool result).
    public func ge(_ other: Scalar) throws -> Tensor { try Tensor.binary(.ge, self, .wrapping(other)) }

    /// Elementwise logical and/or/xor of truth values (bool result).
    public func logicalAnd(_ other: Tensor) throws -> Tensor { try Tensor.binary(.logicalAnd, self, other) }
    /// Elementwise logical or.
    public func logicalOr(_ other: Tensor) throws -> Tensor { try Tensor.binary(.logicalOr, self, other) }
    /// Elementwise logical xor.
    public func logicalXor(_ other: Tensor) throws -> Tensor { try Tensor.binary(.logicalXor, self, other) }
    /// Bitwise and/or/xor on integer and bool tensors (Python's `&`, `|`, `^`).
    public func bitwiseAnd(_ other: Tensor) throws -> Tensor { try Tensor.binary(.bitwiseAnd, self, other) }
    /// Bitwise or (`|`).
    public func bitwiseOr(_ other: Tensor) throws -> Tensor { try Tensor.binary(.bitwiseOr, self, other) }
    /// Bitwise xor (`^`).
    public func bitwiseXor(_ other: Tensor) throws -> Tensor { try Tensor.binary(.bitwiseXor, self, other) }

    // MARK: In place

    /// In-place `self += alpha * other` (`t.add_(x)`).
    @discardableResult public func add_(_ other: Tensor, alpha: Scalar? = nil) throws -> Tensor { try applyInPlace(.add, other, alpha: alpha) }
    @discardableResult public func add_(_ other: Scalar, alpha: Scalar? = nil) throws -> Tensor { try applyInPlace(.add, .wrapping(other), alpha: alpha) }
    @discardableResult public func sub_(_ other: Tensor, alpha: Scalar? = nil) throws -> Tensor { try applyInPlace(.sub, other, alpha: alpha) }
    @discardableResult public func sub_(_ other: Scalar, alpha: Scalar? = nil) throws -> Tensor { try applyInPlace(.sub, .wrapping(other), alpha: alpha) }
    @discardableResult public func mul_(_ other: Tensor) throws -> Tensor { try applyInPlace(.mul, other) }
    @discardableResult public func mul_(_ other: Scalar) throws -> Tensor { try applyInPlace(.mul, .wrapping(other)) }
    @discardableResult public func div_(_ other: Tensor) throws -> Tensor { try applyInPlace(.div, other) }
    @discardableResult public func div_(_ other: Scalar) throws -> Tensor { try applyInPlace(.div, .wrapping(other)) }
}

// MARK: Swift operators (throwing: shapes and dtypes are checked at run time)

extension Tensor {
    /// Elementwise sum (throws on shape or dtype errors).
    public static func + (a: Tensor, b: Tensor) throws -> Tensor { try a.add(b) }
    /// Elementwise sum (throws on shape or dtype errors).
    public static func + (a: Tensor, b: Scalar) throws -> Tensor { try a.add(b) }
    /// Elementwise sum (throws on shape or dtype errors).
    public static func + (a: Scalar, b: Tensor) throws -> Tensor { try binary(.add, .wrapping(a), b) }
    /// Elementwise difference, or negation.
    public static func - (a: Tensor, b: Tensor) throws -> Tensor { try a.sub(b) }
    /// Elementwise difference, or negation.
    public static func - (a: Tensor, b: Scalar) throws -> Tensor { try a.sub(b) }
    /// Elementwise difference, or negation.
    public static func - (a: Scalar, b: Tensor) throws -> Tensor { try binary(.sub, .wrapping(a), b) }
    /// Elementwise product.
    public static func * (a: Tensor, b: Tensor) throws -> Tensor { try a.mul(b) }
    /// Elementwise product.
    public static func * (a: Tensor, b: Scalar) throws -> Tensor { try a.mul(b) }
    /// Elementwise product.
    public static func * (a: Scalar, b: Tensor) throws -> Tensor { try binary(.mul, .wrapping(a), b) }
    /// Elementwise true division.
    public static func / (a: Tensor, b: Tensor) throws -> Tensor { try a.div(b) }
    /// Elementwise true division.
    public static func / (a: Tensor, b: Scalar) throws -> Tensor { try a.div(b) }
    /// Elementwise true division.
    public static func / (a: Scalar, b: Tensor) throws -> Tensor { try binary(.div, .wrapping(a), b) }
    /// Elementwise Python-style remainder.
    public static func % (a: Tensor, b: Tensor) throws -> Tensor { try a.remainder(b) }
    /// Elementwise Python-style remainder.
    public static func % (a: Tensor, b: Scalar) throws -> Tensor { try a.remainder(b) }
    /// Elementwise difference, or negation.
    public static prefix func - (a: Tensor) throws -> Tensor { try a.neg() }
    /// In-place sum.
    public static func += (a: Tensor, b: Tensor) throws { try a.add_(b) }
    /// In-place sum.
    public static func += (a: Tensor, b: Scalar) throws { try a.add_(b) }
    /// In-place difference.
    public static func -= (a: Tensor, b: Tensor) throws { try a.sub_(b) }
    /// In-place difference.
    public static func -= (a: Tensor, b: Scalar) throws { try a.sub_(b) }
    /// In-place product.
    public static func *= (a: Tensor, b: Tensor) throws { try a.mul_(b) }
    /// In-place product.
    public static func *= (a: Tensor, b: Scalar) throws { try a.mul_(b) }
    /// In-place division.
    public static func /= (a: Tensor, b: Tensor) throws { try a.div_(b) }
    /// In-place division.
    public static func /= (a: Tensor, b: Scalar) throws { try a.div_(b) }
}
