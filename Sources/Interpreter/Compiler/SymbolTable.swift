import Syntax

/// Decides, for every scope, which names are locals, cells (captured by inner functions), free
/// variables (captured from outer functions) or globals, following Python's scoping rules.
final class Scope {
    enum Kind { case module, function, classBody, comprehension }

    let kind: Kind
    let name: String
    weak var parent: Scope?
    var children: [ObjectIdentifier: Scope] = [:]
    var parameters: [String] = []
    /// Bound names in order of first binding.
    var assigned: [String] = []
    private var assignedSet: Set<String> = []
    var used: Set<String> = []
    var declaredGlobal: Set<String> = []
    var declaredNonlocal: Set<String> = []
    var isGenerator = false
    var hasReturnValue = false
    /// The names a comprehension binds with its `for` clauses: an assignment expression inside
    /// it may not rebind them (Python makes that a SyntaxError).
    var iterationNames: Set<String> = []

    // Resolution results
    var locals: [String] = []
    var cells: [String] = []
    var frees: [String] = []
    private var localSet: Set<String> = []
    private var cellSet: Set<String> = []
    private var freeSet: Set<String> = []

    init(kind: Kind, name: String, parent: Scope?) {
        self.kind = kind
        self.name = name
        self.parent = parent
    }

    var isFunctionLike: Bool { kind == .function || kind == .comprehension }

    func bind(_ name: String) {
        if assignedSet.insert(name).inserted { assigned.append(name) }
    }

    func isLocal(_ name: String) -> Bool { localSet.contains(name) }
    func isCell(_ name: String) -> Bool { cellSet.contains(name) }
    func isFree(_ name: String) -> Bool { freeSet.contains(name) }
    func isBoundInClass(_ name: String) -> Bool { kind == .classBody && assignedSet.contains(name) }

    func addCell(_ name: String) {
        if cellSet.insert(name).inserted { cells.append(name) }
    }

    func addFree(_ name: String) {
        if freeSet.insert(name).inserted { frees.append(name) }
    }

    /// Resolves this scope and its children (parents first, so lookups can see outer locals).
    func resolve() throws {
        if isFunctionLike {
            var ordered = parameters
            for name in assigned where !parameters.contains(name) && !declaredGlobal.contains(name) && !declaredNonlocal.contains(name) {
                ordered.append(name)
            }
            locals = ordered
            localSet = Set(ordered)
        }
        for name in declaredNonlocal {
            guard let owner = findEnclosingBinding(name) else {
                throw SymbolTableError.noBinding(name)
            }
            capture(name, from: owner)
        }
        if kind != .module {
            for name in used.sorted() where !localSet.contains(name) && !declaredGlobal.contains(name) && !freeSet.contains(name) {
                if kind == .classBody && assignedSet.contains(name) { continue }
                if let owner = findEnclosingBinding(name) { capture(name, from: owner) }
            }
        }
        for child in children.values.sorted(by: { $0.name < $1.name }) { try child.resolve() }
    }

    /// The nearest enclosing function scope that binds `name` (class scopes are skipped, as in
    /// Python).
    func findEnclosingBinding(_ name: String) -> Scope? {
        var scope = parent
        while let s = scope {
            if s.kind == .module { return nil }
            if s.isFunctionLike && !s.declaredGlobal.contains(name) && (s.localSet.contains(name) || s.freeSet.contains(name)) {
                return s
            }
            scope = s.parent
        }
        return nil
    }

    /// Marks `name` free here and in every scope between here and `owner`, and a cell in owner.
    func capture(_ name: String, from owner: Scope) {
        var scope: Scope? = self
        while let s = scope, s !== owner {
            s.addFree(name)
            scope = s.parent
        }
        if owner.localSet.contains(name) { owner.addCell(name) }
    }
}

enum SymbolTableError: Error {
    case noBinding(String)
    case nonlocalAtModuleLevel(SourceLocation)
    case rebindsIterationVariable(String, SourceLocation)
}

/// Walks the AST once to build the scope tree.
struct SymbolTableBuilder {
    var scope: Scope

