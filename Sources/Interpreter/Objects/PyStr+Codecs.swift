/// `str.encode` and `bytes.decode` for the codecs 'utf-8', 'ascii' and 'latin-1', with
/// CPython's error handlers ('strict', 'ignore', 'replace', 'backslashreplace',
/// 'xmlcharrefreplace' when encoding, 'surrogateescape' as far as it can go), error ranges and
/// messages. Tessera's strings cannot hold lone surrogates (a Swift String is valid Unicode), so
/// 'surrogateescape' cannot turn an undecodable byte into U+DC80...U+DCFF: it raises the error
/// 'strict' would.
enum StrCodecs {
    enum Codec {
        case utf8, ascii, latin1

        var name: String {
            switch self {
            case .utf8: return "utf-8"
            case .ascii: return "ascii"
            case .latin1: return "latin-1"
            }
        }

        /// The first code point the codec cannot encode.
        var limit: UInt32 {
            switch self {
            case .utf8: return 0x110000
            case .ascii: return 0x80
            case .latin1: return 0x100
            }
        }
    }

    /// The codec for an encoding name, spelled in any of the ways CPython's aliases accept.
    static func codec(_ name: String) throws -> Codec {
        let key = String(name.lowercased().map { $0 == "_" || $0 == " " ? "-" : $0 })
        switch key {
        case "utf-8", "utf8", "u8", "utf", "cp65001": return .utf8
        case "ascii", "us-ascii", "646", "us": return .ascii
        case "latin-1", "latin1", "latin", "l1", "iso-8859-1", "iso8859-1", "iso-ir-100", "8859", "cp819", "iso8859": return .latin1
        default: throw PyException(BuiltinTypes.lookupError, "unknown encoding: \(name)")
        }
    }

    static func unknownHandler(_ errors: String) -> PyException {
        PyException(BuiltinTypes.lookupError, "unknown error handler name '\(errors)'")
    }

    // MARK: Encoding

    static func encode(_ text: String, encoding: String, errors: String) throws -> [UInt8] {
        let codec = try codec(encoding)
        if codec == .utf8 || PyStr.isASCII(text) { return Array(text.utf8) }
        let scalars = Array(text.unicodeScalars)
        var out: [UInt8] = []
        out.reserveCapacity(scalars.count)
        var i = 0
        while i < scalars.count {
            let c = scalars[i].value
            if c < codec.limit {
                out.append(UInt8(truncatingIfNeeded: c))
                i += 1
                continue
            }
            // The run of characters the codec cannot encode is one error, as in CPython.
            var end = i + 1
            while end < scalars.count && scalars[end].value >= codec.limit { end += 1 }
            switch errors {
            case "strict", "surrogateescape", "surrogatepass":
                throw encodeError(codec, text, scalars, i, end)
            case "ignore": break
            case "replace": out.append(contentsOf: [UInt8](repeating: UInt8(ascii: "?"), count: end - i))
            case "backslashreplace":
                for k in i..<end { out.append(contentsOf: Array(escaped(scalars[k].value).utf8)) }
            case "xmlcharrefreplace":
                for k in i..<end { out.append(contentsOf: Array("&#\(scalars[k].value);".utf8)) }
            default: throw unknownHandler(errors)
            }
            i = end
        }
        return out
    }

    /// `\xe9`, `\u20ac` or `\U0001f600`: how CPython's messages and 'backslashreplace' show a code point.
    static func escaped(_ c: UInt32) -> String {
        if c <= 0xFF { return "\\x" + Formatting.hex(c, width: 2) }
        if c <= 0xFFFF { return "\\u" + Formatting.hex(c, width: 4) }
        return "\\U" + Formatting.hex(c, width: 8)
    }

