/// Calling any callable from Swift, instantiating classes, and building classes.
extension Interpreter {
    /// Calls a Python callable with positional and keyword arguments.
    public func call(_ callable: Value, _ arguments: Arguments) throws -> Value {
        guard case .object(let object) = callable else {
            throw PyException(BuiltinTypes.typeError, "'\(callable.typeName)' object is not callable")
        }
        switch object {
        case let function as PyFunction:
            if function.code.flags.contains(.generator) { return try makeGenerator(function, arguments) }
            return try runPooled(function, arguments)
        case let builtin as PyBuiltinFunction:
            try checkInterrupt()
            // Native code calling native code recursively (a __contains__ that calls `in`)
            // must end in RecursionError, not a native stack overflow.
            if nativeDepth >= recursionLimit * 2 {
                throw PyException(BuiltinTypes.recursionError, "maximum recursion depth exceeded")
            }
            nativeDepth += 1
            defer { nativeDepth -= 1 }
            return try builtin.body(self, arguments)
        case let method as PyBoundMethod:
            return try call(method.function, arguments.prepending(method.receiver))
        case let type as PyType:
            // A metaclass's own `__call__` (enum's lookup by value) runs instead of `type.__call__`.
            if let metaCall = type.type.userOverride("__call__") {
                return try call(metaCall, arguments.prepending(callable))
            }
            return try instantiate(type, arguments)
        case let native as PyNativeCallable where native.type.isBuiltin:
            return try native.invoke(self, arguments)
        default:
            if let dunder = object.type.lookup("__call__") {
                return try call(dunder, arguments.prepending(callable))
            }
            throw PyException(BuiltinTypes.typeError, "'\(callable.typeName)' object is not callable")
        }
    }

    /// Convenience: call with positional arguments only.
    public func call(_ callable: Value, _ positional: Value...) throws -> Value {
        try call(callable, Arguments(positional))
    }

    /// `cls(...)`: `__new__` (native, or user-defined) then `__init__`.
    func instantiate(_ type: PyType, _ arguments: Arguments) throws -> Value {
        if type === BuiltinTypes.type {
            if arguments.positional.count == 1 && arguments.keywords.isEmpty { return .object(arguments[0].type) }
            if arguments.positional.count == 3 { return try typeCall(arguments) }
            throw PyException(BuiltinTypes.typeError, "type() takes 1 or 3 arguments")
        }
        if DirectConstructors.constructsNatively(type), let native = type.nativeNew { return try native(self, type, arguments) }
        if type.isSubtype(of: BuiltinTypes.type) { return try instantiateMetaclass(type, arguments) }
        let methods = type.constructorMethods()
        let instance: Value
        var madeByNativeNew = false
        if !methods.newIsDefault, let userNew = methods.new {
            let function: Value
            if case .object(let o) = userNew, let wrapper = o as? PyMethodWrapper { function = wrapper.function } else { function = userNew }
            instance = try call(function, arguments.prepending(.object(type)))
            guard instance.type.isSubtype(of: type) else { return instance }
        } else if let native = type.nativeNew {
            instance = try native(self, type, arguments)
            madeByNativeNew = true
        } else {
            if methods.mayBeAbstract { try checkNotAbstract(type) }
            instance = .object(PyInstance(type: type))
        }
        // `raise ValueError(i)`: BaseException.__init__ would only store `args` again (with
        // keywords it raises, so those calls still make it).
        let initializerRedundant = madeByNativeNew && methods.initializerRepeatsNativeNew && arguments.keywords.isEmpty
        if !methods.initializerIsDefault, !initializerRedundant, let initializer = methods.initializer {
            let result = try call(initializer, arguments.prepending(instance))
            if !result.isNone {
                throw PyException(BuiltinTypes.typeError, "__init__() should return None, not '\(result.typeName)'")
            }
        } else if type.nativeNew == nil && arguments.count > 0 && methods.newIsDefault {
            throw PyException(BuiltinTypes.typeError, "\(type.name)() takes no arguments")
        }
        return instance
    }

