/// Turns source text into tokens, including Python's INDENT/DEDENT/NEWLINE structure.
///
/// Inside brackets newlines are insignificant; a backslash at the end of a line joins it with the
/// next; blank and comment-only lines produce nothing. Limits on bracket nesting and indentation
/// depth follow CPython's, so hostile input gets a SyntaxError rather than deep recursion later.
public struct Lexer {
    public static let maxBracketDepth = 200
    public static let maxIndentDepth = 100

    let file: SourceFile
    let bytes: [UInt8]
    var pos = 0
    var line = 1
    var lineStart = 0
    var indents: [Int] = [0]
    /// The same indentation levels measured with a tab as one column: where the two
    /// measurements disagree about the order of two lines, the meaning depends on the tab size,
    /// and Python raises TabError (as CPython's tokenizer does).
    var alternateIndents: [Int] = [0]
    var brackets: [(byte: UInt8, location: SourceLocation)] = []
    var tokens: [Token] = []
    var atLineStart = true

    public init(file: SourceFile) {
        self.file = file
        self.bytes = Array(file.text.utf8)
    }

    /// Tokenizes a whole source file.
    public static func tokenize(_ file: SourceFile) throws -> [Token] {
        var lexer = Lexer(file: file)
        try lexer.run()
        return lexer.tokens
    }

    var location: SourceLocation { SourceLocation(line: line, column: pos - lineStart + 1) }

    func peek(_ offset: Int = 0) -> UInt8 {
        let index = pos + offset
        return index < bytes.count ? bytes[index] : 0
    }

    func error(_ message: String, at location: SourceLocation? = nil, kind: SyntaxError.Kind = .syntaxError) -> SyntaxError {
        SyntaxError(message, at: location ?? self.location, kind: kind, file: file)
    }

    mutating func emit(_ kind: Token.Kind, _ text: String, from start: SourceLocation) {
        tokens.append(Token(kind: kind, text: text, start: start, end: location))
    }

    mutating func newLine() {
        line += 1
        lineStart = pos
    }

