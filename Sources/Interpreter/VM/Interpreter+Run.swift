#if canImport(Glibc)
import Glibc
#endif
/// The dispatch loop. Python-to-Python calls and returns switch frames inside the loop without
/// Swift recursion; native code that calls back into Python re-enters `run` with a new entry
/// frame above the current stack top. Fast paths for ints, floats, locals, ranges, lists, dicts,
/// cached attribute access and calls are inline; everything else goes to named slow-path methods.
///
/// Reference counting is kept off the hot paths: objects in stack slots are inspected through
/// `unretainedObject` (the slot keeps them alive) and frames, code objects and globals are held
/// unretained. Operands are read by copy and results assigned over them (`(sp - 1).pointee =
/// result`): Swift 6.3's optimizer miscompiles code that takes a value out of a slot and uses it
/// after the same slot was refilled, so a slot is never emptied and refilled within one
/// instruction while a value taken from it is still in use. Slots below the stack pointer are
/// always initialised, so unwinding can release them.
extension Interpreter {
    enum FrameExit {
        case returned(Value)
        case yielded(Value)
    }

    /// Runs an entry frame until it returns (or, for a generator frame, yields).
    func run(_ entry: Frame) throws -> FrameExit {
        entry.isEntry = true
        unowned(unsafe) var frame = entry
        unowned(unsafe) let savedFrame = currentFrame
        defer { currentFrame = savedFrame }
        currentFrame = frame
        var code = frame.code.bytecode.unsafelyUnwrapped
        var constants = frame.code.constantPointer.unsafelyUnwrapped
        var globalSlots = frame.code.globalSlots.unsafelyUnwrapped
        var caches = frame.code.attributeCaches.unsafelyUnwrapped
        unowned(unsafe) var globals = frame.globals
        var locals = frame.locals
        var sp = frame.stackPointer
        var pc = frame.pc

        while true {
            do {
                dispatch: while true {
                    stackTop = sp
                    let word = code[pc]
                    pc += 1
                    let arg = Int(word >> 8)
                    // Opcodes are declared with consecutive raw values from 0, the same as their case
                    // indices, so the byte is the enum value.
                    let opcode = unsafeBitCast(UInt8(truncatingIfNeeded: word), to: Opcode.self)
                    switch opcode {
                    case .nop:
                        break
                    case .popTop:
                        sp -= 1
                        sp.deinitialize(count: 1)
                    case .dupTop:
                        sp.initialize(to: (sp - 1).pointee)
                        sp += 1
                    case .dupTopTwo:
                        sp.initialize(to: (sp - 2).pointee)
                        (sp + 1).initialize(to: (sp - 1).pointee)
                        sp += 2
                    case .rotTwo:
                        swap(&(sp - 1).pointee, &(sp - 2).pointee)
                    case .rotThree:
                        swap(&(sp - 1).pointee, &(sp - 2).pointee)
                        swap(&(sp - 2).pointee, &(sp - 3).pointee)
                    case .rotFour:
                        swap(&(sp - 1).pointee, &(sp - 2).pointee)
                        swap(&(sp - 2).pointee, &(sp - 3).pointee)
                        swap(&(sp - 3).pointee, &(sp - 4).pointee)
                    case .dupTopN:
                        (sp).initialize(from: sp - arg, count: arg)
                        sp += arg
                    case .rotN:
                        var k = 1
                        while k < arg {
                            swap(&(sp - k).pointee, &(sp - k - 1).pointee)
                            k += 1
                        }
                    case .loadConst:
                        sp.initialize(to: constants[arg])
                        sp += 1
                    case .loadFast:
                        let slot = locals + arg
                        if case .unset = slot.pointee { throw unboundLocal(frame.code.localNames[arg]) }
                        sp.initialize(to: slot.pointee)
                        sp += 1
                    case .storeFast:
                        sp -= 1
                        locals[arg] = sp.move()
                    case .deleteFast:
                        if case .unset = locals[arg] { throw unboundLocal(frame.code.localNames[arg]) }
                        locals[arg] = .unset
                    case .loadGlobal:
                        let value = globals.load(slot: globalSlots[arg])
                        if case .unset = value { throw nameError(frame.code.globalRefs[arg].name) }
                        sp.initialize(to: value)
                        sp += 1
                    case .storeGlobal:
                        sp -= 1
                        globals.store(slot: globalSlots[arg], sp.move())
                    case .deleteGlobal:
                        let ref = frame.code.globalRefs[arg]
                        if frame.globals.values[ref.slot].isUnset { throw nameError(ref.name) }
                        frame.globals.store(slot: ref.slot, .unset)
                    case .loadName:
                        let value = try loadName(frame.code.names[arg], frame: frame)
                        sp.initialize(to: value)
                        sp += 1
                    case .storeName:
                        sp -= 1
                        storeName(frame.code.names[arg], sp.move(), frame: frame)
                    case .deleteName:
                        try deleteName(frame.code.names[arg], frame: frame)
                    case .loadDeref:
                        let value = frame.cells[arg].value
                        if case .unset = value { throw unboundDeref(frame.code, arg) }
                        sp.initialize(to: value)
                        sp += 1
                    case .storeDeref:
                        sp -= 1
                        frame.cells[arg].value = sp.move()
                    case .deleteDeref:
                        if case .unset = frame.cells[arg].value { throw unboundDeref(frame.code, arg) }
                        frame.cells[arg].value = .unset
                    case .loadClosure:
                        sp.initialize(to: .object(frame.cells[arg]))
                        sp += 1
                    case .loadClassDeref:
                        let name = frame.code.freeNames[arg - frame.code.cellNames.count]
                        let value = frame.namespace?[name] ?? frame.cells[arg].value
                        if case .unset = value { throw unboundDeref(frame.code, arg) }
                        sp.initialize(to: value)
                        sp += 1
                    case .loadAttr:
                        let cache = caches + arg
                        if let object = (sp - 1).unretainedObject {
                            unowned(unsafe) let o = object.takeUnretainedValue()
                            if cache.pointee.matches(o) {
                                switch cache.pointee.kind {
                                case .instanceValue:
                                    if let value = o.attributes.value(cache.pointee.name, hint: &cache.pointee.hint) {
                                        (sp - 1).pointee = value
                                        continue dispatch
                                    }
                                case .classValue:
                                    if !o.attributes.contains(cache.pointee.name) {
                                        (sp - 1).pointee = cache.pointee.value
                                        continue dispatch
                                    }
                                case .method:
                                    if !o.attributes.contains(cache.pointee.name) {
                                        (sp - 1).pointee = .object(PyBoundMethod(function: cache.pointee.value, receiver: (sp - 1).pointee))
                                        continue dispatch
                                    }
                                default:
                                    break
                                }
                            }
                        }
                        let object = (sp - 1).pointee
                        (sp - 1).pointee = try loadAttributeMissed(object, cache)
                    case .storeAttr:
                        // Stack: value, object.
                        let cache = caches + arg
                        if let object = (sp - 1).unretainedObject {
                            unowned(unsafe) let o = object.takeUnretainedValue()
                            if cache.pointee.kind == .instanceStore && cache.pointee.matches(o) && o.objectKind == cache.pointee.objectKind {
                                o.attributes.setValue((sp - 2).pointee, cache.pointee.name, hint: &cache.pointee.hint)
                                sp -= 2
                                sp.deinitialize(count: 2)
                                continue dispatch
                            }
                        }
                        let object = (sp - 1).move()
                        let value = (sp - 2).move()
                        sp -= 2
                        try storeAttributeMissed(object, value, cache)
                    case .deleteAttr:
                        sp -= 1
                        try deleteAttribute(sp.move(), frame.code.names[arg])
                    case .loadMethod:
                        // Pushes `method, self` or `unset, attribute` for `callMethod`.
                        let cache = caches + arg
                        if let object = (sp - 1).unretainedObject {
                            unowned(unsafe) let o = object.takeUnretainedValue()
                            if cache.pointee.matches(o) {
                                switch cache.pointee.kind {
                                case .method:
                                    if !o.attributes.contains(cache.pointee.name) {
                                        sp.initialize(to: (sp - 1).pointee)
                                        (sp - 1).pointee = cache.pointee.value
                                        sp += 1
                                        continue dispatch
                                    }
                                case .instanceValue:
                                    if let value = o.attributes.value(cache.pointee.name, hint: &cache.pointee.hint) {
                                        (sp - 1).pointee = .unset
                                        sp.initialize(to: value)
                                        sp += 1
                                        continue dispatch
                                    }
                                case .classValue:
                                    if !o.attributes.contains(cache.pointee.name) {
                                        (sp - 1).pointee = .unset
                                        sp.initialize(to: cache.pointee.value)
                                        sp += 1
                                        continue dispatch
                                    }
                                default:
                                    break
                                }
                            }
                        }
                        let object = (sp - 1).pointee
                        let (method, receiver) = try loadMethodMissed(object, cache)
                        (sp - 1).pointee = method
                        sp.initialize(to: receiver)
                        sp += 1
                    case .binary, .inplace:
                        if case .int(let a) = (sp - 2).pointee, case .int(let b) = (sp - 1).pointee {
                            var result = 0
                            var overflow = false
                            switch arg {
                            case 0: (result, overflow) = a.addingReportingOverflow(b)
                            case 1: (result, overflow) = a.subtractingReportingOverflow(b)
                            case 2: (result, overflow) = a.multipliedReportingOverflow(by: b)
                            case 5:
                                if b > 0 || (b < 0 && a != Int.min) {
                                    result = a / b
                                    if (a % b != 0) && ((a < 0) != (b < 0)) { result -= 1 }
                                } else {
                                    overflow = true
                                }
                            case 6:
                                if b > 0 || (b < 0 && b != -1) {
                                    result = a % b
                                    if result != 0 && ((result < 0) != (b < 0)) { result += b }
                                } else if b == -1 {
                                    result = 0
                                } else {
                                    overflow = true
                                }
                            case 10: result = a | b
                            case 11: result = a ^ b
                            case 12: result = a & b
                            default: overflow = true
                            }
                            if !overflow {
                                // Both slots hold ints: nothing to release.
                                sp -= 1
                                (sp - 1).initialize(to: .int(result))
                                continue dispatch
                            }
                        } else if case let (a, b)? = Interpreter.floatOperands(sp - 2, sp - 1),
                                  let result = Interpreter.floatOperation(arg, a, b) {
                            sp -= 1
                            (sp - 1).pointee = .float(result)
                            continue dispatch
                        }
                        let right = (sp - 1).pointee
                        let left = (sp - 2).pointee
                        let result = opcode == .binary ? try binaryOperation(arg, left, right) : try inplaceOperation(arg, left, right)
                        sp -= 1
                        sp.deinitialize(count: 1)
                        (sp - 1).pointee = result
                    case .compare:
                        var outcome: Bool
                        if case .int(let a) = (sp - 2).pointee, case .int(let b) = (sp - 1).pointee {
                            switch arg {
                            case 0: outcome = a == b
                            case 1: outcome = a != b
                            case 2: outcome = a < b
                            case 3: outcome = a <= b
                            case 4: outcome = a > b
                            default: outcome = a >= b
                            }
                            sp -= 2
                        } else if case .float(let a) = (sp - 2).pointee, case .float(let b) = (sp - 1).pointee {
                            switch arg {
                            case 0: outcome = a == b
                            case 1: outcome = a != b
                            case 2: outcome = a < b
                            case 3: outcome = a <= b
                            case 4: outcome = a > b
                            default: outcome = a >= b
                            }
                            sp -= 2
                        } else {
                            let right = (sp - 1).pointee
                            let left = (sp - 2).pointee
                            let result = try compareOperation(arg, left, right)
                            sp -= 1
                            sp.deinitialize(count: 1)
                            (sp - 1).pointee = result
                            continue dispatch
                        }
                        // Both operands were numbers (nothing to release). A following conditional
                        // jump takes the outcome directly.
                        let next = code[pc]
                        let nextOpcode = UInt8(truncatingIfNeeded: next)
                        if nextOpcode == Opcode.popJumpIfFalse.rawValue {
                            pc = outcome ? pc + 1 : Int(next >> 8)
                        } else if nextOpcode == Opcode.popJumpIfTrue.rawValue {
                            pc = outcome ? Int(next >> 8) : pc + 1
                        } else {
                            sp.initialize(to: .bool(outcome))
                            sp += 1
                        }
                    case .unaryNegative, .unaryPositive, .unaryNot, .unaryInvert:
                        let value = (sp - 1).pointee
                        let result: Value
                        switch opcode {
                        case .unaryNegative: result = try negate(value)
                        case .unaryPositive: result = try unaryPlus(value)
                        case .unaryNot: result = .bool(!(try isTruthy(value)))
                        default: result = try invert(value)
                        }
                        (sp - 1).pointee = result
                    case .isOp:
                        let right = (sp - 1).pointee
                        let left = (sp - 2).pointee
                        sp -= 1
                        sp.deinitialize(count: 1)
                        (sp - 1).pointee = .bool(left.isIdentical(to: right) != (arg == 1))
                    case .containsOp:
                        let container = (sp - 1).pointee
                        let item = (sp - 2).pointee
                        let found = try contains(container, item)
                        sp -= 1
                        sp.deinitialize(count: 1)
                        (sp - 1).pointee = .bool(found != (arg == 1))
                    case .binarySubscript:
                        if let object = (sp - 2).unretainedObject {
                            unowned(unsafe) let o = object.takeUnretainedValue()
                            if o.objectKind == .list && o.storedType === listType, case .int(let i) = (sp - 1).pointee {
                                unowned(unsafe) let list = unsafeDowncast(o, to: PyList.self)
                                let n = list.items.count
                                let k = i < 0 ? i + n : i
                                if k >= 0 && k < n {
                                    let value = list.items[k]
                                    sp -= 1
                                    (sp - 1).pointee = value
                                    continue dispatch
                                }
                            } else if o.objectKind == .dict && o.storedType === dictType, let key = (sp - 1).pointee.simpleHashKey {
                                unowned(unsafe) let dict = unsafeDowncast(o, to: PyDict.self)
                                if let value = dict.storage.value(forKey: key, hash: key.fastHash) {
                                    sp -= 1
                                    sp.deinitialize(count: 1)
                                    (sp - 1).pointee = value
                                    continue dispatch
                                }
                            }
                        }
                        let index = (sp - 1).pointee
                        let container = (sp - 2).pointee
                        let value = try getItem(container, index)
                        sp -= 1
                        sp.deinitialize(count: 1)
                        (sp - 1).pointee = value
                    case .storeSubscript:
                        // Stack: value, container, index.
                        if let object = (sp - 2).unretainedObject {
                            unowned(unsafe) let o = object.takeUnretainedValue()
                            if o.objectKind == .dict && o.storedType === dictType, let key = (sp - 1).pointee.simpleHashKey {
                                unowned(unsafe) let dict = unsafeDowncast(o, to: PyDict.self)
                                dict.storage.setValue((sp - 3).pointee, forKey: key, hash: key.fastHash)
                                sp -= 3
                                sp.deinitialize(count: 3)
                                continue dispatch
                            } else if o.objectKind == .list && o.storedType === listType, case .int(let i) = (sp - 1).pointee {
                                unowned(unsafe) let list = unsafeDowncast(o, to: PyList.self)
                                let n = list.items.count
                                let k = i < 0 ? i + n : i
                                if k >= 0 && k < n {
                                    list.items[k] = (sp - 3).pointee
                                    sp -= 3
                                    sp.deinitialize(count: 3)
                                    continue dispatch
                                }
                            }
                        }
                        let index = (sp - 1).move()
                        let container = (sp - 2).move()
                        let value = (sp - 3).move()
                        sp -= 3
                        try setItem(container, index, value)
                    case .deleteSubscript:
                        let index = (sp - 1).move()
                        let container = (sp - 2).move()
                        sp -= 2
                        try deleteItem(container, index)
                    case .subscriptMulti:
                        let indices = Array(UnsafeBufferPointer(start: sp - arg, count: arg))
                        let container = (sp - arg - 1).pointee
                        let value = try getItem(container, multiIndex: indices)
                        (sp - arg).deinitialize(count: arg)
                        sp -= arg
                        (sp - 1).pointee = value
                    case .storeSubscriptMulti:
                        let indices = Array(UnsafeBufferPointer(start: sp - arg, count: arg))
                        (sp - arg).deinitialize(count: arg)
                        sp -= arg
                        let container = (sp - 1).move()
                        let value = (sp - 2).move()
                        sp -= 2
                        try setItem(container, multiIndex: indices, value)
                    case .buildTuple:
                        let items = Array(UnsafeBufferPointer(start: sp - arg, count: arg))
                        (sp - arg).deinitialize(count: arg)
                        sp -= arg
                        sp.initialize(to: .object(PyTuple(items)))
                        sp += 1
                    case .buildList:
                        let items = Array(UnsafeBufferPointer(start: sp - arg, count: arg))
                        (sp - arg).deinitialize(count: arg)
                        sp -= arg
                        sp.initialize(to: .object(PyList(items)))
                        sp += 1
                    case .listAppend:
                        if let object = (sp - 1 - arg).unretainedObject {
                            unowned(unsafe) let o = object.takeUnretainedValue()
                            if o.objectKind == .list {
                                unsafeDowncast(o, to: PyList.self).items.append((sp - 1).pointee)
                                sp -= 1
                                sp.deinitialize(count: 1)
                                continue dispatch
                            }
                        }
                        frame.pc = pc
                        frame.stackPointer = sp
                        try executeSlowInstruction(opcode, arg, frame: frame, sp: &sp, pc: &pc)
                    case .formatValue:
                        try formatValueInstruction(arg, sp: &sp)
                    case .buildString:
                        let text = buildString(sp - arg, count: arg)
                        (sp - arg).deinitialize(count: arg)
                        sp -= arg
                        sp.initialize(to: .object(PyStr(text)))
                        sp += 1
                    case .jump:
                        if arg < pc, let flag = interruptFlag, flag.pointee != 0 { try checkInterrupt() }
                        pc = arg
                    case .popJumpIfFalse:
                        sp -= 1
                        if case .bool(let b) = sp.pointee {
                            if !b { pc = arg }
                        } else {
                            let value = sp.move()
                            if !(try isTruthy(value)) { pc = arg }
                            continue dispatch
                        }
                    case .popJumpIfTrue:
                        sp -= 1
                        if case .bool(let b) = sp.pointee {
                            if b { pc = arg }
                        } else {
                            let value = sp.move()
                            if try isTruthy(value) { pc = arg }
                            continue dispatch
                        }
                    case .jumpIfFalseOrPop:
                        if !(try isTruthy((sp - 1).pointee)) {
                            pc = arg
                        } else {
                            sp -= 1
                            sp.deinitialize(count: 1)
                        }
                    case .jumpIfTrueOrPop:
                        if try isTruthy((sp - 1).pointee) {
                            pc = arg
                        } else {
                            sp -= 1
                            sp.deinitialize(count: 1)
                        }
                    case .getIter:
                        let value = (sp - 1).pointee
                        (sp - 1).pointee = try iterate(value)
                    case .forIter:
                        guard let object = (sp - 1).unretainedObject else {
                            throw PyException(BuiltinTypes.typeError, "'\((sp - 1).pointee.typeName)' object is not an iterator")
                        }
                        unowned(unsafe) let iterator = object.takeUnretainedValue()
                        if iterator.objectKind == .rangeIterator {
                            unowned(unsafe) let range = unsafeDowncast(iterator, to: PyRangeIterator.self)
                            let current = range.current
                            if range.step > 0 ? current < range.stop : current > range.stop {
                                let (advanced, overflow) = current.addingReportingOverflow(range.step)
                                range.current = overflow ? range.stop : advanced
                                sp.initialize(to: .int(current))
                                sp += 1
                            } else {
                                sp -= 1
                                sp.deinitialize(count: 1)
                                pc = arg
                            }
                            continue dispatch
                        }
                        let element: Value?
                        if iterator.objectKind == .sequenceIterator {
                            element = unsafeDowncast(iterator, to: PySequenceIterator.self).next()
                        } else {
                            frame.pc = pc
                            element = try next(iterator)
                        }
                        if let element {
                            sp.initialize(to: element)
                            sp += 1
                        } else {
                            sp -= 1
                            sp.deinitialize(count: 1)
                            pc = arg
                        }
                    case .call, .callMethod:
                        if let flag = interruptFlag, flag.pointee != 0 { try checkInterrupt() }
                        // Layout: [callable, args...] for call, [method|unset, self|callable,
                        // args...] for callMethod.
                        var count = arg
                        let returnSlot: UnsafeMutablePointer<Value>
                        let callableSlot: UnsafeMutablePointer<Value>
                        if opcode == .callMethod {
                            returnSlot = sp - count - 2
                            if case .unset = returnSlot.pointee {
                                callableSlot = returnSlot + 1
                            } else {
                                callableSlot = returnSlot
                                count += 1
                            }
                        } else {
                            returnSlot = sp - count - 1
                            callableSlot = returnSlot
                        }
                        let firstArgument = sp - count
                        if let object = callableSlot.unretainedObject {
                            unowned(unsafe) let o = object.takeUnretainedValue()
                            if o.objectKind == .function {
                                unowned(unsafe) let function = unsafeDowncast(o, to: PyFunction.self)
                                unowned(unsafe) let calleeCode = function.code
                                let parameterCount = calleeCode.argumentCount
                                if calleeCode.entersInPlace && count <= parameterCount
                                    && (count == parameterCount || count >= parameterCount - function.defaults.count) {
                                    // Enter the function in place: its arguments become its first
                                    // locals, no copying.
                                    if callDepth >= recursionLimit || firstArgument + calleeCode.frameSize >= stackEnd {
                                        throw PyException(BuiltinTypes.recursionError, "maximum recursion depth exceeded")
                                    }
                                    if count < parameterCount {
                                        let defaults = function.defaults
                                        let skip = defaults.count - (parameterCount - count)
                                        for i in count..<parameterCount { (firstArgument + i).initialize(to: defaults[skip + i - count]) }
                                    }
                                    let localCount = calleeCode.localNames.count
                                    if localCount > parameterCount {
                                        (firstArgument + parameterCount).initialize(repeating: .unset, count: localCount - parameterCount)
                                    }
                                    frame.pc = pc
                                    frame.stackPointer = sp
                                    unowned(unsafe) let callee = pushPooledFrame().takeUnretainedValue()
                                    callee.code = calleeCode
                                    callee.function = function
                                    callee.globals = function.globals
                                    callee.locals = firstArgument
                                    callee.returnSlot = returnSlot
                                    callee.stackPointer = firstArgument + localCount
                                    callee.pc = 0
                                    callee.parent = frame
                                    callee.isEntry = false
                                    callee.exceptionDepth = handledExceptions.count
                                    callee.serial = nextFrameSerial()
                                    if !calleeCode.freeNames.isEmpty { callee.cells = function.closure }
                                    callDepth += 1
                                    frame = callee
                                    currentFrame = callee
                                    code = calleeCode.bytecode.unsafelyUnwrapped
                                    constants = calleeCode.constantPointer.unsafelyUnwrapped
                                    globalSlots = calleeCode.globalSlots.unsafelyUnwrapped
                                    caches = calleeCode.attributeCaches.unsafelyUnwrapped
                                    globals = function.globals
                                    locals = firstArgument
                                    sp = firstArgument + localCount
                                    pc = 0
                                    continue dispatch
                                }
                            } else if o.objectKind == .builtinFunction {
                                unowned(unsafe) let builtin = unsafeDowncast(o, to: PyBuiltinFunction.self)
                                if let direct = builtin.direct, builtin.directArity.contains(count) {
                                    frame.pc = pc
                                    let result = try direct(self, firstArgument, count)
                                    returnSlot.deinitialize(count: sp - returnSlot)
                                    returnSlot.initialize(to: result)
                                    sp = returnSlot + 1
                                    continue dispatch
                                }
                            }
                        }
                        if try callGeneral(callableSlot: callableSlot, firstArgument: firstArgument, count: count,
                                           keywordNames: [], returnSlot: returnSlot, frame: &frame, sp: &sp, pc: &pc) {
                            // Entered a Python frame.
                            code = frame.code.bytecode.unsafelyUnwrapped
                            constants = frame.code.constantPointer.unsafelyUnwrapped
                            globalSlots = frame.code.globalSlots.unsafelyUnwrapped
                            caches = frame.code.attributeCaches.unsafelyUnwrapped
                            globals = frame.globals
                            locals = frame.locals
                        }
                    case .callKeywords:
                        if let flag = interruptFlag, flag.pointee != 0 { try checkInterrupt() }
                        // Layout: [callable, args..., names tuple].
                        sp -= 1
                        var keywordNames: [Value] = []
                        if case .object(let o) = sp.move(), let names = o as? PyTuple { keywordNames = names.items }
                        let returnSlot = sp - arg - 1
                        if try callGeneral(callableSlot: returnSlot, firstArgument: returnSlot + 1, count: arg,
                                           keywordNames: keywordNames, returnSlot: returnSlot, frame: &frame, sp: &sp, pc: &pc) {
                            code = frame.code.bytecode.unsafelyUnwrapped
                            constants = frame.code.constantPointer.unsafelyUnwrapped
                            globalSlots = frame.code.globalSlots.unsafelyUnwrapped
                            caches = frame.code.attributeCaches.unsafelyUnwrapped
                            globals = frame.globals
                            locals = frame.locals
                        }
                    case .returnValue:
                        sp -= 1
                        let result = sp.move()
                        unowned(unsafe) let finished = frame
                        let returnSlot = finished.returnSlot
                        returnSlot.deinitialize(count: sp - returnSlot)
                        if handledExceptions.count > finished.exceptionDepth {
                            handledExceptions.removeLast(handledExceptions.count - finished.exceptionDepth)
                        }
                        callDepth -= 1
                        if finished.isEntry {
                            stackTop = returnSlot
                            return .returned(result)
                        }
                        returnSlot.initialize(to: result)
                        frame = finished.parent.unsafelyUnwrapped
                        popPooledFrame(finished)
                        currentFrame = frame
                        code = frame.code.bytecode.unsafelyUnwrapped
                        constants = frame.code.constantPointer.unsafelyUnwrapped
                        globalSlots = frame.code.globalSlots.unsafelyUnwrapped
                        caches = frame.code.attributeCaches.unsafelyUnwrapped
                        globals = frame.globals
                        locals = frame.locals
                        sp = returnSlot + 1
                        pc = frame.pc
                    case .yieldValue:
                        sp -= 1
                        let value = sp.move()
                        frame.stackPointer = sp
                        frame.pc = pc
                        callDepth -= 1
                        return .yielded(value)
                    default:
                        frame.pc = pc
                        frame.stackPointer = sp
                        try executeSlowInstruction(opcode, arg, frame: frame, sp: &sp, pc: &pc)
                    }
                }
            } catch let error {
                // Find a handler in this frame or, unwinding, in a caller within this run.
                let exception = asPythonException(error)
                frame.pc = pc
                while true {
                    addTraceback(exception, frame: frame)
                    if let block = frame.blocks.popLast() {
                        let target = frame.stackBase + block.stackHeight
                        if sp > target { target.deinitialize(count: sp - target) }
                        sp = target
                        sp.initialize(to: .object(exception))
                        sp += 1
                        pc = block.handler
                        break
                    }
                    // No handler here: discard the frame.
                    if handledExceptions.count > frame.exceptionDepth {
                        handledExceptions.removeLast(handledExceptions.count - frame.exceptionDepth)
                    }
                    frame.returnSlot.deinitialize(count: sp - frame.returnSlot)
                    sp = frame.returnSlot
                    callDepth -= 1
                    if frame.isEntry {
                        stackTop = sp
                        throw exception
                    }
                    unowned(unsafe) let finished = frame
                    frame = finished.parent.unsafelyUnwrapped
                    popPooledFrame(finished)
                    currentFrame = frame
                    code = frame.code.bytecode.unsafelyUnwrapped
                    constants = frame.code.constantPointer.unsafelyUnwrapped
                    globalSlots = frame.code.globalSlots.unsafelyUnwrapped
                    caches = frame.code.attributeCaches.unsafelyUnwrapped
                    globals = frame.globals
                    locals = frame.locals
                    pc = frame.pc
                }
            }
        }
    }

