import Dispatch

/// The loop geometry of a reduction: the input's dimensions sorted from largest to smallest
/// stride and merged where possible, each marked reduced (output stride 0) or kept.
struct ReductionGeometry {
    var sizes: [Int]
    var inStrides: [Int]   // in input elements
    var outStrides: [Int]  // in accumulator elements; 0 for reduced dims
    let outputCount: Int
    let reducedCount: Int

    /// `reduced[d]` says whether input dim d is reduced; the output is laid out row-major over
    /// the kept dims.
    init(input: Tensor, reduced: [Bool]) {
        let rank = input.rank
        var outStrideOf = [Int](repeating: 0, count: rank)
        var acc = 1
        for d in stride(from: rank - 1, through: 0, by: -1) where !reduced[d] {
            outStrideOf[d] = acc
            acc *= input.shape[d]
        }
        outputCount = acc
        var r = 1
        for d in 0..<rank where reduced[d] { r *= input.shape[d] }
        reducedCount = r
        // Drop size-1 dims, then order outer to inner by input stride.
        var dims = (0..<rank).filter { input.shape[$0] != 1 }
        dims.sort { (a, b) in
            let sa = Swift.abs(input.strides[a]), sb = Swift.abs(input.strides[b])
            if sa != sb { return sa > sb }
            return a < b
        }
        var sizes: [Int] = [], ins: [Int] = [], outs: [Int] = []
        for d in dims {
            let size = input.shape[d], inS = input.strides[d], outS = reduced[d] ? 0 : outStrideOf[d]
            if let lastSize = sizes.last, let lastIn = ins.last, let lastOut = outs.last,
               lastIn == inS * size, lastOut == outS * size, (lastOut == 0) == (outS == 0) {
                // The previous (outer) dim continues this one in memory and in the output.
                sizes[sizes.count - 1] = lastSize * size
                ins[ins.count - 1] = inS
                outs[outs.count - 1] = outS
            } else {
                sizes.append(size)
                ins.append(inS)
                outs.append(outS)
            }
        }
        if sizes.isEmpty {
            sizes = [1]
            ins = [0]
            outs = [0]
        }
        self.sizes = sizes
        self.inStrides = ins
        self.outStrides = outs
    }

    var rank: Int { sizes.count }
}

/// Runs reductions over a `ReductionGeometry` into an accumulator array (one per output
/// element). The innermost dim is either reduced (each run folds into one accumulator with
/// `foldRun`) or kept (a run updates a row of accumulators, which vectorises).
enum ReductionEngine {
    static let parallelThreshold = 65536

    /// Reduces `input` (typed `T` at `base`) into `acc` (pre-filled with the identity).
    /// `merge` combines two accumulators (used when threads split a reduced dimension).
    /// Stops early, leaving `acc` partial, when the calling thread's interrupt flag is set
    /// (the caller then throws with `Interruption.check()`).
    @inline(__always)
    static func reduce<T, A>(_ g: ReductionGeometry, base: UnsafePointer<T>, acc: UnsafeMutablePointer<A>,
                             identity: A,
                             load: (T) -> A, combine: (A, A) -> A,
                             foldRun: (UnsafePointer<T>, Int, Int) -> A) {
        let flag = Interruption.flag
        let total = g.sizes.reduce(1, *)
        let outer = g.sizes[0]
        if total >= parallelThreshold && outer >= 2 && g.rank >= 1 {
            let chunks = 2
            let per = (outer + chunks - 1) / chunks
            if g.outStrides[0] != 0 {
                // Outermost dim is kept: threads write disjoint accumulators.
                ParallelExecutor.shared.run { c in
                    let lo = c * per, hi = Swift.min(outer, lo + per)
                    if lo < hi {
                        loop(g, base: base, acc: acc, range: lo..<hi, flag: flag, load: load, combine: combine, foldRun: foldRun)
                    }
                }
                return
            }
            // Outermost dim is reduced: each thread folds into its own accumulators.
            let n = g.outputCount
            let scratch = UnsafeMutablePointer<A>.allocate(capacity: n)
            scratch.initialize(repeating: identity, count: n)
            defer { scratch.deinitialize(count: n); scratch.deallocate() }
            ParallelExecutor.shared.run { c in
                let lo = c * per, hi = Swift.min(outer, lo + per)
                if lo < hi {
                    loop(g, base: base, acc: c == 0 ? acc : scratch, range: lo..<hi, flag: flag,
                         load: load, combine: combine, foldRun: foldRun)
                }
            }
            for i in 0..<n { acc[i] = combine(acc[i], scratch[i]) }
            return
        }
        loop(g, base: base, acc: acc, range: 0..<outer, flag: flag, load: load, combine: combine, foldRun: foldRun)
    }

