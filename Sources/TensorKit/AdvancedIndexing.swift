/// Advanced (tensor) indexing on a view, following PyTorch: the index tensors broadcast to one
/// shape B; if their dimensions are adjacent B replaces them in place, otherwise B goes first.
/// Gather and scatter both run through the strided iterator, with the index tensors as extra
/// operands whose values turn into byte offsets.
struct AdvancedIndexPlan {
    let source: Tensor
    /// The indexed dims of `source`, ascending, and the wrapped int64 index for each.
    let dims: [Int]
    let indices: [Tensor]
    let broadcastShape: [Int]
    /// Dims of `source` that are not indexed, in order.
    let restDims: [Int]
    let adjacent: Bool

    init(_ source: Tensor, _ advanced: [(dim: Int, index: Tensor)]) throws {
        self.source = source
        let sorted = advanced.sorted { $0.dim < $1.dim }
        let shapes = sorted.map { $0.index.shape }
        do {
            broadcastShape = try Shape.broadcast(shapes)
        } catch {
            throw TensorError.index("shape mismatch: indexing tensors could not be broadcast together with shapes " +
                                    shapes.map { Shape.describe($0) }.joined(separator: ", "))
        }
        dims = sorted.map { $0.dim }
        var wrapped: [Tensor] = []
        for (dim, index) in sorted {
            wrapped.append(try AdvancedIndexPlan.wrap(index, size: source.shape[dim], dim: dim))
        }
        indices = wrapped
        restDims = (0..<source.rank).filter { !sorted.map { $0.dim }.contains($0) }
        var isAdjacent = true
        for i in 1..<max(dims.count, 1) where dims[i] != dims[i - 1] + 1 { isAdjacent = false }
        adjacent = isAdjacent
    }

    /// Checks bounds and wraps negative positions, giving a contiguous int64 tensor.
    static func wrap(_ index: Tensor, size: Int, dim: Int) throws -> Tensor {
        let out = try Tensor(uninitializedShape: index.shape, dtype: .int64)
        let p = out.dataPointer.assumingMemoryBound(to: Int64.self)
        var i = 0
        var failure: Int? = nil
        index.forEachElementPointer { q in
            let v = ElementAccess.loadInt(q, index.dtype)
            if v < -size || v >= size {
                if failure == nil { failure = v }
            }
            p[i] = Int64(v < 0 ? v + size : v)
            i += 1
        }
        if let bad = failure {
            throw TensorError.index("index \(bad) is out of bounds for dimension \(dim) with size \(size)")
        }
        return out
    }

    /// The shape of the indexing result.
    var resultShape: [Int] {
        let rest = restDims.map { source.shape[$0] }
        if adjacent, let first = dims.first {
            let before = restDims.filter { $0 < first }.count
            return Array(rest[..<before]) + broadcastShape + Array(rest[before...])
        }
        return broadcastShape + rest
    }

    /// Permutation taking `resultShape` order to iteration order (B dims, then rest dims).
    private var iterationPermutation: [Int] {
        let b = broadcastShape.count
        let r = restDims.count
        if adjacent, let first = dims.first {
            let before = restDims.filter { $0 < first }.count
            return Array(before..<(before + b)) + Array(0..<before) + Array((before + b)..<(b + r))
        }
        return Array(0..<(b + r))
    }

    /// Views over (B..., rest...) for the source (B dims stride 0) and each index (rest dims
    /// stride 0), plus the byte stride of each indexed dim.
    private func operands() -> (source: Tensor, indices: [Tensor], shape: [Int], byteStrides: [Int]) {
        let b = broadcastShape.count
        let restShape = restDims.map { source.shape[$0] }
        let shape = broadcastShape + restShape
        let src = source.view(shape: shape,
                              strides: [Int](repeating: 0, count: b) + restDims.map { source.strides[$0] },
                              offset: source.storageOffset)
        let idx = indices.map { index -> Tensor in
            let lead = b - index.rank
            var strides = [Int](repeating: 0, count: shape.count)
            let own = Shape.contiguousStrides(index.shape)
            for d in 0..<index.rank where index.shape[d] != 1 { strides[lead + d] = own[d] }
            return index.view(shape: shape, strides: strides, offset: index.storageOffset)
        }
        let item = source.dtype.itemSize
        return (src, idx, shape, dims.map { source.strides[$0] * item })
    }

