extension Unmanaged where Instance == Frame {
    // The parts of the running frame the dispatch loop reads through the frame (keeping them
    // out of the loop's registers).
    @inline(__always) var locals: UnsafeMutablePointer<Value> { _withUnsafeGuaranteedRef { $0.locals } }
    @inline(__always) var constants: UnsafeMutablePointer<Value> { _withUnsafeGuaranteedRef { $0.constants } }
    @inline(__always) var caches: UnsafeMutablePointer<AttributeCache> { _withUnsafeGuaranteedRef { $0.caches } }
    @inline(__always) var globalSlots: UnsafeMutablePointer<Int> { _withUnsafeGuaranteedRef { $0.globalSlots } }
    @inline(__always) var globals: Unmanaged<Namespace> { _withUnsafeGuaranteedRef { $0.globalsRef } }
}

extension Unmanaged where Instance == PyObject {
    @inline(__always)
    var objectKind: ObjectKind { _withUnsafeGuaranteedRef { $0.objectKind } }
}

/// The inline fast paths of the dispatch loop. Objects come unretained from their stack slots
/// and are only used inside `_withUnsafeGuaranteedRef`, which gives a reference without
/// retaining it.
extension Interpreter {
    enum CachedMethod {
        case method(Value)
        case attribute(Value)
        case miss
    }

    /// Whether `cache` describes `o`'s class as it is now.
    @inline(__always)
    static func cacheMatches(_ cache: UnsafeMutablePointer<AttributeCache>, _ o: PyObject) -> Bool {
        guard let type = o.storedType else { return false }
        return Unmanaged.passUnretained(type).toOpaque() == cache.pointee.typeIdentity && type.version == cache.pointee.version
    }

    /// `object.name` from the inline cache, or nil when the slow path must run.
    @inline(__always)
    static func cachedLoad(_ object: Unmanaged<PyObject>, _ cache: UnsafeMutablePointer<AttributeCache>) -> Value? {
        object._withUnsafeGuaranteedRef { cachedLoadBody($0, cache) }
    }

    @inline(never)
    static func cachedLoadBody(_ o: PyObject, _ cache: UnsafeMutablePointer<AttributeCache>) -> Value? {
        guard cacheMatches(cache, o) else { return ownerAttribute(o, cache) }
        switch cache.pointee.kind {
        case .instanceValue:
            return o.attributes.value(cache)
        case .classValue:
            return o.attributes.isEmpty || !o.attributes.contains(cache.pointee.name) ? cache.pointee.value : nil
        case .method:
            if !o.attributes.isEmpty && o.attributes.contains(cache.pointee.name) { return nil }
            return .object(PyBoundMethod(function: cache.pointee.value, receiver: .object(o)))
        case .tupleItem:
            return tupleItem(o, cache)
        default:
            return nil
        }
    }

    /// `loadMethod` from the inline cache.
    @inline(__always)
    static func cachedMethod(_ object: Unmanaged<PyObject>, _ cache: UnsafeMutablePointer<AttributeCache>) -> CachedMethod {
        object._withUnsafeGuaranteedRef { cachedMethodBody($0, cache) }
    }

    @inline(never)
    static func cachedMethodBody(_ o: PyObject, _ cache: UnsafeMutablePointer<AttributeCache>) -> CachedMethod {
        guard cacheMatches(cache, o) else { return ownerMethod(o, cache) }
        switch cache.pointee.kind {
        case .method:
            if !o.attributes.isEmpty && o.attributes.contains(cache.pointee.name) { return .miss }
            return .method(cache.pointee.value)
        case .instanceValue:
            if let value = o.attributes.value(cache) { return .attribute(value) }
            return .miss
        case .classValue:
            if !o.attributes.isEmpty && o.attributes.contains(cache.pointee.name) { return .miss }
            return .attribute(cache.pointee.value)
        case .tupleItem:
            if let value = tupleItem(o, cache) { return .attribute(value) }
            return .miss
        default:
            return .miss
        }
    }

