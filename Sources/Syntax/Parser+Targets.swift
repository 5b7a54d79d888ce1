/// Checks that an expression can be assigned to (or deleted), with CPython's messages.
extension Parser {
    enum TargetContext {
        case assignment, augmented, delete, forLoop, with

        var verb: String { self == .delete ? "delete" : "assign to" }
    }

    func checkAssignable(_ target: Expr, context: TargetContext, nested: Bool = false) throws {
        switch target.kind {
        case .name(let name):
            if name == "__debug__" { throw error("cannot assign to __debug__", at: target.location) }
        case .attribute, .subscript:
            break
        case .tuple(let items), .list(let items):
            var starred = 0
            for item in items {
                if case .starred = item.kind { starred += 1 }
                try checkAssignable(item, context: context, nested: true)
            }
            if starred > 1 { throw error("multiple starred expressions in assignment", at: target.location) }
        case .starred(let inner):
            if !nested && context != .forLoop {
                throw error("starred assignment target must be in a list or tuple", at: target.location)
            }
            try checkAssignable(inner, context: context, nested: true)
        default:
            let what = describe(target)
            var message = "cannot \(context.verb) \(what)"
            if context == .assignment && !nested {
                message += " here. Maybe you meant '==' instead of '='?"
            }
            throw error(message, at: target.location)
        }
    }

    /// CPython's name for an expression kind in error messages ("function call", "literal", ...).
    func describe(_ expr: Expr) -> String {
        switch expr.kind {
        case .call: return "function call"
        case .constant(let c):
            switch c {
            case .none: return "None"
            case .bool(let b): return b ? "True" : "False"
            case .ellipsis: return "ellipsis"
            default: return "literal"
            }
        case .fstring: return "f-string expression"
        case .binary, .unary: return "expression"
        case .boolean: return "expression"
        case .compare: return "comparison"
        case .conditional: return "conditional expression"
        case .lambda: return "lambda"
        case .tuple: return "tuple"
        case .list: return "list"
        case .dict: return "dict literal"
        case .set: return "set display"
        case .listComprehension: return "list comprehension"
        case .setComprehension: return "set comprehension"
        case .dictComprehension: return "dict comprehension"
        case .generator: return "generator expression"
        case .yield, .yieldFrom: return "yield expression"
        case .namedExpr: return "named expression"
        case .name: return "name"
        case .attribute: return "attribute"
        case .subscript: return "subscript"
        case .starred: return "starred"
        case .slice: return "slice"
        }
    }
}
