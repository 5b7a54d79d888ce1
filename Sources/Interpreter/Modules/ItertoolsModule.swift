/// `_itertools`: the iterator classes of `itertools` as native iterators, so that they run at
/// the speed of the builtin `zip` and `map` and are lazy exactly where CPython's are (`product`
/// and the combinatoric iterators read their inputs once, then yield one tuple at a time).
/// `Python/itertools.py` re-exports them under their public names. Each class is a native type
/// whose instances are `PyNativeIterator`s; the combinatoric ones are in
/// `Itertools+Combinatorics.swift`, `count`, `repeat` and `tee` in `Itertools+Counting.swift`.
enum ItertoolsModule {
    static func make(_ interpreter: Interpreter) -> PyModule {
        interpreter.makeModule("_itertools") { ns in
            let classes: [(String, String, (Interpreter, PyType, Arguments) throws -> Value)] = [
                ("accumulate", "Return series of accumulated sums (or other binary function results).", accumulate),
                ("chain", "Return a chain object whose .__next__() method returns elements from the\nfirst iterable until it is exhausted, then elements from the next\niterable, until all of the iterables are exhausted.", chain),
                ("compress", "Return data elements corresponding to true selector elements.", compress),
                ("cycle", "Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely.", cycle),
                ("dropwhile", "Drop items from the iterable while predicate(item) is true.", dropwhile),
                ("filterfalse", "Return those items of iterable for which function(item) is false.", filterfalse),
                ("groupby", "make an iterator that returns consecutive keys and groups from the iterable", groupby),
                ("islice", "islice(iterable, stop) --> islice object\nislice(iterable, start, stop[, step]) --> islice object", islice),
                ("pairwise", "Return an iterator of overlapping pairs taken from the input iterator.", pairwise),
                ("starmap", "Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence.", starmap),
                ("takewhile", "Return successive entries from an iterable as long as the predicate evaluates to true for each entry.", takewhile),
                ("zip_longest", "Return a zip_longest object whose .__next__() method returns a tuple where\nthe i-th element comes from the i-th iterable argument.", zipLongest),
                ("product", "Cartesian product of input iterables.  Equivalent to nested for-loops.", product),
                ("permutations", "Return successive r-length permutations of elements in the iterable.", permutations),
                ("combinations", "Return successive r-length combinations of elements in the iterable.", combinations),
                ("combinations_with_replacement", "Return successive r-length combinations of elements in the iterable\nallowing individual elements to have successive repeats.", combinationsWithReplacement),
            ]
            for (name, doc, constructor) in classes {
                let type = iteratorClass(name, constructor)
                type.doc = doc
                if name == "chain" {
                    type.define("from_iterable", .object(PyMethodWrapper(.classMethod, .object(
                        PyBuiltinFunction("from_iterable", "cls, iterable, /", qualifiedName: "chain.from_iterable") { interpreter, values in
                            guard let cls = values[0].asObject as? PyType else { return .none }
                            return chainObject(cls, source: try iteratorObject(interpreter, values[1]))
                        }))))
                }
                ns[name] = .object(type)
            }
            ns["_grouper"] = .object(grouperType)
            ns["count"] = .object(countType())
            ns["repeat"] = .object(repeatType())
            ns["tee"] = .object(PyBuiltinFunction("tee", "iterable, n=2, /", doc: "Returns a tuple of n independent iterators.", tee))
        }
    }

    /// A native iterator class of module `itertools` whose instances `constructor` makes.
    static func iteratorClass(_ name: String, _ constructor: @escaping (Interpreter, PyType, Arguments) throws -> Value) -> PyType {
        let type = PyType(builtin: name, base: BuiltinTypes.object, module: "itertools",
                          installer: IteratorConstructors.installer(constructor))
        // Set eagerly as well, so a subclass made before the first lookup inherits it.
        type.nativeNew = constructor
        return type
    }

    /// `iter(value)` as an object (every iterator the interpreter makes is one).
    static func iteratorObject(_ interpreter: Interpreter, _ value: Value) throws -> PyObject {
        guard case .object(let o) = try interpreter.iterate(value) else {
            throw PyException(BuiltinTypes.typeError, "'\(value.typeName)' object is not iterable")
        }
        return o
    }

    /// CPython's wording for a constructor that takes no keyword arguments.
    static func rejectKeywords(_ arguments: Arguments, _ name: String) throws {
        if !arguments.keywords.isEmpty { throw PyException(BuiltinTypes.typeError, "\(name)() takes no keyword arguments") }
    }