    /// An attribute of a module or class itself from a `moduleSlot` or `classAttribute` entry
    /// for this very object (the global still bound, the class unchanged); nil otherwise.
    @inline(__always)
    static func ownerAttribute(_ o: PyObject, _ cache: UnsafeMutablePointer<AttributeCache>) -> Value? {
        guard Unmanaged.passUnretained(o).toOpaque() == cache.pointee.typeIdentity else { return nil }
        switch cache.pointee.kind {
        case .moduleSlot:
            guard o.objectKind == .module else { return nil }
            return unsafeDowncast(o, to: PyModule.self).namespace.boundValue(slot: cache.pointee.hint)
        case .classAttribute:
            guard o.objectKind == .type, unsafeDowncast(o, to: PyType.self).version == cache.pointee.version else { return nil }
            if cache.pointee.hint == 1 { return .object(PyBoundMethod(function: cache.pointee.value, receiver: .object(o))) }
            return cache.pointee.value
        default:
            return nil
        }
    }

    /// `loadMethod` of a module's or class's own attribute from the cache: a class method
    /// pushes its function with the class as receiver, as `loadMethod` does, with no bound
    /// method made.
    @inline(__always)
    static func ownerMethod(_ o: PyObject, _ cache: UnsafeMutablePointer<AttributeCache>) -> CachedMethod {
        if cache.pointee.kind == .classAttribute && cache.pointee.hint == 1 {
            guard Unmanaged.passUnretained(o).toOpaque() == cache.pointee.typeIdentity, o.objectKind == .type,
                  unsafeDowncast(o, to: PyType.self).version == cache.pointee.version else { return .miss }
            return .method(cache.pointee.value)
        }
        return ownerAttribute(o, cache).map { .attribute($0) } ?? .miss
    }

    /// Item `hint` of a tuple, for a `tupleItem` cache entry (nil past the end: the slow path
    /// raises the getter's IndexError).
    @inline(__always)
    static func tupleItem(_ o: PyObject, _ cache: UnsafeMutablePointer<AttributeCache>) -> Value? {
        guard o.objectKind == .tuple else { return nil }
        let items = unsafeDowncast(o, to: PyTuple.self).items
        let index = cache.pointee.hint
        return index < items.count ? items[index] : nil
    }

    /// `object.name = value` through the inline cache, moving the value out of its slot; false
    /// (with nothing done) when the slow path must run.
    @inline(__always)
    static func cachedStore(_ object: Unmanaged<PyObject>, _ cache: UnsafeMutablePointer<AttributeCache>,
                            moving value: UnsafeMutablePointer<Value>) -> Bool {
        object._withUnsafeGuaranteedRef { cachedStoreBody($0, cache, moving: value) }
    }

    @inline(never)
    static func cachedStoreBody(_ o: PyObject, _ cache: UnsafeMutablePointer<AttributeCache>,
                            moving value: UnsafeMutablePointer<Value>) -> Bool {
        guard cache.pointee.kind == .instanceStore, o.objectKind == cache.pointee.objectKind, cacheMatches(cache, o) else {
            return false
        }
        o.attributes.setValue(moving: value, cache)
        return true
    }

    /// `o.x op= b` for an int `o.x` in the instance's own attributes and an int `b`, in place,
    /// when both caches describe `o`'s class (no descriptor under `x`, no `__setattr__`); false
    /// (with nothing done) when the instructions must run one by one.
    @inline(__always)
    static func cachedIntInplace(_ object: Unmanaged<PyObject>, load: UnsafeMutablePointer<AttributeCache>,
                                 store: UnsafeMutablePointer<AttributeCache>, operation: BinaryOperation, _ b: Int) -> Bool {
        object._withUnsafeGuaranteedRef { cachedIntInplaceBody($0, load, store, operation, b) }
    }