    /// Calls that are not a plain positional call of a simple function or a direct native: the
    /// arguments are collected and their slots released, then either a Python frame is entered
    /// (`frame` becomes it; returns true) or the callable runs and its result is pushed.
    @inline(never)
    func callGeneral(callableSlot: UnsafeMutablePointer<Value>, firstArgument: UnsafeMutablePointer<Value>, count: Int,
                     keywordNames: [Value], returnSlot: UnsafeMutablePointer<Value>, frame: inout Frame,
                     sp: inout UnsafeMutablePointer<Value>, pc: inout Int) throws -> Bool {
        var callable = callableSlot.pointee
        let positionalCount = count - keywordNames.count
        var positional = Array(UnsafeBufferPointer(start: firstArgument, count: positionalCount))
        var keywords: [(name: String, value: Value)] = []
        for (i, nameValue) in keywordNames.enumerated() {
            if case .object(let o) = nameValue, let name = o as? PyStr {
                keywords.append((name.value, firstArgument[positionalCount + i]))
            }
        }
        returnSlot.deinitialize(count: sp - returnSlot)
        sp = returnSlot
        frame.pc = pc
        frame.stackPointer = sp
        stackTop = sp
        // A bound Python method runs in this loop too: its receiver is the first argument.
        if case .object(let object) = callable, object.objectKind == .boundMethod {
            let method = unsafeDowncast(object, to: PyBoundMethod.self)
            if case .object(let f) = method.function, f.objectKind == .function {
                positional.insert(method.receiver, at: 0)
                callable = method.function
            }
        }
        if case .object(let object) = callable, object.objectKind == .function {
            let function = unsafeDowncast(object, to: PyFunction.self)
            if !function.code.flags.contains(.generator) {
                let calleeCode = function.code
                let cells = try prepareSlots(code: calleeCode, function: function, arguments: positional, keywords: keywords, at: sp)
                let callee = pushPooledFrame().takeUnretainedValue()
                callee.code = calleeCode
                callee.function = function
                callee.globals = function.globals
                callee.locals = sp + 1
                callee.returnSlot = sp
                callee.stackPointer = sp + 1 + calleeCode.localNames.count
                callee.pc = 0
                callee.parent = frame
                callee.isEntry = false
                callee.exceptionDepth = handledExceptions.count
                callee.serial = nextFrameSerial()
                callee.cells = cells
                callDepth += 1
                frame = callee
                currentFrame = callee
                sp = callee.stackPointer
                pc = 0
                return true
            }
        }
        let result = try call(callable, Arguments(positional, keywords: keywords))
        sp.initialize(to: result)
        sp += 1
        return false
    }

