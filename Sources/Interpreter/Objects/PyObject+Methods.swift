/// `object`: the defaults every class inherits, registered through `table`.
enum ObjectMethods {
    static func install(_ type: PyType) {
        type.nativeNew = nil
        type.install(table)
        type.define("__doc__", .str("The base class of the class hierarchy."))
    }

    static let table: [NativeMethod] = [
        NativeMethod("__init__", "self, *args, **kwargs", initialize),
        NativeMethod("__new__", "cls, *args, **kwargs", new),
        NativeMethod("__repr__", "self", repr),
        NativeMethod("__str__", "self", str),
        NativeMethod("__format__", "self, spec", format),
        NativeMethod("__eq__", "self, other", equal),
        NativeMethod("__ne__", "self, other", notEqual),
        NativeMethod("__hash__", "self", hash),
        NativeMethod("__setattr__", "self, name, value", setAttribute),
        NativeMethod("__getattribute__", "self, name", getAttribute),
        NativeMethod("__delattr__", "self, name", deleteAttribute),
        NativeMethod("__dir__", "self", dir),
        NativeMethod("__init_subclass__", "cls", initSubclass),
    ]

    /// Extra arguments are an error only when no `__new__` of the class would have taken them.
    static func initialize(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let extra = args.varArgs("args").count
        let keywords = args.varKeywords("kwargs").storage.count
        let receiver = args.receiver
        if extra + keywords > 0 && receiver.type.nativeNew == nil
            && receiver.type.lookup("__new__").map({ interpreter.isObjectDefault($0, "__new__") }) ?? true {
            throw PyException(BuiltinTypes.typeError, "object.__init__() takes exactly one argument (the instance to initialize)")
        }
        return .none
    }

    static func new(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        guard case .object(let o) = args.receiver, let cls = o as? PyType else {
            throw PyException(BuiltinTypes.typeError, "object.__new__(X): X is not a type object (\(args.receiver.typeName))")
        }
        if let native = cls.nativeNew {
            return try native(interpreter, cls, Arguments(args.varArgs("args")))
        }
        try interpreter.checkNotAbstract(cls)
        return .object(PyInstance(type: cls))
    }

    static func repr(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        guard case .object(let o) = args.receiver else { return .str(try interpreter.repr(args.receiver)) }
        let module = o.type.moduleName == "builtins" ? "" : o.type.moduleName + "."
        return .str("<\(module)\(o.type.qualifiedName) object at \(interpreter.address(o))>")
    }

    static func str(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .str(try interpreter.repr(args.receiver))
    }

    static func format(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        guard let spec = args["spec"].stringValue, spec.isEmpty else {
            throw PyException(BuiltinTypes.typeError, "unsupported format string passed to \(args.receiver.typeName).__format__")
        }
        return .str(try interpreter.str(args.receiver))
    }

    static func equal(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        args.receiver.isIdentical(to: args["other"]) ? .bool(true) : .object(Singletons.notImplemented)
    }

    static func notEqual(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let result = try interpreter.compareOperation(.equal, args.receiver, args["other"])
        return .bool(!(try interpreter.isTruthy(result)))
    }

    static func hash(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .int(HashKey(args.receiver).pythonHash)
    }

    static func setAttribute(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        guard case .object(let o) = args.receiver else {
            throw PyException(BuiltinTypes.attributeError, "'\(args.receiver.typeName)' object has no attribute '\(args["name"].stringValue ?? "")'")
        }
        try interpreter.genericSetAttribute(o, try interpreter.stringArgument(args["name"]), args["value"])
        return .none
    }

    static func getAttribute(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        try interpreter.getAttribute(args.receiver, try interpreter.stringArgument(args["name"]))
    }

    static func deleteAttribute(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        try interpreter.deleteAttribute(args.receiver, try interpreter.stringArgument(args["name"]))
        return .none
    }

    static func dir(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .object(PyList(interpreter.directory(args.receiver).map { .str($0) }))
    }

    static func initSubclass(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .none
    }
}

extension Interpreter {
    /// The `__dir__` that `dir(x)` must call instead of the default listing: a module's own
    /// `__dir__` function, or one a class (not `object`) defines. Nil for the default.
    func customDirectory(_ value: Value) throws -> Value? {
        guard case .object(let o) = value else { return nil }
        if let module = o as? PyModule { return module.namespace["__dir__"] }
        if o is PyType { return nil }
        guard let method = value.type.lookup("__dir__"), !isObjectDefault(method, "__dir__") else { return nil }
        return try specialMethod(value, "__dir__")
    }

    /// `dir(x)`: instance attributes and everything along the class's MRO, sorted.
    func directory(_ value: Value) -> [String] {
        var names = Set<String>()
        if case .object(let o) = value {
            names.formUnion(o.attributes.keys)
            if let type = o as? PyType {
                for t in type.mro { names.formUnion(t.ownDictionary.keys) }
                return names.sorted()
            }
            if let module = o as? PyModule { return module.namespace.boundNames.sorted() }
        }
        for t in value.type.mro { names.formUnion(t.ownDictionary.keys) }
        names.insert("__class__")
        return names.sorted()
    }
}
