/// Expressions by precedence climbing: lambda/conditional < or < and < not < comparisons <
/// | < ^ < & < shifts < + - < * @ / // % < unary < ** < await/primary.
extension Parser {
    static let binaryPrecedence: [String: (Int, BinaryOperator)] = [
        "|": (1, .bitOr), "^": (2, .bitXor), "&": (3, .bitAnd), "<<": (4, .leftShift), ">>": (4, .rightShift),
        "+": (5, .add), "-": (5, .subtract), "*": (6, .multiply), "@": (6, .matrixMultiply), "/": (6, .divide),
        "//": (6, .floorDivide), "%": (6, .modulo),
    ]

    func expression(_ kind: Expr.Kind, from start: SourceLocation) -> Expr {
        let previous = tokens[max(0, index - 1)]
        return Expr(kind, at: start, end: previous.end)
    }

    /// `test` possibly followed by commas, making a tuple; starred items allowed. This is Python's
    /// `star_expressions` (expression statements, assigned values, return, yield, for iterables),
    /// where an assignment expression must be parenthesized: `x := 5` alone is invalid syntax.
    mutating func parseTestListStarExpr() throws -> Expr {
        let start = current.start
        try rejectBareNamedExpression()
        let first = try parseTestOrStar()
        guard at(",") else { return first }
        var items = [first]
        while accept(",") {
            if !startsExpression() { break }
            try rejectBareNamedExpression()
            items.append(try parseTestOrStar())
        }
        return expression(.tuple(items), from: start)
    }

    /// Throws CPython's error for an unparenthesized `name := value` at the current token.
    func rejectBareNamedExpression() throws {
        guard current.kind == .name && peekToken().is(":=") else { return }
        let walrus = peekToken()
        throw error("invalid syntax", at: walrus.start, end: walrus.end.line == walrus.start.line ? walrus.end.column : nil)
    }

    mutating func parseTestOrStar() throws -> Expr {
        if at("*") {
            let start = advance().start
            return expression(.starred(try parseBinaryLevel()), from: start)
        }
        return try parseNamedExpressionTest()
    }

    /// Whether the current token can start an expression (to tell `a, b` from a trailing comma).
    func startsExpression() -> Bool {
        switch current.kind {
        case .name, .int, .bigInt, .float, .imaginary, .string, .bytes, .fstring: return true
        case .keyword: return ["lambda", "not", "None", "True", "False", "await", "yield"].contains(current.text)
        case .op: return ["(", "[", "{", "-", "+", "~", "...", "*"].contains(current.text)
        default: return false
        }
    }

    /// `test`, also accepting `name := value` where Python allows it.
    mutating func parseNamedExpressionTest() throws -> Expr {
        if current.kind == .name && peekToken().is(":=") {
            let start = current.start
            let name = advance().text
            advance()
            let value = try parseTest()
            return expression(.namedExpr(target: name, value: value), from: start)
        }
        return try parseTest()
    }

    mutating func parseTest() throws -> Expr {
        try enterNesting()
        defer { depth -= 1 }
        if at("lambda") { return try parseLambda() }
        let start = current.start
        let body = try parseOr()
        if at("if") {
            advance()
            let test = try parseOr()
            guard accept("else") else { throw error("expected 'else' after 'if' expression") }
            let orElse = try parseTest()
            return expression(.conditional(test: test, body: body, orElse: orElse), from: start)
        }
        return body
    }

    mutating func parseLambda() throws -> Expr {
        let start = advance().start
        let parameters = try parseParameters(closing: ":", allowAnnotations: false)
        _ = try expect(":")
        let body = try parseTest()
        return expression(.lambda(parameters, body), from: start)
    }

    mutating func parseOr() throws -> Expr {
        let start = current.start
        let first = try parseAnd()
        guard at("or") else { return first }
        var values = [first]
        while accept("or") { values.append(try parseAnd()) }
        return expression(.boolean(.or, values), from: start)
    }

    mutating func parseAnd() throws -> Expr {
        let start = current.start
        let first = try parseNot()
        guard at("and") else { return first }
        var values = [first]
        while accept("and") { values.append(try parseNot()) }
        return expression(.boolean(.and, values), from: start)
    }

