/// The machinery shared by all elementwise operations: PyTorch's type promotion, output
/// allocation that follows the inputs' memory layout, casting, and running a kernel through the
/// strided iterator (or directly, for one-element operands).
enum Elementwise {
    /// PyTorch's `torch.result_type` over tensors: dimensioned tensors outrank 0-d tensors, which
    /// outrank wrapped Python numbers; a lower class only matters when it lifts the category
    /// (bool < integer < float).
    static func resultType(_ operands: [Tensor]) -> DType {
        var dim: DType? = nil
        var zero: DType? = nil
        var wrapped: DType? = nil
        for t in operands {
            let current = t.isWrappedNumber && t.dtype.isFloatingPoint ? DType.defaultFloat : t.dtype
            if t.rank > 0 {
                dim = dim.map { $0.promoted(with: current) } ?? current
            } else if t.isWrappedNumber {
                wrapped = wrapped.map { $0.promoted(with: current) } ?? current
            } else {
                zero = zero.map { $0.promoted(with: current) } ?? current
            }
        }
        return combine(dim, combine(zero, wrapped)) ?? .float32
    }

    /// `resultType` for two operands without building an array (the scalar fast path).
    @inline(__always)
    static func resultType(_ a: Tensor, _ b: Tensor) -> DType {
        if a.dtype == b.dtype && !a.isWrappedNumber && !b.isWrappedNumber { return a.dtype }
        return resultType([a, b])
    }

    private static func combine(_ higher: DType?, _ lower: DType?) -> DType? {
        guard let h = higher else { return lower }
        if h.isFloatingPoint { return h }
        if let l = lower, h == .bool || l.isFloatingPoint { return h.promoted(with: l) }
        return h
    }

    /// `t` converted to `dtype` (a new contiguous tensor), or `t` itself when it already has it.
    static func cast(_ t: Tensor, to dtype: DType) throws -> Tensor {
        if t.dtype == dtype { return t }
        let out = try allocateOutput(shape: t.shape, dtype: dtype, like: [t])
        run(CastKernels.kernel(from: t.dtype, to: dtype), shape: t.shape, operands: [out, t])
        out.isWrappedNumber = t.isWrappedNumber
        return out
    }

    /// A new tensor for an elementwise result of `shape`: contiguous, or laid out in the same
    /// dimension order as the inputs when they are permuted (PyTorch gives `(a.t() + 1)` the
    /// strides of `a.t()`).
    static func allocateOutput(shape: [Int], dtype: DType, like inputs: [Tensor]) throws -> Tensor {
        if shape.count <= 1 || inputs.allSatisfy({ $0.isContiguous }) {
            return try Tensor(uninitializedShape: shape, dtype: dtype)
        }
        let n = inputs.count
        let perDim = StridedIterator.broadcastByteStrides(shape: shape, operands: inputs)
        let perm = StridedIterator.permutation(shape: shape, strides: perDim, operandCount: n)
        if perm == Array((0..<shape.count).reversed()) {
            return try Tensor(uninitializedShape: shape, dtype: dtype)
        }
        let count = try Shape.elementCount(shape)
        var strides = [Int](repeating: 0, count: shape.count)
        var next = 1
        for d in perm {
            strides[d] = next
            next &*= shape[d]
        }
        let storage = try Storage(count: count, dtype: dtype)
        return Tensor(storage: storage, storageOffset: 0, shape: shape, strides: strides, dtype: dtype)
    }

    /// Runs `kernel` over `operands` (output first) broadcast to `shape`.
    static func run(_ kernel: RunKernel, shape: [Int], operands: [Tensor]) {
        if operands.allSatisfy({ $0.count == 1 }) {
            runSingle(kernel, operands)
            return
        }
        if let first = operands.first, first.count < StridedIterator.parallelThreshold,
           operands.allSatisfy({ $0.isContiguous && $0.shape == shape }) {
            runFlat(kernel, count: first.count, operands)
            return
        }
        StridedIterator(shape: shape, operands: operands, preferLongRuns: true).run(kernel)
    }

