import Dispatch

/// Reductions over all elements or over chosen dims, with PyTorch's dtype rules.
extension Tensor {
    /// The reduced-dims mask and result shape for `dims` (nil or empty: all dims).
    func reductionPlan(_ dims: [Int]?, keepdim: Bool) throws -> (reduced: [Bool], shape: [Int]) {
        var reduced = [Bool](repeating: dims == nil || dims?.isEmpty == true, count: rank)
        if let ds = dims, !ds.isEmpty {
            for d in try Shape.normalize(dims: ds, rank: rank) where d < rank { reduced[d] = true }
        }
        var shape: [Int] = []
        for d in 0..<rank {
            if !reduced[d] { shape.append(self.shape[d]) } else if keepdim { shape.append(1) }
        }
        return (reduced, shape)
    }

    /// The normalised dims a plan reduces (for autograd).
    static func reducedDims(_ reduced: [Bool]) -> [Int] { reduced.indices.filter { reduced[$0] } }

    enum AccumulateOp { case sum, prod, max, min }

    /// Folds `self` over the reduced dims into one value per output element, computing in Double
    /// for floating dtypes and in wrapping Int for integer/bool dtypes, and stores the result as
    /// `outDType` with shape `shape`.
    func accumulate(_ op: AccumulateOp, reduced: [Bool], shape: [Int], outDType: DType) throws -> Tensor {
        let g = ReductionGeometry(input: self, reduced: reduced)
        let out = try Tensor(uninitializedShape: shape, dtype: outDType)
        let n = g.outputCount
        if dtype.isFloatingPoint {
            let identity: Double
            switch op {
            case .sum: identity = 0
            case .prod: identity = 1
            case .max: identity = -Double.infinity
            case .min: identity = Double.infinity
            }
            var acc = [Double](repeating: identity, count: n)
            acc.withUnsafeMutableBufferPointer { a in
                guard let accp = a.baseAddress, count > 0 else { return }
                if dtype == .float32 && op == .sum && Tensor.sumColumnsFast(g, dataPointer.assumingMemoryBound(to: Float.self), accp) {
                    return
                }
                if dtype == .float32 {
                    Tensor.fold(op, g, dataPointer.assumingMemoryBound(to: Float.self), accp, identity,
                                { Double($0) }, { ReductionEngine.sumRun($0, $1, $2) })
                } else {
                    Tensor.fold(op, g, dataPointer.assumingMemoryBound(to: Double.self), accp, identity,
                                { $0 }, { ReductionEngine.sumRun($0, $1, $2) })
                }
            }
            let p = out.dataPointer
            for i in 0..<n { ElementAccess.storeDouble(acc[i], p + i * outDType.itemSize, outDType) }
        } else {
            let identity: Int
            switch op {
            case .sum: identity = 0
            case .prod: identity = 1
            case .max: identity = Int.min
            case .min: identity = Int.max
            }
            var acc = [Int](repeating: identity, count: n)
            acc.withUnsafeMutableBufferPointer { a in
                guard let accp = a.baseAddress, count > 0 else { return }
                switch dtype {
                case .bool: Tensor.foldInt(op, g, dataPointer.assumingMemoryBound(to: Bool.self), accp, identity) { $0 ? 1 : 0 }
                case .uint8: Tensor.foldInt(op, g, dataPointer.assumingMemoryBound(to: UInt8.self), accp, identity) { Int($0) }
                case .int32: Tensor.foldInt(op, g, dataPointer.assumingMemoryBound(to: Int32.self), accp, identity) { Int($0) }
                default: Tensor.foldInt(op, g, dataPointer.assumingMemoryBound(to: Int64.self), accp, identity) { Int($0) }
                }
            }
            let p = out.dataPointer
            for i in 0..<n { ElementAccess.storeInt(acc[i], p + i * outDType.itemSize, outDType) }
        }
        // A fold stopped by Ctrl-C left partial sums: raise instead of returning them.
        try Interruption.check()
        return out
    }

