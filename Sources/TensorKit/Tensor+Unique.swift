/// Distinct values and counting: unique (over all elements or whole slices), unique_consecutive,
/// bincount.
extension Tensor {
    /// What `unique` returns: the values, and on request the inverse (position of each input
    /// element, or slice, in `values`) and the counts.
    public struct UniqueResult {
        public let values: Tensor
        public let inverse: Tensor
        public let counts: Tensor
    }

    /// `t.unique(sorted, return_inverse, return_counts, dim)`: the sorted distinct elements, or
    /// with `dim`, the sorted distinct slices along it (compared lexicographically).
    public func unique(dim: Int? = nil, consecutive: Bool = false) throws -> UniqueResult {
        guard let dim else {
            let flat = try Elementwise.contiguousCopy(detach()).view(shape: [count], strides: [1], offset: 0)
            let keys = SortOrder.Keys(UnsafeRawPointer(flat.dataPointer), count: count, stride: 1, dtype: dtype)
            let order = consecutive ? Array(0..<count) : SortOrder.stable(keys, descending: false)
            let item = dtype.itemSize
            func same(_ a: Int, _ b: Int) -> Bool {
                switch keys {
                case .floating(let v): return v[a] == v[b]
                case .integral(let v): return v[a] == v[b]
                }
            }
            let (firsts, inverse, counts) = Tensor.group(order, same)
            let values = try Tensor(uninitializedShape: [firsts.count], dtype: dtype)
            for (k, p) in firsts.enumerated() {
                (values.dataPointer + k &* item).copyMemory(from: flat.dataPointer + p &* item, byteCount: item)
            }
            withExtendedLifetime(flat) {}
            return UniqueResult(values: values, inverse: try Tensor.fromInts(inverse, shape: shape),
                                counts: try Tensor.fromInts(counts, shape: [counts.count]))
        }
        let d = try Shape.normalize(dim: dim, rank: rank)
        if rank == 0 { return try unique(dim: nil, consecutive: consecutive) }
        // Slices along d become rows of a contiguous [size, rest] matrix.
        let moved = try Elementwise.contiguousCopy(try detach().movedim([d], [0]))
        let size = shape[d]
        let rowLength = size == 0 ? 0 : moved.count / size
        let rows = (0..<size).map { r in
            SortOrder.Keys(UnsafeRawPointer(moved.dataPointer + r &* rowLength &* dtype.itemSize), count: rowLength, stride: 1, dtype: dtype)
        }
        func compare(_ a: SortOrder.Keys, _ b: SortOrder.Keys) -> Int {
            switch (a, b) {
            case (.floating(let x), .floating(let y)):
                for (u, v) in zip(x, y) where u != v { return u < v ? -1 : 1 }
            case (.integral(let x), .integral(let y)):
                for (u, v) in zip(x, y) where u != v { return u < v ? -1 : 1 }
            default: break
            }
            return 0
        }
        var order = Array(0..<size)
        if !consecutive { order.sort { a, b in let c = compare(rows[a], rows[b]); return c != 0 ? c < 0 : a < b } }
        let (firsts, inverse, counts) = Tensor.group(order) { compare(rows[$0], rows[$1]) == 0 }
        let picked = try moved.index([.tensor(try Tensor.fromInts(firsts, shape: [firsts.count]))])
        let values = try Elementwise.contiguousCopy(try picked.movedim([0], [d]))
        return UniqueResult(values: values, inverse: try Tensor.fromInts(inverse, shape: [size]),
                            counts: try Tensor.fromInts(counts, shape: [counts.count]))
    }

    /// Runs of equal items in `order`: the first position of each run, each position's run
    /// number, and the run lengths.
    private static func group(_ order: [Int], _ same: (Int, Int) -> Bool) -> ([Int], [Int], [Int]) {
        var firsts: [Int] = [], counts: [Int] = []
        var inverse = [Int](repeating: 0, count: order.count)
        for (k, p) in order.enumerated() {
            if k == 0 || !same(order[k - 1], p) {
                firsts.append(p)
                counts.append(0)
            }
            inverse[p] = firsts.count - 1
            counts[counts.count - 1] += 1
        }
        return (firsts, inverse, counts)
    }

    /// `t.bincount(weights, minlength)`: how often each value 0...max occurs in a 1-D tensor of
    /// non-negative integers (or the summed weights: float32 for float32 weights, else float64).
    public func bincount(weights: Tensor? = nil, minlength: Int = 0) throws -> Tensor {
        if dtype.isFloatingPoint {
            throw TensorError.notImplemented("\"bincount_cpu\" not implemented for '\(dtype.scalarTypeName)'")
        }
        if minlength < 0 { throw TensorError.runtime("minlength should be >= 0") }
        let values = ints()
        guard rank == 1, !values.contains(where: { $0 < 0 }) else {
            throw TensorError.runtime("bincount only supports 1-d non-negative integral inputs.")
        }
        if let weights, weights.rank != 1 || weights.count != count {
            throw TensorError.runtime("weights should be 1-d and have the same length as input")
        }
        let largest = values.max() ?? -1
        let length = Swift.max(largest < Int.max ? largest + 1 : largest, minlength)
        let outDType: DType = weights.map { $0.dtype == .float32 ? .float32 : .float64 } ?? .int64
        let out = try Tensor(uninitializedShape: [length], dtype: outDType, zeroed: true)
        let item = outDType.itemSize
        if let weights {
            let w = weights.doubles()
            for (v, weight) in zip(values, w) {
                let p = out.dataPointer + v &* item
                let sum = outDType == .float32 ? Double(Float(ElementAccess.loadDouble(p, outDType)) + Float(weight))
                    : ElementAccess.loadDouble(p, outDType) + weight
                ElementAccess.storeDouble(sum, p, outDType)
            }
        } else {
            let p = out.dataPointer.assumingMemoryBound(to: Int64.self)
            for v in values { p[v] += 1 }
        }
        return out
    }
}
