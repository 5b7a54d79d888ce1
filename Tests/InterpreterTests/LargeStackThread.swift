import Foundation

/// Runs `body` on a thread with a 512 MB stack and waits for its result. The tessera executable
/// runs its interpreter on such a thread; XCTest's main thread has 8 MB, which a debug build's
/// deeper native frames exhaust before Python's recursion limit is reached.
func onLargeStack<Result>(_ body: @escaping () -> Result) -> Result {
    var result: Result?
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
        result = body()
        done.signal()
    }
    thread.stackSize = 512 << 20
    thread.start()
    done.wait()
    // The thread always assigns before it signals.
    guard let result else { preconditionFailure("the large-stack thread ended without a result") }
    return result
}
