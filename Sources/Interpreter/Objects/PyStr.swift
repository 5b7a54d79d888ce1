import OrderedCollections

/// Insertion-ordered set of keys (the storage of `set`).
public typealias OrderedSetOfKeys = OrderedSet<HashKey>

/// `str`: an immutable Unicode string. Python indexes strings by code point, so non-ASCII strings
/// keep their scalars in an array (built on first index) for O(1) access.
public final class PyStr: PyObject {
    public let value: String
    public let isASCII: Bool
    private var scalarCache: [Unicode.Scalar]?
    /// The hash, computed on first use (0 = not yet).
    private var hashCache = 0

    /// The string's hash for dictionaries and sets (cached; consistent with `==` on `value`).
    public var stringHash: Int {
        if hashCache != 0 { return hashCache }
        var hash = value.hashValue
        if hash == 0 { hash = 1 }
        hashCache = hash
        return hash
    }

    public init(_ value: String, type: PyType = BuiltinTypes.str) {
        self.value = value
        self.isASCII = PyStr.isASCII(value)
        super.init(type: type, kind: .str)
    }

    /// A str whose ASCII-ness the caller already knows.
    init(_ value: String, isASCII: Bool) {
        self.value = value
        self.isASCII = isASCII
        super.init(type: BuiltinTypes.str, kind: .str)
    }

    /// Whether every byte of the UTF-8 form is below 0x80 (eight bytes at a time).
    static func isASCII(_ value: String) -> Bool {
        let checked = value.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard let base = bytes.baseAddress else { return true }
            let count = bytes.count
            var i = 0
            var bits: UInt64 = 0
            while i + 8 <= count {
                bits |= UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                i += 8
            }
            while i < count {
                bits |= UInt64(base[i])
                i += 1
            }
            return bits & 0x8080_8080_8080_8080 == 0
        }
        return checked ?? value.utf8.allSatisfy { $0 < 0x80 }
    }

    public override var acceptsAttributes: Bool { type !== BuiltinTypes.str }

    /// The string as code points (cached).
    public var scalars: [Unicode.Scalar] {
        if let cached = scalarCache { return cached }
        let built = Array(value.unicodeScalars)
        scalarCache = built
        return built
    }

    /// `len(s)`: the number of code points.
    public var count: Int { isASCII ? value.utf8.count : scalars.count }

    /// The code point at `index` (already normalised to 0..<count) as a one-character string.
    public func character(at index: Int) -> String {
        if isASCII {
            let byte = value.utf8[value.utf8.index(value.utf8.startIndex, offsetBy: index)]
            return String(Character(Unicode.Scalar(byte)))
        }
        return String(Character(scalars[index]))
    }

    /// The code points in `range` as a string.
    public func substring(_ range: Range<Int>) -> String {
        if isASCII {
            let utf8 = value.utf8
            let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            let end = utf8.index(start, offsetBy: range.count)
            return String(decoding: utf8[start..<end], as: UTF8.self)
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }
}

/// `list`: a mutable sequence.
public final class PyList: PyObject {
    public var items: [Value]

    public init(_ items: [Value] = [], type: PyType = BuiltinTypes.list) {
        self.items = items
        super.init(type: type, kind: .list)
    }

    public override var acceptsAttributes: Bool { type !== BuiltinTypes.list }
}

/// `tuple`: an immutable sequence.
public final class PyTuple: PyObject {
    public let items: [Value]

    public init(_ items: [Value], type: PyType = BuiltinTypes.tuple) {
        self.items = items
        super.init(type: type, kind: .tuple)
    }

    public override var acceptsAttributes: Bool { type !== BuiltinTypes.tuple }
}

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

/// `range(start, stop, step)`.
public final class PyRange: PyObject {
    public let start: Int
    public let stop: Int
    public let step: Int

    public init(start: Int, stop: Int, step: Int) {
        self.start = start
        self.stop = stop
        self.step = step
        super.init(type: BuiltinTypes.range)
    }

    public override var acceptsAttributes: Bool { false }

    public var count: Int {
        if step > 0 { return start < stop ? (stop - start - 1) / step + 1 : 0 }
        return start > stop ? (start - stop - 1) / (-step) + 1 : 0
    }

    public func element(_ index: Int) -> Int { start + index * step }
}

/// `slice(start, stop, step)`.
public final class PySlice: PyObject {
    public let start: Value
    public let stop: Value
    public let step: Value

    public init(start: Value, stop: Value, step: Value) {
        self.start = start
        self.stop = stop
        self.step = step
        super.init(type: BuiltinTypes.slice)
    }

    public override var acceptsAttributes: Bool { false }
}

/// `bytes`: an immutable byte string (literals and `str.encode`).
public final class PyBytes: PyObject {
    public let bytes: [UInt8]

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        super.init(type: BuiltinTypes.bytes)
    }

    public override var acceptsAttributes: Bool { false }
}

/// `dict.keys()`, `dict.values()`, `dict.items()`: live views of a dictionary.
public final class PyDictView: PyObject {
    public enum Kind { case keys, values, items }
    public let dict: PyDict
    public let kind: Kind

    public init(_ dict: PyDict, _ kind: Kind) {
        self.dict = dict
        self.kind = kind
        super.init(type: kind == .keys ? BuiltinTypes.dictKeys : kind == .values ? BuiltinTypes.dictValues : BuiltinTypes.dictItems)
    }

    public override var acceptsAttributes: Bool { false }
}
