/// `collections.deque`: a ring buffer, so that appends and pops at either end take constant time
/// and a method call costs what a list method call costs. Behaviour, reprs and messages follow
/// CPython's `_collections.deque`.
final class PyDeque: PyObject {
    /// The ring: element `i` sits at `storage[(head + i) & (storage.count - 1)]`; the capacity is
    /// a power of two (or zero).
    private var storage: [Value] = []
    private var head = 0
    private(set) var count = 0
    var maxlen: Int?
    /// Bumped by every change of length, so iterators notice mutation as CPython's do.
    private(set) var mutations = 0

    override init(type: PyType) {
        super.init(type: type)
    }

    override var acceptsAttributes: Bool { type !== CollectionsModule.dequeType }

    @inline(__always)
    private func slot(_ index: Int) -> Int { (head &+ index) & (storage.count &- 1) }

    subscript(index: Int) -> Value {
        get { storage[slot(index)] }
        set { storage[slot(index)] = newValue }
    }

    var items: [Value] { (0..<count).map { self[$0] } }

    private func grow() {
        let capacity = Swift.max(8, storage.count * 2)
        var fresh = [Value](filledWith: .none, count: capacity)
        for i in 0..<count { fresh[i] = self[i] }
        storage = fresh
        head = 0
    }

    func append(_ value: Value) {
        if let maxlen, count >= maxlen {
            if maxlen == 0 { return }
            _ = popLeft()
        }
        if count == storage.count { grow() }
        storage[slot(count)] = value
        count += 1
        mutations &+= 1
    }

    func appendLeft(_ value: Value) {
        if let maxlen, count >= maxlen {
            if maxlen == 0 { return }
            _ = pop()
        }
        if count == storage.count { grow() }
        head = (head &- 1) & (storage.count &- 1)
        storage[head] = value
        count += 1
        mutations &+= 1
    }

    func pop() -> Value? {
        guard count > 0 else { return nil }
        count -= 1
        let index = slot(count)
        let value = storage[index]
        storage[index] = .none
        mutations &+= 1
        return value
    }

    func popLeft() -> Value? {
        guard count > 0 else { return nil }
        let value = storage[head]
        storage[head] = .none
        head = (head &+ 1) & (storage.count &- 1)
        count -= 1
        mutations &+= 1
        return value
    }

    /// One step of `rotate(1)` on a ring with a free slot: the last element becomes the first.
    private func moveLastToFront() {
        let last = slot(count - 1)
        head = (head &- 1) & (storage.count &- 1)
        storage.swapAt(head, last)
    }

    /// One step of `rotate(-1)` on a ring with a free slot: the first element becomes the last.
    private func moveFirstToBack() {
        let end = slot(count)
        storage.swapAt(head, end)
        head = (head &+ 1) & (storage.count &- 1)
    }

    func replace(with values: [Value]) {
        storage = []
        head = 0
        count = 0
        mutations &+= 1
        for value in values { append(value) }
    }

    func clear() { replace(with: []) }

    /// Rotates `n` steps to the right (negative: left).
    func rotate(_ n: Int) {
        guard count > 1 else { return }
        var steps = n % count
        if steps < 0 { steps += count }
        guard steps != 0 else { return }
        if count == storage.count {
            // A full ring rotates by moving its start.
            head = (head &- steps) & (storage.count &- 1)
        } else if steps <= count / 2 {
            // Otherwise move the fewer elements from one end to the other, as CPython does.
            for _ in 0..<steps { moveLastToFront() }
        } else {
            for _ in 0..<(count - steps) { moveFirstToBack() }
        }
        mutations &+= 1
    }
}

/// The `collections.deque` class and its methods.
extension CollectionsModule {
    static func deque(_ value: Value) throws -> PyDeque {
        guard case .object(let o) = value, let d = o as? PyDeque else {
            throw PyException(BuiltinTypes.typeError, "descriptor requires a 'collections.deque' object but received a '\(value.typeName)'")
        }
        return d
    }

