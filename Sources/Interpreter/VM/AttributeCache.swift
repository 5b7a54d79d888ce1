/// The inline cache of one attribute instruction (`loadAttr`, `storeAttr`, `loadMethod`).
///
/// An entry describes what the class of the last object seen has under the name, valid while
/// the object's class is the same class object at the same `PyType.version` (bumped on every
/// change to the class's or a base's dictionary). The VM then skips the MRO walk and the
/// descriptor checks; the instance's own attributes are still consulted (with a position hint).
struct AttributeCache {
    enum Kind: UInt8 {
        case empty
        /// The class has nothing under the name: the value is the instance's own attribute.
        case instanceValue
        /// The class has a plain value (not a function, property or method wrapper); the
        /// instance's own attribute wins over it.
        case classValue
        /// The class has a function (Python or native) under the name.
        case method
        /// Storing sets the instance's own attribute (no property, no custom `__setattr__`).
        case instanceStore
        /// The class has a `property` (of the built-in type) with a getter, the value: a load
        /// calls it, and a Python getter runs in the dispatch loop like any call.
        case property
        /// The class has a `property` whose getter is `itemgetter(i)` and the object is a tuple
        /// whose class keeps tuple's `__getitem__` (a namedtuple field): the value is item
        /// `hint` of the tuple.
        case tupleItem
        /// The object is a module (its identity in `typeIdentity`, kept alive by `value`): the
        /// attribute is its global in slot `hint` (`math.sqrt`, `os.path`).
        case moduleSlot
        /// The object is a class whose metaclass is `type` (its identity and version as for an
        /// instance's class, kept alive by `type`): the attribute is `value`, a plain value or
        /// function found in its MRO (`Base.kind`, `str.join`), or a static method's function;
        /// with `hint` 1, a class method's function, bound to the class.
        case classAttribute
        /// `super().name(...)` (a `loadMethod` on a `super` object): for a receiver of the class
        /// in `typeIdentity` (at `version`) and a search starting after the class whose address
        /// is `hint`, the Python function `value` the MRO walk found.
        case superMethod
    }

    let name: String
    /// Whether `name` starts with two underscores (such attributes of classes are computed).
    let isDunder: Bool
    var kind = Kind.empty
    /// The Swift class of the object seen (the class alone does not fix it for stores).
    var objectKind = ObjectKind.other
    /// Identity of the class the entry is for; `type` keeps that identity from being reused.
    var typeIdentity: UnsafeMutableRawPointer?
    var type: PyType?
    var version = 0
    /// Where the attribute sat in the last instance's table.
    var hint = 0
    /// The class attribute (`classValue`), function (`method`) or property getter (`property`).
    var value = Value.none

    init(name: String) {
        self.name = name
        self.isDunder = name.hasPrefix("__")
    }

    /// Whether the entry applies to `object` (its class and that class's version match).
    @inline(__always)
    func matches(_ object: PyObject) -> Bool {
        guard let identity = typeIdentity, let type = object.storedType else { return false }
        return Unmanaged.passUnretained(type).toOpaque() == identity && type.version == version
    }

    mutating func record(_ kind: Kind, _ object: PyObject, _ type: PyType, value: Value = .none) {
        self.kind = kind
        self.objectKind = object.objectKind
        self.typeIdentity = Unmanaged.passUnretained(type).toOpaque()
        self.type = type
        self.version = type.version
        self.value = value
    }

    /// An entry for attributes of `owner` itself (a module or a class), not of its class.
    mutating func recordOwner(_ kind: Kind, _ owner: PyObject, value: Value, keeping type: PyType? = nil, version: Int = 0) {
        self.kind = kind
        self.objectKind = owner.objectKind
        self.typeIdentity = Unmanaged.passUnretained(owner).toOpaque()
        self.type = type
        self.version = version
        self.value = value
    }

    mutating func clear() {
        kind = .empty
        typeIdentity = nil
        type = nil
        value = .none
    }
}

extension Interpreter {
    /// Whether `d` is an instance of a user class that defines `hook` (`__get__`, `__set__`).
    static func isUserDescriptor(_ d: PyObject, _ hook: String) -> Bool {
        !d.type.isBuiltin && !(d is PyType) && d.type.lookup(hook) != nil
    }

    /// The class of `object` when its attribute lookups may be cached (not classes, modules,
    /// `super` objects or instances of metaclasses, which have their own lookup rules).
    func cacheableType(_ object: PyObject) -> PyType? {
        switch object.objectKind {
        case .type, .module, .superObject: return nil
        default: break
        }
        let type = object.type
        if type.isSubtype(of: BuiltinTypes.type) { return nil }
        return type
    }

