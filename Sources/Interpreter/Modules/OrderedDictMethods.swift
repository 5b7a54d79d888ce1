/// `OrderedDict.popitem` and `OrderedDict.move_to_end`, native: an `OrderedDict` is a dict
/// subclass whose order is the dict's own insertion order, and these two reorder it once per
/// call in queue- and LRU-style loops, where a Python method that calls `dict.pop` and
/// `dict.__setitem__` cost several times what CPython's C methods do. `collections/__init__.py`
/// puts them in the class; they bind as methods and the VM calls them with the arguments in
/// place. Errors and results are CPython's.
enum OrderedDictMethods {
    static func make() -> (popitem: PyBuiltinFunction, moveToEnd: PyBuiltinFunction) {
        let popitem = PyBuiltinFunction("popitem", NativeSignature("self, /, last=True"), qualifiedName: "OrderedDict.popitem",
                                        doc: "Remove and return a (key, value) pair from the dictionary.\n\n"
                                            + "Pairs are returned in LIFO order if last is true or FIFO order if false.") {
            (interpreter: Interpreter, args: BoundArguments) in
            try popItem(interpreter, try DictMethods.dict(args.receiver), last: args["last"])
        }
        let moveToEnd = PyBuiltinFunction("move_to_end", NativeSignature("self, /, key, last=True"), qualifiedName: "OrderedDict.move_to_end",
                                          doc: "Move an existing element to the end (or beginning if last is false).\n\n"
                                              + "Raise KeyError if the element does not exist.") {
            (interpreter: Interpreter, args: BoundArguments) in
            try moveEntry(interpreter, try DictMethods.dict(args.receiver), args["key"], last: args["last"])
            return .none
        }
        return (popitem, moveToEnd)
    }

    static func popItem(_ interpreter: Interpreter, _ dict: PyDict, last: Value) throws -> Value {
        // `last` is converted first, as CPython's argument parsing does.
        let fromEnd = try interpreter.isTruthy(last)
        if dict.storage.isEmpty { throw PyException(type: BuiltinTypes.keyError, args: [.str("dictionary is empty")]) }
        let entry = fromEnd ? dict.storage.removeLast() : dict.storage.removeFirst()
        return .object(PyTuple([entry.key.value, entry.value]))
    }

    static func moveEntry(_ interpreter: Interpreter, _ dict: PyDict, _ key: Value, last: Value) throws {
        let toEnd = try interpreter.isTruthy(last)
        let hashed = try interpreter.hashKey(key)
        guard let index = dict.storage.index(forKey: hashed) else { throw PyException(type: BuiltinTypes.keyError, args: [key]) }
        let count = dict.storage.count
        if toEnd {
            if index == count - 1 { return }
            let entry = dict.storage.remove(at: index)
            dict.storage[entry.key] = entry.value
            return
        }
        if index == 0 { return }
        // To the front: the entries are laid out again with this one first (the storage only
        // appends), keeping the stored key objects; emptying it first tells live iterators.
        let entries = Array(dict.storage.elements)
        dict.storage.removeAll(keepingCapacity: true)
        dict.storage[entries[index].key] = entries[index].value
        for position in 0..<count where position != index { dict.storage[entries[position].key] = entries[position].value }
    }
}
