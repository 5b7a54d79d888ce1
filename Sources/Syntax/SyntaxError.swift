/// A compile-time error with CPython's wording and the location of the offending token.
/// `IndentationError` and `TabError` are kinds of SyntaxError in Python, kept as a `kind` here.
public struct SyntaxError: Error, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        case syntaxError = "SyntaxError"
        case indentationError = "IndentationError"
        case tabError = "TabError"
        /// Source nested too deeply to compile; CPython raises RecursionError here too.
        case recursionError = "RecursionError"
    }

    public var kind: Kind
    public var message: String
    public var location: SourceLocation
    /// The end of the offending range on the same line, when known (CPython draws `^^^`).
    public var endColumn: Int?
    public var fileName: String
    public var lineText: String?

    public init(_ message: String, at location: SourceLocation, endColumn: Int? = nil,
                kind: Kind = .syntaxError, file: SourceFile? = nil) {
        self.kind = kind
        self.message = message
        self.location = location
        self.endColumn = endColumn
        self.fileName = file?.name ?? "<unknown>"
        self.lineText = file?.line(location.line).map(String.init)
    }

    /// The error as CPython prints it: the file and line, the source line, a caret line, and the
    /// `SyntaxError: message` line.
    public var formatted: String {
        var out = "  File \"\(fileName)\", line \(location.line)\n"
        if let text = lineText {
            let trimmed = text.drop(while: { $0 == " " || $0 == "\t" })
            let removed = text.utf8.count - trimmed.utf8.count
            out += "    \(trimmed)\n"
            // Columns are UTF-8 byte offsets; the caret is placed by characters.
            let startByte = max(0, location.column - 1 - removed)
            let prefix = String(decoding: trimmed.utf8.prefix(startByte), as: UTF8.self)
            var width = 1
            if let end = endColumn, end > location.column {
                let span = trimmed.utf8.dropFirst(startByte).prefix(end - location.column)
                width = max(1, String(decoding: span, as: UTF8.self).count)
            }
            out += "    " + String(repeating: " ", count: prefix.count) + String(repeating: "^", count: width) + "\n"
        }
        out += "\(kind.rawValue): \(message)"
        return out
    }

    public var description: String { "\(kind.rawValue): \(message) (\(fileName), line \(location.line))" }
}
