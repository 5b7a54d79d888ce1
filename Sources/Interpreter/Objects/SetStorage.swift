/// The storage of `set` and `frozenset`: CPython's set hash table (Objects/setobject.c), so that
/// iteration order, `pop()` and the results of set algebra come out as they do in CPython.
///
/// A power-of-two array of slots, each a key's hash and its place in a dense array of keys
/// (so tables hold no references: cheap to allocate, copy and free). A key is looked for from
/// slot `hash & mask`,
/// first along up to `linearProbes` neighbours (cheap, same cache lines), then by CPython's
/// perturbed jump `i = i * 5 + 1 + perturb`. Removing a key leaves a dummy slot (so keys placed
/// past it stay reachable); an insertion reuses the last dummy on its probe path. The table is
/// rebuilt without dummies, four times the live count (twice past 50,000), once live plus dummy
/// slots reach 3/5 of it. Keys are placed by CPython's hash (`HashKey.pythonHash`): a set of
/// ints, floats, bools or tuples of them iterates in CPython's order.
///
/// Value semantics (copy on write), like `DictStorage`: copying a set whose table needs no
/// rebuilding shares the arrays until one side changes.
public struct SetStorage {
    /// A table slot: the key's Python hash and where the key is in `keys` (plus one); 0 marks
    /// an empty slot, -1 a dummy. Plain integers, so tables are cheap to make, copy and free;
    /// the keys (which hold references) live densely in `keys`.
    @usableFromInline
    struct Slot {
        var hash: Int
        var index: Int

        static let empty = Slot(hash: 0, index: 0)
        static let dummy = Slot(hash: -1, index: -1)

        @inline(__always) var isLive: Bool { index > 0 }
    }

    static let minimumSize = 8
    /// Neighbouring slots tried before jumping (CPython's LINEAR_PROBES).
    static let linearProbes = 9

    /// The table: empty until the first insertion, then a power of two of at least 8 slots.
    @usableFromInline var slots: ContiguousArray<Slot> = []
    /// The keys the slots point at, in insertion order; a removed key's place holds `.unset`
    /// until the table is rebuilt or compacted. Only the slots decide the iteration order.
    @usableFromInline var keys: ContiguousArray<HashKey> = []
    /// Live plus dummy slots.
    @usableFromInline var fill = 0
    /// Live keys.
    public private(set) var count = 0
    /// Where `popArbitrary` resumes its scan, so repeated pops do not rescan emptied slots.
    var finger = 0
    /// Whether some key's equality may run Python code (instances of classes with their own
    /// `__hash__`): changing a set in place then takes the careful path of `PySet`.
    public private(set) var hasCustomKeys = false
    /// Bumped on every change, so a caller that ran Python code between a lookup and a write
    /// can tell whether the lookup still holds.
    public private(set) var version = 0

    public init() {}

    public var isEmpty: Bool { count == 0 }

    /// The table's mask (size - 1); an unallocated table counts as the minimum size.
    @inline(__always) var mask: Int { slots.isEmpty ? Self.minimumSize - 1 : slots.count - 1 }

    /// The key of a live slot.
    @inline(__always) func key(of slot: Slot) -> HashKey { keys[slot.index - 1] }

    // MARK: Lookup

    /// The slot holding a key equal to `key` (whose Python hash is `hash`), or nil.
    @inline(__always)
    func find(_ key: HashKey, hash: Int) -> Int? {
        if count == 0 { return nil }
        return slots.withUnsafeBufferPointer { table in
            keys.withUnsafeBufferPointer { keys in
                let mask = table.count - 1
                var i = hash & mask
                var perturb = UInt(bitPattern: hash)
                while true {
                    var j = i
                    var probes = i + Self.linearProbes <= mask ? Self.linearProbes : 0
                    while true {
                        let index = table[j].index
                        if index == 0 { return nil }
                        if table[j].hash == hash && index > 0 && HashKey.fastEqual(keys[index - 1], key) { return j }
                        if probes == 0 { break }
                        probes -= 1
                        j += 1
                    }
                    perturb >>= 5
                    i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
                }
            }
        }
    }

    public func contains(_ key: HashKey) -> Bool { find(key, hash: key.pythonHash) != nil }

    @inline(__always)
    public func contains(_ key: HashKey, hash: Int) -> Bool { find(key, hash: hash) != nil }

    // MARK: Insertion

    @discardableResult
    public mutating func insert(_ key: HashKey) -> Bool { insert(key, hash: key.pythonHash) }

