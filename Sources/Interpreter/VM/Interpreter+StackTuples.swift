/// Tuples made from and spread onto the value stack by the dispatch loop (`buildTuple`,
/// `unpackSequence`): `return a, b`, `for k, v in pairs`, `x, y = point`. These run once per
/// loop iteration in ordinary code, so they move values instead of copying them (no retain and
/// release per item) and skip the general unpacking's iterator protocol for exact tuples and lists.
extension Interpreter {
    /// A tuple of the `count` values starting at `first`, which are moved into it (the slots are
    /// left uninitialised). Out of line: the array's growth code stays out of the dispatch loop.
    @inline(never)
    static func tupleMovingSlots(_ first: UnsafeMutablePointer<Value>, count: Int) -> PyTuple {
        PyTuple([Value](moving: first, count: count))
    }

    /// `unpackSequence count` for an exact tuple or list of `count` items in the slot `top`: the
    /// items go onto the stack with the first one on top, the last one in `top` (which released
    /// the sequence). False, with nothing changed, for anything else (other types, subclasses
    /// that may override `__iter__`, a wrong length), which the general path handles.
    @inline(__always)
    static func unpackExactSequence(_ top: UnsafeMutablePointer<Value>, count: Int) -> Bool {
        guard count > 0, let object = top.unretainedObject else { return false }
        // The slot keeps the sequence alive until the last statement, which replaces it.
        let last: Value? = object._withUnsafeGuaranteedRef { sequence in
            let items: [Value]
            switch sequence.objectKind {
            case .tuple where sequence.type === BuiltinTypes.tuple:
                items = unsafeDowncast(sequence, to: PyTuple.self).items
            case .list where sequence.type === BuiltinTypes.list:
                items = unsafeDowncast(sequence, to: PyList.self).items
            default:
                return nil
            }
            guard items.count == count else { return nil }
            items.withUnsafeBufferPointer { buffer in
                var k = 1
                while k < count {
                    (top + k).initialize(to: buffer[count - 1 - k])
                    k += 1
                }
            }
            return items[count - 1]
        }
        guard let last else { return false }
        top.pointee = last
        return true
    }
}
