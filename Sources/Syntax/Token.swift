/// One lexical token. Operators and keywords are stored by their spelling in `text`, so the
/// parser can match them with `token.is("if")` without a separate enum case per operator.
public struct Token: Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        case name
        case keyword
        case op
        case int(Int)
        /// An integer literal too large for 64 bits; the compiler decides what to do with it.
        case bigInt(String)
        case float(Double)
        case imaginary(Double)
        case string(String)
        case bytes([UInt8])
        case fstring([FStringPiece])
        case newline
        case indent
        case dedent
        case endOfFile
    }

    public var kind: Kind
    /// The source spelling (for names, keywords and operators; the raw literal otherwise).
    public var text: String
    public var start: SourceLocation
    public var end: SourceLocation

    public func `is`(_ spelling: String) -> Bool {
        switch kind {
        case .op, .keyword: return text == spelling
        default: return false
        }
    }

    public var description: String {
        switch kind {
        case .newline: return "NEWLINE"
        case .indent: return "INDENT"
        case .dedent: return "DEDENT"
        case .endOfFile: return "EOF"
        default: return text
        }
    }
}

/// A piece of an f-string: literal text, or a replacement field whose expression the parser
/// parses from `source` (which starts at `location` in the original file).
public enum FStringPiece: Sendable, Equatable {
    case literal(String)
    case field(FStringField)
}

public struct FStringField: Sendable, Equatable {
    public var source: String
    public var location: SourceLocation
    /// `r`, `s` or `a` after `!`.
    public var conversion: Character?
    /// The pieces after `:`, which may themselves contain fields (`{x:{width}}`).
    public var formatSpec: [FStringPiece]?
    /// For the self-documenting form `{x=}`: the text `x=` to print before the value.
    public var debugText: String?
}

public enum Keywords {
    public static let all: Set<String> = [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
        "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
        "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
        "with", "yield",
    ]
}
