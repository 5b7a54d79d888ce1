import Syntax

/// The source of one operand of an operation: its range, whether it is a literal (a number,
/// string, slice: its text already says what it is), and, for a list or tuple display, its
/// elements (so `torch.cat([a, b])` can name `a` and `b`).
public struct OperandSource {
    public let start: SourceLocation
    public let end: SourceLocation
    public let isLiteral: Bool
    public let elements: [OperandSource]

    init(_ expr: Expr) {
        start = expr.location
        end = expr.end
        switch expr.kind {
        case .constant, .slice: isLiteral = true
        case .unary(_, let operand): if case .constant = operand.kind { isLiteral = true } else { isLiteral = false }
        default: isLiteral = false
        }
        switch expr.kind {
        case .list(let items), .tuple(let items):
            elements = items.contains { if case .starred = $0.kind { return true }; return false } ? [] : items.map(OperandSource.init)
        default:
            elements = []
        }
    }
}

/// Where an instruction that applies an operation to operands (a binary operator, a subscript,
/// a call, a comparison, a unary operator) sits in the source. The VM never reads it while
/// running: when the instruction fails, the traceback takes the caret line under the expression
/// from it and names the operands, still on the value stack, by their source.
public struct OperationSite {
    public enum Anchor {
        /// CPython's anchors: `~` under the whole expression, `^` under the operator (the first
        /// operator text after `leftEnd`) or under the subscript's brackets.
        case binaryOperator(leftEnd: SourceLocation, length: Int)
        case subscriptBracket(valueEnd: SourceLocation)
        case none
    }

    public let start: SourceLocation
    public let end: SourceLocation
    public let anchor: Anchor
    /// A method call's object (`x` in `x.view(3, 4)`), which the VM may hold apart from the
    /// arguments.
    public let receiver: OperandSource?
    /// The operands in the order the instruction takes them from the stack.
    public let operands: [OperandSource]

    init(_ expr: Expr, anchor: Anchor = .none, receiver: Expr? = nil, operands: [Expr]) {
        self.init(start: expr.location, end: expr.end, anchor: anchor, receiver: receiver, operands: operands)
    }

    init(start: SourceLocation, end: SourceLocation, anchor: Anchor = .none, receiver: Expr? = nil, operands: [Expr]) {
        self.start = start
        self.end = end
        self.anchor = anchor
        self.receiver = receiver.map(OperandSource.init)
        self.operands = operands.map(OperandSource.init)
    }
}

/// A sub-expression whose value a `traceValue` instruction reports (code compiled for `%shapes`):
/// its source and its depth in the statement's expression tree.
public struct TraceSite {
    public let start: SourceLocation
    public let end: SourceLocation
    public let depth: Int
}
