/// Statements of the Python subset.
public final class Stmt: @unchecked Sendable {
    public let kind: Kind
    public let location: SourceLocation

    public init(_ kind: Kind, at location: SourceLocation) {
        self.kind = kind
        self.location = location
    }

    public indirect enum Kind {
        case expression(Expr)
        /// `a = b = value`: every target gets the value.
        case assign(targets: [Expr], value: Expr)
        case augmentedAssign(target: Expr, BinaryOperator, value: Expr)
        case annotatedAssign(target: Expr, annotation: Expr, value: Expr?)
        case delete([Expr])
        case pass
        case `break`
        case `continue`
        case `return`(Expr?)
        case raise(Expr?, cause: Expr?)
        case global([String])
        case nonlocal([String])
        case assert(Expr, message: Expr?)
        case `if`(Expr, body: [Stmt], orElse: [Stmt])
        case `while`(Expr, body: [Stmt], orElse: [Stmt])
        case `for`(target: Expr, iterable: Expr, body: [Stmt], orElse: [Stmt])
        case `try`(body: [Stmt], handlers: [ExceptHandler], orElse: [Stmt], finally: [Stmt])
        case with([WithItem], body: [Stmt])
        case functionDef(FunctionDefinition)
        case classDef(ClassDefinition)
        case `import`([ImportName])
        case importFrom(module: String, names: [ImportName], level: Int)
    }
}

public struct ExceptHandler {
    public var type: Expr?
    public var name: String?
    public var body: [Stmt]
    public var location: SourceLocation
}

public struct WithItem {
    public var context: Expr
    public var target: Expr?
}

public struct ImportName {
    /// The dotted module or attribute name; `*` for `from m import *`.
    public var name: String
    public var asName: String?
}

public final class FunctionDefinition {
    public let name: String
    public let parameters: Parameters
    public let body: [Stmt]
    public let decorators: [Expr]
    public let returns: Expr?
    public let location: SourceLocation
    /// The source text of the whole definition (decorators included), kept so a saved workspace
    /// can re-create the function by running its own code again.
    public var sourceText: String

    public init(name: String, parameters: Parameters, body: [Stmt], decorators: [Expr], returns: Expr?,
                location: SourceLocation, sourceText: String) {
        self.name = name
        self.parameters = parameters
        self.body = body
        self.decorators = decorators
        self.returns = returns
        self.location = location
        self.sourceText = sourceText
    }
}

public final class ClassDefinition {
    public let name: String
    public let bases: [Argument]
    public let body: [Stmt]
    public let decorators: [Expr]
    public let location: SourceLocation
    public var sourceText: String

    public init(name: String, bases: [Argument], body: [Stmt], decorators: [Expr], location: SourceLocation, sourceText: String) {
        self.name = name
        self.bases = bases
        self.body = body
        self.decorators = decorators
        self.location = location
        self.sourceText = sourceText
    }
}

/// A parsed source file or cell.
public struct Module {
    public var body: [Stmt]
    public var file: SourceFile
}
