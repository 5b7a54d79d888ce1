/// `_operator`: `itemgetter`, `attrgetter` and `methodcaller` as native callables, as in CPython,
/// since they sit in sort keys and maps where a Python-level call per item costs most of the
/// work. `Python/operator.py` re-exports them.
enum OperatorModule {
    static func make(_ interpreter: Interpreter) -> PyModule {
        interpreter.makeModule("_operator") { ns in
            ns["itemgetter"] = .object(itemgetterType)
            ns["attrgetter"] = .object(attrgetterType)
            ns["methodcaller"] = .object(methodcallerType)
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
        getter.paths = paths
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
    var paths: [[String]] = []
    /// methodcaller: the keyword arguments for the method.
    var keywords: [(name: String, value: Value)] = []

    init(type: PyType, kind: Kind, operands: [Value]) {
        self.kind = kind
        self.operands = operands
        super.init(type: type)
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
            if paths.count == 1 { return try attribute(object, paths[0], interpreter) }
            return .object(PyTuple(try paths.map { try attribute(object, $0, interpreter) }))
        case .method:
            guard let method = operands[0].stringValue else { return .none }
            let function = try interpreter.getAttribute(object, method)
            return try interpreter.call(function, Arguments(Array(operands.dropFirst()), keywords: keywords))
        }
    }

    override func invokeOne(_ interpreter: Interpreter, _ argument: Value) throws -> Value {
        if kind == .item && operands.count == 1 { return try interpreter.getItem(argument, operands[0]) }
        if kind == .attribute && paths.count == 1 { return try attribute(argument, paths[0], interpreter) }
        return try invoke(interpreter, Arguments([argument]))
    }

    private func attribute(_ object: Value, _ path: [String], _ interpreter: Interpreter) throws -> Value {
        var value = object
        for name in path { value = try interpreter.getAttribute(value, name) }
        return value
    }

    /// `operator.itemgetter(1, 'a')`, `operator.methodcaller('f', 1, x=2)`.
    func repr(_ interpreter: Interpreter) throws -> String {
        var parts = try operands.map { try interpreter.repr($0) }
        for (key, value) in keywords { parts.append("\(key)=\(try interpreter.repr(value))") }
        return "operator.\(name)(\(parts.joined(separator: ", ")))"
    }
}
