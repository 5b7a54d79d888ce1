import Interpreter

/// The extension points a session consults, gathered so the layer above (Library, or a test) can
/// add to them before a session starts: how values display, what `%whos` shows, how workspace
/// values are stored, extra magics, and setup of each new interpreter (module providers).
///
/// The Library layer's glue (a file in Kernel that imports Library) fills these in
/// `KernelExtensions.standard()`; the Kernel itself knows no library types.
public final class KernelExtensions {
    public let displays = DisplayRegistry()
    public let inspectors = VariableInspectorRegistry()
    public let serializers = WorkspaceSerializerRegistry()
    /// Extra magics by name (they override the built-in ones of the same name).
    public var magics: [String: Magic] = [:]
    /// Run on each new session's interpreter before any cell (register module providers, error
    /// converters, ...).
    public var interpreterSetup: [(Interpreter) -> Void] = []

    public init() {}

    /// The extensions every front end uses.
    public static func standard() -> KernelExtensions {
        KernelExtensions()
    }
}
