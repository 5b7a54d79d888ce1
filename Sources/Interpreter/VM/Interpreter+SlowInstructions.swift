/// Instructions that are not on the hot path: builders, unpacking, exceptions, classes, imports.
extension Interpreter {
    /// Runs one instruction that is not on the hot path; returns the new stack pointer and pc.
    /// If it throws, `pendingUnwindStackPointer` tells the dispatch loop where the stack ends.
    @inline(never)
    func executeSlowInstruction(_ opcode: Opcode, _ arg: Int, frame: Frame,
                                sp stackPointer: UnsafeMutablePointer<Value>, pc programCounter: Int) throws -> (UnsafeMutablePointer<Value>, Int) {
        var sp = stackPointer
        var pc = programCounter
        do {
            switch opcode {
            case .setupExcept, .setupFinally, .setupCleanup, .popBlock, .pushExcInfo, .popExcept, .checkExcMatch:
                // Not a case of the dispatch loop's own switch: another case there changes how
                // the whole loop is compiled (measured slower on plain arithmetic loops).
                try exceptionBlockInstruction(opcode, arg, frame: Unmanaged.passUnretained(frame), sp: &sp)
            default:
                try slowInstruction(opcode, arg, frame: frame, sp: &sp, pc: &pc)
            }
        } catch {
            pendingUnwindStackPointer = sp
            throw error
        }
        return (sp, pc)
    }

