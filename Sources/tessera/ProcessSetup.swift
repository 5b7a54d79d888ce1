#if canImport(Glibc)
import Glibc
#endif
import TensorKit

/// What the `tessera` executable does once, first thing, for the whole process.
enum ProcessSetup {
    /// Checks that the CPU runs TensorKit's kernels (built for AVX2 and FMA, see Package.swift)
    /// and stops OpenBLAS's idle worker threads, which otherwise spin on the second core while a
    /// session starts or runs plain Python (see `BLASWorkers`); BLAS restarts them on demand.
    /// Then has OpenBLAS use this CPU's AVX2 kernels when it did not recognise the CPU
    /// (`BLASKernelChoice`), and keeps freed heap for reuse (`keepFreedHeap`). Returns a
    /// message for the user when this CPU cannot run Tessera.
    static func atLaunch() -> String? {
        if let missing = missingCPUFeatures(), !missing.isEmpty {
            return "tessera: this build needs a CPU with \(missing.joined(separator: " and ")) (x86-64 with AVX2 and FMA: "
                + "Intel since 2013, AMD since 2015); this one lacks them"
        }
        BLASWorkers.stopUntilNeeded()
        BLASKernelChoice.replaceMisdetectedCore()
        keepFreedHeap()
        return nil
    }

    /// Python code frees and reallocates many small objects; by default glibc hands the top of
    /// the heap back to the system as soon as 128 KB of it is free, and the next burst of
    /// allocations faults those pages in again (a loop building 100,000 strings after another
    /// workload ran 15% slower for it). Keeping up to 64 MB of freed heap avoids that; blocks of
    /// 1 MB and more (tensor storage) are mapped separately and still go back at once.
    static func keepFreedHeap() {
        #if canImport(Glibc)
        // glibc's `mallopt` (malloc.h is not part of Swift's Glibc module).
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(nil, "mallopt") else { return }
        let trimThreshold: Int32 = -1  // M_TRIM_THRESHOLD
        _ = unsafeBitCast(symbol, to: Mallopt.self)(trimThreshold, 64 << 20)
        #endif
    }

    /// The features TensorKit is compiled for that a /proc/cpuinfo `flags` line does not list.
    static func missingFeatures(flagsLine: String) -> [String] {
        let flags = Set(flagsLine.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == ":" }).map(String.init))
        return ["avx2", "fma"].filter { !flags.contains($0) }
    }

    /// The CPU features TensorKit is compiled for that /proc/cpuinfo does not list; nil when it
    /// cannot be read (then nothing is claimed).
    static func missingCPUFeatures() -> [String]? {
        #if arch(x86_64) && os(Linux)
        guard let file = fopen("/proc/cpuinfo", "r") else { return nil }
        defer { fclose(file) }
        var line: UnsafeMutablePointer<CChar>?
        var capacity = 0
        defer { free(line) }
        while getline(&line, &capacity, file) > 0 {
            guard let text = line.map({ String(cString: $0) }), text.hasPrefix("flags") else { continue }
            return missingFeatures(flagsLine: text)
        }
        return nil
        #else
        return nil
        #endif
    }
}
