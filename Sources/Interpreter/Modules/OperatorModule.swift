/// `_operator`: `itemgetter`, `attrgetter` and `methodcaller` as native callables, as in CPython
/// (the operator functions themselves are in OperatorFunctions.swift),
/// since they sit in sort keys and maps where a Python-level call per item costs most of the
/// work. `Python/operator.py` re-exports them.
enum OperatorModule {
    static func make(_ interpreter: Interpreter) -> PyModule {
        interpreter.makeModule("_operator") { ns in
            ns["itemgetter"] = .object(itemgetterType)
            ns["attrgetter"] = .object(attrgetterType)
            ns["methodcaller"] = .object(methodcallerType)
            OperatorFunctions.install(ns)
        }
    }

    /// A native class of module `operator` whose instances are `PyNativeCallable`s: `__call__`
    /// and `__repr__` forward to the object.
    static func callableClass(_ name: String, doc: String, _ new: @escaping (Interpreter, PyType, Arguments) throws -> Value) -> PyType {
        let type = PyType(builtin: name, base: BuiltinTypes.object, module: "operator") { type in
            type.method("__call__", "self, /, *args, **kwargs") { interpreter, values in
                guard let callable = values[0].asObject as? PyNativeCallable else { return .none }
                var keywords: [(name: String, value: Value)] = []
                for (key, value) in (values[2].asObject as? PyDict)?.storage ?? DictStorage() {
                    keywords.append((key.value.stringValue ?? "", value))
                }
                return try callable.invoke(interpreter, Arguments((values[1].asObject as? PyTuple)?.items ?? [], keywords: keywords))
            }
            type.method("__repr__", "self, /") { interpreter, values in
                guard let getter = values[0].asObject as? OperatorCallable else { return .none }
                return .str(try getter.repr(interpreter))
            }
        }
        type.doc = doc
        type.nativeNew = new
        return type
    }

    static let itemgetterType = callableClass("itemgetter", doc: "Return a callable object that fetches the given item(s) from its operand.") { _, cls, arguments in
        try noKeywords(arguments, "itemgetter")
        guard !arguments.positional.isEmpty else { throw PyException(BuiltinTypes.typeError, "itemgetter expected 1 argument, got 0") }
        return .object(OperatorCallable(type: cls, kind: .item, operands: arguments.positional))
    }

    static let attrgetterType = callableClass("attrgetter", doc: "Return a callable object that fetches the given attribute(s) from its operand.") { _, cls, arguments in
        try noKeywords(arguments, "attrgetter")
        guard !arguments.positional.isEmpty else { throw PyException(BuiltinTypes.typeError, "attrgetter expected 1 argument, got 0") }
        var paths: [[String]] = []
        for operand in arguments.positional {
            guard let name = operand.stringValue else { throw PyException(BuiltinTypes.typeError, "attribute name must be a string") }
            paths.append(name.split(separator: ".", omittingEmptySubsequences: false).map(String.init))
        }
        let getter = OperatorCallable(type: cls, kind: .attribute, operands: arguments.positional)
        getter.setPaths(paths)
        return .object(getter)
    }

    static let methodcallerType = callableClass("methodcaller", doc: "Return a callable object that calls the given method on its operand.") { _, cls, arguments in
        guard let first = arguments.positional.first else {
            throw PyException(BuiltinTypes.typeError, "methodcaller needs at least one argument, the method name")
        }
        guard first.stringValue != nil else { throw PyException(BuiltinTypes.typeError, "method name must be a string") }
        let caller = OperatorCallable(type: cls, kind: .method, operands: arguments.positional)
        caller.keywords = arguments.keywords
        return .object(caller)
    }

    static func noKeywords(_ arguments: Arguments, _ name: String) throws {
        if !arguments.keywords.isEmpty { throw PyException(BuiltinTypes.typeError, "\(name)() takes no keyword arguments") }
    }
}

/// An `itemgetter`, `attrgetter` or `methodcaller` object.
final class OperatorCallable: PyNativeCallable {
    enum Kind { case item, attribute, method }
    let kind: Kind
    /// The items, attribute names, or the method name followed by its positional arguments.
    let operands: [Value]
    /// attrgetter: each name split at its dots.
    private(set) var paths: [[String]] = []
    /// attrgetter: one inline attribute cache per name of every path, as a `loadAttr`
    /// instruction has (the getter sits in sort keys and maps, called on objects of one class).
    private var caches: UnsafeMutablePointer<AttributeCache>?
    /// attrgetter: where path `i`'s caches start.
    private var cacheStarts: [Int] = []
    /// methodcaller: the keyword arguments for the method.
    var keywords: [(name: String, value: Value)] = []
    /// methodcaller: the inline cache a `loadMethod` instruction would have for the method's
    /// name, so that calling it finds the method as the VM does, without a bound method.
    private var methodCache: UnsafeMutablePointer<AttributeCache>?

    init(type: PyType, kind: Kind, operands: [Value]) {
        self.kind = kind
        self.operands = operands
        super.init(type: type)
        if kind == .method, let name = operands.first?.stringValue {
            let cache = UnsafeMutablePointer<AttributeCache>.allocate(capacity: 1)
            cache.initialize(to: AttributeCache(name: name))
            methodCache = cache
        }
    }

    deinit {
        if let methodCache {
            methodCache.deinitialize(count: 1)
            methodCache.deallocate()
        }
        if let caches {
            caches.deinitialize(count: cacheStarts.last.map { $0 + (paths.last?.count ?? 0) } ?? 0)
            caches.deallocate()
        }
    }

