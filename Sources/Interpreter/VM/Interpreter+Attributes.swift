/// Attribute access with Python's descriptor rules: data descriptors (properties) on the class
/// win over the instance's attributes, functions on the class bind to the instance.
extension Interpreter {
    public func getAttribute(_ object: Value, _ name: String) throws -> Value {
        if case .object(let o) = object {
            if let type = o as? PyType { return try typeAttribute(type, name) }
            if let module = o as? PyModule { return try moduleAttribute(module, name) }
            if let sup = o as? PySuper { return try superAttribute(sup, name) }
        }
        guard let getattr = object.type.attributeHook else {
            if let value = try instanceAttribute(object, name) { return value }
            throw noAttribute(object, name)
        }
        // `__getattr__` also answers when the normal lookup raises AttributeError (a property's
        // getter, a descriptor), as CPython's attribute hook does.
        do {
            if let value = try instanceAttribute(object, name) { return value }
        } catch let error as PyException where error.isInstance(of: BuiltinTypes.attributeError) {}
        return try call(getattr, Arguments([object, .str(name)]))
    }

    /// The attribute, or nil where `getAttribute` raises AttributeError: `hasattr`, three-argument
    /// `getattr` and the `keys` probe of `dict.update` ask this, so a miss builds no exception.
    /// An AttributeError raised inside (a property, `__getattr__`) also answers nil.
    public func lookupAttribute(_ object: Value, _ name: String) throws -> Value? {
        do {
            if case .object(let o) = object, o is PyType || o is PyModule || o is PySuper {
                return try getAttribute(object, name)
            }
            guard let getattr = object.type.attributeHook else { return try instanceAttribute(object, name) }
            do {
                if let value = try instanceAttribute(object, name) { return value }
            } catch {
                guard let exception = PyException.from(error), exception.isInstance(of: BuiltinTypes.attributeError) else { throw error }
            }
            return try call(getattr, Arguments([object, .str(name)]))
        } catch {
            if let exception = PyException.from(error), exception.isInstance(of: BuiltinTypes.attributeError) { return nil }
            throw error
        }
    }

    /// An attribute of an object that is not a class, module or super: from the class's
    /// descriptors, the instance's attributes, or the intrinsic ones; nil before `__getattr__`.
    @inline(__always)
    private func instanceAttribute(_ object: Value, _ name: String) throws -> Value? {
        let type = object.type
        let descriptor = type.lookup(name)
        var userGet: Value?
        if let descriptor, case .object(let d) = descriptor {
            if let property = d as? PyProperty {
                guard !property.getter.isNone else {
                    throw PyException(BuiltinTypes.attributeError, "property '\(name)' of '\(type.name)' object has no getter")
                }
                // A native getter (namedtuple fields are `property(itemgetter(i))`) is called
                // without packing an argument list.
                if case .object(let g) = property.getter, let native = g as? PyNativeCallable, g.type.isBuiltin {
                    return try native.invokeOne(self, object)
                }
                return try call(property.getter, Arguments([object]))
            }
            // Descriptors defined by user classes: data descriptors (with __set__ or
            // __delete__) win over the instance's attributes, others lose to them.
            if !d.type.isBuiltin, let get = d.type.lookup("__get__") {
                if d.type.lookup("__set__") != nil || d.type.lookup("__delete__") != nil {
                    return try call(get, Arguments([descriptor, object, .object(type)]))
                }
                userGet = get
            }
        }
        if case .object(let o) = object, let value = o.attributes[name] { return value }
        if let userGet, let descriptor { return try call(userGet, Arguments([descriptor, object, .object(type)])) }
        if let descriptor { return bind(descriptor, to: object, type: type) }
        return try intrinsicAttribute(object, name)
    }

    func noAttribute(_ object: Value, _ name: String) -> PyException {
        let exception = PyException(type: BuiltinTypes.attributeError, pending: .missingAttribute(typeName: object.typeName, name: name))
        exception.suggestionSource = .attribute(object, name)
        return exception
    }