    mutating func run() throws {
        while true {
            if atLineStart && brackets.isEmpty {
                if try !handleIndentation() { break }
            }
            guard pos < bytes.count else { break }
            let c = bytes[pos]
            switch c {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), 0x0C, UInt8(ascii: "\r"):
                pos += 1
            case UInt8(ascii: "\n"):
                if brackets.isEmpty {
                    emit(.newline, "\n", from: location)
                    atLineStart = true
                }
                pos += 1
                newLine()
            case UInt8(ascii: "#"):
                while pos < bytes.count && bytes[pos] != UInt8(ascii: "\n") { pos += 1 }
            case UInt8(ascii: "\\"):
                try lineContinuation()
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                try lexNumber()
            case UInt8(ascii: ".") where isDigit(peek(1)):
                try lexNumber()
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                try lexString(prefix: "")
            default:
                if isIdentifierStart(c) {
                    try lexNameOrPrefixedString()
                } else {
                    try lexOperator()
                }
            }
        }
        try finish()
    }

    mutating func lineContinuation() throws {
        let start = location
        pos += 1
        if peek() == UInt8(ascii: "\r") { pos += 1 }
        guard peek() == UInt8(ascii: "\n") else {
            if pos >= bytes.count { throw error("unexpected EOF while parsing", at: start) }
            throw error("unexpected character after line continuation character", at: start)
        }
        pos += 1
        newLine()
    }

    /// Measures the indentation of a new logical line and emits INDENT/DEDENT tokens. Returns
    /// false at the end of the input.
    mutating func handleIndentation() throws -> Bool {
        while true {
            var column = 0, alternateColumn = 0
            let indentStart = pos
            while pos < bytes.count {
                let c = bytes[pos]
                if c == UInt8(ascii: " ") { column += 1; alternateColumn += 1 }
                else if c == UInt8(ascii: "\t") { column = (column / 8 + 1) * 8; alternateColumn += 1 }
                else if c == 0x0C { column = 0; alternateColumn = 0 }
                else { break }
                pos += 1
            }
            guard pos < bytes.count else { return false }
            let c = bytes[pos]
            if c == UInt8(ascii: "\n") || c == UInt8(ascii: "\r") || c == UInt8(ascii: "#") {
                // Blank or comment-only line: no tokens, indentation ignored.
                while pos < bytes.count && bytes[pos] != UInt8(ascii: "\n") { pos += 1 }
                if pos < bytes.count { pos += 1; newLine() }
                continue
            }
            if c == UInt8(ascii: "\\") && (peek(1) == UInt8(ascii: "\n")) {
                pos = indentStart
            }
            atLineStart = false
            let current = indents[indents.count - 1]
            let here = location
            func tabError() -> SyntaxError { error("inconsistent use of tabs and spaces in indentation", kind: .tabError) }
            if column == current {
                if alternateColumn != alternateIndents[alternateIndents.count - 1] { throw tabError() }
            } else if column > current {
                guard !tokens.isEmpty, case .newline = tokens[tokens.count - 1].kind else {
                    throw error("unexpected indent", at: SourceLocation(line: line, column: pos - lineStart + 1), kind: .indentationError)
                }
                if indents.count > Lexer.maxIndentDepth {
                    throw error("too many levels of indentation", kind: .indentationError)
                }
                if alternateColumn <= alternateIndents[alternateIndents.count - 1] { throw tabError() }
                indents.append(column)
                alternateIndents.append(alternateColumn)
                emit(.indent, "", from: here)
            } else if column < current {
                while indents.count > 1 && column < indents[indents.count - 1] {
                    indents.removeLast()
                    alternateIndents.removeLast()
                    emit(.dedent, "", from: here)
                }
                if column != indents[indents.count - 1] {
                    throw error("unindent does not match any outer indentation level", kind: .indentationError)
                }
                if alternateColumn != alternateIndents[alternateIndents.count - 1] { throw tabError() }
            }
            return true
        }
    }

    mutating func finish() throws {
        if let open = brackets.last {
            throw error("'\(Character(Unicode.Scalar(open.byte)))' was never closed", at: open.location)
        }
        if let last = tokens.last {
            switch last.kind {
            case .newline, .dedent: break
            default: emit(.newline, "", from: location)
            }
        }
        while indents.count > 1 {
            indents.removeLast()
            alternateIndents.removeLast()
            emit(.dedent, "", from: location)
        }
        emit(.endOfFile, "", from: location)
    }

    func isDigit(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }

    func isIdentifierStart(_ c: UInt8) -> Bool {
        (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z"))
            || c == UInt8(ascii: "_") || c >= 0x80
    }

    func isIdentifierPart(_ c: UInt8) -> Bool { isIdentifierStart(c) || isDigit(c) }

    mutating func lexNameOrPrefixedString() throws {
        let start = location
        let begin = pos
        while pos < bytes.count && isIdentifierPart(bytes[pos]) { pos += 1 }
        let text = String(decoding: bytes[begin..<pos], as: UTF8.self)
        let next = peek()
        if (next == UInt8(ascii: "'") || next == UInt8(ascii: "\"")) && text.count <= 2 {
            let lower = text.lowercased()
            if ["r", "u", "f", "b", "rb", "br", "fr", "rf"].contains(lower) {
                return try lexString(prefix: lower, start: start)
            }
        }
        if let bad = text.unicodeScalars.first(where: { !$0.properties.isXIDContinue }) {
            let code = String(bad.value, radix: 16, uppercase: true)
            throw error("invalid character '\(bad)' (U+\(String(repeating: "0", count: max(0, 4 - code.count)) + code))", at: start)
        }
        emit(Keywords.all.contains(text) ? .keyword : .name, text, from: start)
    }

    mutating func lexOperator() throws {
        let start = location
        let c = bytes[pos]
        let three = pos + 3 <= bytes.count ? String(decoding: bytes[pos..<pos + 3], as: UTF8.self) : ""
        let two = pos + 2 <= bytes.count ? String(decoding: bytes[pos..<pos + 2], as: UTF8.self) : ""
        if ["**=", "//=", ">>=", "<<=", "..."].contains(three) {
            pos += 3
            return emit(.op, three, from: start)
        }
        if ["**", "//", "<<", ">>", "<=", ">=", "==", "!=", "->", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", ":="].contains(two) {
            pos += 2
            return emit(.op, two, from: start)
        }
        switch c {
        case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
            if brackets.count >= Lexer.maxBracketDepth { throw error("too many nested parentheses", at: start) }
            brackets.append((c, start))
        case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
            let closing = Character(Unicode.Scalar(c))
            guard let open = brackets.popLast() else { throw error("unmatched '\(closing)'", at: start) }
            let expected: UInt8 = open.byte == UInt8(ascii: "(") ? UInt8(ascii: ")") : open.byte == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: "}")
            if c != expected {
                let opening = Character(Unicode.Scalar(open.byte))
                var message = "closing parenthesis '\(closing)' does not match opening parenthesis '\(opening)'"
                if open.location.line != start.line { message += " on line \(open.location.line)" }
                throw error(message, at: start)
            }
        case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "/"), UInt8(ascii: "%"),
             UInt8(ascii: "@"), UInt8(ascii: "&"), UInt8(ascii: "|"), UInt8(ascii: "^"), UInt8(ascii: "~"),
             UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: "."),
             UInt8(ascii: ";"), UInt8(ascii: "="):
            break
        default:
            if c == UInt8(ascii: "!") { throw error("invalid syntax", at: start) }
            if c == UInt8(ascii: "$") || c == UInt8(ascii: "?") || c == UInt8(ascii: "`") {
                throw error("invalid syntax", at: start)
            }
            throw error("invalid character in identifier", at: start)
        }
        pos += 1
        emit(.op, String(Character(Unicode.Scalar(c))), from: start)
    }
}
