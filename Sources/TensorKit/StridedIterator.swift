import Dispatch

/// A kernel's inner loop: `count` elements, one base pointer and one byte stride per operand
/// (output first). Kernels test the strides to pick a contiguous (vectorised), broadcast-scalar
/// or general strided loop.
typealias RunKernel = (_ count: Int, _ data: UnsafePointer<UnsafeMutableRawPointer>, _ strides: UnsafePointer<Int>) -> Void

/// The one N-d loop of TensorKit: every elementwise kernel (arithmetic, comparisons, casts,
/// copies, fills, `where`) runs through it.
///
/// Given operands broadcastable to a common shape (output first), it
/// 1. gives broadcast dimensions stride 0,
/// 2. orders dimensions from fastest- to slowest-varying in memory (PyTorch's
///    `reorder_dimensions`, so a transposed input is read in memory order and the output is
///    allocated with the same layout),
/// 3. merges dimensions that are contiguous in every operand,
/// 4. calls the kernel once per 1-D run of the innermost dimension, splitting large loops
///    across two threads.
struct StridedIterator {
    let operandCount: Int
    /// Iteration shape, innermost dimension first.
    private(set) var shape: [Int]
    /// Byte strides, `strides[dim * operandCount + operand]`.
    private(set) var strides: [Int]
    let bases: [UnsafeMutableRawPointer]
    let count: Int

    /// Loops of at least this many elements are split across the two cores (PyTorch's
    /// GRAIN_SIZE); smaller ones cost more to hand to another thread than to run.
    static let parallelThreshold = 32768

    /// Builds the loop for `operands` (output first) over `shape`, the broadcast shape that
    /// every operand's shape is compatible with.
    ///
    /// `preferLongRuns` lets the iterator move a much longer dimension innermost when the
    /// innermost one is short (see `favourLongRuns`); only for kernels whose element order does
    /// not matter (elementwise maths, casts, copies), not for scatters with duplicate indices.
    init(shape fullShape: [Int], operands: [Tensor], preferLongRuns: Bool = false) {
        operandCount = operands.count
        bases = operands.map { $0.dataPointer }
        count = fullShape.reduce(1, *)
        let n = operandCount
        // Fast path: every operand is contiguous with exactly the result's shape.
        if operands.allSatisfy({ $0.isContiguous && $0.shape == fullShape }) {
            shape = [count]
            strides = operands.map { $0.dtype.itemSize }
            return
        }
        let rank = fullShape.count
        var perDim = StridedIterator.broadcastByteStrides(shape: fullShape, operands: operands)
        let perm = StridedIterator.permutation(shape: fullShape, strides: perDim, operandCount: n)
        var newShape = [Int](repeating: 1, count: rank)
        var newStrides = [Int](repeating: 0, count: rank * n)
        for (i, d) in perm.enumerated() {
            newShape[i] = fullShape[d]
            for op in 0..<n { newStrides[i * n + op] = perDim[d * n + op] }
        }
        perDim = []
        StridedIterator.coalesce(shape: &newShape, strides: &newStrides, operandCount: n)
        if newShape.isEmpty {
            newShape = [1]
            newStrides = [Int](repeating: 0, count: n)
        }
        if preferLongRuns { StridedIterator.favourLongRuns(shape: &newShape, strides: &newStrides, operandCount: n) }
        shape = newShape
        strides = newStrides
    }

    /// A short innermost run (`[784, 1] * [784, 10]` has runs of 10, the broadcast row) costs
    /// one kernel call, with its stride checks and scalar tail, per handful of elements; below
    /// the SIMD width there is nothing to vectorise anyway. When the next dimension is much
    /// longer, iterating it innermost (strided) makes one call per long run instead: 2-3x
    /// faster for such broadcasts.
    static func favourLongRuns(shape: inout [Int], strides: inout [Int], operandCount n: Int) {
        guard shape.count >= 2, shape[0] < 16, shape[1] >= 4 * shape[0] else { return }
        shape.swapAt(0, 1)
        for op in 0..<n { strides.swapAt(op, n + op) }
    }

    /// Byte strides of each operand along each dimension of `shape` (row-major dim order),
    /// 0 where the operand is broadcast. Layout: `[dim * operandCount + operand]`.
    static func broadcastByteStrides(shape: [Int], operands: [Tensor]) -> [Int] {
        let rank = shape.count
        let n = operands.count
        var result = [Int](repeating: 0, count: rank * n)
        for (op, t) in operands.enumerated() {
            let offset = rank - t.rank
            let item = t.dtype.itemSize
            for d in 0..<t.rank {
                let size = t.shape[d]
                let full = shape[d + offset]
                result[(d + offset) * n + op] = (size == 1 && full != 1) ? 0 : t.strides[d] &* item
            }
        }
        return result
    }