    /// A deque index: an int in range (negative counts from the end), with CPython's messages.
    static func dequeIndex(_ interpreter: Interpreter, _ d: PyDeque, _ value: Value) throws -> Int {
        guard let given = try interpreter.indexValue(value) else {
            throw PyException(BuiltinTypes.typeError, "sequence index must be integer, not '\(value.typeName)'")
        }
        let index = given < 0 ? given + d.count : given
        guard index >= 0 && index < d.count else { throw PyException(BuiltinTypes.indexError, "deque index out of range") }
        return index
    }

    static func extend(_ interpreter: Interpreter, _ d: PyDeque, _ iterable: Value, left: Bool) throws {
        let values: [Value]
        if case .object(let o) = iterable, o === d { values = d.items } else { values = try interpreter.collect(iterable) }
        for value in values { if left { d.appendLeft(value) } else { d.append(value) } }
    }

    /// Python equality of two items, identity first (as CPython's containers compare).
    static func same(_ interpreter: Interpreter, _ a: Value, _ b: Value) throws -> Bool {
        if case .object(let x) = a, case .object(let y) = b, x === y { return true }
        return try interpreter.equals(a, b)
    }

    static let dequeType: PyType = {
        let type = PyType(builtin: "deque", base: BuiltinTypes.object, module: "collections", installer: installDeque)
        type.doc = "A list-like sequence optimized for data accesses near its endpoints."
        type.nativeNew = { _, cls, _ in .object(PyDeque(type: cls)) }
        return type
    }()

    static let dequeTable: [NativeMethod] = [
        NativeMethod("__init__", "self, iterable=(), maxlen=None", initialize),
        NativeMethod("append", "self, x, /", direct: 2...2, { i, a, _ in try deque(a[0]).append(a[1]); return .none }) { _, a in
            try deque(a.receiver).append(a["x"]); return .none
        },
        NativeMethod("appendleft", "self, x, /", direct: 2...2, { i, a, _ in try deque(a[0]).appendLeft(a[1]); return .none }) { _, a in
            try deque(a.receiver).appendLeft(a["x"]); return .none
        },
        NativeMethod("pop", "self, /", direct: 1...1, { _, a, _ in try pop(a[0], left: false) }) { _, a in try pop(a.receiver, left: false) },
        NativeMethod("popleft", "self, /", direct: 1...1, { _, a, _ in try pop(a[0], left: true) }) { _, a in try pop(a.receiver, left: true) },
        NativeMethod("extend", "self, iterable, /") { i, a in try extend(i, try deque(a.receiver), a["iterable"], left: false); return .none },
        NativeMethod("extendleft", "self, iterable, /") { i, a in try extend(i, try deque(a.receiver), a["iterable"], left: true); return .none },
        NativeMethod("clear", "self, /") { _, a in try deque(a.receiver).clear(); return .none },
        NativeMethod("copy", "self, /") { i, a in try copy(i, try deque(a.receiver)) },
        NativeMethod("__copy__", "self, /") { i, a in try copy(i, try deque(a.receiver)) },
        NativeMethod("count", "self, value, /") { i, a in
            .int(try deque(a.receiver).items.reduce(0) { try same(i, $1, a["value"]) ? $0 + 1 : $0 })
        },
        NativeMethod("index", "self, value, start=0, stop=9223372036854775807, /", index),
        NativeMethod("insert", "self, index, value, /", insert),
        NativeMethod("remove", "self, value, /", remove),
        NativeMethod("reverse", "self, /") { _, a in
            let d = try deque(a.receiver)
            d.replace(with: Array(d.items.reversed()))
            return .none
        },
        NativeMethod("rotate", "self, n=1, /", direct: 1...2, { i, a, count in
            let steps = count == 2 ? a[1] : .int(1)
            try deque(a[0]).rotate(try i.intArgument(steps))
            return .none
        }) { i, a in try deque(a.receiver).rotate(try i.intArgument(a["n"])); return .none },
        NativeMethod("__len__", "self, /", direct: 1...1, { _, a, _ in .int(try deque(a[0]).count) }) { _, a in .int(try deque(a.receiver).count) },
        NativeMethod("__bool__", "self, /", direct: 1...1, { _, a, _ in .bool(try deque(a[0]).count > 0) }) { _, a in
            .bool(try deque(a.receiver).count > 0)
        },
        NativeMethod("__getitem__", "self, index, /", direct: 2...2, { i, a, _ in
            let d = try deque(a[0])
            return d[try dequeIndex(i, d, a[1])]
        }) { i, a in
            let d = try deque(a.receiver)
            return d[try dequeIndex(i, d, a["index"])]
        },
        NativeMethod("__setitem__", "self, index, value, /") { i, a in
            let d = try deque(a.receiver)
            d[try dequeIndex(i, d, a["index"])] = a["value"]
            return .none
        },
        NativeMethod("__delitem__", "self, index, /") { i, a in
            let d = try deque(a.receiver)
            var items = d.items
            items.remove(at: try dequeIndex(i, d, a["index"]))
            d.replace(with: items)
            return .none
        },
        NativeMethod("__contains__", "self, value, /") { i, a in
            .bool(try deque(a.receiver).items.contains { try same(i, $0, a["value"]) })
        },
        NativeMethod("__iter__", "self, /") { _, a in try iterator(try deque(a.receiver), reversed: false) },
        NativeMethod("__reversed__", "self, /") { _, a in try iterator(try deque(a.receiver), reversed: true) },
        NativeMethod("__repr__", "self, /", repr),
        NativeMethod("__eq__", "self, other, /") { i, a in try compare(i, a, .equal) },
        NativeMethod("__ne__", "self, other, /") { i, a in try compare(i, a, .notEqual) },
        NativeMethod("__lt__", "self, other, /") { i, a in try compare(i, a, .less) },
        NativeMethod("__le__", "self, other, /") { i, a in try compare(i, a, .lessEqual) },
        NativeMethod("__gt__", "self, other, /") { i, a in try compare(i, a, .greater) },
        NativeMethod("__ge__", "self, other, /") { i, a in try compare(i, a, .greaterEqual) },
        NativeMethod("__add__", "self, other, /") { i, a in
            let d = try deque(a.receiver)
            guard case .object(let o) = a["other"], let other = o as? PyDeque else {
                throw PyException(BuiltinTypes.typeError, "can only concatenate deque (not \"\(a["other"].typeName)\") to deque")
            }
            guard case .object(let result) = try copy(i, d), let sum = result as? PyDeque else { return .none }
            for item in other.items { sum.append(item) }
            return .object(sum)
        },
        NativeMethod("__iadd__", "self, other, /") { i, a in
            try extend(i, try deque(a.receiver), a["other"], left: false)
            return a.receiver
        },
        NativeMethod("__mul__", "self, n, /") { i, a in try repeated(i, a.receiver, a["n"], inPlace: false) },
        NativeMethod("__rmul__", "self, n, /") { i, a in try repeated(i, a.receiver, a["n"], inPlace: false) },
        NativeMethod("__imul__", "self, n, /") { i, a in try repeated(i, a.receiver, a["n"], inPlace: true) },
    ]