    /// `type(name, bases, dict)`.
    func typeCall(_ arguments: Arguments, metatype: PyType? = nil) throws -> Value {
        guard case .object(let n) = arguments[0], let name = n as? PyStr,
              case .object(let b) = arguments[1], let bases = b as? PyTuple,
              case .object(let d) = arguments[2], let dict = d as? PyDict else {
            throw PyException(BuiltinTypes.typeError, "type.__new__() argument types are (str, tuple, dict)")
        }
        var attributes: [String: Value] = [:]
        for (key, value) in dict.storage {
            if case .object(let k) = key.value, let s = k as? PyStr { attributes[s.value] = value }
        }
        let module = currentFrame.flatMap { $0.globals["__name__"]?.stringValue } ?? "__main__"
        let qualifiedName = attributes["__qualname__"]?.stringValue ?? name.value
        return .object(try makeClass(name: name.value, qualifiedName: qualifiedName, module: module,
                                     bases: bases.items, attributes: attributes, metatype: metatype,
                                     subclassKeywords: arguments.keywords))
    }

    /// Calling a subclass of `type` (a metaclass) makes a class: its `__new__` (by default
    /// `type.__new__`, which records the metaclass), then its `__init__`.
    func instantiateMetaclass(_ metatype: PyType, _ arguments: Arguments) throws -> Value {
        let result: Value
        if let userNew = metatype.userOverride("__new__") {
            var function = userNew
            if case .object(let o) = userNew, let wrapper = o as? PyMethodWrapper { function = wrapper.function }
            result = try call(function, arguments.prepending(.object(metatype)))
        } else {
            result = try typeCall(arguments, metatype: metatype)
        }
        if result.type.isSubtype(of: metatype), let initializer = metatype.userOverride("__init__") {
            _ = try call(initializer, arguments.prepending(result))
        }
        return result
    }

    /// CPython refuses to instantiate a class whose `__abstractmethods__` (set by abc) is not
    /// empty, naming the methods in sorted order.
    func checkNotAbstract(_ type: PyType) throws {
        guard !type.isBuiltin, let abstract = type.ownDictionary["__abstractmethods__"], case .object(let o) = abstract else { return }
        var names: [String] = []
        for item in try collect(.object(o)) { if let name = item.stringValue { names.append(name) } }
        guard !names.isEmpty else { return }
        names.sort()
        throw PyException(BuiltinTypes.typeError,
                          "Can't instantiate abstract class \(type.name) with abstract method\(names.count > 1 ? "s" : "") \(names.joined(separator: ", "))")
    }

