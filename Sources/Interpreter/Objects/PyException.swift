import Syntax

/// A Python exception instance. It is also the Swift error thrown through the VM and through
/// native code, so a native function raises a Python exception with `throw`.
public final class PyException: PyObject, Error, CustomStringConvertible {
    /// `exc.args`. An exception the VM raises for a missing name or attribute keeps the parts
    /// of its message (`pendingMessage`) and makes the text only when someone reads it: such
    /// exceptions are mostly caught and dropped unread.
    public var args: [Value] {
        get {
            if let pendingMessage { materializeMessage(pendingMessage) }
            return storedArgs
        }
        set {
            storedArgs = newValue
            pendingMessage = nil
        }
    }
    private var storedArgs: [Value]
    private var pendingMessage: PendingMessage?
    public var cause: Value = .none
    public var context: Value = .none
    public var suppressContext = false
    /// Frames the exception passed through, innermost first.
    public var traceback: [TracebackEntry] = []
    /// Where the "Did you mean" hint of a NameError or AttributeError comes from. The hint
    /// itself (sorting names, edit distances) is computed only when a traceback is printed, so
    /// raising and catching these in a loop costs no string work.
    var suggestionSource: SuggestionSource?
    /// `name` (NameError, AttributeError) and `obj` (AttributeError) as assigned; unassigned,
    /// they come from what the VM captured for the hint, else None (CPython's member slots).
    var assignedName: Value?
    var assignedObject: Value?

    var nameAttribute: Value {
        if let assignedName { return assignedName }
        switch suggestionSource {
        case .name(let name, _, _), .attribute(_, let name): return .str(name)
        case nil: return .none
        }
    }

    var objectAttribute: Value {
        if let assignedObject { return assignedObject }
        if case .attribute(let object, _) = suggestionSource { return object }
        return .none
    }

    public init(type: PyType, args: [Value]) {
        self.storedArgs = args
        super.init(type: type, kind: .exception)
    }

    /// An exception whose one argument is the message `pending` describes, made when read.
    init(type: PyType, pending: PendingMessage) {
        self.storedArgs = []
        self.pendingMessage = pending
        super.init(type: type, kind: .exception)
    }

    private func materializeMessage(_ pending: PendingMessage) {
        self.pendingMessage = nil
        storedArgs = [.str(pending.text)]
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

    /// `error as? PyException` without the runtime's general cast (a few hundred instructions
    /// per caught exception): the error, opened as its concrete type, is one exactly when that
    /// type is PyException (a final class), a compare of metadata pointers.
    static func from(_ error: Error) -> PyException? {
        error.exactlyPythonException
    }
}

/// The message of a VM-raised exception, kept as its parts until `args` is read.
enum PendingMessage {
    /// NameError: `name 'x' is not defined`.
    case undefinedName(String)
    /// AttributeError: `'T' object has no attribute 'x'`.
    case missingAttribute(typeName: String, name: String)

    var text: String {
        switch self {
        case .undefinedName(let name): return "name '\(name)' is not defined"
        case .missingAttribute(let typeName, let name): return "'\(typeName)' object has no attribute '\(name)'"
        }
    }
}

/// The names a "Did you mean" hint chooses from, captured when the exception is raised.
enum SuggestionSource {
    /// A NameError: the locals bound at the time, then the globals and builtins (read when printed).
    case name(String, locals: BoundLocals, globals: Namespace?)
    /// An AttributeError: the attributes of the object (read when printed).
    case attribute(Value, String)
}

/// One line of a traceback: where an exception passed. An entry the VM adds is small -- the
/// code object, the instruction that was running and the frame's activation number -- and its
/// line number, names, source text and carets are derived from those only when read: most
/// exceptions are caught, and their entries are never shown.
public struct TracebackEntry {
    /// Where the entry came from: a running frame's instruction, or text given by native code.
    private let origin: Origin
    /// The frame activation that added this entry (`Frame.serial`), so a re-raise in the same
    /// frame adds nothing.
    var frameSerial: Int?
    /// The frame's variables, kept when the exception left the frame (for `tb_frame.f_locals`
    /// and post-mortem debugging).
    var frame: FrameSnapshot?
    /// The caret and operand lines, drawn while the operands were at hand (when the operand
    /// describer knows one of them, as it does tensors); nil for plain Python.
    var describedOperation: DescribedOperation?

    private enum Origin {
        /// `instruction` of `code` was running (-1: the frame had not started).
        case instruction(CodeObject, Int)
        case given(GivenEntry)
    }

    public init(fileName: String, line: Int, functionName: String, sourceLine: String?) {
        origin = .given(GivenEntry(fileName: fileName, line: line, functionName: functionName, sourceLine: sourceLine))
    }

    init(code: CodeObject, instruction: Int, frameSerial: Int) {
        origin = .instruction(code, instruction)
        self.frameSerial = frameSerial
    }

    public var fileName: String {
        switch origin {
        case .instruction(let code, _): return code.file.name
        case .given(let given): return given.fileName
        }
    }

    public var line: Int {
        switch origin {
        case .instruction(let code, let index): return code.line(at: max(0, index))
        case .given(let given): return given.line
        }
    }

    public var functionName: String {
        switch origin {
        case .instruction(let code, _): return code.name
        case .given(let given): return given.functionName
        }
    }

    /// The text of the line.
    public var sourceLine: String? {
        switch origin {
        case .instruction(let code, _): return code.file.line(line).map { String($0) }
        case .given(let given): return given.sourceLine
        }
    }

    /// The whole text of the entry's source, for a frame object whose code is not kept (the
    /// frame that caught the exception is still running).
    var sourceText: String {
        if case .instruction(let code, _) = origin { return code.file.text }
        return ""
    }

    /// CPython's caret line under the failing operation, relative to the stripped source line.
    public var caretLine: String? {
        if let describedOperation { return describedOperation.caretLine }
        guard case .instruction(let code, let index) = origin, index >= 0, let site = code.operationSites[index],
              let source = code.file.line(line) else { return nil }
        return TracebackCarets.carets(for: site, line: source, lineNumber: line)?.carets
    }

    /// The failing operation's operands by source text and description (see
    /// `Interpreter.operandLine`), relative to the stripped source line.
    public var operandLine: String? { describedOperation?.operandLine }
}

/// A traceback entry made by native code, with its text given.
private final class GivenEntry {
    let fileName: String
    let line: Int
    let functionName: String
    let sourceLine: String?

    init(fileName: String, line: Int, functionName: String, sourceLine: String?) {
        self.fileName = fileName
        self.line = line
        self.functionName = functionName
        self.sourceLine = sourceLine
    }
}

/// The caret and operand lines of a traceback entry whose operands were described.
final class DescribedOperation {
    let caretLine: String?
    let operandLine: String?

    init(caretLine: String?, operandLine: String?) {
        self.caretLine = caretLine
        self.operandLine = operandLine
    }
}

extension Error {
    /// The error as the PyException it is, read with `Self` the error's concrete type (an
    /// existential's member access opens it).
    fileprivate var exactlyPythonException: PyException? {
        Self.self == PyException.self ? unsafeBitCast(self, to: PyException.self) : nil
    }
}
