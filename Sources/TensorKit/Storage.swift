#if canImport(Glibc)
import Glibc
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
    /// Bytes actually allocated (a reused cached block may be a little larger).
    let capacity: Int
    /// PyTorch's version counter (`t._version`), shared by every view of this memory: each
    /// in-place change adds one, so backward can tell that a value it saved was overwritten.
    public internal(set) var version: Int = 0

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
        if let (block, blockCapacity) = LargeBlockCache.shared.take(size) {
            if zeroed { memset(block, 0, size) }
            data = block
            capacity = blockCapacity
            self.byteCount = byteCount
            return
        }
        if LargeBlockCache.isLarge(size) {
            // Fresh mappings are already zero.
            guard let (block, blockCapacity) = LargeBlockCache.map(size) else { throw Storage.allocationError(byteCount) }
            data = block
            capacity = blockCapacity
            self.byteCount = byteCount
            return
        }
        var pointer: UnsafeMutableRawPointer?
        if zeroed {
            // calloc gets fresh zero pages from the kernel for large blocks instead of memset.
            pointer = calloc(size, 1)
        } else {
            // Plain malloc, not aligned_alloc: glibc's memalign path re-mmaps large blocks on
            // every allocation (its padding defeats the dynamic mmap threshold), so each new
            // 16 MB result would pay thousands of page faults. malloc reuses freed heap memory.
            pointer = malloc(size)
        }
        guard let data = pointer else { throw Storage.allocationError(byteCount) }
        self.data = data
        self.byteCount = byteCount
        self.capacity = size
    }

    /// Allocates storage for `count` elements of `dtype`, checking the multiplication for overflow.
    public convenience init(count: Int, dtype: DType, zeroed: Bool = false) throws {
        let (bytes, overflow) = count.multipliedReportingOverflow(by: dtype.itemSize)
        guard count >= 0, !overflow else { throw Storage.allocationError(overflow ? Int.max : bytes) }
        try self.init(byteCount: bytes, zeroed: zeroed)
    }

    deinit {
        if LargeBlockCache.isLarge(capacity) {
            if !LargeBlockCache.shared.give(data, capacity) { LargeBlockCache.unmap(data, capacity) }
        } else {
            free(data)
        }
    }

    static func allocationError(_ bytes: Int) -> TensorError {
        .runtime("DefaultCPUAllocator: can't allocate memory: you tried to allocate \(bytes) bytes. Error code 12 (Cannot allocate memory)")
    }
}

/// Keeps a few recently freed large blocks for reuse.
///
/// glibc returns big freed blocks to the kernel (or maps new ones) often enough that every
/// fresh 16 MB result costs thousands of page faults — several times the arithmetic itself. A
/// handful of cached blocks makes `c = a + b` in a loop reuse warm memory, as PyTorch's timings
/// assume. This is the only process-wide state in TensorKit; it never affects results.
final class LargeBlockCache {
    static let shared = LargeBlockCache()

    /// Blocks smaller than this go straight to malloc/free.
    static let minimumSize = 1 << 20
    /// At most this many bytes are held.
    static let maximumTotal = 256 << 20
    static let maximumBlocks = 8

    private var blocks: [(pointer: UnsafeMutableRawPointer, capacity: Int)] = []
    private var total = 0
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>

    private init() {
        mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        pthread_mutex_init(mutex, nil)
    }

    /// A cached block of at least `size` bytes (and not much larger), if any.
    func take(_ size: Int) -> (UnsafeMutableRawPointer, Int)? {
        if size < LargeBlockCache.minimumSize { return nil }
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        var best: Int? = nil
        for (i, b) in blocks.enumerated() where b.capacity >= size && b.capacity <= size + size / 4 {
            if let j = best, blocks[j].capacity <= b.capacity { continue }
            best = i
        }
        guard let i = best else { return nil }
        let b = blocks.remove(at: i)
        total -= b.capacity
        return (b.pointer, b.capacity)
    }

    /// Blocks of at least `minimumSize` bytes are mapped directly (`map`) and cached; smaller
    /// ones use malloc/free.
    @inline(__always)
    static func isLarge(_ size: Int) -> Bool { size >= minimumSize }

    /// Transparent huge pages cover aligned 2 MB regions.
    static let hugePageSize = 2 << 20

    /// A fresh zero-filled mapping of at least `size` bytes (a whole number of pages), 2 MB
    /// aligned when it spans a huge page, and marked for transparent huge pages: streaming
    /// through a 16 MB tensor then takes 8 TLB entries instead of 4096, which made 4M-element
    /// elementwise ops up to 2x slower than PyTorch's. Returns (pointer, capacity to unmap).
    static func map(_ size: Int) -> (UnsafeMutableRawPointer, Int)? {
        let page = 4096
        let (rounded, overflow) = size.addingReportingOverflow(page - 1)
        if overflow { return nil }
        let capacity = rounded / page * page
        let align = capacity >= hugePageSize ? hugePageSize : page
        let (request, overflow2) = capacity.addingReportingOverflow(align - page)
        if overflow2 { return nil }
        guard let raw = mmap(nil, request, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
              raw != MAP_FAILED else { return nil }
        // Trim the unaligned head and the unused tail.
        let address = Int(bitPattern: raw)
        let aligned = (address + align - 1) / align * align
        let head = aligned - address
        if head > 0 { munmap(raw, head) }
        let tail = request - head - capacity
        if tail > 0 { munmap(raw + head + capacity, tail) }
        let block = raw + head
        if align == hugePageSize { _ = madvise(block, capacity, Int32(MADV_HUGEPAGE)) }
        return (block, capacity)
    }

    static func unmap(_ pointer: UnsafeMutableRawPointer, _ capacity: Int) {
        munmap(pointer, capacity)
    }

    /// Keeps a freed block if there is room; false means the caller frees it.
    func give(_ pointer: UnsafeMutableRawPointer, _ capacity: Int) -> Bool {
        if capacity < LargeBlockCache.minimumSize { return false }
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        if capacity > LargeBlockCache.maximumTotal { return false }
        // Make room by dropping the oldest blocks.
        while !blocks.isEmpty && (blocks.count >= LargeBlockCache.maximumBlocks || total + capacity > LargeBlockCache.maximumTotal) {
            let old = blocks.removeFirst()
            total -= old.capacity
            LargeBlockCache.unmap(old.pointer, old.capacity)
        }
        blocks.append((pointer, capacity))
        total += capacity
        return true
    }
}