    func setPaths(_ newPaths: [[String]]) {
        guard caches == nil else { return }
        paths = newPaths
        let names = newPaths.flatMap { $0 }
        let storage = UnsafeMutablePointer<AttributeCache>.allocate(capacity: max(names.count, 1))
        for (i, name) in names.enumerated() { (storage + i).initialize(to: AttributeCache(name: name)) }
        caches = storage
        var start = 0
        for path in newPaths {
            cacheStarts.append(start)
            start += path.count
        }
    }

    override var acceptsAttributes: Bool { false }

    var name: String {
        switch kind {
        case .item: return "itemgetter"
        case .attribute: return "attrgetter"
        case .method: return "methodcaller"
        }
    }

    override func invoke(_ interpreter: Interpreter, _ arguments: Arguments) throws -> Value {
        if !arguments.keywords.isEmpty { throw PyException(BuiltinTypes.typeError, "\(name)() takes no keyword arguments") }
        guard arguments.positional.count == 1 else {
            throw PyException(BuiltinTypes.typeError, "\(name) expected 1 argument, got \(arguments.positional.count)")
        }
        let object = arguments.positional[0]
        switch kind {
        case .item:
            if operands.count == 1 { return try interpreter.getItem(object, operands[0]) }
            return .object(PyTuple(try operands.map { try interpreter.getItem(object, $0) }))
        case .attribute:
            if paths.count == 1 { return try attribute(object, path: 0, interpreter) }
            return .object(PyTuple(try paths.indices.map { try attribute(object, path: $0, interpreter) }))
        case .method:
            return try callMethod(object, interpreter)
        }
    }

    /// methodcaller: `object.name(*arguments, **keywords)`. Without keywords the method is
    /// found through the inline cache and called with the receiver and the arguments laid out
    /// in one buffer, as the VM's `loadMethod` and `callMethod` instructions do.
    private func callMethod(_ object: Value, _ interpreter: Interpreter) throws -> Value {
        guard let cache = methodCache, keywords.isEmpty else {
            guard let method = operands[0].stringValue else { return .none }
            let function = try interpreter.getAttribute(object, method)
            return try interpreter.call(function, Arguments(Array(operands.dropFirst()), keywords: keywords))
        }
        var method: Value = .unset, receiver: Value = object
        var found = false
        if case .object(let o) = object {
            switch Interpreter.cachedMethod(Unmanaged.passUnretained(o), cache) {
            case .method(let m): method = m; found = true
            case .attribute(let value): receiver = value; found = true
            case .miss: break
            }
        }
        if !found { (method, receiver) = try interpreter.loadMethodMissed(object, cache) }
        let argumentCount = operands.count - 1
        if case .unset = method {
            // An attribute that is not a method (a callable stored on the instance).
            return try operands.withUnsafeBufferPointer { given in
                try withUnsafeTemporaryAllocation(of: Value.self, capacity: Swift.max(argumentCount, 1)) { buffer in
                    let values = buffer.baseAddress.unsafelyUnwrapped
                    values.initialize(from: given.baseAddress.unsafelyUnwrapped + 1, count: argumentCount)
                    defer { values.deinitialize(count: argumentCount) }
                    return try interpreter.callBack(receiver, arguments: values, count: argumentCount)
                }
            }
        }
        if argumentCount == 0 { return try interpreter.callBack(method, receiver) }
        return try operands.withUnsafeBufferPointer { given in
            try withUnsafeTemporaryAllocation(of: Value.self, capacity: argumentCount + 1) { buffer in
                let values = buffer.baseAddress.unsafelyUnwrapped
                values.initialize(to: receiver)
                (values + 1).initialize(from: given.baseAddress.unsafelyUnwrapped + 1, count: argumentCount)
                defer { values.deinitialize(count: argumentCount + 1) }
                return try interpreter.callBack(method, arguments: values, count: argumentCount + 1)
            }
        }
    }

    override func invokeOne(_ interpreter: Interpreter, _ argument: Value) throws -> Value {
        if kind == .item && operands.count == 1 {
            // A list, tuple or dict item as the subscript instruction's fast path reads it.
            if case .object(let o) = argument {
                var index = operands[0]
                if let value = try withUnsafeMutablePointer(to: &index, { try Interpreter.fastGetItem(Unmanaged.passUnretained(o), $0) }) {
                    return value
                }
            }
            return try interpreter.getItem(argument, operands[0])
        }
        if kind == .attribute && paths.count == 1 { return try attribute(argument, path: 0, interpreter) }
        if kind == .method { return try callMethod(argument, interpreter) }
        return try invoke(interpreter, Arguments([argument]))
    }

    /// `object.a.b` for path `index`, each step through its inline cache as the VM's
    /// `loadAttr` takes it.
    private func attribute(_ object: Value, path index: Int, _ interpreter: Interpreter) throws -> Value {
        let path = paths[index]
        guard let caches else {
            var value = object
            for name in path { value = try interpreter.getAttribute(value, name) }
            return value
        }
        var value = object
        let start = caches + cacheStarts[index]
        for step in path.indices {
            let cache = start + step
            if case .object(let o) = value, let found = Interpreter.cachedLoad(Unmanaged.passUnretained(o), cache) {
                value = found
            } else {
                value = try interpreter.loadAttributeMissed(value, cache)
            }
        }
        return value
    }

    /// `operator.itemgetter(1, 'a')`, `operator.methodcaller('f', 1, x=2)`.
    func repr(_ interpreter: Interpreter) throws -> String {
        var parts = try operands.map { try interpreter.repr($0) }
        for (key, value) in keywords { parts.append("\(key)=\(try interpreter.repr(value))") }
        return "operator.\(name)(\(parts.joined(separator: ", ")))"
    }
}
