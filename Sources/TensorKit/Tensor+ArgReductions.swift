/// Reductions along one dimension that also report positions (max/min with indices, argmax),
/// and the softmax family.
extension Tensor {
    /// The tensor with `dim` moved last, as contiguous rows: (rows, row length, kept shape).
    func rowsAlong(_ d: Int) throws -> (Tensor, Int, [Int]) {
        var perm = Array(0..<rank)
        perm.remove(at: d)
        perm.append(d)
        let moved = view(shape: perm.map { shape[$0] }, strides: perm.map { strides[$0] }, offset: storageOffset)
        let rows = moved.isContiguous ? moved : try Elementwise.contiguousCopy(moved)
        var kept = shape
        kept.remove(at: d)
        return (rows, shape[d], kept)
    }

    /// Index of the first maximum (or minimum) along `d`; NaN counts as the extreme value.
    func extremeIndices(_ d: Int, isMax: Bool, name: String) throws -> (values: Tensor, indices: Tensor, keptShape: [Int]) {
        let length = shape[d]
        var kept = shape
        kept.remove(at: d)
        if length == 0 && kept.reduce(1, *) > 0 {
            throw TensorError.index("\(name)(): Expected reduction dim \(d) to have non-zero size.")
        }
        let values = try Tensor(uninitializedShape: kept, dtype: dtype)
        let indices = try Tensor(uninitializedShape: kept, dtype: .int64)
        if count == 0 { return (values, indices, kept) }
        // Read as [outer, length, inner] in memory order, copying only a non-contiguous input.
        let source = try Elementwise.contiguousIfNeeded(self)
        let outer = shape[..<d].reduce(1, *)
        let inner = shape[(d + 1)...].reduce(1, *)
        ArgExtremumKernels.run(UnsafeRawPointer(source.dataPointer), outer: outer, length: length, inner: inner,
                               dtype: dtype, isMax: isMax, values: values.dataPointer,
                               indices: indices.dataPointer.assumingMemoryBound(to: Int64.self))
        withExtendedLifetime(source) {}
        return (values, indices, kept)
    }

    /// `t.max(dim, keepdim)`: (values, indices) of the first maximum along `dim`.
    public func max(dim: Int, keepdim: Bool = false) throws -> (values: Tensor, indices: Tensor) {
        try extremum(dim: dim, keepdim: keepdim, isMax: true)
    }

    /// `t.min(dim, keepdim)`.
    public func min(dim: Int, keepdim: Bool = false) throws -> (values: Tensor, indices: Tensor) {
        try extremum(dim: dim, keepdim: keepdim, isMax: false)
    }

    func extremum(dim: Int, keepdim: Bool, isMax: Bool) throws -> (values: Tensor, indices: Tensor) {
        let d = try Shape.normalize(dim: dim, rank: rank)
        if rank == 0 {
            let v = try Elementwise.contiguousCopy(self)
            let i = try Tensor(scalar: .int(0), dtype: .int64)
            return (Autograd.record(.extremumDim(dim: 0, keepdim: keepdim, indices: i, isMax: isMax), v, self), i)
        }
        var (values, indices, kept) = try extremeIndices(d, isMax: isMax, name: isMax ? "max" : "min")
        if keepdim {
            kept.insert(1, at: d)
            values = values.view(shape: kept, strides: Shape.contiguousStrides(kept), offset: 0)
            indices = indices.view(shape: kept, strides: Shape.contiguousStrides(kept), offset: 0)
        }
        let recorded = Autograd.record(.extremumDim(dim: d, keepdim: keepdim, indices: indices, isMax: isMax), values, self)
        return (recorded, indices)
    }

    /// `t.argmax()` over all elements, or `t.argmax(dim, keepdim)`.
    public func argmax(dim: Int? = nil, keepdim: Bool = false) throws -> Tensor {
        try argExtremum(dim: dim, keepdim: keepdim, isMax: true)
    }

    /// `t.argmin()` / `t.argmin(dim, keepdim)`.
    public func argmin(dim: Int? = nil, keepdim: Bool = false) throws -> Tensor {
        try argExtremum(dim: dim, keepdim: keepdim, isMax: false)
    }

    func argExtremum(dim: Int?, keepdim: Bool, isMax: Bool) throws -> Tensor {
        let name = isMax ? "argmax" : "argmin"
        if dtype == .bool { throw TensorError.notImplemented("\(name)(): does not support bool input") }
        guard let dim = dim else {
            if count == 0 {
                throw TensorError.index("\(name)(): Expected reduction dim to be specified for input.numel() == 0.")
            }
            let flat = try Elementwise.contiguousCopy(self)
            let line = flat.view(shape: [count], strides: [1], offset: 0)
            let (_, indices, _) = try line.extremeIndices(0, isMax: isMax, name: name)
            if keepdim {
                let ones = [Int](repeating: 1, count: rank)
                return indices.view(shape: ones, strides: Shape.contiguousStrides(ones), offset: 0)
            }
            return indices
        }
        return try extremum(dim: dim, keepdim: keepdim, isMax: isMax).indices
    }