    /// `__build_class__(body, name, *bases)`: runs the class body in a fresh namespace, then
    /// creates the class.
    func buildClass(_ arguments: Arguments) throws -> Value {
        guard arguments.positional.count >= 2, case .object(let b) = arguments[0], let body = b as? PyFunction,
              case .object(let n) = arguments[1], let name = n as? PyStr else {
            throw PyException(BuiltinTypes.typeError, "__build_class__: bad arguments")
        }
        // `metaclass=` picks the class's type; other keywords go to `__init_subclass__`.
        var metatype: PyType?
        var keywords: [(name: String, value: Value)] = []
        for keyword in arguments.keywords {
            if keyword.name == "metaclass" {
                guard case .object(let m) = keyword.value, let meta = m as? PyType else {
                    throw PyException(BuiltinTypes.typeError, "metaclass must be a type")
                }
                metatype = meta
            } else {
                keywords.append((keyword.name, keyword.value))
            }
        }
        let originalBases = Array(arguments.positional.dropFirst(2))
        let bases = try resolveMroEntries(originalBases)
        // Without `metaclass=`, the most derived metaclass of the bases.
        for base in bases {
            guard case .object(let b) = base, let baseType = b as? PyType else { continue }
            let candidate = baseType.type
            if let current = metatype {
                if candidate.isSubtype(of: current) { metatype = candidate }
                else if !current.isSubtype(of: candidate) {
                    throw PyException(BuiltinTypes.typeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
                }
            } else {
                metatype = candidate
            }
        }
        if let meta = metatype, meta === BuiltinTypes.type { metatype = nil }
        let namespace = PyDict()
        let frame = try makeFrame(code: body.code, function: body, globals: body.globals, arguments: [])
        frame.namespace = namespace
        _ = try runToCompletion(frame)
        if bases.count != originalBases.count || zip(bases, originalBases).contains(where: { !$0.0.isIdentical(to: $0.1) }) {
            namespace["__orig_bases__"] = .object(PyTuple(originalBases))
        }
        if let metatype {
            namespace["__module__"] = namespace["__module__"] ?? body.globals["__name__"] ?? .str("__main__")
            return try call(.object(metatype), Arguments([arguments[1], .object(PyTuple(bases)), .object(namespace)], keywords: keywords))
        }
        var attributes: [String: Value] = [:]
        for (key, value) in namespace.storage {
            if case .object(let k) = key.value, let s = k as? PyStr { attributes[s.value] = value }
        }
        let module: String
        if case .object(let m) = body.globals["__name__"] ?? .none, let s = m as? PyStr { module = s.value } else { module = "__main__" }
        let qualifiedName: String
        if case .object(let q) = attributes["__qualname__"] ?? .none, let s = q as? PyStr { qualifiedName = s.value } else { qualifiedName = name.value }
        return .object(try makeClass(name: name.value, qualifiedName: qualifiedName, module: module,
                                     bases: bases, attributes: attributes, subclassKeywords: keywords))
    }

    func makeClass(name: String, qualifiedName: String, module: String, bases baseValues: [Value],
                   attributes: [String: Value], metatype: PyType? = nil,
                   subclassKeywords: [(name: String, value: Value)] = []) throws -> PyType {
        var bases: [PyType] = []
        for value in baseValues {
            guard case .object(let o) = value, let base = o as? PyType else {
                throw PyException(BuiltinTypes.typeError, "bases must be types")
            }
            guard base.isSubclassable else {
                throw PyException(BuiltinTypes.typeError, "type '\(base.name)' is not an acceptable base type")
            }
            if bases.contains(where: { $0 === base }) {
                throw PyException(BuiltinTypes.typeError, "duplicate base class \(base.name)")
            }
            bases.append(base)
        }
        if bases.count > 1 && !PyType.canLinearize(bases: bases) {
            throw PyException(BuiltinTypes.typeError,
                              "Cannot create a consistent method resolution order (MRO) for bases \(bases.map(\.name).joined(separator: ", "))")
        }
        var dict = attributes
        dict.removeValue(forKey: "__qualname__")
        // Like CPython: a class that defines __eq__ without __hash__ is unhashable.
        if dict["__eq__"] != nil && dict["__hash__"] == nil { dict["__hash__"] = Value.none }
        // A class without a docstring has `__doc__` None (not its base's).
        if dict["__doc__"] == nil { dict["__doc__"] = Value.none }
        // `__init_subclass__` is implicitly a class method, so `super().__init_subclass__()` binds.
        if case .object(let hook) = dict["__init_subclass__"] ?? .none, hook is PyFunction {
            dict["__init_subclass__"] = .object(PyMethodWrapper(.classMethod, dict["__init_subclass__"] ?? .none))
        }
        let moduleName = dict["__module__"]?.stringValue ?? module
        let type = PyType(name: name, qualifiedName: qualifiedName, module: moduleName, bases: bases, dict: dict,
                          metatype: metatype === BuiltinTypes.type ? nil : metatype)
        if type.lookup("__del__") != nil {
            type.finalizerQueue = finalizers
            if interruptFlag == nil { interruptFlag = ownInterruptWord }
        }
        for value in dict.values { claimMethod(value, for: type) }
        // Descriptors learn the name they were bound to (`__set_name__`).
        for (attribute, value) in dict.sorted(by: { $0.key < $1.key }) {
            if case .object(let o) = value, !o.type.isBuiltin, let setName = o.type.lookup("__set_name__") {
                _ = try call(setName, Arguments([value, .object(type), .str(attribute)]))
            }
        }
        try initSubclass(type, keywords: subclassKeywords)
        return type
    }

    /// Bases that are not classes but have `__mro_entries__` (`Generic[T]`, `NamedTuple`)
    /// stand for the classes that method returns (PEP 560).
    func resolveMroEntries(_ bases: [Value]) throws -> [Value] {
        guard bases.contains(where: { !($0.asObject is PyType) }) else { return bases }
        var resolved: [Value] = []
        let original = Value.object(PyTuple(bases))
        for base in bases {
            if !(base.asObject is PyType), let entries = try lookupAttribute(base, "__mro_entries__") {
                let result = try call(entries, Arguments([original]))
                guard case .object(let o) = result, let tuple = o as? PyTuple else {
                    throw PyException(BuiltinTypes.typeError, "__mro_entries__ must return a tuple")
                }
                resolved.append(contentsOf: tuple.items)
            } else {
                resolved.append(base)
            }
        }
        return resolved
    }

    /// `super(type, type).__init_subclass__(**keywords)`: the nearest base's hook (implicitly a
    /// class method); `object`'s takes no keywords.
    func initSubclass(_ type: PyType, keywords: [(name: String, value: Value)]) throws {
        for base in type.mro.dropFirst() {
            guard let hook = base.ownDictionary["__init_subclass__"] else { continue }
            if base === BuiltinTypes.object {
                if !keywords.isEmpty {
                    throw PyException(BuiltinTypes.typeError, "\(type.qualifiedName).__init_subclass__() takes no keyword arguments")
                }
                return
            }
            var function = hook
            if case .object(let o) = hook, let wrapper = o as? PyMethodWrapper { function = wrapper.function }
            _ = try call(function, Arguments([.object(type)], keywords: keywords))
            return
        }
    }

    /// Records the defining class on functions (directly or inside wrappers) for `super()`.
    func claimMethod(_ value: Value, for type: PyType) {
        guard case .object(let o) = value else { return }
        if let function = o as? PyFunction { function.definingClass = type }
        if let wrapper = o as? PyMethodWrapper { claimMethod(wrapper.function, for: type) }
        if let property = o as? PyProperty {
            claimMethod(property.getter, for: type)
            claimMethod(property.setter, for: type)
            claimMethod(property.deleter, for: type)
        }
    }

    /// Zero-argument `super()`: the class the calling method was defined in, and its first
    /// argument.
    func zeroArgumentSuper() throws -> Value {
        guard let frame = currentFrame, let function = frame.function, let defining = function.definingClass else {
            throw PyException(BuiltinTypes.runtimeError, "super(): no arguments")
        }
        guard frame.code.argumentCount > 0 || frame.code.flags.contains(.varArgs) else {
            throw PyException(BuiltinTypes.runtimeError, "super(): no arguments")
        }
        var receiver = frame.locals[0]
        if let cellIndex = frame.code.cellParameterIndices.first(where: { $0.value == 0 })?.key {
            receiver = frame.cells[cellIndex].value
        }
        return try makeSuper(defining, receiver)
    }

    func makeSuper(_ type: PyType, _ receiver: Value) throws -> Value {
        if case .object(let o) = receiver, o.objectKind == .type {
            let receiverType = unsafeDowncast(o, to: PyType.self)
            if receiverType.isSubtype(of: type) {
                return .object(PySuper(startAfter: type, receiver: receiver, receiverType: receiverType))
            }
        }
        guard receiver.type.isSubtype(of: type) else {
            throw PyException(BuiltinTypes.typeError, "super(type, obj): obj must be an instance or subtype of type")
        }
        return .object(PySuper(startAfter: type, receiver: receiver, receiverType: receiver.type))
    }
}

/// The dispatch loop's general call instruction path.
extension Interpreter {
    /// A call of a built-in type with a direct constructor (`DirectConstructors`), run with the
    /// arguments in place; returns the new stack pointer, or nil (nothing done) when the type has
    /// none for this many arguments. Out of line, so the dispatch loop stays as compact as it was.
    @inline(never)
    func constructDirectly(_ type: Unmanaged<PyType>, count: Int, firstArgument: UnsafeMutablePointer<Value>,
                           returnSlot: UnsafeMutablePointer<Value>, sp: UnsafeMutablePointer<Value>,
                           frame: Unmanaged<Frame>, pc: Int) throws -> UnsafeMutablePointer<Value>? {
        guard let constructor = type._withUnsafeGuaranteedRef({ $0.directConstructor }), constructor.arity.contains(count) else {
            return try constructInstanceInPlace(type, count: count, firstArgument: firstArgument, returnSlot: returnSlot,
                                                sp: sp, frame: frame, pc: pc)
        }
        frame._withUnsafeGuaranteedRef { $0.pc = pc }
        let result = try constructor.body(self, firstArgument, count)
        returnSlot.releaseSlots(sp - returnSlot)
        returnSlot.initialize(to: result)
        return returnSlot + 1
    }

