/// Copies that move elements around: flip, roll, tril/triu, diag, repeat_interleave, movedim,
/// diff, and the running product cumprod.
extension Tensor {
    /// A contiguous copy of this tensor's elements read with other strides and start: element
    /// `i` of the result (row-major over `shape`) comes from `offset + Σ i_k * strides[k]`.
    func copyReading(offset: Int, strides readStrides: [Int]) throws -> Tensor {
        let out = try Tensor(uninitializedShape: shape, dtype: dtype)
        let item = dtype.itemSize
        let src = storage.data, dst = out.dataPointer
        var n = 0
        Tensor.walk(shape, [readStrides]) { off in
            (dst + n &* item).copyMemory(from: src + (offset &+ off[0]) &* item, byteCount: item)
            n += 1
        }
        withExtendedLifetime(self) {}
        return out
    }

    /// `t.flip(dims)`: the elements in reverse order along each of `dims` (a copy).
    public func flip(_ dims: [Int]) throws -> Tensor {
        let normalized = try Shape.normalize(dims: dims, rank: rank)
        var offset = storageOffset
        var readStrides = strides
        for d in normalized where rank > 0 {
            offset &+= (shape[d] - 1) &* strides[d]
            readStrides[d] = 0 &- strides[d]
        }
        let out = count == 0 ? try Tensor(uninitializedShape: shape, dtype: dtype) : try copyReading(offset: offset, strides: readStrides)
        return Autograd.record(.flip(normalized), out, self)
    }

    /// `t.roll(shifts, dims)`: elements shifted cyclically along each dim; with no dims, over the
    /// flattened tensor (keeping the shape).
    public func roll(_ shifts: [Int], dims: [Int]) throws -> Tensor {
        if dims.isEmpty {
            guard shifts.count == 1 else {
                throw TensorError.runtime("shifts and dimensions must align. shifts: \(shifts.count), dims:0")
            }
            let flat = try Elementwise.contiguousCopy(detach()).view(shape: [count], strides: [1], offset: 0)
            let rolled = try flat.roll(shifts, dims: [0]).view(shape: shape, strides: Shape.contiguousStrides(shape), offset: 0)
            return Autograd.record(.roll(shifts: shifts, dims: []), rolled, self)
        }
        guard shifts.count == dims.count else {
            throw TensorError.runtime("shifts and dimensions must align. shifts: \(shifts.count), dims:\(dims.count)")
        }
        var current = detach()
        var normalized: [Int] = []
        for (shift, dim) in zip(shifts, dims) {
            let d = try Shape.normalize(dim: dim, rank: rank)
            normalized.append(d)
            let size = rank == 0 ? 1 : shape[d]
            if rank == 0 || size == 0 { continue }
            let s = ((shift % size) + size) % size
            if s == 0 { continue }
            current = try Tensor.cat([current.plainSlice(d, start: size - s, length: s), current.plainSlice(d, start: 0, length: size - s)], dim: d)
        }
        let out = current === self || current.storage === storage ? try Elementwise.contiguousCopy(current) : current
        return Autograd.record(.roll(shifts: shifts, dims: normalized), out, self)
    }

    /// Zeroes, in place and unrecorded, the elements above (`upper` false: tril keeps the lower
    /// part) or below the `diagonal`-th diagonal of the last two dims.
    func zeroOutsideTriangle(diagonal: Int, upper: Bool) throws {
        try Elementwise.checkWritable(self)
        let rows = shape[rank - 2], cols = shape[rank - 1]
        let item = dtype.itemSize
        let base = dataPointer
        var n = 0
        Tensor.walk(shape, [strides]) { off in
            let j = n % cols, i = (n / cols) % rows
            let keep = upper ? j &- i >= diagonal : j &- i <= diagonal
            if !keep { (base + off[0] &* item).initializeMemory(as: UInt8.self, repeating: 0, count: item) }
            n += 1
        }
        withExtendedLifetime(self) {}
    }

    private func checkTriangle(_ upper: Bool) throws {
        if rank < 2 { throw TensorError.runtime("\(upper ? "triu" : "tril"): input tensor must have at least 2 dimensions") }
    }

