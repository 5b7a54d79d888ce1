/// The storage of a `dict`: entries in insertion order plus an open-addressing index over them
/// (CPython's compact dict layout). Hashes are Python-style and cheap: ints hash to themselves,
/// strings cache their hash, so `d[i]` and `d.get(k)` cost a probe or two.
///
/// It has value semantics (copy on write) and the part of `OrderedDictionary`'s API the code base
/// uses: subscripts by `HashKey`, `count`, `keys`, `values`, `elements`, `index(forKey:)`,
/// `updateValue`, `removeValue(forKey:)`, `removeFirst/Last`, iteration as `(key:, value:)`.
/// Removing an entry other than the last shifts the later entries (a memmove and one pass over
/// the index, no re-hashing), like `OrderedDictionary`, so positions stay dense and
/// `elements[i]` is O(1). A dict of up to `linearLimit` entries has no index until it grows past
/// that: its lookups compare the few stored hashes in order, and making one (`dict(a=1, b=2)`,
/// a `**kwargs` dict per call) costs one allocation fewer.
public struct DictStorage {
    public typealias Element = (key: HashKey, value: Value)

    @usableFromInline
    struct Entry {
        var hash: Int
        var key: HashKey
        var value: Value
    }

    @usableFromInline var entries: ContiguousArray<Entry> = []
    /// Slot contents: 0 empty, -1 deleted, k + 1 for entry k. The count is 0 (no index: the
    /// entries are searched in order) or a power of two.
    @usableFromInline var table: ContiguousArray<Int32> = []
    /// Slots that are not empty (live or deleted); the table grows before it is 2/3 full.
    @usableFromInline var filled = 0
    /// How many entries were ever removed: an iterator that sees it move while the size stayed
    /// the same knows keys were replaced under it (CPython's "keys changed during iteration").
    public private(set) var removals = 0

    /// The most entries a dict holds before it builds its index.
    @usableFromInline static var linearLimit: Int { 8 }

    public init() {}

    /// Room for `minimumCapacity` entries; none asked, nothing allocated (as `init()`).
    public init(minimumCapacity: Int) {
        if minimumCapacity > 0 { reserveCapacity(minimumCapacity) }
    }

    public init<S: Sequence>(uniqueKeysWithValues pairs: S) where S.Element == (HashKey, Value) {
        for (key, value) in pairs { self[key] = value }
    }

    public var count: Int { entries.count }
    public var isEmpty: Bool { entries.isEmpty }

    // MARK: Lookup

    /// The entry index of `key` (whose hash is `hash`), or nil.
    @inline(__always)
    func find(_ key: HashKey, hash: Int) -> Int? {
        let capacity = table.count
        // Out of line and marked unlikely, so this stays small enough to inline into every lookup.
        if _slowPath(capacity == 0) { return entries.isEmpty ? nil : findInEntries(key, hash: hash) }
        return table.withUnsafeBufferPointer { slots in
            entries.withUnsafeBufferPointer { items in
                let mask = capacity - 1
                var i = hash & mask
                var perturb = UInt(bitPattern: hash)
                while true {
                    let slot = Int(slots[i])
                    if slot == 0 { return nil }
                    if slot > 0 {
                        let e = slot - 1
                        if items[e].hash == hash && HashKey.fastEqual(items[e].key, key) { return e }
                    }
                    perturb >>= 5
                    i = (i &* 5 &+ Int(bitPattern: perturb) &+ 1) & mask
                }
            }
        }
    }

    /// The entry index of `key` in a dict without an index (a few entries, compared in order).
    @inline(never)
    func findInEntries(_ key: HashKey, hash: Int) -> Int? {
        entries.withUnsafeBufferPointer { items in
            for e in items.indices where items[e].hash == hash && HashKey.fastEqual(items[e].key, key) { return e }
            return nil
        }
    }

    /// The table slot where `hash` probing reaches the first empty slot (for inserting a key
    /// known to be absent).
    @inline(__always)
    func freeSlot(hash: Int) -> Int {
        let mask = table.count - 1
        var i = hash & mask
        var perturb = UInt(bitPattern: hash)
        while table[i] > 0 {
            perturb >>= 5
            i = (i &* 5 &+ Int(bitPattern: perturb) &+ 1) & mask
        }
        return i
    }

    /// The table slot that points at entry `index`.
    func slot(ofEntry index: Int) -> Int {
        let hash = entries[index].hash
        let mask = table.count - 1
        var i = hash & mask
        var perturb = UInt(bitPattern: hash)
        while Int(table[i]) != index + 1 {
            perturb >>= 5
            i = (i &* 5 &+ Int(bitPattern: perturb) &+ 1) & mask
        }
        return i
    }

    @inline(__always)
    public func value(forKey key: HashKey, hash: Int) -> Value? {
        guard let e = find(key, hash: hash) else { return nil }
        return entries[e].value
    }

    public func index(forKey key: HashKey) -> Int? { find(key, hash: key.fastHash) }

    public subscript(key: HashKey) -> Value? {
        get { value(forKey: key, hash: key.fastHash) }
        set {
            if let newValue {
                setValue(newValue, forKey: key, hash: key.fastHash)
            } else {
                removeValue(forKey: key)
            }
        }
    }

    public subscript(key: HashKey, default defaultValue: @autoclosure () -> Value) -> Value {
        get { self[key] ?? defaultValue() }
        set { self[key] = newValue }
    }

    // MARK: Insertion

