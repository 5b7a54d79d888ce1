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

    @inline(__always)
    static func hash(_ name: String) -> Int {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in name.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
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
        slots = [Int32](repeating: 0, count: capacity)
        for (entry, name) in names.enumerated() { place(entry, hash: NameCache.hash(name)) }
    }
}
