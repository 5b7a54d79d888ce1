/// Joining and splitting: `cat`, `stack`, `split`, `chunk`.
extension Tensor {
    /// `torch.cat(tensors, dim)`: dtypes promote; legacy 1-D empty tensors are skipped, as in PyTorch.
    public static func cat(_ tensors: [Tensor], dim: Int = 0) throws -> Tensor {
        let (out, parts, d) = try concatenate(tensors, dim: dim)
        return Autograd.record(.cat(dim: d, sizes: parts.map { $0.rank > d ? $0.shape[d] : 0 }), out, parts)
    }

    /// cat without autograd: the result, the inputs that took part, and the normalised dim.
    static func concatenate(_ tensors: [Tensor], dim: Int) throws -> (Tensor, [Tensor], Int) {
        guard !tensors.isEmpty else { throw TensorError.value("torch.cat(): expected a non-empty list of Tensors") }
        let parts = tensors.filter { !($0.rank == 1 && $0.shape[0] == 0) }
        let dtype = Elementwise.resultType(tensors.map { t -> Tensor in
            // Promotion treats every input as a dimensioned tensor.
            t.rank == 0 ? t.view(shape: [1], strides: [1], offset: t.storageOffset) : t
        })
        guard let reference = parts.first else {
            return (try Tensor.zeros([0], dtype: dtype), [], 0)
        }
        if reference.rank == 0 { throw TensorError.runtime("zero-dimensional tensor (at position 0) cannot be concatenated") }
        let d = try Shape.normalize(dim: dim, rank: reference.rank)
        var total = 0
        for (i, t) in parts.enumerated() {
            if t.rank != reference.rank {
                throw TensorError.runtime("Tensors must have same number of dimensions: got \(reference.rank) and \(t.rank)")
            }
            for k in 0..<t.rank where k != d && t.shape[k] != reference.shape[k] {
                let position = tensors.firstIndex { $0 === t } ?? i
                throw TensorError.runtime("Sizes of tensors must match except in dimension \(d). Expected size \(reference.shape[k]) but got size \(t.shape[k]) for tensor number \(position) in the list.")
            }
            total += t.shape[d]
        }
        var shape = reference.shape
        shape[d] = total
        let out = try Tensor(uninitializedShape: shape, dtype: dtype)
        var offset = 0
        for t in parts {
            let target = out.plainSlice(d, start: offset, length: t.shape[d])
            try Elementwise.copy(t, into: target)
            offset += t.shape[d]
        }
        return (out, parts, d)
    }

    /// `torch.stack(tensors, dim)`: joins equal-shaped tensors along a new dimension.
    public static func stack(_ tensors: [Tensor], dim: Int = 0) throws -> Tensor {
        guard let first = tensors.first else { throw TensorError.runtime("stack expects a non-empty TensorList") }
        let d = try Shape.normalize(dim: dim, rank: first.rank + 1)
        for (i, t) in tensors.enumerated() where t.shape != first.shape {
            throw TensorError.runtime("stack expects each tensor to be equal size, but got \(Shape.describe(first.shape)) at entry 0 and \(Shape.describe(t.shape)) at entry \(i)")
        }
        if let out = try stackContiguous(tensors, dim: d) {
            return Autograd.record(.stack(dim: d), out, tensors)
        }
        let expanded = tensors.map { t -> Tensor in
            var shape = t.shape, strides = t.strides
            shape.insert(1, at: d)
            strides.insert(d < t.rank ? t.shape[d] * t.strides[d] : 1, at: d)
            return t.view(shape: shape, strides: strides, offset: t.storageOffset)
        }
        let (out, _, _) = try concatenate(expanded, dim: d)
        return Autograd.record(.stack(dim: d), out, tensors)
    }

