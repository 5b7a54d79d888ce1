/// Reading and writing through an index tensor along one dimension: gather, scatter (with a
/// source tensor or a value, optionally adding), index_add, take and masked_select.
///
/// Every index is checked before anything is written, so a bad index leaves the target as it
/// was (PyTorch's message, and no partial write).
extension Tensor {
    /// Visits every position of `shape` in row-major order, passing the element offsets of each
    /// layout in `strides` at that position.
    static func walk(_ shape: [Int], _ strides: [[Int]], _ body: (UnsafeMutableBufferPointer<Int>) throws -> Void) rethrows {
        let total = shape.reduce(1, &*)
        if total == 0 { return }
        let m = strides.count, r = shape.count
        var counter = [Int](repeating: 0, count: r)
        var offsets = [Int](repeating: 0, count: m)
        try offsets.withUnsafeMutableBufferPointer { off in
            for _ in 0..<total {
                try body(off)
                var d = r - 1
                while d >= 0 {
                    counter[d] += 1
                    for k in 0..<m { off[k] &+= strides[k][d] }
                    if counter[d] < shape[d] { break }
                    for k in 0..<m { off[k] &-= strides[k][d] &* shape[d] }
                    counter[d] = 0
                    d -= 1
                }
            }
        }
    }

    /// The index as a list of Ints, checked against `size` with `message(bad)` (no wrapping:
    /// gather and scatter reject negative positions, as PyTorch does).
    private static func checkedPositions(_ index: Tensor, size: Int, _ error: (Int) -> TensorError) throws -> [Int] {
        let positions = index.ints()
        if let bad = positions.first(where: { $0 < 0 || $0 >= size }) { throw error(bad) }
        return positions
    }

    /// PyTorch's checks on a gather/scatter index against `self` (and the source for scatter).
    private func checkIndexShape(_ d: Int, _ index: Tensor, source: Tensor?, name: String) throws {
        guard index.dtype == .int64 || (name == "gather" && index.dtype == .int32) else {
            throw TensorError.runtime(name == "gather" ? "gather(): Expected dtype int32/int64 for index"
                                      : "\(name)(): Expected dtype int64 for index")
        }
        let selfRank = Swift.max(rank, 1), indexRank = Swift.max(index.rank, 1)
        guard index.count == 0 || selfRank == indexRank else {
            throw TensorError.runtime("Index tensor must have the same number of dimensions as \(name == "gather" ? "input" : "self") tensor")
        }
        if let source, index.count > 0, Swift.max(source.rank, 1) != indexRank {
            throw TensorError.runtime("Index tensor must have the same number of dimensions as src tensor")
        }
        if index.count == 0 || index.rank == 0 || rank == 0 { return }
        var tooLarge = (0..<rank).contains { k in k != d && index.shape[k] > shape[k] }
        if name == "gather" {
            if let k = (0..<rank).first(where: { $0 != d && index.shape[$0] > shape[$0] }) {
                throw TensorError.runtime("Size does not match at dimension \(k) expected index \(Shape.describe(index.shape)) to be no larger than self \(Shape.describe(shape)) apart from dimension \(d)")
            }
            return
        }
        guard let source, source.rank > 0 else {
            if tooLarge {
                throw TensorError.runtime("Expected index \(Shape.describe(index.shape)) to be no larger than self \(Shape.describe(shape)) apart from dimension \(d)")
            }
            return
        }
        tooLarge = tooLarge || (0..<index.rank).contains { index.shape[$0] > source.shape[$0] }
        if tooLarge {
            throw TensorError.runtime("Expected index \(Shape.describe(index.shape)) to be no larger than self \(Shape.describe(shape)) apart from dimension \(d) and to be no larger size than src \(Shape.describe(source.shape))")
        }
    }

    /// The strides of the first `n` dims, 0 for dims this tensor lacks (a 0-d tensor indexed by
    /// a 1-element index).
    func paddedStrides(_ n: Int) -> [Int] {
        (0..<n).map { $0 < rank ? strides[$0] : 0 }
    }

    /// `t.gather(dim, index)`: `out[i][j] = t[index[i][j]][j]` for dim 0, and so on.
    public func gather(_ dim: Int, _ index: Tensor) throws -> Tensor {
        let d = try Shape.normalize(dim: dim, rank: rank)
        try checkIndexShape(d, index, source: nil, name: "gather")
        let size = rank == 0 ? 1 : shape[d]
        let positions = try Tensor.checkedPositions(index, size: size) {
            TensorError.runtime("index \($0) is out of bounds for dimension \(d) with size \(size)")
        }
        let out = try Tensor(uninitializedShape: index.shape, dtype: dtype)
        let item = dtype.itemSize
        var selfStrides = paddedStrides(index.rank)
        let dimStride = rank == 0 ? 0 : strides[d]
        if d < selfStrides.count { selfStrides[d] = 0 }
        let src = dataPointer, dst = out.dataPointer
        var n = 0
        Tensor.walk(index.shape, [selfStrides]) { off in
            (dst + n &* item).copyMemory(from: src + (off[0] &+ positions[n] &* dimStride) &* item, byteCount: item)
            n += 1
        }
        withExtendedLifetime(self) {}
        return Autograd.record(.gatherAlong(dim: d, index: index, squeezed: false, name: "GatherBackward0"), out, self)
    }

