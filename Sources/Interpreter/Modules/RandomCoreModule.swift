#if canImport(Glibc)
import Glibc
#endif

/// `_random`: the Mersenne Twister generator behind `random`, reproducing CPython's streams
/// bit for bit (seeding with `init_by_array`, 53-bit `random()`, `getrandbits`). The class
/// `_random.Random` keeps its state in each instance; `random.Random` (Python) subclasses it.
enum RandomCoreModule {
    static func make(_ interpreter: Interpreter) -> PyModule {
        let type = PyType(builtin: "Random", base: BuiltinTypes.object, module: "_random") { type in
            type.method("seed", "self, n=None, /") { i, a in
                try generator(a[0]).seed(try seedKey(a[1], i))
                return .none
            }
            type.method("random", "self, /") { _, a in .float(try generator(a[0]).random()) }
            type.method("getrandbits", "self, k, /") { i, a in
                let k = try i.intArgument(a[1])
                if k < 0 { throw PyException(BuiltinTypes.valueError, "number of bits must be non-negative") }
                if k > 63 {
                    try Arithmetic.checkResultSize(bits: k)
                    return .integer(try generator(a[0]).bigBits(k))
                }
                return .int(try generator(a[0]).bits(k))
            }
            // CPython's randbytes(n) is getrandbits(n * 8).to_bytes(n, 'little'); the ints here
            // stop at 64 bits, so produce the same bytes from the words directly.
            type.method("randbytes", "self, n, /") { i, a in
                let n = try i.intArgument(a[1])
                // getrandbits takes its bit count (n * 8) as a C int, then refuses a negative one.
                if n > Int(Int32.max) / 8 || n < Int(Int32.min) / 8 {
                    throw PyException(BuiltinTypes.overflowError, "Python int too large to convert to C int")
                }
                if n < 0 { throw PyException(BuiltinTypes.valueError, "number of bits must be non-negative") }
                try Allocation.check(count: n, elementSize: 1)
                return .object(PyBytes(try generator(a[0]).bytes(n)))
            }
            type.method("getstate", "self, /") { _, a in
                let twister = try generator(a[0])
                return .object(PyTuple(twister.state.map { .int(Int($0)) } + [.int(twister.index)]))
            }
            type.method("setstate", "self, state, /") { i, a in
                guard case .object(let o) = a[1], let tuple = o as? PyTuple else {
                    throw PyException(BuiltinTypes.typeError, "state vector must be a tuple")
                }
                guard tuple.items.count == MersenneTwister.n + 1 else {
                    throw PyException(BuiltinTypes.valueError, "state vector is the wrong size")
                }
                var words: [UInt32] = []
                words.reserveCapacity(MersenneTwister.n)
                for item in tuple.items.dropLast() {
                    let word = try i.intArgument(item)
                    guard word >= 0 && word <= Int(UInt32.max) else {
                        throw PyException(BuiltinTypes.overflowError, "Python int too large to convert to C unsigned long")
                    }
                    words.append(UInt32(word))
                }
                let index = try i.intArgument(tuple.items[MersenneTwister.n])
                guard index >= 0 && index <= MersenneTwister.n else {
                    throw PyException(BuiltinTypes.valueError, "invalid state")
                }
                let twister = try generator(a[0])
                twister.state = words
                twister.index = index
                return .none
            }
        }
        type.doc = "Random() -> create a random number generator with its own internal state."
        // Set here rather than in the installer so that subclasses created before the first
        // attribute lookup inherit it.
        type.nativeNew = { _, cls, _ in
            let object = MersenneTwisterObject(type: cls)
            object.twister.seed(entropyKey())
            return .object(object)
        }
        return interpreter.makeModule("_random") { ns in
            ns["Random"] = .object(type)
        }
    }

    static func generator(_ value: Value) throws -> MersenneTwister {
        guard case .object(let o) = value, let object = o as? MersenneTwisterObject else {
            throw PyException(BuiltinTypes.typeError, "descriptor requires a '_random.Random' object but received a '\(value.typeName)'")
        }
        return object.twister
    }