    /// `t.tril(diagonal)` / `t.triu(diagonal)`: the lower (upper) triangle of the last two dims,
    /// the rest zero.
    public func triangle(diagonal: Int = 0, upper: Bool) throws -> Tensor {
        try checkTriangle(upper)
        let out = try Elementwise.contiguousCopy(self)
        try out.zeroOutsideTriangle(diagonal: diagonal, upper: upper)
        return Autograd.record(.triangle(diagonal: diagonal, upper: upper), out, self)
    }

    /// `t.tril_(diagonal)` / `t.triu_(diagonal)`.
    @discardableResult
    public func triangle_(diagonal: Int = 0, upper: Bool) throws -> Tensor {
        try checkTriangle(upper)
        try Autograd.checkInPlace(self)
        let previous = Autograd.snapshotForInPlace(self)
        try detach().zeroOutsideTriangle(diagonal: diagonal, upper: upper)
        if let previous { Autograd.recordInPlace(.triangle(diagonal: diagonal, upper: upper), self, previous, [previous]) }
        return self
    }

    /// `t.diag(diagonal)`: a 1-D tensor as the `diagonal`-th diagonal of a square matrix, or a
    /// matrix's `diagonal`-th diagonal as a 1-D copy.
    public func diag(_ diagonal: Int = 0) throws -> Tensor {
        switch rank {
        case 1:
            let (size, overflow) = shape[0].addingReportingOverflow(diagonal.magnitude > Int.max ? Int.max : Swift.abs(diagonal))
            let (elements, squareOverflow) = size.multipliedReportingOverflow(by: size)
            if overflow || squareOverflow || elements.multipliedReportingOverflow(by: dtype.itemSize).overflow {
                throw TensorError.runtime("Storage size calculation overflowed with sizes=[\(size), \(size)]")
            }
            let out = try Tensor.zeros([size, size], dtype: dtype)
            try Elementwise.copy(detach(), into: try out.diagonal(offset: diagonal))
            return Autograd.record(.diagEmbed(offset: diagonal), out, self)
        case 2:
            let view = try detach().diagonal(offset: diagonal)
            let out = try Elementwise.contiguousCopy(view)
            return Autograd.record(.diagonalCopy(offset: diagonal, inputShape: shape), out, self)
        default:
            throw TensorError.runtime("diag(): Supports 1D or 2D tensors. Got \(rank)D")
        }
    }

    /// `t.repeat_interleave(repeats, dim)`: each element (slice along `dim`) repeated
    /// `repeats[i]` times; with no dim, over the flattened tensor.
    public func repeatInterleave(_ repeats: [Int], dim: Int?) throws -> Tensor {
        guard let dim else {
            return try reshape([count]).repeatInterleave(repeats, dim: 0)
        }
        let d = try Shape.normalize(dim: dim, rank: rank)
        let size = rank == 0 ? 1 : shape[d]
        if repeats.contains(where: { $0 < 0 }) { throw TensorError.runtime("Repeats must be non-negative") }
        let counts = repeats.count == 1 ? [Int](repeating: repeats[0], count: size) : repeats
        guard counts.count == size else {
            throw TensorError.runtime("repeats must have the same size as input along dim, but got repeats.size(0) = \(repeats.count) and input.size(\(d)) = \(size)")
        }
        var total = 0
        for c in counts {
            let (sum, overflow) = total.addingReportingOverflow(c)
            if overflow { throw Storage.allocationError(Int.max) }
            total = sum
        }
        // The position list is the result's size along dim: allocate it as a tensor first, so a
        // size beyond memory is the allocator's error, not an abort.
        let index = try Tensor(uninitializedShape: [total], dtype: .int64)
        let p = index.dataPointer.assumingMemoryBound(to: Int64.self)
        var k = 0
        for (i, c) in counts.enumerated() {
            for _ in 0..<c { p[k] = Int64(i); k += 1 }
        }
        let input = rank == 0 ? try reshape([1]) : self
        var selector = [TensorIndex](repeating: .all, count: rank == 0 ? 0 : d)
        selector.append(.tensor(index))
        let out = try input.detach().index(selector)
        return Autograd.record(.indexSelect(dim: rank == 0 ? 0 : d, index: index, inputShape: input.shape), out, input)
    }