    /// `formatValue`: formats TOS (with a spec below it when `arg & 4`) after the conversion
    /// `arg & 3` (1 str, 2 repr, 3 ascii).
    @inline(never)
    func formatValueInstruction(_ arg: Int, sp: inout UnsafeMutablePointer<Value>) throws {
        var spec: PyStr?
        if arg & 4 != 0 {
            if let object = (sp - 1).unretainedObject, object.takeUnretainedValue().objectKind == .str {
                spec = unsafeDowncast(object.takeUnretainedValue(), to: PyStr.self)
            }
            sp -= 1
            sp.deinitialize(count: 1)
        }
        let value = (sp - 1).pointee
        let text: String
        switch arg & 3 {
        case 1: text = try format(.str(try str(value)), spec?.value ?? "")
        case 2: text = try format(.str(try repr(value)), spec?.value ?? "")
        case 3: text = try format(.str(Formatting.asciiOnly(try repr(value))), spec?.value ?? "")
        default:
            if spec == nil, let object = (sp - 1).unretainedObject, object.takeUnretainedValue().objectKind == .str,
               object.takeUnretainedValue().storedType === BuiltinTypes.str {
                // Already an exact str: it is its own formatted form.
                return
            }
            text = try formatField(value, spec)
        }
        (sp - 1).pointee = .object(PyStr(text))
    }

    /// Concatenates the strs in `count` slots from `start` (the pieces of an f-string).
    func buildString(_ start: UnsafeMutablePointer<Value>, count: Int) -> String {
        var length = 0
        for i in 0..<count {
            if let object = (start + i).unretainedObject, object.takeUnretainedValue().objectKind == .str {
                length += unsafeDowncast(object.takeUnretainedValue(), to: PyStr.self).value.utf8.count
            }
        }
        var text = ""
        text.reserveCapacity(length)
        for i in 0..<count {
            if let object = (start + i).unretainedObject, object.takeUnretainedValue().objectKind == .str {
                text += unsafeDowncast(object.takeUnretainedValue(), to: PyStr.self).value
            }
        }
        return text
    }
}

extension Interpreter {
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
    static func floatOperation(_ op: Int, _ a: Double, _ b: Double) -> Double? {
        switch op {
        case 0: return a + b
        case 1: return a - b
        case 2: return a * b
        case 4: return b == 0 ? nil : a / b
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
