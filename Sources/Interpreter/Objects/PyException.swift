import Syntax

/// A Python exception instance. It is also the Swift error thrown through the VM and through
/// native code, so a native function raises a Python exception with `throw`.
public final class PyException: PyObject, Error, CustomStringConvertible {
    public var args: [Value]
    public var cause: Value = .none
    public var context: Value = .none
    public var suppressContext = false
    /// Frames the exception passed through, innermost first.
    public var traceback: [TracebackEntry] = []
    /// Where the "Did you mean" hint of a NameError or AttributeError comes from. The hint
    /// itself (sorting names, edit distances) is computed only when a traceback is printed, so
    /// raising and catching these in a loop costs no string work.
    var suggestionSource: SuggestionSource?

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

/// The names a "Did you mean" hint chooses from, captured when the exception is raised.
enum SuggestionSource {
    /// A NameError: the locals bound at the time, then the globals and builtins (read when printed).
    case name(String, locals: [String], globals: Namespace?)
    /// An AttributeError: the attributes of the object (read when printed).
    case attribute(Value, String)
}

/// One line of a traceback: where an exception passed.
public struct TracebackEntry {
    public var fileName: String
    public var line: Int
    public var functionName: String
    /// The text of the line. An entry the VM adds reads it from its source file only when the
    /// traceback is printed: most exceptions are caught, and their entries are never shown.
    public var sourceLine: String? {
        get { givenSourceLine ?? file?.line(line).map { String($0) } }
        set { givenSourceLine = newValue; file = nil }
    }
    private var givenSourceLine: String?
    private var file: SourceFile?
    /// The whole text of the entry's source, for a frame object whose code is not kept (the
    /// frame that caught the exception is still running).
    var sourceText: String { file?.text ?? "" }
    /// CPython's caret line under the failing operation, relative to the stripped source line.
    /// An entry the VM adds keeps the operation's site and draws the carets only when the
    /// traceback is printed (a caught exception never needs them).
    public var caretLine: String? {
        get {
            if let givenCaretLine { return givenCaretLine }
            guard let (site, siteFile) = caretSite, let source = siteFile.line(line) else { return nil }
            return TracebackCarets.carets(for: site, line: source, lineNumber: line)?.carets
        }
        set { givenCaretLine = newValue; caretSite = nil }
    }
    private var givenCaretLine: String?
    /// The failed operation and the file whose line `line` it is on, for `caretLine`.
    var caretSite: (OperationSite, SourceFile)?
    /// The failing operation's operands by source text and description (see
    /// `Interpreter.operandLine`), relative to the stripped source line.
    public var operandLine: String?
    /// The frame activation that added this entry (`Frame.serial`), so a re-raise in the same
    /// frame adds nothing.
    var frameSerial: Int?
    /// The frame's variables, kept when the exception left the frame (for `tb_frame.f_locals`
    /// and post-mortem debugging).
    var frame: FrameSnapshot?

    public init(fileName: String, line: Int, functionName: String, sourceLine: String?) {
        self.fileName = fileName
        self.line = line
        self.functionName = functionName
        self.givenSourceLine = sourceLine
    }

    init(file: SourceFile, line: Int, functionName: String) {
        self.fileName = file.name
        self.line = line
        self.functionName = functionName
        self.file = file
    }
}