    mutating func parseNot() throws -> Expr {
        if at("not") {
            let start = advance().start
            try enterNesting()
            defer { depth -= 1 }
            return expression(.unary(.not, try parseNot()), from: start)
        }
        return try parseComparison()
    }

    mutating func compareOperator() -> CompareOperator? {
        let token = current
        switch token.kind {
        case .op:
            switch token.text {
            case "==": advance(); return .equal
            case "!=": advance(); return .notEqual
            case "<": advance(); return .less
            case "<=": advance(); return .lessEqual
            case ">": advance(); return .greater
            case ">=": advance(); return .greaterEqual
            default: return nil
            }
        case .keyword:
            if token.text == "in" { advance(); return .in }
            if token.text == "is" {
                advance()
                return accept("not") ? .isNot : .is
            }
            if token.text == "not" && peekToken().is("in") {
                advance(); advance()
                return .notIn
            }
            return nil
        default:
            return nil
        }
    }

    mutating func parseComparison() throws -> Expr {
        let start = current.start
        let first = try parseBinaryLevel()
        var rest: [(CompareOperator, Expr)] = []
        while let op = compareOperator() {
            rest.append((op, try parseBinaryLevel()))
        }
        return rest.isEmpty ? first : expression(.compare(first, rest), from: start)
    }

    /// Binary operators from `|` up to `*`, by precedence climbing.
    mutating func parseBinaryLevel(minimum: Int = 1) throws -> Expr {
        let start = current.start
        var left = try parseFactor()
        var chain = 0
        while case .op = current.kind, let (precedence, op) = Parser.binaryPrecedence[current.text], precedence >= minimum {
            advance()
            try enterNesting()
            let right = try parseBinaryLevel(minimum: precedence + 1)
            depth -= 1
            left = expression(.binary(op, left, right), from: start)
            // A long chain (`1 + 1 + ...`) nests to the left; later passes recurse over it.
            chain += 1
            if chain + depth > Parser.maxNestingDepth * 5 {
                throw error("maximum recursion depth exceeded during compilation", kind: .recursionError)
            }
        }
        return left
    }

    mutating func parseFactor() throws -> Expr {
        let start = current.start
        let op: UnaryOperator?
        switch current.text {
        case "-" where current.kind == .op: op = .minus
        case "+" where current.kind == .op: op = .plus
        case "~" where current.kind == .op: op = .invert
        default: op = nil
        }
        if let op {
            advance()
            try enterNesting()
            defer { depth -= 1 }
            let operand = try parseFactor()
            return expression(.unary(op, operand), from: start)
        }
        return try parsePower()
    }

    mutating func parsePower() throws -> Expr {
        let start = current.start
        if at("await") { throw error("'await' outside function") }
        let base = try parsePrimary()
        if accept("**") {
            try enterNesting()
            defer { depth -= 1 }
            let exponent = try parseFactor()
            return expression(.binary(.power, base, exponent), from: start)
        }
        return base
    }

    /// An atom followed by calls, subscripts and attribute accesses.
    mutating func parsePrimary() throws -> Expr {
        let start = current.start
        var expr = try parseAtom()
        var trailers = 0
        while true {
            if accept("(") {
                let arguments = try parseCallArguments()
                _ = try expect(")")
                expr = expression(.call(expr, arguments), from: start)
            } else if accept("[") {
                let index = try parseSubscriptList()
                _ = try expect("]")
                expr = expression(.subscript(expr, index), from: start)
            } else if accept(".") {
                guard current.kind == .name else { throw invalidSyntax() }
                // Advanced first: `expression` reads the previous token for the end.
                let name = advance().text
                expr = expression(.attribute(expr, name), from: start)
            } else {
                break
            }
            trailers += 1
            if trailers + depth > Parser.maxNestingDepth * 4 {
                throw error("maximum recursion depth exceeded during compilation", kind: .recursionError)
            }
        }
        return expr
    }

    mutating func parseSubscriptList() throws -> Expr {
        let start = current.start
        let first = try parseSubscriptItem()
        guard at(",") else { return first }
        var items = [first]
        while accept(",") {
            if at("]") { break }
            items.append(try parseSubscriptItem())
        }
        return expression(.tuple(items), from: start)
    }

