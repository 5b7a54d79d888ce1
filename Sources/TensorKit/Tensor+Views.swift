/// Views: new shapes and strides over the same storage. None of these copy, except `reshape`
/// and `flatten` when the strides make a view impossible.
extension Tensor {
    /// `t.view(*shape)` (one size may be -1). Fails like PyTorch when the strides don't allow it.
    public func view(_ requested: [Int]) throws -> Tensor {
        let newShape = try Shape.infer(requested, count: count)
        guard let newStrides = Shape.viewStrides(oldShape: shape, oldStrides: strides, newShape: newShape) else {
            throw TensorError.runtime("view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.")
        }
        let out = view(shape: newShape, strides: newStrides, offset: storageOffset)
        return Autograd.record(.view(inputShape: shape), out, self)
    }

    /// `t.reshape(*shape)`: a view when the strides allow it, else a contiguous copy.
    public func reshape(_ requested: [Int]) throws -> Tensor {
        let newShape = try Shape.infer(requested, count: count)
        if let newStrides = Shape.viewStrides(oldShape: shape, oldStrides: strides, newShape: newShape) {
            let out = view(shape: newShape, strides: newStrides, offset: storageOffset)
            return Autograd.record(.view(inputShape: shape), out, self)
        }
        let copy = try Elementwise.contiguousCopy(self)
        let out = copy.view(shape: newShape, strides: Shape.contiguousStrides(newShape), offset: 0)
        return Autograd.record(.reshapeCopy(inputShape: shape), out, self)
    }

    /// A view recorded as PyTorch's `_unsafe_view` (what matmul returns after folding batches).
    func unsafeView(_ newShape: [Int]) throws -> Tensor {
        guard let newStrides = Shape.viewStrides(oldShape: shape, oldStrides: strides, newShape: newShape) else {
            return try reshape(newShape)
        }
        let out = view(shape: newShape, strides: newStrides, offset: storageOffset)
        return Autograd.record(.reshapeCopy(inputShape: shape), out, self)
    }

    /// `t.view_as(other)`.
    public func viewAs(_ other: Tensor) throws -> Tensor { try view(other.shape) }
    /// `t.reshape_as(other)`.
    public func reshapeAs(_ other: Tensor) throws -> Tensor { try reshape(other.shape) }

    /// `t.flatten(start_dim, end_dim)`: merges a range of dimensions (reshape semantics).
    public func flatten(startDim: Int = 0, endDim: Int = -1) throws -> Tensor {
        if rank == 0 { return try reshape([1]) }
        let start = try Shape.normalize(dim: startDim, rank: rank)
        let end = try Shape.normalize(dim: endDim, rank: rank)
        if start > end { throw TensorError.runtime("flatten() has invalid args: start_dim cannot come after end_dim") }
        if start == end { return self }
        var newShape = Array(shape[..<start])
        newShape.append(shape[start...end].reduce(1, *))
        newShape.append(contentsOf: shape[(end + 1)...])
        return try reshape(newShape)
    }

    /// `t.unflatten(dim, sizes)`: splits one dimension into several (one size may be -1).
    public func unflatten(_ dim: Int, _ sizes: [Int]) throws -> Tensor {
        let d = try Shape.normalize(dim: dim, rank: rank)
        let inner = try Shape.infer(sizes, count: shape[d])
        var newShape = Array(shape[..<d])
        newShape.append(contentsOf: inner)
        newShape.append(contentsOf: shape[(d + 1)...])
        return try view(newShape)
    }

    /// `t.squeeze()`: drops every size-1 dimension.
    public func squeeze() -> Tensor {
        var newShape: [Int] = [], newStrides: [Int] = []
        for (s, st) in zip(shape, strides) where s != 1 {
            newShape.append(s)
            newStrides.append(st)
        }
        let out = view(shape: newShape, strides: newStrides, offset: storageOffset)
        return Autograd.record(.squeeze(inputShape: shape, dim: nil), out, self)
    }

