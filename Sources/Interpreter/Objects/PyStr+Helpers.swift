/// The text algorithms behind the `str` methods: byte search on UTF-8 (`TextSearch`), code-point
/// positions and Python's error messages.
extension StrMethods {
    /// `strip`, `lstrip`, `rstrip`: the receiver itself when nothing is stripped, else a slice
    /// of its bytes.
    static func stripped(_ s: PyStr, _ receiver: Value, _ chars: Value, _ interpreter: Interpreter, leading: Bool, trailing: Bool) throws -> Value {
        let text = s.value
        var result: String?
        if chars.isNone, s.isASCII {
            result = asciiStripped(text, leading: leading, trailing: trailing) { TextSearch.isSpace(UInt32($0)) }
        } else if chars.isNone {
            result = scalarStripped(text, leading: leading, trailing: trailing) { TextSearch.isSpace($0.value) }
        } else {
            let set = try interpreter.stringArgument(chars)
            if s.isASCII && PyStr.isASCII(set) {
                var table = [Bool](filledWith: false, count: 128)
                for b in set.utf8 { table[Int(b)] = true }
                result = asciiStripped(text, leading: leading, trailing: trailing) { table[Int($0)] }
            } else {
                let allowed = Set(set.unicodeScalars)
                result = scalarStripped(text, leading: leading, trailing: trailing) { allowed.contains($0) }
            }
        }
        guard let result else { return s.type === BuiltinTypes.str ? receiver : .str(text) }
        return s.isASCII ? .object(PyStr(result, isASCII: true)) : .str(result)
    }

    /// nil when nothing is stripped.
    static func asciiStripped(_ text: String, leading: Bool, trailing: Bool, _ strip: (UInt8) -> Bool) -> String? {
        let range = TextSearch.withBytes(text, "") { bytes, _ -> Range<Int>? in
            var start = 0, end = bytes.count
            if leading { while start < end && strip(bytes[start]) { start += 1 } }
            if trailing { while end > start && strip(bytes[end - 1]) { end -= 1 } }
            if start == 0 && end == bytes.count { return nil }
            return start..<end
        }
        return range.map { text.byteSlice($0) }
    }

    static func scalarStripped(_ text: String, leading: Bool, trailing: Bool, _ strip: (Unicode.Scalar) -> Bool) -> String? {
        let view = text.unicodeScalars
        var start = view.startIndex, end = view.endIndex
        if leading { while start < end && strip(view[start]) { start = view.index(after: start) } }
        if trailing {
            while end > start {
                let before = view.index(before: end)
                if !strip(view[before]) { break }
                end = before
            }
        }
        if start == view.startIndex && end == view.endIndex { return nil }
        return String(view[start..<end])
    }

    static func splitText(_ s: PyStr, _ separatorValue: Value, _ maxSplit: Int, _ interpreter: Interpreter, fromRight: Bool) throws -> [String] {
        let text = s.value
        if separatorValue.isNone {
            if s.isASCII { return asciiWhitespaceSplit(text, maxSplit, fromRight: fromRight) }
            return scalarWhitespaceSplit(text, maxSplit, fromRight: fromRight)
        }
        guard let separator = separatorValue.stringValue else {
            throw PyException(BuiltinTypes.typeError, "must be str or None, not \(separatorValue.typeName)")
        }
        if separator.isEmpty { throw PyException(BuiltinTypes.valueError, "empty separator") }
        return TextSearch.withBytes(text, separator) { hay, needle in
            var parts: [String] = []
            if !fromRight {
                var start = 0
                for k in TextSearch.occurrences(hay, needle, limit: maxSplit) {
                    parts.append(TextSearch.string(hay, start..<k))
                    start = k + needle.count
                }
                parts.append(TextSearch.string(hay, start..<hay.count))
                return parts
            }
            var end = hay.count
            while maxSplit < 0 || parts.count < maxSplit, let k = TextSearch.lastIndex(hay, needle, end: end) {
                parts.append(TextSearch.string(hay, (k + needle.count)..<end))
                end = k
            }
            parts.append(TextSearch.string(hay, 0..<end))
            return parts.reversed()
        }
    }

