import Syntax

extension Compiler {
    func compile(_ statements: [Stmt]) throws {
        for statement in statements { try compile(statement) }
    }

    func compile(_ statement: Stmt) throws {
        setLine(statement.location)
        switch statement.kind {
        case .expression(let expr):
            try compile(expr)
            unit.emit(.popTop)
        case .assign(let targets, let value):
            try compile(value)
            for (i, target) in targets.enumerated() {
                if i < targets.count - 1 { unit.emit(.dupTop) }
                try compileStore(target)
            }
        case .augmentedAssign(let target, let op, let value):
            try compileAugmentedAssign(target, op, value)
        case .annotatedAssign(let target, let annotation, let value):
            if let value {
                try compile(value)
                try compileStore(target)
            }
            try recordAnnotation(target: target, annotation: annotation)
        case .delete(let targets):
            for target in targets { try compileDelete(target) }
        case .pass:
            break
        case .break:
            try compileBreak(isContinue: false, at: statement.location)
        case .continue:
            try compileBreak(isContinue: true, at: statement.location)
        case .return(let value):
            guard unit.scope.isFunctionLike else { throw error("'return' outside function", at: statement.location) }
            if let value { try compile(value) } else { unit.emit(.loadConst, unit.constant(.none)) }
            try unwindControlBlocks(downTo: 0, preservingTop: true)
            setLine(statement.location)
            unit.emit(.returnValue)
        case .raise(let exception, let cause):
            if let exception {
                try compile(exception)
                if let cause {
                    try compile(cause)
                    unit.emit(.raise, 2)
                } else {
                    unit.emit(.raise, 1)
                }
            } else {
                unit.emit(.raise, 0)
            }
        case .global, .nonlocal:
            break
        case .assert(let test, let message):
            let end = unit.newLabel()
            try compile(test)
            unit.emitJump(.popJumpIfTrue, to: end)
            unit.emit(.loadConst, unit.constant(.object(BuiltinTypes.assertionError)))
            if let message {
                try compile(message)
                unit.emit(.call, 1)
            }
            setLine(statement.location)
            unit.emit(.raise, 1)
            unit.bind(end)
        case .if(let test, let body, let orElse):
            let otherwise = unit.newLabel(), end = unit.newLabel()
            try compileCondition(test, jumpIfFalseTo: otherwise)
            try compile(body)
            if !orElse.isEmpty { unit.emitJump(.jump, to: end) }
            unit.bind(otherwise)
            try compile(orElse)
            unit.bind(end)
        case .while(let test, let body, let orElse):
            let loop = unit.newLabel(), otherwise = unit.newLabel(), end = unit.newLabel()
            unit.bind(loop)
            if case .constant(.bool(true)) = test.kind {} else {
                try compileCondition(test, jumpIfFalseTo: otherwise)
            }
            unit.controlBlocks.append(.loop(continueLabel: loop, breakLabel: end, hasIterator: false))
            try compile(body)
            unit.controlBlocks.removeLast()
            unit.emitJump(.jump, to: loop)
            unit.bind(otherwise)
            try compile(orElse)
            unit.bind(end)
        case .for(let target, let iterable, let body, let orElse):
            let loop = unit.newLabel(), otherwise = unit.newLabel(), end = unit.newLabel()
            try compile(iterable)
            unit.emit(.getIter)
            unit.bind(loop)
            setLine(statement.location)
            unit.emitJump(.forIter, to: otherwise)
            try compileStore(target)
            unit.controlBlocks.append(.loop(continueLabel: loop, breakLabel: end, hasIterator: true))
            try compile(body)
            unit.controlBlocks.removeLast()
            unit.emitJump(.jump, to: loop)
            unit.bind(otherwise)
            try compile(orElse)
            unit.bind(end)
        case .try(let body, let handlers, let orElse, let finalBody):
            try compileTry(body, handlers, orElse, finalBody)
        case .with(let items, let body):
            try compileWith(items[...], body)
        case .functionDef(let definition):
            try compileFunctionDefinition(definition)
        case .classDef(let definition):
            try compileClassDefinition(definition)
        case .import(let names):
            for name in names {
                let bindsLeaf = name.asName != nil
                unit.emit(.importName, unit.name(name.name) * 2 + (bindsLeaf ? 1 : 0))
                emitName(name.asName ?? String(name.name.split(separator: ".").first ?? ""), .store)
            }
        case .importFrom(let module, let names, let level):
            if level > 0 {
                throw error("attempted relative import with no known parent package", at: statement.location)
            }
            unit.emit(.importName, unit.name(module) * 2 + 1)
            if names.count == 1 && names[0].name == "*" {
                unit.emit(.importStar)
                return
            }
            for name in names {
                unit.emit(.importFrom, unit.name(name.name))
                emitName(name.asName ?? name.name, .store)
            }
            unit.emit(.popTop)
        }
    }

