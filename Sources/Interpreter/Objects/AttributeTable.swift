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
        while i < n {
            if entries[i].key == name { return i }
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
