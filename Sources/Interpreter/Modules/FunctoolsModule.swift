/// `_functools`: `partial` and the cache behind `lru_cache`, native as CPython's are, so that a
/// call through them costs about what a direct call costs. `Python/functools.py` builds the
/// public API (`lru_cache`, `cache`, `wraps`...) on them.
enum FunctoolsModule {
    static func make(_ interpreter: Interpreter) -> PyModule {
        interpreter.makeModule("_functools") { ns in
            ns["partial"] = .object(partialType)
            ns["cmp_to_key"] = .object(PyBuiltinFunction("cmp_to_key", "mycmp", doc: "Convert a cmp= function into a key= function.") { _, values in
                .object(PyComparisonKey(comparison: values[0], object: nil))
            })
            ns["_lru_cache_wrapper"] = .object(PyBuiltinFunction("_lru_cache_wrapper", "user_function, maxsize, typed, cache_info_type, /",
                                                                  doc: nil, makeCacheWrapper))
        }
    }

    // MARK: partial

    static let partialType: PyType = {
        let type = PyType(builtin: "partial", base: BuiltinTypes.object, module: "functools") { type in
            type.method("__call__", "self, /, *args, **kwargs") { interpreter, values in
                guard let partial = values[0].asObject as? PyPartial else { return .none }
                var keywords: [(name: String, value: Value)] = []
                for (key, value) in (values[2].asObject as? PyDict)?.storage ?? DictStorage() {
                    keywords.append((key.value.stringValue ?? "", value))
                }
                return try partial.invoke(interpreter, Arguments((values[1].asObject as? PyTuple)?.items ?? [], keywords: keywords))
            }
            type.property("func", doc: "function object to use in future partial calls") { _, value in
                (value.asObject as? PyPartial)?.function ?? .none
            }
            type.property("args", doc: "tuple of arguments to future partial calls") { _, value in
                .object(PyTuple((value.asObject as? PyPartial)?.arguments ?? []))
            }
            type.property("keywords", doc: "dictionary of keyword arguments to future partial calls") { _, value in
                (value.asObject as? PyPartial).map { .object($0.keywords) } ?? .none
            }
            type.method("__repr__", "self, /") { interpreter, values in
                guard let partial = values[0].asObject as? PyPartial else { return .none }
                return .str(try partial.repr(interpreter))
            }
        }
        type.doc = "partial(func, *args, **keywords) - new function with partial application\n    of the given arguments and keywords.\n"
        type.nativeNew = newPartial
        return type
    }()

    /// `partial(func, /, *args, **keywords)`. A partial of a plain partial is flattened into one,
    /// as in CPython.
    static func newPartial(_ interpreter: Interpreter, _ cls: PyType, _ arguments: Arguments) throws -> Value {
        guard let first = arguments.positional.first else {
            throw PyException(BuiltinTypes.typeError, "type 'partial' takes at least one argument")
        }
        let callable: Bool
        if case .object(let o) = first {
            callable = o is PyFunction || o is PyBuiltinFunction || o is PyBoundMethod || o is PyType || o.type.lookup("__call__") != nil
        } else {
            callable = false
        }
        guard callable else { throw PyException(BuiltinTypes.typeError, "the first argument must be callable") }
        var function = first
        var positional = Array(arguments.positional.dropFirst())
        let keywords = PyDict()
        if case .object(let o) = first, let inner = o as? PyPartial, inner.type === partialType, inner.attributes.isEmpty {
            function = inner.function
            positional = inner.arguments + positional
            keywords.storage = inner.keywords.storage
        }
        for (name, value) in arguments.keywords { keywords.storage[HashKey(.str(name))] = value }
        return .object(PyPartial(type: cls, function: function, arguments: positional, keywords: keywords))
    }

    // MARK: cmp_to_key

