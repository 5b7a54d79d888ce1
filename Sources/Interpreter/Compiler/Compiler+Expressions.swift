import Syntax

extension Compiler {
    func compile(_ expr: Expr) throws {
        guard traceExpressions else { return try compileExpression(expr) }
        // `%shapes`: each sub-expression that can yield a tensor reports its value after it is
        // computed; the depth in the statement's tree indents the report.
        traceDepth += 1
        defer { traceDepth -= 1 }
        try compileExpression(expr)
        switch expr.kind {
        case .name, .binary, .unary, .call, .attribute, .subscript:
            unit.code.traceSites.append(TraceSite(start: expr.location, end: expr.end, depth: traceDepth - 1))
            unit.emit(.traceValue, unit.code.traceSites.count - 1)
        default:
            break
        }
    }

    /// Records where the instruction just emitted sits in the source (see `OperationSite`).
    func recordSite(_ site: OperationSite) {
        unit.code.operationSites[unit.code.instructions.count - 1] = site
    }

    private func compileExpression(_ expr: Expr) throws {
        setLine(expr.location)
        switch expr.kind {
        case .name(let name):
            emitName(name, .load)
        case .constant(let constant):
            unit.emit(.loadConst, unit.constant(try constantValue(constant, at: expr.location)))
        case .fstring(let parts):
            try compileFString(parts)
        case .unary(let op, let operand):
            if op == .minus, case .constant(let c) = operand.kind {
                if case .int(let i) = c, i != Int.min { unit.emit(.loadConst, unit.constant(.int(-i))); return }
                if case .float(let d) = c { unit.emit(.loadConst, unit.constant(.float(-d))); return }
            }
            try compile(operand)
            switch op {
            case .minus: unit.emit(.unaryNegative)
            case .plus: unit.emit(.unaryPositive)
            case .invert: unit.emit(.unaryInvert)
            case .not: unit.emit(.unaryNot)
            }
            recordSite(OperationSite(expr, operands: [operand]))
        case .binary(let op, let left, let right):
            try compile(left)
            try compile(right)
            setLine(expr.location)
            unit.emit(.binary, Int(BinaryOperation(op).rawValue))
            recordSite(OperationSite(expr, anchor: .binaryOperator(leftEnd: left.end, length: op.rawValue.utf8.count),
                                     operands: [left, right]))
        case .boolean(let op, let values):
            let end = unit.newLabel()
            for (i, value) in values.enumerated() {
                try compile(value)
                if i < values.count - 1 { unit.emitJump(op == .and ? .jumpIfFalseOrPop : .jumpIfTrueOrPop, to: end) }
            }
            unit.bind(end)
        case .compare(let first, let rest):
            try compileCompare(first, rest, expression: expr)
        case .conditional(let test, let body, let orElse):
            let otherwise = unit.newLabel(), end = unit.newLabel()
            try compileCondition(test, jumpIfFalseTo: otherwise)
            try compile(body)
            unit.emitJump(.jump, to: end)
            unit.bind(otherwise)
            try compile(orElse)
            unit.bind(end)
        case .lambda(let parameters, let body):
            try compileFunction(key: expr, name: "<lambda>", parameters: parameters, firstLine: expr.location.line,
                                docstring: nil) {
                try self.compile(body)
                if !self.unit.scope.isGenerator { self.unit.emit(.returnValue) } else {
                    self.unit.emit(.popTop)
                    self.unit.emit(.loadConst, self.unit.constant(.none))
                    self.unit.emit(.returnValue)
                }
            }
        case .call(let function, let arguments):
            try compileCall(function, arguments, at: expr.location)
            if traceExpressions { unit.code.traceCallDepths[unit.code.instructions.count - 1] = traceDepth - 1 }
            if let last = unit.code.instructions.last {
                let receiver: Expr?
                if case .attribute(let object, _) = function.kind { receiver = object } else { receiver = nil }
                switch Instruction.opcode(last) {
                case .call, .callMethod, .callKeywords:
                    var values: [Expr] = arguments.compactMap { if case .positional(let e) = $0 { return e }; return nil }
                    values += arguments.compactMap { if case .keyword(_, let e) = $0 { return e }; return nil }
                    recordSite(OperationSite(expr, receiver: receiver, operands: values))
                case .callEx:
                    // Carets only: the arguments are packed into a tuple and dict.
                    recordSite(OperationSite(expr, operands: []))
                default:
                    break
                }
            }
        case .attribute(let object, let name):
            try compile(object)
            setLine(expr.location)
            unit.emit(.loadAttr, unit.name(name))
        case .`subscript`(let object, let index):
            try compile(object)
            if let items = multiIndexItems(index) {
                for item in items { try compile(item) }
                setLine(expr.location)
                unit.emit(.subscriptMulti, items.count)
                recordSite(OperationSite(expr, anchor: .subscriptBracket(valueEnd: object.end), operands: [object] + items))
            } else {
                try compile(index)
                setLine(expr.location)
                unit.emit(.binarySubscript)
                recordSite(OperationSite(expr, anchor: .subscriptBracket(valueEnd: object.end), operands: [object, index]))
            }
        case .slice(let lower, let upper, let step):
            for part in [lower, upper] {
                if let part { try compile(part) } else { unit.emit(.loadConst, unit.constant(.none)) }
            }
            if let step {
                try compile(step)
                unit.emit(.buildSlice, 3)
            } else {
                unit.emit(.buildSlice, 2)
            }
        case .tuple(let items):
            if let constant = constantTuple(items) {
                unit.emit(.loadConst, unit.constant(constant))
            } else if items.contains(where: isStarred) {
                try compileStarredList(items)
                unit.emit(.listToTuple)
            } else if items.count > Compiler.literalChunk {
                try compileInChunks(items, build: .buildList, add: .listExtend)
                unit.emit(.listToTuple)
            } else {
                for item in items { try compile(item) }
                unit.emit(.buildTuple, items.count)
            }
        case .list(let items):
            if items.contains(where: isStarred) {
                try compileStarredList(items)
            } else if items.count > Compiler.literalChunk {
                try compileInChunks(items, build: .buildList, add: .listExtend)
            } else {
                for item in items { try compile(item) }
                unit.emit(.buildList, items.count)
            }
        case .set(let items):
            if items.contains(where: isStarred) {
                unit.emit(.buildSet, 0)
                for item in items {
                    if case .starred(let inner) = item.kind {
                        try compile(inner)
                        unit.emit(.setUpdate, 1)
                    } else {
                        try compile(item)
                        unit.emit(.setAdd, 1)
                    }
                }
            } else if items.count > Compiler.literalChunk {
                try compileInChunks(items, build: .buildSet, add: .setUpdate)
            } else if items.count > 2, let constant = constantFrozenSet(items) {
                // As CPython compiles `{1, 2, 3}`: a frozenset constant merged into a new set,
                // which places the keys as that merge does (not as adding them one by one).
                unit.emit(.buildSet, 0)
                unit.emit(.loadConst, unit.constant(constant))
                unit.emit(.setUpdate, 1)
            } else {
                for item in items { try compile(item) }
                unit.emit(.buildSet, items.count)
            }
        case .dict(let entries):
            try compileDict(entries)
        case .starred:
            throw error("can't use starred expression here", at: expr.location)
        case .listComprehension, .setComprehension, .dictComprehension, .generator:
            try compileComprehension(expr)
        case .yield(let value):
            guard unit.scope.isFunctionLike else { throw error("'yield' outside function", at: expr.location) }
            if let value { try compile(value) } else { unit.emit(.loadConst, unit.constant(.none)) }
            // Pops the value; the resumed generator pushes the sent value.
            unit.emit(.yieldValue)
        case .yieldFrom(let iterable):
            guard unit.scope.isFunctionLike else { throw error("'yield' outside function", at: expr.location) }
            // The sub-iterator and the first value to send (None: `next`); `yieldFrom` runs
            // until the sub-iterator finishes and leaves its return value.
            try compile(iterable)
            unit.emit(.getIter)
            unit.emit(.loadConst, unit.constant(.none))
            unit.emit(.yieldFrom)
        case .namedExpr(let target, let value):
            try compile(value)
            unit.emit(.dupTop)
            emitName(target, .store)
        }
    }