    /// Records in `cache` what `object`'s class has under the cache's name (for loads).
    func fillLoadCache(_ object: Value, _ cache: UnsafeMutablePointer<AttributeCache>) {
        if case .object(let o) = object, o.objectKind == .module || o.objectKind == .type {
            fillOwnerCache(o, cache)
            return
        }
        guard case .object(let o) = object, let type = cacheableType(o) else {
            cache.pointee.clear()
            return
        }
        guard let descriptor = type.lookup(cache.pointee.name) else {
            cache.pointee.record(.instanceValue, o, type)
            return
        }
        if case .object(let d) = descriptor {
            // A class with `__getattr__` calls it when the getter raises AttributeError: only
            // the slow path does that.
            if d.type === BuiltinTypes.property, let property = d as? PyProperty {
                if let index = Interpreter.tupleItemIndex(property, o, type) {
                    cache.pointee.record(.tupleItem, o, type)
                    cache.pointee.hint = index
                } else if case .object = property.getter, type.lookup("__getattr__") == nil {
                    cache.pointee.record(.property, o, type, value: property.getter)
                } else {
                    cache.pointee.clear()
                }
                return
            }
            // Properties of property subclasses, static/class methods and descriptors of user classes (`__get__`)
            // compute the value on each access: only the slow path runs them.
            if d is PyProperty || d is PyMethodWrapper || Interpreter.isUserDescriptor(d, "__get__") {
                cache.pointee.clear()
                return
            }
            if d is PyFunction || d is PyBuiltinFunction {
                cache.pointee.record(.method, o, type, value: descriptor)
                return
            }
        }
        cache.pointee.record(.classValue, o, type, value: descriptor)
    }

    /// Records a module's global (bound now) or a plain class's attribute under the cache's
    /// name; anything computed on access (dunder names, static and class methods, descriptors
    /// of user classes, metaclasses other than `type`) is left to the slow path.
    func fillOwnerCache(_ owner: PyObject, _ cache: UnsafeMutablePointer<AttributeCache>) {
        let name = cache.pointee.name
        if owner.objectKind == .module {
            let namespace = unsafeDowncast(owner, to: PyModule.self).namespace
            guard let slot = namespace.existingSlot(name), namespace.boundValue(slot: slot) != nil else {
                cache.pointee.clear()
                return
            }
            cache.pointee.recordOwner(.moduleSlot, owner, value: .object(owner))
            cache.pointee.hint = slot
            return
        }
        let type = unsafeDowncast(owner, to: PyType.self)
        guard !cache.pointee.isDunder, owner.type === BuiltinTypes.type, let value = type.lookup(name) else {
            cache.pointee.clear()
            return
        }
        var cached = value
        var bindsClass = false
        if case .object(let d) = value {
            if let wrapper = d as? PyMethodWrapper {
                cached = wrapper.function
                bindsClass = wrapper.kind == .classMethod
            } else if Interpreter.isUserDescriptor(d, "__get__") {
                cache.pointee.clear()
                return
            }
        }
        cache.pointee.recordOwner(.classAttribute, owner, value: cached, keeping: type, version: type.version)
        cache.pointee.hint = bindsClass ? 1 : 0
    }

    /// The item a namedtuple-style field reads: `i` when `property` is `property(itemgetter(i))`
    /// (with a native `itemgetter` of one non-negative int), `object` is a tuple, and its class
    /// reads items as tuple does (no `__getitem__` or `__getattr__` of its own).
    static func tupleItemIndex(_ property: PyProperty, _ object: PyObject, _ type: PyType) -> Int? {
        guard object.objectKind == .tuple, case .object(let g) = property.getter, let getter = g as? OperatorCallable,
              g.type === OperatorModule.itemgetterType, getter.kind == .item, getter.operands.count == 1,
              case .int(let index) = getter.operands[0], index >= 0,
              type.userOverride("__getitem__") == nil, type.lookup("__getattr__") == nil else { return nil }
        return index
    }

    /// `object.name` through the slow path, then caching what the class has.
    @inline(never)
    func loadAttributeMissed(_ object: Value, _ cache: UnsafeMutablePointer<AttributeCache>) throws -> Value {
        // The cache depends on the class only, so it is filled before the load: a getter that
        // reads the same attribute again (recursion) then takes the dispatch loop's call path
        // instead of nesting native frames.
        if !Interpreter.holdsProperty(cache, for: object) { fillLoadCache(object, cache) }
        if Interpreter.holdsProperty(cache, for: object) { return try callPropertyGetter(cache.pointee.value, object) }
        return try getAttribute(object, cache.pointee.name)
    }

    /// `loadMethod` through the slow path, then caching what the class has.
    @inline(never)
    func loadMethodMissed(_ object: Value, _ cache: UnsafeMutablePointer<AttributeCache>) throws -> (Value, Value) {
        if case .object(let o) = object, o.objectKind == .superObject {
            let sup = unsafeDowncast(o, to: PySuper.self)
            if let function = superMethodFunction(sup, cache) { return (function, sup.receiver) }
        }
        if !Interpreter.holdsProperty(cache, for: object) { fillLoadCache(object, cache) }
        if Interpreter.holdsProperty(cache, for: object) { return (.unset, try callPropertyGetter(cache.pointee.value, object)) }
        return try loadMethod(object, cache.pointee.name)
    }

