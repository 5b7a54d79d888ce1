import Syntax

/// Functions, lambdas, classes and comprehensions: each compiles to a child code object.
extension Compiler {
    /// Pushes defaults and closure, compiles the body into a child code object, and emits
    /// `makeFunction`. Leaves the new function on the stack.
    @discardableResult
    func compileFunction(key: AnyObject, name: String, parameters: Parameters, firstLine: Int, docstring: String?,
                         returns: Expr? = nil, body: @escaping () throws -> Void) throws -> CodeObject {
        var flags: MakeFunctionFlags = []
        let defaults = parameters.positional.compactMap(\.defaultValue)
        if !defaults.isEmpty {
            for value in defaults { try compile(value) }
            unit.emit(.buildTuple, defaults.count)
            flags.insert(.defaults)
        }
        let keywordDefaults = parameters.keywordOnly.filter { $0.defaultValue != nil }
        if !keywordDefaults.isEmpty {
            for parameter in keywordDefaults {
                unit.emit(.loadConst, unit.constant(.str(parameter.name)))
                if let value = parameter.defaultValue { try compile(value) }
            }
            unit.emit(.buildMap, keywordDefaults.count)
            flags.insert(.keywordDefaults)
        }
        if try compileAnnotations(parameters, returns: returns) { flags.insert(.annotations) }
        let qualified = qualifiedName(name)
        let code = try withChildUnit(key: key, name: name, qualifiedName: qualified, firstLine: firstLine) {
            let code = self.unit.code
            code.argumentCount = parameters.positional.count
            code.positionalOnlyCount = parameters.positionalOnlyCount
            code.keywordOnlyCount = parameters.keywordOnly.count
            if parameters.varArgs != nil { code.flags.insert(.varArgs) }
            if parameters.varKeywords != nil { code.flags.insert(.varKeywords) }
            code.docstring = docstring
            try body()
            if code.cellNames.isEmpty && code.freeNames.isEmpty && !code.flags.contains(.generator)
                && parameters.varArgs == nil && parameters.varKeywords == nil && parameters.keywordOnly.isEmpty {
                code.flags.insert(.simpleArguments)
            }
        }
        emitMakeFunction(code, flags: flags)
        return code
    }

    /// Pushes the closure cells a child code needs (if any) and makes the function object; the
    /// defaults the flags announce are already on the stack.
    func emitMakeFunction(_ code: CodeObject, flags: MakeFunctionFlags) {
        var flags = flags
        if !code.freeNames.isEmpty {
            emitClosure(for: code)
            flags.insert(.closure)
        }
        unit.emit(.loadConst, unit.constant(.object(code)))
        unit.emit(.makeFunction, flags.rawValue)
    }

    func docstring(of body: [Stmt]) -> String? {
        if let first = body.first, case .expression(let e) = first.kind, case .constant(.string(let text)) = e.kind {
            return text
        }
        return nil
    }

    func compileFunctionDefinition(_ definition: FunctionDefinition) throws {
        for decorator in definition.decorators { try compile(decorator) }
        let doc = docstring(of: definition.body)
        let body = doc == nil ? definition.body : Array(definition.body.dropFirst())
        let code = try compileFunction(key: definition, name: definition.name, parameters: definition.parameters,
                                       firstLine: definition.location.line, docstring: doc,
                                       returns: definition.returns) {
            try self.compile(body)
            if self.unit.reachable {
                self.unit.emit(.loadConst, self.unit.constant(.none))
                self.unit.emit(.returnValue)
            }
        }
        code.definitionSource = definition.sourceText
        for _ in definition.decorators { unit.emit(.call, 1) }
        setLine(definition.location)
        emitName(definition.name, .store)
    }