    /// Calls that are not a plain positional call of a simple function or a direct native: the
    /// arguments are collected and their slots released, then either a Python frame is entered
    /// (returned, with the new stack pointer) or the callable runs and its result is pushed.
    @inline(never)
    func callGeneral(callableSlot: UnsafeMutablePointer<Value>, firstArgument: UnsafeMutablePointer<Value>, count: Int,
                     keywordNames: [Value], returnSlot: UnsafeMutablePointer<Value>, frame: Unmanaged<Frame>,
                     sp: UnsafeMutablePointer<Value>, pc: Int) throws -> (UnsafeMutablePointer<Value>, Unmanaged<Frame>?) {
        var firstArgument = firstArgument, count = count, sp = sp
        if let callee = try enterPythonCallInPlace(callableSlot: callableSlot, firstArgument: &firstArgument, count: &count,
                                                   keywordNames: keywordNames, returnSlot: returnSlot, frame: frame, sp: &sp, pc: pc) {
            return (sp, callee)
        }
        let callable = callableSlot.pointee
        // A native callable object (itemgetter, attrgetter, partial, a cmp_to_key key maker)
        // with one argument: called in place, with no argument list. The stack is untouched
        // until it returns, so an exception unwinds it as it stands.
        if count == 1, keywordNames.isEmpty, case .object(let o) = callable, let native = o as? PyNativeCallable, o.type.isBuiltin,
           !native.entersPythonFunction {
            frame._withUnsafeGuaranteedRef { $0.pc = pc }
            // A native body may call back into Python: its frame must start above the live
            // argument slots, not at a stack top an earlier instruction left.
            stackTop = sp
            let result = try native.invokeOne(self, firstArgument.pointee)
            returnSlot.releaseSlots(sp - returnSlot)
            returnSlot.initialize(to: result)
            return (returnSlot + 1, nil)
        }
        // A native function or bound native method that has no direct body for this call
        // (keywords, `**kwargs` or keyword-only parameters), or `dict` called with keywords:
        // bound where the arguments are (`NativeKeywordCalls`); the stack is untouched until it
        // returns.
        if case .object(let o) = callable, !keywordNames.isEmpty || o.objectKind != .type {
            frame._withUnsafeGuaranteedRef { $0.pc = pc }
            stackTop = sp
            if let result = try callNativeBindingInPlace(callable, firstArgument, count: count, keywordNames: keywordNames) {
                returnSlot.releaseSlots(sp - returnSlot)
                returnSlot.initialize(to: result)
                return (returnSlot + 1, nil)
            }
        }
        let positionalCount = count - keywordNames.count
        let positional = Array(UnsafeBufferPointer(start: firstArgument, count: positionalCount))
        var keywords: [(name: String, value: Value)] = []
        if !keywordNames.isEmpty {
            keywords.reserveCapacity(keywordNames.count)
            for (i, nameValue) in keywordNames.enumerated() {
                if case .object(let o) = nameValue, let name = o as? PyStr {
                    keywords.append((name.value, firstArgument[positionalCount + i]))
                }
            }
        }
        returnSlot.deinitialize(count: sp - returnSlot)
        return try callCollected(callable, positional, keywords, keywordObjects: keywordNames, base: returnSlot, frame: frame, pc: pc)
    }