    static func encodeError(_ codec: Codec, _ text: String, _ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> PyException {
        let reason = "ordinal not in range(\(codec.limit))"
        let message = end - start == 1
            ? "'\(codec.name)' codec can't encode character '\(escaped(scalars[start].value))' in position \(start): \(reason)"
            : "'\(codec.name)' codec can't encode characters in position \(start)-\(end - 1): \(reason)"
        return unicodeError(BuiltinTypes.unicodeEncodeError, codec, .str(text), start, end, reason, message)
    }

    static func unicodeError(_ type: PyType, _ codec: Codec, _ object: Value, _ start: Int, _ end: Int,
                             _ reason: String, _ message: String) -> PyException {
        let error = PyException(type: type, args: [.str(codec.name), object, .int(start), .int(end), .str(reason)])
        error.attributes["_message"] = .str(message)
        error.attributes["encoding"] = .str(codec.name)
        error.attributes["object"] = object
        error.attributes["start"] = .int(start)
        error.attributes["end"] = .int(end)
        error.attributes["reason"] = .str(reason)
        return error
    }

    // MARK: Decoding

    static func decode(_ bytes: [UInt8], encoding: String, errors: String) throws -> String {
        let codec = try codec(encoding)
        let allASCII = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { PyStr.isASCII($0, buffer.count) } ?? true
        }
        if allASCII { return String(decoding: bytes, as: UTF8.self) }
        switch codec {
        case .latin1:
            var out = String.UnicodeScalarView()
            for b in bytes { out.append(Unicode.Scalar(b)) }
            return String(out)
        case .ascii:
            var out = String.UnicodeScalarView()
            for (i, b) in bytes.enumerated() {
                if b < 0x80 { out.append(Unicode.Scalar(b)); continue }
                try handleDecodeError(codec, bytes, i, i + 1, "ordinal not in range(128)", errors, &out)
            }
            return String(out)
        case .utf8:
            return try decodeUTF8(bytes, errors: errors)
        }
    }

    /// UTF-8 with CPython's error ranges: an invalid start byte is one byte; a sequence cut
    /// short by an invalid continuation byte is the valid prefix; a sequence cut short by the
    /// end of the data is the rest of the data.
    static func decodeUTF8(_ bytes: [UInt8], errors: String) throws -> String {
        var out = String.UnicodeScalarView()
        var clean = true
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; if !clean { out.append(Unicode.Scalar(b)) }; continue }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE, 0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: length = 0
            }
            var bad: (end: Int, reason: String)?
            if length == 0 {
                bad = (i + 1, "invalid start byte")
            } else {
                var k = 1
                while k < length {
                    guard i + k < n else { bad = (n, "unexpected end of data"); break }
                    let c = bytes[i + k]
                    let (lo, hi) = k == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
                    if c < lo || c > hi { bad = (i + k, "invalid continuation byte"); break }
                    k += 1
                }
            }
            if clean && (bad != nil) {
                clean = false
                out.append(contentsOf: String(decoding: bytes[..<i], as: UTF8.self).unicodeScalars)
            }
            if let (end, reason) = bad {
                try handleDecodeError(.utf8, bytes, i, end, reason, errors, &out)
                i = end
            } else {
                if !clean { out.append(contentsOf: String(decoding: bytes[i..<(i + length)], as: UTF8.self).unicodeScalars) }
                i += length
            }
        }
        return clean ? String(decoding: bytes, as: UTF8.self) : String(out)
    }

    static func handleDecodeError(_ codec: Codec, _ bytes: [UInt8], _ start: Int, _ end: Int, _ reason: String,
                                  _ errors: String, _ out: inout String.UnicodeScalarView) throws {
        switch errors {
        case "strict", "surrogateescape", "surrogatepass":
            let message = end - start == 1
                ? "'\(codec.name)' codec can't decode byte 0x\(Formatting.hex(UInt32(bytes[start]), width: 2)) in position \(start): \(reason)"
                : "'\(codec.name)' codec can't decode bytes in position \(start)-\(end - 1): \(reason)"
            throw unicodeError(BuiltinTypes.unicodeDecodeError, codec, .object(PyBytes(bytes)), start, end, reason, message)
        case "ignore": break
        case "replace": out.append("\u{FFFD}")
        case "backslashreplace":
            for k in start..<end { out.append(contentsOf: escaped(UInt32(bytes[k])).unicodeScalars) }
        default: throw unknownHandler(errors)
        }
    }
}