    /// The arguments of a constructor with positional-only parameters, `minimum` to `maximum`
    /// of them, checked with CPython's messages (`cycle expected 1 argument, got 2`).
    static func positionalOnly(_ arguments: Arguments, _ name: String, _ minimum: Int, _ maximum: Int) throws -> [Value] {
        try rejectKeywords(arguments, name)
        let count = arguments.positional.count
        func plural(_ n: Int) -> String { n == 1 ? "\(n) argument" : "\(n) arguments" }
        if minimum == maximum && count != minimum {
            throw PyException(BuiltinTypes.typeError, "\(name) expected \(plural(minimum)), got \(count)")
        }
        if count < minimum { throw PyException(BuiltinTypes.typeError, "\(name) expected at least \(plural(minimum)), got \(count)") }
        if count > maximum { throw PyException(BuiltinTypes.typeError, "\(name) expected at most \(plural(maximum)), got \(count)") }
        return arguments.positional
    }

    /// A parameter of `bindKeywords`: its name, default (nil: required) and whether only a
    /// keyword may give it.
    struct Parameter {
        let name: String
        let defaultValue: Value?
        var keywordOnly = false
    }

    /// Binds arguments the way CPython's itertools constructors do, with their messages
    /// (`'x' is an invalid keyword argument for accumulate()`, `combinations() missing
    /// required argument 'r' (pos 2)`).
    static func bindKeywords(_ arguments: Arguments, _ name: String, _ parameters: [Parameter]) throws -> [Value] {
        let positionalLimit = parameters.filter { !$0.keywordOnly }.count
        var values = [Value?](filledWith: nil, count: parameters.count)
        if arguments.positional.count > positionalLimit {
            throw PyException(BuiltinTypes.typeError,
                              "\(name)() takes at most \(positionalLimit) argument\(positionalLimit == 1 ? "" : "s") (\(arguments.count) given)")
        }
        for (index, value) in arguments.positional.enumerated() { values[index] = value }
        for (keyword, value) in arguments.keywords {
            guard let index = parameters.firstIndex(where: { $0.name == keyword }) else {
                throw PyException(BuiltinTypes.typeError, "'\(keyword)' is an invalid keyword argument for \(name)()")
            }
            if values[index] != nil {
                throw PyException(BuiltinTypes.typeError, "argument for \(name)() given by name ('\(keyword)') and position (\(index + 1))")
            }
            values[index] = value
        }
        return try parameters.indices.map { index in
            if let value = values[index] ?? parameters[index].defaultValue { return value }
            throw PyException(BuiltinTypes.typeError, "\(name)() missing required argument '\(parameters[index].name)' (pos \(index + 1))")
        }
    }

    static let accumulateParameters = [Parameter(name: "iterable", defaultValue: nil), Parameter(name: "func", defaultValue: Value.none),
                                       Parameter(name: "initial", defaultValue: Value.none, keywordOnly: true)]
    static let compressParameters = [Parameter(name: "data", defaultValue: nil), Parameter(name: "selectors", defaultValue: nil)]
    static let groupbyParameters = [Parameter(name: "iterable", defaultValue: nil), Parameter(name: "key", defaultValue: Value.none)]

    static func accumulate(_ interpreter: Interpreter, _ cls: PyType, _ arguments: Arguments) throws -> Value {
        let values = try bindKeywords(arguments, "accumulate", accumulateParameters)
        let iterator = try iteratorObject(interpreter, values[0])
        let function = values[1]
        var total: Value? = values[2].isNone ? nil : values[2]
        var started = false
        return .object(PyNativeIterator(type: cls) { interpreter in
            if !started {
                started = true
                if let total { return total }
            }
            guard let item = try interpreter.next(iterator) else { return nil }
            if let current = total {
                total = function.isNone ? try interpreter.binaryOperation(.add, current, item) : try interpreter.call(function, Arguments([current, item]))
            } else {
                total = item
            }
            return total
        })
    }

    static func chain(_ interpreter: Interpreter, _ cls: PyType, _ arguments: Arguments) throws -> Value {
        try rejectKeywords(arguments, "chain")
        return chainObject(cls, source: PySequenceIterator(items: arguments.positional))
    }

