#if canImport(Glibc)
import Glibc
#endif

/// Guards allocations whose size comes from user input. Swift aborts the process when an
/// allocation fails ("failed to allocate"), and on Linux overcommit a huge request may even
/// succeed and be killed later, so such sizes are checked before the allocation: a request
/// that could never be satisfied is a MemoryError, as CPython raises when malloc fails.
public enum Allocation {
    /// The most bytes one object may ask for: the smaller of physical memory and the address
    /// space limit (`ulimit -v`). Anything larger cannot be allocated and touched, whatever
    /// else the process holds.
    public static let byteLimit: Int = {
        // Physical memory from sysconf, as Foundation's ProcessInfo computes it (the Interpreter
        // imports no Foundation).
        let pages = sysconf(Int32(_SC_PHYS_PAGES))
        let pageSize = sysconf(Int32(_SC_PAGESIZE))
        let (physical, overflow) = pages.multipliedReportingOverflow(by: pageSize)
        var limit = pages > 0 && pageSize > 0 && !overflow ? physical : Int.max
        var rl = rlimit()
        if getrlimit(Int32(RLIMIT_AS.rawValue), &rl) == 0, rl.rlim_cur != rlim_t.max {
            limit = min(limit, Int(clamping: rl.rlim_cur))
        }
        return limit > 0 ? limit : Int.max
    }()

    /// The address-space limit (`ulimit -v`), if one is set: the one case where a large
    /// allocation fails with malloc returning NULL (without it, Linux overcommits).
    static let addressSpaceLimit: Int? = {
        var rl = rlimit()
        guard getrlimit(Int32(RLIMIT_AS.rawValue), &rl) == 0, rl.rlim_cur != rlim_t.max else { return nil }
        return Int(clamping: rl.rlim_cur)
    }()

    /// Requests from this size up also look at what the process already holds.
    static let headroomCheckBytes = 1 << 24

    /// MemoryError unless `count` elements of `elementSize` bytes could be allocated.
    public static func check(count: Int, elementSize: Int) throws {
        guard count > 0 else { return }
        let (bytes, overflow) = count.multipliedReportingOverflow(by: max(1, elementSize))
        if overflow || bytes > byteLimit { throw PyException(BuiltinTypes.memoryError, "") }
        if bytes >= headroomCheckBytes { try ensureHeadroom(bytes: bytes) }
    }

    /// Before an array that grows one element at a time (a list appended to in a loop) takes
    /// its next buffer: Swift doubles the capacity and copies while the old buffer is still
    /// held, and aborts the process if that allocation fails. Checked only when the array is
    /// full and already large, so the cost is one comparison per append and one look at the
    /// process's size per doubling.
    @inline(__always)
    public static func checkGrowth(count: Int, capacity: Int, elementSize: Int) throws {
        if count >= capacity && count >= headroomCheckBytes / 2 / elementSize {
            try ensureHeadroom(bytes: count.multipliedReportingOverflow(by: 2 * elementSize).partialValue)
        }
    }

    /// MemoryError if `bytes` more would not fit under the address-space limit, given the
    /// address space the process maps now (as CPython raises when malloc returns NULL).
    @inline(never)
    public static func ensureHeadroom(bytes: Int) throws {
        if bytes < 0 || bytes > byteLimit { throw PyException(BuiltinTypes.memoryError, "") }
        guard let limit = addressSpaceLimit else { return }
        if mappedBytes() > limit - bytes - allocatorOverhead { throw PyException(BuiltinTypes.memoryError, "") }
    }

    /// Address space a large block needs beyond its own size while it is being mapped: mimalloc
    /// (the process's malloc) maps a huge block whole in a segment aligned to 32 MiB, and when
    /// the kernel's address is not aligned it maps size + alignment and trims. A request that
    /// fits only without that margin would make malloc return NULL, and Swift abort.
    static let allocatorOverhead = 64 << 20

    /// The process's mapped address space (the first field of /proc/self/statm, in pages), or
    /// 0 if it cannot be read.
    static func mappedBytes() -> Int {
        let descriptor = open("/proc/self/statm", O_RDONLY)
        guard descriptor >= 0 else { return 0 }
        defer { close(descriptor) }
        var buffer = [UInt8](repeating: 0, count: 64)
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, 64) }
        var pages = 0
        for byte in buffer.prefix(max(0, count)) {
            guard byte >= 48 && byte <= 57 else { break }
            pages = pages &* 10 &+ Int(byte - 48)
        }
        return pages &* sysconf(Int32(_SC_PAGESIZE))
    }

    /// `String(repeating:count:)` after the check (its UTF-8 size is what is allocated).
    public static func repeating(_ text: String, count: Int) throws -> String {
        guard count > 0 else { return "" }
        try check(count: count, elementSize: text.utf8.count)
        return String(repeating: text, count: count)
    }

    public static func repeating(_ character: Character, count: Int) throws -> String {
        try repeating(String(character), count: count)
    }
}