    /// Binds a class attribute found for an instance: functions become bound methods.
    func bind(_ descriptor: Value, to object: Value, type: PyType) -> Value {
        guard case .object(let d) = descriptor else { return descriptor }
        if d is PyFunction || d is PyBuiltinFunction { return .object(PyBoundMethod(function: descriptor, receiver: object)) }
        if let wrapper = d as? PyMethodWrapper {
            switch wrapper.kind {
            case .staticMethod: return wrapper.function
            case .classMethod: return .object(PyBoundMethod(function: wrapper.function, receiver: .object(type)))
            }
        }
        return descriptor
    }

    /// Attributes every object has without storing them (`__class__`, `__dict__`, ...).
    func intrinsicAttribute(_ object: Value, _ name: String) throws -> Value? {
        switch name {
        case "__class__": return .object(object.type)
        case "__dict__":
            guard case .object(let o) = object, o.acceptsAttributes else { return nil }
            return .object(PyAttributeDictionary(o))
        case "__doc__":
            if case .object(let o) = object, let f = o as? PyBuiltinFunction { return f.doc.map { .str($0) } ?? .none }
            return .none
        default:
            return nil
        }
    }

    func typeAttribute(_ type: PyType, _ name: String) throws -> Value {
        switch name {
        case "__name__": return .str(type.name)
        case "__qualname__": return .str(type.qualifiedName)
        case "__module__": return .str(type.moduleName)
        case "__bases__": return .object(PyTuple(type.bases.map { .object($0) }))
        case "__base__": return type.bases.first.map { .object($0) } ?? .none
        case "__mro__": return .object(PyTuple(type.mro.map { .object($0) }))
        case "__dict__":
            let dict = PyDict()
            for (key, value) in type.ownDictionary.sorted(by: { $0.key < $1.key }) { dict[key] = value }
            return .object(dict)
        case "__doc__":
            if let doc = type.lookup("__doc__") { return doc }
            return type.doc.map { .str($0) } ?? .none
        case "__class__": return .object(type.type)
        default: break
        }
        if let value = type.lookup(name) {
            if case .object(let o) = value, !o.type.isBuiltin, !(o is PyType), let get = o.type.lookup("__get__") {
                return try call(get, Arguments([value, .none, .object(type)]))
            }
            if case .object(let o) = value, let wrapper = o as? PyMethodWrapper {
                switch wrapper.kind {
                case .staticMethod: return wrapper.function
                case .classMethod: return .object(PyBoundMethod(function: wrapper.function, receiver: .object(type)))
                }
            }
            return value
        }
        // Then the metaclass (`type`, or a user metaclass): its methods bind to the class.
        let metatype = type.type
        if let value = metatype.lookup(name) {
            if case .object(let o) = value, let property = o as? PyProperty, !property.getter.isNone {
                return try call(property.getter, Arguments([.object(type)]))
            }
            return bind(value, to: .object(type), type: metatype)
        }
        if !metatype.isBuiltin, let getattr = metatype.userOverride("__getattr__") {
            return try call(getattr, Arguments([.object(type), .str(name)]))
        }
        throw PyException(BuiltinTypes.attributeError, "type object '\(type.name)' has no attribute '\(name)'")
    }

    func moduleAttribute(_ module: PyModule, _ name: String) throws -> Value {
        if let value = module.namespace[name] { return value }
        if name == "__dict__" {
            let dict = PyDict()
            for key in module.namespace.boundNames { dict[key] = module.namespace[key] }
            return .object(dict)
        }
        if let getattr = module.namespace["__getattr__"] { return try call(getattr, Arguments([.str(name)])) }
        // A submodule that was imported but not bound yet (e.g. `torch.nn` after `import torch`).
        if let submodule = try? importModule(module.name + "." + name, returnTopLevel: false) {
            return .object(submodule)
        }
        throw PyException(BuiltinTypes.attributeError, "module '\(module.name)' has no attribute '\(name)'")
    }

