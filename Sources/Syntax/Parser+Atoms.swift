/// Atoms: names, literals, parenthesised forms, displays and comprehensions.
extension Parser {
    mutating func parseAtom() throws -> Expr {
        let token = current
        let start = token.start
        switch token.kind {
        case .name:
            advance()
            return expression(.name(token.text), from: start)
        case .int(let value):
            advance()
            return expression(.constant(.int(value)), from: start)
        case .bigInt(let digits):
            advance()
            return expression(.constant(.bigInt(digits)), from: start)
        case .float(let value):
            advance()
            return expression(.constant(.float(value)), from: start)
        case .imaginary(let value):
            advance()
            return expression(.constant(.imaginary(value)), from: start)
        case .string, .fstring, .bytes:
            return try parseStrings()
        case .keyword:
            switch token.text {
            case "None": advance(); return expression(.constant(.none), from: start)
            case "True": advance(); return expression(.constant(.bool(true)), from: start)
            case "False": advance(); return expression(.constant(.bool(false)), from: start)
            case "yield": throw error("'yield' outside function")
            default: throw invalidSyntax()
            }
        case .op:
            switch token.text {
            case "(": return try parseParenthesized()
            case "[": return try parseListDisplay()
            case "{": return try parseBraceDisplay()
            case "...": advance(); return expression(.constant(.ellipsis), from: start)
            default: throw invalidSyntax()
            }
        case .indent:
            throw error("unexpected indent", kind: .indentationError)
        default:
            throw invalidSyntax()
        }
    }

    /// Adjacent string literals concatenate; any f-string among them makes the whole an f-string.
    mutating func parseStrings() throws -> Expr {
        let start = current.start
        var parts: [FStringPart] = []
        var plain = ""
        var isFormat = false
        var bytes: [UInt8]?
        func flushPlain() {
            if !plain.isEmpty { parts.append(.literal(plain)); plain = "" }
        }
        while true {
            switch current.kind {
            case .string(let text):
                if bytes != nil { throw error("cannot mix bytes and nonbytes literals") }
                plain += text
            case .bytes(let value):
                if !parts.isEmpty || !plain.isEmpty || isFormat { throw error("cannot mix bytes and nonbytes literals") }
                bytes = (bytes ?? []) + value
            case .fstring(let pieces):
                if bytes != nil { throw error("cannot mix bytes and nonbytes literals") }
                isFormat = true
                for piece in pieces {
                    switch piece {
                    case .literal(let text): plain += text
                    case .field(let field):
                        flushPlain()
                        parts.append(try fStringField(field))
                    }
                }
            default:
                if let bytes { return expression(.constant(.bytes(bytes)), from: start) }
                if !isFormat { return expression(.constant(.string(plain)), from: start) }
                flushPlain()
                return expression(.fstring(parts), from: start)
            }
            advance()
        }
    }

    func fStringField(_ field: FStringField) throws -> FStringPart {
        // The expression is parsed on its own, wrapped in parentheses so that it may span lines,
        // with its location shifted to where it stands in the file.
        let wrapped = "(" + field.source + ")"
        let sub = SourceFile(name: file.name, text: wrapped)
        var tokens = try Lexer.tokenize(sub)
        for i in tokens.indices {
            tokens[i].start = shifted(tokens[i].start, by: field.location)
            tokens[i].end = shifted(tokens[i].end, by: field.location)
        }
        var parser = Parser(file: file, tokens: tokens)
        parser.depth = depth
        let expr = try parser.parseTestListStarExpr()
        guard parser.atNewline || parser.atEnd else {
            throw error("f-string: invalid syntax", at: field.location)
        }
        var spec: [FStringPart]?
        if let pieces = field.formatSpec {
            spec = try pieces.map { piece in
                switch piece {
                case .literal(let text): return .literal(text)
                case .field(let nested): return try fStringField(nested)
                }
            }
        }
        return .field(expr, conversion: field.conversion, formatSpec: spec, debugText: field.debugText)
    }