    /// `functools.KeyWrapper`: what `cmp_to_key(f)` returns (called with an object, it makes
    /// the key of that object), and the keys, which compare by calling `f`.
    static let keyWrapperType: PyType = PyType(builtin: "KeyWrapper", base: BuiltinTypes.object, subclassable: false,
                                               module: "functools") { type in
        let comparisons: [(String, ComparisonOperation)] = [("__lt__", .less), ("__le__", .lessEqual), ("__eq__", .equal),
                                                            ("__ne__", .notEqual), ("__gt__", .greater), ("__ge__", .greaterEqual)]
        for (name, comparison) in comparisons {
            type.method(name, "self, value, /") { interpreter, values in
                guard let key = values[0].asObject as? PyComparisonKey, let other = values[1].asObject as? PyComparisonKey else {
                    throw PyException(BuiltinTypes.typeError, "other argument must be K instance")
                }
                return try key.compare(interpreter, other, comparison)
            }
        }
        type.method("__call__", "self, obj, /") { interpreter, values in
            guard let key = values[0].asObject as? PyComparisonKey else { return .none }
            return try key.invokeOne(interpreter, values[1])
        }
        type.property("obj", doc: "Value wrapped by a key function.") { _, value in
            guard let key = value.asObject as? PyComparisonKey, let object = key.object else {
                throw PyException(BuiltinTypes.attributeError, "obj")
            }
            return object
        }
        type.define("__hash__", .none)
    }

    // MARK: lru_cache

    /// The function `lru_cache` returns: a native function (so it binds as a method and the VM
    /// calls it in place) that looks its arguments up in a `CallCache` before calling the
    /// user's function. It takes attributes, which `update_wrapper` sets.
    static func makeCacheWrapper(_ interpreter: Interpreter, _ values: [Value]) throws -> Value {
        let user = values[0]
        let maxsize: Int? = values[1].isNone ? nil : max(0, try interpreter.intArgument(values[1]))
        let cache = CallCache(function: user, maxsize: maxsize, typed: try interpreter.isTruthy(values[2]))
        let infoType = values[3]
        let name = (try? interpreter.getAttribute(user, "__name__"))?.stringValue ?? "wrapper"
        let qualifiedName = (try? interpreter.getAttribute(user, "__qualname__"))?.stringValue ?? name
        let wrapper = PyBuiltinFunction(name: name, qualifiedName: qualifiedName) { interpreter, arguments in
            try cache.call(interpreter, arguments)
        }
        wrapper.setDirect(0...16) { interpreter, arguments, count in
            try cache.call(interpreter, positional: UnsafeMutableBufferPointer(start: arguments, count: count))
        }
        wrapper.allowsAttributes = true
        wrapper.attributes["cache_info"] = .object(PyBuiltinFunction(name: "cache_info", qualifiedName: "\(qualifiedName).cache_info",
                                                                     doc: "Report cache statistics") { interpreter, _ in
            let size: Value = cache.maxsize.map { Value.int($0) } ?? .none
            let type = try interpreter.call(infoType, Arguments([]))
            return try interpreter.call(type, Arguments([.int(cache.hits), .int(cache.misses), size, .int(cache.count)]))
        })
        wrapper.attributes["cache_clear"] = .object(PyBuiltinFunction(name: "cache_clear", qualifiedName: "\(qualifiedName).cache_clear",
                                                                      doc: "Clear the cache and cache statistics") { _, _ in
            cache.clear()
            return .none
        })
        return .object(wrapper)
    }
}

/// An object of a native class that is called like a function (`functools.partial`,
/// `operator.itemgetter`): `Interpreter.call` runs `invoke` directly instead of looking up and
/// calling `__call__` with a packed argument list. Instances of Python subclasses go the
/// general way, so a subclass's own `__call__` wins.
class PyNativeCallable: PyObject {
    func invoke(_ interpreter: Interpreter, _ arguments: Arguments) throws -> Value { .none }

    /// A call with one positional argument (a property's getter); subclasses may answer it
    /// without building `Arguments`.
    func invokeOne(_ interpreter: Interpreter, _ argument: Value) throws -> Value {
        try invoke(interpreter, Arguments([argument]))
    }

    /// Whether the VM should call this object by entering a Python function in its loop
    /// (`functools.partial` of one) rather than through `invoke`.
    var entersPythonFunction: Bool { false }
}

