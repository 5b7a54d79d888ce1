/// Elementwise helpers with PyTorch's exact formulas: lerp, isclose, nan_to_num.
extension Tensor {
    /// `t.lerp(end, weight)`: `t + weight * (end - t)`, evaluated as PyTorch's vectorised CPU
    /// kernel does for accuracy at both ends: a fused multiply-add from `t` when |weight| < 0.5,
    /// from `end` with `weight - 1` otherwise. `weight` is a number or a tensor; all broadcast.
    public func lerp(_ end: Tensor, weight: Scalar) throws -> Tensor {
        try lerp(end, weightTensor: nil, scalarWeight: weight.doubleValue)
    }

    /// `t.lerp(end, weight_tensor)`.
    public func lerp(_ end: Tensor, weight: Tensor) throws -> Tensor {
        try lerp(end, weightTensor: weight, scalarWeight: 0)
    }

    private func lerp(_ end: Tensor, weightTensor: Tensor?, scalarWeight: Double) throws -> Tensor {
        guard dtype.isFloatingPoint else {
            throw TensorError.notImplemented("\"lerp_kernel_scalar\" not implemented for '\(dtype.scalarTypeName)'")
        }
        guard end.dtype == dtype else {
            throw TensorError.runtime("expected dtype \(dtype.pythonName == "float32" ? "float" : "double") for `end` but got dtype \(end.dtype.pythonName == "float32" ? "float" : end.dtype.pythonName)")
        }
        if let w = weightTensor, w.dtype != dtype {
            throw TensorError.runtime("expected dtype \(dtype.pythonName == "float32" ? "float" : "double") for `weight` but got dtype \(w.dtype.pythonName == "float32" ? "float" : w.dtype.pythonName)")
        }
        var shapes = [shape, end.shape]
        if let w = weightTensor { shapes.append(w.shape) }
        let common = try Shape.broadcast(shapes)
        let operands = [self, end] + (weightTensor.map { [$0] } ?? [])
        let expanded = try operands.map { try $0.detach().expand(common) }
        let out = try Tensor(uninitializedShape: common, dtype: dtype)
        let item = dtype.itemSize
        var n = 0
        let bases = expanded.map { $0.storage.data + $0.storageOffset &* item }
        let dst = out.dataPointer
        Tensor.walk(common, expanded.map { $0.strides }) { off in
            let a = ElementAccess.loadDouble(bases[0] + off[0] &* item, dtype)
            let b = ElementAccess.loadDouble(bases[1] + off[1] &* item, dtype)
            let w = expanded.count > 2 ? ElementAccess.loadDouble(bases[2] + off[2] &* item, dtype) : scalarWeight
            let value: Double
            if dtype == .float32 {
                let fa = Float(a), fb = Float(b), fw = Float(w)
                let diff = fb - fa
                value = Double(Swift.abs(fw) < 0.5 ? fa.addingProduct(fw, diff) : fb.addingProduct(fw - 1, diff))
            } else {
                let diff = b - a
                value = Swift.abs(w) < 0.5 ? a.addingProduct(w, diff) : b.addingProduct(w - 1, diff)
            }
            ElementAccess.storeDouble(value, dst + n &* item, dtype)
            n += 1
        }
        withExtendedLifetime(expanded) {}
        if let w = weightTensor {
            return Autograd.record(.lerp(weight: nil), out, [self, end, w])
        }
        return Autograd.record(.lerp(weight: scalarWeight), out, self, end)
    }

    /// `t.isclose(other, rtol, atol, equal_nan)`: `|t - other| <= atol + |rtol * other|`
    /// elementwise (and equal values, infinities included), as PyTorch computes it.
    public func isclose(_ other: Tensor, rtol: Double = 1e-05, atol: Double = 1e-08, equalNaN: Bool = false) throws -> Tensor {
        guard dtype == other.dtype else {
            throw TensorError.runtime("\(dtype.scalarTypeName) did not match \(other.dtype.scalarTypeName)")
        }
        if rtol < 0 { throw TensorError.runtime("rtol must be greater than or equal to zero, but got \(PythonFloatFormat.repr(rtol))") }
        if atol < 0 { throw TensorError.runtime("atol must be greater than or equal to zero, but got \(PythonFloatFormat.repr(atol))") }
        let a = detach(), b = other.detach()
        var close = try a.eq(b)
        if equalNaN && dtype.isFloatingPoint {
            close = try close.logicalOr(try a.isnan().logicalAnd(try b.isnan()))
        }
        if dtype == .bool && rtol == 0 && atol == 0 { return close }
        let castA = dtype == .bool ? try a.to(.defaultFloat) : a
        let castB = dtype == .bool ? try b.to(.defaultFloat) : b
        let allowed = try castB.mul(.float(rtol)).abs().add(.float(atol))
        let actual = try castA.sub(castB).abs()
        let finiteClose = try Tensor.computeUnary(.isfinite, actual).logicalAnd(try actual.le(allowed))
        return try close.logicalOr(finiteClose)
    }

    /// `t.nan_to_num(nan, posinf, neginf)`: NaN and infinities replaced (by 0 and the dtype's
    /// largest and lowest finite values unless given); a copy for integer tensors.
    public func nanToNum(nan: Double = 0, posinf: Double? = nil, neginf: Double? = nil) throws -> Tensor {
        let out = try Elementwise.contiguousCopy(self)
        if dtype.isFloatingPoint {
            let high = posinf ?? (dtype == .float32 ? Double(Float.greatestFiniteMagnitude) : Double.greatestFiniteMagnitude)
            let low = neginf ?? -(dtype == .float32 ? Double(Float.greatestFiniteMagnitude) : Double.greatestFiniteMagnitude)
            let item = dtype.itemSize
            for i in 0..<out.count {
                let p = out.dataPointer + i &* item
                let v = ElementAccess.loadDouble(p, dtype)
                if v.isNaN { ElementAccess.storeDouble(nan, p, dtype) }
                else if v == .infinity { ElementAccess.storeDouble(high, p, dtype) }
                else if v == -.infinity { ElementAccess.storeDouble(low, p, dtype) }
            }
        }
        return Autograd.record(.nanToNum, out, self)
    }
}