    @inline(__always)
    static func fold<T>(_ op: AccumulateOp, _ g: ReductionGeometry, _ base: UnsafeMutablePointer<T>,
                        _ acc: UnsafeMutablePointer<Double>, _ identity: Double,
                        _ load: (T) -> Double, _ sumRun: (UnsafePointer<T>, Int, Int) -> Double) {
        let b = UnsafePointer(base)
        switch op {
        case .sum:
            ReductionEngine.reduce(g, base: b, acc: acc, identity: identity, load: load, combine: { $0 + $1 }, foldRun: sumRun)
        case .prod:
            ReductionEngine.reduce(g, base: b, acc: acc, identity: identity, load: load, combine: { $0 * $1 },
                                   foldRun: { p, n, s in var r = 1.0; for i in 0..<n { r *= load(p[i * s]) }; return r })
        case .max, .min:
            let isMax = op == .max
            let combine: (Double, Double) -> Double = isMax
                ? { a, x in a.isNaN || x.isNaN ? Double.nan : (x > a ? x : a) }
                : { a, x in a.isNaN || x.isNaN ? Double.nan : (x < a ? x : a) }
            if T.self == Float.self {
                let fp = UnsafeRawPointer(b).assumingMemoryBound(to: Float.self)
                ReductionEngine.reduce(g, base: fp, acc: acc, identity: identity, load: { Double($0) }, combine: combine,
                                       foldRun: { p, n, s in ReductionEngine.extremeRun(p, n, s, isMax: isMax) })
            } else {
                ReductionEngine.reduce(g, base: b, acc: acc, identity: identity, load: load, combine: combine,
                                       foldRun: { p, n, s in var r = identity; for i in 0..<n { r = combine(r, load(p[i * s])) }; return r })
            }
        }
    }

    /// float32 sums whose loop is (reduced rows) x (kept contiguous columns), e.g. `sum(0)` of a
    /// matrix: blocked vector row additions, split across two threads by rows. Returns false
    /// when the geometry is not of that form.
    static func sumColumnsFast(_ g: ReductionGeometry, _ base: UnsafeMutablePointer<Float>,
                               _ acc: UnsafeMutablePointer<Double>) -> Bool {
        guard g.rank == 2, g.outStrides[0] == 0, g.outStrides[1] == 1, g.inStrides[1] == 1 else { return false }
        let rows = g.sizes[0], cols = g.sizes[1], rowStride = g.inStrides[0]
        let p = UnsafePointer(base)
        if rows * cols < ReductionEngine.parallelThreshold || rows < 2 {
            ReductionEngine.sumRows(p, rows: rows, cols: cols, rowStride: rowStride, into: acc)
            return true
        }
        let half = rows / 2
        let second = UnsafeMutablePointer<Double>.allocate(capacity: cols)
        second.initialize(repeating: 0, count: cols)
        defer { second.deallocate() }
        ParallelExecutor.shared.run { c in
            if c == 0 {
                ReductionEngine.sumRows(p, rows: half, cols: cols, rowStride: rowStride, into: acc)
            } else {
                ReductionEngine.sumRows(p + half * rowStride, rows: rows - half, cols: cols, rowStride: rowStride, into: second)
            }
        }
        for j in 0..<cols { acc[j] += second[j] }
        return true
    }

    @inline(__always)
    static func foldInt<T>(_ op: AccumulateOp, _ g: ReductionGeometry, _ base: UnsafeMutablePointer<T>,
                           _ acc: UnsafeMutablePointer<Int>, _ identity: Int, _ load: (T) -> Int) {
        let b = UnsafePointer(base)
        let combine: (Int, Int) -> Int
        switch op {
        case .sum: combine = { $0 &+ $1 }
        case .prod: combine = { $0 &* $1 }
        case .max: combine = { Swift.max($0, $1) }
        case .min: combine = { Swift.min($0, $1) }
        }
        ReductionEngine.reduce(g, base: b, acc: acc, identity: identity, load: load, combine: combine,
                               foldRun: { p, n, s in var r = identity; for i in 0..<n { r = combine(r, load(p[i * s])) }; return r })
    }

    // MARK: Public reductions

    /// `t.sum(dim, keepdim, dtype)`: integer and bool inputs sum to int64.
    public func sum(dims: [Int]? = nil, keepdim: Bool = false, dtype requested: DType? = nil) throws -> Tensor {
        let (reduced, shape) = try reductionPlan(dims, keepdim: keepdim)
        let outDType = requested ?? (dtype.isFloatingPoint ? dtype : .int64)
        let input = requested != nil ? try Elementwise.cast(self, to: outDType) : self
        let out = try input.accumulate(.sum, reduced: reduced, shape: shape, outDType: outDType)
        return Autograd.record(.sum(dims: Tensor.reducedDims(reduced), keepdim: keepdim, all: dims == nil), out, self)
    }

