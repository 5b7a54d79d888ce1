/// Making tensors: from nested lists and Swift arrays, and the factories (`zeros`, `arange`, ...).
extension Tensor {
    /// `torch.tensor(data)`: dtype inferred as PyTorch does (any float -> float32, else any int ->
    /// int64, else bool) unless given. Ragged lists fail with PyTorch's message.
    public convenience init(_ data: NestedList, dtype: DType? = nil) throws {
        var shape: [Int] = []
        var flat: [Scalar] = []
        try Tensor.flatten(data, depth: 0, shape: &shape, into: &flat)
        let inferred: DType
        if let d = dtype {
            inferred = d
        } else if flat.contains(where: { $0.isFloatingPoint }) {
            inferred = .defaultFloat
        } else if flat.contains(where: { if case .int = $0 { return true } else { return false } }) {
            inferred = .int64
        } else if flat.isEmpty {
            inferred = .defaultFloat
        } else {
            inferred = .bool
        }
        try self.init(uninitializedShape: shape, dtype: inferred)
        let base = dataPointer
        let item = inferred.itemSize
        for (i, v) in flat.enumerated() { ElementAccess.store(v, base + i * item, inferred) }
    }

    private static func flatten(_ data: NestedList, depth: Int, shape: inout [Int], into flat: inout [Scalar]) throws {
        switch data {
        case .scalar(let s):
            if depth < shape.count { throw TensorError.type("not a sequence") }
            flat.append(s)
        case .list(let items):
            if depth == shape.count {
                // First visit at this depth fixes its size (only legal along the first path).
                if flat.isEmpty {
                    shape.append(items.count)
                } else {
                    throw TensorError.type("'list' object cannot be interpreted as a number")
                }
            } else if shape[depth] != items.count {
                throw TensorError.value("expected sequence of length \(shape[depth]) at dim \(depth) (got \(items.count))")
            }
            for item in items {
                try flatten(item, depth: depth + 1, shape: &shape, into: &flat)
            }
        }
    }

    /// A 0-d tensor from a Python number (`torch.tensor(3.5)`); dtype inferred unless given.
    public convenience init(_ value: Scalar, dtype: DType? = nil) throws {
        try self.init(scalar: value, dtype: dtype ?? value.inferredDType)
    }

    /// A float32 tensor from Swift floats, with an optional shape (default: 1-D).
    public convenience init(_ values: [Float], shape: [Int]? = nil) throws {
        try self.init(values: values, shape: shape, dtype: .float32)
    }

    /// A float64 tensor from Swift doubles.
    public convenience init(_ values: [Double], shape: [Int]? = nil) throws {
        try self.init(values: values, shape: shape, dtype: .float64)
    }

    /// An int64 tensor from Swift ints.
    public convenience init(_ values: [Int], shape: [Int]? = nil) throws {
        try self.init(values: values, shape: shape, dtype: .int64)
    }

    /// A bool tensor from Swift bools.
    public convenience init(_ values: [Bool], shape: [Int]? = nil) throws {
        try self.init(values: values, shape: shape, dtype: .bool)
    }

    /// A uint8 tensor from bytes (images, IDX files).
    public convenience init(bytes values: [UInt8], shape: [Int]? = nil) throws {
        try self.init(values: values, shape: shape, dtype: .uint8)
    }

    convenience init<T>(values: [T], shape: [Int]?, dtype: DType) throws {
        let s = shape ?? [values.count]
        let n = try Shape.elementCount(s)
        if n != values.count {
            throw TensorError.runtime("shape '\(Shape.describe(s))' is invalid for input of size \(values.count)")
        }
        try self.init(uninitializedShape: s, dtype: dtype)
        values.withUnsafeBytes { raw in
            if let src = raw.baseAddress { dataPointer.copyMemory(from: src, byteCount: raw.count) }
        }
    }

    /// A tensor over a copy of raw little-endian bytes of `dtype`.
    public convenience init(rawBytes: UnsafeRawBufferPointer, shape: [Int], dtype: DType) throws {
        let n = try Shape.elementCount(shape)
        if n * dtype.itemSize != rawBytes.count {
            throw TensorError.runtime("expected \(n * dtype.itemSize) bytes for shape \(Shape.describe(shape)) of \(dtype), got \(rawBytes.count)")
        }
        try self.init(uninitializedShape: shape, dtype: dtype)
        if let src = rawBytes.baseAddress, n > 0 { dataPointer.copyMemory(from: src, byteCount: rawBytes.count) }
        if dtype == .bool {
            // Any nonzero byte is true; normalise so bool loads see only 0 and 1.
            let p = dataPointer.assumingMemoryBound(to: UInt8.self)
            for i in 0..<n where p[i] > 1 { p[i] = 1 }
        }
    }