    /// `split()` with no separator on ASCII text: runs of whitespace separate, and leading and
    /// trailing whitespace is ignored.
    static func asciiWhitespaceSplit(_ text: String, _ maxSplit: Int, fromRight: Bool) -> [String] {
        TextSearch.withBytes(text, "") { bytes, _ in
            var words: [String] = []
            let n = bytes.count
            @inline(__always) func space(_ i: Int) -> Bool { TextSearch.isSpace(UInt32(bytes[i])) }
            if !fromRight {
                var i = 0
                while i < n {
                    while i < n && space(i) { i += 1 }
                    if i >= n { break }
                    if maxSplit >= 0 && words.count >= maxSplit {
                        // The rest keeps its trailing whitespace, as in CPython.
                        words.append(TextSearch.string(bytes, i..<n))
                        break
                    }
                    let start = i
                    while i < n && !space(i) { i += 1 }
                    words.append(TextSearch.string(bytes, start..<i))
                }
                return words
            }
            var i = n
            while i > 0 {
                while i > 0 && space(i - 1) { i -= 1 }
                if i == 0 { break }
                if maxSplit >= 0 && words.count >= maxSplit {
                    words.append(TextSearch.string(bytes, 0..<i))
                    break
                }
                let end = i
                while i > 0 && !space(i - 1) { i -= 1 }
                words.append(TextSearch.string(bytes, i..<end))
            }
            return words.reversed()
        }
    }

    static func scalarWhitespaceSplit(_ text: String, _ maxSplit: Int, fromRight: Bool) -> [String] {
        var words: [String] = []
        var scalars = Array(text.unicodeScalars)
        if fromRight { scalars.reverse() }
        func isSpace(_ c: Unicode.Scalar) -> Bool { TextSearch.isSpace(c.value) }
        func word(_ part: ArraySlice<Unicode.Scalar>) -> String {
            var view = String.UnicodeScalarView()
            if fromRight { view.append(contentsOf: part.reversed()) } else { view.append(contentsOf: part) }
            return String(view)
        }
        var i = 0
        while i < scalars.count {
            while i < scalars.count && isSpace(scalars[i]) { i += 1 }
            if i >= scalars.count { break }
            if maxSplit >= 0 && words.count >= maxSplit {
                words.append(word(scalars[i..<scalars.count]))
                break
            }
            let start = i
            while i < scalars.count && !isSpace(scalars[i]) { i += 1 }
            words.append(word(scalars[start..<i]))
        }
        return fromRight ? words.reversed() : words
    }

    /// nil when `old` does not occur (the caller may return the receiver itself).
    static func replacing(_ text: String, _ old: String, _ new: String, count: Int) throws -> String? {
        if count == 0 { return nil }
        if old.isEmpty {
            var out = String.UnicodeScalarView()
            var replaced = 0
            for c in text.unicodeScalars {
                if count < 0 || replaced < count { out.append(contentsOf: new.unicodeScalars); replaced += 1 }
                out.append(c)
            }
            if count < 0 || replaced < count { out.append(contentsOf: new.unicodeScalars) }
            return String(out)
        }
        return try TextSearch.withBytes(text, old) { hay, needle -> String? in
            let found = TextSearch.occurrences(hay, needle, limit: count)
            if found.isEmpty { return nil }
            let newCount = new.utf8.count
            let (grown, overflow) = (newCount - needle.count).multipliedReportingOverflow(by: found.count)
            let total = hay.count + grown
            if overflow || total < 0 { throw PyException(BuiltinTypes.overflowError, "replace string is too long") }
            try Allocation.check(count: total, elementSize: 1)
            var new = new
            return new.withUTF8 { replacement in
                String(unsafeUninitializedCapacity: total) { out in
                    guard let o = out.baseAddress, let h = hay.baseAddress else { return 0 }
                    var written = 0, start = 0
                    for k in found {
                        (o + written).update(from: h + start, count: k - start)
                        written += k - start
                        if let r = replacement.baseAddress { (o + written).update(from: r, count: newCount) }
                        written += newCount
                        start = k + needle.count
                    }
                    (o + written).update(from: h + start, count: hay.count - start)
                    return written + hay.count - start
                }
            }
        }
    }

    static func affixes(_ value: Value, _ interpreter: Interpreter, _ name: String) throws -> [String] {
        if let text = value.stringValue { return [text] }
        if let tuple = value.asObject as? PyTuple { return try tuple.items.map { try interpreter.stringArgument($0) } }
        throw PyException(BuiltinTypes.typeError, "\(name) first arg must be str or a tuple of str, not \(value.typeName)")
    }