    static func build(_ module: Module, interactive: Bool) throws -> Scope {
        var builder = SymbolTableBuilder(scope: Scope(kind: .module, name: "<module>", parent: nil))
        for statement in module.body { try builder.visit(statement) }
        try builder.scope.resolve()
        return builder.scope
    }

    mutating func child(_ kind: Scope.Kind, _ name: String, key: AnyObject, body: (inout SymbolTableBuilder) throws -> Void) rethrows {
        let child = Scope(kind: kind, name: name, parent: scope)
        scope.children[ObjectIdentifier(key)] = child
        var inner = SymbolTableBuilder(scope: child)
        try body(&inner)
    }

    mutating func visit(_ statements: [Stmt]) throws {
        for statement in statements { try visit(statement) }
    }

    mutating func visit(_ statement: Stmt) throws {
        switch statement.kind {
        case .expression(let e): try visit(e)
        case .assign(let targets, let value):
            try visit(value)
            for target in targets { try bindTarget(target) }
        case .augmentedAssign(let target, _, let value):
            try visit(value)
            if case .name(let n) = target.kind { scope.used.insert(n) }
            try bindTarget(target)
        case .annotatedAssign(let target, _, let value):
            if let value { try visit(value); try bindTarget(target) }
        case .delete(let targets):
            for target in targets { try bindTarget(target) }
        case .pass, .break, .continue: break
        case .return(let value):
            if let value { try visit(value); scope.hasReturnValue = true }
        case .raise(let e, let cause):
            if let e { try visit(e) }
            if let cause { try visit(cause) }
        case .global(let names):
            for name in names { scope.declaredGlobal.insert(name) }
        case .nonlocal(let names):
            if scope.kind == .module { throw SymbolTableError.nonlocalAtModuleLevel(statement.location) }
            for name in names { scope.declaredNonlocal.insert(name) }
        case .assert(let test, let message):
            try visit(test)
            if let message { try visit(message) }
        case .if(let test, let body, let orElse), .while(let test, let body, let orElse):
            try visit(test)
            try visit(body)
            try visit(orElse)
        case .for(let target, let iterable, let body, let orElse):
            try visit(iterable)
            try bindTarget(target)
            try visit(body)
            try visit(orElse)
        case .try(let body, let handlers, let orElse, let finalBody):
            try visit(body)
            for handler in handlers {
                if let type = handler.type { try visit(type) }
                if let name = handler.name { scope.bind(name) }
                try visit(handler.body)
            }
            try visit(orElse)
            try visit(finalBody)
        case .with(let items, let body):
            for item in items {
                try visit(item.context)
                if let target = item.target { try bindTarget(target) }
            }
            try visit(body)
        case .functionDef(let definition):
            for decorator in definition.decorators { try visit(decorator) }
            try visitDefaults(definition.parameters)
            scope.bind(definition.name)
            try child(.function, definition.name, key: definition) { inner in
                inner.scope.parameters = definition.parameters.allNames
                for name in definition.parameters.allNames { inner.scope.bind(name) }
                try inner.visit(definition.body)
            }
        case .classDef(let definition):
            for decorator in definition.decorators { try visit(decorator) }
            for base in definition.bases { try visit(base) }
            scope.bind(definition.name)
            try child(.classBody, definition.name, key: definition) { inner in
                try inner.visit(definition.body)
            }
        case .import(let names):
            for name in names {
                scope.bind(name.asName ?? String(name.name.split(separator: ".").first ?? ""))
            }
        case .importFrom(_, let names, _):
            for name in names where name.name != "*" { scope.bind(name.asName ?? name.name) }
        }
    }

    mutating func visitDefaults(_ parameters: Parameters) throws {
        for p in parameters.positional + parameters.keywordOnly {
            if let d = p.defaultValue { try visit(d) }
        }
    }

    mutating func visit(_ arguments: Argument) throws {
        switch arguments {
        case .positional(let e), .starred(let e), .keyword(_, let e), .doubleStarred(let e): try visit(e)
        }
    }

    /// The plain names an assignment target binds (`i`, `(a, *b)`), not attributes or items.
    static func names(boundBy target: Expr) -> [String] {
        switch target.kind {
        case .name(let n): return [n]
        case .tuple(let items), .list(let items): return items.flatMap { names(boundBy: $0) }
        case .starred(let inner): return names(boundBy: inner)
        default: return []
        }
    }

