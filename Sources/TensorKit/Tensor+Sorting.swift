/// Sorting and order statistics along one dimension: sort, argsort, msort, topk, kthvalue,
/// median and nanmedian, quantile. Each works slice by slice (`SortOrder` orders one slice);
/// values come back with the input's dtype, positions as int64, and the values' gradient flows
/// back to the positions they came from (`GradOp.gatherAlong`).
extension Tensor {
    /// The contiguous input and its geometry around `d`: (source, outer, length, inner), where
    /// the element at slice `(o, i)` position `p` is `source[(o * length + p) * inner + i]`.
    private func slices(_ d: Int) throws -> (Tensor, Int, Int, Int) {
        let source = try Elementwise.contiguousIfNeeded(self)
        if rank == 0 { return (source, 1, 1, 1) }
        let outer = shape[..<d].reduce(1, &*)
        let inner = shape[(d + 1)...].reduce(1, &*)
        return (source, outer, shape[d], inner)
    }

    /// For each slice along `d`, `pick` chooses `length` positions from the slice's keys; the
    /// results hold the chosen values and their positions, with `d` of size `length`.
    func pickAlong(_ d: Int, length: Int, _ pick: (SortOrder.Keys) -> [Int]) throws -> (values: Tensor, indices: Tensor) {
        var outShape = shape
        if rank > 0 { outShape[d] = length }
        let values = try Tensor(uninitializedShape: outShape, dtype: dtype)
        let indices = try Tensor(uninitializedShape: outShape, dtype: .int64)
        let (source, outer, size, inner) = try slices(d)
        if values.count == 0 { return (values, indices) }
        let item = dtype.itemSize
        let src = UnsafeRawPointer(source.dataPointer)
        let dst = values.dataPointer
        let positions = indices.dataPointer.assumingMemoryBound(to: Int64.self)
        for o in 0..<outer {
            try Interruption.check()
            for i in 0..<inner {
                let inBase = o &* size &* inner &+ i
                let outBase = o &* length &* inner &+ i
                let keys = SortOrder.Keys(src + inBase &* item, count: size, stride: inner, dtype: dtype)
                let chosen = pick(keys)
                for (j, p) in chosen.prefix(length).enumerated() {
                    let target = outBase &+ j &* inner
                    (dst + target &* item).copyMemory(from: src + (inBase &+ p &* inner) &* item, byteCount: item)
                    positions[target] = Int64(p)
                }
            }
        }
        withExtendedLifetime(source) {}
        return (values, indices)
    }

    /// `t.sort(dim, descending, stable)`: sorted values and their positions; equal values come in
    /// PyTorch's order (their original order with `stable`, `std::sort`'s otherwise).
    public func sort(dim: Int = -1, descending: Bool = false, stable: Bool = false) throws -> (values: Tensor, indices: Tensor) {
        let d = try Shape.normalize(dim: dim, rank: rank)
        let length = rank == 0 ? 1 : shape[d]
        let (values, indices) = try pickAlong(d, length: length) {
            stable ? SortOrder.stable($0, descending: descending) : SortOrder.unstable($0, descending: descending)
        }
        let name = stable ? "SortBackward1" : "SortBackward0"
        return (Autograd.record(.gatherAlong(dim: d, index: indices, squeezed: false, name: name), values, self), indices)
    }

    /// `t.argsort(dim, descending, stable)`.
    public func argsort(dim: Int = -1, descending: Bool = false, stable: Bool = false) throws -> Tensor {
        try detach().sort(dim: dim, descending: descending, stable: stable).indices
    }

    /// `t.topk(k, dim, largest, sorted)`: the k largest (or smallest) values along `dim` with
    /// their positions, chosen and ordered as PyTorch's CPU kernel does.
    public func topk(_ k: Int, dim: Int = -1, largest: Bool = true, sorted: Bool = true) throws -> (values: Tensor, indices: Tensor) {
        let d = try Shape.normalize(dim: dim, rank: rank)
        let size = rank == 0 ? 1 : shape[d]
        guard k >= 0 && k <= size else { throw TensorError.runtime("selected index k out of range") }
        let (values, indices) = try pickAlong(d, length: k) { SortOrder.top($0, k: k, largest: largest, sorted: sorted) }
        return (Autograd.record(.gatherAlong(dim: d, index: indices, squeezed: false, name: "TopkBackward0"), values, self), indices)
    }