    /// PyTorch's `reorder_dimensions`: returns dims ordered innermost first, sorting by the
    /// strides of the first operand that distinguishes them (broadcast dims don't vote).
    static func permutation(shape: [Int], strides: [Int], operandCount n: Int) -> [Int] {
        let rank = shape.count
        var perm = Array((0..<rank).reversed())
        if rank <= 1 { return perm }
        func shouldSwap(_ dim0: Int, _ dim1: Int) -> Int {
            for op in 0..<n {
                let s0 = strides[dim0 * n + op]
                let s1 = strides[dim1 * n + op]
                if s0 == 0 || s1 == 0 { continue }
                if s0 < s1 { return -1 }
                if s0 > s1 { return 1 }
                if shape[dim0] > shape[dim1] { return 1 }
            }
            return 0
        }
        for i in 1..<rank {
            var dim1 = i
            var dim0 = i - 1
            while dim0 >= 0 {
                let c = shouldSwap(perm[dim0], perm[dim1])
                if c > 0 {
                    perm.swapAt(dim0, dim1)
                    dim1 = dim0
                } else if c < 0 {
                    break
                }
                dim0 -= 1
            }
        }
        return perm
    }

    /// Merges neighbouring dimensions (innermost first) that are contiguous in every operand.
    static func coalesce(shape: inout [Int], strides: inout [Int], operandCount n: Int) {
        let rank = shape.count
        if rank <= 1 { return }
        var prev = 0
        for dim in 1..<rank {
            var merge = shape[prev] == 1 || shape[dim] == 1
            if !merge {
                merge = true
                for op in 0..<n where shape[prev] &* strides[prev * n + op] != strides[dim * n + op] {
                    merge = false
                    break
                }
            }
            if merge {
                if shape[prev] == 1 {
                    for op in 0..<n { strides[prev * n + op] = strides[dim * n + op] }
                }
                shape[prev] &*= shape[dim]
            } else {
                prev += 1
                if prev != dim {
                    for op in 0..<n { strides[prev * n + op] = strides[dim * n + op] }
                    shape[prev] = shape[dim]
                }
            }
        }
        shape.removeLast(rank - prev - 1)
        strides.removeLast((rank - prev - 1) * n)
    }

    /// Runs `kernel` over every element; large loops are split across threads.
    func run(parallel: Bool = true, _ kernel: RunKernel) {
        if count == 0 { return }
        if parallel && count >= StridedIterator.parallelThreshold {
            let per = (count + 1) / 2
            ParallelExecutor.shared.run { c in
                let start = c * per
                let end = min(count, start + per)
                if start < end { run(from: start, to: end, kernel) }
            }
        } else {
            run(from: 0, to: count, kernel)
        }
    }

    /// Runs the kernel over linear element indices `start..<end` (in iteration order).
    func run(from start: Int, to end: Int, _ kernel: RunKernel) {
        let n = operandCount
        let rank = shape.count
        withUnsafeTemporaryAllocation(of: UnsafeMutableRawPointer.self, capacity: n) { ptrs in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: rank) { index in
                strides.withUnsafeBufferPointer { st in
                    guard let innerStrides = st.baseAddress, let pointers = ptrs.baseAddress else { return }
                    // Decompose `start` into a multi-index and point every operand at it.
                    var rest = start
                    for d in 0..<rank {
                        index[d] = rest % shape[d]
                        rest /= shape[d]
                    }
                    for op in 0..<n {
                        var p = bases[op]
                        for d in 0..<rank { p += index[d] &* st[d * n + op] }
                        ptrs[op] = p
                    }
                    let inner = shape[0]
                    var remaining = end - start
                    while remaining > 0 {
                        let len = min(inner - index[0], remaining)
                        kernel(len, UnsafePointer(pointers), innerStrides)
                        remaining -= len
                        if remaining == 0 { break }
                        // Advance to the start of the next run: move back along dim 0, carry outward.
                        for op in 0..<n { ptrs[op] += len &* st[op] }
                        index[0] += len
                        var d = 0
                        while d < rank - 1 && index[d] == shape[d] {
                            for op in 0..<n {
                                ptrs[op] += st[(d + 1) * n + op] &- shape[d] &* st[d * n + op]
                            }
                            index[d] = 0
                            index[d + 1] += 1
                            d += 1
                        }
                    }
                }
            }
        }
    }
}
