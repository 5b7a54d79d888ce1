/// A random number generator with PyTorch's CPU streams: a 32-bit Mersenne Twister seeded as
/// `torch.manual_seed` seeds it, so `rand`, `randn`, `randint` and `randperm` give PyTorch's
/// numbers for the same seed. There is no global generator: the language layer holds one per
/// session (PyTorch's "default generator") and passes it to random operations.
public final class Generator {
    private static let stateSize = 624
    private static let shift = 397

    private var state = [UInt32](repeating: 0, count: Generator.stateSize)
    private var left = 1
    private var next = 0
    /// The seed last set (`torch.initial_seed()`).
    public private(set) var initialSeed: UInt64
    /// Box-Muller makes normals in pairs; the unused one is kept for the next scalar draw, as
    /// PyTorch's CPU generator does.
    var nextDoubleNormal: Double?

    /// PyTorch's default seed for a fresh generator (`default_rng_seed_val`).
    public static let defaultSeed: UInt64 = 67280421310721

    /// A generator seeded like `torch.Generator().manual_seed(seed)` (PyTorch's default seed if omitted).
    public init(seed: UInt64 = Generator.defaultSeed) {
        initialSeed = seed
        reseed(seed)
    }

    /// `torch.manual_seed(seed)` / `generator.manual_seed(seed)`.
    public func manualSeed(_ seed: UInt64) {
        initialSeed = seed
        reseed(seed)
    }

    private func reseed(_ seed: UInt64) {
        nextDoubleNormal = nil
        state[0] = UInt32(truncatingIfNeeded: seed)
        for j in 1..<Generator.stateSize {
            let previous = state[j - 1]
            state[j] = 1812433253 &* (previous ^ (previous >> 30)) &+ UInt32(j)
        }
        left = 1
        next = 0
    }

    private func twist(_ u: UInt32, _ v: UInt32) -> UInt32 {
        let mixed = (u & 0x8000_0000) | (v & 0x7fff_ffff)
        return (mixed >> 1) ^ ((v & 1) != 0 ? 0x9908_b0df : 0)
    }

    private func nextState() {
        let n = Generator.stateSize, m = Generator.shift
        left = n
        next = 0
        state.withUnsafeMutableBufferPointer { s in
            for i in 0..<(n - m) { s[i] = s[i + m] ^ twist(s[i], s[i + 1]) }
            for i in (n - m)..<(n - 1) { s[i] = s[i + m - n] ^ twist(s[i], s[i + 1]) }
            s[n - 1] = s[m - 1] ^ twist(s[n - 1], s[0])
        }
    }

    /// The next 32 random bits (`generator->random()`).
    public func random() -> UInt32 {
        left -= 1
        if left == 0 { nextState() }
        var y = state[next]
        next += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c_5680
        y ^= (y << 15) & 0xefc6_0000
        y ^= y >> 18
        return y
    }

    /// 64 random bits from two draws, high word first (`generator->random64()`).
    public func random64() -> UInt64 {
        let hi = UInt64(random())
        let lo = UInt64(random())
        return (hi << 32) | lo
    }

    /// A float in [0, 1) from 24 random bits (`uniform_real_distribution<float>`).
    @inline(__always)
    func uniformFloat() -> Float {
        Float(random() & ((1 << 24) - 1)) * (1.0 / Float(1 << 24))
    }

    /// A double in [0, 1) from 53 random bits (`uniform_real_distribution<double>`).
    @inline(__always)
    func uniformDouble() -> Double {
        Double(random64() & ((1 << 53) - 1)) * (1.0 / Double(UInt64(1) << 53))
    }

    /// One normal sample as `at::normal_distribution<double>` draws it (with the cached pair).
    func normalDouble(mean: Double, std: Double) -> Double {
        if let cached = nextDoubleNormal {
            nextDoubleNormal = nil
            return cached * std + mean
        }
        let u1 = uniformDouble()
        let u2 = uniformDouble()
        let r = (-2.0 * log1pDouble(-u2)).squareRoot()
        let theta = 2.0 * Double.pi * u1
        nextDoubleNormal = r * sinDouble(theta)
        return r * cosDouble(theta) * std + mean
    }
}