    /// `f(*args, **kwargs)`: the stack holds the callable, the positional arguments (a tuple or
    /// any iterable) and, when the argument's low bit is set, the keyword dict. Made like any
    /// call instruction's call, so a Python function runs in the dispatch loop.
    @inline(never)
    func callUnpacked(_ arg: Int, frame: Unmanaged<Frame>, sp: UnsafeMutablePointer<Value>,
                      pc: Int) throws -> (UnsafeMutablePointer<Value>, Unmanaged<Frame>?) {
        let base = sp - (arg & 1 != 0 ? 3 : 2)
        let positionalValue = (base + 1).pointee
        // The keywords as they are before the positional arguments are collected (an iterator
        // there may change the dict): a copy of the storage, which copies nothing unless it does.
        var keywordsStorage: DictStorage?
        let positional: [Value]
        do {
            if arg & 1 != 0 {
                let keywordsValue = (sp - 1).pointee
                if case .object(let o) = keywordsValue, o.objectKind == .dict {
                    keywordsStorage = unsafeDowncast(o, to: PyDict.self).storage
                } else {
                    // `f(**mapping)` of another mapping: its items, read through `keys()`.
                    frame._withUnsafeGuaranteedRef { $0.pc = pc }
                    stackTop = sp
                    let copy = PyDict()
                    try mergeMapping(into: copy, keywordsValue, rejectDuplicates: true)
                    keywordsStorage = copy.storage
                }
                if let storage = keywordsStorage {
                    for (key, _) in storage {
                        guard case .object(let k) = key.value, k.objectKind == .str else {
                            throw PyException(BuiltinTypes.typeError, "keywords must be strings")
                        }
                    }
                }
            }
            if case .object(let o) = positionalValue, o.objectKind == .tuple {
                positional = unsafeDowncast(o, to: PyTuple.self).items
            } else {
                frame._withUnsafeGuaranteedRef { $0.pc = pc }
                stackTop = sp
                positional = try collect(positionalValue)
            }
        } catch {
            pendingUnwindStackPointer = sp
            throw error
        }
        let callable = base.pointee
        let keywordCount = keywordsStorage?.count ?? 0
        var keywordObjects: [Value] = []
        keywordObjects.reserveCapacity(keywordCount)
        // `f(*args, **kwargs)` of a Python function (or a bound method of one): the items and
        // the keywords' values are laid out on the stack as a call instruction's arguments
        // would be, and the call enters in place.
        if case .object(let o) = callable, o.objectKind == .function || o.objectKind == .boundMethod,
           base + positional.count + keywordCount + 4 < stackEnd {
            (base + 1).deinitialize(count: sp - base - 1)
            (base + 1).initialize(from: positional, count: positional.count)
            var laidOut = base + 1 + positional.count
            if let storage = keywordsStorage {
                for (key, value) in storage {
                    laidOut.initialize(to: value)
                    laidOut += 1
                    keywordObjects.append(key.value)
                }
            }
            do {
                return try callGeneral(callableSlot: base, firstArgument: base + 1, count: positional.count + keywordCount,
                                       keywordNames: keywordObjects, returnSlot: base, frame: frame, sp: laidOut, pc: pc)
            } catch {
                // The dispatch loop's stack pointer still counts the tuple and dict.
                if pendingUnwindStackPointer == nil { pendingUnwindStackPointer = laidOut }
                throw error
            }
        }
        var keywords: [(name: String, value: Value)] = []
        if let storage = keywordsStorage {
            keywords.reserveCapacity(keywordCount)
            for (key, value) in storage {
                if case .object(let k) = key.value, k.objectKind == .str {
                    keywords.append((unsafeDowncast(k, to: PyStr.self).value, value))
                    keywordObjects.append(key.value)
                }
            }
        }
        base.deinitialize(count: sp - base)
        return try callCollected(callable, positional, keywords, keywordObjects: keywordObjects, base: base, frame: frame, pc: pc)
    }

