import Syntax

/// CPython 3.11's caret line under the failing part of a traceback's source line: `~` under
/// the operands and `^` under a binary operator (`~~^~~`) or a subscript's brackets (`~^^^`),
/// `^` under any other operation, and no line when a plain operation covers the whole line.
enum TracebackCarets {
    /// The caret line for `site` on `line` (the frame's source line, numbered `lineNumber`),
    /// relative to the line with its indentation stripped; and the column (in that stripped
    /// line) where the operation starts, for the operand line under it.
    static func carets(for site: OperationSite, line: Substring, lineNumber: Int) -> (carets: String?, column: Int)? {
        guard site.start.line == lineNumber else { return nil }
        let scalars = Array(line.unicodeScalars)
        func isBlank(_ s: Unicode.Scalar) -> Bool { s == " " || s == "\t" || s == "\r" }
        let lead = scalars.firstIndex { !isBlank($0) } ?? scalars.count
        let strippedEnd = (scalars.lastIndex { !isBlank($0) } ?? -1) + 1
        let start = characterIndex(ofByte: site.start.column - 1, in: scalars)
        var end: Int
        var anchor = site.anchor
        if site.end.line != site.start.line {
            end = strippedEnd
            anchor = .none
        } else {
            end = trimmedEnd(scalars, start: start, end: characterIndex(ofByte: site.end.column - 1, in: scalars))
        }
        guard start >= lead, end > start, end <= scalars.count else { return nil }
        var marks = Array(repeating: Character("^"), count: end - start)
        switch anchor {
        case .binaryOperator(let leftEnd, let length) where leftEnd.line == site.start.line:
            var position = characterIndex(ofByte: leftEnd.column - 1, in: scalars)
            while position < end, isBlank(scalars[position]) || scalars[position] == ")" || scalars[position] == "#" { position += 1 }
            marks = (start..<end).map { $0 >= position && $0 < position + length ? "^" : "~" }
        case .subscriptBracket(let valueEnd) where valueEnd.line == site.start.line:
            var position = characterIndex(ofByte: valueEnd.column - 1, in: scalars)
            while position < end, scalars[position] != "[" { position += 1 }
            marks = (start..<end).map { $0 >= position ? "^" : "~" }
        default:
            // A plain operation over the whole line needs no carets.
            if start == lead && end >= strippedEnd { return (nil, 0) }
        }
        return (String(repeating: " ", count: start - lead) + String(marks), start - lead)
    }

    /// The index of the character at a 0-based UTF-8 byte offset of the line.
    static func characterIndex(ofByte offset: Int, in scalars: [Unicode.Scalar]) -> Int {
        var bytes = 0
        for (index, scalar) in scalars.enumerated() {
            if bytes >= offset { return index }
            bytes += UTF8.width(scalar)
        }
        return scalars.count
    }

    /// `end`, moved back over closing parentheses that have no opening one in the range (the
    /// parser ends a parenthesized expression after its `)`, CPython before it).
    static func trimmedEnd(_ scalars: [Unicode.Scalar], start: Int, end: Int) -> Int {
        guard start < end, end <= scalars.count else { return end }
        var balance = 0
        for scalar in scalars[start..<end] {
            if scalar == "(" { balance += 1 } else if scalar == ")" { balance -= 1 }
        }
        var end = end
        while balance < 0, end > start, scalars[end - 1] == ")" || scalars[end - 1] == " " {
            if scalars[end - 1] == ")" { balance += 1 }
            end -= 1
        }
        while end > start, scalars[end - 1] == " " { end -= 1 }
        return end
    }

    /// The source text from `start` to `end` on one line, with a multi-line text's line breaks
    /// and indentation collapsed to single spaces.
    static func text(from start: SourceLocation, to end: SourceLocation, in file: SourceFile) -> String {
        var pieces: [String] = []
        for number in start.line...max(start.line, end.line) {
            guard let line = file.line(number) else { break }
            let bytes = Array(line.utf8)
            let from = number == start.line ? min(max(0, start.column - 1), bytes.count) : 0
            let to = number == end.line ? min(max(from, end.column - 1), bytes.count) : bytes.count
            pieces.append(String(decoding: bytes[from..<to], as: UTF8.self).trimmingSpaces())
        }
        let scalars = Array(pieces.filter { !$0.isEmpty }.joined(separator: " ").unicodeScalars)
        let trimmed = scalars[0..<trimmedEnd(scalars, start: 0, end: scalars.count)]
        var text = String(String.UnicodeScalarView(trimmed))
        if text.count > 60 { text = String(text.prefix(57)) + "..." }
        return text
    }
}