    /// `t.sum(dim, keepdim)` over one dim.
    public func sum(_ dim: Int, keepdim: Bool = false) throws -> Tensor { try sum(dims: [dim], keepdim: keepdim) }

    /// `t.mean(dim, keepdim)`: floating dtypes only, like PyTorch.
    public func mean(dims: [Int]? = nil, keepdim: Bool = false, dtype requested: DType? = nil) throws -> Tensor {
        let outDType = requested ?? dtype
        if !outDType.isFloatingPoint {
            throw TensorError.notImplemented("mean(): could not infer output dtype. Input dtype must be either a floating point or complex dtype. Got: \(dtype.scalarTypeName)")
        }
        let (reduced, shape) = try reductionPlan(dims, keepdim: keepdim)
        let input = try Elementwise.cast(self, to: outDType)
        let g = ReductionGeometry(input: input, reduced: reduced)
        // Sum in double, divide in double, round once.
        let sums = try input.accumulate(.sum, reduced: reduced, shape: shape, outDType: .float64)
        let n = Double(g.reducedCount)
        let out = try Tensor(uninitializedShape: shape, dtype: outDType)
        withExtendedLifetime(sums) {
            let sp = sums.dataPointer.assumingMemoryBound(to: Double.self)
            for i in 0..<out.count { ElementAccess.storeDouble(sp[i] / n, out.dataPointer + i * outDType.itemSize, outDType) }
        }
        return Autograd.record(.mean(dims: Tensor.reducedDims(reduced), keepdim: keepdim, all: dims == nil), out, self)
    }

    /// `t.mean(dim, keepdim)` over one dim.
    public func mean(_ dim: Int, keepdim: Bool = false) throws -> Tensor { try mean(dims: [dim], keepdim: keepdim) }

    /// `t.prod(dim, keepdim)`.
    public func prod(dim: Int? = nil, keepdim: Bool = false) throws -> Tensor {
        let (reduced, shape) = try reductionPlan(dim.map { [$0] }, keepdim: keepdim)
        let outDType = dtype.isFloatingPoint ? dtype : .int64
        let out = try accumulate(.prod, reduced: reduced, shape: shape, outDType: outDType)
        return Autograd.record(.prod(dims: Tensor.reducedDims(reduced), keepdim: keepdim, all: dim == nil), out, self)
    }

    /// `t.var(dim, correction=1, keepdim)`: unbiased by default; `correction: 0` is the
    /// population variance (`unbiased=False`).
    public func variance(dims: [Int]? = nil, correction: Double = 1, keepdim: Bool = false) throws -> Tensor {
        let out = try varianceValues(dims: dims, correction: correction, keepdim: keepdim, sqrt: false)
        let (reduced, _) = try reductionPlan(dims, keepdim: keepdim)
        return Autograd.record(.variance(dims: Tensor.reducedDims(reduced), keepdim: keepdim, correction: correction,
                                         all: dims == nil, isStd: false), out, self)
    }

    /// `t.std(dim, correction=1, keepdim)`.
    public func std(dims: [Int]? = nil, correction: Double = 1, keepdim: Bool = false) throws -> Tensor {
        let out = try varianceValues(dims: dims, correction: correction, keepdim: keepdim, sqrt: true)
        let (reduced, _) = try reductionPlan(dims, keepdim: keepdim)
        return Autograd.record(.variance(dims: Tensor.reducedDims(reduced), keepdim: keepdim, correction: correction,
                                         all: dims == nil, isStd: true), out, self)
    }

    /// `t.std(dim, unbiased=..., keepdim)`: the older spelling of `correction` (1 or 0).
    public func std(dims: [Int]? = nil, unbiased: Bool, keepdim: Bool = false) throws -> Tensor {
        try std(dims: dims, correction: unbiased ? 1 : 0, keepdim: keepdim)
    }

    /// `t.var(dim, unbiased=..., keepdim)`.
    public func variance(dims: [Int]? = nil, unbiased: Bool, keepdim: Bool = false) throws -> Tensor {
        try variance(dims: dims, correction: unbiased ? 1 : 0, keepdim: keepdim)
    }

