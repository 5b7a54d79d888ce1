/// Expressions of the Python subset. Every node carries the location of its first token.
public final class Expr: @unchecked Sendable {
    public let kind: Kind
    public let location: SourceLocation
    /// Where the expression ends (exclusive column), for carets under a whole expression.
    public var end: SourceLocation

    public init(_ kind: Kind, at location: SourceLocation, end: SourceLocation? = nil) {
        self.kind = kind
        self.location = location
        self.end = end ?? location
    }

    public indirect enum Kind {
        case name(String)
        case constant(Constant)
        case fstring([FStringPart])
        case unary(UnaryOperator, Expr)
        case binary(BinaryOperator, Expr, Expr)
        /// `and`/`or` chains: `a and b and c` is one node.
        case boolean(BooleanOperator, [Expr])
        /// `a < b <= c`: the first operand and the (operator, operand) pairs.
        case compare(Expr, [(CompareOperator, Expr)])
        case conditional(test: Expr, body: Expr, orElse: Expr)
        case lambda(Parameters, Expr)
        case call(Expr, [Argument])
        case attribute(Expr, String)
        case `subscript`(Expr, Expr)
        case slice(lower: Expr?, upper: Expr?, step: Expr?)
        case tuple([Expr])
        case list([Expr])
        /// Entries with a nil key are `**mapping` expansions.
        case dict([(key: Expr?, value: Expr)])
        case set([Expr])
        case starred(Expr)
        case listComprehension(Expr, [Comprehension])
        case setComprehension(Expr, [Comprehension])
        case dictComprehension(key: Expr, value: Expr, [Comprehension])
        case generator(Expr, [Comprehension])
        case yield(Expr?)
        case yieldFrom(Expr)
        case namedExpr(target: String, value: Expr)
    }
}

public enum Constant: Sendable {
    case none
    case bool(Bool)
    case int(Int)
    case bigInt(String)
    case float(Double)
    case imaginary(Double)
    case string(String)
    case bytes([UInt8])
    case ellipsis
}

public enum FStringPart {
    case literal(String)
    case field(Expr, conversion: Character?, formatSpec: [FStringPart]?, debugText: String?)
}

public enum UnaryOperator: String, Sendable {
    case plus = "+", minus = "-", invert = "~", not = "not"
}

public enum BinaryOperator: String, Sendable, CaseIterable {
    case add = "+", subtract = "-", multiply = "*", matrixMultiply = "@", divide = "/",
         floorDivide = "//", modulo = "%", power = "**", leftShift = "<<", rightShift = ">>",
         bitOr = "|", bitXor = "^", bitAnd = "&"
}

public enum BooleanOperator: String, Sendable {
    case and, or
}

public enum CompareOperator: String, Sendable {
    case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">=",
         `is` = "is", isNot = "is not", `in` = "in", notIn = "not in"
}

public enum Argument {
    case positional(Expr)
    case starred(Expr)
    case keyword(String, Expr)
    case doubleStarred(Expr)
}

/// One `for target in iterable if cond ...` clause of a comprehension.
public struct Comprehension {
    public var target: Expr
    public var iterable: Expr
    public var conditions: [Expr]
}

/// A function's parameter list: positional (some with defaults), `*args`, keyword-only (with
/// optional defaults), `**kwargs`.
public struct Parameters {
    public struct Parameter {
        public var name: String
        public var defaultValue: Expr?
        public var annotation: Expr?
        public var location: SourceLocation
    }

    public var positional: [Parameter] = []
    /// How many of `positional` are positional-only (before `/`).
    public var positionalOnlyCount = 0
    public var varArgs: Parameter?
    public var keywordOnly: [Parameter] = []
    public var varKeywords: Parameter?

    public init() {}

    /// Parameter names in frame-slot order (CPython's): positional, keyword-only, `*args`,
    /// `**kwargs`.
    public var allNames: [String] {
        positional.map(\.name) + keywordOnly.map(\.name) + (varArgs.map { [$0.name] } ?? [])
            + (varKeywords.map { [$0.name] } ?? [])
    }
}
