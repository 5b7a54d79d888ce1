/// `list`: a mutable sequence.
public final class PyList: PyObject {
    public var items: [Value]

    public init(_ items: [Value] = [], type: PyType = BuiltinTypes.list) {
        self.items = items
        super.init(type: type, kind: .list)
    }

    public override var acceptsAttributes: Bool { type !== BuiltinTypes.list }

    /// Appends `item`; MemoryError (instead of Swift aborting) when the list cannot grow.
    @inline(__always)
    public func appendGrowing(_ item: Value) throws {
        try Allocation.checkGrowth(count: items.count, capacity: items.capacity, elementSize: MemoryLayout<Value>.stride)
        items.append(item)
    }
}
