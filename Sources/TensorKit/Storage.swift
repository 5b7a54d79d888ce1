#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A raw block of memory (at least 16-byte aligned) that tensors view.
///
/// Every view of a tensor (slices, transposes, expands) holds the same `Storage`; the memory is
/// released when the last of them goes away. Storage has no dtype: a tensor's dtype says how its
/// bytes are read, as PyTorch's `untyped_storage()` does.
public final class Storage {
    /// The first byte of the block.
    public let data: UnsafeMutableRawPointer
    /// The size of the block in bytes.
    public let byteCount: Int

    /// The largest request attempted: more than the machine's physical memory cannot succeed and,
    /// with Linux's overcommit, might "succeed" and then kill the process on first touch.
    static let allocationLimit: Int = {
        let pages = sysconf(Int32(_SC_PHYS_PAGES))
        let pageSize = sysconf(Int32(_SC_PAGESIZE))
        guard pages > 0, pageSize > 0 else { return Int.max }
        let (total, overflow) = pages.multipliedReportingOverflow(by: pageSize)
        return overflow ? Int.max : total
    }()

    /// Allocates `byteCount` bytes, zero-filled when `zeroed` is set.
    /// Throws PyTorch's allocator error when the request is negative, overflowed or larger than
    /// the machine can provide.
    public init(byteCount: Int, zeroed: Bool = false) throws {
        guard byteCount >= 0, byteCount <= Storage.allocationLimit else {
            throw Storage.allocationError(byteCount)
        }
        // Never malloc(0): a unique non-null pointer keeps data_ptr identity meaningful.
        let size = max(byteCount, 1)
        var pointer: UnsafeMutableRawPointer?
        if zeroed {
            // calloc gets fresh zero pages from the kernel for large blocks instead of memset.
            pointer = calloc(size, 1)
        } else {
            let rounded = (size + 63) & ~63
            pointer = aligned_alloc(64, rounded)
        }
        guard let data = pointer else { throw Storage.allocationError(byteCount) }
        self.data = data
        self.byteCount = byteCount
    }

    /// Allocates storage for `count` elements of `dtype`, checking the multiplication for overflow.
    public convenience init(count: Int, dtype: DType, zeroed: Bool = false) throws {
        let (bytes, overflow) = count.multipliedReportingOverflow(by: dtype.itemSize)
        guard count >= 0, !overflow else { throw Storage.allocationError(overflow ? Int.max : bytes) }
        try self.init(byteCount: bytes, zeroed: zeroed)
    }

    deinit { free(data) }

    static func allocationError(_ bytes: Int) -> TensorError {
        .runtime("DefaultCPUAllocator: can't allocate memory: you tried to allocate \(bytes) bytes. Error code 12 (Cannot allocate memory)")
    }
}