    /// `stack` of contiguous tensors of one dtype (the shapes already checked equal): block
    /// copies into the result, without the per-input views and iterator set-up of `cat`, which
    /// cost more than the copying for the notebook's 12,396 28x28 images. Nil for other inputs.
    static func stackContiguous(_ tensors: [Tensor], dim d: Int) throws -> Tensor? {
        guard let first = tensors.first else { return nil }
        let dtype = first.dtype
        for t in tensors where t.dtype != dtype || !t.isContiguous { return nil }
        var shape = first.shape
        shape.insert(tensors.count, at: d)
        let out = try Tensor(uninitializedShape: shape, dtype: dtype)
        // Each input is `outer` blocks of `inner` elements; block o of input k lands at
        // out[o, k, ...].
        let outer = first.shape[..<d].reduce(1, *)
        let blockBytes = first.shape[d...].reduce(1, *) &* dtype.itemSize
        if blockBytes == 0 || outer == 0 { return out }
        let base = out.dataPointer
        let rowBytes = tensors.count &* blockBytes
        let copy = { (start: Int, end: Int) in
            for k in start..<end {
                let source = UnsafeRawPointer(tensors[k].dataPointer)
                for o in 0..<outer {
                    (base + o &* rowBytes + k &* blockBytes).copyMemory(from: source + o &* blockBytes, byteCount: blockBytes)
                }
            }
        }
        let total = tensors.count &* outer &* blockBytes
        if total >= StridedIterator.parallelThreshold * 8 && tensors.count >= 2 {
            let half = (tensors.count + 1) / 2
            ParallelExecutor.shared.run { part in copy(part * half, part == 0 ? half : tensors.count) }
        } else {
            copy(0, tensors.count)
        }
        withExtendedLifetime(tensors) {}
        return out
    }

    /// `t.split(size, dim)`: pieces of `size` along `dim` (the last may be smaller); views.
    public func split(_ size: Int, dim: Int = 0) throws -> [Tensor] {
        let d = try Shape.normalize(dim: dim, rank: rank)
        let length = shape[d]
        if size < 0 { throw TensorError.runtime("split expects split_size be non-negative, but got split_size=\(size)") }
        if size == 0 {
            if length != 0 { throw TensorError.runtime("split_size can only be 0 if dimension size is 0, but got dimension size of \(length)") }
            return [self]
        }
        let pieces = Swift.max((length + size - 1) / size, 1)
        return (0..<pieces).map { i in
            let start = i * size
            let n = Swift.min(size, length - start)
            return Autograd.record(.split(dim: d, start: start, length: n, inputShape: shape), plainSlice(d, start: start, length: n), self)
        }
    }

    /// `t.split([sizes], dim)` / `split_with_sizes`.
    public func split(sizes: [Int], dim: Int = 0) throws -> [Tensor] {
        let d = try Shape.normalize(dim: dim, rank: rank)
        if sizes.reduce(0, +) != shape[d] || sizes.contains(where: { $0 < 0 }) {
            throw TensorError.runtime("split_with_sizes expects split_sizes to sum exactly to \(shape[d]) (input tensor's size at dimension \(d)), but got split_sizes=\(Shape.describe(sizes))")
        }
        var start = 0
        return sizes.map { n in
            defer { start += n }
            return Autograd.record(.split(dim: d, start: start, length: n, inputShape: shape), plainSlice(d, start: start, length: n), self)
        }
    }

    /// `t.chunk(chunks, dim)`: up to `chunks` nearly equal views.
    public func chunk(_ chunks: Int, dim: Int = 0) throws -> [Tensor] {
        if chunks <= 0 { throw TensorError.runtime("chunk expects `chunks` to be greater than 0, got: \(chunks)") }
        let d = try Shape.normalize(dim: dim, rank: rank)
        let size = (shape[d] + chunks - 1) / chunks
        if size == 0 {
            // Every chunk is empty when the dimension is.
            return (0..<chunks).map { _ in sliceUnchecked(d, start: 0, length: 0, step: 1, isNarrow: true) }
        }
        return try split(size, dim: d)
    }
}
