/// `list`: a mutable sequence.
public final class PyList: PyObject {
    public var items: [Value]

    public init(_ items: [Value] = [], type: PyType = BuiltinTypes.list) {
        self.items = items
        super.init(type: type, kind: .list)
    }

    public override var acceptsAttributes: Bool { type !== BuiltinTypes.list }

    /// Appends `added` (`extend`, `+=`); MemoryError (instead of Swift aborting) when the
    /// list cannot grow. The capacity grows geometrically, as Swift's own growth does, so a
    /// loop of small `+=` stays linear, but the new buffer's size is checked first.
    public func appendContents(_ added: [Value]) throws {
        let (needed, overflow) = items.count.addingReportingOverflow(added.count)
        if overflow { throw PyException(BuiltinTypes.memoryError, "") }
        if needed > items.capacity {
            let grown = Swift.max(needed, items.capacity &* 2)
            try Allocation.check(count: grown, elementSize: MemoryLayout<Value>.stride)
            items.reserveCapacity(grown)
        }
        items.append(contentsOf: added)
    }

    /// `count` copies of `items` one after another, in one allocation (after the size check by
    /// the caller); joining the copies would grow an array step by step and hold two buffers.
    public static func repeated(_ items: [Value], _ count: Int) -> [Value] {
        guard count > 0, !items.isEmpty else { return [] }
        var out: [Value] = []
        out.reserveCapacity(items.count &* count)
        for _ in 0..<count { out.append(contentsOf: items) }
        return out
    }

    /// Appends `item`; MemoryError (instead of Swift aborting) when the list cannot grow.
    @inline(__always)
    public func appendGrowing(_ item: Value) throws {
        try Allocation.checkGrowth(count: items.count, capacity: items.capacity, elementSize: MemoryLayout<Value>.stride)
        items.append(item)
    }
}
