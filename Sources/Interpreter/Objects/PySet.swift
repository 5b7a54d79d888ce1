/// `set` and `frozenset`.
public final class PySet: PyObject {
    public var storage: SetStorage
    public let isFrozen: Bool
    /// A frozenset's hash, once computed (it cannot change).
    private var cachedHash: Int?

    public init(_ storage: SetStorage = SetStorage(), frozen: Bool = false, type: PyType? = nil) {
        self.storage = storage
        self.isFrozen = frozen
        super.init(type: type ?? (frozen ? BuiltinTypes.frozenset : BuiltinTypes.set), kind: .set)
    }

    public override var acceptsAttributes: Bool { type !== BuiltinTypes.set && type !== BuiltinTypes.frozenset }

    /// CPython's frozenset hash of the contents.
    var frozenHash: Int {
        if let cachedHash { return cachedHash }
        let hash = storage.frozenHash
        if isFrozen { cachedHash = hash }
        return hash
    }

    /// The cached hash, if computed: sets whose hashes are known and differ are unequal.
    var knownHash: Int? { cachedHash }

    // Changing the set. Comparing keys of classes with their own `__hash__` calls their
    // `__eq__`, which could change this very set; so with such keys a lookup runs on a
    // snapshot of the table and the write happens only if nothing changed meanwhile.

    /// `set.add`: adds the key unless an equal one is present.
    public func add(_ key: HashKey) {
        let hash = key.pythonHash
        if key.custom == nil && !storage.hasCustomKeys {
            storage.insert(key, hash: hash)
            return
        }
        while true {
            let version = storage.version
            if snapshotFind(key, hash: hash) != nil { return }
            if storage.version == version {
                storage.insert(key, hash: hash, knownAbsent: true)
                return
            }
        }
    }

    /// `set.discard`: removes the key equal to `key`, returning it (nil when absent).
    @discardableResult
    public func discard(_ key: HashKey) -> HashKey? {
        let hash = key.pythonHash
        if key.custom == nil && !storage.hasCustomKeys { return storage.remove(key, hash: hash) }
        while true {
            let version = storage.version
            guard let slot = snapshotFind(key, hash: hash) else { return nil }
            if storage.version == version && slot < storage.slots.count { return storage.removeSlot(slot) }
        }
    }

    public func contains(_ key: HashKey) -> Bool {
        let hash = key.pythonHash
        if key.custom == nil && !storage.hasCustomKeys { return storage.find(key, hash: hash) != nil }
        return snapshotFind(key, hash: hash) != nil
    }

    /// The slot of `key`, looked up in a copy of the table that Python code run by the
    /// comparisons cannot change or free.
    private func snapshotFind(_ key: HashKey, hash: Int) -> Int? {
        let snapshot = storage
        return snapshot.find(key, hash: hash)
    }

    /// Runs `change` on the storage: in place when no key involved can run Python code in
    /// its equality test, else on a copy that then replaces the storage.
    func change(involvingCustomKeys: Bool, _ change: (inout SetStorage) -> Void) {
        if !involvingCustomKeys && !storage.hasCustomKeys {
            change(&storage)
        } else {
            var copy = storage
            change(&copy)
            storage = copy
        }
    }
}
