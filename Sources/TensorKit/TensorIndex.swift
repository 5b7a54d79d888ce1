/// One component of a Python subscript `t[a, b, ...]`.
public enum TensorIndex {
    /// An integer: selects and removes a dimension (negative counts from the end).
    case int(Int)
    /// A slice `start:stop:step` (nil parts take Python's defaults; step must be positive).
    case slice(start: Int?, stop: Int?, step: Int?)
    /// `None`: inserts a size-1 dimension.
    case newAxis
    /// `...`: stands for as many full slices as needed.
    case ellipsis
    /// A Python bool: `True` adds a size-1 dimension, `False` an empty one.
    case bool(Bool)
    /// Advanced indexing: an integer tensor (positions) or a bool/uint8 tensor (mask).
    case tensor(Tensor)

    /// `:` (every element of a dimension).
    public static let all = TensorIndex.slice(start: nil, stop: nil, step: nil)

    /// How many dimensions of the indexed tensor this component uses up.
    var consumedDims: Int {
        switch self {
        case .int, .slice: return 1
        case .newAxis, .ellipsis, .bool: return 0
        case .tensor(let t):
            if t.dtype == .bool || t.dtype == .uint8 { return t.rank }
            return 1
        }
    }
}

/// The result of applying the basic (view-producing) part of a subscript: the view, and the
/// advanced index tensors with the view dimension each applies to.
struct BasicIndexing {
    var view: Tensor
    var advanced: [(dim: Int, index: Tensor)]
}

extension Tensor {
    /// Applies ints, slices, None, ..., and bools as views; converts masks to position tensors.
    func applyBasicIndexing(_ indices: [TensorIndex]) throws -> BasicIndexing {
        let consumed = indices.reduce(0) { $0 + $1.consumedDims }
        if consumed > rank {
            throw TensorError.index("too many indices for tensor of dimension \(rank)")
        }
        var result = self
        var dim = 0
        var advanced: [(dim: Int, index: Tensor)] = []
        for index in indices {
            // Several ellipses can push `dim` past the end (PyTorch then reports a size-0 dim).
            if index.consumedDims > 0 && dim + index.consumedDims > result.rank {
                let shown: String
                if case .int(let i) = index { shown = String(i) } else { shown = "0" }
                throw TensorError.index("index \(shown) is out of bounds for dimension \(dim) with size 0")
            }
            switch index {
            case .int(let i):
                let size = result.shape[dim]
                if i < -size || i >= size {
                    throw TensorError.index("index \(i) is out of bounds for dimension \(dim) with size \(size)")
                }
                result = result.selectUnchecked(dim, i < 0 ? i + size : i)
            case .slice(let start, let stop, let step):
                result = try result.slice(dim, start: start, stop: stop, step: step)
                dim += 1
            case .newAxis:
                result = try result.unsqueeze(dim)
                dim += 1
            case .ellipsis:
                dim += rank - consumed
            case .bool(let flag):
                // PyTorch turns a Python bool into an index tensor ([0] or []) on a new dim.
                result = try result.unsqueeze(dim)
                advanced.append((dim, try Tensor(values: flag ? [Int64(0)] : [], shape: [flag ? 1 : 0], dtype: .int64)))
                dim += 1
            case .tensor(let t):
                if t.dtype == .bool || t.dtype == .uint8 {
                    if t.rank == 0 {
                        let flag = try t.truthValue()
                        result = try result.unsqueeze(dim)
                        advanced.append((dim, try Tensor(values: flag ? [Int64(0)] : [], shape: [flag ? 1 : 0], dtype: .int64)))
                        dim += 1
                        continue
                    }
                    for j in 0..<t.rank where t.shape[j] != result.shape[dim + j] {
                        throw TensorError.index("The shape of the mask \(Shape.describe(t.shape)) at index \(j) does not match the shape of the indexed tensor \(Shape.describe(result.shape)) at index \(dim + j)")
                    }
                    let positions = try t.nonzero()
                    for j in 0..<t.rank {
                        let column = positions.view(shape: [positions.shape[0]], strides: [positions.strides[0]],
                                                    offset: positions.storageOffset + j * positions.strides[1])
                        advanced.append((dim + j, column))
                    }
                    dim += t.rank
                } else if t.dtype == .int64 || t.dtype == .int32 {
                    advanced.append((dim, t))
                    dim += 1
                } else {
                    throw TensorError.index("tensors used as indices must be long, int, byte or bool tensors")
                }
            }
        }
        return BasicIndexing(view: result, advanced: advanced)
    }

    /// Positions of nonzero elements as an int64 tensor of shape [count, rank] (`t.nonzero()`).
    /// Two passes (count, then fill): the result is allocated once at its size, so a result too
    /// large for memory is PyTorch's allocation error instead of an array growing until Swift
    /// aborts; both passes stop at Ctrl-C (a tensor expanded to 2**62 elements allocates nothing).
    public func nonzero() throws -> Tensor {
        let floating = dtype.isFloatingPoint
        func isNonzero(_ p: UnsafeMutableRawPointer) -> Bool {
            let value = ElementAccess.loadDouble(p, dtype)
            return value != 0 || (floating && value.isNaN)
        }
        var found = 0
        try forEachElementInterruptibly { p, _ in if isNonzero(p) { found += 1 } }
        // PyTorch returns the [count, rank] result column-major (strides [1, count]).
        let out = try Tensor(uninitializedShape: [rank, found], dtype: .int64)
        let positions = out.dataPointer.assumingMemoryBound(to: Int64.self)
        var row = 0
        try forEachElementInterruptibly { p, index in
            guard isNonzero(p) else { return }
            for d in 0..<index.count { positions[d &* found &+ row] = Int64(index[d]) }
            row += 1
        }
        return out.view(shape: [found, rank], strides: [1, Swift.max(found, 1)], offset: 0)
    }

