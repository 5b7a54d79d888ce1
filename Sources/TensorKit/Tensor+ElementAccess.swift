/// Element-level fast paths for Python loops over tensors (`c[i, j] += a[i, k] * b[k, j]`):
/// an all-int subscript becomes one offset computation instead of the general indexing
/// machinery (index arrays, per-dimension `select` views).
///
/// They apply only where the general path would produce the same thing without autograd: a
/// tensor that requires grad takes the general path, which records `SelectBackward0` /
/// `CopySlices` as PyTorch does.
extension Tensor {
    /// The storage offset (in elements) of the element at `indices`, one int per dimension,
    /// negative ones counting from the end. Throws PyTorch's IndexError when out of range.
    @inline(__always)
    func elementOffset(_ indices: UnsafeBufferPointer<Int>) throws -> Int {
        var offset = storageOffset
        for d in 0..<rank {
            let i = indices[d]
            let size = shape[d]
            if i < -size || i >= size {
                throw TensorError.index("index \(i) is out of bounds for dimension \(d) with size \(size)")
            }
            offset &+= (i < 0 ? i &+ size : i) &* strides[d]
        }
        return offset
    }

    /// `t[i, j, ...]` with one int per dimension: a 0-d view sharing storage, or nil when the
    /// tensor requires grad (the general path records the select) or the count is not the rank.
    public func elementView(at indices: UnsafeBufferPointer<Int>) throws -> Tensor? {
        if requiresGrad || indices.count != rank { return nil }
        let offset = try elementOffset(indices)
        return Tensor(storage: storage, storageOffset: offset, shape: [], strides: [], dtype: dtype)
    }

    /// `t[i, j, ...] = value` for a one-element `value`: stores it (cast to this dtype) and
    /// returns true, or returns false without writing when the general path must run
    /// (autograd on either side, a multi-element value, or a count that is not the rank).
    public func storeElement(at indices: UnsafeBufferPointer<Int>, from value: Tensor) throws -> Bool {
        if requiresGrad || value.requiresGrad || value.count != 1 || indices.count != rank { return false }
        let target = storage.data + (try elementOffset(indices)) &* dtype.itemSize
        let source = value.dataPointer
        if value.dtype == dtype {
            target.copyMemory(from: source, byteCount: dtype.itemSize)
        } else {
            ElementAccess.store(ElementAccess.loadScalar(source, value.dtype), target, dtype)
        }
        storage.version &+= 1
        return true
    }

    /// `t[i, j, ...] = number`: true when stored, false when the general path must run.
    public func storeElement(at indices: UnsafeBufferPointer<Int>, scalar value: Scalar) throws -> Bool {
        if requiresGrad || indices.count != rank { return false }
        ElementAccess.store(value, storage.data + (try elementOffset(indices)) &* dtype.itemSize, dtype)
        storage.version &+= 1
        return true
    }

    /// `t[i, :]`, `t[:, j]`, `t[i]`: a subscript of in-range ints and full slices as one view,
    /// without the intermediate `select`/`slice` tensors of the general path (twice as fast for
    /// the book's row-times-column loop). Nil for anything else, including out-of-range ints
    /// (the general path reports them) and tensors that require grad.
    func intsAndFullSlicesView(_ indices: [TensorIndex]) -> Tensor? {
        if requiresGrad || indices.count > rank { return nil }
        var offset = storageOffset
        var keptShape: [Int] = []
        var keptStrides: [Int] = []
        keptShape.reserveCapacity(rank)
        keptStrides.reserveCapacity(rank)
        for d in 0..<indices.count {
            switch indices[d] {
            case .int(let i):
                let size = shape[d]
                if i < -size || i >= size { return nil }
                offset &+= (i < 0 ? i &+ size : i) &* strides[d]
            case .slice(start: nil, stop: nil, step: nil):
                keptShape.append(shape[d])
                keptStrides.append(strides[d])
            default:
                return nil
            }
        }
        for d in indices.count..<rank {
            keptShape.append(shape[d])
            keptStrides.append(strides[d])
        }
        return Tensor(storage: storage, storageOffset: offset, shape: keptShape, strides: keptStrides, dtype: dtype)
    }
}
