import Syntax

/// Compiles a parsed module (a script or a cell) to bytecode. One `CompilationUnit` per scope;
/// scopes come from the symbol table.
final class Compiler {
    let file: SourceFile
    let namespace: Namespace
    var unit: CompilationUnit
    var units: [CompilationUnit] = []
    var rootScope: Scope
    /// Compiling for `%shapes`: every sub-expression that can yield a tensor is followed by a
    /// `traceValue` instruction. Off for all other code, which therefore pays nothing.
    var traceExpressions = false
    var traceDepth = 0

    init(file: SourceFile, namespace: Namespace, rootScope: Scope, code: CodeObject) {
        self.file = file
        self.namespace = namespace
        self.rootScope = rootScope
        self.unit = CompilationUnit(code: code, scope: rootScope, namespace: namespace)
    }

    /// `namesInDictionary` compiles module-level names as a class body's are (`exec` and `eval`
    /// with a locals mapping of their own): loads look in the frame's dictionary, then the
    /// globals, then the builtins, and stores go to the dictionary. Functions defined there still
    /// see only the globals, as in CPython.
    static func compile(_ module: Module, namespace: Namespace, interactive: Bool,
                        traceExpressions: Bool = false, namesInDictionary: Bool = false) throws -> CodeObject {
        let scope: Scope
        do {
            scope = try SymbolTableBuilder.build(module, interactive: interactive)
        } catch SymbolTableError.noBinding(let name) {
            throw SyntaxError("no binding for nonlocal '\(name)' found", at: SourceLocation(line: 1, column: 1), file: module.file)
        } catch SymbolTableError.nonlocalAtModuleLevel(let location) {
            throw SyntaxError("nonlocal declaration not allowed at module level", at: location, file: module.file)
        } catch SymbolTableError.rebindsIterationVariable(let name, let location) {
            throw SyntaxError("assignment expression cannot rebind comprehension iteration variable '\(name)'",
                              at: location, file: module.file)
        }
        let code = CodeObject(name: "<module>", qualifiedName: "<module>", file: module.file, firstLine: 1)
        if namesInDictionary { code.flags.insert(.nameNamespace) }
        let compiler = Compiler(file: module.file, namespace: namespace, rootScope: scope, code: code)
        compiler.traceExpressions = traceExpressions
        try compiler.compileModule(module.body, interactive: interactive)
        return code
    }

    func error(_ message: String, at location: SourceLocation) -> SyntaxError {
        SyntaxError(message, at: location, file: file)
    }

    func compileModule(_ body: [Stmt], interactive: Bool) throws {
        if interactive, let last = body.last, case .expression(let expr) = last.kind {
            for statement in body.dropLast() { try compile(statement) }
            unit.line = last.location.line
            try compile(expr)
            unit.emit(.returnValue)
        } else {
            if !interactive { setUpAnnotations(for: body) }
            for statement in body { try compile(statement) }
            unit.emit(.loadConst, unit.constant(.none))
            unit.emit(.returnValue)
        }
        try unit.finish()
    }

    // MARK: Scopes

    /// Compiles `body` into a new code object for the child scope keyed by `key`.
    func withChildUnit(key: AnyObject, name: String, qualifiedName: String, firstLine: Int,
                       _ body: () throws -> Void) throws -> CodeObject {
        guard let scope = unit.scope.children[ObjectIdentifier(key)] else {
            throw error("internal error: missing scope for \(name)", at: SourceLocation(line: firstLine, column: 1))
        }
        let code = CodeObject(name: name, qualifiedName: qualifiedName, file: file, firstLine: firstLine)
        code.localNames = scope.locals
        code.cellNames = scope.cells
        code.freeNames = scope.frees
        for (cellIndex, name) in scope.cells.enumerated() {
            if let parameterIndex = scope.parameters.firstIndex(of: name) {
                code.cellParameterIndices[cellIndex] = parameterIndex
            }
        }
        if scope.isGenerator { code.flags.insert(.generator) }
        if scope.kind == .classBody { code.flags.insert(.nameNamespace) }
        units.append(unit)
        unit = CompilationUnit(code: code, scope: scope, namespace: namespace)
        unit.line = firstLine
        defer { unit = units.removeLast() }
        try body()
        try unit.finish()
        return code
    }

    /// The qualified name of a definition nested in the current scope.
    func qualifiedName(_ name: String) -> String {
        let scope = unit.scope
        switch scope.kind {
        case .module: return name
        case .classBody: return unit.code.qualifiedName + "." + name
        case .function, .comprehension: return unit.code.qualifiedName + ".<locals>." + name
        }
    }

    // MARK: Names

    enum NameOperation { case load, store, delete }

    func emitName(_ name: String, _ operation: NameOperation) {
        let scope = unit.scope
        switch scope.kind {
        case .module where unit.code.flags.contains(.nameNamespace) && !scope.declaredGlobal.contains(name):
            let index = unit.name(name)
            unit.emit(operation == .load ? .loadName : operation == .store ? .storeName : .deleteName, index)
        case .module:
            let index = unit.global(name)
            unit.emit(operation == .load ? .loadGlobal : operation == .store ? .storeGlobal : .deleteGlobal, index)
        case .classBody:
            if scope.isFree(name) && !scope.isBoundInClass(name) {
                let index = derefIndex(name)
                unit.emit(operation == .load ? .loadClassDeref : operation == .store ? .storeDeref : .deleteDeref, index)
            } else {
                let index = unit.name(name)
                unit.emit(operation == .load ? .loadName : operation == .store ? .storeName : .deleteName, index)
            }
        case .function, .comprehension:
            if scope.isCell(name) || scope.isFree(name) {
                let index = derefIndex(name)
                unit.emit(operation == .load ? .loadDeref : operation == .store ? .storeDeref : .deleteDeref, index)
            } else if scope.isLocal(name) {
                let index = unit.code.localNames.firstIndex(of: name) ?? 0
                unit.emit(operation == .load ? .loadFast : operation == .store ? .storeFast : .deleteFast, index)
            } else {
                let index = unit.global(name)
                unit.emit(operation == .load ? .loadGlobal : operation == .store ? .storeGlobal : .deleteGlobal, index)
            }
        }
    }

    /// Index of a cell or free variable in the frame's cell array (cells first, then frees).
    func derefIndex(_ name: String) -> Int {
        if let i = unit.code.cellNames.firstIndex(of: name) { return i }
        return unit.code.cellNames.count + (unit.code.freeNames.firstIndex(of: name) ?? 0)
    }

    /// Loads the cells a child scope closes over, as a tuple.
    func emitClosure(for child: CodeObject) {
        for name in child.freeNames {
            unit.emit(.loadClosure, derefIndex(name))
        }
        unit.emit(.buildTuple, child.freeNames.count)
    }

    func setLine(_ location: SourceLocation) {
        if location.line > 0 { unit.line = location.line }
    }
}