    /// `t.squeeze(dim)`: drops `dim` if it has size 1, else returns an unchanged view.
    public func squeeze(_ dim: Int) throws -> Tensor {
        let d = try Shape.normalize(dim: dim, rank: rank)
        if rank == 0 || shape[d] != 1 {
            return Autograd.record(.squeeze(inputShape: shape, dim: d), view(shape: shape, strides: strides, offset: storageOffset), self)
        }
        var newShape = shape, newStrides = strides
        newShape.remove(at: d)
        newStrides.remove(at: d)
        let out = view(shape: newShape, strides: newStrides, offset: storageOffset)
        return Autograd.record(.squeeze(inputShape: shape, dim: d), out, self)
    }

    /// `t.unsqueeze(dim)`: inserts a size-1 dimension (dim may be in [-rank-1, rank]).
    public func unsqueeze(_ dim: Int) throws -> Tensor {
        let d = try Shape.normalize(dim: dim, rank: rank + 1)
        var newShape = shape, newStrides = strides
        let stride = d < rank ? shape[d] * strides[d] : 1
        newShape.insert(1, at: d)
        newStrides.insert(stride, at: d)
        let out = view(shape: newShape, strides: newStrides, offset: storageOffset)
        return Autograd.record(.unsqueeze(d), out, self)
    }

    /// `t.transpose(dim0, dim1)`.
    public func transpose(_ dim0: Int, _ dim1: Int) throws -> Tensor {
        let a = try Shape.normalize(dim: dim0, rank: rank)
        let b = try Shape.normalize(dim: dim1, rank: rank)
        if rank == 0 { return Autograd.record(.transpose(0, 0, isT: false), view(shape: [], strides: [], offset: storageOffset), self) }
        var newShape = shape, newStrides = strides
        newShape.swapAt(a, b)
        newStrides.swapAt(a, b)
        let out = view(shape: newShape, strides: newStrides, offset: storageOffset)
        return Autograd.record(.transpose(a, b, isT: false), out, self)
    }

    /// `t.t()`: transpose of a matrix; vectors and scalars are returned as views unchanged.
    public func t() throws -> Tensor {
        if rank > 2 { throw TensorError.runtime("t() expects a tensor with <= 2 dimensions, but self is \(rank)D") }
        if rank < 2 { return Autograd.record(.transpose(0, 0, isT: true), view(shape: shape, strides: strides, offset: storageOffset), self) }
        let out = view(shape: [shape[1], shape[0]], strides: [strides[1], strides[0]], offset: storageOffset)
        return Autograd.record(.transpose(0, 1, isT: true), out, self)
    }

    /// `t.permute(*dims)`.
    public func permute(_ dims: [Int]) throws -> Tensor {
        if dims.count != rank {
            throw TensorError.runtime("permute(sparse_coo): number of dimensions in the tensor input does not match the length of the desired ordering of dimensions i.e. input.dim() = \(rank) is not equal to len(dims) = \(dims.count)")
        }
        var seen = [Bool](repeating: false, count: rank)
        var normalized: [Int] = []
        for d in dims {
            let n = try Shape.normalize(dim: d, rank: rank)
            if seen[n] { throw TensorError.runtime("permute(): duplicate dims are not allowed.") }
            seen[n] = true
            normalized.append(n)
        }
        let out = view(shape: normalized.map { shape[$0] }, strides: normalized.map { strides[$0] }, offset: storageOffset)
        return Autograd.record(.permute(normalized), out, self)
    }

