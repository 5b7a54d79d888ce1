/// Arrays made without the standard library's out-of-line allocator. `Array(repeating:count:)`
/// and `Array(unsafeUninitializedCapacity:initializingWith:)` allocate through
/// `_allocateBufferUninitialized`, which the standard library keeps out of line and
/// unspecialized, so every call looks the storage class's generic metadata up in the runtime's
/// hash table: about a fifth of the cost of building a two-item tuple, paid by every tuple,
/// slice, argument binding and dict table. Growing an empty array (`reserveCapacity`,
/// `append(contentsOf:)`) is specialized in this module and reads the metadata through a
/// cached accessor, so the arrays the interpreter makes per operation are made that way.
extension Array {
    /// `Array(repeating: value, count: count)`.
    @inline(__always)
    init(filledWith value: Element, count: Int) {
        self.init()
        if count > 0 { append(contentsOf: repeatElement(value, count: count)) }
    }
}

extension ContiguousArray {
    /// `ContiguousArray(repeating: value, count: count)`.
    @inline(__always)
    init(filledWith value: Element, count: Int) {
        self.init()
        if count > 0 { append(contentsOf: repeatElement(value, count: count)) }
    }
}

extension Array where Element == Value {
    /// The `count` values at `source`, moved into a new array: the references they hold now
    /// belong to the array and the slots are left uninitialised.
    @inline(__always)
    init(moving source: UnsafeMutablePointer<Value>, count: Int) {
        self.init()
        guard count > 0 else { return }
        reserveCapacity(count)
        for k in 0..<count { append((source + k).move()) }
    }
}

extension Array where Element == Value {
    /// `a + b` in one buffer of exactly their combined size. The standard library's `+` appends
    /// to a copy of `a` and sizes that copy for further appends (up to twice the capacity `a`
    /// had), so `x = x + x` in a loop would ask for twice the memory each result needs, past
    /// what the MemoryError check allowed for.
    init(concatenating a: [Value], _ b: [Value]) {
        self.init()
        reserveCapacity(a.count + b.count)
        append(contentsOf: a)
        append(contentsOf: b)
    }
}