    static func installDeque(_ type: PyType) {
        type.install(dequeTable)
        type.define("__hash__", .none)
        type.property("maxlen", doc: "maximum size of a deque or None if unbounded") { _, value in
            (try deque(value).maxlen).map { Value.int($0) } ?? Value.none
        }
    }

    static func initialize(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let d = try deque(args.receiver)
        let limit = args["maxlen"]
        if !limit.isNone {
            guard let n = try interpreter.indexValue(limit) else { throw PyException(BuiltinTypes.typeError, "an integer is required") }
            if n < 0 { throw PyException(BuiltinTypes.valueError, "maxlen must be non-negative") }
            d.maxlen = n
        } else {
            d.maxlen = nil
        }
        if d.count > 0 { d.clear() }
        try extend(interpreter, d, args["iterable"], left: false)
        return .none
    }

    static func pop(_ value: Value, left: Bool) throws -> Value {
        let d = try deque(value)
        guard let item = left ? d.popLeft() : d.pop() else { throw PyException(BuiltinTypes.indexError, "pop from an empty deque") }
        return item
    }

    static func copy(_ interpreter: Interpreter, _ d: PyDeque) throws -> Value {
        if d.type === dequeType {
            let result = PyDeque(type: dequeType)
            result.maxlen = d.maxlen
            for item in d.items { result.append(item) }
            return .object(result)
        }
        let limit: Value = d.maxlen.map { Value.int($0) } ?? .none
        return try interpreter.call(.object(d.type), Arguments([.object(PyList(d.items)), limit]))
    }

