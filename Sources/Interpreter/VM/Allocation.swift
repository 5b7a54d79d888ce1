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

    /// MemoryError unless `count` elements of `elementSize` bytes could be allocated.
    public static func check(count: Int, elementSize: Int) throws {
        guard count > 0 else { return }
        let (bytes, overflow) = count.multipliedReportingOverflow(by: max(1, elementSize))
        if overflow || bytes > byteLimit { throw PyException(BuiltinTypes.memoryError, "") }
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
