#if canImport(Glibc)
import Glibc
#endif
/// The dispatch loop. Python-to-Python calls and returns switch frames inside the loop without
/// Swift recursion; native code that calls back into Python re-enters `run` with a new entry
/// frame above the current stack top. Fast paths for ints, floats, locals, ranges, lists and
/// simple calls are inline; everything else goes to named slow-path methods.
extension Interpreter {
    enum FrameExit {
        case returned(Value)
        case yielded(Value)
    }

    /// Runs an entry frame until it returns (or, for a generator frame, yields).
    func run(_ entry: Frame) throws -> FrameExit {
        entry.isEntry = true
        var frame = entry
        let savedFrame = currentFrame
        defer { currentFrame = savedFrame }
        currentFrame = frame
        var code = frame.code.bytecode.unsafelyUnwrapped
        var constants = frame.code.constantPointer.unsafelyUnwrapped
        var globalSlots = frame.code.globalSlots.unsafelyUnwrapped
        unowned(unsafe) var globals = frame.globals
        var locals = frame.locals
        var sp = frame.stackPointer
        var pc = frame.pc

        while true {
            do {
                while true {
                    stackTop = sp
                    let word = code[pc]
                    pc += 1
                    let arg = Int(word >> 8)
                    // Opcodes are declared with consecutive raw values from 0, the same as their case
                    // indices, so the byte is the enum value.
                    switch unsafeBitCast(UInt8(truncatingIfNeeded: word), to: Opcode.self) {
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
                        // Rotations swap in place: moving a value out of a slot and using it
                        // after that slot is re-initialised is miscompiled by Swift 6.3's
                        // optimizer, so stack slots are never emptied and refilled within one
                        // instruction while a value taken from them is still in use.
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
                        let value = locals[arg]
                        if case .unset = value { throw unboundLocal(frame.code.localNames[arg]) }
                        sp.initialize(to: value)
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
                        // Operands are read by copy and results assigned over them, so a slot
                        // below the stack pointer is never empty when something throws.
                        let object = (sp - 1).pointee
                        (sp - 1).pointee = try getAttribute(object, frame.code.names[arg])
                    case .storeAttr:
                        let object = (sp - 1).move()
                        let value = (sp - 2).move()
                        sp -= 2
                        try setAttribute(object, frame.code.names[arg], value)
                    case .deleteAttr:
                        sp -= 1
                        try deleteAttribute(sp.move(), frame.code.names[arg])
                    case .loadMethod:
                        let object = (sp - 1).pointee
                        let (method, receiver) = try loadMethod(object, frame.code.names[arg])
                        (sp - 1).pointee = method
                        sp.initialize(to: receiver)
                        sp += 1
                    case .binary:
                        let right = (sp - 1).pointee
                        let left = (sp - 2).pointee
                        let result: Value
                        switch (left, right) {
                        case let (.int(a), .int(b)) where arg <= 2:
                            let (value, overflow): (Int, Bool)
                            switch arg {
                            case 0: (value, overflow) = a.addingReportingOverflow(b)
                            case 1: (value, overflow) = a.subtractingReportingOverflow(b)
                            default: (value, overflow) = a.multipliedReportingOverflow(by: b)
                            }
                            result = overflow ? try binaryOperation(arg, left, right) : .int(value)
                        case let (.float(a), .float(b)) where arg <= 2:
                            result = .float(arg == 0 ? a + b : arg == 1 ? a - b : a * b)
                        default:
                            result = try binaryOperation(arg, left, right)
                        }
                        sp -= 1
                        sp.deinitialize(count: 1)
                        (sp - 1).pointee = result
                    case .inplace:
                        let right = (sp - 1).pointee
                        let left = (sp - 2).pointee
                        let result: Value
                        if case let (.int(a), .int(b)) = (left, right), arg <= 1,
                           case let (value, false) = (arg == 0 ? a.addingReportingOverflow(b) : a.subtractingReportingOverflow(b)) {
                            result = .int(value)
                        } else {
                            result = try inplaceOperation(arg, left, right)
                        }
                        sp -= 1
                        sp.deinitialize(count: 1)
                        (sp - 1).pointee = result
                    case .compare:
                        let right = (sp - 1).pointee
                        let left = (sp - 2).pointee
                        let result: Value
                        if case let (.int(a), .int(b)) = (left, right) {
                            switch arg {
                            case 0: result = .bool(a == b)
                            case 1: result = .bool(a != b)
                            case 2: result = .bool(a < b)
                            case 3: result = .bool(a <= b)
                            case 4: result = .bool(a > b)
                            default: result = .bool(a >= b)
                            }
                        } else {
                            result = try compareOperation(arg, left, right)
                        }
                        sp -= 1
                        sp.deinitialize(count: 1)
                        (sp - 1).pointee = result
                    case .unaryNegative, .unaryPositive, .unaryNot, .unaryInvert:
                        let value = (sp - 1).pointee
                        let result: Value
                        switch Instruction.opcode(word) {
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
                        let index = (sp - 1).pointee
                        let container = (sp - 2).pointee
                        let value = try getItem(container, index)
                        sp -= 1
                        sp.deinitialize(count: 1)
                        (sp - 1).pointee = value
                    case .storeSubscript:
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
                    case .jump:
                        if arg < pc { try checkInterrupt() }
                        pc = arg
                    case .popJumpIfFalse:
                        sp -= 1
                        let value = sp.move()
                        if case .bool(let b) = value {
                            if !b { pc = arg }
                        } else if !(try isTruthy(value)) {
                            pc = arg
                        }
                    case .popJumpIfTrue:
                        sp -= 1
                        let value = sp.move()
                        if case .bool(let b) = value {
                            if b { pc = arg }
                        } else if try isTruthy(value) {
                            pc = arg
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
                        guard case .object(let iterator) = (sp - 1).pointee else {
                            throw PyException(BuiltinTypes.typeError, "'\((sp - 1).pointee.typeName)' object is not an iterator")
                        }
                        let element: Value?
                        if let range = iterator as? PyRangeIterator {
                            element = range.next().map { .int($0) }
                        } else if let sequence = iterator as? PySequenceIterator {
                            element = sequence.next()
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
                    case .call, .callMethod, .callKeywords:
                        try checkInterrupt()
                        // Layout: [callable, args...] for call/callKeywords (with a names tuple
                        // on top for callKeywords), [method|unset, self|callable, args...] for
                        // callMethod.
                        var keywordNames: [Value] = []
                        var count = arg
                        if Instruction.opcode(word) == .callKeywords {
                            sp -= 1
                            if case .object(let o) = sp.move(), let names = o as? PyTuple { keywordNames = names.items }
                        }
                        let returnSlot: UnsafeMutablePointer<Value>
                        let callable: Value
                        var firstArgument: UnsafeMutablePointer<Value>
                        if Instruction.opcode(word) == .callMethod {
                            returnSlot = sp - count - 2
                            if case .unset = returnSlot.pointee {
                                callable = (returnSlot + 1).pointee
                                firstArgument = returnSlot + 2
                            } else {
                                callable = returnSlot.pointee
                                firstArgument = returnSlot + 1
                                count += 1
                            }
                        } else {
                            returnSlot = sp - count - 1
                            callable = returnSlot.pointee
                            firstArgument = returnSlot + 1
                        }
                        if keywordNames.isEmpty, case .object(let object) = callable, let function = object as? PyFunction,
                           function.code.flags.contains(.simpleArguments), function.code.argumentCount == count {
                            // Enter a simple Python function in place: its arguments become its
                            // first locals, no copying.
                            let calleeCode = function.code
                            if callDepth >= recursionLimit || firstArgument + calleeCode.frameSize >= stackEnd {
                                throw PyException(BuiltinTypes.recursionError, "maximum recursion depth exceeded")
                            }
                            let extra = calleeCode.localNames.count - count
                            if extra > 0 { (firstArgument + count).initialize(repeating: .unset, count: extra) }
                            frame.pc = pc
                            frame.stackPointer = sp
                            let callee = Frame(code: calleeCode, function: function, globals: function.globals,
                                               locals: firstArgument, returnSlot: returnSlot, cells: [])
                            callee.parent = frame
                            callee.exceptionDepth = handledExceptions.count
                            callDepth += 1
                            frame = callee
                            currentFrame = frame
                            code = calleeCode.bytecode.unsafelyUnwrapped
                            constants = calleeCode.constantPointer.unsafelyUnwrapped
                            globalSlots = calleeCode.globalSlots.unsafelyUnwrapped
                            globals = function.globals
                            locals = firstArgument
                            sp = callee.stackPointer
                            pc = 0
                            continue
                        }
                        // General path: collect the arguments, release the slots, call.
                        let positionalCount = count - keywordNames.count
                        let positional = Array(UnsafeBufferPointer(start: firstArgument, count: positionalCount))
                        var keywords: [(name: String, value: Value)] = []
                        for (i, nameValue) in keywordNames.enumerated() {
                            if case .object(let o) = nameValue, let name = o as? PyStr {
                                keywords.append((name.value, firstArgument[positionalCount + i]))
                            }
                        }
                        let used = sp - returnSlot
                        returnSlot.deinitialize(count: used)
                        sp = returnSlot
                        frame.pc = pc
                        frame.stackPointer = sp
                        stackTop = sp
                        if case .object(let object) = callable, let function = object as? PyFunction,
                           !function.code.flags.contains(.generator) {
                            let callee = try makeFrame(code: function.code, function: function, globals: function.globals,
                                                       arguments: positional, keywords: keywords, at: sp)
                            callee.parent = frame
                            callee.exceptionDepth = handledExceptions.count
                            callDepth += 1
                            frame = callee
                            currentFrame = frame
                            code = function.code.bytecode.unsafelyUnwrapped
                            constants = function.code.constantPointer.unsafelyUnwrapped
                            globalSlots = function.code.globalSlots.unsafelyUnwrapped
                            globals = function.globals
                            locals = callee.locals
                            sp = callee.stackPointer
                            pc = 0
                            continue
                        }
                        let result = try call(callable, Arguments(positional, keywords: keywords))
                        sp.initialize(to: result)
                        sp += 1
                    case .returnValue:
                        sp -= 1
                        let result = sp.move()
                        let finished = frame
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
                        currentFrame = frame
                        code = frame.code.bytecode.unsafelyUnwrapped
                        constants = frame.code.constantPointer.unsafelyUnwrapped
                        globalSlots = frame.code.globalSlots.unsafelyUnwrapped
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
                        try executeSlowInstruction(Instruction.opcode(word), arg, frame: frame, sp: &sp, pc: &pc)
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
                    frame = frame.parent.unsafelyUnwrapped
                    currentFrame = frame
                    code = frame.code.bytecode.unsafelyUnwrapped
                    constants = frame.code.constantPointer.unsafelyUnwrapped
                    globalSlots = frame.code.globalSlots.unsafelyUnwrapped
                    globals = frame.globals
                    locals = frame.locals
                    pc = frame.pc
                }
            }
        }
    }
}