    /// How scatter combines a source element with the target's.
    public enum ScatterReduction: String {
        case replace, add, multiply
    }

    /// Writes `source` (or `value`) into `self` at `index` along `d`, in place and unrecorded.
    func scatterValues(_ d: Int, _ index: Tensor, source: Tensor?, value: Scalar?, reduction: ScatterReduction, name: String) throws {
        try checkIndexShape(d, index, source: source, name: name)
        try Elementwise.checkWritable(self)
        let size = rank == 0 ? 1 : shape[d]
        let positions = try Tensor.checkedPositions(index, size: size) {
            TensorError.runtime("index \($0) is out of bounds for dimension \(d) with size \(size)")
        }
        if index.count == 0 { return }
        let item = dtype.itemSize
        var targetStrides = paddedStrides(index.rank)
        let dimStride = rank == 0 ? 0 : strides[d]
        if d < targetStrides.count { targetStrides[d] = 0 }
        var sourceStrides = [Int](repeating: 0, count: index.rank)
        var sourceValues: Tensor
        if let source {
            sourceValues = try Elementwise.cast(source, to: dtype)
            if Elementwise.mayOverlap(self, sourceValues) { sourceValues = try Elementwise.contiguousCopy(sourceValues) }
            sourceStrides = sourceValues.paddedStrides(index.rank)
        } else {
            sourceValues = try Tensor(scalar: value ?? .int(0), dtype: dtype)
        }
        let dst = dataPointer, src = sourceValues.dataPointer
        let combine = reduction == .replace ? nil : BinaryKernels.kernel(reduction == .add ? .add : .mul, dtype)
        var n = 0
        withUnsafeTemporaryAllocation(of: UnsafeMutableRawPointer.self, capacity: 3) { triple in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: 3) { zeros in
                for k in 0..<3 { zeros[k] = 0 }
                Tensor.walk(index.shape, [targetStrides, sourceStrides]) { off in
                    let target = dst + (off[0] &+ positions[n] &* dimStride) &* item
                    let from = src + off[1] &* item
                    if let combine, let t = triple.baseAddress, let z = zeros.baseAddress {
                        t[0] = target
                        t[1] = target
                        t[2] = from
                        combine(1, UnsafePointer(t), UnsafePointer(z))
                    } else {
                        target.copyMemory(from: from, byteCount: item)
                    }
                    n += 1
                }
            }
        }
        withExtendedLifetime((self, sourceValues)) {}
    }

    /// `t.scatter(dim, index, src)` / `t.scatter(dim, index, value)` (with `reduce=`), and
    /// `scatter_add`: a copy of `t` with the source written (or added) at the index positions.
    public func scatter(_ dim: Int, _ index: Tensor, source: Tensor?, value: Scalar? = nil,
                        reduction: ScatterReduction = .replace, name: String = "scatter") throws -> Tensor {
        let d = try Shape.normalize(dim: dim, rank: rank)
        let out = try Elementwise.contiguousCopy(self)
        try out.scatterValues(d, index, source: source, value: value, reduction: reduction, name: name)
        if let op = Tensor.scatterGradOp(d, index, hasSource: source != nil, reduction: reduction, name: name) {
            return Autograd.record(op, out, source.map { [self, $0] } ?? [self])
        }
        return out
    }

    /// The recorded operation of a scatter (nil for the multiplying form, which PyTorch does
    /// not differentiate either).
    private static func scatterGradOp(_ d: Int, _ index: Tensor, hasSource: Bool, reduction: ScatterReduction, name: String) -> GradOp? {
        if name.hasPrefix("scatter_add") || (hasSource && reduction == .add) { return .scatterAdd(dim: d, index: index) }
        if reduction != .replace { return nil }
        return .scatter(dim: d, index: index, hasSource: hasSource)
    }

    /// The in-place forms (`scatter_`, `scatter_add_`).
    @discardableResult
    public func scatter_(_ dim: Int, _ index: Tensor, source: Tensor?, value: Scalar? = nil,
                         reduction: ScatterReduction = .replace, name: String = "scatter_") throws -> Tensor {
        let d = try Shape.normalize(dim: dim, rank: rank)
        try Autograd.checkInPlace(self)
        let previous = source.map { Autograd.snapshotForInPlace(self, $0) } ?? Autograd.snapshotForInPlace(self)
        try detach().scatterValues(d, index, source: source?.detach(), value: value, reduction: reduction, name: name)
        if let previous, let op = Tensor.scatterGradOp(d, index, hasSource: source != nil, reduction: reduction, name: name) {
            Autograd.recordInPlace(op, self, previous, source.map { [previous, $0] } ?? [previous])
        }
        return self
    }

    /// `t.index_add(dim, index, source, alpha=)`: a copy of `t` with `alpha * source` slices
    /// added at the positions `index` names along `dim` (repeats accumulate).
    public func indexAdd(_ dim: Int, _ index: Tensor, _ source: Tensor, alpha: Scalar = .int(1)) throws -> Tensor {
        let d = try Shape.normalize(dim: dim, rank: rank)
        guard index.rank <= 1 else { throw TensorError.index("index_add_(): Index is supposed to be a vector") }
        guard index.dtype == .int64 || index.dtype == .int32 else {
            throw TensorError.runtime("index_add_(): Expected dtype int32/int64 for index")
        }
        let sourceSize = source.rank == 0 ? 1 : (d < source.rank ? source.shape[d] : 1)
        if index.count != sourceSize {
            throw TensorError.runtime("index_add_(): Number of indices (\(index.count)) should be equal to source.size(dim): (\(sourceSize)), for dim: \(d)")
        }
        let size = rank == 0 ? 1 : shape[d]
        _ = try Tensor.checkedPositions(index, size: size) { _ in TensorError.index("index out of range in self") }
        var expected = shape
        if rank > 0 { expected[d] = index.count }
        if source.shape != expected && !(rank == 0 && source.count == 1) {
            throw TensorError.runtime("source tensor shape must match self tensor shape, excluding the specified dimension. Got self.shape = \(Shape.describe(shape)) source.shape = \(Shape.describe(source.shape))")
        }
        let out = try Elementwise.contiguousCopy(self)
        var scaled = source.detach()
        if alpha != .int(1) { scaled = try scaled.mul(alpha) }
        if rank == 0 {
            _ = try out.applyInPlace(.add, try scaled.reshape([]))
        } else {
            let positions = index.rank == 0 ? try index.reshape([1]) : index
            var selector = [TensorIndex](repeating: .all, count: d)
            selector.append(.tensor(positions))
            try out.indexPut(selector, scaled, accumulate: true)
        }
        return Autograd.record(.indexAdd(dim: d, index: index, alpha: alpha.doubleValue), out, self, source)
    }

    /// `t.take(index)`: elements of the flattened tensor at `index` (negative counts from the
    /// end), shaped like `index`.
    public func take(_ index: Tensor) throws -> Tensor {
        guard index.dtype == .int64 else { throw TensorError.runtime("take(): Expected a long tensor for index, but got \(index.dtype.scalarTypeName)") }
        let n = count
        var positions = index.ints()
        for (k, p) in positions.enumerated() {
            if p < -n || p >= n { throw TensorError.index("out of range: tried to access index \(p) on a tensor of \(n) elements.") }
            if p < 0 { positions[k] = p + n }
        }
        let flat = try Elementwise.contiguousCopy(self)
        let out = try Tensor(uninitializedShape: index.shape, dtype: dtype)
        let item = dtype.itemSize
        for (k, p) in positions.enumerated() {
            (out.dataPointer + k &* item).copyMemory(from: flat.dataPointer + p &* item, byteCount: item)
        }
        let wrapped = try Tensor.fromInts(positions, shape: index.shape)
        return Autograd.record(.take(index: wrapped, inputShape: shape), out, self)
    }

    /// An int64 tensor of `shape` holding `values`.
    static func fromInts(_ values: [Int], shape: [Int]) throws -> Tensor {
        let t = try Tensor(uninitializedShape: shape, dtype: .int64)
        let p = t.dataPointer.assumingMemoryBound(to: Int64.self)
        for (k, v) in values.enumerated() { p[k] = Int64(v) }
        return t
    }

    /// `t.masked_select(mask)`: the elements where the (broadcast) mask is true, as a 1-D tensor.
    public func maskedSelect(_ mask: Tensor) throws -> Tensor {
        guard mask.dtype == .bool else { throw TensorError.runtime("masked_select: expected BoolTensor for mask") }
        let common = try Shape.broadcast(mask.shape, shape)
        let input = shape == common ? self : try expand(common)
        let fullMask = try Elementwise.contiguousIfNeeded(mask.shape == common ? mask : try mask.expand(common).detach())
        let values = try Elementwise.contiguousIfNeeded(input.detach())
        let flags = fullMask.dataPointer.assumingMemoryBound(to: Bool.self)
        let selected = (0..<values.count).filter { flags[$0] }
        let out = try Tensor(uninitializedShape: [selected.count], dtype: dtype)
        let item = dtype.itemSize
        for (k, p) in selected.enumerated() {
            (out.dataPointer + k &* item).copyMemory(from: values.dataPointer + p &* item, byteCount: item)
        }
        withExtendedLifetime((values, fullMask)) {}
        return Autograd.record(.maskedSelect(mask: fullMask), out, input)
    }
}
