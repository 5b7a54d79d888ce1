/// `object`: the defaults every class inherits.
enum ObjectMethods {
    static func install(_ type: PyType) {
        type.nativeNew = nil
        type.method("__init__", "self, *args, **kwargs") { interpreter, a in
            let extra = (a[1].asObject as? PyTuple)?.items.count ?? 0
            let keywords = (a[2].asObject as? PyDict)?.storage.count ?? 0
            if extra + keywords > 0 && a[0].type.nativeNew == nil && a[0].type.lookup("__new__").map({ interpreter.isObjectDefault($0, "__new__") }) ?? true {
                throw PyException(BuiltinTypes.typeError, "object.__init__() takes exactly one argument (the instance to initialize)")
            }
            return .none
        }
        type.method("__new__", "cls, *args, **kwargs") { interpreter, a in
            guard case .object(let o) = a[0], let cls = o as? PyType else {
                throw PyException(BuiltinTypes.typeError, "object.__new__(X): X is not a type object (\(a[0].typeName))")
            }
            if let native = cls.nativeNew {
                let positional = (a[1].asObject as? PyTuple)?.items ?? []
                return try native(interpreter, cls, Arguments(positional))
            }
            return .object(PyInstance(type: cls))
        }
        type.method("__repr__", "self") { interpreter, a in
            guard case .object(let o) = a[0] else { return .str(try interpreter.repr(a[0])) }
            let module = o.type.moduleName == "builtins" ? "" : o.type.moduleName + "."
            return .str("<\(module)\(o.type.qualifiedName) object at \(interpreter.address(o))>")
        }
        type.method("__str__", "self") { interpreter, a in .str(try interpreter.repr(a[0])) }
        type.method("__format__", "self, spec") { interpreter, a in
            guard let spec = a[1].stringValue, spec.isEmpty else {
                throw PyException(BuiltinTypes.typeError, "unsupported format string passed to \(a[0].typeName).__format__")
            }
            return .str(try interpreter.str(a[0]))
        }
        type.method("__eq__", "self, other") { _, a in
            a[0].isIdentical(to: a[1]) ? .bool(true) : .object(Singletons.notImplemented)
        }
        type.method("__ne__", "self, other") { interpreter, a in
            let result = try interpreter.compareOperation(0, a[0], a[1])
            return .bool(!(try interpreter.isTruthy(result)))
        }
        type.method("__hash__", "self") { _, a in .int(HashKey(a[0]).hashValue) }
        type.method("__setattr__", "self, name, value") { interpreter, a in
            guard case .object(let o) = a[0] else {
                throw PyException(BuiltinTypes.attributeError, "'\(a[0].typeName)' object has no attribute '\(a[1].stringValue ?? "")'")
            }
            try interpreter.genericSetAttribute(o, try interpreter.stringArgument(a[1]), a[2])
            return .none
        }
        type.method("__getattribute__", "self, name") { interpreter, a in
            try interpreter.getAttribute(a[0], try interpreter.stringArgument(a[1]))
        }
        type.method("__delattr__", "self, name") { interpreter, a in
            try interpreter.deleteAttribute(a[0], try interpreter.stringArgument(a[1]))
            return .none
        }
        type.method("__dir__", "self") { interpreter, a in
            .object(PyList(interpreter.directory(a[0]).map { .str($0) }))
        }
        type.method("__init_subclass__", "cls") { _, _ in .none }
        type.define("__doc__", .str("The base class of the class hierarchy."))
    }
}

extension Interpreter {
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
