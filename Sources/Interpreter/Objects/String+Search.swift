#if canImport(Glibc)
import Glibc
#endif

/// Substring search on UTF-8 bytes, the engine of `in`, `find`, `count`, `replace`, `split` and
/// `partition`. A match of a valid UTF-8 needle in valid UTF-8 text always starts and ends on
/// code-point boundaries, so byte search gives Python's code-point answers; byte offsets become
/// code-point offsets only when a method returns a position (and never for ASCII text).
enum TextSearch {
    typealias Bytes = UnsafeBufferPointer<UInt8>

    /// Runs `body` with the UTF-8 bytes of both strings (no copy for native strings).
    @inline(__always)
    static func withBytes<R>(_ a: String, _ b: String, _ body: (Bytes, Bytes) throws -> R) rethrows -> R {
        // Native strings lend their storage without a copy of the String value.
        if let lent = try a.utf8.withContiguousStorageIfAvailable({ x in
            try b.utf8.withContiguousStorageIfAvailable { y in try body(x, y) }
        }), let result = lent {
            return result
        }
        var a = a, b = b
        return try a.withUTF8 { x in try b.withUTF8 { y in try body(x, y) } }
    }

    /// The first byte offset in `from..<end` where `needle` (non-empty) starts, or nil:
    /// `memchr` for its first byte, then `memcmp` for the rest.
    static func firstIndex(_ hay: Bytes, _ needle: Bytes, from: Int = 0, end: Int? = nil) -> Int? {
        let end = end ?? hay.count
        let n = needle.count
        guard n > 0, let h = hay.baseAddress, let p = needle.baseAddress, end - from >= n else { return nil }
        let first = Int32(p[0])
        var i = from
        let last = end - n
        while i <= last {
            guard let hit = memchr(h + i, first, last - i + 1) else { return nil }
            let k = UnsafeRawPointer(h).distance(to: UnsafeRawPointer(hit))
            if n == 1 || memcmp(h + k + 1, p + 1, n - 1) == 0 { return k }
            i = k + 1
        }
        return nil
    }

    /// `needle in text`: one `memchr` for a one-byte needle (`c in "aeiou"`), else a search.
    static func contains(_ text: String, _ needle: String) -> Bool {
        let pattern = needle.utf8
        if pattern.count == 1, let byte = pattern.first {
            if let found = text.utf8.withContiguousStorageIfAvailable({ bytes -> Bool in
                guard let base = bytes.baseAddress else { return false }
                return memchr(base, Int32(byte), bytes.count) != nil
            }) {
                return found
            }
        }
        return withBytes(text, needle) { hay, pattern in pattern.isEmpty || firstIndex(hay, pattern) != nil }
    }

    /// The last byte offset in `from..<end` where `needle` (non-empty) starts, or nil.
    static func lastIndex(_ hay: Bytes, _ needle: Bytes, from: Int = 0, end: Int? = nil) -> Int? {
        let end = end ?? hay.count
        let n = needle.count
        guard n > 0, let h = hay.baseAddress, let p = needle.baseAddress, end - from >= n else { return nil }
        let first = p[0]
        var k = end - n
        while k >= from {
            if h[k] == first && memcmp(h + k, p, n) == 0 { return k }
            k -= 1
        }
        return nil
    }

    /// Non-overlapping occurrences of `needle` (non-empty) in `from..<end`, at most `limit` (-1: all).
    static func occurrences(_ hay: Bytes, _ needle: Bytes, from: Int = 0, end: Int? = nil, limit: Int = -1) -> [Int] {
        var found: [Int] = []
        var i = from
        while limit < 0 || found.count < limit, let k = firstIndex(hay, needle, from: i, end: end) {
            found.append(k)
            i = k + needle.count
        }
        return found
    }

    /// The number of code points in `bytes[from..<to]` (UTF-8: the bytes that are not continuation bytes).
    static func scalarCount(_ bytes: Bytes, from: Int = 0, to: Int) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        var count = 0
        var i = from
        // Eight bytes at a time: a continuation byte is 10xxxxxx (bit 7 set, bit 6 clear).
        while i + 8 <= to {
            let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            let continuation = word & ~(word << 1) & 0x8080_8080_8080_8080
            count &+= 8 &- continuation.nonzeroBitCount
            i += 8
        }
        while i < to {
            if base[i] & 0xC0 != 0x80 { count &+= 1 }
            i += 1
        }
        return count
    }

    /// The byte offset of code point `index` (0...count), walking the bytes.
    static func byteOffset(_ bytes: Bytes, scalarIndex index: Int) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        var seen = 0
        var i = 0
        while i < bytes.count {
            if base[i] & 0xC0 != 0x80 {
                if seen == index { return i }
                seen &+= 1
            }
            i += 1
        }
        return bytes.count
    }

    /// A string from a byte range of valid UTF-8 that starts and ends on code-point boundaries.
    @inline(__always)
    static func string(_ bytes: Bytes, _ range: Range<Int>) -> String {
        String(decoding: Bytes(rebasing: bytes[range]), as: UTF8.self)
    }

    /// Python's whitespace (`str.isspace`, `split()`, `strip()`): the Unicode White_Space
    /// characters plus the ASCII separators U+001C...U+001F, which have bidirectional type B or S.
    @inline(__always)
    static func isSpace(_ c: UInt32) -> Bool {
        if c < 0x80 { return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) }
        switch c {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Python's line boundaries (`str.splitlines`).
    static func isLineBreak(_ c: UInt32) -> Bool {
        switch c {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }
}

extension String {
    /// The text between two byte offsets that start code points: a copy of the bytes, without
    /// validating them again.
    func byteSlice(_ range: Range<Int>) -> String {
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let end = utf8.index(start, offsetBy: range.count)
        return String(self[start..<end])
    }

    /// Splits on every occurrence of `separator` (non-empty), by bytes.
    func components(separatedBy separator: String) -> [String] {
        TextSearch.withBytes(self, separator) { hay, needle in
            var parts: [String] = []
            var start = 0
            for k in TextSearch.occurrences(hay, needle) {
                parts.append(TextSearch.string(hay, start..<k))
                start = k + needle.count
            }
            parts.append(TextSearch.string(hay, start..<hay.count))
            return parts
        }
    }

    /// Whether the UTF-8 bytes start with those of `prefix` (no canonical equivalence).
    func hasBytePrefix(_ prefix: String) -> Bool {
        TextSearch.withBytes(self, prefix) { a, b in
            guard b.count <= a.count else { return false }
            guard let x = a.baseAddress, let y = b.baseAddress else { return true }
            return memcmp(x, y, b.count) == 0
        }
    }

    /// Whether the UTF-8 bytes end with those of `suffix`.
    func hasByteSuffix(_ suffix: String) -> Bool {
        TextSearch.withBytes(self, suffix) { a, b in
            guard b.count <= a.count else { return false }
            guard let x = a.baseAddress, let y = b.baseAddress else { return true }
            return memcmp(x + (a.count - b.count), y, b.count) == 0
        }
    }
}
