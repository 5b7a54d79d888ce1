/// Functions, methods, modules, properties, static/class methods and `super`.
enum CallableTypes {
    static let moduleSignature = NativeSignature("name, doc=None")
    static let propertySignature = NativeSignature("fget=None, fset=None, fdel=None, doc=None")

    static func installFunction(_ type: PyType) {
        func function(_ v: Value) -> PyFunction? { v.asObject as? PyFunction }
        type.property("__name__", get: { _, v in .str(function(v)?.name ?? "") },
                      set: { i, v, new in function(v)?.name = try i.stringArgument(new) })
        type.property("__qualname__", get: { _, v in .str(function(v)?.qualifiedName ?? "") },
                      set: { i, v, new in function(v)?.qualifiedName = try i.stringArgument(new) })
        type.property("__module__") { _, v in function(v)?.globals["__name__"] ?? .none }
        type.property("__doc__", get: { _, v in function(v)?.attributes["__doc__"] ?? .none },
                      set: { _, v, new in function(v)?.attributes["__doc__"] = new })
        type.property("__defaults__") { _, v in
            guard let f = function(v), !f.defaults.isEmpty else { return .none }
            return .object(PyTuple(f.defaults))
        }
        type.property("__code__") { _, v in function(v).map { .object($0.code) } ?? .none }
        type.property("__globals__") { i, v in function(v).map { .object(i.globalsDictionary($0.globals)) } ?? .none }
        type.property("__kwdefaults__") { _, v in
            guard let f = function(v), !f.keywordDefaults.isEmpty else { return .none }
            // In the order the keyword-only parameters were declared.
            let dict = PyDict()
            let keywordOnly = f.code.localNames.dropFirst(f.code.argumentCount).prefix(f.code.keywordOnlyCount)
            for name in keywordOnly { if let value = f.keywordDefaults[name] { dict[name] = value } }
            return .object(dict)
        }
        // Created empty on first access, as CPython does, so it can be filled in.
        type.property("__annotations__", get: { _, v in
            guard let f = function(v) else { return .none }
            if let annotations = f.attributes["__annotations__"] { return annotations }
            let empty = Value.object(PyDict())
            f.attributes["__annotations__"] = empty
            return empty
        }, set: { _, v, new in function(v)?.attributes["__annotations__"] = new })
        type.property("__dict__") { _, v in
            let d = PyDict()
            for (key, value) in function(v)?.attributes ?? AttributeTable() { d[key] = value }
            return .object(d)
        }
        type.install([NativeMethod("__get__", "self, instance, owner=None", functionGet)])
    }

    static func installBuiltinFunction(_ type: PyType) {
        type.property("__name__") { _, v in .str((v.asObject as? PyBuiltinFunction)?.name ?? "") }
        type.property("__qualname__") { _, v in .str((v.asObject as? PyBuiltinFunction)?.qualifiedName ?? "") }
        type.property("__doc__") { _, v in (v.asObject as? PyBuiltinFunction)?.doc.map { .str($0) } ?? .none }
        // What inspect.signature parses for functions written in Swift: `(obj, /)`.
        type.property("__text_signature__") { _, v in (v.asObject as? PyBuiltinFunction)?.signatureText.map { .str($0) } ?? .none }
    }

    static func installMethod(_ type: PyType) {
        // `types.MethodType(function, instance)` binds a function to an object.
        type.nativeNew = { _, _, arguments in
            guard arguments.keywords.isEmpty else { throw PyException(BuiltinTypes.typeError, "method() takes no keyword arguments") }
            guard arguments.positional.count == 2 else {
                throw PyException(BuiltinTypes.typeError, "method expected 2 arguments, got \(arguments.positional.count)")
            }
            guard case .object(let f) = arguments[0],
                  f is PyFunction || f is PyBuiltinFunction || f is PyBoundMethod || f is PyType || f.type.lookup("__call__") != nil else {
                throw PyException(BuiltinTypes.typeError, "first argument must be callable")
            }
            guard !arguments[1].isNone else { throw PyException(BuiltinTypes.typeError, "instance must not be None") }
            return .object(PyBoundMethod(function: arguments[0], receiver: arguments[1]))
        }
        type.property("__self__") { _, v in (v.asObject as? PyBoundMethod)?.receiver ?? .none }
        type.property("__func__") { _, v in (v.asObject as? PyBoundMethod)?.function ?? .none }
        type.property("__name__") { i, v in
            guard let m = v.asObject as? PyBoundMethod else { return .none }
            return try i.getAttribute(m.function, "__name__")
        }
        type.property("__doc__") { i, v in
            guard let m = v.asObject as? PyBoundMethod else { return .none }
            return (try? i.getAttribute(m.function, "__doc__")) ?? .none
        }
    }