    /// The `init_by_array` key CPython derives from a seed: the absolute value of an int split
    /// into 32-bit words (least significant first); str and bytes go through SHA-512 as in
    /// `random.seed(version=2)`; floats and other hashables use their hash as an unsigned
    /// 64-bit number.
    static func seedKey(_ seed: Value, _ interpreter: Interpreter) throws -> [UInt32] {
        switch seed {
        case .none:
            return entropyKey()
        case .bool(let b):
            return [b ? 1 : 0]
        case .int(let n):
            return words(of: n.magnitude)
        case .float(let d):
            // CPython converts the hash with PyLong_FromSize_t: negative hashes wrap around.
            return words(of: UInt(bitPattern: hashDouble(d)))
        case .object(let o):
            if let s = o as? PyStr { return stringKey(Array(s.value.utf8)) }
            if let b = o as? PyBytes { return stringKey(b.bytes) }
            if let n = Arithmetic.intValue(seed) { return words(of: n.magnitude) }
            if let big = seed.asBigInt {
                // CPython's key: the magnitude's 32-bit words, least significant first.
                var key: [UInt32] = []
                for limb in big.value.limbs { key += [UInt32(truncatingIfNeeded: limb), UInt32(truncatingIfNeeded: limb >> 32)] }
                while key.count > 1, key.last == 0 { key.removeLast() }
                return key
            }
            let hashed = try interpreter.call(interpreter.builtins["hash"] ?? .none, seed)
            guard let n = Arithmetic.intValue(hashed) else { return [0] }
            return words(of: UInt(bitPattern: n))
        case .unset:
            return [0]
        }
    }

    static func words(of magnitude: UInt) -> [UInt32] {
        let low = UInt32(truncatingIfNeeded: magnitude)
        let high = UInt32(truncatingIfNeeded: magnitude >> 32)
        return high == 0 ? [low] : [low, high]
    }

    /// `int.from_bytes(data + sha512(data).digest(), 'big')` as 32-bit words, least
    /// significant first, with leading zero words dropped (CPython's key length).
    static func stringKey(_ data: [UInt8]) -> [UInt32] {
        let bytes = data + SHA512.digest(data)
        var words: [UInt32] = []
        var end = bytes.count
        while end > 0 {
            let start = max(0, end - 4)
            var word: UInt32 = 0
            for byte in bytes[start..<end] { word = word << 8 | UInt32(byte) }
            words.append(word)
            end = start
        }
        while words.count > 1 && words.last == 0 { words.removeLast() }
        return words.isEmpty ? [0] : words
    }

    /// CPython's hash of a float (`_Py_HashDouble`), as used to seed from a float.
    static func hashDouble(_ value: Double) -> Int {
        if value.isNaN { return 0 }
        if value.isInfinite { return value > 0 ? 314159 : -314159 }
        let bits = 61
        let modulus: UInt64 = (1 << 61) - 1
        // Swift's frexp returns the magnitude's mantissa, so take the sign separately.
        let sign = value < 0 ? -1 : 1
        var (mantissa, exponent) = frexp(Swift.abs(value))
        var x: UInt64 = 0
        while mantissa != 0 {
            x = ((x << 28) & modulus) | x >> UInt64(bits - 28)
            mantissa *= 268435456.0
            exponent -= 28
            let y = UInt64(mantissa)
            mantissa -= Double(y)
            x += y
            if x >= modulus { x -= modulus }
        }
        let e = exponent >= 0 ? exponent % bits : bits - 1 - ((-1 - exponent) % bits)
        x = ((x << UInt64(e)) & modulus) | x >> UInt64(bits - e)
        var result = Int(x) * sign
        if result == -1 { result = -2 }
        return result
    }

    /// A seed key from the operating system's entropy (CPython reads 624 words of urandom).
    static func entropyKey() -> [UInt32] {
        var key = [UInt32](repeating: 0, count: MersenneTwister.n)
        if let handle = fopen("/dev/urandom", "rb") {
            let read = key.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, handle) }
            fclose(handle)
            if read == key.count * 4 { return key }
        }
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        return [UInt32(truncatingIfNeeded: spec.tv_nsec), UInt32(truncatingIfNeeded: spec.tv_sec), UInt32(truncatingIfNeeded: getpid())]
    }
}

