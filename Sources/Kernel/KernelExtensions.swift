import Interpreter

/// The extension points a session consults, gathered so the layer above (a library, or a test)
/// can add to them before a session starts: what `%whos` shows, how workspace values of native
/// types are stored, extra magics, and setup of each new interpreter (module providers, display
/// renderers and flushers, which live on the interpreter: see `DisplaySupport`).
///
/// A session takes its extensions explicitly; `KernelExtensions()` is a plain Python session.
/// The executable is the one place that decides which libraries a session gets; the Kernel knows
/// no library types.
public final class KernelExtensions {
    public let inspectors = VariableInspectorRegistry()
    public let serializers = WorkspaceSerializerRegistry()
    /// Extra magics by name (they override the built-in ones of the same name).
    public var magics: [String: Magic] = [:]
    /// Run on each new session's interpreter before any cell (register module providers, error
    /// converters, display renderers, ...).
    public var interpreterSetup: [(Interpreter) -> Void] = []
    /// Run on each new session once it is set up, before any cell.
    public var sessionSetup: [(Session) -> Void] = []

    public init() {}
}
