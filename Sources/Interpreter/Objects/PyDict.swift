import OrderedCollections

/// `dict`: an insertion-ordered mapping.
public final class PyDict: PyObject {
    public var storage: DictStorage

    public init(_ storage: DictStorage = DictStorage(), type: PyType = BuiltinTypes.dict) {
        self.storage = storage
        super.init(type: type, kind: .dict)
    }

    /// A dictionary with the entries of an `OrderedDictionary`, in order.
    public convenience init(_ entries: OrderedDictionary<HashKey, Value>, type: PyType = BuiltinTypes.dict) {
        var storage = DictStorage(minimumCapacity: entries.count)
        for (key, value) in entries { storage[key] = value }
        self.init(storage, type: type)
    }

    public override var acceptsAttributes: Bool { type !== BuiltinTypes.dict }

    /// Convenience for string-keyed dictionaries built by native code.
    public subscript(key: String) -> Value? {
        get { storage[HashKey(.str(key))] }
        set { storage[HashKey(.str(key))] = newValue }
    }
}
