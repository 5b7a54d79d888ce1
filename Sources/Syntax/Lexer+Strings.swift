/// String literals in every quoting: single, double, triple, raw, bytes and f-strings.
extension Lexer {
    mutating func lexString(prefix: String, start: SourceLocation? = nil) throws {
        let start = start ?? location
        let isRaw = prefix.contains("r")
        let isBytes = prefix.contains("b")
        let isFormat = prefix.contains("f")
        let quote = bytes[pos]
        let triple = peek(1) == quote && peek(2) == quote
        pos += triple ? 3 : 1
        let bodyStart = pos
        let bodyLocation = location
        // Find the closing quote; escapes only matter here for skipping an escaped quote.
        while true {
            guard pos < bytes.count else {
                let kind = triple ? "unterminated triple-quoted string literal" : "unterminated string literal"
                // A final newline ends the last line; it does not start another.
                let lastLine = (pos > 0 && bytes[pos - 1] == UInt8(ascii: "\n")) ? line - 1 : line
                throw error("\(kind) (detected at line \(lastLine))", at: start)
            }
            let c = bytes[pos]
            if c == UInt8(ascii: "\\") {
                pos += 1
                if pos < bytes.count {
                    if bytes[pos] == UInt8(ascii: "\n") { pos += 1; newLine() } else { pos += 1 }
                }
                continue
            }
            if c == UInt8(ascii: "\n") {
                if !triple { throw error("unterminated string literal (detected at line \(line))", at: start) }
                pos += 1
                newLine()
                continue
            }
            if c == quote {
                if !triple { break }
                if peek(1) == quote && peek(2) == quote { break }
            }
            pos += 1
        }
        let body = Array(bytes[bodyStart..<pos])
        pos += triple ? 3 : 1
        let text = String(decoding: bytes[(bodyStart - (triple ? 3 : 1) - prefix.utf8.count)..<pos], as: UTF8.self)
        if isFormat {
            let pieces = try parseFString(body, raw: isRaw, location: bodyLocation)
            emit(.fstring(pieces), text, from: start)
        } else if isBytes {
            for b in body where b >= 0x80 {
                _ = b
                throw error("bytes can only contain ASCII literal characters", at: start)
            }
            let decoded = isRaw ? body : try decodeEscapes(body, bytes: true, at: start)
            emit(.bytes(decoded), text, from: start)
        } else {
            let decoded = isRaw ? body : try decodeEscapes(body, bytes: false, at: start)
            emit(.string(String(decoding: decoded, as: UTF8.self)), text, from: start)
        }
    }

    /// Applies backslash escapes to a literal's bytes and returns UTF-8 bytes.
    func decodeEscapes(_ body: [UInt8], bytes isBytes: Bool, at start: SourceLocation) throws -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(body.count)
        var i = 0
        func hexValue(_ count: Int) throws -> UInt32 {
            guard i + count <= body.count else { throw truncated(count) }
            var value: UInt32 = 0
            for k in 0..<count {
                guard let d = hexDigit(body[i + k]) else { throw truncated(count) }
                value = value * 16 + d
            }
            i += count
            return value
        }
        func truncated(_ count: Int) -> SyntaxError {
            let kind = count == 2 ? "truncated \\xXX escape" : count == 4 ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape"
            let position = "position \(out.count)-\(out.count + count + 1)"
            return error("(\(isBytes ? "value" : "unicode") error) '\(isBytes ? "unicodeescape" : "unicodeescape")' codec can't decode bytes in \(position): \(kind)", at: start)
        }
        while i < body.count {
            let c = body[i]
            guard c == UInt8(ascii: "\\"), i + 1 < body.count else {
                out.append(c)
                i += 1
                continue
            }
            let e = body[i + 1]
            i += 2
            switch e {
            case UInt8(ascii: "\n"): break
            case UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\"))
            case UInt8(ascii: "'"): out.append(UInt8(ascii: "'"))
            case UInt8(ascii: "\""): out.append(UInt8(ascii: "\""))
            case UInt8(ascii: "a"): out.append(7)
            case UInt8(ascii: "b"): out.append(8)
            case UInt8(ascii: "f"): out.append(12)
            case UInt8(ascii: "n"): out.append(10)
            case UInt8(ascii: "r"): out.append(13)
            case UInt8(ascii: "t"): out.append(9)
            case UInt8(ascii: "v"): out.append(11)
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                var value = UInt32(e - UInt8(ascii: "0"))
                var count = 1
                while count < 3 && i < body.count && body[i] >= UInt8(ascii: "0") && body[i] <= UInt8(ascii: "7") {
                    value = value * 8 + UInt32(body[i] - UInt8(ascii: "0"))
                    i += 1
                    count += 1
                }
                appendScalar(value, to: &out, bytes: isBytes)
            case UInt8(ascii: "x"):
                appendScalar(try hexValue(2), to: &out, bytes: isBytes)
            case UInt8(ascii: "u") where !isBytes:
                let value = try hexValue(4)
                // Tessera's strings are valid Unicode (Swift strings) and cannot hold a lone
                // surrogate, which CPython allows: an error at compile time, not a silent U+FFFD.
                guard !(0xD800...0xDFFF).contains(value) else {
                    throw error("(unicode error) Tessera's strings cannot hold the surrogate code point \\u\(String(value, radix: 16))", at: start)
                }
                appendScalar(value, to: &out, bytes: false)
            case UInt8(ascii: "U") where !isBytes:
                let value = try hexValue(8)
                guard value <= 0x10FFFF else { throw error("(unicode error) 'unicodeescape' codec can't decode bytes: illegal Unicode character", at: start) }
                guard !(0xD800...0xDFFF).contains(value) else {
                    throw error("(unicode error) Tessera's strings cannot hold the surrogate code point \\U\(String(value, radix: 16))", at: start)
                }
                appendScalar(value, to: &out, bytes: false)
            case UInt8(ascii: "N") where !isBytes:
                // \N{NAME}: look the name up in Unicode's name table.
                guard i < body.count, body[i] == UInt8(ascii: "{"), let close = body[i...].firstIndex(of: UInt8(ascii: "}")) else {
                    throw error("(unicode error) 'unicodeescape' codec can't decode bytes: malformed \\N character escape", at: start)
                }
                let name = String(decoding: body[(i + 1)..<close], as: UTF8.self)
                guard let scalar = Lexer.unicodeScalar(named: name) else {
                    throw error("(unicode error) 'unicodeescape' codec can't decode bytes: unknown Unicode character name", at: start)
                }
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
                i = close + 1
            default:
                // Unknown escapes keep their backslash, as in Python.
                out.append(UInt8(ascii: "\\"))
                out.append(e)
            }
        }
        return out
    }

    private func hexDigit(_ c: UInt8) -> UInt32? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(c - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(c - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(c - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    private func appendScalar(_ value: UInt32, to out: inout [UInt8], bytes isBytes: Bool) {
        if isBytes {
            out.append(UInt8(truncatingIfNeeded: value))
        } else if let scalar = Unicode.Scalar(value) {
            out.append(contentsOf: Array(String(Character(scalar)).utf8))
        } else {
            out.append(contentsOf: Array("\u{FFFD}".utf8))
        }
    }

    static func unicodeScalar(named name: String) -> Unicode.Scalar? {
        let wanted = name.uppercased()
        // A linear scan of the Basic Multilingual Plane is fast enough for the rare \N escape.
        for value in UInt32(0x20)...UInt32(0x2FFFF) {
            if let scalar = Unicode.Scalar(value), scalar.properties.name == wanted { return scalar }
        }
        return nil
    }
}