    @inline(never)
    static func cachedIntInplaceBody(_ o: PyObject, _ load: UnsafeMutablePointer<AttributeCache>,
                                     _ store: UnsafeMutablePointer<AttributeCache>, _ operation: BinaryOperation, _ b: Int) -> Bool {
        guard load.pointee.kind == .instanceValue, store.pointee.kind == .instanceStore,
              o.objectKind == store.pointee.objectKind, cacheMatches(load, o), cacheMatches(store, o) else { return false }
        return o.attributes.updateInt(load) { a in intOperation(operation, a, b) }
    }

    /// `x[i]` for an exact list with an int index or an exact dict with a simple key; nil for
    /// the general path (including misses, which raise there).
    @inline(__always)
    static func fastGetItem(_ object: Unmanaged<PyObject>, _ index: UnsafeMutablePointer<Value>) throws -> Value? {
        try object._withUnsafeGuaranteedRef { try fastGetItemBody($0, index) }
    }

    @inline(never)
    static func fastGetItemBody(_ o: PyObject, _ index: UnsafeMutablePointer<Value>) throws -> Value? {
        switch o.objectKind {
        case .list:
            guard o.storedType === BuiltinTypes.list, case .int(let i) = index.pointee else { return nil }
            let list = unsafeDowncast(o, to: PyList.self)
            let n = list.items.count
            let k = i < 0 ? i + n : i
            return k >= 0 && k < n ? list.items[k] : nil
        case .dict:
            guard let key = index.pointee.simpleHashKey, o.storedType === BuiltinTypes.dict || readsAsBuiltin(o) else { return nil }
            return unsafeDowncast(o, to: PyDict.self).storage.value(forKey: key, hash: key.fastHash)
        case .tuple:
            guard case .int(let i) = index.pointee, o.storedType === BuiltinTypes.tuple || readsAsBuiltin(o) else { return nil }
            let tuple = unsafeDowncast(o, to: PyTuple.self)
            let n = tuple.items.count
            let k = i < 0 ? i + n : i
            return k >= 0 && k < n ? tuple.items[k] : nil
        default:
            return nil
        }
    }

    /// Whether `x[k]` on an instance of a dict or tuple subclass (defaultdict, Counter, a
    /// namedtuple) reads the built-in's own items: its class defines no `__getitem__` and no
    /// native hook (a missing key still takes the general path, which calls `__missing__`).
    static func readsAsBuiltin(_ o: PyObject) -> Bool {
        let type = o.type
        return type.userGetItem == nil && type.subscriptHook == nil
    }

    /// The same for `x[k] = v` (no `__setitem__` of the class's own).
    static func writesAsDict(_ o: PyObject) -> Bool {
        let type = o.type
        return type.userSetItem == nil && type.storeSubscriptHook == nil
    }

    /// `x[i] = v` for an exact list with an int index in range or an exact dict with a simple
    /// key, moving the value out of its slot; false (with nothing done) for the general path.
    @inline(__always)
    static func fastSetItem(_ object: Unmanaged<PyObject>, _ index: UnsafeMutablePointer<Value>,
                            _ value: UnsafeMutablePointer<Value>) -> Bool {
        object._withUnsafeGuaranteedRef { fastSetItemBody($0, index, value) }
    }

    @inline(never)
    static func fastSetItemBody(_ o: PyObject, _ index: UnsafeMutablePointer<Value>,
                            _ value: UnsafeMutablePointer<Value>) -> Bool {
        switch o.objectKind {
        case .list:
            guard o.storedType === BuiltinTypes.list, case .int(let i) = index.pointee else { return false }
            let list = unsafeDowncast(o, to: PyList.self)
            let n = list.items.count
            let k = i < 0 ? i + n : i
            guard k >= 0 && k < n else { return false }
            list.items[k] = value.move()
            return true
        case .dict:
            guard let key = index.pointee.simpleHashKey, o.storedType === BuiltinTypes.dict || writesAsDict(o) else { return false }
            unsafeDowncast(o, to: PyDict.self).storage.setValue(value.move(), forKey: key, hash: key.fastHash)
            return true
        default:
            return false
        }
    }

