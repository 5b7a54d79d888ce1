/// Splits an f-string body into literal text and replacement fields. The fields' expressions are
/// kept as source text with their location; the parser parses them like any other expression.
extension Lexer {
    func parseFString(_ body: [UInt8], raw: Bool, location: SourceLocation) throws -> [FStringPiece] {
        var scanner = FStringScanner(body: body, raw: raw, line: location.line, column: location.column, lexer: self)
        let pieces = try scanner.pieces(inFormatSpec: false)
        if scanner.index < body.count { throw error("f-string: single '}' is not allowed", at: location) }
        return pieces
    }
}

struct FStringScanner {
    let body: [UInt8]
    let raw: Bool
    var line: Int
    var column: Int
    let lexer: Lexer
    var index = 0

    init(body: [UInt8], raw: Bool, line: Int, column: Int, lexer: Lexer) {
        self.body = body
        self.raw = raw
        self.line = line
        self.column = column
        self.lexer = lexer
    }

    var here: SourceLocation { SourceLocation(line: line, column: column) }

    func peek(_ offset: Int = 0) -> UInt8 { index + offset < body.count ? body[index + offset] : 0 }

    mutating func advance() {
        if body[index] == UInt8(ascii: "\n") { line += 1; column = 1 } else { column += 1 }
        index += 1
    }

    func error(_ message: String) -> SyntaxError { lexer.error("f-string: " + message, at: here) }

    /// Reads pieces until the end of the body, or (inside a format spec) until an unmatched `}`.
    mutating func pieces(inFormatSpec: Bool) throws -> [FStringPiece] {
        var pieces: [FStringPiece] = []
        var literal: [UInt8] = []
        let start = here
        func flush() throws {
            guard !literal.isEmpty else { return }
            let decoded = raw ? literal : try lexer.decodeEscapes(literal, bytes: false, at: start)
            pieces.append(.literal(String(decoding: decoded, as: UTF8.self)))
            literal.removeAll()
        }
        while index < body.count {
            let c = body[index]
            if c == UInt8(ascii: "{") {
                if peek(1) == UInt8(ascii: "{") && !inFormatSpec {
                    literal.append(c)
                    advance(); advance()
                    continue
                }
                try flush()
                advance()
                pieces.append(.field(try field()))
            } else if c == UInt8(ascii: "}") {
                if inFormatSpec { break }
                if peek(1) == UInt8(ascii: "}") {
                    literal.append(c)
                    advance(); advance()
                    continue
                }
                throw error("single '}' is not allowed")
            } else if c == UInt8(ascii: "\\") && !raw && index + 1 < body.count {
                literal.append(c)
                advance()
                literal.append(body[index])
                advance()
            } else {
                literal.append(c)
                advance()
            }
        }
        try flush()
        return pieces
    }

    /// Reads one replacement field after its `{`, through its closing `}`.
    mutating func field() throws -> FStringField {
        let exprStart = index
        let exprLocation = here
        var depth = 0
        var quote: UInt8 = 0
        var ending: UInt8 = 0
        while index < body.count {
            let c = body[index]
            if quote != 0 {
                if c == quote { quote = 0 }
                advance()
                continue
            }
            if c == UInt8(ascii: "'") || c == UInt8(ascii: "\"") {
                quote = c
            } else if c == UInt8(ascii: "(") || c == UInt8(ascii: "[") || c == UInt8(ascii: "{") {
                depth += 1
            } else if c == UInt8(ascii: ")") || c == UInt8(ascii: "]") || c == UInt8(ascii: "}") {
                if depth == 0 {
                    if c == UInt8(ascii: "}") { ending = c; break }
                    throw error("unmatched '\(Character(Unicode.Scalar(c)))'")
                }
                depth -= 1
            } else if depth == 0 {
                if c == UInt8(ascii: "!") && peek(1) != UInt8(ascii: "=") { ending = c; break }
                if c == UInt8(ascii: ":") { ending = c; break }
                if c == UInt8(ascii: "=") && peek(1) != UInt8(ascii: "=") {
                    let previous = index > exprStart ? body[index - 1] : 0
                    if ![UInt8(ascii: "="), UInt8(ascii: "!"), UInt8(ascii: "<"), UInt8(ascii: ">")].contains(previous) {
                        ending = c
                        break
                    }
                }
            } else if c == UInt8(ascii: "\\") {
                throw error("expression part cannot include a backslash")
            }
            advance()
        }
        guard ending != 0 else { throw error("expecting '}'") }
        let source = String(decoding: body[exprStart..<index], as: UTF8.self)
        if source.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\n" }) {
            throw error("empty expression not allowed")
        }
        var result = FStringField(source: source, location: exprLocation, conversion: nil, formatSpec: nil, debugText: nil)
        if ending == UInt8(ascii: "=") {
            advance()
            // The debug text keeps the whitespace around `=` exactly as written.
            let afterEquals = index
            while index < body.count && body[index] == UInt8(ascii: " ") { advance() }
            result.debugText = source + "=" + String(decoding: body[afterEquals..<index], as: UTF8.self)
            ending = peek()
            if ending != UInt8(ascii: "!") && ending != UInt8(ascii: ":") && ending != UInt8(ascii: "}") {
                throw error("expecting '}'")
            }
        }
        if ending == UInt8(ascii: "!") {
            advance()
            let conversion = peek()
            guard conversion == UInt8(ascii: "r") || conversion == UInt8(ascii: "s") || conversion == UInt8(ascii: "a") else {
                throw error("invalid conversion character: expected 's', 'r', or 'a'")
            }
            result.conversion = Character(Unicode.Scalar(conversion))
            advance()
            ending = peek()
        }
        if ending == UInt8(ascii: ":") {
            advance()
            result.formatSpec = try pieces(inFormatSpec: true)
            ending = peek()
        }
        guard ending == UInt8(ascii: "}") && index < body.count else { throw error("expecting '}'") }
        advance()
        if result.debugText != nil && result.conversion == nil && result.formatSpec == nil {
            result.conversion = "r"
        }
        return result
    }
}