    /// `t.expand(*sizes)`: broadcasts size-1 dimensions (stride 0) and adds leading ones; -1
    /// keeps a size.
    public func expand(_ sizes: [Int]) throws -> Tensor {
        if sizes.count < rank {
            throw TensorError.runtime("expand(\(dtype.tensorTypeName){\(Shape.describe(shape))}, size=\(Shape.describe(sizes))): the number of sizes provided (\(sizes.count)) must be greater or equal to the number of dimensions in the tensor (\(rank))")
        }
        let lead = sizes.count - rank
        var newShape = [Int](repeating: 0, count: sizes.count)
        var newStrides = [Int](repeating: 0, count: sizes.count)
        for i in 0..<sizes.count {
            let target = sizes[i]
            if i < lead {
                if target < 0 {
                    throw TensorError.runtime("The expanded size of the tensor (\(target)) isn't allowed in a leading, non-existing dimension \(i)")
                }
                newShape[i] = target
                newStrides[i] = 0
                continue
            }
            let size = shape[i - lead]
            let stride = strides[i - lead]
            if target == -1 || target == size {
                newShape[i] = size
                newStrides[i] = stride
            } else if size == 1 && target >= 0 {
                newShape[i] = target
                newStrides[i] = 0
            } else {
                throw TensorError.runtime("The expanded size of the tensor (\(target)) must match the existing size (\(size)) at non-singleton dimension \(i).  Target sizes: \(Shape.describe(sizes)).  Tensor sizes: \(Shape.describe(shape))")
            }
        }
        // A view whose element count does not fit in 64 bits would overflow every later loop
        // over it; PyTorch refuses it the same way.
        var numel = 1
        for size in newShape {
            let (product, overflow) = numel.multipliedReportingOverflow(by: size)
            if overflow { throw TensorError.runtime("numel: integer multiplication overflow") }
            numel = product
        }
        let out = view(shape: newShape, strides: newStrides, offset: storageOffset)
        return Autograd.record(.expand(inputShape: shape), out, self)
    }

    /// `t.expand_as(other)`.
    public func expandAs(_ other: Tensor) throws -> Tensor { try expand(other.shape) }

    /// `t.select(dim, index)`: the slice at `index` along `dim`, which disappears.
    public func select(_ dim: Int, _ index: Int) throws -> Tensor {
        if rank == 0 { throw TensorError.index("select() cannot be applied to a 0-dim tensor.") }
        let d = try Shape.normalize(dim: dim, rank: rank)
        let size = shape[d]
        if index < -size || index >= size {
            throw TensorError.index("select(): index \(index) out of range for tensor of size \(Shape.describe(shape)) at dimension \(d)")
        }
        return selectUnchecked(d, index < 0 ? index + size : index)
    }

    /// `select` with a normalised dim and in-range index.
    @inline(__always)
    func selectUnchecked(_ d: Int, _ i: Int) -> Tensor {
        Autograd.record(.select(dim: d, index: i, inputShape: shape), plainSelect(d, i), self)
    }

    /// `select` without autograd, for internal loops (printing, batched BLAS).
    @inline(__always)
    func plainSelect(_ d: Int, _ i: Int) -> Tensor {
        var newShape = shape, newStrides = strides
        newShape.remove(at: d)
        newStrides.remove(at: d)
        return view(shape: newShape, strides: newStrides, offset: storageOffset &+ i &* strides[d])
    }

    /// `t.narrow(dim, start, length)`.
    public func narrow(_ dim: Int, _ start: Int, _ length: Int) throws -> Tensor {
        let d = try Shape.normalize(dim: dim, rank: rank)
        let size = shape[d]
        if start < -size || start > size {
            throw TensorError.index("start out of range (expected to be in range of [\(-size), \(size)], but got \(start))")
        }
        let s = start < 0 ? start + size : start
        if length < 0 || length > size - s {
            throw TensorError.runtime("start (\(s)) + length (\(length)) exceeds dimension size (\(size)).")
        }
        return sliceUnchecked(d, start: s, length: length, step: 1, isNarrow: true)
    }

    /// Python slicing `t[start:stop:step]` along `dim` (positive step; bounds clamp like Python).
    public func slice(_ dim: Int, start: Int?, stop: Int?, step: Int? = nil) throws -> Tensor {
        let d = try Shape.normalize(dim: dim, rank: rank)
        let st = step ?? 1
        if st == 0 { throw TensorError.value("slice step cannot be zero") }
        if st < 0 { throw TensorError.value("step must be greater than zero") }
        let (s, length) = Tensor.sliceRange(size: shape[d], start: start, stop: stop, step: st)
        return sliceUnchecked(d, start: s, length: length, step: st, isNarrow: false)
    }

    /// Python's clamping of slice bounds for a positive step: (first index, element count).
    static func sliceRange(size: Int, start: Int?, stop: Int?, step: Int) -> (Int, Int) {
        var s = start ?? 0
        var e = stop ?? size
        if s < 0 { s += size }
        if e < 0 { e += size }
        s = Swift.min(Swift.max(s, 0), size)
        e = Swift.min(Swift.max(e, 0), size)
        let length = e > s ? (e - s - 1) / step + 1 : 0
        return (s, length)
    }

