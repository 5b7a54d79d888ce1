/// Instance attributes (an object's `__dict__`) in insertion order. Objects have few attributes,
/// so a linear scan comparing names (short Swift strings compare by their raw bits) beats
/// hashing; tables that grow large switch to a hash index.
public struct AttributeTable: Sequence {
    public typealias Element = (key: String, value: Value)

    private var entries: [Element] = []
    private var index: [String: Int]?
    static let indexThreshold = 12

    public init() {}

    public var isEmpty: Bool { entries.isEmpty }
    public var count: Int { entries.count }
    public var keys: [String] { entries.map(\.key) }

    @inline(__always)
    func position(of name: String) -> Int? {
        if let index { return index[name] }
        var i = 0
        let n = entries.count
        let length = name.utf8.count
        while i < n {
            let key = entries[i].key
            if key.utf8.count == length && key == name { return i }
            i += 1
        }
        return nil
    }

    public subscript(name: String) -> Value? {
        @inline(__always) get {
            if entries.isEmpty { return nil }
            guard let i = position(of: name) else { return nil }
            return entries[i].value
        }
        set {
            if let i = position(of: name) {
                if let newValue {
                    entries[i].value = newValue
                } else {
                    removeValue(forKey: name)
                }
                return
            }
            guard let newValue else { return }
            entries.append((name, newValue))
            if index != nil {
                index?[name] = entries.count - 1
            } else if entries.count > AttributeTable.indexThreshold {
                rebuildIndex()
            }
        }
    }

    /// The value of the cache's name, checking the cache's position hint first and updating it
    /// (an object's attributes usually sit where they sat in the previous object).
    @inline(__always)
    func value(_ cache: UnsafeMutablePointer<AttributeCache>) -> Value? {
        let hint = cache.pointee.hint
        if hint < entries.count && entries[hint].key == cache.pointee.name { return entries[hint].value }
        guard let i = position(of: cache.pointee.name) else { return nil }
        cache.pointee.hint = i
        return entries[i].value
    }

    /// Sets the cache's name, checking the cache's position hint first and updating it.
    @inline(__always)
    mutating func setValue(_ value: Value, _ cache: UnsafeMutablePointer<AttributeCache>) {
        let hint = cache.pointee.hint
        if hint < entries.count && entries[hint].key == cache.pointee.name {
            entries[hint].value = value
            return
        }
        let name = cache.pointee.name
        self[name] = value
        cache.pointee.hint = position(of: name) ?? 0
    }

    /// Sets the cache's name to the value moved out of `slot` (left uninitialised).
    @inline(__always)
    mutating func setValue(moving slot: UnsafeMutablePointer<Value>, _ cache: UnsafeMutablePointer<AttributeCache>) {
        let hint = cache.pointee.hint
        if hint < entries.count && entries[hint].key == cache.pointee.name {
            entries[hint].value = slot.move()
            return
        }
        let name = cache.pointee.name
        self[name] = slot.move()
        cache.pointee.hint = position(of: name) ?? 0
    }

    /// Replaces the cache's name's int value with `transform` of it, in place; false (with
    /// nothing changed) when the attribute is missing, not an int, or `transform` gives nil.
    @inline(__always)
    mutating func updateInt(_ cache: UnsafeMutablePointer<AttributeCache>, _ transform: (Int) -> Int?) -> Bool {
        var i = cache.pointee.hint
        if !(i < entries.count && entries[i].key == cache.pointee.name) {
            guard let found = position(of: cache.pointee.name) else { return false }
            i = found
            cache.pointee.hint = found
        }
        guard case .int(let a) = entries[i].value, let result = transform(a) else { return false }
        entries[i].value = .int(result)
        return true
    }

    /// Whether `name` is present.
    @inline(__always)
    func contains(_ name: String) -> Bool {
        if entries.isEmpty { return false }
        return position(of: name) != nil
    }

    @discardableResult
    public mutating func removeValue(forKey name: String) -> Value? {
        guard let i = position(of: name) else { return nil }
        let removed = entries.remove(at: i).value
        if index != nil { rebuildIndex() }
        return removed
    }

    private mutating func rebuildIndex() {
        var built: [String: Int] = [:]
        for (i, entry) in entries.enumerated() { built[entry.key] = i }
        index = built
    }

    public func makeIterator() -> IndexingIterator<[Element]> { entries.makeIterator() }
}