    /// Two-pass variance in float64: mean, then the sum of squared deviations.
    func varianceValues(dims: [Int]?, correction: Double, keepdim: Bool, sqrt: Bool) throws -> Tensor {
        if !dtype.isFloatingPoint {
            throw TensorError.notImplemented("std and var only support floating point and complex dtypes")
        }
        let (reduced, shape) = try reductionPlan(dims, keepdim: keepdim)
        if !reduced.contains(false) && count > 0 {
            // All dims: two passes straight over the data, no temporaries.
            let g = ReductionGeometry(input: self, reduced: reduced)
            let n = Double(g.reducedCount)
            let mean = try accumulate(.sum, reduced: reduced, shape: [], outDType: .float64).item().doubleValue / n
            var ss = [0.0]
            ss.withUnsafeMutableBufferPointer { acc in
                guard let a = acc.baseAddress else { return }
                func squares<T>(_ base: UnsafePointer<T>, _ toDouble: @escaping (T) -> Double) {
                    let load: (T) -> Double = { let d = toDouble($0) - mean; return d * d }
                    ReductionEngine.reduce(g, base: base, acc: a, identity: 0, load: load, combine: { $0 + $1 },
                                           foldRun: { p, count, stride in
                                               var s0 = 0.0, s1 = 0.0
                                               var i = 0
                                               while i + 2 <= count {
                                                   s0 += load(p[i * stride])
                                                   s1 += load(p[(i + 1) * stride])
                                                   i += 2
                                               }
                                               if i < count { s0 += load(p[i * stride]) }
                                               return s0 + s1
                                           })
                }
                if dtype == .float32 {
                    let base = UnsafePointer(dataPointer.assumingMemoryBound(to: Float.self))
                    ReductionEngine.reduce(g, base: base, acc: a, identity: 0,
                                           load: { let d = Double($0) - mean; return d * d }, combine: { $0 + $1 },
                                           foldRun: { p, count, stride in
                                               ReductionEngine.squaredDeviationRun(p, count, stride, mean: mean)
                                           })
                } else {
                    squares(UnsafePointer(dataPointer.assumingMemoryBound(to: Double.self))) { $0 }
                }
            }
            var v = ss[0] / Swift.max(0, n - correction)
            if sqrt { v = v.squareRoot() }
            let out = try Tensor(uninitializedShape: shape, dtype: dtype)
            ElementAccess.storeDouble(v, out.dataPointer, dtype)
            return out
        }
        let (_, keptShape) = try reductionPlan(dims, keepdim: true)
        let x = try Elementwise.cast(self, to: .float64)
        let g = ReductionGeometry(input: x, reduced: reduced)
        let n = Double(g.reducedCount)
        let sums = try x.accumulate(.sum, reduced: reduced, shape: keptShape, outDType: .float64)
        let means = try Tensor.compute(.div, sums, .wrapping(.float(n)), alpha: nil)
        let dev = try Tensor.compute(.sub, x, means, alpha: nil)
        let sq = try Tensor.compute(.mul, dev, dev, alpha: nil)
        let ss = try sq.accumulate(.sum, reduced: reduced, shape: shape, outDType: .float64)
        let denominator = Swift.max(0, n - correction)
        var v = try Tensor.compute(.div, ss, .wrapping(.float(denominator)), alpha: nil)
        if sqrt { v = try Tensor.computeUnary(.sqrt, v) }
        return try Elementwise.cast(v, to: dtype)
    }

    /// `t.max()`: the largest element (NaN if any is NaN).
    public func max() throws -> Tensor {
        if count == 0 {
            throw TensorError.runtime("max(): Expected reduction dim to be specified for input.numel() == 0. Specify the reduction dim with the 'dim' argument.")
        }
        let out = try accumulate(.max, reduced: [Bool](repeating: true, count: rank), shape: [], outDType: dtype)
        return Autograd.record(.extremumAll(isMax: true), out, self)
    }

    /// `t.min()`.
    public func min() throws -> Tensor {
        if count == 0 {
            throw TensorError.runtime("min(): Expected reduction dim to be specified for input.numel() == 0. Specify the reduction dim with the 'dim' argument.")
        }
        let out = try accumulate(.min, reduced: [Bool](repeating: true, count: rank), shape: [], outDType: dtype)
        return Autograd.record(.extremumAll(isMax: false), out, self)
    }

    /// `t.amax(dim, keepdim)`.
    public func amax(dims: [Int]? = nil, keepdim: Bool = false) throws -> Tensor {
        let (reduced, shape) = try reductionPlan(dims, keepdim: keepdim)
        let out = try accumulate(.max, reduced: reduced, shape: shape, outDType: dtype)
        return Autograd.record(.amax(dims: Tensor.reducedDims(reduced), keepdim: keepdim, isMax: true), out, self)
    }