    // MARK: Factories

    static func checkSizes(_ shape: [Int], _ name: String) throws {
        if shape.contains(where: { $0 < 0 }) {
            throw TensorError.runtime("\(name): Dimension size must be non-negative.")
        }
    }

    /// `torch.zeros(*shape, dtype=)`.
    public static func zeros(_ shape: [Int], dtype: DType = .float32) throws -> Tensor {
        try checkSizes(shape, "zeros")
        return try Tensor(uninitializedShape: shape, dtype: dtype, zeroed: true)
    }

    /// `torch.ones(*shape, dtype=)`.
    public static func ones(_ shape: [Int], dtype: DType = .float32) throws -> Tensor {
        try full(shape, .int(1), dtype: dtype)
    }

    /// `torch.full(shape, value, dtype=)`; without a dtype it follows the value (bool, int64, float32).
    public static func full(_ shape: [Int], _ value: Scalar, dtype: DType? = nil) throws -> Tensor {
        try checkSizes(shape, "full")
        let t = try Tensor(uninitializedShape: shape, dtype: dtype ?? value.inferredDType)
        try Elementwise.fill(t, with: value)
        return t
    }

    /// `torch.empty(*shape)`: uninitialised memory (TensorKit zero-fills it to keep runs reproducible).
    public static func empty(_ shape: [Int], dtype: DType = .float32) throws -> Tensor {
        try checkSizes(shape, "empty")
        return try Tensor(uninitializedShape: shape, dtype: dtype, zeroed: true)
    }

    /// `torch.zeros_like(t)`.
    public static func zerosLike(_ t: Tensor, dtype: DType? = nil) throws -> Tensor { try zeros(t.shape, dtype: dtype ?? t.dtype) }
    /// `torch.ones_like(t)`.
    public static func onesLike(_ t: Tensor, dtype: DType? = nil) throws -> Tensor { try ones(t.shape, dtype: dtype ?? t.dtype) }
    /// `torch.full_like(t, value)`.
    public static func fullLike(_ t: Tensor, _ value: Scalar, dtype: DType? = nil) throws -> Tensor { try full(t.shape, value, dtype: dtype ?? t.dtype) }
    /// `torch.empty_like(t)`.
    public static func emptyLike(_ t: Tensor, dtype: DType? = nil) throws -> Tensor { try empty(t.shape, dtype: dtype ?? t.dtype) }

    /// `torch.eye(n, m)`.
    public static func eye(_ n: Int, _ m: Int? = nil, dtype: DType = .float32) throws -> Tensor {
        let cols = m ?? n
        if n < 0 { throw TensorError.runtime("n must be greater or equal to 0, got \(n)") }
        if cols < 0 { throw TensorError.runtime("m must be greater or equal to 0, got \(cols)") }
        let t = try zeros([n, cols], dtype: dtype)
        for i in 0..<Swift.min(n, cols) { ElementAccess.storeInt(1, t.dataPointer + (i * cols + i) * dtype.itemSize, dtype) }
        return t
    }

