/// A dictionary or set key with Python's equality and hashing: `1`, `1.0` and `True` are the same
/// key; strings and tuples compare by value; other objects by identity. Build one with
/// `Interpreter.hashKey(_:)`, which rejects unhashable values (lists, dicts, sets).
public struct HashKey: Hashable {
    public let value: Value
    /// For instances of classes with their own `__hash__`: the hash it returned, and the
    /// interpreter to call their `__eq__`.
    let custom: CustomHash?

    public init(_ value: Value) {
        self.value = value
        self.custom = nil
    }

    init(_ value: Value, custom: CustomHash) {
        self.value = value
        self.custom = custom
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(fastHash)
    }

    /// What Swift's hashed collections (`Set`, `Dictionary`) bucket by: the Python hash
    /// mixed with the table's seed by a multiply-xorshift finaliser, instead of a SipHash run
    /// (through `Hasher`) per probe, which cost more than the set operation itself. Equal keys
    /// have equal Python hashes, so they get equal values, as `Hashable` requires.
    public func _rawHashValue(seed: Int) -> Int {
        var x = UInt64(UInt(bitPattern: fastHash)) ^ UInt64(UInt(bitPattern: seed))
        x = (x ^ (x >> 30)) &* 0xBF58_476D_1CE4_E5B9
        x = (x ^ (x >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int(Int64(bitPattern: x ^ (x >> 31)))
    }

    /// Python-style hash: ints (and the floats and bools equal to them) hash to their value,
    /// strings use their cached hash, tuples combine their items, other objects their identity.
    @inline(__always)
    public var fastHash: Int {
        switch value {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .object(let o):
            if let custom { return custom.hash }
            if o.objectKind == .str { return unsafeDowncast(o, to: PyStr.self).stringHash }
            return HashKey.objectHash(o)
        case .none, .unset: return 0x5EED
        case .float(let d): return HashKey.floatHash(d)
        }
    }

    static func floatHash(_ d: Double) -> Int {
        if d.rounded() == d, let i = Int(exactly: d) { return i }
        return Int(bitPattern: UInt(d.bitPattern) &* 0x9E37_79B9_7F4A_7C15) >> 7
    }

    static func objectHash(_ o: PyObject) -> Int {
        // Big ints here, not in the inlined `fastHash`: the dispatch loop inlines that one.
        if let big = o as? PyBigInt { return big.keyHash }
        if let t = o as? PyTuple { return tupleHash(t) }
        if let bytes = o as? PyBytes {
            // FNV-1a over the bytes: equal byte strings hash alike.
            var hash: UInt = 0xCBF2_9CE4_8422_2325
            for byte in bytes.bytes { hash = (hash ^ UInt(byte)) &* 0x100_0000_01B3 }
            return Int(bitPattern: hash)
        }
        if let set = o as? PySet, set.isFrozen { return set.frozenHash }
        return Int(bitPattern: UInt(bitPattern: ObjectIdentifier(o).hashValue) >> 4)
    }

    /// CPython's tuple hash (xxHash-like mixing of the items' Python hashes).
    static func tupleHash(_ t: PyTuple) -> Int {
        var acc: UInt = 0x27D4_EB2F_1656_67C5
        for item in t.items {
            let lane = UInt(bitPattern: HashKey(item).pythonHash)
            acc = acc &+ lane &* 0xC2B2_AE3D_27D4_EB4F
            acc = (acc << 31) | (acc >> 33)
            acc = acc &* 0x9E37_79B1_85EB_CA87
        }
        acc = acc &+ (UInt(t.items.count) ^ (0x27D4_EB2F_1656_67C5 ^ 3_527_539))
        return acc == UInt.max ? 1_546_275_796 : Int(bitPattern: acc)
    }

    /// CPython's `hash()` of the key, which places it in a set's table (and so decides set
    /// iteration order): ints reduce modulo 2**61 - 1 (-1 becomes -2), floats hash as the
    /// equal int or rational, tuples and frozensets combine their items' hashes as CPython
    /// does. Never -1 (set tables mark removed slots with it). Dicts keep the cheaper
    /// `fastHash`: their order is insertion order whatever the hash.
    @inline(__always)
    public var pythonHash: Int {
        switch value {
        case .int(let i):
            if i != -1 && i.magnitude < UInt(NumericHash.modulus) { return i }
            return NumericHash.hash(i)
        case .bool(let b): return b ? 1 : 0
        case .float(let d):
            if let i = Int(exactly: d) { return HashKey(.int(i)).pythonHash }
            return NumericHash.hash(d)
        case .none, .unset: return HashKey.noneHash
        case .object(let o):
            if let custom { return custom.hash == -1 ? -2 : custom.hash }
            let hash: Int
            if o.objectKind == .str {
                hash = unsafeDowncast(o, to: PyStr.self).stringHash
            } else if let big = o as? PyBigInt {
                hash = big.value.pythonHash
            } else {
                hash = HashKey.objectHash(o)
            }
            return hash == -1 ? -2 : hash
        }
    }

    /// `hash(None)`: the constant CPython 3.12+ uses (3.11 hashed None's address, which varies
    /// by build).
    static let noneHash = 0xFCA8_6420

    /// `==` with inline paths for ints and identical objects.
    @inline(__always)
    static func fastEqual(_ lhs: HashKey, _ rhs: HashKey) -> Bool {
        if case .int(let a) = lhs.value, case .int(let b) = rhs.value { return a == b }
        if case .object(let a) = lhs.value, case .object(let b) = rhs.value, a === b { return true }
        return lhs == rhs
    }

    public static func == (lhs: HashKey, rhs: HashKey) -> Bool {
        if let interpreter = lhs.custom?.interpreter ?? rhs.custom?.interpreter {
            if lhs.value.isIdentical(to: rhs.value) { return true }
            return (try? interpreter.equals(lhs.value, rhs.value)) ?? false
        }
        return keysEqual(lhs.value, rhs.value)
    }

    static func keysEqual(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.none, .none): return true
        case let (.int(x), .int(y)): return x == y
        case let (.float(x), .float(y)): return x == y
        case let (.bool(x), .bool(y)): return x == y
        case let (.int(x), .float(y)), let (.float(y), .int(x)): return Double(x) == y && Int(exactly: y) == x
        case let (.bool(x), .int(y)), let (.int(y), .bool(x)): return (x ? 1 : 0) == y
        case let (.bool(x), .float(y)), let (.float(y), .bool(x)): return (x ? 1.0 : 0.0) == y
        case let (.object(x as PyBigInt), .float(y)), let (.float(y), .object(x as PyBigInt)):
            return BigInteger.compare(x.value, y) == 0
        case let (.object(x), .object(y)):
            if x === y { return true }
            if x.objectKind == .str && y.objectKind == .str {
                return PyStr.equal(unsafeDowncast(x, to: PyStr.self), unsafeDowncast(y, to: PyStr.self))
            }
            if let s = x as? PyBigInt, let t = y as? PyBigInt { return BigInteger.compare(s.value, t.value) == 0 }
            if let s = x as? PyBytes, let t = y as? PyBytes { return s.bytes == t.bytes }
            if let s = x as? PyTuple, let t = y as? PyTuple {
                return s.items.count == t.items.count && zip(s.items, t.items).allSatisfy { keysEqual($0, $1) }
            }
            if let s = x as? PySet, let t = y as? PySet, s.isFrozen, t.isFrozen { return s.storage.isEqual(to: t.storage) }
            return false
        default: return false
        }
    }
}

/// The user-defined hash of a key and the interpreter that can compare it.
final class CustomHash {
    let hash: Int
    unowned let interpreter: Interpreter

    init(hash: Int, interpreter: Interpreter) {
        self.hash = hash
        self.interpreter = interpreter
    }
}
