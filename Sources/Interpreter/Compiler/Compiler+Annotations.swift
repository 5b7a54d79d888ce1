import Syntax

/// Variable annotations (`x: int = 1`, `y: str`) in a class body or a script's module body are
/// recorded in that namespace's `__annotations__` dict, in order, as CPython does: dataclasses,
/// typing.NamedTuple and get_type_hints read them. (Annotations of local variables are not
/// evaluated, again as in CPython.)
extension Compiler {
    /// Creates the empty `__annotations__` at the start of a body that annotates a simple name.
    func setUpAnnotations(for body: [Stmt]) {
        guard Compiler.annotatesSimpleName(body) else { return }
        unit.emit(.buildMap, 0)
        emitName("__annotations__", .store)
        unit.recordsAnnotations = true
    }

    /// `__annotations__['x'] = <annotation>` for an annotated simple name, where recorded.
    func recordAnnotation(target: Expr, annotation: Expr) throws {
        guard unit.recordsAnnotations, case .name(let name) = target.kind else { return }
        try compile(annotation)
        emitName("__annotations__", .load)
        unit.emit(.loadConst, unit.constant(.str(name)))
        unit.emit(.storeSubscript)
    }

    /// Whether a body (not the functions and classes nested in it) annotates a simple name.
    static func annotatesSimpleName(_ body: [Stmt]) -> Bool {
        for statement in body {
            switch statement.kind {
            case .annotatedAssign(let target, _, _):
                if case .name = target.kind { return true }
            case .if(_, let body, let orElse), .while(_, let body, let orElse), .for(_, _, let body, let orElse):
                if annotatesSimpleName(body) || annotatesSimpleName(orElse) { return true }
            case .try(let body, let handlers, let orElse, let finally):
                if annotatesSimpleName(body) || annotatesSimpleName(orElse) || annotatesSimpleName(finally) { return true }
                for handler in handlers where annotatesSimpleName(handler.body) { return true }
            case .with(_, let body):
                if annotatesSimpleName(body) { return true }
            default:
                break
            }
        }
        return false
    }

    /// Pushes the dict of a function's annotations (parameters in order, then 'return'), as
    /// `makeFunction` stores in `__annotations__`; false (nothing pushed) when there are none.
    func compileAnnotations(_ parameters: Parameters, returns: Expr?) throws -> Bool {
        var annotated: [(String, Expr)] = []
        var all = parameters.positional
        if let varArgs = parameters.varArgs { all.append(varArgs) }
        all += parameters.keywordOnly
        if let varKeywords = parameters.varKeywords { all.append(varKeywords) }
        for parameter in all { if let annotation = parameter.annotation { annotated.append((parameter.name, annotation)) } }
        if let returns { annotated.append(("return", returns)) }
        guard !annotated.isEmpty else { return false }
        for (name, annotation) in annotated {
            unit.emit(.loadConst, unit.constant(.str(name)))
            try compile(annotation)
        }
        unit.emit(.buildMap, annotated.count)
        return true
    }
}
