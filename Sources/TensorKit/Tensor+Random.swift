#if canImport(Glibc)
import Glibc
#endif

@inline(__always) func log1pDouble(_ x: Double) -> Double { log1p(x) }
@inline(__always) func sinDouble(_ x: Double) -> Double { sin(x) }
@inline(__always) func cosDouble(_ x: Double) -> Double { cos(x) }

/// Random tensors, drawn exactly as PyTorch's CPU kernels draw them.
extension Tensor {
    /// `torch.rand(*shape, generator=)`: uniform on [0, 1).
    public static func rand(_ shape: [Int], generator: Generator, dtype: DType = .float32) throws -> Tensor {
        let t = try Tensor(uninitializedShape: shape, dtype: dtype)
        try t.uniform_(from: 0, to: 1, generator: generator)
        return t
    }

    /// `torch.randn(*shape, generator=)`: standard normal.
    public static func randn(_ shape: [Int], generator: Generator, dtype: DType = .float32) throws -> Tensor {
        let t = try Tensor(uninitializedShape: shape, dtype: dtype)
        try t.normal_(mean: 0, std: 1, generator: generator)
        return t
    }

    /// `torch.rand_like(t)`.
    public static func randLike(_ t: Tensor, generator: Generator) throws -> Tensor { try rand(t.shape, generator: generator, dtype: t.dtype) }
    /// `torch.randn_like(t)`.
    public static func randnLike(_ t: Tensor, generator: Generator) throws -> Tensor { try randn(t.shape, generator: generator, dtype: t.dtype) }

    /// `torch.randint(low, high, shape)`: integers in [low, high), int64 unless `dtype`.
    public static func randint(low: Int = 0, high: Int, _ shape: [Int], generator: Generator, dtype: DType = .int64) throws -> Tensor {
        if low >= high {
            throw TensorError.runtime("random_ expects 'from' to be less than 'to', but got from=\(low) >= to=\(high)")
        }
        let t = try Tensor(uninitializedShape: shape, dtype: dtype)
        let range = UInt64(bitPattern: Int64(high &- low))
        let p = t.dataPointer
        for i in 0..<t.count {
            let bits = range >= (1 << 28) ? generator.random64() : UInt64(generator.random())
            let v = Int(Int64(bitPattern: bits % range) &+ Int64(low))
            ElementAccess.storeInt(v, p + i * dtype.itemSize, dtype)
        }
        return t
    }

    /// `torch.randperm(n)`: a random permutation of 0..<n (int64), PyTorch's shuffle.
    public static func randperm(_ n: Int, generator: Generator, dtype: DType = .int64) throws -> Tensor {
        if n < 0 { throw TensorError.runtime("Trying to create tensor with negative dimension \(n): [\(n)]") }
        // Allocate first: an impossible size throws before any work.
        let t = try Tensor(uninitializedShape: [n], dtype: .int64)
        let v = t.dataPointer.assumingMemoryBound(to: Int64.self)
        if n < Int(UInt32.max / 20) {
            for i in 0..<n { v[i] = Int64(i) }
            for i in 0..<Swift.max(n - 1, 0) {
                let z = Int(generator.random() % UInt32(n - i))
                let saved = v[i]
                v[i] = v[z + i]
                v[z + i] = saved
            }
        } else {
            for i in 0..<n {
                let z = Int(generator.random64() % UInt64(i + 1))
                v[i] = v[z]
                v[z] = Int64(i)
            }
        }
        return dtype == .int64 ? t : try Elementwise.cast(t, to: dtype)
    }

    /// `t.uniform_(from, to)`: fills in place, one draw per element in memory order.
    @discardableResult
    public func uniform_(from: Double = 0, to: Double = 1, generator: Generator) throws -> Tensor {
        guard dtype.isFloatingPoint else {
            throw TensorError.notImplemented("\"uniform_kernel_cpu\" not implemented for '\(dtype.scalarTypeName)'")
        }
        if from > to {
            throw TensorError.runtime("uniform_ expects to return a [from, to) range, but found from=\(from) > to=\(to)")
        }
        storage.version &+= 1
        let target = isContiguous ? self : try Tensor(uninitializedShape: shape, dtype: dtype)
        let n = target.count
        if dtype == .float32 {
            let lo = Float(from), hi = Float(to)
            let p = target.dataPointer.assumingMemoryBound(to: Float.self)
            for i in 0..<n {
                let v = generator.uniformFloat() * (hi - lo) + lo
                p[i] = v == hi ? lo : v
            }
        } else {
            let p = target.dataPointer.assumingMemoryBound(to: Double.self)
            for i in 0..<n {
                let v = generator.uniformDouble() * (to - from) + from
                p[i] = v == to ? from : v
            }
        }
        if target !== self { try Elementwise.copy(target, into: self) }
        return self
    }