    func isStarred(_ expr: Expr) -> Bool {
        if case .starred = expr.kind { return true }
        return false
    }

    /// `x[a, b]` with plain (unstarred) items compiles to `subscriptMulti`.
    func multiIndexItems(_ index: Expr) -> [Expr]? {
        guard case .tuple(let items) = index.kind, items.count >= 2, !items.contains(where: isStarred) else { return nil }
        return items
    }

    func constantValue(_ constant: Constant, at location: SourceLocation) throws -> Value {
        switch constant {
        case .none: return .none
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .bigInt(let literal):
            return Compiler.bigIntegerLiteral(literal)
        case .float(let d): return .float(d)
        case .imaginary: throw error("complex numbers are not supported", at: location)
        case .string(let s): return .str(s)
        case .bytes(let b): return .object(PyBytes(b))
        case .ellipsis: return .object(Singletons.ellipsis)
        }
    }

    /// A tuple of literal constants is built once, at compile time.
    func constantTuple(_ items: [Expr]) -> Value? {
        var values: [Value] = []
        for item in items {
            guard case .constant(let c) = item.kind else { return nil }
            switch c {
            case .none: values.append(.none)
            case .bool(let b): values.append(.bool(b))
            case .int(let i): values.append(.int(i))
            case .float(let d): values.append(.float(d))
            case .string(let s): values.append(.str(s))
            default: return nil
            }
        }
        return .object(PyTuple(values))
    }

