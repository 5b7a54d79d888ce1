import Interpreter
import Kernel
import Library

/// The composition root: the one place that decides what a Tessera process is made of. The
/// Kernel (sessions, notebooks, workspaces) knows no library; here every session and script gets
/// the Library (torch, numpy-lite, PIL, pyplot, fastai and their workspace and `%whos` support).
enum Composition {
    /// The extensions of every session the commands start.
    static func sessionExtensions() -> KernelExtensions {
        let extensions = KernelExtensions()
        Library.extend(extensions)
        return extensions
    }

    /// A session with the Library; `interruptFlag` is the process-wide Ctrl-C flag when the
    /// command handles SIGINT.
    static func makeSession(interruptFlag: UnsafeMutablePointer<Int32>? = nil) -> Session {
        Session(extensions: sessionExtensions(), interruptFlag: interruptFlag)
    }

    /// A runner for `tessera FILE.py` and `tessera -c CODE`, with the Library importable.
    static func makeScriptRunner() -> ScriptRunner {
        ScriptRunner(install: { Library.install(into: $0) })
    }
}
