import Foundation

/// Runs interpreter work on a thread with a large stack. Python-to-Python calls do not use the
/// native stack, but native code that calls back into Python (sorted with a key, `__repr__`,
/// deep data structures) does; a big stack plus the interpreter's own depth limits keeps
/// hostile input a RecursionError instead of a crash.
public enum InterpreterThread {
    public static let stackSize = 512 << 20

    public static func run<T>(_ body: @escaping () -> T) -> T {
        var result: T?
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            result = body()
            done.signal()
        }
        thread.stackSize = stackSize
        thread.start()
        done.wait()
        // `result` was set before the semaphore was signalled.
        return result.unsafelyUnwrapped
    }
}
