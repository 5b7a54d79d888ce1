/// A map from attribute names to values for the per-class caches (`PyType.lookup` and
/// `userOverride`), hashed with FNV-1a over the name's UTF-8 bytes. Swift's `Dictionary` hashes a
/// `String` with seeded SipHash, which cost more than the MRO walk the caches save for the
/// short names looked up on every slow-path operation (`__getitem__`, `__eq__`, `append`).
struct NameCache {
    private var names: [String] = []
    private var values: [Value] = []
    /// Open addressing with linear probing: 0 is empty, k + 1 is entry k. The count is 0 or a
    /// power of two, at most half full.
    private var slots: [Int32] = []

    /// Eight bytes at a time where the bytes are contiguous (short names are, inline in the
    /// `String`): `__getitem__` is two multiplies instead of eleven.
    @inline(__always)
    static func hash(_ name: String) -> Int {
        let words = name.utf8.withContiguousStorageIfAvailable { bytes -> UInt64 in
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            guard let start = bytes.baseAddress else { return hash }
            let base = UnsafeRawPointer(start)
            let count = bytes.count
            var i = 0
            while i + 8 <= count {
                hash = (hash ^ base.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x100_0000_01B3
                hash ^= hash >> 29
                i += 8
            }
            while i < count {
                hash = (hash ^ UInt64(bytes[i])) &* 0x100_0000_01B3
                i += 1
            }
            return hash
        }
        var hash: UInt64
        if let words {
            hash = words
        } else {
            hash = 0xCBF2_9CE4_8422_2325
            var count = 0
            var word: UInt64 = 0
            // The same function byte by byte, for a name whose bytes are not contiguous.
            for byte in name.utf8 {
                word |= UInt64(byte) << (8 * UInt64(count & 7))
                count += 1
                if count & 7 == 0 {
                    hash = (hash ^ word) &* 0x100_0000_01B3
                    hash ^= hash >> 29
                    word = 0
                }
            }
            var tail = count & ~7
            while tail < count {
                hash = (hash ^ ((word >> (8 * UInt64(tail & 7))) & 0xFF)) &* 0x100_0000_01B3
                tail += 1
            }
        }
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }

    /// The value cached for `name`, or nil.
    func value(for name: String) -> Value? {
        let capacity = slots.count
        if capacity == 0 { return nil }
        let mask = capacity - 1
        var i = NameCache.hash(name) & mask
        while true {
            let slot = Int(slots[i])
            if slot == 0 { return nil }
            if names[slot - 1] == name { return values[slot - 1] }
            i = (i + 1) & mask
        }
    }

    /// Caches `value` for `name`, which must not be cached yet.
    mutating func insert(_ value: Value, for name: String) {
        if (names.count + 1) * 2 > slots.count { rebuild(capacity: Swift.max(16, slots.count * 2)) }
        names.append(name)
        values.append(value)
        place(names.count - 1, hash: NameCache.hash(name))
    }

    mutating func removeAll() {
        names.removeAll(keepingCapacity: true)
        values.removeAll(keepingCapacity: true)
        for i in slots.indices { slots[i] = 0 }
    }

    private mutating func place(_ entry: Int, hash: Int) {
        let mask = slots.count - 1
        var i = hash & mask
        while slots[i] != 0 { i = (i + 1) & mask }
        slots[i] = Int32(truncatingIfNeeded: entry + 1)
    }

    private mutating func rebuild(capacity: Int) {
        slots = [Int32](filledWith: 0, count: capacity)
        for (entry, name) in names.enumerated() { place(entry, hash: NameCache.hash(name)) }
    }
}
