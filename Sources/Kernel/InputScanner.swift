import Foundation

/// A light scan of Python source for the interactive front ends: where strings, comments and
/// brackets are, without the full lexer. It answers "is this cell complete?", "does the last
/// statement end with `;`?" and "which lines are magic commands?", and never fails: invalid
/// input is the compiler's to report.
public struct InputScanner {
    /// One physical line with what the scan learned about it.
    public struct Line {
        public var text: String
        /// Whether the line starts a logical line (not inside brackets, a string or after `\`).
        public var startsLogicalLine: Bool
        /// The line with its comment removed (the comment's `#` was outside any string).
        public var code: String
    }

    public private(set) var lines: [Line] = []
    /// Open `(`, `[`, `{` at the end of the text.
    public private(set) var bracketDepth = 0
    /// The text ends inside a triple-quoted string.
    public private(set) var inTripleString = false
    /// The last line ends with a backslash continuation.
    public private(set) var endsWithContinuation = false

    public init(_ text: String) {
        var quote: [Character] = []   // the open string's delimiter (1 or 3 characters)
        var continuation = false
        let physical = text.split(separator: "\n", omittingEmptySubsequences: false)
        for raw in physical {
            let startsLogical = bracketDepth == 0 && quote.isEmpty && !continuation
            continuation = false
            var code = ""
            let chars = Array(raw)
            var i = 0
            var commentStart: Int?
            while i < chars.count {
                let c = chars[i]
                if !quote.isEmpty {
                    if c == "\\" { i += 2; continue }
                    if c == quote[0] && (quote.count == 1 || (i + 2 < chars.count && chars[i + 1] == c && chars[i + 2] == c)) {
                        i += quote.count
                        quote = []
                        continue
                    }
                    i += 1
                    continue
                }
                switch c {
                case "#":
                    commentStart = i
                    i = chars.count
                    continue
                case "\"", "'":
                    if i + 2 < chars.count && chars[i + 1] == c && chars[i + 2] == c {
                        quote = [c, c, c]
                        i += 3
                    } else {
                        quote = [c]
                        i += 1
                    }
                    continue
                case "(", "[", "{": bracketDepth += 1
                case ")", "]", "}": bracketDepth = max(0, bracketDepth - 1)
                case "\\" where i == chars.count - 1: continuation = true
                default: break
                }
                i += 1
            }
            // A single-quoted string cannot span lines (unless escaped at the end, rare).
            if quote.count == 1 { quote = [] }
            code = String(chars[0..<(commentStart ?? chars.count)])
            lines.append(Line(text: String(raw), startsLogicalLine: startsLogical, code: code))
        }
        inTripleString = !quote.isEmpty
        endsWithContinuation = continuation
    }

    /// Whether an interactive cell is ready to run after its last line was entered: no open
    /// bracket, string or `\`, and either the last line is blank or the last statement starts at
    /// column 0 and does not open a block (`:`) or decorate one (`@`). So a block continues until
    /// a blank line or a dedented line, as in IPython.
    public var isComplete: Bool {
        if bracketDepth > 0 || inTripleString || endsWithContinuation { return false }
        guard let last = lines.last else { return true }
        if last.text.allSatisfy({ $0 == " " || $0 == "\t" }) { return true }
        guard let logical = lines.lastIndex(where: { $0.startsLogicalLine }) else { return true }
        let first = lines[logical]
        if first.text.first == " " || first.text.first == "\t" { return false }
        let statement = lines[logical...].map(\.code).joined(separator: "\n")
        let trimmed = statement.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("@") { return false }
        if trimmed.hasSuffix(":") {
            // `x[1:` would be an open bracket; a trailing colon outside brackets opens a block.
            return false
        }
        return true
    }

    /// Whether the last statement ends with `;` (IPython's rule for hiding the result).
    public var endsWithSemicolon: Bool {
        guard let last = lines.last(where: { !$0.code.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) else { return false }
        return last.code.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix(";")
    }
}

extension String {
    /// The leading spaces and tabs.
    var indentation: String { String(prefix { $0 == " " || $0 == "\t" }) }
}
