import Interpreter
import TensorKit

/// `t[i, j]` and `t[i, j] = x` with plain ints, the inner step of the book's chapter-17 triple
/// loop: the ints go to TensorKit's element fast paths in a stack buffer, skipping the
/// `[TensorIndex]` array and the general indexing code.
enum ElementSubscript {
    /// Subscripts longer than this take the general path (no tensor has that many dims in
    /// practice, and the buffer stays small).
    static let maximumInts = 8

    /// `body` applied to the subscript's ints when every item is a Python int (not a bool,
    /// which PyTorch treats as a mask); nil otherwise.
    @inline(__always)
    static func withInts<R>(_ items: UnsafeBufferPointer<Value>, _ body: (UnsafeBufferPointer<Int>) throws -> R?) throws -> R? {
        let n = items.count
        if n == 0 || n > maximumInts { return nil }
        return try withUnsafeTemporaryAllocation(of: Int.self, capacity: n) { buffer -> R? in
            for k in 0..<n {
                guard case .int(let i) = items[k] else { return nil }
                buffer[k] = i
            }
            return try TorchErrors.run { try body(UnsafeBufferPointer(buffer)) }
        }
    }

    /// The 0-d view `t[i, j, ...]`, or nil when the general path must run.
    @inline(__always)
    static func view(_ t: Tensor, _ items: UnsafeBufferPointer<Value>) throws -> Tensor? {
        if items.count != t.rank { return nil }
        return try withInts(items) { try t.elementView(at: $0) }
    }

    /// Stores `value` at `t[i, j, ...]`; false when the general path must run.
    @inline(__always)
    static func store(_ t: Tensor, _ items: UnsafeBufferPointer<Value>, _ value: Value) throws -> Bool {
        if items.count != t.rank { return false }
        if case .object(let o) = value, let source = o as? PyTensor {
            return try withInts(items) { try t.storeElement(at: $0, from: source.tensor) } ?? false
        }
        guard let scalar = TensorConversions.scalar(value) else { return false }
        return try withInts(items) { try t.storeElement(at: $0, scalar: scalar) } ?? false
    }
}
