/// Unary math, powers, clamping and `where`.
extension Tensor {
    /// Applies a unary op; integer inputs of float ops (sqrt, exp, ...) compute in float32.
    public func unary(_ op: UnaryOp) throws -> Tensor {
        let out = try Tensor.computeUnary(op, self)
        switch op {
        case .logicalNot, .bitwiseNot, .isnan, .isinf, .isfinite, .sign, .floor, .ceil, .round, .trunc:
            // Piecewise-constant or boolean results: PyTorch records sign/floor/... with zero
            // gradients; a zero-gradient node keeps the printed grad_fn the same.
            if op.producesBool || op == .bitwiseNot { return out }
            return Autograd.record(.unary(op), out, self)
        default:
            return Autograd.record(.unary(op), out, self)
        }
    }

    static func computeUnary(_ op: UnaryOp, _ a: Tensor) throws -> Tensor {
        if op == .neg && a.dtype == .bool {
            throw TensorError.notImplemented("Negation, the `-` operator, on a bool tensor is not supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator instead.")
        }
        if a.dtype == .bool {
            switch op {
            case .abs: throw TensorError.notImplemented("\"abs_cpu\" not implemented for 'Bool'")
            case .relu: throw TensorError.notImplemented("Boolean inputs not supported for relu")
            case .floor, .ceil, .round, .trunc:
                throw TensorError.notImplemented("\"\(op.rawValue)_vml_cpu\" not implemented for 'Bool'")
            case .square:
                // square is pow(x, 2), which promotes bool to int64.
                return try computeUnary(.square, try Elementwise.cast(a, to: .int64))
            default: break
            }
        }
        let dtype = op.promotesIntegersToFloat && !a.dtype.isFloatingPoint ? DType.defaultFloat : a.dtype
        guard let kernel = UnaryKernels.kernel(op, dtype) else {
            throw TensorError.notImplemented("\"\(op.rawValue)_cpu\" not implemented for '\(a.dtype.scalarTypeName)'")
        }
        let input = try Elementwise.cast(a, to: dtype)
        let out = try Elementwise.allocateOutput(shape: a.shape, dtype: op.producesBool ? .bool : dtype, like: [a])
        Elementwise.run(kernel, shape: a.shape, operands: [out, input])
        return out
    }

    /// Applies a unary op in place (`t.abs_()`, `t.neg_()`, ...).
    @discardableResult
    public func applyInPlace(_ op: UnaryOp) throws -> Tensor {
        let result = try Tensor.computeUnary(op, self)
        if !DType.canCast(from: result.dtype, to: dtype) {
            throw TensorError.runtime("result type \(result.dtype.scalarTypeName) can't be cast to the desired output type \(dtype.scalarTypeName)")
        }
        try Autograd.checkInPlace(self)
        let previous = Autograd.snapshotForInPlace(self)
        try Elementwise.copy(result, into: self)
        if let p = previous { Autograd.recordInPlace(.unary(op), self, p, [p]) }
        return self
    }

    /// `-t`.
    public func neg() throws -> Tensor { try unary(.neg) }
    /// `t.abs()`.
    public func abs() throws -> Tensor { try unary(.abs) }
    /// `t.sqrt()` (integers compute in float32).
    public func sqrt() throws -> Tensor { try unary(.sqrt) }
    /// `t.rsqrt()`: 1 / sqrt.
    public func rsqrt() throws -> Tensor { try unary(.rsqrt) }
    /// `t.exp()`.
    public func exp() throws -> Tensor { try unary(.exp) }
    /// `t.log()` (natural log).
    public func log() throws -> Tensor { try unary(.log) }
    /// `t.sigmoid()`: 1 / (1 + exp(-t)).
    public func sigmoid() throws -> Tensor { try unary(.sigmoid) }
    /// `t.tanh()`.
    public func tanh() throws -> Tensor { try unary(.tanh) }
    /// `t.relu()`: max(t, 0), NaN kept.
    public func relu() throws -> Tensor { try unary(.relu) }
    /// `t.sign()`: -1, 0 or 1.
    public func sign() throws -> Tensor { try unary(.sign) }
    /// `t.floor()`.
    public func floor() throws -> Tensor { try unary(.floor) }
    /// `t.ceil()`.
    public func ceil() throws -> Tensor { try unary(.ceil) }
    /// Rounds half to even, like `torch.round`.
    public func round() throws -> Tensor { try unary(.round) }
    /// `t.trunc()`: rounds toward zero.
    public func trunc() throws -> Tensor { try unary(.trunc) }
    /// `t.reciprocal()`: 1 / t.
    public func reciprocal() throws -> Tensor { try unary(.reciprocal) }
    /// `t.square()`: t * t.
    public func square() throws -> Tensor { try unary(.square) }
    /// `t.logical_not()`.
    public func logicalNot() throws -> Tensor { try unary(.logicalNot) }
    /// `~t` on integer and bool tensors.
    public func bitwiseNot() throws -> Tensor { try unary(.bitwiseNot) }
    /// `t.isnan()`.
    public func isnan() throws -> Tensor { try unary(.isnan) }

