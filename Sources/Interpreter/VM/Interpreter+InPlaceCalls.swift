/// Positional calls of Python functions that the dispatch loop's inline fast path
/// (`enterInPlace`) does not take, entered in place all the same: bound methods held in a
/// variable (`f = obj.method; f()`, class methods, `super().method()`), functions with `*args`
/// or `**kwargs` (decorator wrappers), and `f(*args)` calls. Their arguments stay on the value
/// stack and become the callee's first locals; no argument array, `Arguments` or frame object
/// is made.
extension Interpreter {
    /// Enters the Python function (or bound method of one) in `callableSlot` with the `count`
    /// positional arguments above it, when that can be done in place. Returns the callee frame,
    /// or nil when the call needs the general path; then `firstArgument`, `count` and `sp`
    /// describe the stack as it now is (a bound method's receiver may have been moved in as the
    /// first argument, with the function in the callable's slot).
    func enterPythonCallInPlace(callableSlot: UnsafeMutablePointer<Value>, firstArgument: inout UnsafeMutablePointer<Value>,
                                count: inout Int, keywordNames: [Value], returnSlot: UnsafeMutablePointer<Value>, frame: Unmanaged<Frame>,
                                sp: inout UnsafeMutablePointer<Value>, pc: Int) throws -> Unmanaged<Frame>? {
        guard case .object(var object) = callableSlot.pointee else { return nil }
        var moved = false
        if object.objectKind == .boundMethod {
            let method = unsafeDowncast(object, to: PyBoundMethod.self)
            guard case .object(let target) = method.function, target.objectKind == .function, sp + 1 < stackEnd else { return nil }
            // [method, args...] becomes [function, receiver, args...]: the receiver is the first
            // argument, as if the call had been `obj.method(args...)`.
            let function = method.function
            let receiver = method.receiver
            (firstArgument + 1).moveInitialize(from: firstArgument, count: count)
            firstArgument.initialize(to: receiver)
            callableSlot.pointee = function
            count += 1
            sp += 1
            object = target
            moved = true
        }
        guard object.objectKind == .function else { return nil }
        let function = Unmanaged.passUnretained(unsafeDowncast(object, to: PyFunction.self))
        do {
            if !keywordNames.isEmpty {
                return try enterWithKeywordsInPlace(function, count: count, keywordNames: keywordNames, firstArgument: firstArgument,
                                                    returnSlot: returnSlot, caller: frame, pc: pc, sp: sp)
            }
            if let callee = try enterInPlace(function, count: count, firstArgument: firstArgument, returnSlot: returnSlot,
                                             caller: frame, pc: pc, sp: sp) {
                return callee
            }
            return try enterCollectingInPlace(function, count: count, firstArgument: firstArgument, returnSlot: returnSlot,
                                              caller: frame, pc: pc, sp: sp)
        } catch {
            // The dispatch loop's stack pointer is one slot short after the receiver moved in.
            if moved { pendingUnwindStackPointer = sp }
            throw error
        }
    }

    /// Enters a function with `*args`, `**kwargs` and/or keyword-only parameters in place: the
    /// arguments past its named parameters move into the `*args` tuple, `**kwargs` gets an
    /// empty dict, the keyword-only parameters their defaults. Nil (nothing done) when the code
    /// or the argument count does not allow it (the general binding raises CPython's error).
    func enterCollectingInPlace(_ function: Unmanaged<PyFunction>, count: Int, firstArgument: UnsafeMutablePointer<Value>,
                                returnSlot: UnsafeMutablePointer<Value>, caller: Unmanaged<Frame>, pc: Int,
                                sp: UnsafeMutablePointer<Value>) throws -> Unmanaged<Frame>? {
        let code = function._withUnsafeGuaranteedRef { $0.codeRef }
        let (collects, flags, parameterCount, keywordOnlyCount, localCount, frameSize) = code._withUnsafeGuaranteedRef {
            ($0.entersInPlaceCollecting, $0.flags, $0.argumentCount, $0.keywordOnlyCount, $0.localCount, $0.frameSlotCount)
        }
        guard collects else { return nil }
        let hasVarArgs = flags.contains(.varArgs)
        if count > parameterCount && !hasVarArgs { return nil }
        if count < parameterCount
            && count < parameterCount - function._withUnsafeGuaranteedRef({ $0.defaults.count }) { return nil }
        let namedCount = parameterCount + keywordOnlyCount
        if keywordOnlyCount > 0 && !Interpreter.keywordOnlyDefaultsCover(function, code, filled: 0, from: parameterCount) {
            return nil
        }
        if callDepth >= recursionLimit || firstArgument + frameSize + 2 >= stackEnd {
            throw PyException(BuiltinTypes.recursionError, "maximum recursion depth exceeded")
        }
        if count < parameterCount {
            function._withUnsafeGuaranteedRef { Interpreter.fillDefaults($0, firstArgument, count, parameterCount) }
        }
        // The extra positional arguments leave their slots (where keyword-only parameters and
        // `*args` go) before those are filled.
        var extraArguments: [Value] = []
        if hasVarArgs && count > parameterCount {
            extraArguments = [Value](moving: firstArgument + parameterCount, count: count - parameterCount)
        }
        if keywordOnlyCount > 0 {
            Interpreter.fillKeywordOnlyDefaults(function, code, firstArgument, filled: 0, from: parameterCount)
        }
        var next = namedCount
        if hasVarArgs {
            (firstArgument + next).initialize(to: .object(PyTuple(extraArguments)))
            next += 1
        }
        if flags.contains(.varKeywords) {
            (firstArgument + next).initialize(to: .object(PyDict()))
            next += 1
        }
        if localCount > next {
            (firstArgument + next).initialize(repeating: .unset, count: localCount - next)
        }
        return pushCallee(function, code: code, firstArgument: firstArgument, returnSlot: returnSlot, localCount: localCount,
                          caller: caller, pc: pc, sp: sp)
    }