    /// The frozenset of a set display whose items are all constants (numbers, strings, None,
    /// negated numbers, tuples of constants), keys added in the display's order; nil otherwise.
    func constantFrozenSet(_ items: [Expr]) -> Value? {
        var storage = SetStorage()
        for item in items {
            guard let value = foldedConstant(item) else { return nil }
            storage.insert(HashKey(value))
        }
        return .object(PySet(storage, frozen: true))
    }

    /// The value of a constant expression as CPython's AST optimiser folds it, or nil.
    func foldedConstant(_ expr: Expr) -> Value? {
        switch expr.kind {
        case .constant(let c):
            switch c {
            case .imaginary: return nil
            default: return try? constantValue(c, at: expr.location)
            }
        case .unary(.minus, let operand):
            guard case .constant(let c) = operand.kind else { return nil }
            if case .int(let i) = c, i != Int.min { return .int(-i) }
            if case .float(let d) = c { return .float(-d) }
            return nil
        case .tuple(let items):
            var values: [Value] = []
            for item in items {
                guard let value = foldedConstant(item) else { return nil }
                values.append(value)
            }
            return .object(PyTuple(values))
        default:
            return nil
        }
    }

    /// Display literals longer than this are built a chunk at a time: all of a literal's items
    /// on the value stack at once would not fit it (a 2.5M-element list in a data file).
    static let literalChunk = 1000

    /// `[a, b, ...]` (or a set) of many items: the first chunk is built, each further chunk
    /// built the same way and added to it (`listExtend` / `setUpdate`).
    func compileInChunks(_ items: [Expr], build: Opcode, add: Opcode) throws {
        var start = 0
        while start < items.count {
            let end = Swift.min(start + Compiler.literalChunk, items.count)
            for item in items[start..<end] { try compile(item) }
            unit.emit(build, end - start)
            if start > 0 { unit.emit(add, 1) }
            start = end
        }
    }

    func compileStarredList(_ items: [Expr]) throws {
        unit.emit(.buildList, 0)
        for item in items {
            if case .starred(let inner) = item.kind {
                try compile(inner)
                unit.emit(.listExtend, 1)
            } else {
                try compile(item)
                unit.emit(.listAppend, 1)
            }
        }
    }

    func compileDict(_ entries: [(key: Expr?, value: Expr)]) throws {
        if entries.allSatisfy({ $0.key != nil }) && entries.count <= Compiler.literalChunk {
            for entry in entries {
                if let key = entry.key { try compile(key) }
                try compile(entry.value)
            }
            unit.emit(.buildMap, entries.count)
            return
        }
        unit.emit(.buildMap, 0)
        for entry in entries {
            if let key = entry.key {
                try compile(key)
                try compile(entry.value)
                unit.emit(.mapAdd, 1)
            } else {
                try compile(entry.value)
                unit.emit(.dictUpdate, 1)
            }
        }
    }

    func compileFString(_ parts: [FStringPart]) throws {
        // Whether a buildString joins the pieces: then a field's int or float may stay
        // unconverted (`formatValue` flag 8) and buildString writes its digits directly.
        var pieceCount = 0
        for part in parts {
            if case .field(_, _, _, .some) = part { pieceCount += 1 }
            pieceCount += 1
        }
        let joined = !parts.isEmpty && pieceCount != 1
        var count = 0
        for part in parts {
            switch part {
            case .literal(let text):
                unit.emit(.loadConst, unit.constant(.str(text)))
            case .field(let expr, let conversion, let spec, let debugText):
                if let debugText {
                    unit.emit(.loadConst, unit.constant(.str(debugText)))
                    count += 1
                }
                try compile(expr)
                var flags = 0
                switch conversion {
                case "s": flags = 1
                case "r": flags = 2
                case "a": flags = 3
                default: flags = 0
                }
                if let spec {
                    try compileFString(spec)
                    flags |= 4
                }
                if joined { flags |= 8 }
                unit.emit(.formatValue, flags)
            }
            count += 1
        }
        if parts.isEmpty {
            unit.emit(.loadConst, unit.constant(.str("")))
        } else if count != 1 {
            unit.emit(.buildString, count)
        }
    }

    func compileCompare(_ first: Expr, _ rest: [(CompareOperator, Expr)], expression: Expr? = nil) throws {
        try compile(first)
        if rest.count == 1 {
            try compile(rest[0].1)
            emitCompare(rest[0].0)
            recordSite(OperationSite(start: expression?.location ?? first.location, end: expression?.end ?? rest[0].1.end,
                                     operands: [first, rest[0].1]))
            return
        }
        let cleanup = unit.newLabel(), end = unit.newLabel()
        for (i, (op, operand)) in rest.enumerated() {
            try compile(operand)
            if i < rest.count - 1 {
                unit.emit(.dupTop)
                unit.emit(.rotThree)
                emitCompare(op)
                unit.emitJump(.jumpIfFalseOrPop, to: cleanup)
            } else {
                emitCompare(op)
            }
        }
        unit.emitJump(.jump, to: end)
        unit.bind(cleanup)
        unit.emit(.rotTwo)
        unit.emit(.popTop)
        unit.bind(end)
    }