    /// `F.leaky_relu`: t where t > 0, else t * slope; one autograd node, LeakyReluBackward0,
    /// whose gradient is grad where t > 0, else grad * slope (as PyTorch's kernels).
    public func leakyRelu(negativeSlope slope: Double) throws -> Tensor {
        let base = requiresGrad ? detach() : self
        let positive = try base.gt(.int(0))
        let out = try Tensor.whereSelect(positive, base, try base.mul(.float(slope)))
        return Autograd.record(.custom(name: "LeakyReluBackward0", backward: { g in
            [try Tensor.whereSelect(positive, g, try g.mul(.float(slope)))]
        }), out, self)
    }

    /// `round(t, decimals=n)`: scales by 10^n, rounds half to even, scales back (as PyTorch does).
    public func round(decimals: Int) throws -> Tensor {
        if decimals == 0 { return try round() }
        let ten: Double = 10
        var scale: Double = 1
        // Past 10^400 the scale is infinite either way; the loop stops there (decimals may be
        // 2**40, or Int.min, whose absolute value does not exist).
        for _ in 0..<Swift.min(decimals.magnitude, 400) { scale *= ten }
        // One operation for autograd, as in PyTorch: its node is RoundBackward1 (zero gradient).
        let base = requiresGrad ? detach() : self
        let out = decimals > 0 ? try base.mul(.float(scale)).round().div(.float(scale))
                               : try base.div(.float(scale)).round().mul(.float(scale))
        let inputShape = shape, inputType = dtype
        return Autograd.record(.custom(name: "RoundBackward1", backward: { _ in [try Tensor.zeros(inputShape, dtype: inputType)] }), out, self)
    }

    /// `self ** exponent` for a Python-number exponent, with PyTorch's special cases (2 is x*x,
    /// 0.5 is sqrt, -1 is reciprocal, ...) so results match it bit for bit.
    public func pow(_ exponent: Scalar) throws -> Tensor {
        if dtype.isIntegral(includingBool: true) && !exponent.isFloatingPoint && exponent.intValue < 0 {
            throw TensorError.runtime("Integers to negative integer powers are not allowed.")
        }
        if case .int(let e) = exponent {
            // PyTorch converts an integer exponent to the base's type and refuses to overflow.
            switch dtype {
            case .uint8 where e < 0 || e > 255:
                throw TensorError.runtime("value cannot be converted to type uint8_t without overflow")
            case .int32 where e < Int(Int32.min) || e > Int(Int32.max):
                throw TensorError.runtime("value cannot be converted to type int without overflow")
            default: break
            }
        }
        let out = try Tensor.computePow(self, exponent)
        return Autograd.record(.powScalar(exponent.doubleValue), out, self)
    }

    static func computePow(_ base: Tensor, _ exponent: Scalar) throws -> Tensor {
        let e = exponent.doubleValue
        let common = Elementwise.resultType(base, try .wrapping(exponent))
        if common.isFloatingPoint {
            let input = try Elementwise.cast(base, to: common)
            switch e {
            case 2: return try computeUnary(.square, input)
            case 0.5: return try computeUnary(.sqrt, input)
            case -0.5: return try computeUnary(.rsqrt, input)
            case -1: return try computeUnary(.reciprocal, input)
            case 3: return try compute(.mul, try computeUnary(.square, input), input, alpha: nil)
            case -2: return try computeUnary(.reciprocal, try computeUnary(.square, input))
            default: break
            }
        }
        return try compute(.pow, base, .wrapping(exponent), alpha: nil)
    }

    /// `base ** self` for a Python-number base (`2 ** t`).
    public func rpow(_ base: Scalar) throws -> Tensor {
        let out = try Tensor.compute(.pow, .wrapping(base), self, alpha: nil)
        return Autograd.record(.rpowScalar(base.doubleValue), out, self)
    }

    /// Clamps into [min, max] (either bound optional; `clamp_min`, `clamp_max`). The result
    /// dtype promotes with the bounds (an int tensor clamped at 0.5 is float32). NaN stays NaN.
    public func clamp(min lower: Scalar? = nil, max upper: Scalar? = nil) throws -> Tensor {
        if lower == nil && upper == nil {
            throw TensorError.runtime("torch.clamp: At least one of 'min' or 'max' must not be None")
        }
        var out: Tensor = self
        if let lo = lower { out = try Tensor.compute(.maximum, out, .wrapping(lo), alpha: nil) }
        if let hi = upper { out = try Tensor.compute(.minimum, out, .wrapping(hi), alpha: nil) }
        if out === self { out = try Elementwise.contiguousCopy(self) }
        return Autograd.record(.clamp(min: lower?.doubleValue, max: upper?.doubleValue), out, self)
    }