    /// `torch.arange(start, end, step)`: int64 when all arguments are ints, else float32 (or `dtype`).
    /// Length is `ceil((end - start) / step)`; values are computed as PyTorch's CPU kernel does.
    public static func arange(_ start: Scalar, _ end: Scalar, step: Scalar = .int(1), dtype: DType? = nil) throws -> Tensor {
        let allInts = !start.isFloatingPoint && !end.isFloatingPoint && !step.isFloatingPoint
        let dt = dtype ?? (allInts ? .int64 : .defaultFloat)
        let s = start.doubleValue, e = end.doubleValue, st = step.doubleValue
        if st == 0 { throw TensorError.runtime("step must be nonzero") }
        if !s.isFinite || !e.isFinite { throw TensorError.runtime("unsupported range: \(s) -> \(e)") }
        if (st > 0 && e < s) || (st < 0 && e > s) {
            throw TensorError.runtime("upper bound and lower bound inconsistent with step sign")
        }
        let sizeD: Double
        if dt == .int64 && allInts {
            let a = start.intValue, b = end.intValue, c = step.intValue
            let sgn = c > 0 ? 1 : -1
            let (span, o1) = b.subtractingReportingOverflow(a)
            let (padded, o2) = span.addingReportingOverflow(c - sgn)
            if o1 || o2 { throw TensorError.runtime("invalid size, possible overflow?") }
            sizeD = Double(padded / c)
        } else {
            sizeD = ((e - s) / st).rounded(.up)
        }
        if !(sizeD >= 0 && sizeD < Double(Int.max)) {
            throw TensorError.runtime("invalid size, possible overflow?")
        }
        let n = Int(sizeD)
        let t = try Tensor(uninitializedShape: [n], dtype: dt)
        let p = t.dataPointer
        switch dt {
        case .float32:
            fillArange(p.assumingMemoryBound(to: Float.self), n, vector: 16, { Float(s + st * Double($0)) },
                       { base, k in Float(Double(base) + Double(k) * st) })
        case .float64:
            fillArange(p.assumingMemoryBound(to: Double.self), n, vector: 8, { s + st * Double($0) },
                       { base, k in base + Double(k) * st })
        default:
            if allInts {
                let a = start.intValue, c = step.intValue
                for i in 0..<n { ElementAccess.storeInt(a &+ c &* i, p + i * dt.itemSize, dt) }
            } else {
                for i in 0..<n { ElementAccess.storeDouble(s + st * Double(i), p + i * dt.itemSize, dt) }
            }
        }
        return t
    }

    /// PyTorch's vectorised range fill: blocks of `vector` elements start from a rounded base and
    /// step from there, pairs of blocks at a time; the tail is computed directly.
    private static func fillArange<T>(_ p: UnsafeMutablePointer<T>, _ n: Int, vector: Int,
                                      _ direct: (Int) -> T, _ fromBase: (T, Int) -> T) {
        var i = 0
        while i + 2 * vector <= n {
            for block in 0..<2 {
                let idx = i + block * vector
                let base = direct(idx)
                for k in 0..<vector { p[idx + k] = fromBase(base, k) }
            }
            i += 2 * vector
        }
        while i < n {
            p[i] = direct(i)
            i += 1
        }
    }

    /// `torch.arange(end)`.
    public static func arange(_ end: Scalar, dtype: DType? = nil) throws -> Tensor {
        try arange(.int(0), end, step: .int(1), dtype: dtype)
    }

    /// `torch.linspace(start, end, steps)` (float32 unless `dtype`), computed as PyTorch's kernel:
    /// the first half steps up from `start`, the second half steps down from `end`.
    public static func linspace(_ start: Double, _ end: Double, steps: Int, dtype: DType = .float32) throws -> Tensor {
        if steps < 0 { throw TensorError.runtime("number of steps must be non-negative") }
        let t = try Tensor(uninitializedShape: [steps], dtype: dtype)
        if steps == 0 { return t }
        let p = t.dataPointer
        if steps == 1 {
            ElementAccess.storeDouble(start, p, dtype)
            return t
        }
        let halfway = steps / 2
        switch dtype {
        case .float32:
            let s = Float(start), e = Float(end)
            let step = (e - s) / Float(steps - 1)
            let q = p.assumingMemoryBound(to: Float.self)
            let direct: (Int) -> Float = { i in i < halfway ? s + step * Float(i) : e - step * Float(steps - i - 1) }
            fillArange(q, steps, vector: 16, direct, { base, k in base + Float(k) * step })
            // Blocks take their base from their first index's half, as PyTorch's vector path does.
        case .float64:
            let step = (end - start) / Double(steps - 1)
            let q = p.assumingMemoryBound(to: Double.self)
            let direct: (Int) -> Double = { i in i < halfway ? start + step * Double(i) : end - step * Double(steps - i - 1) }
            fillArange(q, steps, vector: 8, direct, { base, k in base + Double(k) * step })
        default:
            let s = Double(Int(truncatingDouble: start)), e = Double(Int(truncatingDouble: end))
            let step = (e - s) / Double(steps - 1)
            for i in 0..<steps {
                let v = i < halfway ? s + step * Double(i) : e - step * Double(steps - i - 1)
                ElementAccess.storeDouble(v, p + i * dtype.itemSize, dtype)
            }
        }
        return t
    }
}
