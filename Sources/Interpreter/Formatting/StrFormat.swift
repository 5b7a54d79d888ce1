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
                out += try formatField(UnsafeBufferPointer(rebasing: bytes[(i + 1)..<j]), positional, keywords,
                                       automatic: &automatic, usedManual: &usedManual)
                i = j + 1
                literalStart = i
            }
            flush(n)
        }
        return out
    }

    /// One replacement field's text (between the braces): argument, accessors, conversion, spec.
    /// The field is split on its UTF-8 bytes (`:`, `!`, `.` and `[` are ASCII).
    private func formatField(_ field: UnsafeBufferPointer<UInt8>, _ positional: [Value], _ keywords: PyDict,
                             automatic: inout Int, usedManual: inout Bool) throws -> String {
        func text(_ range: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: field[range]), as: UTF8.self)
        }
        var nameEnd = field.count
        var specStart = field.count
        if let colon = firstTopLevelColon(field) {
            nameEnd = colon
            specStart = colon + 1
        }
        var conversion: UInt8?
        if let bang = field[..<nameEnd].firstIndex(of: UInt8(ascii: "!")) {
            let rest = text((bang + 1)..<nameEnd)
            guard nameEnd - bang == 2, let conv = rest.utf8.first,
                  conv == UInt8(ascii: "r") || conv == UInt8(ascii: "s") || conv == UInt8(ascii: "a") else {
                throw PyException(BuiltinTypes.valueError, "Unknown conversion specifier \(rest)")
            }
            conversion = conv
            nameEnd = bang
        }
        let specBytes = UnsafeBufferPointer(rebasing: field[specStart...])
        // A nested `{...}` in the spec is formatted first; otherwise the spec stays bytes.
        let nestedSpec: String? = specBytes.contains(UInt8(ascii: "{")) ? try formatString(text(specStart..<field.count), positional, keywords) : nil
        // The first part of the name selects an argument; then .attr and [key] parts follow.
        let headEnd = field[..<nameEnd].firstIndex { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "[") } ?? nameEnd
        let head = UnsafeBufferPointer(rebasing: field[..<headEnd])
        let rest = headEnd < nameEnd ? text(headEnd..<nameEnd) : ""
        var value: Value
        if head.isEmpty {
            if usedManual { throw PyException(BuiltinTypes.valueError, "cannot switch from manual field specification to automatic field numbering") }
            guard automatic < positional.count else {
                throw PyException(BuiltinTypes.indexError, "Replacement index \(automatic) out of range for positional args tuple")
            }
            value = positional[automatic]
            automatic += 1
        } else if head.allSatisfy({ $0 >= 48 && $0 <= 57 }) {
            // Only plain digits are an index, as in CPython: "{-1}" and "{+1}" name keywords.
            guard let index = Int(text(0..<headEnd)) else {
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
            let name = text(0..<headEnd)
            guard let found = keywords[name] else { throw PyException(type: BuiltinTypes.keyError, args: [.str(name)]) }
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
        case UInt8(ascii: "r"): value = .str(try repr(value))
        case UInt8(ascii: "s"): value = .str(try str(value))
        case UInt8(ascii: "a"): value = .str(Formatting.asciiOnly(try repr(value)))
        default: break
        }
        if let nestedSpec { return try format(value, nestedSpec) }
        return try format(value, specBytes: specBytes)
    }

    /// `format(value, spec)` with the spec still as bytes: ints, floats and strs parse it in
    /// place; other values get it as a str.
    private func format(_ value: Value, specBytes: UnsafeBufferPointer<UInt8>) throws -> String {
        switch value {
        case .int(let i):
            return specBytes.isEmpty ? String(i) : try FormatSpec.formatInt(i, try FormatSpec(utf8: specBytes))
        case .float(let d):
            return specBytes.isEmpty ? Formatting.floatRepr(d) : try FormatSpec.formatFloat(d, try FormatSpec(utf8: specBytes))
        case .object(let o) where o.objectKind == .str && o.storedType === BuiltinTypes.str:
            let s = unsafeDowncast(o, to: PyStr.self)
            return specBytes.isEmpty ? s.value : try FormatSpec.formatString(s.value, try FormatSpec(utf8: specBytes))
        default:
            return try format(value, String(decoding: specBytes, as: UTF8.self))
        }
    }

    /// The offset of the first `:` outside `[...]` in a field.
    private func firstTopLevelColon(_ field: UnsafeBufferPointer<UInt8>) -> Int? {
        var depth = 0
        for (index, byte) in field.enumerated() {
            if byte == UInt8(ascii: "[") {
                depth += 1
            } else if byte == UInt8(ascii: "]") {
                depth -= 1
            } else if byte == UInt8(ascii: ":") && depth == 0 {
                return index
            }
        }
        return nil
    }
}