    private func slowInstruction(_ opcode: Opcode, _ arg: Int, frame: Frame,
                                 sp: inout UnsafeMutablePointer<Value>, pc: inout Int) throws {
        func pop() -> Value {
            sp -= 1
            return sp.move()
        }
        func push(_ value: Value) {
            sp.initialize(to: value)
            sp += 1
        }
        func popMany(_ count: Int) -> [Value] {
            let items = Array(UnsafeBufferPointer(start: sp - count, count: count))
            (sp - count).deinitialize(count: count)
            sp -= count
            return items
        }
        func peek(_ depth: Int) -> Value { (sp - depth).pointee }

        switch opcode {
        case .deleteFast:
            if case .unset = frame.locals[arg] { throw unboundLocal(frame.code.localNames[arg]) }
            frame.locals[arg] = .unset
        case .buildList:
            push(.object(PyList(popMany(arg))))
        case .getIter:
            let value = peek(1)
            (sp - 1).pointee = try iterate(value)
        case .deleteGlobal:
            let ref = frame.code.globalRefs[arg]
            if frame.globals.values[ref.slot].isUnset { throw nameError(ref.name) }
            frame.globals.store(slot: ref.slot, .unset)
        case .loadName:
            push(try loadName(frame.code.names[arg], frame: frame))
        case .storeName:
            storeName(frame.code.names[arg], pop(), frame: frame)
        case .deleteName:
            try deleteName(frame.code.names[arg], frame: frame)
        case .deleteDeref:
            if case .unset = frame.cells[arg].value { throw unboundDeref(frame.code, arg) }
            frame.cells[arg].value = .unset
        case .loadClosure:
            push(.object(frame.cells[arg]))
        case .loadClassDeref:
            let name = frame.code.freeNames[arg - frame.code.cellNames.count]
            let value = frame.namespace?[name] ?? frame.cells[arg].value
            if case .unset = value { throw unboundDeref(frame.code, arg) }
            push(value)
        case .deleteAttr:
            let object = pop()
            try deleteAttributeDispatching(object, frame.code.names[arg])
        case .unaryNegative, .unaryPositive, .unaryInvert:
            let value = peek(1)
            let result: Value
            switch opcode {
            case .unaryNegative: result = try negate(value)
            case .unaryPositive: result = try unaryPlus(value)
            default: result = try invert(value)
            }
            (sp - 1).pointee = result
        case .containsOp:
            let container = peek(1)
            let item = peek(2)
            let found = try contains(container, item)
            sp -= 1
            sp.deinitialize(count: 1)
            (sp - 1).pointee = .bool(found != (arg == 1))
        case .deleteSubscript:
            let index = pop()
            let container = pop()
            try deleteItem(container, index)
        case .traceValue:
            if let tracer = expressionTracer, arg < frame.code.traceSites.count {
                let site = frame.code.traceSites[arg]
                // A traced function called from a traced call nests under that call.
                var depth = site.depth
                var caller = frame.parent
                while let outer = caller, let callDepth = outer.code.traceCallDepths[outer.pc - 1] {
                    depth += callDepth + 1
                    caller = outer.parent
                }
                tracer(peek(1), TracebackCarets.text(from: site.start, to: site.end, in: frame.code.file), depth)
            }
        case .subscriptMulti:
            // The indices are read in place on the operand stack (no array per `t[i, j]`); they
            // stay there until the call returns, and nested frames live above this one.
            let indices = UnsafeBufferPointer(start: sp - arg, count: arg)
            let container = (sp - arg - 1).pointee
            let value = try getItem(container, multiIndex: indices)
            (sp - arg).deinitialize(count: arg)
            sp -= arg
            (sp - 1).pointee = value
        case .storeSubscriptMulti:
            // Stack: value, container, indices... (read in place, popped after the store).
            let indices = UnsafeBufferPointer(start: sp - arg, count: arg)
            let container = (sp - arg - 1).pointee
            let value = (sp - arg - 2).pointee
            try setItem(container, multiIndex: indices, value)
            (sp - arg - 2).deinitialize(count: arg + 2)
            sp -= arg + 2
        case .buildSet:
            let set = PySet()
            for item in popMany(arg) { set.add(try hashKey(item)) }
            push(.object(set))
        case .buildMap:
            let items = popMany(arg * 2)
            let dict = PyDict(DictStorage(minimumCapacity: arg))
            for i in stride(from: 0, to: items.count, by: 2) {
                dict.storage[try hashKey(items[i])] = items[i + 1]
            }
            push(.object(dict))
        case .buildConstKeyMap:
            let keys = pop()
            let values = popMany(arg)
            let dict = PyDict(DictStorage(minimumCapacity: arg))
            if case .object(let o) = keys, let tuple = o as? PyTuple {
                for (key, value) in zip(tuple.items, values) { dict.storage[try hashKey(key)] = value }
            }
            push(.object(dict))
        case .buildSlice:
            let items = popMany(arg)
            push(.object(PySlice(start: items[0], stop: items[1], step: arg == 3 ? items[2] : .none)))
        case .listAppend:
            let value = pop()
            if case .object(let o) = peek(arg), let list = o as? PyList { try list.appendGrowing(value) }
        case .setAdd:
            let value = pop()
            if case .object(let o) = peek(arg), let set = o as? PySet { set.add(try hashKey(value)) }
        case .mapAdd:
            let value = pop()
            let key = pop()
            if case .object(let o) = peek(arg), let dict = o as? PyDict { dict.storage[try hashKey(key)] = value }
        case .listExtend:
            let iterable = pop()
            if case .object(let o) = peek(arg), let list = o as? PyList {
                try list.appendContents(try collect(iterable))
            }
        case .setUpdate:
            let iterable = pop()
            if case .object(let o) = peek(arg), let set = o as? PySet {
                let operand = try SetMethods.operand(iterable, self)
                set.change(involvingCustomKeys: operand.hasCustomKeys) { $0.update(operand) }
            }
        case .dictUpdate, .dictMerge:
            let other = pop()
            if case .object(let o) = peek(arg), let dict = o as? PyDict {
                try mergeMapping(into: dict, other, rejectDuplicates: opcode == .dictMerge)
            }
        case .listToTuple:
            let value = pop()
            if case .object(let o) = value, let list = o as? PyList { push(.object(PyTuple(list.items))) } else { push(value) }
        case .unpackSequence:
            let sequence = pop()
            // An exact tuple or list of the right length (`a, b = pair`, `for k, v in items`)
            // goes onto the stack without the general unpacking's checks and copies.
            if case .object(let o) = sequence, o.type === BuiltinTypes.tuple || o.type === BuiltinTypes.list {
                let items = o.objectKind == .tuple ? unsafeDowncast(o, to: PyTuple.self).items : unsafeDowncast(o, to: PyList.self).items
                if items.count == arg {
                    var k = arg - 1
                    while k >= 0 { push(items[k]); k -= 1 }
                    return
                }
            }
            let items = try unpack(sequence, count: arg)
            for item in items.reversed() { push(item) }
        case .unpackEx:
            let before = arg & 0xFF
            let after = arg >> 8
            let items = try collect(pop())
            if items.count < before + after {
                throw PyException(BuiltinTypes.valueError,
                                  "not enough values to unpack (expected at least \(before + after), got \(items.count))")
            }
            let middle = Array(items[before..<(items.count - after)])
            for item in items[(items.count - after)...].reversed() { push(item) }
            push(.object(PyList(middle)))
            for item in items[..<before].reversed() { push(item) }
        case .makeFunction:
            let flags = MakeFunctionFlags(rawValue: arg)
            guard case .object(let codeObject) = pop(), let code = codeObject as? CodeObject else {
                throw PyException(BuiltinTypes.systemError, "makeFunction without a code object")
            }
            var closure: [PyCell] = []
            if flags.contains(.closure), case .object(let o) = pop(), let tuple = o as? PyTuple {
                closure = tuple.items.compactMap { $0.asObject as? PyCell }
            }
            var annotations: Value?
            if flags.contains(.annotations) { annotations = pop() }
            var keywordDefaults: [String: Value] = [:]
            if flags.contains(.keywordDefaults), case .object(let o) = pop(), let dict = o as? PyDict {
                for (key, value) in dict.storage {
                    if case .object(let k) = key.value, let name = k as? PyStr { keywordDefaults[name.value] = value }
                }
            }
            var defaults: [Value] = []
            if flags.contains(.defaults), case .object(let o) = pop(), let tuple = o as? PyTuple { defaults = tuple.items }
            let function = PyFunction(code: code, globals: frame.globals, defaults: defaults,
                                      keywordDefaults: keywordDefaults, closure: closure)
            if let doc = code.docstring { function.attributes["__doc__"] = .str(doc) }
            if let annotations { function.attributes["__annotations__"] = annotations }
            push(.object(function))
        case .loadBuildClass:
            push(builtins["__build_class__"] ?? .none)
        case .raise:
            let exception: PyException
            switch arg {
            case 0:
                guard let active = handledExceptions.last else {
                    throw PyException(BuiltinTypes.runtimeError, "No active exception to reraise")
                }
                exception = active
            case 1:
                exception = try makeRaisable(pop(), cause: nil)
            default:
                let cause = pop()
                exception = try makeRaisable(pop(), cause: cause)
            }
            // `raise e` of an exception caught in this frame adds this line in front of the
            // one it has (a new exception gets its first entry here, as it would unwinding).
            if arg != 0 { addTraceback(exception, frame: frame, raiseStatement: true) }
            if !raiseToHandlerInFrame(exception, frame: frame, sp: &sp, pc: &pc) { throw exception }
        case .reraise:
            let value = pop()
            guard case .object(let o) = value, o.objectKind == .exception else {
                throw PyException(BuiltinTypes.systemError, "reraise of a non-exception")
            }
            let exception = unsafeDowncast(o, to: PyException.self)
            if !raiseToHandlerInFrame(exception, frame: frame, sp: &sp, pc: &pc) { throw exception }
        case .beforeWith:
            // [manager] -> [exit, enter, manager] (or [exit, unset, bound enter]) for the
            // `callMethod 0` that follows.
            let manager = peek(1)
            let managerType = manager.type
            guard let enter = managerType.lookup("__enter__") else {
                throw PyException(BuiltinTypes.typeError, "'\(managerType.name)' object does not support the context manager protocol")
            }
            guard let exit = try specialMethod(manager, "__exit__") else {
                throw PyException(BuiltinTypes.typeError,
                                  "'\(managerType.name)' object does not support the context manager protocol (missed __exit__ method)")
            }
            let unbound: Bool
            if case .object(let f) = enter, f is PyFunction || f is PyBuiltinFunction { unbound = true } else { unbound = false }
            (sp - 1).pointee = exit
            if unbound {
                sp.initialize(to: enter)
                (sp + 1).initialize(to: manager)
            } else {
                sp.initialize(to: .unset)
                (sp + 1).initialize(to: bind(enter, to: manager, type: managerType))
            }
            sp += 2
        case .withExceptStart:
            // Stack: exit, previous exception, exception.
            let exception = peek(1)
            let exit = peek(3)
            stackTop = sp
            push(try call(exit, Arguments([.object(exception.type), exception, .none])))
        case .setupAnnotations:
            break
        case .importName:
            let name = frame.code.names[arg >> 1]
            stackTop = sp
            push(.object(try importModule(name, returnTopLevel: arg & 1 == 0)))
        case .importFrom:
            guard case .object(let o) = peek(1), let module = o as? PyModule else {
                throw PyException(BuiltinTypes.importError, "cannot import from a non-module")
            }
            let name = frame.code.names[arg]
            push(try importFrom(module, name))
        case .importStar:
            guard case .object(let o) = pop(), let module = o as? PyModule else { return }
            for name in publicNames(of: module) {
                if let value = module.namespace[name] {
                    if let namespace = frame.namespace { namespace[name] = value } else { frame.globals[name] = value }
                }
            }
        case .printExpr:
            _ = pop()
        default:
            throw PyException(BuiltinTypes.systemError, "unknown opcode \(opcode)")
        }
    }