    /// Maps a location in `(source)` back to the file: line 1 column 2 is the field's start.
    func shifted(_ location: SourceLocation, by origin: SourceLocation) -> SourceLocation {
        if location.line == 1 {
            return SourceLocation(line: origin.line, column: origin.column + max(0, location.column - 2))
        }
        return SourceLocation(line: origin.line + location.line - 1, column: location.column)
    }

    mutating func parseParenthesized() throws -> Expr {
        let start = advance().start
        try enterNesting()
        defer { depth -= 1 }
        if accept(")") { return expression(.tuple([]), from: start) }
        if at("yield") {
            let value = try parseYield()
            _ = try expect(")")
            return value
        }
        let first = try parseTestOrStar()
        if at("for") {
            let generators = try parseComprehensionClauses()
            _ = try expect(")")
            return expression(.generator(first, generators), from: start)
        }
        if accept(")") {
            if case .starred = first.kind { throw error("cannot use starred expression here", at: first.location) }
            return Expr(first.kind, at: first.location, end: tokens[index - 1].end)
        }
        guard at(",") else { throw invalidSyntaxInDisplay() }
        var items = [first]
        while accept(",") {
            if at(")") { break }
            items.append(try parseTestOrStar())
        }
        _ = try expect(")")
        return expression(.tuple(items), from: start)
    }

    /// Inside a display, a missing comma between two expressions gets CPython's hint.
    func invalidSyntaxInDisplay() -> SyntaxError {
        if startsExpression() && !at("*") && !at("-") && !at("+") {
            return error("invalid syntax. Perhaps you forgot a comma?", at: tokens[max(0, index - 1)].start)
        }
        return invalidSyntax()
    }

    mutating func parseListDisplay() throws -> Expr {
        let start = advance().start
        try enterNesting()
        defer { depth -= 1 }
        if accept("]") { return expression(.list([]), from: start) }
        let first = try parseTestOrStar()
        if at("for") {
            let generators = try parseComprehensionClauses()
            _ = try expect("]")
            return expression(.listComprehension(first, generators), from: start)
        }
        var items = [first]
        while accept(",") {
            if at("]") { break }
            items.append(try parseTestOrStar())
        }
        guard accept("]") else { throw invalidSyntaxInDisplay() }
        return expression(.list(items), from: start)
    }

    mutating func parseBraceDisplay() throws -> Expr {
        let start = advance().start
        try enterNesting()
        defer { depth -= 1 }
        if accept("}") { return expression(.dict([]), from: start) }
        if accept("**") {
            let mapping = try parseBinaryLevel()
            return try parseDictRest(start: start, first: (nil, mapping))
        }
        let first = try parseTestOrStar()
        if accept(":") {
            let value = try parseTest()
            if at("for") {
                let generators = try parseComprehensionClauses()
                _ = try expect("}")
                return expression(.dictComprehension(key: first, value: value, generators), from: start)
            }
            return try parseDictRest(start: start, first: (first, value))
        }
        if at("for") {
            let generators = try parseComprehensionClauses()
            _ = try expect("}")
            return expression(.setComprehension(first, generators), from: start)
        }
        var items = [first]
        while accept(",") {
            if at("}") { break }
            items.append(try parseTestOrStar())
        }
        guard accept("}") else { throw invalidSyntaxInDisplay() }
        return expression(.set(items), from: start)
    }

    mutating func parseDictRest(start: SourceLocation, first: (Expr?, Expr)) throws -> Expr {
        var entries: [(key: Expr?, value: Expr)] = [(first.0, first.1)]
        while accept(",") {
            if at("}") { break }
            if accept("**") {
                entries.append((nil, try parseBinaryLevel()))
                continue
            }
            let key = try parseTest()
            _ = try expect(":")
            entries.append((key, try parseTest()))
        }
        guard accept("}") else { throw invalidSyntaxInDisplay() }
        return expression(.dict(entries), from: start)
    }
}