    /// Items of each iterable `source` yields in turn; each is made an iterator only when reached.
    static func chainObject(_ cls: PyType, source: PyObject) -> Value {
        var source: PyObject? = source
        var active: PyObject?
        return .object(PyNativeIterator(type: cls) { interpreter in
            while true {
                if let current = active {
                    if let item = try interpreter.next(current) { return item }
                    active = nil
                }
                guard let outer = source else { return nil }
                guard let next = try interpreter.next(outer) else {
                    source = nil
                    return nil
                }
                active = try iteratorObject(interpreter, next)
            }
        })
    }

    static func compress(_ interpreter: Interpreter, _ cls: PyType, _ arguments: Arguments) throws -> Value {
        let values = try bindKeywords(arguments, "compress", compressParameters)
        let data = try iteratorObject(interpreter, values[0])
        let selectors = try iteratorObject(interpreter, values[1])
        return .object(PyNativeIterator(type: cls) { interpreter in
            while let item = try interpreter.next(data) {
                guard let selector = try interpreter.next(selectors) else { return nil }
                if try interpreter.isTruthy(selector) { return item }
            }
            return nil
        })
    }

    static func cycle(_ interpreter: Interpreter, _ cls: PyType, _ arguments: Arguments) throws -> Value {
        let values = try positionalOnly(arguments, "cycle", 1, 1)
        var iterator: PyObject? = try iteratorObject(interpreter, values[0])
        var saved: [Value] = []
        var index = 0
        return .object(PyNativeIterator(type: cls) { interpreter in
            if let source = iterator {
                if let item = try interpreter.next(source) {
                    saved.append(item)
                    return item
                }
                iterator = nil
            }
            guard !saved.isEmpty else { return nil }
            if index >= saved.count { index = 0 }
            defer { index += 1 }
            return saved[index]
        })
    }

    static func dropwhile(_ interpreter: Interpreter, _ cls: PyType, _ arguments: Arguments) throws -> Value {
        let values = try positionalOnly(arguments, "dropwhile", 2, 2)
        let predicate = values[0]
        let iterator = try iteratorObject(interpreter, values[1])
        var dropping = true
        return .object(PyNativeIterator(type: cls) { interpreter in
            while let item = try interpreter.next(iterator) {
                if dropping, try interpreter.isTruthy(try interpreter.call(predicate, Arguments([item]))) { continue }
                dropping = false
                return item
            }
            return nil
        })
    }

    static func takewhile(_ interpreter: Interpreter, _ cls: PyType, _ arguments: Arguments) throws -> Value {
        let values = try positionalOnly(arguments, "takewhile", 2, 2)
        let predicate = values[0]
        let iterator = try iteratorObject(interpreter, values[1])
        var done = false
        return .object(PyNativeIterator(type: cls) { interpreter in
            guard !done, let item = try interpreter.next(iterator) else { return nil }
            if try interpreter.isTruthy(try interpreter.call(predicate, Arguments([item]))) { return item }
            done = true
            return nil
        })
    }

    static func filterfalse(_ interpreter: Interpreter, _ cls: PyType, _ arguments: Arguments) throws -> Value {
        let values = try positionalOnly(arguments, "filterfalse", 2, 2)
        let function = values[0]
        let iterator = try iteratorObject(interpreter, values[1])
        return .object(PyNativeIterator(type: cls) { interpreter in
            while let item = try interpreter.next(iterator) {
                let verdict = function.isNone ? item : try interpreter.call(function, Arguments([item]))
                if !(try interpreter.isTruthy(verdict)) { return item }
            }
            return nil
        })
    }

    static func starmap(_ interpreter: Interpreter, _ cls: PyType, _ arguments: Arguments) throws -> Value {
        let values = try positionalOnly(arguments, "starmap", 2, 2)
        let function = values[0]
        let iterator = try iteratorObject(interpreter, values[1])
        return .object(PyNativeIterator(type: cls) { interpreter in
            guard let item = try interpreter.next(iterator) else { return nil }
            if case .object(let o) = item, let tuple = o as? PyTuple, tuple.type === BuiltinTypes.tuple {
                // The tuple's items are the arguments in place (a Python function or a native
                // one with a direct body takes them without an argument list).
                var arguments = tuple.items
                return try arguments.withUnsafeMutableBufferPointer { buffer in
                    guard let base = buffer.baseAddress else { return try interpreter.call(function, Arguments([])) }
                    return try interpreter.callBack(function, arguments: base, count: buffer.count)
                }
            }
            return try interpreter.call(function, Arguments(try interpreter.collect(item)))
        })
    }

