/// A Python exception instance. It is also the Swift error thrown through the VM and through
/// native code, so a native function raises a Python exception with `throw`.
public final class PyException: PyObject, Error, CustomStringConvertible {
    public var args: [Value]
    public var cause: Value = .none
    public var context: Value = .none
    public var suppressContext = false
    /// Frames the exception passed through, innermost first.
    public var traceback: [TracebackEntry] = []

    public init(type: PyType, args: [Value]) {
        self.args = args
        super.init(type: type, kind: .exception)
    }

    /// An exception of a built-in class with a message.
    public convenience init(_ type: PyType, _ message: String) {
        self.init(type: type, args: [.str(message)])
    }

    /// The message as `str(exc)` shows it for built-in exceptions.
    public var message: String {
        if args.isEmpty { return "" }
        if args.count == 1 {
            if case .object(let o) = args[0], let s = o as? PyStr {
                // KeyError shows the repr of its key.
                if type.isSubtype(of: BuiltinTypes.keyError) { return Formatting.quoteString(s.value) }
                return s.value
            }
        }
        return ""
    }

    public var description: String {
        let text = message
        return text.isEmpty ? type.name : "\(type.name): \(text)"
    }

    public func isInstance(of exceptionType: PyType) -> Bool { type.isSubtype(of: exceptionType) }
}

/// One line of a traceback: where an exception passed.
public struct TracebackEntry {
    public var fileName: String
    public var line: Int
    public var functionName: String
    public var sourceLine: String?
    /// CPython's caret line under the failing operation, relative to the stripped source line.
    public var caretLine: String?
    /// The failing operation's operands by source text and description (see
    /// `Interpreter.operandLine`), relative to the stripped source line.
    public var operandLine: String?
    /// The frame activation that added this entry (`Frame.serial`), so a re-raise in the same
    /// frame adds nothing.
    var frameSerial: Int?

    public init(fileName: String, line: Int, functionName: String, sourceLine: String?) {
        self.fileName = fileName
        self.line = line
        self.functionName = functionName
        self.sourceLine = sourceLine
    }
}
