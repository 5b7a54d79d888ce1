/// Foundation-free substring search and splitting, used by the `str` methods.
extension String {
    /// Splits on every occurrence of `separator` (Foundation-free).
    func components(separatedBy separator: String) -> [String] {
        var parts: [String] = []
        var remainder = self[...]
        while let range = remainder.range(of: separator) {
            parts.append(String(remainder[..<range.lowerBound]))
            remainder = remainder[range.upperBound...]
        }
        parts.append(String(remainder))
        return parts
    }
}

extension Substring {
    /// First occurrence of `needle`, matched by Unicode scalars (Foundation-free).
    func range(of needle: String) -> Range<Substring.Index>? {
        let pattern = Array(needle.unicodeScalars)
        guard let first = pattern.first else { return startIndex..<startIndex }
        var index = unicodeScalars.startIndex
        while index < unicodeScalars.endIndex {
            if unicodeScalars[index] == first {
                var i = index, k = 0
                while k < pattern.count && i < unicodeScalars.endIndex && unicodeScalars[i] == pattern[k] {
                    i = unicodeScalars.index(after: i)
                    k += 1
                }
                if k == pattern.count { return index..<i }
            }
            index = unicodeScalars.index(after: index)
        }
        return nil
    }
}

extension String {
    func range(of needle: String, backwards: Bool = false) -> Range<String.Index>? {
        if !backwards { return self[...].range(of: needle) }
        var last: Range<String.Index>?
        var remainder = self[...]
        while let found = remainder.range(of: needle) {
            last = found
            guard found.lowerBound < remainder.endIndex else { break }
            remainder = self[unicodeScalars.index(after: found.lowerBound)...]
        }
        return last
    }
}
