import OrderedCollections

/// Insertion-ordered set of keys (the storage of `set`).
public typealias OrderedSetOfKeys = OrderedSet<HashKey>

/// `set` and `frozenset`.
public final class PySet: PyObject {
    public var storage: OrderedSet<HashKey>
    public let isFrozen: Bool

    public init(_ storage: OrderedSet<HashKey> = [], frozen: Bool = false, type: PyType? = nil) {
        self.storage = storage
        self.isFrozen = frozen
        super.init(type: type ?? (frozen ? BuiltinTypes.frozenset : BuiltinTypes.set), kind: .set)
    }

    public override var acceptsAttributes: Bool { type !== BuiltinTypes.set && type !== BuiltinTypes.frozenset }
}