    /// Visits each element's address and index in row-major order, reading the host's Ctrl-C
    /// flag every `Interruption.blockElements` elements (then `TensorError(.interrupted)`).
    func forEachElementInterruptibly(_ body: (UnsafeMutableRawPointer, [Int]) -> Void) throws {
        if count == 0 { return }
        let flag = Interruption.flag
        let item = dtype.itemSize
        var index = [Int](repeating: 0, count: rank)
        var p = dataPointer
        var sinceLook = 0
        for _ in 0..<count {
            body(p, index)
            sinceLook &+= 1
            if sinceLook == Interruption.blockElements {
                sinceLook = 0
                if Interruption.requested(flag) { try Interruption.check() }
            }
            var d = rank - 1
            while d >= 0 {
                index[d] += 1
                p += strides[d] &* item
                if index[d] < shape[d] { break }
                p -= shape[d] &* strides[d] &* item
                index[d] = 0
                d -= 1
            }
        }
    }

    /// `t[indices]`: a view when the subscript has only ints, slices, None and `...`; a copy
    /// (PyTorch's advanced indexing) when it has tensors or bool masks.
    public func index(_ indices: [TensorIndex]) throws -> Tensor {
        // Fast path: one int per dimension gives a 0-d view (`a[i, k]` in a Python loop).
        if indices.count == rank, let view = try scalarView(indices) { return view }
        if let view = intsAndFullSlicesView(indices) { return view }
        let basic = try applyBasicIndexing(indices)
        if basic.advanced.isEmpty { return basic.view }
        let plan = try AdvancedIndexPlan(basic.view, basic.advanced)
        let out = try plan.gather()
        let recordedIndices = plan.recordedIndices()
        return Autograd.record(.index(indices: recordedIndices, inputShape: basic.view.shape), out, basic.view)
    }

    /// The 0-d view for an all-int subscript, or nil when some index is not an int.
    @inline(__always)
    func scalarView(_ indices: [TensorIndex]) throws -> Tensor? {
        // Recorded selects keep the grad_fn chain (SelectBackward0) PyTorch shows.
        if requiresGrad { return nil }
        var offset = storageOffset
        for d in 0..<rank {
            guard case .int(let i) = indices[d] else { return nil }
            let size = shape[d]
            if i < -size || i >= size {
                throw TensorError.index("index \(i) is out of bounds for dimension \(d) with size \(size)")
            }
            offset &+= (i < 0 ? i + size : i) &* strides[d]
        }
        return Tensor(storage: storage, storageOffset: offset, shape: [], strides: [], dtype: dtype)
    }

    /// `t[indices] = value`: writes through the view for basic subscripts; scatters for advanced
    /// ones (`accumulate` adds instead, as `index_put_(..., accumulate=True)`).
    public func indexPut(_ indices: [TensorIndex], _ value: Tensor, accumulate: Bool = false) throws {
        // Fast path: `t[i, j] = x` with a one-element value and no autograd.
        if indices.count == rank && value.count == 1 && !accumulate && !requiresGrad && !value.requiresGrad,
           let target = try scalarView(indices) {
            let source = value.dataPointer
            if value.dtype == dtype {
                target.dataPointer.copyMemory(from: source, byteCount: dtype.itemSize)
            } else {
                ElementAccess.store(ElementAccess.loadScalar(source, value.dtype), target.dataPointer, dtype)
            }
            storage.version &+= 1
            return
        }
        try Autograd.checkInPlace(self)
        let previous = Autograd.snapshotForInPlace(self, value)
        let basic = try applyBasicIndexing(indices)
        if basic.advanced.isEmpty {
            let target = basic.view
            var source = value.detach()
            if value.shape != target.shape {
                // PyTorch drops the value's leading size-1 dims, then expands it to the target.
                var shape = value.shape, strides = value.strides
                while let first = shape.first, first == 1, shape.count > 0 {
                    shape.removeFirst()
                    strides.removeFirst()
                }
                source = try value.view(shape: shape, strides: strides, offset: value.storageOffset).expand(target.shape).detach()
            }
            if accumulate {
                // One in-place operation, one version step: the add's own step is taken back.
                try target.detach().applyInPlace(.add, source)
                storage.version &-= 1
            } else {
                try Elementwise.copy(source, into: target)
            }
        } else {
            let plan = try AdvancedIndexPlan(basic.view, basic.advanced)
            try plan.scatter(value, accumulate: accumulate)
        }
        if let p = previous {
            Autograd.recordInPlace(.indexPut(indices: indices, accumulate: accumulate), self, p, [p, value])
        }
    }

    /// `t[indices] = scalar`, with a direct store for all-int subscripts.
    public func indexPut(_ indices: [TensorIndex], _ value: Scalar) throws {
        if indices.count == rank && !requiresGrad {
            var offset = storageOffset
            var allInts = true
            for d in 0..<rank {
                guard case .int(let i) = indices[d] else { allInts = false; break }
                let size = shape[d]
                if i < -size || i >= size {
                    throw TensorError.index("index \(i) is out of bounds for dimension \(d) with size \(size)")
                }
                offset &+= (i < 0 ? i + size : i) &* strides[d]
            }
            if allInts {
                ElementAccess.store(value, storage.data + offset &* dtype.itemSize, dtype)
                storage.version &+= 1
                return
            }
        }
        try indexPut(indices, try Tensor(scalar: value, dtype: dtype))
    }
}
