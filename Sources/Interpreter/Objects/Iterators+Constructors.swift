/// The iterator classes `enumerate`, `zip`, `map`, `filter` and `reversed`: each a constructor
/// that returns a native iterator over its arguments.
enum IteratorConstructors {
    static let enumerateSignature = NativeSignature("iterable, start=0")
    static let filterSignature = NativeSignature("function, iterable, /")
    static let reversedSignature = NativeSignature("sequence, /")

    /// An iterator class whose instances come from `constructor`.
    static func installer(_ constructor: @escaping (Interpreter, PyType, Arguments) throws -> Value) -> (PyType) -> Void {
        { type in
            IteratorMethods.installIterator(type)
            type.nativeNew = constructor
        }
    }

    /// `enumerate(iterable, start=0)`: (index, item) pairs.
    static func enumerate(_ interpreter: Interpreter, _ cls: PyType, _ arguments: Arguments) throws -> Value {
        let values = try enumerateSignature.bind(arguments, function: "enumerate")
        return try enumerate(interpreter, cls, values[0], start: values[1])
    }

    /// An enumeration's running count and the tuple it refills, in one struct: the producer
    /// captures one box for them, not one per variable (an `enumerate(a)` in a loop is made
    /// once per pass).
    struct EnumerationState {
        /// The count is an Int until it passes Int.max, then a big int, as in CPython.
        var index: Int?
        var bigIndex: BigInteger?
        var recycled = TupleRecycler()
    }

    /// `enumerate(iterable, start)` once its arguments are known (the VM's direct constructor
    /// calls this for `enumerate(x)` with the argument in place).
    static func enumerate(_ interpreter: Interpreter, _ cls: PyType, _ iterable: Value, start: Value) throws -> Value {
        guard case .object(let iterator) = try interpreter.iterate(iterable) else { return .none }
        var state = EnumerationState()
        if let big = start.asBigInt { state.bigIndex = big.value } else { state.index = try interpreter.intArgument(start) }
        return .object(PyNativeIterator(type: cls) { interpreter in
            guard let item = try interpreter.next(iterator) else { return nil }
            if let current = state.index {
                let (advanced, overflow) = current.addingReportingOverflow(1)
                if overflow {
                    state.index = nil
                    state.bigIndex = BigInteger(current) + .one
                } else {
                    state.index = advanced
                }
                if let tuple = state.recycled.reusable(count: 2) {
                    tuple.items[0] = .int(current)
                    tuple.items[1] = item
                    return .object(tuple)
                }
                return .object(state.recycled.keep(PyTuple([.int(current), item])))
            }
            guard let current = state.bigIndex else { return nil }
            state.bigIndex = current + .one
            return .object(PyTuple([.integer(current), item]))
        })
    }

    /// `zip(*iterables, strict=False)`: tuples of one item from each, until the shortest ends.
    static func zip(_ interpreter: Interpreter, _ cls: PyType, _ arguments: Arguments) throws -> Value {
        let strict = try arguments.keyword("strict").map { try interpreter.isTruthy($0) } ?? false
        return try zip(interpreter, cls, arguments.positional, strict: strict)
    }

    /// `zip` once its arguments are known (the VM's direct constructor calls this for
    /// positional calls, with the arguments in place).
    static func zip<Iterables: Collection>(_ interpreter: Interpreter, _ cls: PyType, _ iterables: Iterables,
                                           strict: Bool) throws -> Value where Iterables.Element == Value {
        var iterators: [PyObject] = []
        iterators.reserveCapacity(iterables.count)
        for iterable in iterables {
            if case .object(let iterator) = try interpreter.iterate(iterable) { iterators.append(iterator) }
        }
        var recycled = TupleRecycler()
        return .object(PyNativeIterator(type: cls) { interpreter in
            if iterators.isEmpty { return nil }
            if let tuple = recycled.reusable(count: iterators.count) {
                for (index, iterator) in iterators.enumerated() {
                    guard let item = try interpreter.next(iterator) else {
                        if strict && index > 0 {
                            throw PyException(BuiltinTypes.valueError, "zip() argument \(index + 1) is shorter than argument 1")
                        }
                        return nil
                    }
                    tuple.items[index] = item
                }
                return .object(tuple)
            }
            // One allocation per tuple: the array is the tuple's storage.
            var items: [Value] = []
            items.reserveCapacity(iterators.count)
            for (index, iterator) in iterators.enumerated() {
                guard let item = try interpreter.next(iterator) else {
                    if strict && index > 0 {
                        throw PyException(BuiltinTypes.valueError, "zip() argument \(index + 1) is shorter than argument 1")
                    }
                    return nil
                }
                items.append(item)
            }
            return .object(recycled.keep(PyTuple(items)))
        })
    }

