import Foundation

/// Runs interpreter work on a thread with a large stack. Python-to-Python calls do not use the
/// native stack, but native code that calls back into Python (sorted with a key, `__repr__`,
/// deep data structures) does; a big stack plus the interpreter's own depth limits keeps
/// hostile input a RecursionError instead of a crash.
public enum InterpreterThread {
    public static let stackSize = 512 << 20

    /// Holds the body's result across the thread hop; written once by the worker before it
    /// signals, read by the caller after the wait.
    private final class ResultSlot<T>: @unchecked Sendable {
        var value: T?
    }

    public static func run<T>(_ body: @escaping () -> T) -> T {
        let slot = ResultSlot<T>()
        let done = DispatchSemaphore(value: 0)
        let work = UncheckedSendable(body)
        let thread = Thread {
            slot.value = work.value()
            done.signal()
        }
        thread.stackSize = stackSize
        thread.start()
        done.wait()
        // `slot.value` was set before the semaphore was signalled.
        return slot.value.unsafelyUnwrapped
    }
}

/// Carries a non-Sendable value to the interpreter thread, which is its only user from then on.
private struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
