/// `_collections`: the native parts of `collections`, as in CPython -- `deque` (Deque.swift)
/// `_count_elements`, the loop of `Counter.update` over an iterable, and `_namedtuple_methods`
/// (NamedTupleMethods.swift), and OrderedDict's `popitem` and `move_to_end` (OrderedDictMethods.swift).
enum CollectionsModule {
    static func make(_ interpreter: Interpreter) -> PyModule {
        interpreter.makeModule("_collections") { ns in
            ns["deque"] = .object(dequeType)
            ns["_count_elements"] = .object(PyBuiltinFunction("_count_elements", "mapping, iterable, /",
                                                               doc: "Count elements in the iterable, updating the mapping", countElements))
            ns["_largest_counts"] = .object(PyBuiltinFunction("_largest_counts", "mapping, n, /",
                                                               doc: "The n items of the mapping with the largest values", largestCounts))
            let orderedDict = OrderedDictMethods.make()
            ns["_odict_popitem"] = .object(orderedDict.popitem)
            ns["_odict_move_to_end"] = .object(orderedDict.moveToEnd)
            ns["_namedtuple_methods"] = .object(PyBuiltinFunction("_namedtuple_methods", "typename, field_names, defaults, /",
                                                                   doc: "The native methods of a namedtuple class", NamedTupleMethods.make))
        }
    }

    /// `mapping[item] = mapping.get(item, 0) + 1` for each item. A dict (or a subclass that does
    /// not redefine `__getitem__`, `__setitem__` or `get`, such as `Counter`) is updated in place.
    static func countElements(_ interpreter: Interpreter, _ values: [Value]) throws -> Value {
        let mapping = values[0]
        let iterator = try ItertoolsModule.iteratorObject(interpreter, values[1])
        if case .object(let o) = mapping, let dict = o as? PyDict,
           dict.type.userOverride("__getitem__") == nil, dict.type.userOverride("__setitem__") == nil,
           dict.type.userOverride("get") == nil {
            while let item = try interpreter.next(iterator) {
                let key = try interpreter.hashKey(item)
                if let count = dict.storage[key] {
                    dict.storage[key] = try interpreter.binaryOperation(.add, count, .int(1))
                } else {
                    dict.storage[key] = .int(1)
                }
            }
            return .none
        }
        let get = try interpreter.getAttribute(mapping, "get")
        while let item = try interpreter.next(iterator) {
            let count = try interpreter.call(get, Arguments([item, .int(0)]))
            try interpreter.setItem(mapping, item, try interpreter.binaryOperation(.add, count, .int(1)))
        }
        return .none
    }

    /// `Counter.most_common(n)`: the `n` items with the largest counts, largest first and, among
    /// equal counts, in insertion order (what CPython's `heapq.nlargest` gives), chosen in one
    /// pass over the dict's entries so that only the `n` result tuples are made. None when a
    /// count is not an int, the mapping's class redefines `items`, or `n` is large: the caller
    /// then runs `heapq.nlargest`, whose comparisons and errors are CPython's.
    static func largestCounts(_ interpreter: Interpreter, _ values: [Value]) throws -> Value {
        guard case .int(let n) = values[1], case .object(let o) = values[0], let dict = o as? PyDict,
              dict.type.userOverride("items") == nil, n <= 64 || n <= dict.storage.count / 8 else { return .none }
        if n <= 0 { return .object(PyList([])) }
        var top: [(key: Value, count: Int)] = []
        top.reserveCapacity(n + 1)
        for (key, value) in dict.storage {
            guard case .int(let count) = value else { return .none }
            // Past every kept count that is smaller, never past an equal one.
            var position = top.count
            while position > 0, top[position - 1].count < count { position -= 1 }
            guard position < n else { continue }
            top.insert((key.value, count), at: position)
            if top.count > n { top.removeLast() }
        }
        return .object(PyList(top.map { .object(PyTuple([$0.key, .int($0.count)])) }))
    }
}