/// A `functools.KeyWrapper`: the comparison function and, for a key, the object it wraps.
/// `sorted()` compares keys that share a comparison function by calling it directly.
final class PyComparisonKey: PyNativeCallable {
    let comparison: Value
    let object: Value?

    init(comparison: Value, object: Value?) {
        self.comparison = comparison
        self.object = object
        super.init(type: FunctoolsModule.keyWrapperType)
    }

    override var acceptsAttributes: Bool { false }

    override func invoke(_ interpreter: Interpreter, _ arguments: Arguments) throws -> Value {
        guard arguments.positional.count == 1, arguments.keywords.isEmpty else {
            throw PyException(BuiltinTypes.typeError, "K() takes exactly 1 positional argument (\(arguments.positional.count) given)")
        }
        return .object(PyComparisonKey(comparison: comparison, object: arguments.positional[0]))
    }

    override func invokeOne(_ interpreter: Interpreter, _ argument: Value) throws -> Value {
        .object(PyComparisonKey(comparison: comparison, object: argument))
    }

    /// The comparison function of `keys` when they are all keys made by the same
    /// `cmp_to_key(f)` call's function (nil otherwise).
    static func sharedComparison(_ keys: [Value]) -> Value? {
        guard let first = keys.first?.asObject as? PyComparisonKey, first.object != nil else { return nil }
        for key in keys {
            guard let k = key.asObject as? PyComparisonKey, k.object != nil, k.comparison.isIdentical(to: first.comparison) else { return nil }
        }
        return first.comparison
    }

    /// `self op other`: `comparison(self.obj, other.obj) op 0`.
    func compare(_ interpreter: Interpreter, _ other: PyComparisonKey, _ op: ComparisonOperation) throws -> Value {
        let result = try interpreter.call(comparison, Arguments([object ?? .none, other.object ?? .none]))
        if case .int(let r) = result { return .bool(op.compare(r, 0)) }
        return try interpreter.compareOperation(op, result, .int(0))
    }
}

/// A `functools.partial` object: a callable with some arguments already given.
final class PyPartial: PyNativeCallable {
    let function: Value
    let arguments: [Value]
    let keywords: PyDict

    init(type: PyType, function: Value, arguments: [Value], keywords: PyDict) {
        self.function = function
        self.arguments = arguments
        self.keywords = keywords
        super.init(type: type)
    }

    /// Calls the function with the stored arguments first, then `given`; given keywords win.
    override func invoke(_ interpreter: Interpreter, _ given: Arguments) throws -> Value {
        let (positional, merged) = mergedArguments(given.positional, given.keywords)
        return try interpreter.call(function, Arguments(positional, keywords: merged))
    }

    /// `partial(argument)`: a native function that takes its arguments in place (`partial(operator.add, 1)`)
    /// gets them in a temporary buffer, with no argument list.
    override func invokeOne(_ interpreter: Interpreter, _ argument: Value) throws -> Value {
        if keywords.storage.isEmpty, case .object(let f) = function, f.objectKind == .builtinFunction {
            let builtin = unsafeDowncast(f, to: PyBuiltinFunction.self)
            let count = arguments.count + 1
            if builtin.hasDirect(forCount: count) {
                return try withUnsafeTemporaryAllocation(of: Value.self, capacity: count) { buffer in
                    guard let base = buffer.baseAddress else { return .none }
                    for (i, value) in arguments.enumerated() { (base + i).initialize(to: value) }
                    (base + arguments.count).initialize(to: argument)
                    defer { base.deinitialize(count: count) }
                    return try builtin.direct(interpreter, base, count)
                }
            }
        }
        return try invoke(interpreter, Arguments([argument]))
    }

    /// The arguments `function` gets for the call `partial(*positional, **given)`.
    func mergedArguments(_ positional: [Value], _ given: [(name: String, value: Value)]) -> ([Value], [(name: String, value: Value)]) {
        let allPositional = arguments.isEmpty ? positional : arguments + positional
        if keywords.storage.isEmpty { return (allPositional, given) }
        // `{**self.keywords, **given}`: a given keyword replaces a stored one in its place.
        var merged: [(name: String, value: Value)] = []
        merged.reserveCapacity(keywords.storage.count + given.count)
        for (key, value) in keywords.storage {
            let name = key.value.stringValue ?? ""
            merged.append((name, given.last { $0.name == name }?.value ?? value))
        }
        for keyword in given where !merged.contains(where: { $0.name == keyword.name }) { merged.append(keyword) }
        return (allPositional, merged)
    }