    mutating func parseSubscriptItem() throws -> Expr {
        let start = current.start
        if at("*") {
            advance()
            return expression(.starred(try parseBinaryLevel()), from: start)
        }
        var lower: Expr?
        if !at(":") { lower = try parseNamedExpressionTest() }
        guard accept(":") else {
            guard let lower else { throw invalidSyntax() }
            return lower
        }
        var upper: Expr?
        var step: Expr?
        if !at(":") && !at("]") && !at(",") { upper = try parseTest() }
        if accept(":") {
            if !at("]") && !at(",") { step = try parseTest() }
        }
        return expression(.slice(lower: lower, upper: upper, step: step), from: start)
    }

    mutating func parseCallArguments() throws -> [Argument] {
        var arguments: [Argument] = []
        var seenKeyword = false
        var seenDoubleStar = false
        while !at(")") {
            let start = current.start
            if accept("**") {
                arguments.append(.doubleStarred(try parseTest()))
                seenDoubleStar = true
            } else if accept("*") {
                if seenDoubleStar {
                    throw error("iterable argument unpacking follows keyword argument unpacking", at: start)
                }
                arguments.append(.starred(try parseTest()))
            } else if current.kind == .name && peekToken().is("=") {
                let name = advance().text
                advance()
                arguments.append(.keyword(name, try parseTest()))
                seenKeyword = true
            } else {
                let value = try parseNamedExpressionTest()
                if at("for") {
                    let generators = try parseComprehensionClauses()
                    arguments.append(.positional(expression(.generator(value, generators), from: start)))
                    if arguments.count > 1 || at(",") && !peekToken().is(")") {
                        throw error("Generator expression must be parenthesized", at: start)
                    }
                } else {
                    if at("=") {
                        throw error("expression cannot contain assignment, perhaps you meant \"==\"?", at: start)
                    }
                    if seenDoubleStar {
                        throw error("positional argument follows keyword argument unpacking", at: start)
                    }
                    if seenKeyword { throw error("positional argument follows keyword argument", at: start) }
                    arguments.append(.positional(value))
                }
            }
            if !accept(",") { break }
        }
        return arguments
    }

    mutating func parseComprehensionClauses() throws -> [Comprehension] {
        var clauses: [Comprehension] = []
        while accept("for") {
            let target = try parseTargetList()
            try checkAssignable(target, context: .forLoop)
            guard accept("in") else { throw invalidSyntax() }
            let iterable = try parseOr()
            var conditions: [Expr] = []
            while accept("if") { conditions.append(try parseOrNoConditional()) }
            clauses.append(Comprehension(target: target, iterable: iterable, conditions: conditions))
        }
        return clauses
    }

    /// A comprehension condition: an `or` expression (a conditional expression there would be
    /// ambiguous, and a lambda is allowed as in CPython's grammar).
    mutating func parseOrNoConditional() throws -> Expr {
        if at("lambda") { return try parseLambda() }
        return try parseOr()
    }

    /// A `for` target list: `a`, `a, b`, `(a, b), c`, `*rest` — at bitwise-or precedence so
    /// that `in` is not swallowed as a comparison.
    mutating func parseTargetList() throws -> Expr {
        let start = current.start
        let first = try parseTarget()
        guard at(",") else { return first }
        var items = [first]
        while accept(",") {
            if at("in") || at("=") { break }
            items.append(try parseTarget())
        }
        return expression(.tuple(items), from: start)
    }

    mutating func parseTarget() throws -> Expr {
        if at("*") {
            let start = advance().start
            return expression(.starred(try parseBinaryLevel()), from: start)
        }
        return try parseBinaryLevel()
    }

    mutating func parseYield() throws -> Expr {
        let start = advance().start
        if accept("from") { return expression(.yieldFrom(try parseTest()), from: start) }
        if at(")") || at("]") || at("}") || atNewline || at("=") || at(";") || atEnd {
            return expression(.yield(nil), from: start)
        }
        return expression(.yield(try parseTestListStarExpr()), from: start)
    }
}
