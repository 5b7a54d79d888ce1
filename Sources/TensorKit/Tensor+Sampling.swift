#if canImport(Glibc)
import Glibc
#endif

/// Discrete and exponential sampling drawn as PyTorch's serial CPU kernels draw them, from the
/// session's `Generator`: bernoulli with a probability tensor, random_, exponential_ and
/// multinomial.
extension Tensor {
    /// Fills `self` elementwise in row-major order with `draw()`, keeping its layout.
    private func fillSerially(_ draw: () -> Scalar) throws {
        storage.version &+= 1
        let target = isContiguous ? self : try Tensor(uninitializedShape: shape, dtype: dtype)
        let item = dtype.itemSize
        for i in 0..<target.count { ElementAccess.store(draw(), target.dataPointer + i &* item, dtype) }
        if target !== self { try Elementwise.copy(target, into: self) }
    }

    /// `t.bernoulli_(p)` with a probability tensor `p` (broadcast to `t`): 1 where a uniform draw
    /// falls below p. Float probabilities draw 24-bit floats, double ones 53-bit doubles.
    @discardableResult
    public func bernoulli_(probabilities p: Tensor, generator: Generator) throws -> Tensor {
        try Elementwise.checkWritable(self)
        let probabilities = try Elementwise.contiguousCopy(try p.detach().expand(shape))
        let values = probabilities.doubles()
        if values.contains(where: { !($0 >= 0 && $0 <= 1) }) {
            throw TensorError.runtime("Expected p_in >= 0 && p_in <= 1 to be true, but got false.  (Could this error message be improved?  If so, please report an enhancement request to PyTorch.)")
        }
        var k = 0
        let isDouble = p.dtype == .float64
        try fillSerially {
            let u = isDouble ? generator.uniformDouble() : Double(generator.uniformFloat())
            defer { k += 1 }
            return .int(u < values[k] ? 1 : 0)
        }
        return self
    }

    /// `t.bernoulli_(p)` with a number: each element 1 with probability p (double draws; PyTorch
    /// takes Intel MKL's stream here on Intel CPUs, which Tessera does not reproduce).
    @discardableResult
    public func bernoulli_(probability p: Double, generator: Generator) throws -> Tensor {
        guard p >= 0 && p <= 1 else {
            throw TensorError.runtime("bernoulli_ expects p to be in [0, 1], but got p=\(Tensor.cppDescription(p))")
        }
        try fillSerially { .int(generator.uniformDouble() < p ? 1 : 0) }
        return self
    }

    /// `t.random_(from, to)`: integers drawn uniformly from [from, to) (as `torch.randint`);
    /// `t.random_()` with no bounds covers the dtype's range (24 or 53 bits for floats).
    @discardableResult
    public func random_(from low: Int?, to high: Int?, generator: Generator) throws -> Tensor {
        try Elementwise.checkWritable(self)
        if let high {
            let low = low ?? 0
            if low >= high {
                throw TensorError.runtime("random_ expects 'from' to be less than 'to', but got from=\(low) >= to=\(high)")
            }
            let drawn = try Tensor.randint(low: low, high: high, shape, generator: generator, dtype: dtype == .bool ? .int64 : dtype)
            storage.version &+= 1
            try Elementwise.copy(drawn, into: self)
            return self
        }
        try fillSerially {
            switch dtype {
            case .bool: return .int(Int(generator.random() & 1))
            case .uint8: return .int(Int(generator.random() % 256))
            case .int32: return .int(Int(generator.random() % (UInt32(Int32.max) + 1)))
            case .int64: return .int(Int(generator.random64() % (UInt64(Int64.max) + 1)))
            case .float32: return .int(Int(generator.random() % ((1 << 24) + 1)))
            case .float64: return .int(Int(generator.random64() % ((1 << 53) + 1)))
            }
        }
        return self
    }

    /// `t.exponential_(lambd)`: `-1/lambd * log1p(-u)` for double uniforms u.
    @discardableResult
    public func exponential_(lambda: Double = 1, generator: Generator) throws -> Tensor {
        guard dtype.isFloatingPoint else {
            throw TensorError.runtime("Exponential distribution is a continuous probability distribution. dtype must be a floating point but you specified \(dtype.scalarTypeName)")
        }
        guard lambda > 0 else {
            throw TensorError.runtime("exponential_ expects lambda > 0.0, but found lambda=\(Tensor.cppDescription(lambda))")
        }
        try fillSerially { .float(-1.0 / lambda * log1p(-generator.uniformDouble())) }
        return self
    }