    /// Adds `key` unless an equal key is present (CPython's set_add_entry); true when added.
    /// The equality test may run Python code: callers changing a set visible to Python code
    /// with such keys go through `PySet.add`, which looks first and passes `knownAbsent`.
    @discardableResult
    public mutating func insert(_ key: HashKey, hash: Int, knownAbsent: Bool = false) -> Bool {
        if slots.isEmpty { allocate(size: Self.minimumSize) }
        let mask = slots.count - 1
        var dummy = -1
        var target = -1
        var i = hash & mask
        var perturb = UInt(bitPattern: hash)
        slots.withUnsafeBufferPointer { table in
            keys.withUnsafeBufferPointer { keys in
                while true {
                    var j = i
                    var probes = i + Self.linearProbes <= mask ? Self.linearProbes : 0
                    while true {
                        let index = table[j].index
                        if index == 0 { target = j; return }
                        if index < 0 {
                            dummy = j
                        } else if table[j].hash == hash && !knownAbsent && HashKey.fastEqual(keys[index - 1], key) {
                            return
                        }
                        if probes == 0 { break }
                        probes -= 1
                        j += 1
                    }
                    perturb >>= 5
                    i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
                }
            }
        }
        if target < 0 { return false }
        // Keys removed and re-added into dummy slots never trigger a rebuild: compact their
        // array now and then instead, keeping every slot where it is.
        if keys.count >= slots.count { compactKeys() }
        version &+= 1
        count += 1
        if key.custom != nil { hasCustomKeys = true }
        keys.append(key)
        let slot = Slot(hash: hash, index: keys.count)
        if dummy >= 0 {
            slots[dummy] = slot
            return true
        }
        slots[target] = slot
        fill += 1
        if fill * 5 >= mask * 3 { resize(minimumUsed: growthTarget) }
        return true
    }

    /// The live count a full table is rebuilt for.
    var growthTarget: Int { count > 50000 ? count * 2 : count * 4 }

    /// An empty table of `size` slots, with room for the keys it takes before growing.
    mutating func allocate(size: Int) {
        slots = ContiguousArray(repeating: .empty, count: size)
        keys = []
        keys.reserveCapacity(size * 3 / 5 + 1)
    }

    /// Puts a key known to be absent into a table without dummies (after a rebuild).
    @inline(__always)
    static func insertClean(_ table: UnsafeMutableBufferPointer<Slot>, _ slot: Slot) {
        let mask = table.count - 1
        var i = slot.hash & mask
        var perturb = UInt(bitPattern: slot.hash)
        while true {
            if table[i].index == 0 { table[i] = slot; return }
            if i + linearProbes <= mask {
                for j in i + 1...i + linearProbes where table[j].index == 0 {
                    table[j] = slot
                    return
                }
            }
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
        }
    }

    /// Rebuilds the table at the smallest power of two above `minimumUsed` (at least 8),
    /// dropping dummies; live keys are re-placed in the old table's slot order.
    mutating func resize(minimumUsed: Int) {
        var size = Self.minimumSize
        while size <= minimumUsed { size <<= 1 }
        if size == Self.minimumSize && slots.count <= Self.minimumSize && fill == count { return }
        let oldSlots = slots, oldKeys = keys
        allocate(size: size)
        slots.withUnsafeMutableBufferPointer { table in
            for slot in oldSlots where slot.isLive {
                keys.append(oldKeys[slot.index - 1])
                Self.insertClean(table, Slot(hash: slot.hash, index: keys.count))
            }
        }
        fill = count
        version &+= 1
    }

    /// Drops removed keys from `keys`, renumbering the slots (which stay where they are).
    mutating func compactKeys() {
        var compacted = ContiguousArray<HashKey>()
        compacted.reserveCapacity(slots.count * 3 / 5 + 1)
        for j in slots.indices where slots[j].isLive {
            compacted.append(keys[slots[j].index - 1])
            slots[j].index = compacted.count
        }
        keys = compacted
    }

    // MARK: Removal

    /// Removes the key equal to `key` (CPython's set_discard_entry), leaving a dummy slot.
    @discardableResult
    public mutating func remove(_ key: HashKey, hash: Int) -> HashKey? {
        guard let j = find(key, hash: hash) else { return nil }
        return removeSlot(j)
    }

    @discardableResult
    public mutating func remove(_ key: HashKey) -> HashKey? { remove(key, hash: key.pythonHash) }

    /// Empties slot `j` (found by `find` on this same version of the table) into a dummy.
    mutating func removeSlot(_ j: Int) -> HashKey {
        let index = slots[j].index - 1
        let key = keys[index]
        keys[index] = HashKey(.unset)
        slots[j] = .dummy
        count -= 1
        version &+= 1
        return key
    }

    /// `set.pop()`: the first live key from the finger on, wrapping around.
    public mutating func popArbitrary() -> HashKey? {
        guard count > 0 else { return nil }
        let mask = slots.count - 1
        var j = finger & mask
        while !slots[j].isLive { j = j == mask ? 0 : j + 1 }
        finger = j + 1
        return removeSlot(j)
    }

    /// `set.clear()`: back to the minimum (unallocated) table. The pop finger stays, as in CPython.
    public mutating func removeAll() {
        slots = []
        keys = []
        fill = 0
        count = 0
        hasCustomKeys = false
        version &+= 1
    }