    /// `foldRun` over a run of `n` elements, in blocks between which the interrupt flag is
    /// read (a run of a tensor expanded to 10^12 elements is one run). Runs up to one block
    /// are folded in one call, as before.
    @inline(__always)
    static func foldInBlocks<T, A>(_ p: UnsafePointer<T>, _ n: Int, _ stride: Int, into accumulator: A,
                                   flag: UnsafeMutablePointer<Int32>?, combine: (A, A) -> A,
                                   foldRun: (UnsafePointer<T>, Int, Int) -> A) -> A {
        if n <= Interruption.blockElements { return combine(accumulator, foldRun(p, n, stride)) }
        var result = accumulator
        var start = 0
        while start < n && !Interruption.requested(flag) {
            let count = Swift.min(n - start, Interruption.blockElements)
            result = combine(result, foldRun(p + start * stride, count, stride))
            start += count
        }
        return result
    }

    /// The odometer over all dims but the innermost, restricted to `range` of the outermost.
    @inline(__always)
    static func loop<T, A>(_ g: ReductionGeometry, base: UnsafePointer<T>, acc: UnsafeMutablePointer<A>,
                           range: Range<Int>, flag: UnsafeMutablePointer<Int32>?,
                           load: (T) -> A, combine: (A, A) -> A,
                           foldRun: (UnsafePointer<T>, Int, Int) -> A) {
        let rank = g.rank
        let inner = g.sizes[rank - 1]
        let innerIn = g.inStrides[rank - 1]
        let innerOut = g.outStrides[rank - 1]
        // Single-dim case: the range applies to the inner dim itself.
        if rank == 1 {
            let p = base + range.lowerBound * innerIn
            let n = range.count
            if innerOut == 0 {
                acc[0] = foldInBlocks(p, n, innerIn, into: acc[0], flag: flag, combine: combine, foldRun: foldRun)
            } else {
                let o = acc + range.lowerBound * innerOut
                for i in 0..<n { o[i * innerOut] = combine(o[i * innerOut], load(p[i * innerIn])) }
            }
            return
        }
        var index = [Int](repeating: 0, count: rank - 1)
        index[0] = range.lowerBound
        var inOffset = range.lowerBound * g.inStrides[0]
        var outOffset = range.lowerBound * g.outStrides[0]
        var sinceLook = 0
        while true {
            let p = base + inOffset
            sinceLook += inner
            if sinceLook >= Interruption.blockElements {
                sinceLook = 0
                if Interruption.requested(flag) { return }
            }
            if innerOut == 0 {
                acc[outOffset] = foldInBlocks(p, inner, innerIn, into: acc[outOffset], flag: flag, combine: combine, foldRun: foldRun)
            } else {
                let o = acc + outOffset
                if innerIn == 1 && innerOut == 1 {
                    for i in 0..<inner { o[i] = combine(o[i], load(p[i])) }
                } else {
                    for i in 0..<inner { o[i * innerOut] = combine(o[i * innerOut], load(p[i * innerIn])) }
                }
            }
            // Advance the odometer over dims rank-2 ... 0.
            var d = rank - 2
            while true {
                index[d] += 1
                inOffset += g.inStrides[d]
                outOffset += g.outStrides[d]
                let limit = d == 0 ? range.upperBound : g.sizes[d]
                if index[d] < limit { break }
                if d == 0 { return }
                inOffset -= g.sizes[d] * g.inStrides[d]
                outOffset -= g.sizes[d] * g.outStrides[d]
                index[d] = 0
                d -= 1
            }
        }
    }