    /// Whether every keyword-only parameter (locals `start..<start + keywordOnlyCount`) whose
    /// bit in `filled` is clear has a default.
    static func keywordOnlyDefaultsCover(_ function: Unmanaged<PyFunction>, _ code: Unmanaged<CodeObject>, filled: UInt64,
                                         from start: Int) -> Bool {
        code._withUnsafeGuaranteedRef { code in
            function._withUnsafeGuaranteedRef { function in
                for p in start..<(start + code.keywordOnlyCount) where filled & (1 << UInt64(p)) == 0 {
                    if function.keywordDefaults[code.localNames[p]] == nil { return false }
                }
                return true
            }
        }
    }

    /// Initializes the slots of the keyword-only parameters whose bit in `filled` is clear with
    /// their defaults (`keywordOnlyDefaultsCover` said they all have one).
    static func fillKeywordOnlyDefaults(_ function: Unmanaged<PyFunction>, _ code: Unmanaged<CodeObject>,
                                        _ firstArgument: UnsafeMutablePointer<Value>, filled: UInt64, from start: Int) {
        code._withUnsafeGuaranteedRef { code in
            function._withUnsafeGuaranteedRef { function in
                for p in start..<(start + code.keywordOnlyCount) where filled & (1 << UInt64(p)) == 0 {
                    (firstArgument + p).initialize(to: function.keywordDefaults[code.localNames[p]] ?? .none)
                }
            }
        }
    }

    /// Enters a function called with keyword arguments in place (no cells): each keyword's
    /// value moves to its parameter's slot (a keyword-only one too), the parameters left out
    /// take their defaults, extra positional arguments go to `*args` and unknown keywords to
    /// `**kwargs` when the function has them. Nil (nothing done) for anything the general
    /// binding must handle, including every call that is an error, so the messages stay CPython's.
    func enterWithKeywordsInPlace(_ function: Unmanaged<PyFunction>, count: Int, keywordNames: [Value],
                                  firstArgument: UnsafeMutablePointer<Value>, returnSlot: UnsafeMutablePointer<Value>,
                                  caller: Unmanaged<Frame>, pc: Int, sp: UnsafeMutablePointer<Value>) throws -> Unmanaged<Frame>? {
        let code = function._withUnsafeGuaranteedRef { $0.codeRef }
        let (enters, collects, flags, parameterCount, keywordOnlyCount, localCount, frameSize) = code._withUnsafeGuaranteedRef {
            ($0.entersInPlace, $0.entersInPlaceCollecting, $0.flags, $0.argumentCount, $0.keywordOnlyCount, $0.localCount,
             $0.frameSlotCount)
        }
        let hasVarArgs = flags.contains(.varArgs), hasVarKeywords = flags.contains(.varKeywords)
        let keywordCount = keywordNames.count
        let positionalCount = count - keywordCount
        // Keyword-only parameters follow the positional ones among the locals.
        let namedCount = parameterCount + keywordOnlyCount
        // One bit per parameter records which are filled.
        guard enters || collects, namedCount <= 64, keywordCount <= count,
              positionalCount <= parameterCount || hasVarArgs else { return nil }
        let positionalOnlyCount = code._withUnsafeGuaranteedRef { $0.positionalOnlyCount }
        let names = code._withUnsafeGuaranteedRef { $0.localNames }
        let defaults = function._withUnsafeGuaranteedRef { $0.defaults }
        let firstDefault = parameterCount - defaults.count
        let boundPositionally = min(positionalCount, parameterCount)
        return try withUnsafeTemporaryAllocation(of: Int.self, capacity: keywordCount) { targets -> Unmanaged<Frame>? in
            var filled: UInt64 = boundPositionally >= 64 ? ~0 : (1 << UInt64(boundPositionally)) &- 1
            for k in 0..<keywordCount {
                guard case .object(let o) = keywordNames[k], o.objectKind == .str else { return nil }
                let name = unsafeDowncast(o, to: PyStr.self).value
                var found = -1
                for p in 0..<namedCount where names[p] == name {
                    found = p
                    break
                }
                if found >= 0 && found < positionalOnlyCount { found = -1 }
                if found < 0 {
                    // `**kwargs` takes it (a positional-only parameter's name too), else an error.
                    guard hasVarKeywords else { return nil }
                } else {
                    guard filled & (1 << UInt64(found)) == 0 else { return nil }
                    filled |= 1 << UInt64(found)
                }
                targets[k] = found
            }
            for p in boundPositionally..<parameterCount where filled & (1 << UInt64(p)) == 0 && p < firstDefault { return nil }
            if keywordOnlyCount > 0 && !Interpreter.keywordOnlyDefaultsCover(function, code, filled: filled, from: parameterCount) {
                return nil
            }
            if callDepth >= recursionLimit || firstArgument + frameSize + 2 >= stackEnd {
                throw PyException(BuiltinTypes.recursionError, "maximum recursion depth exceeded")
            }
            var extraKeywords: PyDict?
            withUnsafeTemporaryAllocation(of: Value.self, capacity: keywordCount) { values in
                let held = values.baseAddress.unsafelyUnwrapped
                held.moveInitialize(from: firstArgument + positionalCount, count: keywordCount)
                // The extra positional arguments leave their slots (where keyword-only
                // parameters and `*args` go) before those are filled.
                var extraArguments: [Value] = []
                if hasVarArgs && positionalCount > boundPositionally {
                    extraArguments = [Value](moving: firstArgument + parameterCount, count: positionalCount - boundPositionally)
                }
                var next = namedCount
                if hasVarArgs {
                    (firstArgument + next).initialize(to: .object(PyTuple(extraArguments)))
                    next += 1
                }
                if hasVarKeywords {
                    // Sized for the keywords no parameter takes, so filling it never regrows it.
                    let unmatched = (0..<keywordCount).reduce(0) { $0 + (targets[$1] < 0 ? 1 : 0) }
                    let dict = PyDict(DictStorage(minimumCapacity: unmatched))
                    (firstArgument + next).initialize(to: .object(dict))
                    extraKeywords = dict
                    next += 1
                }
                for p in boundPositionally..<parameterCount where filled & (1 << UInt64(p)) == 0 {
                    (firstArgument + p).initialize(to: defaults[p - firstDefault])
                }
                if keywordOnlyCount > 0 {
                    Interpreter.fillKeywordOnlyDefaults(function, code, firstArgument, filled: filled, from: parameterCount)
                }
                for k in 0..<keywordCount {
                    let target = targets[k]
                    if target >= 0 {
                        (firstArgument + target).moveInitialize(from: held + k, count: 1)
                    } else {
                        extraKeywords?.storage[HashKey(keywordNames[k])] = (held + k).move()
                    }
                }
                if localCount > next {
                    (firstArgument + next).initialize(repeating: .unset, count: localCount - next)
                }
            }
            return pushCallee(function, code: code, firstArgument: firstArgument, returnSlot: returnSlot, localCount: localCount,
                              caller: caller, pc: pc, sp: sp)
        }
    }

