/// `_collections`: the native parts of `collections`, as in CPython -- `deque` (Deque.swift)
/// and `_count_elements`, the loop of `Counter.update` over an iterable.
enum CollectionsModule {
    static func make(_ interpreter: Interpreter) -> PyModule {
        interpreter.makeModule("_collections") { ns in
            ns["deque"] = .object(dequeType)
            ns["_count_elements"] = .object(PyBuiltinFunction("_count_elements", "mapping, iterable, /",
                                                               doc: "Count elements in the iterable, updating the mapping", countElements))
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
}