/// An instance of `_random.Random` (or a Python subclass of it).
final class MersenneTwisterObject: PyObject {
    let twister = MersenneTwister()
}

/// MT19937 exactly as CPython's `_randommodule.c`.
final class MersenneTwister {
    static let n = 624
    static let m = 397
    var state = [UInt32](repeating: 0, count: MersenneTwister.n)
    var index = MersenneTwister.n + 1

    func initialize(_ seed: UInt32) {
        state[0] = seed
        for i in 1..<MersenneTwister.n {
            state[i] = 1812433253 &* (state[i - 1] ^ (state[i - 1] >> 30)) &+ UInt32(i)
        }
        index = MersenneTwister.n
    }

    /// `init_by_array`.
    func seed(_ key: [UInt32]) {
        let n = MersenneTwister.n
        initialize(19650218)
        var i = 1, j = 0
        for _ in 0..<max(n, key.count) {
            state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >> 30)) &* 1664525)) &+ key[j] &+ UInt32(j)
            i += 1
            j += 1
            if i >= n { state[0] = state[n - 1]; i = 1 }
            if j >= key.count { j = 0 }
        }
        for _ in 0..<(n - 1) {
            state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >> 30)) &* 1566083941)) &- UInt32(i)
            i += 1
            if i >= n { state[0] = state[n - 1]; i = 1 }
        }
        state[0] = 0x8000_0000
    }

    func next() -> UInt32 {
        let n = MersenneTwister.n, m = MersenneTwister.m
        let upper: UInt32 = 0x8000_0000, lower: UInt32 = 0x7fff_ffff, matrix: UInt32 = 0x9908_b0df
        if index >= n {
            for k in 0..<(n - m) {
                let y = (state[k] & upper) | (state[k + 1] & lower)
                state[k] = state[k + m] ^ (y >> 1) ^ ((y & 1) == 0 ? 0 : matrix)
            }
            for k in (n - m)..<(n - 1) {
                let y = (state[k] & upper) | (state[k + 1] & lower)
                state[k] = state[k + m - n] ^ (y >> 1) ^ ((y & 1) == 0 ? 0 : matrix)
            }
            let y = (state[n - 1] & upper) | (state[0] & lower)
            state[n - 1] = state[m - 1] ^ (y >> 1) ^ ((y & 1) == 0 ? 0 : matrix)
            index = 0
        }
        var y = state[index]
        index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c_5680
        y ^= (y << 15) & 0xefc6_0000
        y ^= y >> 18
        return y
    }

    /// A float in [0, 1) with 53 random bits.
    func random() -> Double {
        let a = next() >> 5, b = next() >> 6
        return (Double(a) * 67108864.0 + Double(b)) * (1.0 / 9007199254740992.0)
    }

    /// The little-endian bytes of `getrandbits(8 * count)`.
    func bytes(_ count: Int) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(count + 3)
        var remaining = count * 8
        while remaining > 0 {
            var word = next()
            if remaining < 32 { word >>= UInt32(32 - remaining) }
            for shift in stride(from: 0, to: min(remaining, 32), by: 8) {
                result.append(UInt8(truncatingIfNeeded: word >> UInt32(shift)))
            }
            remaining -= 32
        }
        return result
    }

    /// `getrandbits(k)` for 0 <= k <= 63: 32-bit words, least significant first.
    /// `getrandbits(k)` past 64 bits, as CPython builds it: 32-bit words, least significant
    /// first, the last one cut to the bits left.
    func bigBits(_ k: Int) -> BigInteger {
        var limbs = [UInt](repeating: 0, count: (k + 63) / 64)
        var remaining = k, position = 0
        while remaining > 0 {
            var word = next()
            if remaining < 32 { word >>= UInt32(32 - remaining) }
            limbs[position / 2] |= UInt(word) << UInt(32 * (position % 2))
            remaining -= 32
            position += 1
        }
        return BigInteger(negative: false, limbs: limbs)
    }

    func bits(_ k: Int) -> Int {
        if k == 0 { return 0 }
        if k <= 32 { return Int(next() >> UInt32(32 - k)) }
        var result: UInt64 = 0
        var remaining = k
        var shift: UInt64 = 0
        while remaining > 0 {
            var word = next()
            if remaining < 32 { word >>= UInt32(32 - remaining) }
            result |= UInt64(word) << shift
            shift += 32
            remaining -= 32
        }
        return Int(result)
    }
}

