/// `str` and `bytes` methods.
enum StrMethods {
    static func string(_ interpreter: Interpreter, _ value: Value) throws -> String {
        guard case .object(let o) = value, let s = o as? PyStr else {
            throw PyException(BuiltinTypes.typeError, "descriptor requires a 'str' object but received a '\(value.typeName)'")
        }
        return s.value
    }

    static func install(_ type: PyType) {
        type.nativeNew = { interpreter, cls, arguments in
            let values = try NativeSignature("object='', encoding=None, errors=None").bind(arguments, function: "str")
            var text: String
            if case .object(let o) = values[0], let bytes = o as? PyBytes {
                text = values[1].isNone ? Formatting.bytesRepr(bytes.bytes) : String(decoding: bytes.bytes, as: UTF8.self)
            } else {
                text = try interpreter.str(values[0])
            }
            if cls !== BuiltinTypes.str { return .object(PyStr(text, type: cls)) }
            return .str(text)
        }
        let s = string
        type.method("upper", "self") { i, a in .str(try s(i, a[0]).uppercased()) }
        type.method("lower", "self") { i, a in .str(try s(i, a[0]).lowercased()) }
        type.method("casefold", "self") { i, a in .str(try s(i, a[0]).lowercased()) }
        type.method("swapcase", "self") { i, a in
            .str(String(try s(i, a[0]).map { $0.isUppercase ? Character($0.lowercased()) : $0.isLowercase ? Character($0.uppercased()) : $0 }))
        }
        type.method("capitalize", "self") { i, a in
            let text = try s(i, a[0])
            guard let first = text.first else { return .str("") }
            return .str(first.uppercased() + text.dropFirst().lowercased())
        }
        type.method("title", "self") { i, a in .str(titleCase(try s(i, a[0]))) }
        type.method("strip", "self, chars=None, /") { i, a in .str(try strip(try s(i, a[0]), a[1], i, leading: true, trailing: true)) }
        type.method("lstrip", "self, chars=None, /") { i, a in .str(try strip(try s(i, a[0]), a[1], i, leading: true, trailing: false)) }
        type.method("rstrip", "self, chars=None, /") { i, a in .str(try strip(try s(i, a[0]), a[1], i, leading: false, trailing: true)) }
        type.method("split", "self, sep=None, maxsplit=-1") { i, a in
            .object(PyList(try split(try s(i, a[0]), a[1], try i.intArgument(a[2]), i, fromRight: false).map { .str($0) }))
        }
        type.method("rsplit", "self, sep=None, maxsplit=-1") { i, a in
            .object(PyList(try split(try s(i, a[0]), a[1], try i.intArgument(a[2]), i, fromRight: true).map { .str($0) }))
        }
        type.method("splitlines", "self, keepends=False") { i, a in
            let text = try s(i, a[0])
            let keep = try i.isTruthy(a[1])
            var lines: [Value] = []
            var current = ""
            for c in text {
                if c == "\n" || c == "\r\n" || c == "\r" {
                    lines.append(.str(keep ? current + String(c) : current))
                    current = ""
                } else {
                    current.append(c)
                }
            }
            if !current.isEmpty { lines.append(.str(current)) }
            return .object(PyList(lines))
        }
        type.method("join", "self, iterable, /") { i, a in
            let separator = try s(i, a[0])
            var parts: [String] = []
            for (index, item) in try i.collect(a[1]).enumerated() {
                guard let text = item.stringValue else {
                    throw PyException(BuiltinTypes.typeError, "sequence item \(index): expected str instance, \(item.typeName) found")
                }
                parts.append(text)
            }
            return .str(parts.joined(separator: separator))
        }
        type.method("replace", "self, old, new, count=-1, /") { i, a in
            let text = try s(i, a[0])
            let old = try i.stringArgument(a[1], function: "replace", position: 1)
            let new = try i.stringArgument(a[2], function: "replace", position: 2)
            return .str(replace(text, old, new, count: try i.intArgument(a[3])))
        }
        type.method("startswith", "self, prefix, start=None, end=None, /") { i, a in
            let text = try sliced(try s(i, a[0]), a[2], a[3], i)
            return .bool(try affixes(a[1], i, "startswith").contains { text.hasPrefix($0) })
        }
        type.method("endswith", "self, suffix, start=None, end=None, /") { i, a in
            let text = try sliced(try s(i, a[0]), a[2], a[3], i)
            return .bool(try affixes(a[1], i, "endswith").contains { text.hasSuffix($0) })
        }
        type.method("find", "self, sub, start=None, end=None, /") { i, a in
            .int(try find(try s(i, a[0]), try i.stringArgument(a[1]), a[2], a[3], i, last: false))
        }
        type.method("rfind", "self, sub, start=None, end=None, /") { i, a in
            .int(try find(try s(i, a[0]), try i.stringArgument(a[1]), a[2], a[3], i, last: true))
        }
        type.method("index", "self, sub, start=None, end=None, /") { i, a in
            let position = try find(try s(i, a[0]), try i.stringArgument(a[1]), a[2], a[3], i, last: false)
            if position < 0 { throw PyException(BuiltinTypes.valueError, "substring not found") }
            return .int(position)
        }
        type.method("rindex", "self, sub, start=None, end=None, /") { i, a in
            let position = try find(try s(i, a[0]), try i.stringArgument(a[1]), a[2], a[3], i, last: true)
            if position < 0 { throw PyException(BuiltinTypes.valueError, "substring not found") }
            return .int(position)
        }
        type.method("count", "self, sub, start=None, end=None, /") { i, a in
            let text = Array(try sliced(try s(i, a[0]), a[2], a[3], i).unicodeScalars)
            let needle = Array(try i.stringArgument(a[1]).unicodeScalars)
            if needle.isEmpty { return .int(text.count + 1) }
            var count = 0, k = 0
            while k + needle.count <= text.count {
                if Array(text[k..<(k + needle.count)]) == needle { count += 1; k += needle.count } else { k += 1 }
            }
            return .int(count)
        }
        for (name, test) in [("isdigit", { (c: Unicode.Scalar) in c.properties.numericType == .decimal || c.properties.numericType == .digit }),
                             ("isdecimal", { (c: Unicode.Scalar) in c.properties.numericType == .decimal }),
                             ("isnumeric", { (c: Unicode.Scalar) in c.properties.numericType != nil }),
                             ("isalpha", { (c: Unicode.Scalar) in c.properties.isAlphabetic }),
                             ("isalnum", { (c: Unicode.Scalar) in c.properties.isAlphabetic || c.properties.numericType != nil }),
                             ("isspace", { (c: Unicode.Scalar) in c.properties.isWhitespace })] {
            type.method(name, "self") { i, a in
                let text = try s(i, a[0])
                return .bool(!text.isEmpty && text.unicodeScalars.allSatisfy(test))
            }
        }
        type.method("isupper", "self") { i, a in
            let text = try s(i, a[0])
            return .bool(text.contains { $0.isUppercase } && !text.contains { $0.isLowercase })
        }
        type.method("islower", "self") { i, a in
            let text = try s(i, a[0])
            return .bool(text.contains { $0.isLowercase } && !text.contains { $0.isUppercase })
        }
        type.method("istitle", "self") { i, a in
            let text = try s(i, a[0])
            return .bool(text.contains { $0.isLetter } && titleCase(text) == text)
        }
        type.method("isidentifier", "self") { i, a in
            let text = try s(i, a[0])
            guard let first = text.unicodeScalars.first else { return .bool(false) }
            return .bool((first == "_" || first.properties.isXIDStart) && text.unicodeScalars.allSatisfy { $0 == "_" || $0.properties.isXIDContinue })
        }
        type.method("isascii", "self") { i, a in .bool(try s(i, a[0]).unicodeScalars.allSatisfy { $0.isASCII }) }
        type.method("isprintable", "self") { i, a in .bool(try s(i, a[0]).unicodeScalars.allSatisfy(Formatting.isPrintable)) }
        type.method("center", "self, width, fillchar=' ', /") { i, a in
            let text = try s(i, a[0])
            let width = try i.intArgument(a[1])
            let fill = try fillCharacter(a[2], i, "center")
            let count = text.count
            guard width > count else { return .str(text) }
            let total = width - count
            // CPython puts the extra character on the left when the text length is odd.
            let left = total / 2 + (total & width & 1)
            return .str(String(repeating: fill, count: left) + text + String(repeating: fill, count: total - left))
        }
        type.method("ljust", "self, width, fillchar=' ', /") { i, a in
            let text = try s(i, a[0])
            let width = try i.intArgument(a[1])
            return .str(text + String(repeating: try fillCharacter(a[2], i, "ljust"), count: max(0, width - text.count)))
        }
        type.method("rjust", "self, width, fillchar=' ', /") { i, a in
            let text = try s(i, a[0])
            let width = try i.intArgument(a[1])
            return .str(String(repeating: try fillCharacter(a[2], i, "rjust"), count: max(0, width - text.count)) + text)
        }
        type.method("zfill", "self, width, /") { i, a in
            var text = try s(i, a[0])
            let width = try i.intArgument(a[1])
            guard width > text.count else { return .str(text) }
            var sign = ""
            if let first = text.first, first == "-" || first == "+" { sign = String(first); text.removeFirst() }
            return .str(sign + String(repeating: "0", count: width - text.count - sign.count) + text)
        }
        type.method("partition", "self, sep, /") { i, a in
            let text = try s(i, a[0])
            let separator = try i.stringArgument(a[1])
            if separator.isEmpty { throw PyException(BuiltinTypes.valueError, "empty separator") }
            guard let range = text.range(of: separator) else { return .object(PyTuple([.str(text), .str(""), .str("")])) }
            return .object(PyTuple([.str(String(text[..<range.lowerBound])), .str(separator), .str(String(text[range.upperBound...]))]))
        }
        type.method("rpartition", "self, sep, /") { i, a in
            let text = try s(i, a[0])
            let separator = try i.stringArgument(a[1])
            if separator.isEmpty { throw PyException(BuiltinTypes.valueError, "empty separator") }
            guard let range = text.range(of: separator, backwards: true) else { return .object(PyTuple([.str(""), .str(""), .str(text)])) }
            return .object(PyTuple([.str(String(text[..<range.lowerBound])), .str(separator), .str(String(text[range.upperBound...]))]))
        }
        type.method("removeprefix", "self, prefix, /") { i, a in
            let text = try s(i, a[0]), prefix = try i.stringArgument(a[1])
            return .str(text.hasPrefix(prefix) ? String(text.dropFirst(prefix.count)) : text)
        }
        type.method("removesuffix", "self, suffix, /") { i, a in
            let text = try s(i, a[0]), suffix = try i.stringArgument(a[1])
            return .str(text.hasSuffix(suffix) && !suffix.isEmpty ? String(text.dropLast(suffix.count)) : text)
        }
        type.method("expandtabs", "self, tabsize=8") { i, a in
            let size = try i.intArgument(a[1])
            var out = "", column = 0
            for c in try s(i, a[0]) {
                if c == "\t" {
                    let spaces = size > 0 ? size - column % size : 0
                    out += String(repeating: " ", count: spaces)
                    column += spaces
                } else {
                    out.append(c)
                    column = (c == "\n" || c == "\r") ? 0 : column + 1
                }
            }
            return .str(out)
        }
        type.method("encode", "self, encoding='utf-8', errors='strict'") { i, a in .object(PyBytes(Array(try s(i, a[0]).utf8))) }
        type.method("format", "self, *args, **kwargs") { i, a in
            let positional = (a[1].asObject as? PyTuple)?.items ?? []
            let keywords = (a[2].asObject as? PyDict) ?? PyDict()
            return .str(try i.formatString(try s(i, a[0]), positional, keywords))
        }
        type.method("format_map", "self, mapping, /") { i, a in
            guard let mapping = a[1].asObject as? PyDict else { throw PyException(BuiltinTypes.typeError, "format_map() argument must be a mapping") }
            return .str(try i.formatString(try s(i, a[0]), [], mapping))
        }
        type.method("__len__", "self") { i, a in .int(try i.length(a[0])) }
        type.method("__contains__", "self, item") { i, a in .bool(try i.contains(a[0], a[1])) }
        type.method("__getitem__", "self, index") { i, a in try i.getItem(.str(try s(i, a[0])), a[1]) }
        type.method("__add__", "self, other") { i, a in
            guard let other = a[1].stringValue else { return .object(Singletons.notImplemented) }
            return .str(try s(i, a[0]) + other)
        }
        type.method("__mul__", "self, n") { i, a in
            guard Arithmetic.intValue(a[1]) != nil else { return .object(Singletons.notImplemented) }
            return try i.binaryOperation(.multiply, .str(try s(i, a[0])), a[1])
        }
        type.method("__rmul__", "self, n") { i, a in
            guard Arithmetic.intValue(a[1]) != nil else { return .object(Singletons.notImplemented) }
            return try i.binaryOperation(.multiply, .str(try s(i, a[0])), a[1])
        }
        type.method("__mod__", "self, args") { i, a in .str(try i.percentFormat(try s(i, a[0]), a[1])) }
        type.method("__iter__", "self") { i, a in try i.iterate(.str(try s(i, a[0]))) }
        type.method("__hash__", "self") { i, a in .int(HashKey(.str(try s(i, a[0]))).hashValue) }
        type.method("__eq__", "self, other") { i, a in
            guard let other = a[1].stringValue else { return .object(Singletons.notImplemented) }
            return .bool(try s(i, a[0]) == other)
        }
        type.method("__lt__", "self, other") { i, a in
            guard let other = a[1].stringValue else { return .object(Singletons.notImplemented) }
            return .bool(Formatting.codePointLess(try s(i, a[0]), other))
        }
        type.method("__str__", "self") { i, a in .str(try s(i, a[0])) }
        type.method("__repr__", "self") { i, a in .str(Formatting.quoteString(try s(i, a[0]))) }
        type.method("__format__", "self, spec") { i, a in .str(try FormatSpec.formatString(try s(i, a[0]), try i.stringArgument(a[1]))) }
        type.define("maketrans", .object(PyMethodWrapper(.staticMethod, .object(PyBuiltinFunction("maketrans", "x, y=None, z=None") { i, a in
            let table = PyDict()
            if let dict = a[0].asObject as? PyDict {
                for (key, value) in dict.storage {
                    let code: Value = key.value.stringValue.flatMap { $0.unicodeScalars.first.map { .int(Int($0.value)) } } ?? key.value
                    table.storage[HashKey(code)] = value
                }
                return .object(table)
            }
            let from = Array(try i.stringArgument(a[0]).unicodeScalars), to = Array(try i.stringArgument(a[1]).unicodeScalars)
            guard from.count == to.count else { throw PyException(BuiltinTypes.valueError, "the first two maketrans arguments must have equal length") }
            for (x, y) in zip(from, to) { table.storage[HashKey(.int(Int(x.value)))] = .int(Int(y.value)) }
            if let deleted = a[2].stringValue {
                for x in deleted.unicodeScalars { table.storage[HashKey(.int(Int(x.value)))] = .none }
            }
            return .object(table)
        }))))
        type.method("translate", "self, table, /") { i, a in
            var out = String.UnicodeScalarView()
            for scalar in try s(i, a[0]).unicodeScalars {
                let mapped: Value
                do { mapped = try i.getItem(a[1], .int(Int(scalar.value))) } catch let e as PyException where e.isInstance(of: BuiltinTypes.lookupError) {
                    out.append(scalar)
                    continue
                }
                switch mapped {
                case .none: continue
                case .int(let code): if let u = Unicode.Scalar(UInt32(clamping: code)) { out.append(u) }
                default: out.append(contentsOf: (mapped.stringValue ?? "").unicodeScalars)
                }
            }
            return .str(String(out))
        }
    }

