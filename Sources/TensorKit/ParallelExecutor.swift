import Dispatch
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Runs the two halves of a large kernel on the calling thread and one helper thread.
///
/// `DispatchQueue.concurrentPerform` wakes a pool thread per call; at ~1M elements the wake-up
/// takes as long as the work, so the caller usually ran both halves itself. Like OpenMP (which
/// PyTorch uses), the helper here spins briefly after each job so back-to-back operations find
/// it awake, then sleeps on a semaphore. One caller at a time uses the helper; a concurrent
/// caller simply runs its job serially. Process-wide like OpenBLAS's threads; results never
/// depend on it.
final class ParallelExecutor: @unchecked Sendable {
    static let shared = ParallelExecutor()

    /// Incremented by the caller to publish a job.
    private let generation = Atomic<Int>(0)
    /// Set by the helper to the generation it finished.
    private let finished = Atomic<Int>(0)
    private let helperSleeping = Atomic<Bool>(false)
    /// Held by the thread currently using the helper.
    private let busy = Atomic<Bool>(false)
    private let wake = DispatchSemaphore(value: 0)
    /// The published job; written before `generation` is bumped, read after it is seen.
    private var job: ((Int) -> Void)?

    /// How long the helper keeps polling for the next job before sleeping.
    private static let spinIterations = 50_000

    /// False if the helper thread could not be created; jobs then run serially.
    private var available = false

    private init() {
        let thread = Thread { [unowned self] in self.helperLoop() }
        available = thread.start()
    }

    /// Runs `body(0)` here and `body(1)` on the helper, returning when both are done.
    func run(_ body: (Int) -> Void) {
        guard available, busy.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged else {
            body(0)
            body(1)
            return
        }
        defer { busy.store(false, ordering: .releasing) }
        withoutActuallyEscaping(body) { escapable in
            job = escapable
            let g = generation.wrappingAdd(1, ordering: .sequentiallyConsistent).newValue
            if helperSleeping.load(ordering: .sequentiallyConsistent) { wake.signal() }
            escapable(0)
            while finished.load(ordering: .acquiring) != g {}
            job = nil
        }
    }

    private func helperLoop() {
        var seen = 0
        while true {
            var spins = 0
            while generation.load(ordering: .acquiring) == seen {
                spins += 1
                if spins > ParallelExecutor.spinIterations {
                    helperSleeping.store(true, ordering: .sequentiallyConsistent)
                    if generation.load(ordering: .sequentiallyConsistent) == seen { wake.wait() }
                    helperSleeping.store(false, ordering: .sequentiallyConsistent)
                    spins = 0
                }
            }
            seen = generation.load(ordering: .acquiring)
            job?(1)
            finished.store(seen, ordering: .releasing)
        }
    }
}

/// A minimal detached pthread (Foundation-free).
private final class Thread {
    private let body: () -> Void

    init(_ body: @escaping () -> Void) { self.body = body }

    /// Starts the thread; false if the system refused.
    func start() -> Bool {
        let context = Unmanaged.passRetained(self).toOpaque()
        var handle = pthread_t()
        let status = pthread_create(&handle, nil, { raw in
            guard let raw = raw else { return nil }
            // A worker never takes signals: Ctrl-C must reach the thread that waits for input
            // or runs the user's code, whatever thread first asked for parallel work.
            var all = sigset_t()
            sigfillset(&all)
            pthread_sigmask(SIG_BLOCK, &all, nil)
            let thread = Unmanaged<Thread>.fromOpaque(raw).takeRetainedValue()
            thread.body()
            return nil
        }, context)
        if status == 0 {
            pthread_detach(handle)
            return true
        }
        Unmanaged<Thread>.fromOpaque(context).release()
        return false
    }
}
