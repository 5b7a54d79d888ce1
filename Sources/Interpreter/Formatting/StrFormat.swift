/// `str.format`: `{}`, `{0}`, `{name}`, `{0.attr}`, `{0[key]}`, conversions and nested specs.
extension Interpreter {
    /// Scans the template's UTF-8 bytes (the braces are ASCII, and a code point after a brace
    /// stays a separate character, as in Python): literal runs are copied whole, each field is
    /// formatted by `appendField`.
    func formatString(_ template: String, _ positional: [Value], _ keywords: PyDict) throws -> String {
        var out = ""
        var automatic = 0
        var usedManual = false
        var text = template
        try text.withUTF8 { bytes in
            let n = bytes.count
            var literalStart = 0
            func flush(_ end: Int) {
                if end > literalStart {
                    out += String(decoding: UnsafeBufferPointer(rebasing: bytes[literalStart..<end]), as: UTF8.self)
                }
            }
            var i = 0
            while i < n {
                let c = bytes[i]
                if c == UInt8(ascii: "}") {
                    guard i + 1 < n, bytes[i + 1] == UInt8(ascii: "}") else {
                        throw PyException(BuiltinTypes.valueError, "Single '}' encountered in format string")
                    }
                    flush(i + 1)
                    i += 2
                    literalStart = i
                    continue
                }
                guard c == UInt8(ascii: "{") else {
                    i += 1
                    continue
                }
                if i + 1 < n && bytes[i + 1] == UInt8(ascii: "{") {
                    flush(i + 1)
                    i += 2
                    literalStart = i
                    continue
                }
                if i + 1 == n { throw PyException(BuiltinTypes.valueError, "Single '{' encountered in format string") }
                flush(i)
                // Read the field up to its matching '}' (nested braces allowed in the spec).
                var depth = 1
                var j = i + 1
                while j < n {
                    if bytes[j] == UInt8(ascii: "{") {
                        depth += 1
                    } else if bytes[j] == UInt8(ascii: "}") {
                        depth -= 1
                        if depth == 0 { break }
                    }
                    j += 1
                }
                if depth != 0 { throw PyException(BuiltinTypes.valueError, "expected '}' before end of string") }
                let field = String(decoding: UnsafeBufferPointer(rebasing: bytes[(i + 1)..<j]), as: UTF8.self)
                out += try formatField(field, positional, keywords, automatic: &automatic, usedManual: &usedManual)
                i = j + 1
                literalStart = i
            }
            flush(n)
        }
        return out
    }

    /// One replacement field's text (between the braces): argument, accessors, conversion, spec.
    private func formatField(_ field: String, _ positional: [Value], _ keywords: PyDict, automatic: inout Int,
                             usedManual: inout Bool) throws -> String {
        var name = field
        var conversion: Character?
        var spec = ""
        if let colon = firstTopLevel(":", in: field) {
            name = String(field[..<colon])
            spec = String(field[field.index(after: colon)...])
        }
        if let bang = name.firstIndex(of: "!") {
            let rest = name[name.index(after: bang)...]
            guard rest.count == 1, let conv = rest.first, "rsa".contains(conv) else {
                throw PyException(BuiltinTypes.valueError, "Unknown conversion specifier \(rest)")
            }
            conversion = conv
            name = String(name[..<bang])
        }
        if spec.contains("{") { spec = try formatString(spec, positional, keywords) }
        // The first part of the name selects an argument; then .attr and [key] parts follow.
        var head = name
        var rest = ""
        if let split = name.firstIndex(where: { $0 == "." || $0 == "[" }) {
            head = String(name[..<split])
            rest = String(name[split...])
        }
        var value: Value
        if head.isEmpty {
            if usedManual { throw PyException(BuiltinTypes.valueError, "cannot switch from manual field specification to automatic field numbering") }
            guard automatic < positional.count else {
                throw PyException(BuiltinTypes.indexError, "Replacement index \(automatic) out of range for positional args tuple")
            }
            value = positional[automatic]
            automatic += 1
        } else if !head.isEmpty, head.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) {
            // Only plain digits are an index, as in CPython: "{-1}" and "{+1}" name keywords.
            guard let index = Int(head) else {
                throw PyException(BuiltinTypes.valueError, "Too many decimal digits in format string")
            }
            if automatic > 0 {
                throw PyException(BuiltinTypes.valueError, "cannot switch from automatic field numbering to manual field specification")
            }
            usedManual = true
            guard index < positional.count else {
                throw PyException(BuiltinTypes.indexError, "Replacement index \(index) out of range for positional args tuple")
            }
            value = positional[index]
        } else {
            guard let found = keywords[head] else { throw PyException(type: BuiltinTypes.keyError, args: [.str(head)]) }
            value = found
        }
        var accessors = rest[...]
        while let first = accessors.first {
            accessors.removeFirst()
            if first == "." {
                let attribute = String(accessors.prefix { $0 != "." && $0 != "[" })
                accessors.removeFirst(attribute.count)
                value = try getAttribute(value, attribute)
            } else {
                let key = String(accessors.prefix { $0 != "]" })
                accessors.removeFirst(min(accessors.count, key.count + 1))
                value = try getItem(value, Int(key).map { .int($0) } ?? .str(key))
            }
        }
        switch conversion {
        case "r": value = .str(try repr(value))
        case "s": value = .str(try str(value))
        case "a": value = .str(Formatting.asciiOnly(try repr(value)))
        default: break
        }
        return try format(value, spec)
    }

    private func firstTopLevel(_ target: Character, in text: String) -> String.Index? {
        var depth = 0
        var index = text.startIndex
        while index < text.endIndex {
            let c = text[index]
            if c == "[" { depth += 1 } else if c == "]" { depth -= 1 } else if c == target && depth == 0 { return index }
            index = text.index(after: index)
        }
        return nil
    }
}