    @inline(__always)
    public mutating func setValue(_ value: Value, forKey key: HashKey, hash: Int) {
        if let e = find(key, hash: hash) {
            entries[e].value = value
            return
        }
        insertNew(value, forKey: key, hash: hash)
    }

    /// Sets the value and returns the previous one.
    @discardableResult
    public mutating func updateValue(_ value: Value, forKey key: HashKey) -> Value? {
        let hash = key.fastHash
        if let e = find(key, hash: hash) {
            let old = entries[e].value
            entries[e].value = value
            return old
        }
        insertNew(value, forKey: key, hash: hash)
        return nil
    }

    /// Appends an entry for a key that is not present.
    @usableFromInline
    mutating func insertNew(_ value: Value, forKey key: HashKey, hash: Int) {
        if table.isEmpty && entries.count < DictStorage.linearLimit {
            entries.append(Entry(hash: hash, key: key, value: value))
            return
        }
        if (filled + 1) * 3 >= table.count * 2 { grow() }
        let i = freeSlot(hash: hash)
        if table[i] == 0 { filled += 1 }
        entries.append(Entry(hash: hash, key: key, value: value))
        table[i] = Int32(truncatingIfNeeded: entries.count)
    }

    public mutating func reserveCapacity(_ minimumCapacity: Int) {
        entries.reserveCapacity(minimumCapacity)
        if table.isEmpty && minimumCapacity <= DictStorage.linearLimit { return }
        var capacity = Swift.max(8, table.count)
        while minimumCapacity * 3 >= capacity * 2 { capacity *= 2 }
        if capacity != table.count { rebuild(capacity: capacity) }
    }

    mutating func grow() {
        var capacity = Swift.max(8, table.count)
        while (entries.count + 1) * 3 >= capacity * 2 { capacity *= 2 }
        rebuild(capacity: capacity)
    }

    /// Rebuilds the index for the current entries (dropping deleted slots).
    mutating func rebuild(capacity: Int) {
        table = ContiguousArray(filledWith: 0, count: capacity)
        filled = entries.count
        let mask = capacity - 1
        table.withUnsafeMutableBufferPointer { slots in
            for (index, entry) in entries.enumerated() {
                var i = entry.hash & mask
                var perturb = UInt(bitPattern: entry.hash)
                while slots[i] != 0 {
                    perturb >>= 5
                    i = (i &* 5 &+ Int(bitPattern: perturb) &+ 1) & mask
                }
                slots[i] = Int32(truncatingIfNeeded: index + 1)
            }
        }
    }

    // MARK: Removal

    @discardableResult
    public mutating func removeValue(forKey key: HashKey) -> Value? {
        guard let e = find(key, hash: key.fastHash) else { return nil }
        return remove(at: e).value
    }

    @discardableResult
    public mutating func remove(at index: Int) -> Element {
        removals &+= 1
        if table.isEmpty {
            let entry = entries.remove(at: index)
            return (entry.key, entry.value)
        }
        if index == entries.count - 1 {
            table[slot(ofEntry: index)] = -1
            let entry = entries.removeLast()
            return (entry.key, entry.value)
        }
        // Mark the slot deleted, close the gap in the entries (a memmove) and renumber the
        // slots that pointed past it: one linear pass over the table, with no re-probing, so
        // `del d[k]`, `pop` and OrderedDict's reordering stay cheap on large dicts.
        table[slot(ofEntry: index)] = -1
        let entry = entries.remove(at: index)
        let removed = Int32(truncatingIfNeeded: index + 1)
        table.withUnsafeMutableBufferPointer { slots in
            for i in slots.indices where slots[i] > removed { slots[i] &-= 1 }
        }
        return (entry.key, entry.value)
    }

    @discardableResult
    public mutating func removeLast() -> Element { remove(at: entries.count - 1) }

    @discardableResult
    public mutating func removeFirst() -> Element { remove(at: 0) }

    public mutating func removeAll(keepingCapacity keepCapacity: Bool = false) {
        removals &+= entries.count
        entries.removeAll(keepingCapacity: keepCapacity)
        if keepCapacity {
            for i in table.indices { table[i] = 0 }
        } else {
            table = []
        }
        filled = 0
    }

    // MARK: Views

    public var keys: [HashKey] { entries.map(\.key) }
    public var values: [Value] { entries.map(\.value) }
    public var elements: Elements { Elements(entries: entries) }

    /// The entries as a random-access collection of `(key:, value:)` pairs.
    public struct Elements: RandomAccessCollection {
        let entries: ContiguousArray<Entry>
        public var startIndex: Int { 0 }
        public var endIndex: Int { entries.count }
        public subscript(position: Int) -> Element {
            let entry = entries[position]
            return (entry.key, entry.value)
        }
    }

    /// The key and value at a position in insertion order.
    @inline(__always)
    func entry(at position: Int) -> Element {
        let entry = entries[position]
        return (entry.key, entry.value)
    }
}

extension DictStorage: Sequence {
    public struct Iterator: IteratorProtocol {
        let entries: ContiguousArray<Entry>
        var position = 0

        public mutating func next() -> Element? {
            guard position < entries.count else { return nil }
            defer { position += 1 }
            let entry = entries[position]
            return (entry.key, entry.value)
        }
    }

    public func makeIterator() -> Iterator { Iterator(entries: entries) }

    public var underestimatedCount: Int { entries.count }
}

extension DictStorage: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (HashKey, Value)...) {
        for (key, value) in elements { self[key] = value }
    }
}
