/// `addcdiv` and `addcmul`: `self + value * t1 / t2` and `self + value * t1 * t2`, rounded as
/// PyTorch's CPU kernels round them, so optimizer steps written with them (Adam, RMSProp) give
/// PyTorch's parameters bit for bit.
extension Tensor {
    /// `self + (value * t1) / t2`: the kernel scales `t1`, divides, then adds, rounding each step.
    public func addcdiv(_ t1: Tensor, _ t2: Tensor, value: Scalar) throws -> Tensor {
        try add(try addcdivTerm(t1, t2, value: value))
    }

    /// In place: `self += (value * t1) / t2`.
    @discardableResult
    public func addcdiv_(_ t1: Tensor, _ t2: Tensor, value: Scalar) throws -> Tensor {
        try applyInPlace(.add, try addcdivTerm(t1, t2, value: value))
    }

    /// `self + (value * t1) * t2`: the kernel scales `t1`, then multiplies by `t2` and adds in
    /// one fused multiply-add.
    public func addcmul(_ t1: Tensor, _ t2: Tensor, value: Scalar) throws -> Tensor {
        let scaled = try t1.mul(value)
        if let fused = try fusedFloat32(self, scaled, t2) { return fused }
        return try add(try scaled.mul(t2))
    }

    /// In place: `self += (value * t1) * t2`, fused as `addcmul`.
    @discardableResult
    public func addcmul_(_ t1: Tensor, _ t2: Tensor, value: Scalar) throws -> Tensor {
        let scaled = try t1.mul(value)
        if let fused = try fusedFloat32(self, scaled, t2) { return try copy_(fused) }
        return try applyInPlace(.add, try scaled.mul(t2))
    }

    private func addcdivTerm(_ t1: Tensor, _ t2: Tensor, value: Scalar) throws -> Tensor {
        try Tensor.binary(.div, try t1.mul(value), t2)
    }

    /// `a + b * c` rounded once, for float32 operands outside autograd: the product of two
    /// float32 numbers is exact in float64, so the float64 sum rounded to float32 is the fused
    /// multiply-add's result. Nil where the operands are not all float32 or autograd records
    /// (then the caller's two roundings stand, with their gradient).
    private func fusedFloat32(_ a: Tensor, _ b: Tensor, _ c: Tensor) throws -> Tensor? {
        guard a.dtype == .float32, b.dtype == .float32, c.dtype == .float32,
              !Autograd.shouldRecord([a, b, c]) else { return nil }
        let sum = try Tensor.binary(.add, try a.to(.float64), try Tensor.binary(.mul, try b.to(.float64), try c.to(.float64)))
        return try sum.to(.float32)
    }
}
