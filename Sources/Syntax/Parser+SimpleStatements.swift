/// Simple statements: expressions, assignments, `del`, `return`, `raise`, imports and friends.
extension Parser {
    mutating func parseSmallStatement() throws -> Stmt {
        let start = current.start
        if current.kind == .keyword {
            switch current.text {
            case "pass": advance(); return Stmt(.pass, at: start)
            case "break": advance(); return Stmt(.break, at: start)
            case "continue": advance(); return Stmt(.continue, at: start)
            case "return":
                advance()
                if atNewline || at(";") || atEnd { return Stmt(.return(nil), at: start) }
                return Stmt(.return(try parseTestListStarExpr()), at: start)
            case "raise":
                advance()
                if atNewline || at(";") || atEnd { return Stmt(.raise(nil, cause: nil), at: start) }
                let exception = try parseTest()
                var cause: Expr?
                if accept("from") { cause = try parseTest() }
                return Stmt(.raise(exception, cause: cause), at: start)
            case "global", "nonlocal":
                let isGlobal = advance().text == "global"
                var names: [String] = []
                repeat {
                    guard current.kind == .name else { throw invalidSyntax() }
                    names.append(advance().text)
                } while accept(",")
                return Stmt(isGlobal ? .global(names) : .nonlocal(names), at: start)
            case "del":
                advance()
                var targets: [Expr] = []
                repeat {
                    if atNewline || at(";") { break }
                    let target = try parseBinaryLevel()
                    try checkAssignable(target, context: .delete)
                    targets.append(target)
                } while accept(",")
                return Stmt(.delete(targets), at: start)
            case "assert":
                advance()
                let test = try parseTest()
                var message: Expr?
                if accept(",") { message = try parseTest() }
                return Stmt(.assert(test, message: message), at: start)
            case "import": return try parseImport()
            case "from": return try parseFromImport()
            default: break
            }
        }
        return try parseExpressionStatement()
    }

    mutating func parseExpressionStatement() throws -> Stmt {
        let start = current.start
        let first = at("yield") ? try parseYield() : try parseTestListStarExpr()
        if let op = augmentedOperator(current) {
            let opToken = advance()
            switch first.kind {
            case .name, .attribute, .subscript: break
            default:
                throw error("'\(describe(first))' is an illegal expression for augmented assignment", at: first.location)
            }
            _ = opToken
            let value = at("yield") ? try parseYield() : try parseTestListStarExpr()
            return Stmt(.augmentedAssign(target: first, op, value: value), at: start)
        }
        if at(":") {
            advance()
            let annotation = try parseTest()
            var value: Expr?
            if accept("=") { value = at("yield") ? try parseYield() : try parseTestListStarExpr() }
            try checkAssignable(first, context: .assignment)
            return Stmt(.annotatedAssign(target: first, annotation: annotation, value: value), at: start)
        }
        guard at("=") else {
            if case .starred = first.kind { throw error("can't use starred expression here", at: first.location) }
            return Stmt(.expression(first), at: start)
        }
        var targets = [first]
        var value = first
        while accept("=") {
            value = at("yield") ? try parseYield() : try parseTestListStarExpr()
            targets.append(value)
        }
        targets.removeLast()
        for target in targets { try checkAssignable(target, context: .assignment) }
        return Stmt(.assign(targets: targets, value: value), at: start)
    }

    func augmentedOperator(_ token: Token) -> BinaryOperator? {
        guard case .op = token.kind, token.text.count >= 2, token.text.hasSuffix("="),
              !["==", "!=", "<=", ">="].contains(token.text) else { return nil }
        return BinaryOperator(rawValue: String(token.text.dropLast()))
    }

    mutating func parseDottedName() throws -> String {
        guard current.kind == .name else { throw invalidSyntax() }
        var name = advance().text
        while accept(".") {
            guard current.kind == .name else { throw invalidSyntax() }
            name += "." + advance().text
        }
        return name
    }

    mutating func parseImport() throws -> Stmt {
        let start = advance().start
        var names: [ImportName] = []
        repeat {
            let name = try parseDottedName()
            var asName: String?
            if accept("as") {
                guard current.kind == .name else { throw invalidSyntax() }
                asName = advance().text
            }
            names.append(ImportName(name: name, asName: asName))
        } while accept(",")
        return Stmt(.import(names), at: start)
    }

    mutating func parseFromImport() throws -> Stmt {
        let start = advance().start
        var level = 0
        while at(".") || at("...") { level += advance().text.count }
        let module = current.kind == .name ? try parseDottedName() : ""
        if module.isEmpty && level == 0 { throw invalidSyntax() }
        guard accept("import") else { throw invalidSyntax() }
        if accept("*") { return Stmt(.importFrom(module: module, names: [ImportName(name: "*", asName: nil)], level: level), at: start) }
        let parenthesized = accept("(")
        var names: [ImportName] = []
        repeat {
            if parenthesized && at(")") { break }
            guard current.kind == .name else { throw invalidSyntax() }
            let name = advance().text
            var asName: String?
            if accept("as") {
                guard current.kind == .name else { throw invalidSyntax() }
                asName = advance().text
            }
            names.append(ImportName(name: name, asName: asName))
        } while accept(",")
        if parenthesized { _ = try expect(")") }
        if names.isEmpty { throw invalidSyntax() }
        if !parenthesized && at(",") { throw error("trailing comma not allowed without surrounding parentheses") }
        return Stmt(.importFrom(module: module, names: names, level: level), at: start)
    }
}