    /// The gathered copy `source[indices]`.
    func gather() throws -> Tensor {
        let out = try Tensor(uninitializedShape: resultShape, dtype: source.dtype)
        let perm = iterationPermutation
        let outView = out.view(shape: perm.map { out.shape[$0] }, strides: perm.map { out.strides[$0] }, offset: 0)
        let (src, idx, shape, byteStrides) = operands()
        let m = idx.count
        let item = source.dtype.itemSize
        // Index pointers advance per element, so the kernel walks them itself.
        let walking: RunKernel = { n, d, s in
            withUnsafeTemporaryAllocation(of: UnsafeMutableRawPointer.self, capacity: 2 + m) { ptrs in
                for k in 0..<(2 + m) { ptrs[k] = d[k] }
                for _ in 0..<n {
                    var offset = 0
                    for k in 0..<m { offset &+= Int(ptrs[2 + k].load(as: Int64.self)) &* byteStrides[k] }
                    ptrs[0].copyMemory(from: ptrs[1] + offset, byteCount: item)
                    for k in 0..<(2 + m) { ptrs[k] += s[k] }
                }
            }
        }
        withExtendedLifetime((outView, src, idx)) {
            StridedIterator(shape: shape, operands: [outView, src] + idx).run(walking)
        }
        return out
    }

    /// `source[indices] = value` (or `+=` with `accumulate`), value broadcast to the result shape.
    func scatter(_ value: Tensor, accumulate: Bool) throws {
        try Elementwise.checkWritable(source)
        let target = resultShape
        var v = value
        if let shape = try? Shape.broadcast(target, value.shape), shape == target {
            v = try Elementwise.cast(value, to: source.dtype)
        } else {
            throw TensorError.runtime("shape mismatch: value tensor of shape \(Shape.describe(value.shape)) cannot be broadcast to indexing result of shape \(Shape.describe(target))")
        }
        if Elementwise.mayOverlap(source, v) { v = try Elementwise.contiguousCopy(v) }
        // Expand the value to the result shape, then into iteration order.
        let lead = target.count - v.rank
        var vStrides = [Int](repeating: 0, count: target.count)
        for d in 0..<v.rank where v.shape[d] != 1 { vStrides[lead + d] = v.strides[d] }
        let perm = iterationPermutation
        let valueView = v.view(shape: perm.map { target[$0] }, strides: perm.map { vStrides[$0] }, offset: v.storageOffset)
        let (dst, idx, shape, byteStrides) = operands()
        let m = idx.count
        let item = source.dtype.itemSize
        let dtype = source.dtype
        let add = accumulate ? BinaryKernels.kernel(.add, dtype) : nil
        let kernel: RunKernel = { n, d, s in
            withUnsafeTemporaryAllocation(of: UnsafeMutableRawPointer.self, capacity: 2 + m) { ptrs in
                withUnsafeTemporaryAllocation(of: UnsafeMutableRawPointer.self, capacity: 3) { triple in
                    withUnsafeTemporaryAllocation(of: Int.self, capacity: 3) { zeros in
                        for k in 0..<3 { zeros[k] = 0 }
                        for k in 0..<(2 + m) { ptrs[k] = d[k] }
                        for _ in 0..<n {
                            var offset = 0
                            for k in 0..<m { offset &+= Int(ptrs[2 + k].load(as: Int64.self)) &* byteStrides[k] }
                            let target = ptrs[0] + offset
                            if let add = add, let t = triple.baseAddress, let z = zeros.baseAddress {
                                t[0] = target
                                t[1] = target
                                t[2] = ptrs[1]
                                add(1, UnsafePointer(t), UnsafePointer(z))
                            } else {
                                target.copyMemory(from: ptrs[1], byteCount: item)
                            }
                            for k in 0..<(2 + m) { ptrs[k] += s[k] }
                        }
                    }
                }
            }
        }
        // Serial: repeated indices must accumulate (or overwrite) in a fixed order.
        // The iterator keeps raw pointers only: hold the (possibly converted) value until done.
        withExtendedLifetime((v, valueView, dst, idx)) {
            StridedIterator(shape: shape, operands: [dst, valueView] + idx).run(parallel: false, kernel)
        }
    }

    /// The subscript that reproduces this gather on `source` (for autograd's index backward).
    func recordedIndices() -> [TensorIndex] {
        var result = [TensorIndex](repeating: .all, count: source.rank)
        for (dim, index) in zip(dims, indices) { result[dim] = .tensor(index) }
        return result
    }
}