    func emitCompare(_ op: CompareOperator) {
        switch op {
        case .equal: emitComparison(.equal)
        case .notEqual: emitComparison(.notEqual)
        case .less: emitComparison(.less)
        case .lessEqual: emitComparison(.lessEqual)
        case .greater: emitComparison(.greater)
        case .greaterEqual: emitComparison(.greaterEqual)
        // The argument of `isOp` and `containsOp` says whether the test is negated.
        case .is: unit.emit(.isOp, 0)
        case .isNot: unit.emit(.isOp, 1)
        case .in: unit.emit(.containsOp, 0)
        case .notIn: unit.emit(.containsOp, 1)
        }
    }

    func emitComparison(_ op: ComparisonOperation) {
        unit.emit(.compare, Int(op.rawValue))
    }

    /// Compiles a test and jumps when it is false, without materialising `not`.
    func compileCondition(_ test: Expr, jumpIfFalseTo label: Int) throws {
        if case .unary(.not, let inner) = test.kind {
            try compile(inner)
            unit.emitJump(.popJumpIfTrue, to: label)
            return
        }
        try compile(test)
        unit.emitJump(.popJumpIfFalse, to: label)
    }

    func compileCall(_ function: Expr, _ arguments: [Argument], at location: SourceLocation) throws {
        let hasStar = arguments.contains { if case .starred = $0 { return true }; if case .doubleStarred = $0 { return true }; return false }
        let keywords = arguments.compactMap { argument -> (String, Expr)? in
            if case .keyword(let name, let value) = argument { return (name, value) }
            return nil
        }
        if hasStar {
            try compile(function)
            let positionalArguments = arguments.filter {
                if case .positional = $0 { return true }; if case .starred = $0 { return true }; return false
            }
            let keywordArguments = arguments.filter {
                if case .keyword = $0 { return true }; if case .doubleStarred = $0 { return true }; return false
            }
            // `f(*args)` and `f(**kwargs)` (a decorator's wrapper) pass the iterable and the
            // mapping as they are, as CPython does: `callEx` makes the argument list from any
            // iterable and reads any mapping without changing it, so no copy is built here.
            if positionalArguments.count == 1, case .starred(let e) = positionalArguments[0] {
                try compile(e)
            } else {
                unit.emit(.buildList, 0)
                for argument in positionalArguments {
                    switch argument {
                    case .positional(let e): try compile(e); unit.emit(.listAppend, 1)
                    case .starred(let e): try compile(e); unit.emit(.listExtend, 1)
                    default: break
                    }
                }
                unit.emit(.listToTuple)
            }
            let hasKeywords = !keywordArguments.isEmpty
            if keywordArguments.count == 1, case .doubleStarred(let e) = keywordArguments[0] {
                try compile(e)
            } else if hasKeywords {
                unit.emit(.buildMap, 0)
                for argument in arguments {
                    switch argument {
                    case .keyword(let name, let e):
                        unit.emit(.loadConst, unit.constant(.str(name)))
                        try compile(e)
                        unit.emit(.mapAdd, 1)
                    case .doubleStarred(let e):
                        try compile(e)
                        unit.emit(.dictMerge, 1)
                    default: break
                    }
                }
            }
            setLine(location)
            unit.emit(.callEx, hasKeywords ? 1 : 0)
            return
        }
        var seen = Set<String>()
        for (name, value) in keywords where !seen.insert(name).inserted {
            throw error("keyword argument repeated: \(name)", at: value.location)
        }
        let positional = arguments.compactMap { argument -> Expr? in
            if case .positional(let e) = argument { return e }
            return nil
        }
        if case .attribute(let object, let name) = function.kind, keywords.isEmpty {
            try compile(object)
            setLine(function.location)
            unit.emit(.loadMethod, unit.name(name))
            for argument in positional { try compile(argument) }
            setLine(location)
            unit.emit(.callMethod, positional.count)
            return
        }
        try compile(function)
        for argument in positional { try compile(argument) }
        for (_, value) in keywords { try compile(value) }
        setLine(location)
        if keywords.isEmpty {
            unit.emit(.call, positional.count)
        } else {
            unit.emit(.loadConst, unit.constant(.object(PyTuple(keywords.map { .str($0.0) }))))
            unit.emit(.callKeywords, positional.count + keywords.count)
        }
    }
}
