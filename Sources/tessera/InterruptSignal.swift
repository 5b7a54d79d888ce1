#if canImport(Glibc)
import Glibc
#endif

/// Ctrl-C: the SIGINT handler sets a flag that the interpreter polls on loop back-edges and
/// calls, so a running cell stops with KeyboardInterrupt and the REPL carries on.
///
/// The flag is the one piece of process-global mutable state in Tessera, and it has to be: a
/// signal handler is a C function that receives no context, so the only memory it can reach is
/// global. It is allocated once, before the handler is installed (so the handler never runs
/// Swift's lazy initialisation), and the session is given its address.
enum InterruptSignal {
    static let flag: UnsafeMutablePointer<Int32> = {
        let pointer = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
        pointer.initialize(to: 0)
        return pointer
    }()

    /// Installs the handler. No SA_RESTART: a read blocked at the prompt returns EINTR, which is
    /// how the line editor learns of Ctrl-C.
    static func install() {
        let pointer = flag
        pointer.pointee = 0
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in InterruptSignal.flag.pointee = 1 }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
    }

    /// Whether Ctrl-C was pressed since the last call (and clears it).
    static func takePending() -> Bool {
        let pending = flag.pointee != 0
        flag.pointee = 0
        return pending
    }
}