    /// The contents of `other` in place of these (CPython's set_swap_bodies, used by
    /// `intersection_update`): the pop finger stays with this set.
    public mutating func replaceContents(with other: SetStorage) {
        let finger = self.finger
        let version = self.version
        self = other
        self.finger = finger
        self.version = version &+ 1
    }

    /// After removals: rebuilds the table if more than a quarter of it is dummies
    /// (as CPython does at the end of `difference_update`).
    public mutating func compactIfSparse() {
        if fill - count > mask / 4 { resize(minimumUsed: growthTarget) }
    }

    // MARK: Merging

    /// Adds every key of `other` (CPython's set_merge): one resize up front, then the slots
    /// copied as they are when this set is empty with the same table size and `other` has no
    /// dummies, re-placed when this set is empty, inserted one by one otherwise.
    public mutating func formUnion(_ other: SetStorage) {
        if other.count == 0 { return }
        if (fill + other.count) * 5 >= mask * 3 { resize(minimumUsed: (count + other.count) * 2) }
        if fill == 0 && mask == other.mask && other.fill == other.count {
            replaceContents(with: other)
            return
        }
        if other.hasCustomKeys { hasCustomKeys = true }
        if fill == 0 {
            if slots.isEmpty { allocate(size: Self.minimumSize) }
            keys.reserveCapacity(other.count)
            slots.withUnsafeMutableBufferPointer { table in
                for slot in other.slots where slot.isLive {
                    keys.append(other.key(of: slot))
                    Self.insertClean(table, Slot(hash: slot.hash, index: keys.count))
                }
            }
            fill = other.count
            count = other.count
            version &+= 1
            return
        }
        for slot in other.slots where slot.isLive { insert(other.key(of: slot), hash: slot.hash) }
    }

    /// Makes room for `incoming` more keys at once (CPython's presizing before merging a dict).
    public mutating func reserve(incoming: Int) {
        if (fill + incoming) * 5 >= mask * 3 { resize(minimumUsed: (count + incoming) * 2) }
    }

    // MARK: Queries

    /// Every key of this set is in `other`.
    public func isSubset(of other: SetStorage) -> Bool {
        if count > other.count { return false }
        for slot in slots where slot.isLive {
            if !other.contains(key(of: slot), hash: slot.hash) { return false }
        }
        return true
    }

    /// Same keys (CPython's set equality: sizes, then containment).
    public func isEqual(to other: SetStorage) -> Bool { count == other.count && isSubset(of: other) }

    /// CPython's frozenset hash: the shuffled entry hashes xor-ed (so order does not matter),
    /// mixed with the size and dispersed.
    public var frozenHash: Int {
        var hash: UInt = 0
        for slot in slots where slot.isLive { hash ^= Self.shuffleBits(UInt(bitPattern: slot.hash)) }
        hash ^= (UInt(count) &+ 1) &* 1_927_868_237
        hash ^= (hash >> 11) ^ (hash >> 25)
        hash = hash &* 69069 &+ 907_133_923
        return hash == UInt.max ? 590_923_713 : Int(bitPattern: hash)
    }

    @inline(__always)
    static func shuffleBits(_ h: UInt) -> UInt { ((h ^ 89_869_747) ^ (h << 16)) &* 3_644_798_167 }
}

// MARK: Iteration

extension SetStorage: Sequence {
    /// The keys in slot order (CPython's iteration order), over a snapshot of the table.
    public struct Iterator: IteratorProtocol {
        let slots: ContiguousArray<Slot>
        let keys: ContiguousArray<HashKey>
        var position = 0

        public mutating func next() -> HashKey? {
            while position < slots.count {
                defer { position += 1 }
                if slots[position].isLive { return keys[slots[position].index - 1] }
            }
            return nil
        }
    }

    public func makeIterator() -> Iterator { Iterator(slots: slots, keys: keys) }

    public var underestimatedCount: Int { count }

    /// The live key at or after slot `position` and the slot after it, for iterators that walk
    /// the live set slot by slot (as CPython's set iterator does); nil past the end.
    public func key(atOrAfter position: Int) -> (key: HashKey, next: Int)? {
        var j = Swift.max(position, 0)
        while j < slots.count {
            if slots[j].isLive { return (key(of: slots[j]), j + 1) }
            j += 1
        }
        return nil
    }

    /// Each live key with its hash, in slot order.
    @inline(__always)
    func forEachEntry(_ body: (HashKey, Int) throws -> Void) rethrows {
        for slot in slots where slot.isLive { try body(key(of: slot), slot.hash) }
    }
}

extension SetStorage: ExpressibleByArrayLiteral {
    public init(arrayLiteral keys: HashKey...) {
        self.init(adding: keys)
    }

    /// The keys added one by one, in order (as `set(iterable)` adds them).
    public init<Keys: Sequence>(adding keys: Keys) where Keys.Element == HashKey {
        for key in keys { insert(key) }
    }
}
