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

    /// The thread that reads input and runs cells. Threads that libraries start before `main`
    /// (OpenBLAS's pool) accept SIGINT too; a signal landing on one of them is passed on to
    /// this thread so that its blocked read returns. Set once, before the handler can run.
    static let target: UnsafeMutablePointer<pthread_t> = {
        let pointer = UnsafeMutablePointer<pthread_t>.allocate(capacity: 1)
        pointer.initialize(to: pthread_self())
        return pointer
    }()

    /// Makes the calling thread the one Ctrl-C is delivered to.
    static func deliverToCurrentThread() {
        target.pointee = pthread_self()
    }

    /// Installs the handler. No SA_RESTART: a read blocked at the prompt returns EINTR, which is
    /// how the line editor learns of Ctrl-C.
    static func install() {
        let pointer = flag
        pointer.pointee = 0
        _ = target
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { signal in
            InterruptSignal.flag.pointee = 1
            let target = InterruptSignal.target.pointee
            if pthread_equal(pthread_self(), target) == 0 { pthread_kill(target, signal) }
        }
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