    static func index(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let d = try deque(args.receiver)
        let n = d.count
        var start = try interpreter.intArgument(args["start"]), stop = try interpreter.intArgument(args["stop"])
        if start < 0 { start = Swift.max(start + n, 0) }
        if stop < 0 { stop = Swift.max(stop + n, 0) }
        let items = d.items
        var i = start
        while i < Swift.min(stop, n) {
            if try same(interpreter, items[i], args["value"]) { return .int(i) }
            i += 1
        }
        throw PyException(BuiltinTypes.valueError, "\(try interpreter.repr(args["value"])) is not in deque")
    }

    static func insert(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let d = try deque(args.receiver)
        if let maxlen = d.maxlen, d.count >= maxlen { throw PyException(BuiltinTypes.indexError, "deque already at its maximum size") }
        var index = try interpreter.intArgument(args["index"])
        if index < 0 { index = Swift.max(index + d.count, 0) }
        var items = d.items
        items.insert(args["value"], at: Swift.min(index, items.count))
        d.replace(with: items)
        return .none
    }

    static func remove(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let d = try deque(args.receiver)
        var items = d.items
        for (i, item) in items.enumerated() where try same(interpreter, item, args["value"]) {
            items.remove(at: i)
            d.replace(with: items)
            return .none
        }
        throw PyException(BuiltinTypes.valueError, "\(try interpreter.repr(args["value"])) is not in deque")
    }

    static func iterator(_ d: PyDeque, reversed: Bool) throws -> Value {
        var position = 0
        let expected = d.mutations
        let type = reversed ? dequeReverseIteratorType : dequeIteratorType
        return .object(PyNativeIterator(type: type) { _ in
            guard d.mutations == expected else { throw PyException(BuiltinTypes.runtimeError, "deque mutated during iteration") }
            guard position < d.count else { return nil }
            defer { position += 1 }
            return d[reversed ? d.count - 1 - position : position]
        })
    }

    static let dequeIteratorType = PyType(builtin: "_deque_iterator", base: BuiltinTypes.object, subclassable: false,
                                          module: "collections", installer: IteratorMethods.installIterator)
    static let dequeReverseIteratorType = PyType(builtin: "_deque_reverse_iterator", base: BuiltinTypes.object, subclassable: false,
                                                 module: "collections", installer: IteratorMethods.installIterator)

    static func repr(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let d = try deque(args.receiver)
        let list = try interpreter.guardedRepr(d, placeholder: "[...]") { try interpreter.repr(.object(PyList(d.items))) }
        if list == "[...]" { return .str(list) }
        if let maxlen = d.maxlen { return .str("\(d.type.name)(\(list), maxlen=\(maxlen))") }
        return .str("\(d.type.name)(\(list))")
    }

    static func compare(_ interpreter: Interpreter, _ args: BoundArguments, _ op: ComparisonOperation) throws -> Value {
        let d = try deque(args.receiver)
        guard case .object(let o) = args["other"], let other = o as? PyDeque else { return .object(Singletons.notImplemented) }
        return try interpreter.compareOperation(op, .object(PyList(d.items)), .object(PyList(other.items)))
    }

    static func repeated(_ interpreter: Interpreter, _ value: Value, _ times: Value, inPlace: Bool) throws -> Value {
        let d = try deque(value)
        guard let n = try interpreter.indexValue(times) else {
            throw PyException(BuiltinTypes.typeError, "can't multiply sequence by non-int of type '\(times.typeName)'")
        }
        let items = d.items
        let target: PyDeque
        if inPlace {
            target = d
            target.clear()
        } else {
            guard case .object(let o) = try copy(interpreter, d), let fresh = o as? PyDeque else { return .none }
            fresh.clear()
            target = fresh
        }
        if n > 0 && !items.isEmpty {
            try interpreter.checkRepeatSize(items.count, n, elementSize: MemoryLayout<Value>.stride)
            for _ in 0..<n { for item in items { target.append(item) } }
        }
        return .object(target)
    }
}