    /// When the instruction at `pc` is a conditional jump, where it goes for `outcome` (the jump
    /// consumes the comparison's result without it being pushed); nil otherwise.
    @inline(__always)
    static func branch(_ outcome: Bool, _ code: UnsafeMutablePointer<UInt32>, _ pc: Int) -> Int? {
        let next = code[pc]
        let nextOpcode = UInt8(truncatingIfNeeded: next)
        if nextOpcode == Opcode.popJumpIfFalse.rawValue { return outcome ? pc + 1 : Int(next >> 8) }
        if nextOpcode == Opcode.popJumpIfTrue.rawValue { return outcome ? Int(next >> 8) : pc + 1 }
        return nil
    }

    /// `+ - * // % | ^ &` on ints as Python does them; nil for other operators, overflow and
    /// division by zero (the general path raises).
    @inline(__always)
    static func intOperation(_ op: BinaryOperation, _ a: Int, _ b: Int) -> Int? {
        switch op {
        case .add:
            let (result, overflow) = a.addingReportingOverflow(b)
            return overflow ? nil : result
        case .subtract:
            let (result, overflow) = a.subtractingReportingOverflow(b)
            return overflow ? nil : result
        case .multiply:
            let (result, overflow) = a.multipliedReportingOverflow(by: b)
            return overflow ? nil : result
        case .floorDivide:
            guard b != 0 && !(a == Int.min && b == -1) else { return nil }
            let quotient = a / b
            return (a % b != 0) && ((a < 0) != (b < 0)) ? quotient - 1 : quotient
        case .modulo:
            guard b != 0 else { return nil }
            if b == -1 { return 0 }
            let remainder = a % b
            return remainder != 0 && ((remainder < 0) != (b < 0)) ? remainder + b : remainder
        case .bitOr: return a | b
        case .bitXor: return a ^ b
        case .bitAnd: return a & b
        case .matrixMultiply, .divide, .power, .leftShift, .rightShift: return nil
        }
    }

    /// The next element for a `for` loop over any iterator object (nil when exhausted).
    @inline(never)
    func nextForLoop(_ iterator: Value) throws -> Value? {
        guard case .object(let o) = iterator else {
            throw PyException(BuiltinTypes.typeError, "'\(iterator.typeName)' object is not an iterator")
        }
        return try next(o)
    }

    @inline(never)
    func unboundLocalError(_ frame: Unmanaged<Frame>, _ index: Int) -> PyException {
        unboundLocal(frame.takeUnretainedValue().code.localNames[index])
    }

    @inline(never)
    func globalNameError(_ frame: Unmanaged<Frame>, _ index: Int) -> PyException {
        nameError(frame.takeUnretainedValue().code.globalRefs[index].name)
    }

    @inline(never)
    func unboundDerefError(_ frame: Unmanaged<Frame>, _ index: Int) -> PyException {
        unboundDeref(frame.takeUnretainedValue().code, index)
    }