    static func pairwise(_ interpreter: Interpreter, _ cls: PyType, _ arguments: Arguments) throws -> Value {
        let values = try positionalOnly(arguments, "pairwise", 1, 1)
        let iterator = try iteratorObject(interpreter, values[0])
        var previous: Value?
        var done = false
        var recycled = TupleRecycler()
        return .object(PyNativeIterator(type: cls) { interpreter in
            if done { return nil }
            if previous == nil {
                guard let first = try interpreter.next(iterator) else { done = true; return nil }
                previous = first
            }
            guard let item = try interpreter.next(iterator), let last = previous else { done = true; return nil }
            previous = item
            return recycled.tuple(count: 2) { $0 == 0 ? last : item }
        })
    }

    static func zipLongest(_ interpreter: Interpreter, _ cls: PyType, _ arguments: Arguments) throws -> Value {
        var fill: Value = .none
        for (name, value) in arguments.keywords {
            guard name == "fillvalue" else {
                throw PyException(BuiltinTypes.typeError, "zip_longest() got an unexpected keyword argument")
            }
            fill = value
        }
        var iterators: [PyObject?] = try arguments.positional.map { try iteratorObject(interpreter, $0) }
        var active = iterators.count
        var items: [Value] = []
        var recycled = TupleRecycler()
        return .object(PyNativeIterator(type: cls) { interpreter in
            guard active > 0 else { return nil }
            // The items are gathered first (an iterator may raise or end them all), then
            // copied into a reused tuple.
            items.removeAll(keepingCapacity: true)
            for index in iterators.indices {
                if let iterator = iterators[index], let item = try interpreter.next(iterator) {
                    items.append(item)
                    continue
                }
                if iterators[index] != nil {
                    iterators[index] = nil
                    active -= 1
                    if active == 0 { return nil }
                }
                items.append(fill)
            }
            return recycled.tuple(count: items.count) { items[$0] }
        })
    }

    static let isliceStopMessage = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
    static let isliceIndexMessage = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."

    static func islice(_ interpreter: Interpreter, _ cls: PyType, _ arguments: Arguments) throws -> Value {
        try rejectKeywords(arguments, "islice")
        let positional = arguments.positional
        guard positional.count >= 2 else {
            throw PyException(BuiltinTypes.typeError, "islice expected at least 2 arguments, got \(positional.count)")
        }
        guard positional.count <= 4 else {
            throw PyException(BuiltinTypes.typeError, "islice expected at most 4 arguments, got \(positional.count)")
        }
        // CPython's order and messages: stop first (-1 and non-ints get the "Stop argument"
        // message), then start, then step; the source is made an iterator last.
        func index(_ value: Value) -> Int? { (try? interpreter.indexValue(value)) ?? nil }
        let stopValue = positional.count == 2 ? positional[1] : positional[2]
        var stop: Int?
        if !stopValue.isNone {
            guard let given = index(stopValue), given != -1 else { throw PyException(BuiltinTypes.valueError, isliceStopMessage) }
            stop = given
        }
        var start = 0
        if positional.count > 2 && !positional[1].isNone { start = index(positional[1]) ?? -1 }
        if start < 0 || (stop ?? 0) < -1 { throw PyException(BuiltinTypes.valueError, isliceIndexMessage) }
        var step = 1
        if positional.count == 4 && !positional[3].isNone { step = index(positional[3]) ?? -1 }
        if step < 1 { throw PyException(BuiltinTypes.valueError, "Step for islice() must be a positive integer or None.") }
        let iterator = try iteratorObject(interpreter, positional[0])
        // CPython's algorithm, so the source is left exactly where CPython leaves it: skipped
        // items are consumed before each yield, and nothing past `stop` is read.
        var nextIndex = start
        var consumed = 0
        var exhausted = false
        return .object(PyNativeIterator(type: cls) { interpreter in
            guard !exhausted else { return nil }
            while consumed < nextIndex {
                guard try interpreter.next(iterator) != nil else { exhausted = true; return nil }
                consumed += 1
            }
            if let stop, consumed >= stop { exhausted = true; return nil }
            guard let item = try interpreter.next(iterator) else { exhausted = true; return nil }
            consumed += 1
            let (advanced, overflow) = nextIndex.addingReportingOverflow(step)
            nextIndex = overflow ? (stop ?? Int.max) : advanced
            if let stop, nextIndex > stop { nextIndex = stop }
            return item
        })
    }
}
