/// A Python class: built-in (str, list, Tensor, ...) or defined by user code.
///
/// Attribute lookup walks the MRO; results are cached per type and the caches of a class and its
/// subclasses are cleared whenever one of their dictionaries changes.
public final class PyType: PyObject {
    public let name: String
    public var qualifiedName: String
    public var moduleName: String
    public private(set) var bases: [PyType]
    public private(set) var dict: [String: Value] = [:]
    /// Built-in types fill their dictionaries on first use (see `prepare`), which keeps the static
    /// type objects free of initialisation-order cycles.
    private var installer: ((PyType) -> Void)?
    /// Lookup results along the MRO; `.unset` for a name the class lacks.
    private var lookupCache = NameCache()
    /// `userOverride` results (`.unset` for "none").
    private var overrideCache = NameCache()
    /// Direct subclasses, unretained (a subclass removes itself in `deinit`), so that type
    /// objects carry no weak-reference side table and stay cheap to retain.
    private var subclasses: [Unmanaged<PyType>] = []
    /// Bumped whenever this class's or a base's dictionary changes; the VM's per-instruction
    /// attribute caches compare it.
    public private(set) var version = 0
    /// Whether user code may subclass this type.
    public let isSubclassable: Bool
    /// Whether the type is built in (its attributes cannot be set from Python code).
    public let isBuiltin: Bool
    /// Creates instances for `cls(...)` when the class or a base is native (str, list, Tensor,
    /// exceptions...). Receives the class actually being instantiated, which may be a subclass.
    public var nativeNew: ((Interpreter, PyType, Arguments) throws -> Value)?
    /// Documentation shown by `help()`.
    public var doc: String?
    /// Where instances go to have `__del__` run when freed; set for classes that define it.
    public var finalizerQueue: FinalizerQueue?
    /// The VM's in-place constructor for calls of exactly this type (`DirectConstructors`),
    /// found on the first call.
    var directConstructor: DirectConstructors.Direct? {
        if !directConstructorLoaded {
            directConstructorLoaded = true
            cachedDirectConstructor = DirectConstructors.direct(for: self)
        }
        return cachedDirectConstructor
    }
    private var directConstructorLoaded = false
    private var cachedDirectConstructor: DirectConstructors.Direct?
    /// Native `x[i, j, ...]` for library types: receives the index items without a tuple, as a
    /// buffer (the VM passes its operand stack) so a scalar loop's `t[i, j]` allocates no array.
    /// The buffer is valid only during the call.
    public var subscriptHook: ((Interpreter, Value, UnsafeBufferPointer<Value>) throws -> Value)?
    /// Native `x[i, j, ...] = v`, with the same buffer convention.
    public var storeSubscriptHook: ((Interpreter, Value, UnsafeBufferPointer<Value>, Value) throws -> Void)?
    /// Native arithmetic for instances of exactly this library type, which the VM calls instead
    /// of looking up and calling `__op__` / `__rop__`: receives the operator, the instance, the
    /// other operand and whether the instance is the right operand. Returns nil for
    /// NotImplemented (the dunder path then runs). It must do what the type's dunder methods
    /// do; subclasses do not inherit it.
    public var nativeBinary: ((Interpreter, BinaryOperation, Value, Value, Bool) throws -> Value?)?
    /// The same for `x op= y` (`__iop__`), returning the result (usually `x`).
    public var nativeInplace: ((Interpreter, BinaryOperation, Value, Value) throws -> Value?)?

    /// A built-in type.
    public init(builtin name: String, base: PyType?, subclassable: Bool = true, module: String = "builtins",
                installer: ((PyType) -> Void)? = nil) {
        self.name = name
        self.qualifiedName = name
        self.moduleName = module
        self.bases = base.map { [$0] } ?? []
        self.installer = installer
        self.isSubclassable = subclassable
        self.isBuiltin = true
        super.init(type: BuiltinTypes.type, kind: .type)
        base?.subclasses.append(Unmanaged.passUnretained(self))
    }

    /// A class created by a `class` statement (or `type(name, bases, dict)`).
    public init(name: String, qualifiedName: String, module: String, bases: [PyType], dict: [String: Value],
                metatype: PyType? = nil) {
        self.name = name
        self.qualifiedName = qualifiedName
        self.moduleName = module
        self.bases = bases.isEmpty ? [BuiltinTypes.object] : bases
        self.dict = dict
        self.isSubclassable = true
        self.isBuiltin = false
        super.init(type: metatype ?? BuiltinTypes.type, kind: .type)
        for base in self.bases {
            // Built-in bases install their constructors and hooks lazily: do it now, before
            // they are inherited.
            for ancestor in base.mro { ancestor.prepare() }
            base.subclasses.append(Unmanaged.passUnretained(self))
        }
        nativeNew = self.bases.lazy.compactMap(\.nativeNew).first
        // A subclass that defines its own __getitem__/__setitem__ must not bypass it.
        if dict["__getitem__"] == nil { subscriptHook = self.bases.lazy.compactMap(\.subscriptHook).first }
        if dict["__setitem__"] == nil { storeSubscriptHook = self.bases.lazy.compactMap(\.storeSubscriptHook).first }
    }

