import Glibc

/// OpenBLAS's worker threads.
///
/// The pthreads build of OpenBLAS starts its workers when the library is loaded, and an idle
/// worker spins (calling `sched_yield`) for a while before it sleeps. A process that links
/// OpenBLAS but runs no BLAS call yet (start-up, a loop in pure Python) would share its CPU with
/// that spinning: on a 2-core machine it made a 60 ms pure-Python script take 80-140 ms. Stopping
/// the workers at start-up is what OpenBLAS itself does around `fork`; its next multi-threaded
/// call starts them again.
public enum BLASWorkers {
    /// Stops OpenBLAS's idle workers until the next BLAS call needs them. Found at run time:
    /// the serial and OpenMP builds of OpenBLAS have no such workers (and no such function).
    public static func stopUntilNeeded() {
        typealias Shutdown = @convention(c) () -> Int32
        guard let symbol = dlsym(nil, "blas_thread_shutdown_") else { return }
        _ = unsafeBitCast(symbol, to: Shutdown.self)()
    }
}