    /// The byte range of the code points between optional start/end indices, and the code-point
    /// index where it starts; nil when `start` lies past the end (no match is possible there,
    /// not even of an empty string).
    static func byteRange(_ s: PyStr, _ start: Value, _ end: Value, _ interpreter: Interpreter) throws -> (bytes: Range<Int>, from: Int)? {
        let utf8Count = s.value.utf8.count
        if start.isNone && end.isNone { return (0..<utf8Count, 0) }
        let length = s.count
        let slice = PySlice(start: start, stop: end, step: .none)
        let (from, _, _, count) = try slice.indices(length, interpreter: interpreter)
        if !start.isNone, let startIndex = try interpreter.indexValue(start), startIndex > length { return nil }
        if s.isASCII { return (from..<(from + count), from) }
        return TextSearch.withBytes(s.value, "") { bytes, _ in
            let lower = TextSearch.byteOffset(bytes, scalarIndex: from)
            var upper = lower
            var seen = 0
            while upper < bytes.count && seen < count {
                upper += 1
                while upper < bytes.count && bytes[upper] & 0xC0 == 0x80 { upper += 1 }
                seen += 1
            }
            return (lower..<upper, from)
        }
    }

    /// `find`/`rfind`: the code-point position of the first or last `needle`, or -1.
    static func position(_ s: PyStr, _ needle: String, _ start: Value, _ end: Value, _ interpreter: Interpreter, last: Bool) throws -> Int {
        guard let (range, from) = try byteRange(s, start, end, interpreter) else { return -1 }
        return TextSearch.withBytes(s.value, needle) { hay, pattern in
            let found: Int?
            if pattern.isEmpty {
                found = last ? range.upperBound : range.lowerBound
            } else if last {
                found = TextSearch.lastIndex(hay, pattern, from: range.lowerBound, end: range.upperBound)
            } else {
                found = TextSearch.firstIndex(hay, pattern, from: range.lowerBound, end: range.upperBound)
            }
            guard let k = found else { return -1 }
            if s.isASCII { return k }
            if range.lowerBound == 0 { return s.scalarIndex(ofByte: k) }
            return from + TextSearch.scalarCount(hay, from: range.lowerBound, to: k)
        }
    }

    /// `count`: non-overlapping occurrences; an empty needle matches between every two code points.
    static func occurrences(_ s: PyStr, _ needle: String, _ start: Value, _ end: Value, _ interpreter: Interpreter) throws -> Int {
        guard let (range, _) = try byteRange(s, start, end, interpreter) else { return 0 }
        return TextSearch.withBytes(s.value, needle) { hay, pattern in
            if pattern.isEmpty {
                return (s.isASCII ? range.count : TextSearch.scalarCount(hay, from: range.lowerBound, to: range.upperBound)) + 1
            }
            var total = 0
            var i = range.lowerBound
            while let k = TextSearch.firstIndex(hay, pattern, from: i, end: range.upperBound) {
                total += 1
                i = k + pattern.count
            }
            return total
        }
    }

    /// The part of the receiver between optional start/end code-point indices (nil: past the end).
    static func sliced(_ s: PyStr, _ start: Value, _ end: Value, _ interpreter: Interpreter) throws -> String? {
        if start.isNone && end.isNone { return s.value }
        guard let (range, _) = try byteRange(s, start, end, interpreter) else { return nil }
        return TextSearch.withBytes(s.value, "") { bytes, _ in TextSearch.string(bytes, range) }
    }

    /// `partition` and `rpartition`.
    static func partitioned(_ s: PyStr, _ args: BoundArguments, _ interpreter: Interpreter, last: Bool) throws -> Value {
        let separator = try interpreter.stringArgument(args["sep"])
        if separator.isEmpty { throw PyException(BuiltinTypes.valueError, "empty separator") }
        let whole: Value = s.type === BuiltinTypes.str ? args.receiver : .str(s.value)
        return TextSearch.withBytes(s.value, separator) { hay, needle in
            let found = last ? TextSearch.lastIndex(hay, needle) : TextSearch.firstIndex(hay, needle)
            guard let k = found else {
                return .object(PyTuple(last ? [.str(""), .str(""), whole] : [whole, .str(""), .str("")]))
            }
            return .object(PyTuple([.str(TextSearch.string(hay, 0..<k)), args["sep"],
                                    .str(TextSearch.string(hay, (k + needle.count)..<hay.count))]))
        }
    }

    static func fillCharacter(_ value: Value, _ interpreter: Interpreter, _ name: String) throws -> String {
        let fill = try interpreter.stringArgument(value)
        guard fill.unicodeScalars.count == 1 else {
            throw PyException(BuiltinTypes.typeError, "The fill character must be exactly one character long")
        }
        return fill
    }
}
