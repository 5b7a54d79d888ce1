/// Typed loops behind `argmax`/`argmin` and `max(dim)`/`min(dim)`: the index of the first
/// maximum (or minimum) along one dimension, with NaN counting as the extreme value (the first
/// NaN wins), as PyTorch's CPU kernel does.
///
/// A contiguous tensor is read in place as `[outer, length, inner]`: when the reduced dim is
/// innermost each row is scanned with SIMD lanes (a vectorised extreme value, then the first
/// position holding it); otherwise whole rows of `inner` running extremes are updated at once,
/// so memory is read in order. Large inputs are split across the two cores. The former per-element
/// `loadDouble` switch made `argmax(1)` of 2000x2000 twenty times slower than numpy.
enum ArgExtremumKernels {
    /// Work below this many elements stays on the calling thread.
    static let parallelThreshold = 65536

    /// Fills `values` (same dtype as the input, `outer * inner` elements) and `indices` for a
    /// contiguous input of `outer * length * inner` elements. `length` must be positive.
    static func run(_ src: UnsafeRawPointer, outer: Int, length: Int, inner: Int, dtype: DType, isMax: Bool,
                    values: UnsafeMutableRawPointer, indices: UnsafeMutablePointer<Int64>) {
        switch dtype {
        case .float32: typed(Float.self, src, outer, length, inner, isMax, values, indices)
        case .float64: typed(Double.self, src, outer, length, inner, isMax, values, indices)
        case .int64: typed(Int64.self, src, outer, length, inner, isMax, values, indices)
        case .int32: typed(Int32.self, src, outer, length, inner, isMax, values, indices)
        case .uint8: typed(UInt8.self, src, outer, length, inner, isMax, values, indices)
        case .bool: typed(UInt8.self, src, outer, length, inner, isMax, values, indices)
        }
    }

    private static func typed<T: Comparable>(
        _: T.Type, _ src: UnsafeRawPointer, _ outer: Int, _ length: Int, _ inner: Int, _ isMax: Bool,
        _ values: UnsafeMutableRawPointer, _ indices: UnsafeMutablePointer<Int64>
    ) {
        let p = src.assumingMemoryBound(to: T.self)
        let v = values.assumingMemoryBound(to: T.self)
        let total = outer &* length &* inner
        let parallel = total >= parallelThreshold
        if inner == 1 {
            // One row per output element.
            let body = { (start: Int, end: Int) in
                for r in start..<end {
                    let row = p + r &* length
                    let best = isMax ? rowExtreme(row, length, isMax: true) : rowExtreme(row, length, isMax: false)
                    indices[r] = Int64(best)
                    v[r] = row[best]
                }
            }
            split(outer, parallel: parallel && outer > 1, body)
        } else {
            // Columns: split the inner positions, each half walks every outer block.
            let body = { (start: Int, end: Int) in
                for o in 0..<outer {
                    let block = p + o &* length &* inner
                    let outV = v + o &* inner
                    let outI = indices + o &* inner
                    if isMax {
                        columns(block, length, inner, start, end, outV, outI, isMax: true)
                    } else {
                        columns(block, length, inner, start, end, outV, outI, isMax: false)
                    }
                }
            }
            split(inner, parallel: parallel && inner > 1, body)
        }
    }

    /// Runs `body` over `0..<count`, in two halves on two threads when `parallel`.
    private static func split(_ count: Int, parallel: Bool, _ body: (Int, Int) -> Void) {
        if !parallel {
            body(0, count)
            return
        }
        let half = (count + 1) / 2
        ParallelExecutor.shared.run { part in
            let start = part * half
            let end = Swift.min(count, start + half)
            if start < end { body(start, end) }
        }
    }

    /// True when `a` should replace the running extreme `b` (strictly better, or the first NaN).
    @inline(__always)
    private static func beats<T: Comparable>(_ a: T, _ b: T, isMax: Bool) -> Bool {
        // `x != x` holds only for NaN; for integers the optimiser drops it.
        if b != b { return false }
        return (isMax ? a > b : a < b) || a != a
    }