    /// `t.amin(dim, keepdim)`.
    public func amin(dims: [Int]? = nil, keepdim: Bool = false) throws -> Tensor {
        let (reduced, shape) = try reductionPlan(dims, keepdim: keepdim)
        let out = try accumulate(.min, reduced: reduced, shape: shape, outDType: dtype)
        return Autograd.record(.amax(dims: Tensor.reducedDims(reduced), keepdim: keepdim, isMax: false), out, self)
    }

    /// `t.all()` / `t.all(dim)`: bool result (uint8 for uint8 input, as PyTorch). Counts the
    /// false elements, so an empty reduction (no false element) is True, as in PyTorch.
    public func all(dims: [Int]? = nil, keepdim: Bool = false) throws -> Tensor {
        let falsity = try Tensor.computeUnary(.logicalNot, self)
        let (reduced, shape) = try reductionPlan(dims, keepdim: keepdim)
        let falseCount = try falsity.accumulate(.sum, reduced: reduced, shape: shape, outDType: .int64)
        let result = try Tensor.computeUnary(.logicalNot, falseCount)
        return dtype == .uint8 ? try Elementwise.cast(result, to: .uint8) : result
    }

    /// `t.any()` / `t.any(dim)`. Counts the true elements, so an empty reduction is False.
    public func any(dims: [Int]? = nil, keepdim: Bool = false) throws -> Tensor {
        let truth = try Elementwise.cast(self, to: .bool)
        let (reduced, shape) = try reductionPlan(dims, keepdim: keepdim)
        let trueCount = try truth.accumulate(.sum, reduced: reduced, shape: shape, outDType: .int64)
        let result = try Elementwise.cast(trueCount, to: .bool)
        return dtype == .uint8 ? try Elementwise.cast(result, to: .uint8) : result
    }

    /// True when any element is nonzero (Swift convenience for `t.any().item()`).
    func anyTrue() throws -> Bool {
        try any().item().boolValue
    }

    /// `t.count_nonzero()`.
    public func countNonzero(dims: [Int]? = nil) throws -> Tensor {
        let truth = try Elementwise.cast(self, to: .bool)
        return try truth.sum(dims: dims)
    }

    /// `t.norm(p, dim, keepdim)` / `torch.linalg.vector_norm`: p = 2 by default; 1, inf, -inf, 0
    /// and other p supported. Floating dtypes only.
    public func norm(p: Double = 2, dims: [Int]? = nil, keepdim: Bool = false) throws -> Tensor {
        if !dtype.isFloatingPoint {
            throw TensorError.notImplemented("linalg.vector_norm: Expected a floating point or complex tensor as input. Got \(dtype.scalarTypeName)")
        }
        let (reduced, shape) = try reductionPlan(dims, keepdim: keepdim)
        let a = try Tensor.computeUnary(.abs, self)
        var out: Tensor
        if p == 2 {
            let sq = try Tensor.compute(.mul, a, a, alpha: nil)
            out = try Tensor.computeUnary(.sqrt, try sq.accumulate(.sum, reduced: reduced, shape: shape, outDType: .float64))
        } else if p == 1 {
            out = try a.accumulate(.sum, reduced: reduced, shape: shape, outDType: .float64)
        } else if p == .infinity {
            out = try a.accumulate(.max, reduced: reduced, shape: shape, outDType: dtype)
        } else if p == -.infinity {
            out = try a.accumulate(.min, reduced: reduced, shape: shape, outDType: dtype)
        } else if p == 0 {
            let nz = try Elementwise.cast(try Elementwise.cast(a, to: .bool), to: .float64)
            out = try nz.accumulate(.sum, reduced: reduced, shape: shape, outDType: .float64)
        } else {
            let powered = try Tensor.compute(.pow, try Elementwise.cast(a, to: .float64), .wrapping(.float(p)), alpha: nil)
            let s = try powered.accumulate(.sum, reduced: reduced, shape: shape, outDType: .float64)
            out = try Tensor.compute(.pow, s, .wrapping(.float(1 / p)), alpha: nil)
        }
        out = try Elementwise.cast(out, to: dtype)
        return Autograd.record(.norm(p: p, dims: Tensor.reducedDims(reduced), keepdim: keepdim), out, self)
    }
}
