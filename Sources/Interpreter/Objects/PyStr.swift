#if canImport(Glibc)
import Glibc
#endif

/// `str`: an immutable sequence of Unicode code points. The text is a Swift `String`, but only
/// its UTF-8 bytes and scalars are ever used: Swift's `==`, `<`, hashing and `Character` apply
/// canonical equivalence and grapheme clustering, while Python compares, hashes, indexes and
/// searches by code point ("e\u0301" != "\u00e9", and has length 2). UTF-8 byte order is code
/// point order, so equality and ordering are `memcmp` on the bytes. ASCII strings index their
/// bytes directly; other strings keep their scalars in an array (built on first index), the
/// UCS-4 form of CPython's PEP 393 layout, for O(1) access.
public final class PyStr: PyObject {
    /// The text. Changed only by `appendInPlace`, on a str no one else can see.
    public private(set) var value: String
    public private(set) var isASCII: Bool
    private var scalarCache: [Unicode.Scalar]?
    /// For long non-ASCII strings: the number of code points before every
    /// `breadcrumbStride`-th byte, so a byte offset found by search becomes a code-point
    /// position without counting from the start.
    private var breadcrumbs: [Int]?
    static let breadcrumbStride = 2048
    /// The hash, computed on first use (0 = not yet).
    private var hashCache = 0

    /// The hash if it has been computed, else 0.
    var knownHash: Int { hashCache }

    /// The string's hash for dictionaries and sets (cached): FNV-1a over the UTF-8 bytes, so
    /// strings hash alike exactly when their code points are equal.
    public var stringHash: Int {
        if hashCache != 0 { return hashCache }
        var hash = PyStr.bytesHash(value)
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
            return isASCII(base, bytes.count)
        }
        return checked ?? value.utf8.allSatisfy { $0 < 0x80 }
    }

    static func isASCII(_ base: UnsafePointer<UInt8>, _ count: Int) -> Bool {
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
            return String(Unicode.Scalar(byte))
        }
        return String(scalars[index])
    }

    /// The byte at `index` of an ASCII string (already normalised to 0..<count).
    func asciiByte(at index: Int) -> UInt8 {
        value.utf8[value.utf8.index(value.utf8.startIndex, offsetBy: index)] & 0x7F
    }

    /// The code points in `range` as a string.
    public func substring(_ range: Range<Int>) -> String {
        if isASCII {
            let utf8 = value.utf8
            let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            let end = utf8.index(start, offsetBy: range.count)
            return String(value[start..<end])
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }

    /// `self += other` when the caller holds the only reference to `self`: appends to the
    /// String's buffer, which grows geometrically, so a loop of appends is linear as in CPython.
    func appendInPlace(_ other: PyStr) {
        value.append(other.value)
        isASCII = isASCII && other.isASCII
        scalarCache = nil
        breadcrumbs = nil
        hashCache = 0
    }

    /// The code-point position of a byte offset that starts a code point.
    func scalarIndex(ofByte offset: Int) -> Int {
        if isASCII { return offset }
        let stride = PyStr.breadcrumbStride
        return TextSearch.withBytes(value, "") { bytes, _ in
            if offset < stride { return TextSearch.scalarCount(bytes, from: 0, to: offset) }
            let crumbs: [Int]
            if let built = breadcrumbs {
                crumbs = built
            } else {
                var built = [0]
                var total = 0
                var k = stride
                while k <= bytes.count {
                    total += TextSearch.scalarCount(bytes, from: k - stride, to: k)
                    built.append(total)
                    k += stride
                }
                breadcrumbs = built
                crumbs = built
            }
            let slot = min(offset / stride, crumbs.count - 1)
            return crumbs[slot] + TextSearch.scalarCount(bytes, from: slot * stride, to: offset)
        }
    }

    // MARK: Code-point comparison on UTF-8 bytes

    /// `a == b` for two strs. Two ASCII strings are compared with Swift's `==`, which for
    /// ASCII (always in normal form) is a byte comparison with no canonical-equivalence work.
    @inline(__always)
    static func equal(_ a: PyStr, _ b: PyStr) -> Bool {
        if a === b { return true }
        if a.isASCII && b.isASCII { return a.value == b.value }
        if a.isASCII != b.isASCII { return false }
        return equal(a.value, b.value)
    }

    /// -1, 0 or 1 for two strs (Swift's `<` for two ASCII strings is byte order too).
    @inline(__always)
    static func compare(_ a: PyStr, _ b: PyStr, equalityOnly: Bool = false) -> Int {
        if a.isASCII && b.isASCII {
            if a.value == b.value { return 0 }
            return a.value < b.value ? -1 : 1
        }
        return compare(a.value, b.value, equalityOnly: equalityOnly)
    }

    /// Python's `==` on strings: the same code points, i.e. the same UTF-8 bytes.
    @inline(__always)
    public static func equal(_ a: String, _ b: String) -> Bool {
        compare(a, b, equalityOnly: true) == 0
    }

    /// -1, 0 or 1: code-point order, which is UTF-8 byte order (shorter prefix first). With
    /// `equalityOnly`, any non-zero answer means only "different".
    public static func compare(_ a: String, _ b: String, equalityOnly: Bool = false) -> Int {
        TextSearch.withBytes(a, b) { x, y in
            if equalityOnly && x.count != y.count { return 1 }
            let common = min(x.count, y.count)
            if common > 0, let p = x.baseAddress, let q = y.baseAddress {
                let order = memcmp(p, q, common)
                if order != 0 { return order < 0 ? -1 : 1 }
            }
            return x.count < y.count ? -1 : (x.count == y.count ? 0 : 1)
        }
    }

    /// FNV-1a over the UTF-8 bytes, eight at a time for long strings (then mixed).
    static func bytesHash(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            guard let base = bytes.baseAddress else { return Int(bitPattern: UInt(hash)) }
            let count = bytes.count
            var i = 0
            while i + 8 <= count {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                hash = (hash ^ word) &* 0x100_0000_01B3
                hash ^= hash >> 29
                i += 8
            }
            while i < count {
                hash = (hash ^ UInt64(base[i])) &* 0x100_0000_01B3
                i += 1
            }
            hash ^= UInt64(count) &* 0x9E37_79B9_7F4A_7C15
            hash ^= hash >> 32
            return Int(bitPattern: UInt(hash))
        }
    }
}
