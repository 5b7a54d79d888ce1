/// `range(start, stop, step)`.
public final class PyRange: PyObject {
    public let start: Int
    public let stop: Int
    public let step: Int

    public init(start: Int, stop: Int, step: Int) {
        self.start = start
        self.stop = stop
        self.step = step
        super.init(type: BuiltinTypes.range)
    }

    public override var acceptsAttributes: Bool { false }

    /// The number of elements. A range such as range(-1, sys.maxsize) holds more than Int.max
    /// of them, so this is computed on bit patterns in UInt (every range length fits there).
    public var exactCount: UInt {
        if step > 0 {
            guard start < stop else { return 0 }
            return (UInt(bitPattern: stop &- start) - 1) / UInt(step) + 1
        }
        guard start > stop else { return 0 }
        return (UInt(bitPattern: start &- stop) - 1) / step.magnitude + 1
    }

    /// The length, saturated at Int.max: for callers that only compare it or iterate a prefix.
    public var count: Int { Int(clamping: exactCount) }

    /// The length as Python's len() sees it: OverflowError past Int.max, as CPython's
    /// Py_ssize_t conversion.
    public func checkedCount() throws -> Int {
        guard let n = Int(exactly: exactCount) else {
            throw PyException(BuiltinTypes.overflowError, "Python int too large to convert to C ssize_t")
        }
        return n
    }

    /// How far `value` (between start and stop) lies from start, in UInt: the span of a range
    /// can exceed Int.max.
    public func distance(to value: Int) -> UInt {
        step > 0 ? UInt(bitPattern: value &- start) : UInt(bitPattern: start &- value)
    }

    /// The element at a valid index: the true value lies between start and stop, so wrapping
    /// arithmetic gives it exactly even when index * step alone would overflow.
    public func element(_ index: Int) -> Int { start &+ index &* step }
}