    static func installModule(_ type: PyType) {
        type.nativeNew = { interpreter, _, arguments in
            let values = try moduleSignature.bind(arguments, function: "module")
            let namespace = interpreter.makeNamespace(moduleName: try interpreter.stringArgument(values[0]))
            return .object(PyModule(name: try interpreter.stringArgument(values[0]), namespace: namespace))
        }
    }

    static func installProperty(_ type: PyType) {
        type.nativeNew = { _, _, arguments in
            let values = try propertySignature.bind(arguments, function: "property")
            return .object(PyProperty(getter: values[0], setter: values[1], deleter: values[2], doc: values[3]))
        }
        type.install(propertyTable)
        type.property("fget") { _, v in property(v).getter }
        type.property("fset") { _, v in property(v).setter }
        type.property("__doc__") { i, v in
            let p = property(v)
            if !p.doc.isNone { return p.doc }
            return (try? i.getAttribute(p.getter, "__doc__")) ?? .none
        }
    }

    static func installStaticMethod(_ type: PyType) {
        type.nativeNew = { _, _, arguments in
            guard arguments.positional.count == 1 else { throw PyException(BuiltinTypes.typeError, "staticmethod expected 1 argument") }
            return .object(PyMethodWrapper(.staticMethod, arguments[0]))
        }
        type.property("__func__") { _, v in (v.asObject as? PyMethodWrapper)?.function ?? .none }
    }

    static func installClassMethod(_ type: PyType) {
        type.nativeNew = { _, _, arguments in
            guard arguments.positional.count == 1 else { throw PyException(BuiltinTypes.typeError, "classmethod expected 1 argument") }
            return .object(PyMethodWrapper(.classMethod, arguments[0]))
        }
        type.property("__func__") { _, v in (v.asObject as? PyMethodWrapper)?.function ?? .none }
    }

    static func installSuper(_ type: PyType) {
        type.nativeNew = { interpreter, _, arguments in
            switch arguments.positional.count {
            case 0: return try interpreter.zeroArgumentSuper()
            case 2:
                guard let cls = arguments[0].asObject as? PyType else {
                    throw PyException(BuiltinTypes.typeError, "super() argument 1 must be a type, not \(arguments[0].typeName)")
                }
                return try interpreter.makeSuper(cls, arguments[1])
            default:
                throw PyException(BuiltinTypes.typeError, "super() takes 0 or 2 arguments")
            }
        }
    }

    /// A function looked up through an instance binds to it; through the class it stays plain.
    static func functionGet(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let instance = args["instance"]
        return instance.isNone ? args.receiver : .object(PyBoundMethod(function: args.receiver, receiver: instance))
    }

    static let propertyTable: [NativeMethod] = [
        NativeMethod("setter", "self, function, /", propertySetter),
        NativeMethod("getter", "self, function, /", propertyGetter),
        NativeMethod("deleter", "self, function, /", propertyDeleter),
        NativeMethod("__get__", "self, instance, owner=None", propertyGet),
    ]

    /// The receiver of a property method; anything else reads as an empty property.
    static func property(_ v: Value) -> PyProperty { (v.asObject as? PyProperty) ?? PyProperty(getter: .none) }

    static func propertySetter(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let p = property(args.receiver)
        let function = args["function"]
        let result = PyProperty(getter: p.getter, setter: function, deleter: p.deleter, doc: p.doc)
        // The setter belongs to the getter's class too, for zero-argument super() inside it.
        if let cls = (p.getter.asObject as? PyFunction)?.definingClass { interpreter.claimMethod(function, for: cls) }
        return .object(result)
    }

    static func propertyGetter(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let p = property(args.receiver)
        return .object(PyProperty(getter: args["function"], setter: p.setter, deleter: p.deleter, doc: p.doc))
    }

    static func propertyDeleter(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let p = property(args.receiver)
        return .object(PyProperty(getter: p.getter, setter: p.setter, deleter: args["function"], doc: p.doc))
    }

    static func propertyGet(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let instance = args["instance"]
        return instance.isNone ? args.receiver : try interpreter.call(property(args.receiver).getter, Arguments([instance]))
    }
}