    /// Enters a Python function in place when the call allows it (positional arguments only,
    /// as many as its parameters or fewer with defaults, no cells to make): its arguments
    /// become its first locals, no copying. Returns the new frame, or nil (with nothing done)
    /// when the call needs the general path.
    @inline(never)
    func enterInPlace(_ function: Unmanaged<PyFunction>, count: Int, firstArgument: UnsafeMutablePointer<Value>,
                      returnSlot: UnsafeMutablePointer<Value>, caller: Unmanaged<Frame>, pc: Int,
                      sp: UnsafeMutablePointer<Value>) throws -> Unmanaged<Frame>? {
        let code = function._withUnsafeGuaranteedRef { $0.codeRef }
        let (enters, parameterCount, localCount, frameSize) = code._withUnsafeGuaranteedRef {
            ($0.entersInPlace, $0.argumentCount, $0.localCount, $0.frameSlotCount)
        }
        guard enters else { return nil }
        if count != parameterCount {
            guard count < parameterCount,
                  count >= parameterCount - function._withUnsafeGuaranteedRef({ $0.defaults.count }) else { return nil }
        }
        if callDepth >= recursionLimit || firstArgument + frameSize >= stackEnd {
            throw PyException(BuiltinTypes.recursionError, "maximum recursion depth exceeded")
        }
        if count < parameterCount {
            function._withUnsafeGuaranteedRef { Interpreter.fillDefaults($0, firstArgument, count, parameterCount) }
        }
        if localCount > parameterCount {
            (firstArgument + parameterCount).initialize(repeating: .unset, count: localCount - parameterCount)
        }
        caller._withUnsafeGuaranteedRef {
            $0.pc = pc
            $0.stackPointer = sp
        }
        let callee = pushPooledFrame()
        let depth = handledExceptionCount
        let serial = nextFrameSerial()
        callee._withUnsafeGuaranteedRef { c in
            c.activate(function: function, code: code, locals: firstArgument, returnSlot: returnSlot,
                       localCount: localCount, parent: caller)
        }
        callee._withUnsafeGuaranteedRef { c in
            c.exceptionDepth = depth
            c.serial = serial
        }
        callDepth += 1
        currentFrameRef = callee
        return callee
    }

    /// Ends a frame that returns: releases its slots and the exceptions it was handling, and
    /// pops it from the pool. Returns its return slot and the frame to continue in (nil when it
    /// was an entry frame, whose `run` returns).
    @inline(__always)
    func leaveFrame(_ frame: Unmanaged<Frame>, _ sp: UnsafeMutablePointer<Value>) -> (UnsafeMutablePointer<Value>, Unmanaged<Frame>?) {
        let (returnSlot, exceptionDepth, isEntry, parent) = frame._withUnsafeGuaranteedRef {
            ($0.returnSlot, $0.exceptionDepth, $0.isEntry, $0.parentRef)
        }
        returnSlot.releaseSlots(sp - returnSlot)
        if handledExceptionCount > exceptionDepth {
            handledExceptions.removeLast(handledExceptionCount - exceptionDepth)
        }
        callDepth -= 1
        if isEntry { return (returnSlot, nil) }
        popPooledFrame(frame)
        currentFrameRef = parent
        return (returnSlot, parent)
    }

    /// Fills the parameters a call left out from the function's defaults.
    @inline(never)
    static func fillDefaults(_ function: PyFunction, _ firstArgument: UnsafeMutablePointer<Value>, _ count: Int, _ parameterCount: Int) {
        let defaults = function.defaults
        let skip = defaults.count - (parameterCount - count)
        for i in count..<parameterCount { (firstArgument + i).initialize(to: defaults[skip + i - count]) }
    }

    /// Two numbers at least one of which is a float, as doubles (Python converts the int).
    @inline(__always)
    static func floatOperands(_ left: UnsafeMutablePointer<Value>, _ right: UnsafeMutablePointer<Value>) -> (Double, Double)? {
        switch (left.pointee, right.pointee) {
        case let (.float(a), .float(b)): return (a, b)
        case let (.int(a), .float(b)): return (Double(a), b)
        case let (.float(a), .int(b)): return (a, Double(b))
        default: return nil
        }
    }

    /// `+ - * /` on doubles, as Python does them (nil for other operators and division by 0).
    @inline(__always)
    static func floatOperation(_ op: BinaryOperation, _ a: Double, _ b: Double) -> Double? {
        switch op {
        case .add: return a + b
        case .subtract: return a - b
        case .multiply: return a * b
        case .divide: return b == 0 ? nil : a / b
        default: return nil
        }
    }
}

extension Value {
    /// The dictionary key of an int, exact str, float, bool or None, which need no checks (they
    /// are hashable and have no user `__hash__`); nil for other values.
    @inline(__always)
    var simpleHashKey: HashKey? {
        switch self {
        case .int, .float, .bool, .none: return HashKey(self)
        case .object(let o):
            if o.objectKind == .str && o.storedType === BuiltinTypes.str { return HashKey(self) }
            return nil
        case .unset: return nil
        }
    }
}