    /// `t.movedim(source, destination)`: a view with the `source` dims moved to `destination`.
    public func movedim(_ source: [Int], _ destination: [Int]) throws -> Tensor {
        guard source.count == destination.count else {
            throw TensorError.runtime("movedim: Invalid source or destination dims: source (\(Shape.describe(source)) dims) should contain the same number of dims as destination (\(Shape.describe(destination)) dims)")
        }
        var from: [Int] = [], to: [Int] = []
        for s in source { from.append(try Shape.normalize(dim: s, rank: rank)) }
        for t in destination { to.append(try Shape.normalize(dim: t, rank: rank)) }
        if Set(from).count != from.count { throw TensorError.runtime("movedim: repeated dim in `source` (\(Shape.describe(source)))") }
        if Set(to).count != to.count { throw TensorError.runtime("movedim: repeated dim in `destination` (\(Shape.describe(destination)))") }
        if rank == 0 { return self }
        var order = [Int](repeating: -1, count: rank)
        for (s, t) in zip(from, to) { order[t] = s }
        var rest = (0..<rank).filter { !from.contains($0) }.makeIterator()
        for k in 0..<rank where order[k] == -1 { order[k] = rest.next() ?? 0 }
        return try permute(order)
    }

    /// `t.cumprod(dim)`: running products along `dim` (int64 for integer inputs).
    public func cumprod(_ dim: Int) throws -> Tensor {
        let d = try Shape.normalize(dim: dim, rank: rank)
        let outDType = dtype.isFloatingPoint ? dtype : .int64
        if rank == 0 { return Autograd.record(.cumprod(dim: 0), try Elementwise.contiguousCopy(try Elementwise.cast(self, to: outDType)), self) }
        let (rows, length, _) = try rowsAlong(d)
        let movedShape = rows.shape
        let outRows = try Tensor(uninitializedShape: movedShape, dtype: outDType)
        let rowCount = length == 0 ? 0 : rows.count / length
        let item = dtype.itemSize, outItem = outDType.itemSize
        for r in 0..<rowCount {
            let src = rows.dataPointer + r &* length &* item
            let dst = outRows.dataPointer + r &* length &* outItem
            if outDType == .float32 {
                var acc: Float = 1
                for i in 0..<length {
                    acc *= Float(ElementAccess.loadDouble(src + i &* item, dtype))
                    ElementAccess.storeDouble(Double(acc), dst + i &* outItem, outDType)
                }
            } else if outDType == .float64 {
                var acc = 1.0
                for i in 0..<length {
                    acc *= ElementAccess.loadDouble(src + i &* item, dtype)
                    ElementAccess.storeDouble(acc, dst + i &* outItem, outDType)
                }
            } else {
                var acc = 1
                for i in 0..<length {
                    acc = acc &* ElementAccess.loadInt(src + i &* item, dtype)
                    ElementAccess.storeInt(acc, dst + i &* outItem, outDType)
                }
            }
        }
        var perm = Array(0..<(rank - 1))
        perm.insert(rank - 1, at: d)
        let back = outRows.view(shape: perm.map { movedShape[$0] }, strides: perm.map { outRows.strides[$0] }, offset: 0)
        return Autograd.record(.cumprod(dim: d), try Elementwise.contiguousCopy(back), self)
    }

    /// `t.diff(n, dim, prepend, append)`: n-th forward differences along `dim` (logical xor for
    /// bool tensors).
    public func diff(n: Int = 1, dim: Int = -1, prepend: Tensor? = nil, append: Tensor? = nil) throws -> Tensor {
        if rank == 0 { throw TensorError.runtime("diff expects input to be at least one-dimensional") }
        if n < 0 { throw TensorError.runtime("order must be non-negative but got \(n)") }
        let d = try Shape.normalize(dim: dim, rank: rank)
        var current = self
        if prepend != nil || append != nil {
            current = try Tensor.cat([prepend, self, append].compactMap { $0 }, dim: d)
        }
        for _ in 0..<n {
            let size = current.shape[d]
            if size == 0 { break }
            let later = try current.narrow(d, 1, size - 1), earlier = try current.narrow(d, 0, size - 1)
            current = current.dtype == .bool ? try later.logicalXor(earlier) : try later.sub(earlier)
        }
        return current === self ? try Elementwise.contiguousCopy(self) : current
    }
}
