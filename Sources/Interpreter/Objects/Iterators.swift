/// Iterator objects. The VM's `forIter` has inline paths for ranges and lists; everything else
/// goes through `Interpreter.next(_:)`.
public final class PyRangeIterator: PyObject {
    var current: Int
    let stop: Int
    let step: Int

    init(_ range: PyRange) {
        current = range.start
        stop = range.stop
        step = range.step
        super.init(type: BuiltinTypes.rangeIterator, kind: .rangeIterator)
    }

    public override var acceptsAttributes: Bool { false }

    @inline(__always)
    func next() -> Int? {
        if step > 0 ? current >= stop : current <= stop { return nil }
        let value = current
        let (advanced, overflow) = current.addingReportingOverflow(step)
        current = overflow ? stop : advanced
        return value
    }
}

/// Iterates a list (seeing appends made during iteration, as Python does) or a tuple.
public final class PySequenceIterator: PyObject {
    let list: PyList?
    let items: [Value]
    var index = 0

    init(list: PyList) {
        self.list = list
        self.items = []
        super.init(type: BuiltinTypes.listIterator, kind: .sequenceIterator)
    }

    /// Iterates a snapshot of items: a tuple's by default, or another kind's (`type`).
    init(items: [Value], type: PyType = BuiltinTypes.tupleIterator) {
        self.list = nil
        self.items = items
        super.init(type: type, kind: .sequenceIterator)
    }

    public override var acceptsAttributes: Bool { false }

    @inline(__always)
    func next() -> Value? {
        if let list {
            guard index < list.items.count else { return nil }
            defer { index += 1 }
            return list.items[index]
        }
        guard index < items.count else { return nil }
        defer { index += 1 }
        return items[index]
    }
}

/// An iterator whose next element comes from a Swift closure (dict views, zip, map, file
/// lines, native library iterators...). `type` is the Python class it presents as.
public final class PyNativeIterator: PyObject {
    let producer: (Interpreter) throws -> Value?
    /// State the producer shares with its class's methods (the current value `count`'s repr
    /// shows); nil for most iterators.
    var context: AnyObject?

    public init(type: PyType = BuiltinTypes.iterator, _ producer: @escaping (Interpreter) throws -> Value?) {
        self.producer = producer
        super.init(type: type, kind: .nativeIterator)
    }

    public override var acceptsAttributes: Bool { false }
}

/// Iterates an object that only has `__getitem__`, until IndexError.
public final class PyGetItemIterator: PyObject {
    let target: Value
    var index = 0

    init(_ target: Value) {
        self.target = target
        super.init(type: BuiltinTypes.iterator)
    }

    public override var acceptsAttributes: Bool { false }
}

/// A generator: a suspended frame with private storage.
public final class PyGenerator: PyObject {
    let frame: Frame
    /// Keeps the generator function (and so its code and globals) alive for the frame.
    let function: PyFunction?
    var isRunning = false
    var isFinished = false
    var hasStarted = false
    let name: String
    /// The frame's slots while suspended (return slot, locals, operand stack).
    var saved = SavedSlots()
    /// The value of `return x` inside the generator, carried by StopIteration.
    var returnValue: Value = .none

    init(frame: Frame, function: PyFunction?, name: String) {
        self.frame = frame
        self.function = function
        self.name = name
        super.init(type: BuiltinTypes.generator, kind: .generator)
    }

    deinit {
        saved.release()
    }

    public override var acceptsAttributes: Bool { false }
}

/// The slots of a suspended generator frame, moved (not copied) off the shared value stack and
/// back: a generator yielding in a loop costs no allocation and no reference counting per step.
struct SavedSlots {
    private var buffer: UnsafeMutablePointer<Value>?
    private var capacity = 0
    private(set) var count = 0

    var last: Value? { count > 0 ? buffer?[count - 1] : nil }

    /// Moves `count` slots from `source` in (the slots there become uninitialized).
    mutating func take(from source: UnsafeMutablePointer<Value>, count: Int) {
        removeAll()
        if count > capacity {
            buffer?.deallocate()
            buffer = UnsafeMutablePointer<Value>.allocate(capacity: count)
            capacity = count
        }
        buffer?.moveInitialize(from: source, count: count)
        self.count = count
    }

    /// Moves the slots to `target` (uninitialized memory); none remain here.
    mutating func give(to target: UnsafeMutablePointer<Value>) {
        guard let buffer else { return }
        target.moveInitialize(from: buffer, count: count)
        count = 0
    }

    mutating func removeLast() {
        guard count > 0, let buffer else { return }
        count -= 1
        (buffer + count).deinitialize(count: 1)
    }

    mutating func removeAll() {
        if count > 0, let buffer { buffer.deinitialize(count: count) }
        count = 0
    }

    /// Frees the storage (the generator's deinit).
    mutating func release() {
        removeAll()
        buffer?.deallocate()
        buffer = nil
        capacity = 0
    }
}