extension RandomCoreModule {
    /// SHA-512 (FIPS 180-4), for seeding from strings as CPython does.
    enum SHA512 {
        static let roundConstants: [UInt64] = [
            0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc, 0x3956c25bf348b538,
            0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118, 0xd807aa98a3030242, 0x12835b0145706fbe,
            0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2, 0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235,
            0xc19bf174cf692694, 0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
            0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5, 0x983e5152ee66dfab,
            0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4, 0xc6e00bf33da88fc2, 0xd5a79147930aa725,
            0x06ca6351e003826f, 0x142929670a0e6e70, 0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed,
            0x53380d139d95b3df, 0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
            0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30, 0xd192e819d6ef5218,
            0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8, 0x19a4c116b8d2d0c8, 0x1e376c085141ab53,
            0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8, 0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373,
            0x682e6ff3d6b2b8a3, 0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
            0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b, 0xca273eceea26619c,
            0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178, 0x06f067aa72176fba, 0x0a637dc5a2c898a6,
            0x113f9804bef90dae, 0x1b710b35131c471b, 0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc,
            0x431d67c49c100d4c, 0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817,
        ]

        static func digest(_ message: [UInt8]) -> [UInt8] {
            var hash: [UInt64] = [
                0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
                0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
            ]
            var data = message
            data.append(0x80)
            while data.count % 128 != 112 { data.append(0) }
            let bitLength = UInt64(message.count) &* 8
            data.append(contentsOf: [UInt8](repeating: 0, count: 8))
            for shift in stride(from: 56, through: 0, by: -8) { data.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }

            func rotate(_ x: UInt64, _ n: UInt64) -> UInt64 { (x >> n) | (x << (64 - n)) }
            var w = [UInt64](repeating: 0, count: 80)
            for block in stride(from: 0, to: data.count, by: 128) {
                for t in 0..<16 {
                    var word: UInt64 = 0
                    for b in 0..<8 { word = word << 8 | UInt64(data[block + t * 8 + b]) }
                    w[t] = word
                }
                for t in 16..<80 {
                    let s0 = rotate(w[t - 15], 1) ^ rotate(w[t - 15], 8) ^ (w[t - 15] >> 7)
                    let s1 = rotate(w[t - 2], 19) ^ rotate(w[t - 2], 61) ^ (w[t - 2] >> 6)
                    w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
                }
                var a = hash[0], b = hash[1], c = hash[2], d = hash[3]
                var e = hash[4], f = hash[5], g = hash[6], h = hash[7]
                for t in 0..<80 {
                    let sum1 = rotate(e, 14) ^ rotate(e, 18) ^ rotate(e, 41)
                    let choice = (e & f) ^ (~e & g)
                    let temp1 = h &+ sum1 &+ choice &+ roundConstants[t] &+ w[t]
                    let sum0 = rotate(a, 28) ^ rotate(a, 34) ^ rotate(a, 39)
                    let majority = (a & b) ^ (a & c) ^ (b & c)
                    let temp2 = sum0 &+ majority
                    h = g; g = f; f = e
                    e = d &+ temp1
                    d = c; c = b; b = a
                    a = temp1 &+ temp2
                }
                hash[0] = hash[0] &+ a; hash[1] = hash[1] &+ b; hash[2] = hash[2] &+ c; hash[3] = hash[3] &+ d
                hash[4] = hash[4] &+ e; hash[5] = hash[5] &+ f; hash[6] = hash[6] &+ g; hash[7] = hash[7] &+ h
            }
            var result: [UInt8] = []
            result.reserveCapacity(64)
            for word in hash {
                for shift in stride(from: 56, through: 0, by: -8) { result.append(UInt8(truncatingIfNeeded: word >> UInt64(shift))) }
            }
            return result
        }
    }
}