    /// A double as C++'s `operator<<` prints it in PyTorch's messages ("-1", "0.5").
    static func cppDescription(_ value: Double) -> String {
        if value == value.rounded(), Swift.abs(value) < 1e15 { return String(Int(value)) }
        return PythonFloatFormat.repr(value)
    }

    /// `t.multinomial(n, replacement)`: category indices drawn by the (unnormalised)
    /// probabilities of each row. Without replacement (or for one sample) PyTorch takes the
    /// largest `p / q` with exponential q; with replacement, a binary search of the
    /// normalised cumulative sums for each uniform draw.
    public func multinomial(_ samples: Int, replacement: Bool = false, generator: Generator) throws -> Tensor {
        guard rank == 1 || rank == 2 else { throw TensorError.runtime("prob_dist must be 1 or 2 dim") }
        guard dtype.isFloatingPoint else {
            throw TensorError.runtime("multinomial only supports floating-point dtypes for input, got: \(dtype.scalarTypeName)")
        }
        guard samples > 0 else { throw TensorError.runtime("cannot sample n_sample <= 0 samples") }
        let categories = shape[rank - 1]
        guard replacement || samples <= categories else {
            throw TensorError.runtime("cannot sample n_sample > prob_dist.size(-1) samples without replacement")
        }
        guard categories <= 1 << 24 else { throw TensorError.runtime("number of categories cannot exceed 2^24") }
        let rows = rank == 1 ? 1 : shape[0]
        let resultShape = rank == 1 ? [samples] : [rows, samples]
        let result = try Tensor(uninitializedShape: resultShape, dtype: .int64)
        if result.count == 0 { return result }
        let probabilities = try Elementwise.contiguousCopy(detach())
        if !replacement || samples == 1 {
            let values = probabilities.doubles()
            if values.contains(where: { !($0 >= 0 && $0 < .infinity) }) {
                throw TensorError.runtime("probability tensor contains either `inf`, `nan` or element < 0")
            }
            for r in 0..<rows where values[(r * categories)..<((r + 1) * categories)].reduce(0, +) == 0 {
                throw TensorError.runtime("invalid multinomial distribution (sum of probabilities <= 0)")
            }
            let q = try Tensor(uninitializedShape: shape, dtype: dtype)
            try q.exponential_(lambda: 1, generator: generator)
            let ratio = try probabilities.div(q)
            let picked = samples == 1 ? try ratio.argmax(dim: -1, keepdim: true) : try ratio.topk(samples).indices
            try Elementwise.copy(picked, into: result)
            return result
        }
        let out = result.dataPointer.assumingMemoryBound(to: Int64.self)
        let item = dtype.itemSize
        for r in 0..<rows {
            var cumulative = [Double](repeating: 0, count: categories)
            var sum = 0.0
            for j in 0..<categories {
                let v = ElementAccess.loadDouble(probabilities.dataPointer + (r * categories + j) &* item, dtype)
                if v < 0 { throw TensorError.runtime("invalid multinomial distribution (encountering probability entry < 0)") }
                if !v.isFinite { throw TensorError.runtime("invalid multinomial distribution (encountering probability entry = infinity or NaN)") }
                // The running sum has the tensor's precision, as PyTorch's scalar_t accumulator.
                sum = dtype == .float32 ? Double(Float(sum) + Float(v)) : sum + v
                cumulative[j] = sum
            }
            guard sum > 0 else { throw TensorError.runtime("invalid multinomial distribution (sum of probabilities <= 0)") }
            for j in 0..<categories {
                cumulative[j] = dtype == .float32 ? Double(Float(cumulative[j]) / Float(sum)) : cumulative[j] / sum
            }
            cumulative[categories - 1] = 1
            for s in 0..<samples {
                let u = generator.uniformDouble()
                var left = 0, right = categories
                while right - left > 0 {
                    let mid = left + (right - left) / 2
                    if cumulative[mid] < u { left = mid + 1 } else { right = mid }
                }
                out[r * samples + s] = Int64(left)
            }
        }
        return result
    }
}