    mutating func bindTarget(_ target: Expr) throws {
        switch target.kind {
        case .name(let n): scope.bind(n)
        case .tuple(let items), .list(let items): for item in items { try bindTarget(item) }
        case .starred(let inner): try bindTarget(inner)
        case .attribute(let object, _): try visit(object)
        case .`subscript`(let object, let index):
            try visit(object)
            try visit(index)
        default: try visit(target)
        }
    }

    mutating func visit(_ expr: Expr) throws {
        switch expr.kind {
        case .name(let n): scope.used.insert(n)
        case .constant: break
        case .fstring(let parts): try visitParts(parts)
        case .unary(_, let e), .starred(let e), .attribute(let e, _), .yieldFrom(let e):
            try visit(e)
            if case .yieldFrom = expr.kind { scope.isGenerator = true }
        case .binary(_, let a, let b), .subscript(let a, let b):
            try visit(a)
            try visit(b)
        case .boolean(_, let values), .tuple(let values), .list(let values), .set(let values):
            for v in values { try visit(v) }
        case .compare(let first, let rest):
            try visit(first)
            for (_, e) in rest { try visit(e) }
        case .conditional(let test, let body, let orElse):
            try visit(test)
            try visit(body)
            try visit(orElse)
        case .lambda(let parameters, let body):
            try visitDefaults(parameters)
            try child(.function, "<lambda>", key: expr) { inner in
                inner.scope.parameters = parameters.allNames
                for name in parameters.allNames { inner.scope.bind(name) }
                try inner.visit(body)
            }
        case .call(let function, let arguments):
            try visit(function)
            for argument in arguments { try visit(argument) }
        case .slice(let lower, let upper, let step):
            for part in [lower, upper, step] { if let part { try visit(part) } }
        case .dict(let entries):
            for entry in entries {
                if let key = entry.key { try visit(key) }
                try visit(entry.value)
            }
        case .listComprehension(let element, let generators), .setComprehension(let element, let generators),
             .generator(let element, let generators):
            try visitComprehension(expr, generators, isGenerator: { if case .generator = expr.kind { return true } else { return false } }()) { inner in
                try inner.visit(element)
            }
        case .dictComprehension(let key, let value, let generators):
            try visitComprehension(expr, generators, isGenerator: false) { inner in
                try inner.visit(key)
                try inner.visit(value)
            }
        case .yield(let value):
            scope.isGenerator = true
            if let value { try visit(value) }
        case .namedExpr(let target, let value):
            try visit(value)
            // An assignment expression in a comprehension binds in the enclosing function.
            var owner = scope
            while owner.kind == .comprehension, let parent = owner.parent {
                if owner.iterationNames.contains(target) {
                    throw SymbolTableError.rebindsIterationVariable(target, expr.location)
                }
                owner = parent
            }
            owner.bind(target)
            if owner !== scope { scope.used.insert(target) }
        }
    }

    mutating func visitParts(_ parts: [FStringPart]) throws {
        for part in parts {
            if case .field(let e, _, let spec, _) = part {
                try visit(e)
                if let spec { try visitParts(spec) }
            }
        }
    }

    /// The first iterable is evaluated outside; everything else inside the comprehension scope.
    mutating func visitComprehension(_ expr: Expr, _ generators: [Comprehension], isGenerator: Bool,
                                     body: (inout SymbolTableBuilder) throws -> Void) throws {
        guard let first = generators.first else { return }
        try visit(first.iterable)
        try child(.comprehension, "<comprehension>", key: expr) { inner in
            inner.scope.parameters = [".0"]
            inner.scope.bind(".0")
            inner.scope.isGenerator = isGenerator
            for (i, generator) in generators.enumerated() {
                if i > 0 { try inner.visit(generator.iterable) }
                try inner.bindTarget(generator.target)
                inner.scope.iterationNames.formUnion(SymbolTableBuilder.names(boundBy: generator.target))
                for condition in generator.conditions { try inner.visit(condition) }
            }
            try body(&inner)
        }
    }
}