    /// Sum of a float32 run: 16-lane partial sums within blocks of 1024 (each lane adds at most
    /// 32 values before the block is accumulated in double; blocks of 256 spent a sixth of the
    /// time converting lanes). Accurate to well below float32's printed precision, and
    /// memory-bound fast.
    @inline(__always)
    static func sumRun(_ p: UnsafePointer<Float>, _ n: Int, _ stride: Int) -> Double {
        if stride != 1 {
            var s = 0.0
            for i in 0..<n { s += Double(p[i &* stride]) }
            return s
        }
        var total = 0.0
        var i = 0
        let raw = UnsafeRawPointer(p)
        let vectorEnd = n &- n % 16
        while i < vectorEnd {
            let blockEnd = Swift.min(i &+ 1024, vectorEnd)
            var a0 = SIMD16<Float>(), a1 = SIMD16<Float>()
            while i &+ 32 <= blockEnd {
                a0 += raw.loadUnaligned(fromByteOffset: i &* 4, as: SIMD16<Float>.self)
                a1 += raw.loadUnaligned(fromByteOffset: (i &+ 16) &* 4, as: SIMD16<Float>.self)
                i &+= 32
            }
            if i &+ 16 <= blockEnd {
                a0 += raw.loadUnaligned(fromByteOffset: i &* 4, as: SIMD16<Float>.self)
                i &+= 16
            }
            total += lanesSum(a0 + a1)
        }
        while i < n {
            total += Double(p[i])
            i += 1
        }
        return total
    }

    /// The lanes of a float vector summed in double.
    @inline(__always)
    static func lanesSum(_ s: SIMD16<Float>) -> Double {
        let lo = SIMD8<Double>(Double(s[0]), Double(s[1]), Double(s[2]), Double(s[3]),
                               Double(s[4]), Double(s[5]), Double(s[6]), Double(s[7]))
        let hi = SIMD8<Double>(Double(s[8]), Double(s[9]), Double(s[10]), Double(s[11]),
                               Double(s[12]), Double(s[13]), Double(s[14]), Double(s[15]))
        return (lo + hi).sum()
    }

    /// Max (or min) of a float32 run; NaN if any element is NaN, as PyTorch's max. Uses
    /// vector compare-and-select (which the compiler lowers to maxps-style code), tracking NaNs
    /// in a separate mask; max and min are separate loops so each is a tight specialisation.
    @inline(__always)
    static func extremeRun(_ p: UnsafePointer<Float>, _ n: Int, _ stride: Int, isMax: Bool) -> Double {
        isMax ? maxRun(p, n, stride) : minRun(p, n, stride)
    }

    static func maxRun(_ p: UnsafePointer<Float>, _ n: Int, _ stride: Int) -> Double {
        var best: Float = -.infinity
        var sawNaN = false
        var i = 0
        if stride == 1 && n >= 16 {
            let raw = UnsafeRawPointer(p)
            var m = SIMD16<Float>(repeating: best)
            var nan = SIMDMask<SIMD16<Int32>>(repeating: false)
            while i + 16 <= n {
                let x = raw.loadUnaligned(fromByteOffset: i * 4, as: SIMD16<Float>.self)
                m = m.replacing(with: x, where: x .> m)
                nan = nan .| (x .!= x)
                i += 16
            }
            if any(nan) { return .nan }
            best = m.max()
        }
        while i < n {
            let x = p[i * stride]
            if x != x { sawNaN = true }
            if x > best { best = x }
            i += 1
        }
        return sawNaN ? .nan : Double(best)
    }

    static func minRun(_ p: UnsafePointer<Float>, _ n: Int, _ stride: Int) -> Double {
        var best: Float = .infinity
        var sawNaN = false
        var i = 0
        if stride == 1 && n >= 16 {
            let raw = UnsafeRawPointer(p)
            var m = SIMD16<Float>(repeating: best)
            var nan = SIMDMask<SIMD16<Int32>>(repeating: false)
            while i + 16 <= n {
                let x = raw.loadUnaligned(fromByteOffset: i * 4, as: SIMD16<Float>.self)
                m = m.replacing(with: x, where: x .< m)
                nan = nan .| (x .!= x)
                i += 16
            }
            if any(nan) { return .nan }
            best = m.min()
        }
        while i < n {
            let x = p[i * stride]
            if x != x { sawNaN = true }
            if x < best { best = x }
            i += 1
        }
        return sawNaN ? .nan : Double(best)
    }