    /// A partial of a Python function (or of a bound method of one) is called by entering that
    /// function in the dispatch loop, as a call of the function itself would be, instead of
    /// running it from Swift in a nested loop.
    override var entersPythonFunction: Bool {
        guard type === FunctoolsModule.partialType, case .object(let o) = function else { return false }
        if o.objectKind == .function { return true }
        if o.objectKind == .boundMethod, case .object(let f) = unsafeDowncast(o, to: PyBoundMethod.self).function {
            return f.objectKind == .function
        }
        return false
    }

    /// `functools.partial(<function f>, 1, x=2)`: a subclass shows its own name.
    func repr(_ interpreter: Interpreter) throws -> String {
        var parts = [try interpreter.repr(function)]
        for argument in arguments { parts.append(try interpreter.repr(argument)) }
        for (key, value) in keywords.storage { parts.append("\(try interpreter.str(key.value))=\(try interpreter.repr(value))") }
        let name = type === FunctoolsModule.partialType ? "functools.partial" : type.name
        return "\(name)(\(parts.joined(separator: ", ")))"
    }
}

/// The memo of an `lru_cache` function: keys made from the arguments as CPython's `_make_key`
/// makes them (one int or str argument is its own key), least recently used first out when
/// `maxsize` is reached. Entries sit in a doubly linked list threaded through arrays.
final class CallCache {
    let function: Value
    let maxsize: Int?
    let typed: Bool
    var hits = 0
    var misses = 0
    private var slots: [HashKey: Int] = [:]
    private var keys: [HashKey] = []
    private var values: [Value] = []
    private var older: [Int] = []
    private var newer: [Int] = []
    private var freeSlots: [Int] = []
    private var oldest = -1
    private var newest = -1
    /// The key tuple `probeTuple` refills, and whether a look-up is using it now.
    private var probe: PyTuple?
    private var probing = false

    init(function: Value, maxsize: Int?, typed: Bool) {
        self.function = function
        self.maxsize = maxsize
        self.typed = typed
    }

    var count: Int { slots.count }

    /// Keeps the tables' capacity: a cache cleared between runs (`cache_clear()` in a loop)
    /// fills to about the same size again.
    func clear() {
        slots.removeAll(keepingCapacity: true)
        keys.removeAll(keepingCapacity: true)
        values.removeAll(keepingCapacity: true)
        older.removeAll(keepingCapacity: true)
        newer.removeAll(keepingCapacity: true)
        freeSlots.removeAll(keepingCapacity: true)
        oldest = -1
        newest = -1
        hits = 0
        misses = 0
    }

    /// A positional call (from the VM, arguments in place). The user's function is called back
    /// with the arguments where they lie (no argument list is made for a miss).
    func call(_ interpreter: Interpreter, positional: UnsafeMutableBufferPointer<Value>) throws -> Value {
        if maxsize == 0 {
            misses += 1
            return try callFunction(interpreter, positional)
        }
        let key: HashKey
        var lookedUp = false
        if positional.count == 1 && !typed && CallCache.isOwnKey(positional[0]) {
            key = try interpreter.hashKey(positional[0])
        } else if !typed && !probing {
            // The key tuple of the last call is refilled when nothing else holds it (it was a
            // hit, so the table did not keep it): a hit makes no tuple. `probing` keeps a call
            // made from a `__hash__` or `__eq__` meanwhile off the tuple in use.
            probing = true
            defer { probing = false }
            let tuple = probeTuple(positional)
            key = try interpreter.hashKey(.object(tuple))
            if let hit = lookup(key) {
                // Hold no argument past the call, as CPython's temporary key does not.
                tuple.items.withUnsafeMutableBufferPointer { items in
                    for k in items.indices { items[k] = .none }
                }
                return hit
            }
            lookedUp = true
        } else {
            var items = Array(positional)
            if typed { items.append(contentsOf: positional.map { Value.object($0.type) }) }
            key = try interpreter.hashKey(.object(PyTuple(items)))
        }
        if !lookedUp, let hit = lookup(key) { return hit }
        misses += 1
        let result = try callFunction(interpreter, positional)
        store(key, result)
        return result
    }