    /// One element: call the kernel directly, skipping the iterator's set-up.
    @inline(__always)
    static func runSingle(_ kernel: RunKernel, _ operands: [Tensor]) {
        let n = operands.count
        withUnsafeTemporaryAllocation(of: UnsafeMutableRawPointer.self, capacity: n) { ptrs in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: n) { strides in
                for i in 0..<n {
                    ptrs[i] = operands[i].dataPointer
                    strides[i] = 0
                }
                if let p = ptrs.baseAddress, let s = strides.baseAddress { kernel(1, UnsafePointer(p), UnsafePointer(s)) }
            }
        }
    }

    /// Same-shape contiguous operands below the parallel threshold: one kernel call over the
    /// flat elements, skipping the iterator's set-up (a few small arrays), which for 784-element
    /// ops in a Python loop cost more than the arithmetic.
    @inline(__always)
    static func runFlat(_ kernel: RunKernel, count: Int, _ operands: [Tensor]) {
        if count == 0 { return }
        let n = operands.count
        withUnsafeTemporaryAllocation(of: UnsafeMutableRawPointer.self, capacity: n) { ptrs in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: n) { strides in
                for i in 0..<n {
                    ptrs[i] = operands[i].dataPointer
                    strides[i] = operands[i].dtype.itemSize
                }
                if let p = ptrs.baseAddress, let s = strides.baseAddress { kernel(count, UnsafePointer(p), UnsafePointer(s)) }
            }
        }
    }

    /// Two-operand single-element call without building arrays (the chapter-17 scalar loop).
    @inline(__always)
    static func runSingle(_ kernel: RunKernel, _ out: Tensor, _ a: Tensor, _ b: Tensor) {
        withUnsafeTemporaryAllocation(of: UnsafeMutableRawPointer.self, capacity: 3) { ptrs in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: 3) { strides in
                ptrs[0] = out.dataPointer
                ptrs[1] = a.dataPointer
                ptrs[2] = b.dataPointer
                strides[0] = 0
                strides[1] = 0
                strides[2] = 0
                if let p = ptrs.baseAddress, let s = strides.baseAddress { kernel(1, UnsafePointer(p), UnsafePointer(s)) }
            }
        }
    }

    /// True when writing `output` could change elements of `input` that are still to be read:
    /// they share storage but are not the very same view.
    static func mayOverlap(_ output: Tensor, _ input: Tensor) -> Bool {
        if output.storage !== input.storage { return false }
        if output.storageOffset == input.storageOffset && output.shape == input.shape
            && output.strides == input.strides && output.dtype == input.dtype {
            return false
        }
        // Disjoint byte ranges cannot overlap.
        let (oLo, oHi) = byteRange(output)
        let (iLo, iHi) = byteRange(input)
        return oLo < iHi && iLo < oHi
    }

    /// The half-open byte range of storage a tensor touches.
    static func byteRange(_ t: Tensor) -> (Int, Int) {
        if t.count == 0 { return (0, 0) }
        var lo = t.storageOffset, hi = t.storageOffset
        for (size, stride) in zip(t.shape, t.strides) where size > 1 {
            if stride >= 0 { hi += (size - 1) * stride } else { lo += (size - 1) * stride }
        }
        return (lo * t.dtype.itemSize, (hi + 1) * t.dtype.itemSize)
    }

    /// PyTorch refuses to write through a tensor whose elements alias each other (an expand).
    static func checkWritable(_ t: Tensor) throws {
        for (size, stride) in zip(t.shape, t.strides) where size > 1 && stride == 0 {
            throw TensorError.runtime("unsupported operation: more than one element of the written-to tensor refers to a single memory location. Please clone() the tensor before performing the operation.")
        }
    }

    /// `dst.copy_(src)`: broadcasts `src` to `dst`'s shape and converts its dtype.
    static func copy(_ src: Tensor, into dst: Tensor) throws {
        if src.shape != dst.shape {
            let shape = try Shape.broadcast(dst.shape, src.shape)
            if shape != dst.shape {
                throw TensorError.runtime("output with shape \(Shape.describe(dst.shape)) doesn't match the broadcast shape \(Shape.describe(shape))")
            }
        }
        try checkWritable(dst)
        let source = mayOverlap(dst, src) ? try contiguousCopy(src) : src
        run(CastKernels.kernel(from: source.dtype, to: dst.dtype), shape: dst.shape, operands: [dst, source])
    }

    /// `t` when contiguous, else a contiguous copy.
    static func contiguousIfNeeded(_ t: Tensor) throws -> Tensor {
        t.isContiguous ? t : try contiguousCopy(t)
    }

    /// A contiguous copy of `t` with the same dtype.
    static func contiguousCopy(_ t: Tensor) throws -> Tensor {
        let out = try Tensor(uninitializedShape: t.shape, dtype: t.dtype)
        run(CastKernels.kernel(from: t.dtype, to: t.dtype), shape: t.shape, operands: [out, t])
        return out
    }

    /// Writes `value` (cast to the tensor's dtype) into every element of `t`.
    static func fill(_ t: Tensor, with value: Scalar) throws {
        try checkWritable(t)
        let kernel: RunKernel
        switch t.dtype {
        case .bool: let v = value.boolValue; kernel = { n, d, s in Loops.nullary(n, d, s, v) }
        case .uint8: let v = UInt8(castingScalar: value); kernel = { n, d, s in Loops.nullary(n, d, s, v) }
        case .int32: let v = Int32(castingScalar: value); kernel = { n, d, s in Loops.nullary(n, d, s, v) }
        case .int64: let v = Int64(castingScalar: value); kernel = { n, d, s in Loops.nullary(n, d, s, v) }
        case .float32: let v = Float(value.doubleValue); kernel = { n, d, s in Loops.nullary(n, d, s, v) }
        case .float64: let v = value.doubleValue; kernel = { n, d, s in Loops.nullary(n, d, s, v) }
        }
        run(kernel, shape: t.shape, operands: [t])
    }
}

extension TensorElement {
    /// A Python scalar converted with C++ cast semantics.
    init(castingScalar value: Scalar) {
        switch value {
        case .bool(let b): self.init(castingInt: b ? 1 : 0)
        case .int(let i): self.init(castingInt: i)
        case .float(let d): self.init(castingDouble: d)
        }
    }
}