    /// `map(function, *iterables)`: the function applied to one item from each iterable.
    static func map(_ interpreter: Interpreter, _ cls: PyType, _ arguments: Arguments) throws -> Value {
        guard arguments.positional.count >= 2 else {
            throw PyException(BuiltinTypes.typeError, "map() must have at least two arguments.")
        }
        let function = arguments[0]
        let iterators = try arguments.positional.dropFirst().map { try interpreter.iterate($0).asObject }.compactMap { $0 }
        if iterators.count == 1, let iterator = iterators.first {
            // `map(f, xs)`, the usual form: one item, passed without an argument list.
            return .object(PyNativeIterator(type: cls) { interpreter in
                guard let item = try interpreter.next(iterator) else { return nil }
                return try interpreter.callBack(function, item)
            })
        }
        return .object(PyNativeIterator(type: cls) { interpreter in
            var items: [Value] = []
            items.reserveCapacity(iterators.count)
            for iterator in iterators {
                guard let item = try interpreter.next(iterator) else { return nil }
                items.append(item)
            }
            return try interpreter.call(function, Arguments(items))
        })
    }

    /// `filter(function, iterable)`: the items the function (or truth, for None) accepts.
    static func filter(_ interpreter: Interpreter, _ cls: PyType, _ arguments: Arguments) throws -> Value {
        let values = try filterSignature.bind(arguments, function: "filter")
        guard case .object(let iterator) = try interpreter.iterate(values[1]) else { return .none }
        let function = values[0]
        return .object(PyNativeIterator(type: cls) { interpreter in
            while let item = try interpreter.next(iterator) {
                let keep = function.isNone ? item : try interpreter.callBack(function, item)
                if try interpreter.isTruthy(keep) { return item }
            }
            return nil
        })
    }

    /// `reversed(sequence)`: `__reversed__`, or indexing from the end.
    static func reversed(_ interpreter: Interpreter, _ cls: PyType, _ arguments: Arguments) throws -> Value {
        let values = try reversedSignature.bind(arguments, function: "reversed")
        return try reversed(interpreter, cls, values[0])
    }

    /// `reversed(sequence)` once its one argument is known (the VM's direct constructor calls
    /// this with the argument in place).
    static func reversed(_ interpreter: Interpreter, _ cls: PyType, _ sequence: Value) throws -> Value {
        if let method = sequence.type.lookup("__reversed__") { return try interpreter.callBack(method, sequence) }
        if let list = sequence.asObject as? PyList {
            var index = list.items.count - 1
            return .object(PyNativeIterator(type: cls) { _ in
                guard index >= 0 && index < list.items.count else { return nil }
                defer { index -= 1 }
                return list.items[index]
            })
        }
        guard sequence.type.lookup("__getitem__") != nil || sequence.asObject is PyStr || sequence.asObject is PyTuple else {
            throw PyException(BuiltinTypes.typeError, "'\(sequence.typeName)' object is not reversible")
        }
        var index = try interpreter.length(sequence) - 1
        return .object(PyNativeIterator(type: cls) { interpreter in
            guard index >= 0 else { return nil }
            defer { index -= 1 }
            return try interpreter.getItem(sequence, .int(index))
        })
    }
}

/// The tuple an iterator of tuples (`zip`, `enumerate`) handed out last. When nothing but the
/// iterator holds it any more (the loop unpacked it, `dict()` read its pair), the next item
/// refills it instead of allocating a tuple and its array, as CPython's iterators do; no Python
/// code can see the difference, since no one else has the tuple.
struct TupleRecycler {
    private var last: PyTuple?

    /// The last tuple, when it has `count` items and no other holder.
    @inline(__always)
    mutating func reusable(count: Int) -> PyTuple? {
        guard isKnownUniquelyReferenced(&last), let tuple = last, tuple.items.count == count else { return nil }
        return tuple
    }

    /// Remembers `tuple` for reuse and returns it.
    @inline(__always)
    mutating func keep(_ tuple: PyTuple) -> PyTuple {
        last = tuple
        return tuple
    }

    /// A tuple of `count` items, `item(k)` for each position: the last tuple refilled when no
    /// one else holds it, else a new one (kept for the next call). For iterators whose items
    /// cannot fail (`product`, `combinations`, `pairwise`...).
    @inline(__always)
    mutating func tuple(count: Int, _ item: (Int) -> Value) -> Value {
        if let tuple = reusable(count: count) {
            // One uniqueness check for the whole refill, not one per item.
            tuple.items.withUnsafeMutableBufferPointer { items in
                for k in 0..<count { items[k] = item(k) }
            }
            return .object(tuple)
        }
        var items: [Value] = []
        items.reserveCapacity(count)
        for k in 0..<count { items.append(item(k)) }
        return .object(keep(PyTuple(items)))
    }
}