    func sliceUnchecked(_ d: Int, start: Int, length: Int, step: Int, isNarrow: Bool) -> Tensor {
        Autograd.record(.slice(dim: d, start: start, step: step, inputShape: shape, isNarrow: isNarrow),
                        plainSlice(d, start: start, length: length, step: step), self)
    }

    /// A slice without autograd, for internal use.
    func plainSlice(_ d: Int, start: Int, length: Int, step: Int = 1) -> Tensor {
        var newShape = shape, newStrides = strides
        newShape[d] = length
        newStrides[d] = strides[d] &* step
        return view(shape: newShape, strides: newStrides, offset: storageOffset &+ start &* strides[d])
    }

    /// `t.diagonal(offset, dim1, dim2)`: a view of a diagonal, appended as the last dimension.
    public func diagonal(offset: Int = 0, dim1: Int = 0, dim2: Int = 1) throws -> Tensor {
        let a = try Shape.normalize(dim: dim1, rank: rank)
        let b = try Shape.normalize(dim: dim2, rank: rank)
        if a == b { throw TensorError.runtime("diagonal dimensions cannot be identical \(dim1), \(dim2)") }
        var start = storageOffset
        var length: Int
        if offset >= 0 {
            length = Swift.max(Swift.min(shape[a], shape[b] - offset), 0)
            if length > 0 { start += offset * strides[b] }
        } else {
            length = Swift.max(Swift.min(shape[a] + offset, shape[b]), 0)
            if length > 0 { start -= offset * strides[a] }
        }
        var newShape: [Int] = [], newStrides: [Int] = []
        for i in 0..<rank where i != a && i != b {
            newShape.append(shape[i])
            newStrides.append(strides[i])
        }
        newShape.append(length)
        newStrides.append(strides[a] + strides[b])
        let out = view(shape: newShape, strides: newStrides, offset: start)
        return Autograd.record(.diagonal(offset: offset, dim1: a, dim2: b, inputShape: shape), out, self)
    }

    /// `t.as_strided(size, stride, storage_offset)`: an arbitrary view, checked to stay inside
    /// the storage.
    public func asStrided(_ size: [Int], _ stride: [Int], storageOffset offset: Int? = nil) throws -> Tensor {
        if size.count != stride.count {
            throw TensorError.runtime("mismatch in length of strides and shape")
        }
        let start = offset ?? storageOffset
        var maxIndex = start
        for (s, st) in zip(size, stride) {
            if s < 0 { throw TensorError.runtime("Trying to create tensor with negative dimension \(s): \(Shape.describe(size))") }
            if st < 0 { throw TensorError.runtime("as_strided: Negative strides are not supported at the moment, got strides: \(Shape.describe(stride))") }
            if s > 0 { maxIndex += (s - 1) * st }
        }
        if start < 0 || (size.reduce(1, *) > 0 && (maxIndex + 1) * dtype.itemSize > storage.byteCount) {
            throw TensorError.runtime("setStorage: sizes \(Shape.describe(size)), strides \(Shape.describe(stride)), storage offset \(start), and itemsize \(dtype.itemSize) requiring a storage size of \((maxIndex + 1) * dtype.itemSize) are out of bounds for storage of size \(storage.byteCount)")
        }
        let out = view(shape: size, strides: stride, offset: start)
        return Autograd.record(.asStrided(inputShape: shape, inputStrides: strides, inputOffset: storageOffset), out, self)
    }

    /// `t.unbind(dim)`: the slices along `dim`.
    public func unbind(_ dim: Int = 0) throws -> [Tensor] {
        let d = try Shape.normalize(dim: dim, rank: rank)
        return (0..<shape[d]).map { Autograd.record(.unbind(dim: d), plainSelect(d, $0), self) }
    }

    /// `t.mT` / the last two dimensions swapped.
    public func matrixTranspose() throws -> Tensor {
        if rank < 2 { throw TensorError.runtime("tensor.mT is only supported on matrices or batches of matrices. Got \(rank)-D tensor.") }
        return try transpose(-2, -1)
    }
}
