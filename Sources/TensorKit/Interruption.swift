#if canImport(Glibc)
import Glibc
#endif

/// Lets the host stop long kernels (Ctrl-C): a reduction over a tensor expanded to 10^12
/// elements allocates nothing and would otherwise run for minutes. The host gives the thread
/// that runs its code the address of its interrupt flag (the one its SIGINT handler sets); long
/// kernels read the flag between blocks of work (on the calling thread, and through the address
/// they captured on helper threads), stop early when it is set, and the operation then throws
/// `TensorError(.interrupted)`, which the host raises as KeyboardInterrupt.
public enum Interruption {
    /// Elements a kernel processes between two looks at the flag: large enough that the look
    /// costs nothing measurable, small enough (tens of milliseconds) to stop promptly.
    static let blockElements = 1 << 24

    /// The per-thread slot holding the flag's address (a pthread key: the value belongs to the
    /// thread, so interpreters on different threads each see their own flag).
    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    /// Sets (or, with nil, clears) the interrupt flag that kernels called from this thread obey.
    public static func setFlag(_ flag: UnsafeMutablePointer<Int32>?) {
        pthread_setspecific(key, flag.map { UnsafeRawPointer($0) })
    }

    /// The calling thread's flag, if its host gave one.
    static var flag: UnsafeMutablePointer<Int32>? {
        pthread_getspecific(key).map { $0.assumingMemoryBound(to: Int32.self) }
    }

    /// True when `flag` asks to stop.
    @inline(__always)
    static func requested(_ flag: UnsafeMutablePointer<Int32>?) -> Bool {
        if let flag, flag.pointee != 0 { return true }
        return false
    }

    /// Throws `.interrupted` (and clears the request, as the interpreter does when it raises
    /// KeyboardInterrupt) if this thread's flag is set.
    static func check() throws {
        guard let flag, flag.pointee != 0 else { return }
        flag.pointee = 0
        throw TensorError(.interrupted, "")
    }
}