    /// A tuple of the arguments: the last key tuple refilled when only this cache holds it,
    /// else a new one (kept for the next call).
    private func probeTuple(_ positional: UnsafeMutableBufferPointer<Value>) -> PyTuple {
        if isKnownUniquelyReferenced(&probe), let tuple = probe, tuple.items.count == positional.count {
            tuple.items.withUnsafeMutableBufferPointer { items in
                for k in items.indices { items[k] = positional[k] }
            }
            return tuple
        }
        let tuple = PyTuple(Array(positional))
        probe = tuple
        return tuple
    }

    private func callFunction(_ interpreter: Interpreter, _ positional: UnsafeMutableBufferPointer<Value>) throws -> Value {
        guard let first = positional.baseAddress else { return try interpreter.call(function, Arguments([])) }
        return try interpreter.callBack(function, arguments: first, count: positional.count)
    }

    /// Any call: keywords join the key after a marker, as in CPython.
    func call(_ interpreter: Interpreter, _ arguments: Arguments) throws -> Value {
        if arguments.keywords.isEmpty {
            var positional = arguments.positional
            return try positional.withUnsafeMutableBufferPointer { try call(interpreter, positional: $0) }
        }
        if maxsize == 0 {
            misses += 1
            return try interpreter.call(function, arguments)
        }
        var items = arguments.positional
        items.append(.object(CallCache.keywordMark))
        for (name, value) in arguments.keywords {
            items.append(.str(name))
            items.append(value)
        }
        if typed {
            items.append(contentsOf: arguments.positional.map { Value.object($0.type) })
            items.append(contentsOf: arguments.keywords.map { Value.object($0.value.type) })
        }
        let key = try interpreter.hashKey(.object(PyTuple(items)))
        if let hit = lookup(key) { return hit }
        misses += 1
        let result = try interpreter.call(function, arguments)
        store(key, result)
        return result
    }

    /// Separates positional from keyword arguments in a key.
    static let keywordMark = PyInstance(type: BuiltinTypes.object)

    /// CPython keys a lone argument of exactly int or str by itself.
    static func isOwnKey(_ value: Value) -> Bool {
        switch value {
        case .int: return true
        case .object(let o): return o.type === BuiltinTypes.str
        default: return false
        }
    }

    private func lookup(_ key: HashKey) -> Value? {
        guard let slot = slots[key] else { return nil }
        hits += 1
        if maxsize != nil { moveToNewest(slot) }
        return values[slot]
    }

    private func store(_ key: HashKey, _ value: Value) {
        // A recursive call may have stored the key meanwhile: keep that entry.
        guard slots[key] == nil else { return }
        if let maxsize, slots.count >= maxsize, oldest >= 0 {
            let evicted = oldest
            unlink(evicted)
            slots[keys[evicted]] = nil
            values[evicted] = .none
            freeSlots.append(evicted)
        }
        let slot: Int
        if let free = freeSlots.popLast() {
            slot = free
            keys[slot] = key
            values[slot] = value
        } else {
            slot = keys.count
            keys.append(key)
            values.append(value)
            older.append(-1)
            newer.append(-1)
        }
        slots[key] = slot
        if maxsize != nil { linkAsNewest(slot) }
    }

    private func unlink(_ slot: Int) {
        let before = older[slot], after = newer[slot]
        if before >= 0 { newer[before] = after } else { oldest = after }
        if after >= 0 { older[after] = before } else { newest = before }
        older[slot] = -1
        newer[slot] = -1
    }

    private func linkAsNewest(_ slot: Int) {
        older[slot] = newest
        newer[slot] = -1
        if newest >= 0 { newer[newest] = slot } else { oldest = slot }
        newest = slot
    }

    private func moveToNewest(_ slot: Int) {
        guard slot != newest else { return }
        unlink(slot)
        linkAsNewest(slot)
    }
}
