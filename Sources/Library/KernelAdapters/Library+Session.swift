import Interpreter
import Kernel

extension Library {
    /// Adds the Library to a session's extension points: its modules (and, through them, its
    /// display renderers and flushers) on the session's interpreter, `%whos` columns for tensors
    /// and workspace storage of tensors. The executable calls this when it composes a session;
    /// a session without it is plain Python.
    public static func extend(_ extensions: KernelExtensions) {
        extensions.interpreterSetup.append { Library.install(into: $0) }
        extensions.inspectors.register(TensorInspector())
        extensions.serializers.register(TensorSerializer())
        extensions.serializers.register(ImageSerializer())
    }
}