    /// A (values, indices) pair picked with `length` 1 along `d`, with `d` dropped unless
    /// `keepdim`, recorded under `name`.
    private func pickOne(_ d: Int, keepdim: Bool, name: String, _ pick: @escaping (SortOrder.Keys) -> Int) throws -> (values: Tensor, indices: Tensor) {
        var (values, indices) = try pickAlong(d, length: 1) { [pick($0)] }
        let keptIndex = indices
        if !keepdim && rank > 0 {
            values = try values.squeeze(d)
            indices = try indices.squeeze(d)
        }
        let squeezed = !keepdim && rank > 0
        return (Autograd.record(.gatherAlong(dim: d, index: keptIndex, squeezed: squeezed, name: name), values, self), indices)
    }

    /// Checks a reduction dim has elements (PyTorch's IndexError for an empty slice).
    private func checkNonEmptyReduction(_ d: Int, _ name: String) throws {
        if (rank == 0 ? 1 : shape[d]) == 0 {
            throw TensorError.index("\(name)(): Expected reduction dim \(d) to have non-zero size.")
        }
    }

    /// `t.kthvalue(k, dim, keepdim)`: the k-th smallest value (1-based) along `dim`.
    public func kthvalue(_ k: Int, dim: Int = -1, keepdim: Bool = false) throws -> (values: Tensor, indices: Tensor) {
        let d = try Shape.normalize(dim: dim, rank: rank)
        try checkNonEmptyReduction(d, "kthvalue")
        let size = rank == 0 ? 1 : shape[d]
        guard k >= 1 && k <= size else {
            throw TensorError.runtime("kthvalue(): selected number k out of range for dimension \(d)")
        }
        return try pickOne(d, keepdim: keepdim, name: "KthvalueBackward0") { SortOrder.quickSelect($0, k: k - 1)[k - 1] }
    }

    /// `t.median(dim, keepdim)` (or `nanmedian` with `ignoringNaN`): the lower median along
    /// `dim`. Equal values rank by position, as PyTorch's comparison does; a slice with a NaN
    /// gives its first NaN unless NaNs are ignored.
    public func median(dim: Int, keepdim: Bool = false, ignoringNaN: Bool = false) throws -> (values: Tensor, indices: Tensor) {
        let d = try Shape.normalize(dim: dim, rank: rank)
        let name = ignoringNaN ? "nanmedian" : "median"
        try checkNonEmptyReduction(d, name)
        return try pickOne(d, keepdim: keepdim, name: ignoringNaN ? "NanmedianBackward1" : "MedianBackward1") {
            Tensor.medianPosition($0, ignoringNaN: ignoringNaN)
        }
    }

    static func medianPosition(_ keys: SortOrder.Keys, ignoringNaN: Bool) -> Int {
        let n = keys.count
        let nanCount = (0..<n).filter { keys.isNaN($0) }.count
        if !ignoringNaN, nanCount > 0, let first = (0..<n).first(where: { keys.isNaN($0) }) { return first }
        let order = SortOrder.stable(keys, descending: false)
        // C++ division: (n - nanCount - 1) / 2 truncates toward zero, so an all-NaN slice gives 0.
        return order[Swift.max(0, (n - nanCount - 1) / 2)]
    }

    /// `t.median()` (or `nanmedian()`): the lower median of all elements, NaN for an empty tensor.
    public func median(ignoringNaN: Bool = false) throws -> Tensor {
        if count == 0 {
            guard dtype.isFloatingPoint else {
                throw TensorError.runtime("\(ignoringNaN ? "nanmedian" : "median")() input tensor cannot be empty")
            }
            return try Tensor(scalar: .float(.nan), dtype: dtype)
        }
        let flat = try Elementwise.contiguousCopy(self).view(shape: [count], strides: [1], offset: 0)
        let (values, _) = try flat.pickAlong(0, length: 1) { [Tensor.medianPosition($0, ignoringNaN: ignoringNaN)] }
        let out = values.view(shape: [], strides: [], offset: 0)
        return Autograd.record(.median(ignoringNaN: ignoringNaN), out, self)
    }

    /// `t.msort()`: sorted along the first dimension.
    public func msort() throws -> Tensor { try sort(dim: 0).values }
}