    // MARK: Targets

    func compileStore(_ target: Expr) throws {
        setLine(target.location)
        switch target.kind {
        case .name(let name):
            emitName(name, .store)
        case .attribute(let object, let name):
            try compile(object)
            unit.emit(.storeAttr, unit.name(name))
        case .`subscript`(let object, let index):
            try compile(object)
            if let items = multiIndexItems(index) {
                for item in items { try compile(item) }
                unit.emit(.storeSubscriptMulti, items.count)
            } else {
                try compile(index)
                unit.emit(.storeSubscript)
            }
        case .tuple(let items), .list(let items):
            if let star = items.firstIndex(where: isStarred) {
                let after = items.count - star - 1
                guard star < 256 && after < 1 << 15 else { throw error("too many expressions in star-unpacking assignment", at: target.location) }
                unit.emit(.unpackEx, star | (after << 8))
            } else {
                unit.emit(.unpackSequence, items.count)
            }
            for item in items {
                if case .starred(let inner) = item.kind { try compileStore(inner) } else { try compileStore(item) }
            }
        default:
            throw error("cannot assign to expression", at: target.location)
        }
    }

    func compileDelete(_ target: Expr) throws {
        switch target.kind {
        case .name(let name):
            emitName(name, .delete)
        case .attribute(let object, let name):
            try compile(object)
            unit.emit(.deleteAttr, unit.name(name))
        case .`subscript`(let object, let index):
            try compile(object)
            try compile(index)
            unit.emit(.deleteSubscript)
        case .tuple(let items), .list(let items):
            for item in items { try compileDelete(item) }
        default:
            throw error("cannot delete expression", at: target.location)
        }
    }

    /// Whether `name` is a plain local of the function being compiled (a `loadFast` slot).
    func isFastLocal(_ name: String) -> Bool {
        let scope = unit.scope
        guard scope.kind == .function || scope.kind == .comprehension else { return false }
        return !scope.isCell(name) && !scope.isFree(name) && scope.isLocal(name)
    }

    /// Whether evaluating `expr` certainly cannot rebind a local of this function: only a named
    /// expression (`:=`) can do that, so this accepts a conservative set of expression forms
    /// without one.
    func cannotRebindLocals(_ expr: Expr, depth: Int = 0) -> Bool {
        if depth > 20 { return false }
        let next = depth + 1
        switch expr.kind {
        case .name, .constant:
            return true
        case .unary(_, let operand), .attribute(let operand, _):
            return cannotRebindLocals(operand, depth: next)
        case .binary(_, let left, let right), .subscript(let left, let right):
            return cannotRebindLocals(left, depth: next) && cannotRebindLocals(right, depth: next)
        case .compare(let first, let rest):
            return cannotRebindLocals(first, depth: next) && rest.allSatisfy { cannotRebindLocals($0.1, depth: next) }
        case .boolean(_, let operands), .tuple(let operands), .list(let operands):
            return operands.allSatisfy { cannotRebindLocals($0, depth: next) }
        case .call(let function, let arguments):
            guard cannotRebindLocals(function, depth: next) else { return false }
            return arguments.allSatisfy { argument in
                switch argument {
                case .positional(let e), .starred(let e), .keyword(_, let e), .doubleStarred(let e):
                    return cannotRebindLocals(e, depth: next)
                }
            }
        default:
            return false
        }
    }