    /// The bootstrap of the metatype `type`, whose own type is itself.
    init(metatype: ()) {
        self.name = "type"
        self.qualifiedName = "type"
        self.moduleName = "builtins"
        self.bases = []
        self.isSubclassable = true
        self.isBuiltin = true
        super.init(bootstrap: ())
        installer = TypeMethods.install
    }

    /// Runs the built-in installer once, before the first lookup.
    @inline(__always)
    func prepare() {
        if let install = installer {
            installer = nil
            if self === BuiltinTypes.type { bases = [BuiltinTypes.object] }
            install(self)
        }
    }

    /// Adds built-in attributes (used by installers and by the Library's native classes).
    public func define(_ name: String, _ value: Value) {
        prepare()
        dict[name] = value
        invalidateCaches()
    }

    /// Sets a class attribute from Python code (`Cls.x = 1`).
    public func setAttribute(_ name: String, _ value: Value?) {
        prepare()
        dict[name] = value
        invalidateCaches()
    }

    public var ownDictionary: [String: Value] {
        prepare()
        return dict
    }

    deinit {
        for base in bases {
            base.subclasses.removeAll { $0.toOpaque() == Unmanaged.passUnretained(self).toOpaque() }
        }
    }

    /// The attribute names instances may have when every user class in the MRO declares
    /// `__slots__` (without `"__dict__"`); nil when instances take any attribute. Computed on
    /// first use, reset with the other caches.
    public var slotNames: Set<String>? {
        if let cached = slotNamesCache { return cached.names }
        var names: Set<String>? = []
        for type in mro where !type.isBuiltin {
            guard let slots = type.ownDictionary["__slots__"] else { names = nil; break }
            let declared: [Value]
            if let single = slots.stringValue {
                declared = [.str(single)]
            } else if case .object(let o) = slots, let tuple = o as? PyTuple {
                declared = tuple.items
            } else if case .object(let o) = slots, let list = o as? PyList {
                declared = list.items
            } else {
                declared = []
            }
            let strings = declared.compactMap(\.stringValue)
            if strings.contains("__dict__") { names = nil; break }
            names?.formUnion(strings)
        }
        slotNamesCache = SlotNames(names: names)
        return names
    }

    private struct SlotNames { let names: Set<String>? }
    private var slotNamesCache: SlotNames?

    private func invalidateCaches() {
        slotNamesCache = nil
        lookupCache.removeAll()
        constructorCache = nil
        overrideCache.removeAll()
        subscriptOverrides = nil
        specialMethodsCache = nil
        builtinIterationCache = nil
        version &+= 1
        for sub in subclasses { sub.takeUnretainedValue().invalidateCaches() }
    }

    /// The method resolution order (C3 linearisation), computed once.
    public private(set) lazy var mro: [PyType] = {
        prepare()
        return PyType.linearize(self) ?? [self] + bases.flatMap(\.mro)
    }()

    static func linearize(_ type: PyType) -> [PyType]? {
        var sequences = type.bases.map(\.mro) + [type.bases]
        var result = [type]
        while true {
            sequences.removeAll { $0.isEmpty }
            if sequences.isEmpty { return result }
            guard let head = sequences.lazy.map({ $0[0] }).first(where: { candidate in
                !sequences.contains { $0.dropFirst().contains { $0 === candidate } }
            }) else { return nil }
            result.append(head)
            for i in sequences.indices where sequences[i].first === head { sequences[i].removeFirst() }
        }
    }

    /// Whether a consistent MRO exists for these bases (the class statement checks this).
    static func canLinearize(bases: [PyType]) -> Bool {
        let probe = PyType(name: "?", qualifiedName: "?", module: "", bases: bases, dict: [:])
        return linearize(probe) != nil
    }

    /// Finds an attribute along the MRO (no descriptor binding).
    @inline(__always)
    public func lookup(_ name: String) -> Value? {
        // A miss is cached as `.unset` (never a class attribute's value), so a name the class
        // lacks (`hasattr` misses, `__getattr__` probes) costs one hash, like a hit.
        if let hit = lookupCache.value(for: name) { return hit.isUnset ? nil : hit }
        return slowLookup(name)
    }

    private func slowLookup(_ name: String) -> Value? {
        prepare()
        for type in mro {
            type.prepare()
            if let value = type.dict[name] {
                lookupCache.insert(value, for: name)
                return value
            }
        }
        lookupCache.insert(.unset, for: name)
        return nil
    }

    /// What `cls(...)` needs from the class, looked up once per version of its dictionaries:
    /// `__new__` and `__init__`, and whether each is `object`'s own (which the call skips).
    struct ConstructorMethods {
        let new: Value?
        let initializer: Value?
        let newIsDefault: Bool
        let initializerIsDefault: Bool
        /// The `__init__` is BaseException's, which stores the positional arguments as `args`
        /// exactly as the exceptions' native `__new__` already did.
        let initializerRepeatsNativeNew: Bool
        /// The class has `__abstractmethods__` of its own, which the call must check.
        let mayBeAbstract: Bool
        /// For a plain user class (metaclass `type`, `object.__new__`, no abstract methods, no
        /// native base) whose `__init__` is a Python function: that function, which the
        /// dispatch loop runs on a new instance with the call's arguments in place.
        let inPlaceInitializer: PyFunction?
    }

