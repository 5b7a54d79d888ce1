/// The text algorithms behind the `str` methods, on Swift strings with Python's code-point
/// indexing and error messages.
extension StrMethods {
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

    static func stripped(_ text: String, _ chars: Value, _ interpreter: Interpreter, leading: Bool, trailing: Bool) throws -> String {
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

    static func splitText(_ text: String, _ separatorValue: Value, _ maxSplit: Int, _ interpreter: Interpreter, fromRight: Bool) throws -> [String] {
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
        // Compared as parts.count - 1 > maxSplit: maxSplit may be sys.maxsize.
        if maxSplit >= 0 && parts.count - 1 > maxSplit {
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

    static func replacing(_ text: String, _ old: String, _ new: String, count: Int) -> String {
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
        // parts.count - 1 > count, not parts.count > count + 1: count may be sys.maxsize.
        if count >= 0 && parts.count - 1 > count {
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

    static func position(_ text: String, _ needle: String, _ start: Value, _ end: Value, _ interpreter: Interpreter, last: Bool) throws -> Int {
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