    /// `t.logsumexp(dim, keepdim)`: log of summed exponentials, shifted by the max for stability.
    public func logsumexp(dims: [Int], keepdim: Bool = false) throws -> Tensor {
        let x = dtype.isFloatingPoint ? self : try Elementwise.cast(self, to: .float32)
        let (reduced, shape) = try x.reductionPlan(dims, keepdim: keepdim)
        let (_, keptShape) = try x.reductionPlan(dims, keepdim: true)
        var m = try x.accumulate(.max, reduced: reduced, shape: keptShape, outDType: x.dtype)
        // An all -inf (or inf) row would give nan from inf - inf; PyTorch shifts by 0 there.
        let finite = try Tensor.computeUnary(.isfinite, m)
        m = try Tensor.whereSelect(finite, m, try Tensor.zerosLike(m)).detach()
        let shifted = try Tensor.compute(.sub, x, m, alpha: nil)
        let e = try Tensor.computeUnary(.exp, shifted)
        let s = try e.accumulate(.sum, reduced: reduced, shape: shape, outDType: x.dtype)
        let mOut = m.view(shape: shape, strides: Shape.contiguousStrides(shape), offset: 0)
        let out = try Tensor.compute(.add, try Tensor.computeUnary(.log, s), mOut, alpha: nil)
        return Autograd.record(.logsumexp(dims: Tensor.reducedDims(reduced), keepdim: keepdim), out, self)
    }

    /// `t.softmax(dim)`.
    public func softmax(dim: Int) throws -> Tensor {
        let d = try Shape.normalize(dim: dim, rank: rank)
        let x = dtype.isFloatingPoint ? self : try Elementwise.cast(self, to: .float32)
        let (reduced, _) = try x.reductionPlan([d], keepdim: true)
        let (_, keptShape) = try x.reductionPlan([d], keepdim: true)
        let m = try x.accumulate(.max, reduced: reduced, shape: keptShape, outDType: x.dtype)
        let e = try Tensor.computeUnary(.exp, try Tensor.compute(.sub, x, m, alpha: nil))
        let s = try e.accumulate(.sum, reduced: reduced, shape: keptShape, outDType: x.dtype)
        let out = try Elementwise.contiguousIfNeeded(try Tensor.compute(.div, e, s, alpha: nil))
        return Autograd.record(.softmax(dim: d), out, self)
    }

    /// `t.log_softmax(dim)`.
    public func logSoftmax(dim: Int) throws -> Tensor {
        let d = try Shape.normalize(dim: dim, rank: rank)
        let x = dtype.isFloatingPoint ? self : try Elementwise.cast(self, to: .float32)
        let (reduced, _) = try x.reductionPlan([d], keepdim: true)
        let (_, keptShape) = try x.reductionPlan([d], keepdim: true)
        let m = try x.accumulate(.max, reduced: reduced, shape: keptShape, outDType: x.dtype)
        let shifted = try Tensor.compute(.sub, x, m, alpha: nil)
        let s = try Tensor.computeUnary(.exp, shifted).accumulate(.sum, reduced: reduced, shape: keptShape, outDType: x.dtype)
        let out = try Elementwise.contiguousIfNeeded(try Tensor.compute(.sub, shifted, try Tensor.computeUnary(.log, s), alpha: nil))
        return Autograd.record(.logSoftmax(dim: d), out, self)
    }

    /// `t.cumsum(dim)`: running sums along `dim` (int64 for integer inputs).
    public func cumsum(_ dim: Int) throws -> Tensor {
        let d = try Shape.normalize(dim: dim, rank: rank)
        if rank == 0 { return try Elementwise.contiguousCopy(try Elementwise.cast(self, to: dtype.isFloatingPoint ? dtype : .int64)) }
        let outDType = dtype.isFloatingPoint ? dtype : .int64
        let (rows, length, _) = try rowsAlong(d)
        let movedShape = rows.shape
        let outRows = try Tensor(uninitializedShape: movedShape, dtype: outDType)
        let rowCount = length == 0 ? 0 : rows.count / length
        let item = dtype.itemSize, outItem = outDType.itemSize
        for r in 0..<rowCount {
            let src = rows.dataPointer + r * length * item
            let dst = outRows.dataPointer + r * length * outItem
            if outDType.isFloatingPoint {
                var acc = 0.0
                for i in 0..<length {
                    acc += ElementAccess.loadDouble(src + i * item, dtype)
                    if dtype == .float32 { acc = Double(Float(acc)) }
                    ElementAccess.storeDouble(acc, dst + i * outItem, outDType)
                }
            } else {
                var acc = 0
                for i in 0..<length {
                    acc &+= ElementAccess.loadInt(src + i * item, dtype)
                    ElementAccess.storeInt(acc, dst + i * outItem, outDType)
                }
            }
        }
        // Move the dim back to its place.
        var perm = Array(0..<(rank - 1))
        perm.insert(rank - 1, at: d)
        let back = outRows.view(shape: perm.map { movedShape[$0] }, strides: perm.map { outRows.strides[$0] }, offset: 0)
        return try Elementwise.contiguousCopy(back)
    }
}
