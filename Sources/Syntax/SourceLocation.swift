/// A position in a source text: 1-based line, 1-based column (counted in UTF-8 bytes of the line,
/// which is what the lexer sees; `SyntaxError` converts to characters when it draws a caret).
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static let unknown = SourceLocation(line: 0, column: 0)

    public var description: String { "\(line):\(column)" }
}

/// A named source text: a cell, a script or a string given with `-c`. The name is what tracebacks
/// print (`File "<cell 3>", line 2`).
public final class SourceFile: @unchecked Sendable {
    public let name: String
    public let text: String
    /// The text split into lines (without terminators), computed once for error messages.
    public let lines: [Substring]

    public init(name: String, text: String) {
        self.name = name
        self.text = text
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? $0.dropLast() : $0
        }
    }

    /// The text of a 1-based line, or nil when out of range.
    public func line(_ number: Int) -> Substring? {
        guard number >= 1 && number <= lines.count else { return nil }
        return lines[number - 1]
    }
}