    /// Clamps with tensor bounds (broadcast like any binary op).
    public func clamp(min lower: Tensor?, max upper: Tensor?) throws -> Tensor {
        var out: Tensor = self
        var inputs = [self]
        if let lo = lower { out = try Tensor.compute(.maximum, out, lo, alpha: nil); inputs.append(lo) }
        if let hi = upper { out = try Tensor.compute(.minimum, out, hi, alpha: nil); inputs.append(hi) }
        if out === self { out = try Elementwise.contiguousCopy(self) }
        return Autograd.record(.clampTensor(hasMin: lower != nil, hasMax: upper != nil), out, inputs)
    }

    /// `t.clamp_min(lower)`.
    public func clampMin(_ lower: Scalar) throws -> Tensor { try clamp(min: lower, max: nil) }
    /// `t.clamp_max(upper)`.
    public func clampMax(_ upper: Scalar) throws -> Tensor { try clamp(min: nil, max: upper) }

    /// In-place clamp (`clamp_`, `clamp_min_`).
    @discardableResult
    public func clamp_(min lower: Scalar? = nil, max upper: Scalar? = nil) throws -> Tensor {
        let result = try clamp(min: lower, max: upper).detach()
        if !DType.canCast(from: result.dtype, to: dtype) {
            throw TensorError.runtime("result type \(result.dtype.scalarTypeName) can't be cast to the desired output type \(dtype.scalarTypeName)")
        }
        try Autograd.checkInPlace(self)
        let previous = Autograd.snapshotForInPlace(self)
        try Elementwise.copy(result, into: self)
        if let p = previous { Autograd.recordInPlace(.clamp(min: lower?.doubleValue, max: upper?.doubleValue), self, p, [p]) }
        return self
    }

    /// `torch.where(condition, a, b)`: elements of `a` where the bool `condition` holds, else `b`.
    public static func whereSelect(_ condition: Tensor, _ a: Tensor, _ b: Tensor) throws -> Tensor {
        if condition.dtype != .bool && condition.dtype != .uint8 {
            throw TensorError.runtime("where expected condition to be a boolean tensor, but got a tensor with dtype \(condition.dtype.scalarTypeName)")
        }
        let dtype = Elementwise.resultType([a, b])
        let shape = try Shape.broadcast([condition.shape, a.shape, b.shape])
        let cond = try Elementwise.cast(condition, to: .bool)
        let ac = try Elementwise.cast(a, to: dtype)
        let bc = try Elementwise.cast(b, to: dtype)
        let out = try Elementwise.allocateOutput(shape: shape, dtype: dtype, like: [condition, a, b])
        let kernel: RunKernel
        switch dtype {
        case .bool: kernel = { n, d, s in Loops.ternary(n, d, s) { (c: Bool, x: Bool, y: Bool) -> Bool in c ? x : y } }
        case .uint8: kernel = { n, d, s in Loops.ternary(n, d, s) { (c: Bool, x: UInt8, y: UInt8) -> UInt8 in c ? x : y } }
        case .int32: kernel = { n, d, s in Loops.ternary(n, d, s) { (c: Bool, x: Int32, y: Int32) -> Int32 in c ? x : y } }
        case .int64: kernel = { n, d, s in Loops.ternary(n, d, s) { (c: Bool, x: Int64, y: Int64) -> Int64 in c ? x : y } }
        case .float32: kernel = { n, d, s in Loops.ternary(n, d, s) { (c: Bool, x: Float, y: Float) -> Float in c ? x : y } }
        case .float64: kernel = { n, d, s in Loops.ternary(n, d, s) { (c: Bool, x: Double, y: Double) -> Double in c ? x : y } }
        }
        Elementwise.run(kernel, shape: shape, operands: [out, cond, ac, bc])
        return Autograd.record(.whereSelect(condition: cond), out, a, b)
    }

    /// `tensor.masked_fill(mask, value)`: `value` where `mask` is true.
    public func maskedFill(_ mask: Tensor, _ value: Scalar) throws -> Tensor {
        if mask.dtype != .bool {
            throw TensorError.runtime("masked_fill_ only supports boolean masks, but got mask with dtype \(mask.dtype.pythonName)")
        }
        let v = try Tensor(scalar: value, dtype: dtype)
        let out = try Tensor.whereSelect(mask, v, detach())
        if out.shape != shape {
            throw TensorError.runtime("output with shape \(Shape.describe(shape)) doesn't match the broadcast shape \(Shape.describe(out.shape))")
        }
        return Autograd.record(.maskedFill(mask: mask), out, self)
    }
}