    /// Sum of (x - mean)^2 over a float32 run: vector partial sums per 256 elements, blocks
    /// accumulated in double (the second pass of `var`/`std`).
    static func squaredDeviationRun(_ p: UnsafePointer<Float>, _ n: Int, _ stride: Int, mean: Double) -> Double {
        let m = Float(mean)
        if stride != 1 {
            var s = 0.0
            for i in 0..<n { let d = Double(p[i * stride]) - mean; s += d * d }
            return s
        }
        let raw = UnsafeRawPointer(p)
        let mv = SIMD16<Float>(repeating: m)
        var total = 0.0
        var i = 0
        while i + 16 <= n {
            let blockEnd = Swift.min(i + 256, n - n % 16)
            var acc = SIMD16<Float>()
            while i + 16 <= blockEnd {
                let d = raw.loadUnaligned(fromByteOffset: i * 4, as: SIMD16<Float>.self) - mv
                acc += d * d
                i += 16
            }
            total += lanesSum(acc)
        }
        while i < n {
            let d = Double(p[i]) - mean
            total += d * d
            i += 1
        }
        return total
    }

    /// Column sums of a row-major (rows x cols) float32 block into double accumulators. Each
    /// 32-column tile keeps its partial sums in two 16-lane vectors (8 SSE registers: four
    /// vectors, the former width, took all 16 and spilled two to the stack on every row) while
    /// walking 64 rows by pointer, then flushes them into the doubles.
    static func sumRows(_ p: UnsafePointer<Float>, rows: Int, cols: Int, rowStride: Int,
                        into acc: UnsafeMutablePointer<Double>) {
        let raw = UnsafeRawPointer(p)
        let rowBytes = rowStride &* 4
        var r = 0
        while r < rows {
            let blockRows = Swift.min(64, rows &- r)
            let block = raw + r &* rowBytes
            var j = 0
            while j &+ 32 <= cols {
                var a0 = SIMD16<Float>(), a1 = SIMD16<Float>()
                var q = block + j &* 4
                for _ in 0..<blockRows {
                    a0 += q.loadUnaligned(as: SIMD16<Float>.self)
                    a1 += q.loadUnaligned(fromByteOffset: 64, as: SIMD16<Float>.self)
                    q += rowBytes
                }
                flush(a0, into: acc + j)
                flush(a1, into: acc + (j &+ 16))
                j &+= 32
            }
            if j &+ 16 <= cols {
                var a0 = SIMD16<Float>()
                var q = block + j &* 4
                for _ in 0..<blockRows {
                    a0 += q.loadUnaligned(as: SIMD16<Float>.self)
                    q += rowBytes
                }
                flush(a0, into: acc + j)
                j &+= 16
            }
            if j < cols && rowStride >= cols {
                // Fewer than 16 columns left (all of them for `[784, 10].sum(0)`): still 16
                // lanes per row, the lanes past the last column reading the following row and
                // ignored. Rows whose read would pass the matrix's last element add lane by lane.
                let rest = cols &- j
                let numerator = (rows &- 1) &* rowStride &+ cols &- j &- 16
                let vectorRows = numerator < 0 ? 0 : numerator / rowStride &+ 1
                var a0 = SIMD16<Float>()
                var q = block + j &* 4
                for row in r..<(r &+ blockRows) {
                    if row < vectorRows {
                        a0 += q.loadUnaligned(as: SIMD16<Float>.self)
                    } else {
                        for c in 0..<rest { a0[c] += q.load(fromByteOffset: c &* 4, as: Float.self) }
                    }
                    q += rowBytes
                }
                for c in 0..<rest { acc[j &+ c] += Double(a0[c]) }
                j = cols
            }
            while j < cols {
                var sum: Float = 0
                var q = block + j &* 4
                for _ in 0..<blockRows {
                    sum += q.load(as: Float.self)
                    q += rowBytes
                }
                acc[j] += Double(sum)
                j &+= 1
            }
            r &+= blockRows
        }
    }

    /// Adds 16 float partial sums to 16 double accumulators.
    @inline(__always)
    private static func flush(_ a: SIMD16<Float>, into acc: UnsafeMutablePointer<Double>) {
        for k in 0..<16 { acc[k] += Double(a[k]) }
    }

    /// Sum of a run of doubles with four independent accumulators.
    @inline(__always)
    static func sumRun(_ p: UnsafePointer<Double>, _ n: Int, _ stride: Int) -> Double {
        if stride != 1 {
            var s = 0.0
            for i in 0..<n { s += p[i * stride] }
            return s
        }
        var a = SIMD4<Double>()
        var i = 0
        while i + 4 <= n {
            a += SIMD4<Double>(p[i], p[i + 1], p[i + 2], p[i + 3])
            i += 4
        }
        var s = a.sum()
        while i < n {
            s += p[i]
            i += 1
        }
        return s
    }
}
