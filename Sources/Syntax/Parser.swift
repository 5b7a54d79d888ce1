/// A recursive-descent parser for statements with precedence climbing for expressions
/// (Parser+Expressions.swift). Produces the AST with a location on every node.
public struct Parser {
    /// Deepest expression nesting accepted; deeper input raises RecursionError as CPython does,
    /// instead of exhausting the native stack in later recursive passes.
    public static let maxNestingDepth = 400

    let file: SourceFile
    let tokens: [Token]
    var index = 0
    var depth = 0

    public init(file: SourceFile, tokens: [Token]) {
        self.file = file
        self.tokens = tokens
    }

    /// Parses a whole source file or cell.
    public static func parse(_ file: SourceFile) throws -> Module {
        var parser = Parser(file: file, tokens: try Lexer.tokenize(file))
        return Module(body: try parser.parseFile(), file: file)
    }

    // MARK: Token access

    var current: Token { tokens[index] }
    func peekToken(_ offset: Int = 1) -> Token { tokens[min(index + offset, tokens.count - 1)] }

    @discardableResult
    mutating func advance() -> Token {
        let token = tokens[index]
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    func at(_ spelling: String) -> Bool { current.is(spelling) }

    mutating func accept(_ spelling: String) -> Bool {
        if at(spelling) { advance(); return true }
        return false
    }

    mutating func expect(_ spelling: String) throws -> Token {
        guard at(spelling) else {
            if spelling == ":" && at("=") { throw error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?") }
            if spelling == ":" { throw error("expected ':'") }
            throw invalidSyntax()
        }
        return advance()
    }

    var atNewline: Bool { if case .newline = current.kind { return true } else { return false } }
    var atEnd: Bool { if case .endOfFile = current.kind { return true } else { return false } }

    func error(_ message: String, at location: SourceLocation? = nil, end: Int? = nil,
               kind: SyntaxError.Kind = .syntaxError) -> SyntaxError {
        SyntaxError(message, at: location ?? current.start, endColumn: end, kind: kind, file: file)
    }

    func invalidSyntax() -> SyntaxError {
        if case .endOfFile = current.kind { return error("invalid syntax") }
        return error("invalid syntax", end: current.end.line == current.start.line ? current.end.column : nil)
    }

    mutating func enterNesting() throws {
        depth += 1
        if depth > Parser.maxNestingDepth {
            throw error("maximum recursion depth exceeded during compilation", kind: .recursionError)
        }
    }

    // MARK: Statements

    mutating func parseFile() throws -> [Stmt] {
        var body: [Stmt] = []
        while !atEnd {
            if atNewline { advance(); continue }
            if case .indent = current.kind {
                throw error("unexpected indent", kind: .indentationError)
            }
            body += try parseStatement()
        }
        return body
    }

    /// One statement line: a compound statement, or simple statements separated by `;`.
    mutating func parseStatement() throws -> [Stmt] {
        if current.kind == .keyword {
            switch current.text {
            case "if": return [try parseIf()]
            case "while": return [try parseWhile()]
            case "for": return [try parseFor()]
            case "try": return [try parseTry()]
            case "with": return [try parseWith()]
            case "def": return [try parseFunctionDef(decorators: [], start: current.start)]
            case "class": return [try parseClassDef(decorators: [], start: current.start)]
            default: break
            }
        }
        if at("@") { return [try parseDecorated()] }
        return try parseSimpleStatements()
    }

    mutating func parseSimpleStatements() throws -> [Stmt] {
        var statements = [try parseSmallStatement()]
        while accept(";") {
            if atNewline || atEnd { break }
            statements.append(try parseSmallStatement())
        }
        guard atNewline || atEnd else {
            throw invalidSyntaxAfterStatement(statements.last)
        }
        if atNewline { advance() }
        return statements
    }

    /// CPython's hint for Python 2 style `print x`, else plain "invalid syntax".
    func invalidSyntaxAfterStatement(_ statement: Stmt?) -> SyntaxError {
        if let statement, case .expression(let expr) = statement.kind, case .name(let name) = expr.kind,
           name == "print" || name == "exec" {
            return error("Missing parentheses in call to '\(name)'. Did you mean \(name)(...)?", at: expr.location)
        }
        return invalidSyntax()
    }

    /// The body after a compound statement's `:`: an indented block, or simple statements on the
    /// same line.
    mutating func parseBlock(after what: String, line: Int) throws -> [Stmt] {
        _ = try expect(":")
        if !atNewline { return try parseSimpleStatements() }
        advance()
        guard case .indent = current.kind else {
            throw error("expected an indented block after \(what) on line \(line)", kind: .indentationError)
        }
        advance()
        var body: [Stmt] = []
        while true {
            if case .dedent = current.kind { advance(); break }
            if atEnd { break }
            if atNewline { advance(); continue }
            body += try parseStatement()
        }
        return body
    }

    /// `if` and `elif` (an `elif` is an `if` nested in the previous branch's `else`).
    mutating func parseIf() throws -> Stmt {
        let start = advance()
        let test = try parseNamedExpressionTest()
        let body = try parseBlock(after: "'\(start.text)' statement", line: start.start.line)
        var orElse: [Stmt] = []
        if at("elif") {
            orElse = [try parseIf()]
        } else if at("else") {
            let elseToken = advance()
            orElse = try parseBlock(after: "'else' statement", line: elseToken.start.line)
        }
        return Stmt(.if(test, body: body, orElse: orElse), at: start.start)
    }

    mutating func parseWhile() throws -> Stmt {
        let start = advance()
        let test = try parseNamedExpressionTest()
        let body = try parseBlock(after: "'while' statement", line: start.start.line)
        var orElse: [Stmt] = []
        if at("else") {
            let elseToken = advance()
            orElse = try parseBlock(after: "'else' statement", line: elseToken.start.line)
        }
        return Stmt(.while(test, body: body, orElse: orElse), at: start.start)
    }

    mutating func parseFor() throws -> Stmt {
        let start = advance()
        let target = try parseTargetList()
        try checkAssignable(target, context: .forLoop)
        guard accept("in") else { throw invalidSyntax() }
        let iterable = try parseTestListStarExpr()
        let body = try parseBlock(after: "'for' statement", line: start.start.line)
        var orElse: [Stmt] = []
        if at("else") {
            let elseToken = advance()
            orElse = try parseBlock(after: "'else' statement", line: elseToken.start.line)
        }
        return Stmt(.for(target: target, iterable: iterable, body: body, orElse: orElse), at: start.start)
    }

    mutating func parseTry() throws -> Stmt {
        let start = advance()
        let body = try parseBlock(after: "'try' statement", line: start.start.line)
        var handlers: [ExceptHandler] = []
        while at("except") {
            let exceptToken = advance()
            var type: Expr?
            var name: String?
            if !at(":") {
                let typeExpr = try parseTest()
                type = typeExpr
                if at(",") {
                    throw error("multiple exception types must be parenthesized", at: typeExpr.location)
                }
                if accept("as") {
                    guard current.kind == .name else { throw invalidSyntax() }
                    name = advance().text
                }
            }
            let handlerBody = try parseBlock(after: "'except' statement", line: exceptToken.start.line)
            handlers.append(ExceptHandler(type: type, name: name, body: handlerBody, location: exceptToken.start))
        }
        var orElse: [Stmt] = []
        var finalBody: [Stmt] = []
        if at("else") {
            guard !handlers.isEmpty else { throw invalidSyntax() }
            let elseToken = advance()
            orElse = try parseBlock(after: "'else' statement", line: elseToken.start.line)
        }
        if at("finally") {
            let finallyToken = advance()
            finalBody = try parseBlock(after: "'finally' statement", line: finallyToken.start.line)
        }
        if handlers.isEmpty && finalBody.isEmpty {
            throw error("expected 'except' or 'finally' block")
        }
        return Stmt(.try(body: body, handlers: handlers, orElse: orElse, finally: finalBody), at: start.start)
    }

    mutating func parseWith() throws -> Stmt {
        let start = advance()
        var items: [WithItem] = []
        repeat {
            let context = try parseTest()
            var target: Expr?
            if accept("as") {
                let parsed = try parseTarget()
                try checkAssignable(parsed, context: .with)
                target = parsed
            }
            items.append(WithItem(context: context, target: target))
        } while accept(",")
        let body = try parseBlock(after: "'with' statement", line: start.start.line)
        return Stmt(.with(items, body: body), at: start.start)
    }

    mutating func parseDecorated() throws -> Stmt {
        let start = current.start
        var decorators: [Expr] = []
        while accept("@") {
            decorators.append(try parseNamedExpressionTest())
            guard atNewline else { throw invalidSyntax() }
            advance()
        }
        if at("def") { return try parseFunctionDef(decorators: decorators, start: start) }
        if at("class") { return try parseClassDef(decorators: decorators, start: start) }
        throw invalidSyntax()
    }

    mutating func parseFunctionDef(decorators: [Expr], start: SourceLocation) throws -> Stmt {
        let defToken = advance()
        guard current.kind == .name else { throw invalidSyntax() }
        let name = advance().text
        _ = try expect("(")
        let parameters = try parseParameters(closing: ")", allowAnnotations: true)
        _ = try expect(")")
        var returns: Expr?
        if accept("->") { returns = try parseTest() }
        let body = try parseBlock(after: "function definition", line: defToken.start.line)
        let definition = FunctionDefinition(name: name, parameters: parameters, body: body, decorators: decorators,
                                            returns: returns, location: defToken.start,
                                            sourceText: sourceText(from: start))
        return Stmt(.functionDef(definition), at: defToken.start)
    }

    mutating func parseClassDef(decorators: [Expr], start: SourceLocation) throws -> Stmt {
        let classToken = advance()
        guard current.kind == .name else { throw invalidSyntax() }
        let name = advance().text
        var bases: [Argument] = []
        if accept("(") {
            bases = try parseCallArguments()
            _ = try expect(")")
        }
        let body = try parseBlock(after: "class definition", line: classToken.start.line)
        let definition = ClassDefinition(name: name, bases: bases, body: body, decorators: decorators,
                                         location: classToken.start, sourceText: sourceText(from: start))
        return Stmt(.classDef(definition), at: classToken.start)
    }

    /// The source lines from `start` through the last consumed token, dedented to column 1.
    func sourceText(from start: SourceLocation) -> String {
        var last = index - 1
        while last > 0 {
            switch tokens[last].kind {
            case .newline, .dedent, .indent, .endOfFile: last -= 1; continue
            default: break
            }
            break
        }
        let endLine = max(start.line, tokens[max(0, last)].end.line)
        let lines = (start.line...endLine).compactMap { file.line($0) }
        let indent = start.column - 1
        return lines.map { line in
            let leading = line.prefix(while: { $0 == " " || $0 == "\t" }).count
            return String(line.dropFirst(min(indent, leading)))
        }.joined(separator: "\n")
    }

    /// `a, b=1, /, c, *args, d, e=2, **kwargs` up to `closing` (`)` for def, `:` for lambda).
    mutating func parseParameters(closing: String, allowAnnotations: Bool) throws -> Parameters {
        var parameters = Parameters()
        var seenDefault = false
        var seenStar = false
        var names = Set<String>()
        func parameter(_ parser: inout Parser) throws -> Parameters.Parameter {
            guard parser.current.kind == .name else { throw parser.invalidSyntax() }
            let token = parser.advance()
            if names.contains(token.text) {
                throw parser.error("duplicate argument '\(token.text)' in function definition", at: token.start)
            }
            names.insert(token.text)
            var annotation: Expr?
            if allowAnnotations && parser.accept(":") { annotation = try parser.parseTest() }
            return Parameters.Parameter(name: token.text, defaultValue: nil, annotation: annotation, location: token.start)
        }
        while !at(closing) {
            if accept("**") {
                parameters.varKeywords = try parameter(&self)
                _ = accept(",")
                guard at(closing) else { throw error("arguments cannot follow var-keyword argument") }
                break
            } else if accept("*") {
                if seenStar { throw error("* argument may appear only once") }
                seenStar = true
                if current.kind == .name { parameters.varArgs = try parameter(&self) }
                else if at(closing) || (at(",") && peekToken().is("**")) {
                    if at(closing) { throw error("named arguments must follow bare *") }
                }
            } else if accept("/") {
                if seenStar || parameters.positional.isEmpty { throw invalidSyntax() }
                parameters.positionalOnlyCount = parameters.positional.count
            } else {
                var p = try parameter(&self)
                if accept("=") {
                    p.defaultValue = try parseTest()
                    if !seenStar { seenDefault = true }
                } else if seenDefault && !seenStar {
                    throw error("non-default argument follows default argument", at: p.location)
                }
                if seenStar { parameters.keywordOnly.append(p) } else { parameters.positional.append(p) }
            }
            if !accept(",") { break }
        }
        return parameters
    }
}