    /// The function `super().name` binds to an instance receiver (`superMethodFunction`),
    /// from the cache when the receiver's class, its version and the class the search starts
    /// after are those recorded: a method calling `super().method()` in a loop walks the MRO
    /// (a dictionary lookup per class) once.
    func superMethodFunction(_ sup: PySuper, _ cache: UnsafeMutablePointer<AttributeCache>) -> Value? {
        let receiverType = sup.receiverType
        let startAfter = Int(bitPattern: Unmanaged.passUnretained(sup.startAfter).toOpaque())
        if cache.pointee.kind == .superMethod, cache.pointee.hint == startAfter,
           cache.pointee.typeIdentity == Unmanaged.passUnretained(receiverType).toOpaque(),
           cache.pointee.version == receiverType.version {
            // A class receiver (`super()` in a class method) binds differently: never cached.
            if case .object(let r) = sup.receiver, r.objectKind == .type { return nil }
            return cache.pointee.value
        }
        guard let function = superMethodFunction(sup, cache.pointee.name) else { return nil }
        // `receiverType` (kept by the entry) has `startAfter` in its MRO, which keeps it alive.
        cache.pointee.recordOwner(.superMethod, receiverType, value: function, keeping: receiverType,
                                  version: receiverType.version)
        cache.pointee.hint = startAfter
        return function
    }

    /// Whether `cache` holds a property getter for `object`'s class (as it is now).
    @inline(__always)
    static func holdsProperty(_ cache: UnsafeMutablePointer<AttributeCache>, for object: Value) -> Bool {
        guard cache.pointee.kind == .property, case .object(let o) = object else { return false }
        return cacheMatches(cache, o)
    }

    /// A property's getter called on `object` from Swift (native getters, such as the
    /// `itemgetter` of a namedtuple field, without packing an argument list).
    func callPropertyGetter(_ getter: Value, _ object: Value) throws -> Value {
        if case .object(let g) = getter {
            if g.objectKind == .builtinFunction {
                let builtin = unsafeDowncast(g, to: PyBuiltinFunction.self)
                if builtin.hasDirect(forCount: 1) {
                    var argument = object
                    return try builtin.direct(self, &argument, 1)
                }
            } else if let native = g as? PyNativeCallable, g.type.isBuiltin {
                return try native.invokeOne(self, object)
            }
        }
        return try call(getter, Arguments([object]))
    }

    /// `object.name` for a cached property whose getter is a Python function: the stack is laid
    /// out as the call `getter(object)` (the getter in the object's slot keeps it alive while it
    /// runs) and the call is made as the call instructions make it. Returns the new stack
    /// pointer and the frame entered, if any; nil (nothing done) when the cache does not hold a
    /// property for the object's class.
    @inline(never)
    func propertyGetterCall(_ cache: UnsafeMutablePointer<AttributeCache>, frame: Unmanaged<Frame>,
                            sp: UnsafeMutablePointer<Value>, pc: Int) throws -> (UnsafeMutablePointer<Value>, Unmanaged<Frame>?)? {
        guard cache.pointee.kind == .property, case .object(let o) = (sp - 1).pointee, Interpreter.cacheMatches(cache, o),
              case .object(let g) = cache.pointee.value, g.objectKind == .function else { return nil }
        // [object] -> [getter, object]
        sp.moveInitialize(from: sp - 1, count: 1)
        (sp - 1).initialize(to: cache.pointee.value)
        let top = sp + 1
        do {
            if let callee = try enterInPlace(Unmanaged.passUnretained(unsafeDowncast(g, to: PyFunction.self)), count: 1,
                                             firstArgument: sp, returnSlot: sp - 1, caller: frame, pc: pc, sp: top) {
                return (top, callee)
            }
        } catch {
            pendingUnwindStackPointer = top
            throw error
        }
        return try callGeneral(callableSlot: sp - 1, firstArgument: sp, count: 1, keywordNames: [], returnSlot: sp - 1,
                               frame: frame, sp: top, pc: pc)
    }

    /// `object.name = value` through the slow path, then caching whether stores to this class
    /// can go straight to the instance's attributes.
    @inline(never)
    func storeAttributeMissed(_ object: Value, _ value: Value, _ cache: UnsafeMutablePointer<AttributeCache>) throws {
        let name = cache.pointee.name
        try setAttribute(object, name, value)
        guard case .object(let o) = object, o.objectKind != .other, let type = cacheableType(o), o.acceptsAttributes else {
            cache.pointee.clear()
            return
        }
        if let descriptor = type.lookup(name), case .object(let d) = descriptor,
           d is PyProperty || Interpreter.isUserDescriptor(d, "__set__") {
            cache.pointee.clear()
            return
        }
        if type.userOverride("__setattr__") != nil {
            cache.pointee.clear()
            return
        }
        cache.pointee.record(.instanceStore, o, type)
        cache.pointee.hint = o.attributes.position(of: name) ?? 0
    }
}