    func superAttribute(_ sup: PySuper, _ name: String) throws -> Value {
        let mro = sup.receiverType.mro
        var index = 0
        while index < mro.count && mro[index] !== sup.startAfter { index += 1 }
        index += 1
        while index < mro.count {
            let type = mro[index]
            if let value = type.ownDictionary[name] {
                if case .object(let o) = value {
                    if let property = o as? PyProperty { return try call(property.getter, Arguments([sup.receiver])) }
                    if let wrapper = o as? PyMethodWrapper {
                        switch wrapper.kind {
                        case .staticMethod: return wrapper.function
                        case .classMethod: return .object(PyBoundMethod(function: wrapper.function, receiver: .object(sup.receiverType)))
                        }
                    }
                    if o is PyFunction || o is PyBuiltinFunction {
                        // `__init_subclass__` is implicitly a class method (object's included).
                        if name == "__init_subclass__" {
                            return .object(PyBoundMethod(function: value, receiver: sup.receiver))
                        }
                        if case .object(let r) = sup.receiver, r is PyType, sup.receiverType === (r as? PyType) {
                            return value
                        }
                        return .object(PyBoundMethod(function: value, receiver: sup.receiver))
                    }
                }
                return value
            }
            index += 1
        }
        if name == "__class__" { return .object(BuiltinTypes.superType) }
        throw PyException(BuiltinTypes.attributeError, "'super' object has no attribute '\(name)'")
    }

    /// The Python function `superAttribute` would bind to an instance receiver; nil for
    /// anything else (other attributes, class receivers, `__init_subclass__`).
    func superMethodFunction(_ sup: PySuper, _ name: String) -> Value? {
        if case .object(let r) = sup.receiver, r.objectKind == .type { return nil }
        if name == "__init_subclass__" { return nil }
        let mro = sup.receiverType.mro
        var index = 0
        while index < mro.count && mro[index] !== sup.startAfter { index += 1 }
        index += 1
        while index < mro.count {
            if let value = mro[index].ownDictionary[name] {
                if case .object(let f) = value, f.objectKind == .function { return value }
                return nil
            }
            index += 1
        }
        return nil
    }

    public func setAttribute(_ object: Value, _ name: String, _ value: Value) throws {
        guard case .object(let o) = object else {
            throw PyException(BuiltinTypes.attributeError, "'\(object.typeName)' object has no attribute '\(name)'")
        }
        if let type = o as? PyType {
            if type.isBuiltin {
                throw PyException(BuiltinTypes.typeError, "cannot set '\(name)' attribute of immutable type '\(type.name)'")
            }
            type.setAttribute(name, value)
            if case .object(let f) = value, let function = f as? PyFunction { function.definingClass = type }
            return
        }
        if let module = o as? PyModule {
            module.namespace[name] = value
            return
        }
        let type = o.type
        if let setattr = type.userOverride("__setattr__") {
            _ = try call(setattr, Arguments([object, .str(name), value]))
            return
        }
        try genericSetAttribute(o, name, value)
    }

    /// `object.__setattr__`: data descriptors (properties, classes with `__set__`) on the
    /// class, else the instance's own attributes.
    func genericSetAttribute(_ o: PyObject, _ name: String, _ value: Value) throws {
        let object = Value.object(o)
        let type = o.type
        if let descriptor = type.lookup(name), case .object(let d) = descriptor {
            if let property = d as? PyProperty {
                guard !property.setter.isNone else {
                    throw PyException(BuiltinTypes.attributeError, "property '\(name)' of '\(type.name)' object has no setter")
                }
                _ = try call(property.setter, Arguments([object, value]))
                return
            }
            if !d.type.isBuiltin, let set = d.type.lookup("__set__") {
                _ = try call(set, Arguments([descriptor, object, value]))
                return
            }
        }
        guard o.acceptsAttributes, type.isBuiltin || type.slotNames?.contains(name) ?? true else {
            throw PyException(BuiltinTypes.attributeError, "'\(type.name)' object has no attribute '\(name)'")
        }
        // An object's class is fixed when it is made (the VM's caches key on it); storing
        // `__class__` as an ordinary attribute would silently do the wrong thing.
        if name == "__class__" {
            throw PyException(BuiltinTypes.typeError, "__class__ assignment is not supported")
        }
        o.attributes[name] = value
    }