    func compileAugmentedAssign(_ target: Expr, _ op: BinaryOperator, _ value: Expr) throws {
        let operation = Int(BinaryOperation(op).rawValue)
        switch target.kind {
        case .name(let name):
            emitName(name, .load)
            try compile(value)
            setLine(target.location)
            unit.emit(.inplace, operation)
            recordSite(OperationSite(start: target.location, end: value.end, operands: [target, value]))
            emitName(name, .store)
        case .attribute(let object, let name):
            if case .name(let objectName) = object.kind, isFastLocal(objectName), cannotRebindLocals(value) {
                // `local.attr op= value`: loading the local again for the store is the same
                // (nothing in the value can rebind it) and runs as two fused instructions.
                emitName(objectName, .load)
                unit.emit(.loadAttr, unit.name(name))
                try compile(value)
                setLine(target.location)
                unit.emit(.inplace, operation)
                recordSite(OperationSite(start: target.location, end: value.end, operands: [target, value]))
                emitName(objectName, .load)
                unit.emit(.storeAttr, unit.name(name))
                return
            }
            try compile(object)
            unit.emit(.dupTop)
            unit.emit(.loadAttr, unit.name(name))
            try compile(value)
            setLine(target.location)
            unit.emit(.inplace, operation)
            recordSite(OperationSite(start: target.location, end: value.end, operands: [target, value]))
            unit.emit(.rotTwo)
            unit.emit(.storeAttr, unit.name(name))
        case .`subscript`(let object, let indexExpr):
            try compile(object)
            if let items = multiIndexItems(indexExpr) {
                // c[i, j] += x without building the index tuple: keep container and indices,
                // duplicate them for the load, then store.
                for item in items { try compile(item) }
                unit.emit(.dupTopN, items.count + 1)
                unit.emit(.subscriptMulti, items.count)
                try compile(value)
                setLine(target.location)
                unit.emit(.inplace, operation)
                recordSite(OperationSite(start: target.location, end: value.end, operands: [target, value]))
                unit.emit(.rotN, items.count + 2)
                unit.emit(.storeSubscriptMulti, items.count)
            } else {
                try compile(indexExpr)
                unit.emit(.dupTopTwo)
                unit.emit(.binarySubscript)
                try compile(value)
                setLine(target.location)
                unit.emit(.inplace, operation)
                recordSite(OperationSite(start: target.location, end: value.end, operands: [target, value]))
                unit.emit(.rotThree)
                unit.emit(.storeSubscript)
            }
        default:
            throw error("illegal expression for augmented assignment", at: target.location)
        }
    }

    // MARK: Leaving blocks

    func compileBreak(isContinue: Bool, at location: SourceLocation) throws {
        guard let loopIndex = unit.controlBlocks.lastIndex(where: { if case .loop = $0 { return true }; return false }),
              case .loop(let continueLabel, let breakLabel, let hasIterator) = unit.controlBlocks[loopIndex] else {
            throw error(isContinue ? "'continue' not properly in loop" : "'break' outside loop", at: location)
        }
        try unwindControlBlocks(downTo: loopIndex + 1, preservingTop: false)
        if isContinue {
            unit.emitJump(.jump, to: continueLabel)
        } else {
            if hasIterator { unit.emit(.popTop) }
            unit.emitJump(.jump, to: breakLabel)
        }
        // Code after break/continue in the same block is unreachable; keep depths consistent.
        if !isContinue && hasIterator { unit.adjust(1) }
    }

    /// Emits the exits of every control block above `level` (innermost first): pops handler
    /// blocks, runs `finally` bodies, calls `__exit__`. With `preservingTop`, a value (the
    /// return value) stays on top of the stack throughout.
    func unwindControlBlocks(downTo level: Int, preservingTop: Bool) throws {
        let saved = unit.controlBlocks
        defer { unit.controlBlocks = saved }
        var index = saved.count - 1
        while index >= level {
            let block = saved[index]
            // While a block's exit code runs, only the blocks outside it are active.
            unit.controlBlocks = Array(saved[..<index])
            switch block {
            case .loop(_, _, let hasIterator):
                // A `for` loop's iterator sits above the blocks outside it (a `with`'s exit):
                // it goes first, so those blocks find their own values on top.
                if hasIterator {
                    if preservingTop { unit.emit(.rotTwo) }
                    unit.emit(.popTop)
                }
            case .tryBody:
                unit.emit(.popBlock)
            case .finallyBody(let finalBody):
                unit.emit(.popBlock)
                try compile(finalBody)
            case .handler:
                unit.emit(.popBlock)
                if preservingTop { unit.emit(.rotTwo) }
                unit.emit(.popExcept)
            case .finallyHandler:
                unit.emit(.popBlock)
                if preservingTop {
                    unit.emit(.rotThree)
                    unit.emit(.popTop)
                    unit.emit(.popExcept)
                } else {
                    unit.emit(.popTop)
                    unit.emit(.popExcept)
                }
            case .with:
                unit.emit(.popBlock)
                if preservingTop { unit.emit(.rotTwo) }
                emitCallExitWithNones()
            }
            index -= 1
        }
    }

    /// Stack: [exit] -> []: calls `exit(None, None, None)` and discards the result.
    func emitCallExitWithNones() {
        let none = unit.constant(.none)
        unit.emit(.loadConst, none)
        unit.emit(.loadConst, none)
        unit.emit(.loadConst, none)
        unit.emit(.call, 3)
        unit.emit(.popTop)
    }
}