    /// Index of the first extreme element of `n > 0` contiguous elements.
    @inline(__always)
    private static func rowExtreme<T: Comparable>(_ p: UnsafePointer<T>, _ n: Int, isMax: Bool) -> Int {
        // SIMD code written over a generic scalar is not specialised lane-wise (it ran a
        // per-lane loop, 4x slower than scalar), so float32 gets its own concrete version.
        if T.self == Float.self {
            return floatRowExtreme(UnsafeRawPointer(p).assumingMemoryBound(to: Float.self), n, isMax: isMax)
        }
        var best = p[0], bestIndex = 0
        for i in 1..<Swift.max(n, 1) where beats(p[i], best, isMax: isMax) {
            best = p[i]
            bestIndex = i
        }
        return bestIndex
    }

    /// `rowExtreme` for float32 with 16 lanes: the extreme value, then the first position
    /// holding it (ties go to the first, like PyTorch); any NaN makes the first NaN the answer.
    @inline(__always)
    private static func floatRowExtreme(_ p: UnsafePointer<Float>, _ n: Int, isMax: Bool) -> Int {
        typealias T = Float
        let width = 16
        if n < 2 * width {
            var best = p[0], bestIndex = 0
            for i in 1..<Swift.max(n, 1) where beats(p[i], best, isMax: isMax) {
                best = p[i]
                bestIndex = i
            }
            return bestIndex
        }
        // Lanes hold running extremes; `nan` collects lanes that saw a NaN.
        let raw = UnsafeRawPointer(p)
        var m = raw.loadUnaligned(as: SIMD16<T>.self)
        var nan = m .!= m
        var i = width
        let end = n - n % width
        while i < end {
            let x = raw.loadUnaligned(fromByteOffset: i &* MemoryLayout<T>.stride, as: SIMD16<T>.self)
            m.replace(with: x, where: isMax ? x .> m : x .< m)
            nan = nan .| (x .!= x)
            i &+= width
        }
        if VectorMath.anyLane(nan) { return firstNaN(p, n) }
        var best = m[0]
        for lane in 1..<width where isMax ? m[lane] > best : m[lane] < best { best = m[lane] }
        while i < n {
            let x = p[i]
            if x != x { return firstNaN(p, n) }
            if isMax ? x > best : x < best { best = x }
            i &+= 1
        }
        // The first position holding the extreme value (ties go to the first, like PyTorch):
        // find the first 16-lane block containing it, then the lane.
        let target = SIMD16<T>(repeating: best)
        var k = 0
        while k < end && !VectorMath.anyLane(raw.loadUnaligned(fromByteOffset: k &* MemoryLayout<T>.stride, as: SIMD16<T>.self) .== target) {
            k &+= width
        }
        while k < n - 1 && p[k] != best { k &+= 1 }
        return k
    }

    /// Index of the first NaN among `n` elements (`n` when there is none).
    @inline(__always)
    private static func firstNaN<T: Comparable>(_ p: UnsafePointer<T>, _ n: Int) -> Int {
        var k = 0
        while k < n && p[k] == p[k] { k &+= 1 }
        return k
    }

    /// Running extremes for columns `start..<end` of a `[length, inner]` block.
    @inline(__always)
    private static func columns<T: Comparable>(_ block: UnsafePointer<T>, _ length: Int, _ inner: Int, _ start: Int, _ end: Int,
                                               _ outV: UnsafeMutablePointer<T>, _ outI: UnsafeMutablePointer<Int64>, isMax: Bool) {
        for j in start..<end {
            outV[j] = block[j]
            outI[j] = 0
        }
        for i in 1..<length {
            let row = block + i &* inner
            for j in start..<end {
                let x = row[j]
                if beats(x, outV[j], isMax: isMax) {
                    outV[j] = x
                    outI[j] = Int64(i)
                }
            }
        }
    }
}