    func compileClassDefinition(_ definition: ClassDefinition) throws {
        for decorator in definition.decorators { try compile(decorator) }
        unit.emit(.loadBuildClass)
        let qualified = qualifiedName(definition.name)
        let code = try withChildUnit(key: definition, name: definition.name, qualifiedName: qualified,
                                     firstLine: definition.location.line) {
            self.unit.emit(.loadName, self.unit.name("__name__"))
            self.unit.emit(.storeName, self.unit.name("__module__"))
            self.unit.emit(.loadConst, self.unit.constant(.str(qualified)))
            self.unit.emit(.storeName, self.unit.name("__qualname__"))
            var body = definition.body
            if let doc = self.docstring(of: body) {
                self.unit.emit(.loadConst, self.unit.constant(.str(doc)))
                self.unit.emit(.storeName, self.unit.name("__doc__"))
                body.removeFirst()
            }
            self.setUpAnnotations(for: body)
            try self.compile(body)
            self.unit.emit(.loadConst, self.unit.constant(.none))
            self.unit.emit(.returnValue)
        }
        emitMakeFunction(code, flags: [])
        unit.emit(.loadConst, unit.constant(.str(definition.name)))
        var positional = 2
        var keywordNames: [Value] = []
        for base in definition.bases {
            switch base {
            case .positional(let e):
                guard keywordNames.isEmpty else { throw error("positional argument follows keyword argument", at: e.location) }
                try compile(e)
                positional += 1
            case .keyword(let name, let e):
                try compile(e)
                keywordNames.append(.str(name))
            case .starred(let e), .doubleStarred(let e):
                throw error("unpacking in class bases is not supported", at: e.location)
            }
        }
        setLine(definition.location)
        if keywordNames.isEmpty {
            unit.emit(.call, positional)
        } else {
            unit.emit(.loadConst, unit.constant(.object(PyTuple(keywordNames))))
            unit.emit(.callKeywords, positional + keywordNames.count)
        }
        code.definitionSource = definition.sourceText
        for _ in definition.decorators { unit.emit(.call, 1) }
        emitName(definition.name, .store)
    }

    func compileComprehension(_ expr: Expr) throws {
        let generators: [Comprehension]
        let name: String
        switch expr.kind {
        case .listComprehension(_, let g): generators = g; name = "<listcomp>"
        case .setComprehension(_, let g): generators = g; name = "<setcomp>"
        case .dictComprehension(_, _, let g): generators = g; name = "<dictcomp>"
        case .generator(_, let g): generators = g; name = "<genexpr>"
        default: return
        }
        let code = try withChildUnit(key: expr, name: name, qualifiedName: qualifiedName(name), firstLine: expr.location.line) {
            let unit = self.unit
            unit.code.argumentCount = 1
            switch expr.kind {
            case .listComprehension: unit.emit(.buildList, 0)
            case .setComprehension: unit.emit(.buildSet, 0)
            case .dictComprehension: unit.emit(.buildMap, 0)
            default: break
            }
            unit.emit(.loadFast, 0)
            // A condition that skips an item jumps forward to its loop's back-edge (`next`), not
            // straight to the loop's head: the back-edge `jump` is where Ctrl-C is noticed, and a
            // filter that rejects everything must stay interruptible.
            var loops: [(start: Int, next: Int, end: Int)] = []
            for (i, generator) in generators.enumerated() {
                if i > 0 {
                    try self.compile(generator.iterable)
                    unit.emit(.getIter)
                }
                let start = unit.newLabel(), next = unit.newLabel(), end = unit.newLabel()
                unit.bind(start)
                unit.emitJump(.forIter, to: end)
                try self.compileStore(generator.target)
                for condition in generator.conditions {
                    try self.compileCondition(condition, jumpIfFalseTo: next)
                }
                loops.append((start, next, end))
            }
            let depth = generators.count + 1
            switch expr.kind {
            case .listComprehension(let element, _):
                try self.compile(element)
                unit.emit(.listAppend, depth)
            case .setComprehension(let element, _):
                try self.compile(element)
                unit.emit(.setAdd, depth)
            case .dictComprehension(let key, let value, _):
                try self.compile(key)
                try self.compile(value)
                unit.emit(.mapAdd, depth)
            case .generator(let element, _):
                try self.compile(element)
                unit.emit(.yieldValue)
                unit.emit(.popTop)
            default: break
            }
            for loop in loops.reversed() {
                unit.bind(loop.next)
                unit.emitJump(.jump, to: loop.start)
                unit.bind(loop.end)
            }
            if case .generator = expr.kind { unit.emit(.loadConst, unit.constant(.none)) }
            unit.emit(.returnValue)
            if unit.code.cellNames.isEmpty && unit.code.freeNames.isEmpty && !unit.code.flags.contains(.generator) {
                unit.code.flags.insert(.simpleArguments)
            }
        }
        emitMakeFunction(code, flags: [])
        try compile(generators[0].iterable)
        unit.emit(.getIter)
        unit.emit(.call, 1)
    }
}