    func constructorMethods() -> ConstructorMethods {
        if let cached = constructorCache, constructorCacheVersion == version { return cached }
        let new = lookup("__new__"), initializer = lookup("__init__")
        let object = BuiltinTypes.object.ownDictionary
        let newIsDefault = new.map { found in object["__new__"].map { found.isIdentical(to: $0) } ?? false } ?? true
        let mayBeAbstract = !isBuiltin && ownDictionary["__abstractmethods__"] != nil
        var inPlaceInitializer: PyFunction?
        if !isBuiltin, newIsDefault, !mayBeAbstract, nativeNew == nil, type === BuiltinTypes.type,
           case .object(let o)? = initializer, o.objectKind == .function {
            inPlaceInitializer = unsafeDowncast(o, to: PyFunction.self)
        }
        let methods = ConstructorMethods(new: new, initializer: initializer,
                                         newIsDefault: newIsDefault,
                                         initializerIsDefault: initializer.map { found in object["__init__"].map { found.isIdentical(to: $0) } ?? false } ?? true,
                                         initializerRepeatsNativeNew: initializer.map { found in
                                             BuiltinTypes.baseException.ownDictionary["__init__"].map { found.isIdentical(to: $0) } ?? false
                                         } ?? false,
                                         mayBeAbstract: mayBeAbstract, inPlaceInitializer: inPlaceInitializer)
        constructorCache = methods
        constructorCacheVersion = version
        return methods
    }
    private var constructorCache: ConstructorMethods?
    private var constructorCacheVersion = 0

    /// A special method that user code defined on this class or a user-defined base, as
    /// opposed to the implementation of a built-in base (nil then). Built-in fast paths check
    /// this before bypassing the special method.
    public func userOverride(_ name: String) -> Value? {
        if isBuiltin { return nil }
        if let cached = overrideCache.value(for: name) { return cached.isUnset ? nil : cached }
        var found: Value = .unset
        for type in mro {
            if let value = type.ownDictionary[name] {
                if !type.isBuiltin { found = value }
                break
            }
        }
        overrideCache.insert(found, for: name)
        return found.isUnset ? nil : found
    }

    /// Whether user code left `__iter__` to the built-in base, kept in a field: unpacking an
    /// instance of a tuple or list subclass (`x, y = point` of a namedtuple) asks on every use.
    public var keepsBuiltinIteration: Bool {
        if let known = builtinIterationCache { return known }
        let found = userOverride("__iter__") == nil
        builtinIterationCache = found
        return found
    }
    private var builtinIterationCache: Bool?

    /// `userOverride` of `__getitem__` and `__setitem__`, kept in fields: subscripts of
    /// instances of user subclasses of tuple, list and dict (namedtuples, whose fields read by
    /// index) ask on every access, and a field costs less than hashing the name.
    private struct SubscriptOverrides { let get: Value?; let set: Value? }
    private var subscriptOverrides: SubscriptOverrides?

    private func overridesOfSubscripts() -> SubscriptOverrides {
        if let known = subscriptOverrides { return known }
        let found = SubscriptOverrides(get: userOverride("__getitem__"), set: userOverride("__setitem__"))
        subscriptOverrides = found
        return found
    }

    /// `userOverride("__getitem__")`.
    public var userGetItem: Value? { isBuiltin ? nil : overridesOfSubscripts().get }

    /// `userOverride("__setitem__")`.
    public var userSetItem: Value? { isBuiltin ? nil : overridesOfSubscripts().set }

    /// The special methods the VM asks of a class on every use of an instance, looked up
    /// together once per version of the class: `__bool__` and `__len__` for truth tests
    /// (`while queue:`, `if node:`), `__getitem__` for subscripts of native containers the VM
    /// has no inline path for (`window[0]` on a deque), `__getattr__` for `getattr`, `hasattr`
    /// and every attribute read that misses the inline cache.
    struct SpecialMethods {
        let bool: Value?
        let length: Value?
        let getItem: Value?
        let getAttribute: Value?
    }
    private var specialMethodsCache: SpecialMethods?

    var specialMethods: SpecialMethods {
        if let known = specialMethodsCache { return known }
        let found = SpecialMethods(bool: lookup("__bool__"), length: lookup("__len__"),
                                   getItem: lookup("__getitem__"), getAttribute: lookup("__getattr__"))
        specialMethodsCache = found
        return found
    }

    var truthMethods: SpecialMethods { specialMethods }
    var getItemMethod: Value? { specialMethods.getItem }
    var attributeHook: Value? { specialMethods.getAttribute }

    public func isSubtype(of other: PyType) -> Bool {
        if self === other { return true }
        return mro.contains { $0 === other }
    }

    public override var acceptsAttributes: Bool { !isBuiltin }
}