    /// `raise X` accepts an exception class or instance; `from Y` sets the cause.
    func makeRaisable(_ value: Value, cause: Value?) throws -> PyException {
        let exception: PyException
        switch value {
        case .object(let o) where o.objectKind == .exception:
            exception = unsafeDowncast(o, to: PyException.self)
        case .object(let o as PyType) where o.isSubtype(of: BuiltinTypes.baseException):
            let made = try call(.object(o), Arguments([]))
            guard case .object(let instance as PyException) = made else {
                throw PyException(BuiltinTypes.typeError, "calling \(o.name) should have returned an instance of BaseException, not \(made.typeName)")
            }
            exception = instance
        default:
            throw PyException(BuiltinTypes.typeError, "exceptions must derive from BaseException")
        }
        if let cause {
            switch cause {
            case .none:
                exception.cause = .none
            case .object(let o as PyException):
                exception.cause = .object(o)
            case .object(let o as PyType) where o.isSubtype(of: BuiltinTypes.baseException):
                exception.cause = try call(.object(o), Arguments([]))
            default:
                throw PyException(BuiltinTypes.typeError, "exception causes must derive from BaseException")
            }
            exception.suppressContext = true
        }
        if let context = handledExceptions.last, context !== exception, exception.context.isNone {
            exception.context = .object(context)
        }
        return exception
    }

    func exceptionMatches(_ exception: Value, _ type: Value) throws -> Bool {
        switch type {
        case .object(let t as PyType):
            guard t.isSubtype(of: BuiltinTypes.baseException) else {
                throw PyException(BuiltinTypes.typeError, "catching classes that do not inherit from BaseException is not allowed")
            }
            return exception.type.isSubtype(of: t)
        case .object(let tuple as PyTuple):
            for item in tuple.items where try exceptionMatches(exception, item) { return true }
            return false
        default:
            throw PyException(BuiltinTypes.typeError, "catching classes that do not inherit from BaseException is not allowed")
        }
    }
}