    /// The callee frame of a call entered in place, from the frame pool.
    @inline(__always)
    func pushCallee(_ function: Unmanaged<PyFunction>, code: Unmanaged<CodeObject>, firstArgument: UnsafeMutablePointer<Value>,
                    returnSlot: UnsafeMutablePointer<Value>, localCount: Int, caller: Unmanaged<Frame>, pc: Int,
                    sp: UnsafeMutablePointer<Value>) -> Unmanaged<Frame> {
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
            c.exceptionDepth = depth
            c.serial = serial
        }
        callDepth += 1
        currentFrameRef = callee
        return callee
    }

    /// A Python function called from native code (a `key=`, `map` or `sorted` callback, a
    /// special method): its frame comes from the frame pool, as a call inside the dispatch
    /// loop does, instead of being a new object, and is returned to the pool when it ends.
    func runPooled(_ function: PyFunction, _ arguments: Arguments) throws -> Value {
        let base = stackTop
        let code = function.code
        let cells = try prepareSlots(code: code, function: function, arguments: arguments.positional, keywords: arguments.keywords,
                                     keywordObjects: arguments.keywordObjects, at: base)
        return try runPooledFrame(function, base: base, cells: cells)
    }

    /// Runs `function` in a pooled frame whose return slot is `base`, its locals above it
    /// already in place.
    func runPooledFrame(_ function: PyFunction, base: UnsafeMutablePointer<Value>, cells: [PyCell]) throws -> Value {
        let code = function.code
        let pooled = pushPooledFrame()
        defer { popPooledFrame(pooled) }
        let frame = pooled.takeUnretainedValue()
        frame.codeRef = function.codeRef
        frame.functionRef = Unmanaged.passUnretained(function)
        frame.globalsRef = function.globalsRef
        frame.bytecode = code.bytecode.unsafelyUnwrapped
        frame.constants = code.constantPointer.unsafelyUnwrapped
        frame.globalSlots = code.globalSlots.unsafelyUnwrapped
        frame.caches = code.attributeCaches.unsafelyUnwrapped
        frame.locals = base + 1
        frame.returnSlot = base
        frame.stackPointer = base + 1 + code.localCount
        frame.pc = 0
        frame.parentRef = nil
        frame.serial = nextFrameSerial()
        frame.cells = cells
        return try runToCompletion(frame)
    }
}