    /// The common end of `callGeneral` and `callUnpacked`, once the arguments are off the stack
    /// (whose slots from `base` up are free): a Python function (or a bound method of one) gets
    /// a frame at `base` that the dispatch loop enters; anything else is called and its result
    /// stored at `base`.
    func callCollected(_ callableValue: Value, _ positionalArguments: [Value], _ keywords: [(name: String, value: Value)],
                       keywordObjects: [Value], base: UnsafeMutablePointer<Value>, frame: Unmanaged<Frame>,
                       pc: Int) throws -> (UnsafeMutablePointer<Value>, Unmanaged<Frame>?) {
        var callable = callableValue
        var positional = positionalArguments
        let caller = frame.takeUnretainedValue()
        caller.pc = pc
        caller.stackPointer = base
        stackTop = base
        var receiverInserted = false
        var keywords = keywords, keywordObjects = keywordObjects
        do {
            // A partial of a Python function runs in this loop as that function's call.
            if case .object(let object) = callable, let partial = object as? PyPartial, partial.entersPythonFunction {
                (positional, keywords) = partial.mergedArguments(positional, keywords)
                if !partial.keywords.storage.isEmpty { keywordObjects = [] }
                callable = partial.function
            }
            // A bound Python method runs in this loop too: its receiver is the first argument.
            if case .object(let object) = callable, object.objectKind == .boundMethod {
                let method = unsafeDowncast(object, to: PyBoundMethod.self)
                if case .object(let f) = method.function, f.objectKind == .function {
                    positional.insert(method.receiver, at: 0)
                    callable = method.function
                    receiverInserted = true
                }
            }
            if case .object(let object) = callable, object.objectKind == .function {
                let function = unsafeDowncast(object, to: PyFunction.self)
                if !function.code.flags.contains(.generator) {
                    let calleeCode = function.code
                    let cells = try prepareSlots(code: calleeCode, function: function, arguments: positional, keywords: keywords,
                                                 keywordObjects: keywordObjects, at: base)
                    let callee = pushPooledFrame().takeUnretainedValue()
                    callee.codeRef = function.codeRef
                    callee.functionRef = Unmanaged.passUnretained(function)
                    callee.globalsRef = function.globalsRef
                    callee.bytecode = calleeCode.bytecode.unsafelyUnwrapped
                    callee.constants = calleeCode.constantPointer.unsafelyUnwrapped
                    callee.globalSlots = calleeCode.globalSlots.unsafelyUnwrapped
                    callee.caches = calleeCode.attributeCaches.unsafelyUnwrapped
                    callee.locals = base + 1
                    callee.returnSlot = base
                    callee.stackPointer = base + 1 + calleeCode.localNames.count
                    callee.pc = 0
                    callee.parentRef = frame
                    callee.isEntry = false
                    callee.exceptionDepth = handledExceptions.count
                    callee.serial = nextFrameSerial()
                    callee.cells = cells
                    callDepth += 1
                    currentFrame = callee
                    return (callee.stackPointer, Unmanaged.passUnretained(callee))
                }
            }
            let result = try call(callable, Arguments(positional, keywords: keywords, keywordObjects: keywordObjects))
            base.initialize(to: result)
            return (base + 1, nil)
        } catch {
            pendingUnwindStackPointer = base
            if operandDescriber != nil {
                // The traceback names the arguments; they are no longer on the stack.
                var arguments = positional + keywords.map(\.value)
                var receiver: Value = .unset
                if receiverInserted, !arguments.isEmpty {
                    receiver = arguments.removeFirst()
                } else if let method = callable.asObject as? PyBoundMethod {
                    receiver = method.receiver
                }
                failedCallOperands = (receiver, arguments)
            }
            throw error
        }
    }
}
