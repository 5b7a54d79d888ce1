import TensorKit

/// What the `tessera` executable does once, first thing, for the whole process.
public enum ProcessSetup {
    /// Stops OpenBLAS's idle worker threads, which otherwise spin on the second core while a
    /// session starts or runs plain Python (see `BLASWorkers`); BLAS restarts them on demand.
    public static func atLaunch() {
        BLASWorkers.stopUntilNeeded()
    }
}