    /// `del obj.name` and `delattr`: a class's own `__delattr__` (a frozen dataclass's) decides.
    public func deleteAttributeDispatching(_ object: Value, _ name: String) throws {
        if case .object(let o) = object, !(o is PyType), let hook = o.type.userOverride("__delattr__") {
            _ = try call(hook, Arguments([object, .str(name)]))
            return
        }
        try deleteAttribute(object, name)
    }

    /// `object.__delattr__`: removes the attribute (or runs a property's deleter).
    public func deleteAttribute(_ object: Value, _ name: String) throws {
        guard case .object(let o) = object else { throw noAttribute(object, name) }
        if let type = o as? PyType, !type.isBuiltin {
            guard type.ownDictionary[name] != nil else { throw noAttribute(object, name) }
            type.setAttribute(name, nil)
            return
        }
        if let module = o as? PyModule {
            guard module.namespace[name] != nil else { throw noAttribute(object, name) }
            module.namespace[name] = nil
            return
        }
        if let descriptor = o.type.lookup(name), case .object(let d) = descriptor, let property = d as? PyProperty {
            guard !property.deleter.isNone else {
                throw PyException(BuiltinTypes.attributeError, "property '\(name)' of '\(o.type.name)' object has no deleter")
            }
            _ = try call(property.deleter, Arguments([object]))
            return
        }
        guard o.attributes.removeValue(forKey: name) != nil else { throw noAttribute(object, name) }
    }

    /// For `obj.name(...)`: the function and its receiver without allocating a bound method
    /// when the attribute is a plain method on the class; otherwise `(.unset, attribute)`.
    @inline(__always)
    func loadMethod(_ object: Value, _ name: String) throws -> (Value, Value) {
        // `super().method(...)`: the function and the receiver, as `obj.method(...)` pushes
        // them, with no bound method made (what `superAttribute` would bind).
        if case .object(let o) = object, o.objectKind == .superObject,
           let function = superMethodFunction(unsafeDowncast(o, to: PySuper.self), name) {
            return (function, unsafeDowncast(o, to: PySuper.self).receiver)
        }
        // `Cls.method(...)` of a class method or static method of a plain class (metaclass
        // `type`, whose data descriptors are all dunder names): the function, and the class as
        // a class method's receiver, with no bound method made.
        if case .object(let o) = object, o.objectKind == .type, o.type === BuiltinTypes.type, !name.hasPrefix("__"),
           case .object(let w)? = unsafeDowncast(o, to: PyType.self).lookup(name), let wrapper = w as? PyMethodWrapper,
           case .object(let f) = wrapper.function, f.objectKind == .function {
            return wrapper.kind == .classMethod ? (wrapper.function, object) : (.unset, wrapper.function)
        }
        if case .object(let o) = object, o is PyType || o is PyModule || o is PySuper {
            return (.unset, try getAttribute(object, name))
        }
        let type = object.type
        if let descriptor = type.lookup(name), case .object(let d) = descriptor, d is PyFunction || d is PyBuiltinFunction {
            if case .object(let o) = object, !o.attributes.isEmpty, let own = o.attributes[name] { return (.unset, own) }
            return (descriptor, object)
        }
        return (.unset, try getAttribute(object, name))
    }

    /// Looks up a special method on the class (not the instance), bound to the object.
    public func specialMethod(_ object: Value, _ name: String) throws -> Value? {
        let type = object.type
        guard let descriptor = type.lookup(name) else { return nil }
        return bind(descriptor, to: object, type: type)
    }

    /// Whether `value` is `object`'s own implementation of a special method (so user classes
    /// that do not override it take the fast built-in path).
    func isObjectDefault(_ value: Value, _ name: String) -> Bool {
        // `object`'s methods are native: a Python function (a class's own `__hash__`, `__eq__`)
        // is never one of them, and this is asked on every use of such a method.
        if case .object(let o) = value, o.objectKind == .function { return false }
        guard let base = BuiltinTypes.object.ownDictionary[name] else { return false }
        return value.isIdentical(to: base)
    }
}
