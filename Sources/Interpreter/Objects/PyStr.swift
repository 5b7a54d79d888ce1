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
