import Interpreter

/// The extension points a session consults, gathered so the layer above (Library, or a test) can
/// add to them before a session starts: how values display, what `%whos` shows, how workspace
/// values are stored, extra magics, and setup of each new interpreter (module providers).
///
/// The Library layer's glue (LibraryExtensions.swift) fills these in `KernelExtensions.standard()`,
/// the extensions every front end uses; the rest of the Kernel knows no library types.
public final class KernelExtensions {
    public let displays = DisplayRegistry()
    public let inspectors = VariableInspectorRegistry()
    public let serializers = WorkspaceSerializerRegistry()
    /// Extra magics by name (they override the built-in ones of the same name).
    public var magics: [String: Magic] = [:]
    /// Run on each new session's interpreter before any cell (register module providers, error
    /// converters, ...).
    public var interpreterSetup: [(Interpreter) -> Void] = []
    /// Run on each new session once it is set up (connect a library's display publisher to
    /// `Session.emitDisplay`).
    public var sessionSetup: [(Session) -> Void] = []
    /// Run after every cell, inside it (its output belongs to the cell): Jupyter's post-execute
    /// step, where matplotlib's inline backend shows the figures the cell left open. An error
    /// thrown here is the cell's error.
    public var afterCell: [(Session) throws -> Void] = []

    public init() {}
}
