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
    }

    let name: String
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
                if case .object = property.getter, type.lookup("__getattr__") == nil {
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
        if !Interpreter.holdsProperty(cache, for: object) { fillLoadCache(object, cache) }
        if Interpreter.holdsProperty(cache, for: object) { return (.unset, try callPropertyGetter(cache.pointee.value, object)) }
        return try loadMethod(object, cache.pointee.name)
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
        if case .object(let g) = getter, let native = g as? PyNativeCallable, g.type.isBuiltin {
            return try native.invokeOne(self, object)
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