    /// `t.normal_(mean, std)`: PyTorch's two paths — 16-wide Box-Muller over pre-drawn uniforms
    /// for contiguous tensors of at least 16 elements, scalar draws (with the cached pair) otherwise.
    @discardableResult
    public func normal_(mean: Double = 0, std: Double = 1, generator: Generator) throws -> Tensor {
        guard dtype.isFloatingPoint else {
            throw TensorError.notImplemented("\"normal_kernel_cpu\" not implemented for '\(dtype.scalarTypeName)'")
        }
        if std < 0 { throw TensorError.runtime("normal expects std >= 0.0, but found std \(std)") }
        storage.version &+= 1
        let n = count
        if n >= 16 && isContiguous {
            if dtype == .float32 {
                Tensor.normalFill(dataPointer.assumingMemoryBound(to: Float.self), n, Float(mean), Float(std), generator)
            } else {
                Tensor.normalFill(dataPointer.assumingMemoryBound(to: Double.self), n, mean, std, generator)
            }
            return self
        }
        let target = isContiguous ? self : try Tensor(uninitializedShape: shape, dtype: dtype)
        for i in 0..<n {
            ElementAccess.storeDouble(generator.normalDouble(mean: mean, std: std), target.dataPointer + i * dtype.itemSize, dtype)
        }
        if target !== self { try Elementwise.copy(target, into: self) }
        return self
    }

    private static func normalFill(_ p: UnsafeMutablePointer<Float>, _ n: Int, _ mean: Float, _ std: Float, _ g: Generator) {
        normalFill(p, n, uniform: g.uniformFloat) { normalFill16($0, mean, std) }
    }

    /// PyTorch's `normal_fill` for n >= 16: n uniforms drawn in order, transformed 16 at a time;
    /// a last partial block draws 16 fresh uniforms over the tail and transforms those.
    @inline(__always)
    private static func normalFill<T>(_ p: UnsafeMutablePointer<T>, _ n: Int, uniform: () -> T,
                                      block: (UnsafeMutablePointer<T>) -> Void) {
        for i in 0..<n { p[i] = uniform() }
        var i = 0
        while i + 16 <= n {
            block(p + i)
            i += 16
        }
        if n % 16 != 0 {
            let tail = p + (n - 16)
            for j in 0..<16 { tail[j] = uniform() }
            block(tail)
        }
    }

    /// PyTorch's AVX2 `NormalFill16<float>`: Cephes log and sincos in float on eight lanes, angle
    /// from a float 2*pi, outputs through a fused multiply-add.
    @inline(__always)
    private static func normalFill16(_ d: UnsafeMutablePointer<Float>, _ mean: Float, _ std: Float) {
        typealias Lanes = CephesFloatMath.Lanes
        let raw = UnsafeMutableRawPointer(d)
        let u1 = 1 - raw.loadUnaligned(as: Lanes.self)
        let u2 = raw.loadUnaligned(fromByteOffset: 32, as: Lanes.self)
        let radius = (-2 * CephesFloatMath.log(u1)).squareRoot()
        let theta = Float(2.0 * Double.pi) * u2
        let (s, c) = CephesFloatMath.sincos(theta)
        let means = Lanes(repeating: mean), stds = Lanes(repeating: std)
        raw.storeBytes(of: CephesFloatMath.fused(radius * c, stds, means), as: Lanes.self)
        raw.storeBytes(of: CephesFloatMath.fused(radius * s, stds, means), toByteOffset: 32, as: Lanes.self)
    }

    private static func normalFill(_ p: UnsafeMutablePointer<Double>, _ n: Int, _ mean: Double, _ std: Double, _ g: Generator) {
        normalFill(p, n, uniform: g.uniformDouble) { normalFill16($0, mean, std) }
    }

    @inline(__always)
    private static func normalFill16(_ d: UnsafeMutablePointer<Double>, _ mean: Double, _ std: Double) {
        for j in 0..<8 {
            let u1 = 1 - d[j]
            let u2 = d[j + 8]
            let radius = (-2 * Glibc.log(u1)).squareRoot()
            let theta = 2.0 * Double.pi * u2
            d[j] = mean.addingProduct(radius * Glibc.cos(theta), std)
            d[j + 8] = mean.addingProduct(radius * Glibc.sin(theta), std)
        }
    }
}