    static func titleCase(_ text: String) -> String {
        var out = ""
        var previousIsCased = false
        for c in text {
            if c.isLetter {
                out += previousIsCased ? c.lowercased() : c.uppercased()
                previousIsCased = true
            } else {
                out.append(c)
                previousIsCased = false
            }
        }
        return out
    }

    static func strip(_ text: String, _ chars: Value, _ interpreter: Interpreter, leading: Bool, trailing: Bool) throws -> String {
        let set: (Unicode.Scalar) -> Bool
        if chars.isNone {
            set = { $0.properties.isWhitespace }
        } else {
            let allowed = Set(try interpreter.stringArgument(chars).unicodeScalars)
            set = { allowed.contains($0) }
        }
        var scalars = Array(text.unicodeScalars)[...]
        if leading { while let first = scalars.first, set(first) { scalars.removeFirst() } }
        if trailing { while let last = scalars.last, set(last) { scalars.removeLast() } }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    static func split(_ text: String, _ separatorValue: Value, _ maxSplit: Int, _ interpreter: Interpreter, fromRight: Bool) throws -> [String] {
        if separatorValue.isNone {
            // Runs of whitespace separate; leading and trailing whitespace is ignored.
            var words: [String] = []
            var scalars = Array(text.unicodeScalars)
            if fromRight { scalars.reverse() }
            var i = 0
            var splits = 0
            while i < scalars.count {
                while i < scalars.count && scalars[i].properties.isWhitespace { i += 1 }
                if i >= scalars.count { break }
                if maxSplit >= 0 && splits >= maxSplit {
                    var rest = Array(scalars[i...])
                    while let last = rest.last, last.properties.isWhitespace { rest.removeLast() }
                    words.append(String(String.UnicodeScalarView(fromRight ? rest.reversed() : rest)))
                    break
                }
                let start = i
                while i < scalars.count && !scalars[i].properties.isWhitespace { i += 1 }
                let word = Array(scalars[start..<i])
                words.append(String(String.UnicodeScalarView(fromRight ? word.reversed() : word)))
                splits += 1
            }
            return fromRight ? words.reversed() : words
        }
        guard let separator = separatorValue.stringValue else {
            throw PyException(BuiltinTypes.typeError, "must be str or None, not \(separatorValue.typeName)")
        }
        if separator.isEmpty { throw PyException(BuiltinTypes.valueError, "empty separator") }
        var parts = text.components(separatedBy: separator)
        if maxSplit >= 0 && parts.count > maxSplit + 1 {
            if fromRight {
                let head = parts[..<(parts.count - maxSplit)].joined(separator: separator)
                parts = [head] + parts[(parts.count - maxSplit)...]
            } else {
                let tail = parts[maxSplit...].joined(separator: separator)
                parts = Array(parts[..<maxSplit]) + [tail]
            }
        }
        return parts
    }

    static func replace(_ text: String, _ old: String, _ new: String, count: Int) -> String {
        if old.isEmpty {
            var out = ""
            var replaced = 0
            for c in text.unicodeScalars {
                if count < 0 || replaced < count { out += new; replaced += 1 }
                out.unicodeScalars.append(c)
            }
            if count < 0 || replaced < count { out += new }
            return out
        }
        var parts = text.components(separatedBy: old)
        if count >= 0 && parts.count > count + 1 {
            let tail = parts[count...].joined(separator: old)
            parts = Array(parts[..<count]) + [tail]
        }
        return parts.joined(separator: new)
    }

    static func affixes(_ value: Value, _ interpreter: Interpreter, _ name: String) throws -> [String] {
        if let text = value.stringValue { return [text] }
        if let tuple = value.asObject as? PyTuple { return try tuple.items.map { try interpreter.stringArgument($0) } }
        throw PyException(BuiltinTypes.typeError, "\(name) first arg must be str or a tuple of str, not \(value.typeName)")
    }

    /// The part of `text` between optional start/end code-point indices.
    static func sliced(_ text: String, _ start: Value, _ end: Value, _ interpreter: Interpreter) throws -> String {
        if start.isNone && end.isNone { return text }
        let s = PyStr(text)
        let slice = PySlice(start: start, stop: end, step: .none)
        let (from, _, _, count) = try slice.indices(s.count, interpreter: interpreter)
        return s.substring(from..<(from + count))
    }

    static func find(_ text: String, _ needle: String, _ start: Value, _ end: Value, _ interpreter: Interpreter, last: Bool) throws -> Int {
        let s = PyStr(text)
        let slice = PySlice(start: start, stop: end, step: .none)
        let (from, _, _, count) = try slice.indices(s.count, interpreter: interpreter)
        if start.isNone == false, let startIndex = try interpreter.indexValue(start), startIndex > s.count { return -1 }
        let haystack = Array(s.substring(from..<(from + count)).unicodeScalars)
        let pattern = Array(needle.unicodeScalars)
        if pattern.count > haystack.count { return -1 }
        let positions = Array(0...(haystack.count - pattern.count))
        for k in (last ? positions.reversed() : positions) where Array(haystack[k..<(k + pattern.count)]) == pattern {
            return from + k
        }
        return -1
    }

    static func fillCharacter(_ value: Value, _ interpreter: Interpreter, _ name: String) throws -> String {
        let fill = try interpreter.stringArgument(value)
        guard fill.unicodeScalars.count == 1 else {
            throw PyException(BuiltinTypes.typeError, "The fill character must be exactly one character long")
        }
        return fill
    }
}
