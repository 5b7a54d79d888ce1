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
        var frame = Unmanaged.passUnretained(entry)
        let savedFrame = currentFrameRef
        defer { currentFrameRef = savedFrame }
        currentFrameRef = frame
        var code = entry.bytecode
        var constants = entry.constants
        var locals = entry.locals
        var sp = entry.stackPointer
        var pc = entry.pc

        while true {
            do {
                dispatch: while true {
                    stackTop = sp
                    let word = code[pc]
                    pc &+= 1
                    let arg = Int(word >> 8)
                    // Opcodes are declared with consecutive raw values from 0, the same as their case
                    // indices, so the byte is the enum value.
                    let opcode = unsafeBitCast(UInt8(truncatingIfNeeded: word), to: Opcode.self)
                    switch opcode {
                    case .nop:
                        break
                    case .popTop:
                        sp -= 1
                        sp.releaseSlot()
                    case .dupTop:
                        sp.initialize(copying: sp - 1)
                        sp += 1
                    case .rotTwo:
                        swap(&(sp - 1).pointee, &(sp - 2).pointee)
                    case .dupTopTwo:
                        // `x[i] op= v` and `c[i, j] op= v` keep their container and indices.
                        sp.initialize(copying: sp - 2)
                        (sp + 1).initialize(copying: sp - 1)
                        sp += 2
                    case .dupTopN:
                        for k in 0..<arg { (sp + k).initialize(copying: sp - arg + k) }
                        sp += arg
                    case .rotThree:
                        // Rotations swap in place (see the top of this file).
                        swap(&(sp - 1).pointee, &(sp - 2).pointee)
                        swap(&(sp - 2).pointee, &(sp - 3).pointee)
                    case .rotN:
                        var k = 1
                        while k < arg {
                            swap(&(sp - k).pointee, &(sp - k - 1).pointee)
                            k += 1
                        }
                    case .loadConst:
                        sp.initialize(copying: constants + arg)
                        sp += 1
                    case .loadFast:
                        let slot = locals + arg
                        if case .unset = slot.pointee { throw unboundLocalError(frame, arg) }
                        sp.initialize(copying: slot)
                        sp += 1
                    case .storeFast:
                        sp -= 1
                        (locals + arg).assign(movingFrom: sp)
                    case .loadGlobal:
                        let value = frame.globals._withUnsafeGuaranteedRef { $0.load(slot: frame.globalSlots[arg]) }
                        if case .unset = value { throw globalNameError(frame, arg) }
                        sp.initialize(to: value)
                        sp += 1
                    case .storeGlobal:
                        sp -= 1
                        let value = sp.move()
                        frame.globals._withUnsafeGuaranteedRef { $0.store(slot: frame.globalSlots[arg], value) }
                    case .loadAttr:
                        let cache = frame.caches + arg
                        if let object = (sp - 1).unretainedObject, let value = Interpreter.cachedLoad(object, cache) {
                            (sp - 1).pointee = value
                            continue dispatch
                        }
                        let object = (sp - 1).pointee
                        (sp - 1).pointee = try loadAttributeMissed(object, cache)
                    case .storeAttr:
                        // Stack: value, object.
                        let cache = frame.caches + arg
                        if let object = (sp - 1).unretainedObject, Interpreter.cachedStore(object, cache, moving: sp - 2) {
                            // The value was moved into the object; release the object's slot.
                            (sp - 1).releaseSlot()
                            sp -= 2
                            continue dispatch
                        }
                        let object = (sp - 1).move()
                        let value = (sp - 2).move()
                        sp -= 2
                        try storeAttributeMissed(object, value, cache)
                    case .loadMethod:
                        // Pushes `method, self` or `unset, attribute` for `callMethod`.
                        let cache = frame.caches + arg
                        if let object = (sp - 1).unretainedObject {
                            switch Interpreter.cachedMethod(object, cache) {
                            case .method(let method):
                                sp.initialize(to: (sp - 1).pointee)
                                (sp - 1).pointee = method
                                sp += 1
                                continue dispatch
                            case .attribute(let value):
                                (sp - 1).pointee = .unset
                                sp.initialize(to: value)
                                sp += 1
                                continue dispatch
                            case .miss:
                                break
                            }
                        }
                        let object = (sp - 1).pointee
                        let (method, receiver) = try loadMethodMissed(object, cache)
                        (sp - 1).pointee = method
                        sp.initialize(to: receiver)
                        sp += 1
                    case .binary, .inplace:
                        if case .int(let a) = (sp - 2).pointee, case .int(let b) = (sp - 1).pointee,
                           let result = Interpreter.intOperation(arg, a, b) {
                            // Both slots hold ints: nothing to release.
                            sp -= 1
                            (sp - 1).initialize(to: .int(result))
                            continue dispatch
                        } else if case let (a, b)? = Interpreter.floatOperands(sp - 2, sp - 1),
                                  let result = Interpreter.floatOperation(arg, a, b) {
                            sp -= 1
                            (sp - 1).initialize(to: .float(result))
                            continue dispatch
                        }
                        let right = (sp - 1).pointee
                        let left = (sp - 2).pointee
                        let result = opcode == .binary ? try binaryOperation(arg, left, right) : try inplaceOperation(arg, left, right)
                        sp -= 1
                        sp.releaseSlot()
                        (sp - 1).pointee = result
                    case .compare:
                        var outcome: Bool
                        if case .int(let a) = (sp - 2).pointee, case .int(let b) = (sp - 1).pointee {
                            outcome = Interpreter.intCompare(arg, a, b)
                        } else if case .float(let a) = (sp - 2).pointee, case .float(let b) = (sp - 1).pointee {
                            switch arg {
                            case 0: outcome = a == b
                            case 1: outcome = a != b
                            case 2: outcome = a < b
                            case 3: outcome = a <= b
                            case 4: outcome = a > b
                            default: outcome = a >= b
                            }
                        } else {
                            let right = (sp - 1).pointee
                            let left = (sp - 2).pointee
                            let result = try compareOperation(arg, left, right)
                            sp -= 1
                            sp.releaseSlot()
                            (sp - 1).pointee = result
                            continue dispatch
                        }
                        // Both operands were numbers (nothing to release). A following conditional
                        // jump takes the outcome directly.
                        sp -= 2
                        if let target = Interpreter.branch(outcome, code, pc) {
                            pc = target
                        } else {
                            sp.initialize(to: .bool(outcome))
                            sp += 1
                        }
                    case .loadFastLoadFast, .loadFastLoadConst:
                        let first = locals + arg
                        let secondArgument = Int(code[pc] >> 8)
                        let second = opcode == .loadFastLoadFast ? locals + secondArgument : constants + secondArgument
                        if case .int(let a) = first.pointee, case .int(let b) = second.pointee {
                            // An int operation on the two: done here, skipping three instructions.
                            let operation = code[pc + 1]
                            let operationCode = UInt8(truncatingIfNeeded: operation)
                            if operationCode == Opcode.binary.rawValue || operationCode == Opcode.inplace.rawValue {
                                if let result = Interpreter.intOperation(Int(operation >> 8), a, b) {
                                    sp.initialize(to: .int(result))
                                    sp += 1
                                    pc += 2
                                    continue dispatch
                                }
                            } else if operationCode == Opcode.compare.rawValue {
                                let outcome = Interpreter.intCompare(Int(operation >> 8), a, b)
                                pc += 2
                                if let target = Interpreter.branch(outcome, code, pc) {
                                    pc = target
                                } else {
                                    sp.initialize(to: .bool(outcome))
                                    sp += 1
                                }
                                continue dispatch
                            }
                        }
                        if case .unset = first.pointee { throw unboundLocalError(frame, arg) }
                        if opcode == .loadFastLoadFast, case .unset = second.pointee {
                            pc += 1
                            throw unboundLocalError(frame, secondArgument)
                        }
                        sp.initialize(copying: first)
                        (sp + 1).initialize(copying: second)
                        sp += 2
                        pc += 1
                    case .loadConstOperation, .loadFastOperation:
                        let constant = opcode == .loadConstOperation ? constants + arg : locals + arg
                        if case .int(let b) = constant.pointee, case .int(let a) = (sp - 1).pointee {
                            let operation = code[pc]
                            let operationCode = UInt8(truncatingIfNeeded: operation)
                            if operationCode == Opcode.compare.rawValue {
                                let outcome = Interpreter.intCompare(Int(operation >> 8), a, b)
                                pc += 1
                                sp -= 1
                                if let target = Interpreter.branch(outcome, code, pc) {
                                    pc = target
                                } else {
                                    sp.initialize(to: .bool(outcome))
                                    sp += 1
                                }
                                continue dispatch
                            } else if let result = Interpreter.intOperation(Int(operation >> 8), a, b) {
                                // binary or inplace: the int on top is replaced (nothing to release).
                                (sp - 1).initialize(to: .int(result))
                                pc += 1
                                continue dispatch
                            }
                        }
                        if opcode == .loadFastOperation, case .unset = constant.pointee { throw unboundLocalError(frame, arg) }
                        sp.initialize(copying: constant)
                        sp += 1
                    case .forIterStoreFast:
                        // The same steps as `forIter`, storing instead of pushing. Kept as a
                        // separate copy: one shared case branching on the opcode measured 5-8%
                        // slower on every pure-Python benchmark (Scripts/bench --only py.), as
                        // it changes how the whole dispatch loop is compiled.
                        if let object = (sp - 1).unretainedObject {
                            switch object.objectKind {
                            case .rangeIterator:
                                if let value = object._withUnsafeGuaranteedRef({ unsafeDowncast($0, to: PyRangeIterator.self).next() }) {
                                    let target = locals + Int(code[pc] >> 8)
                                    target.releaseSlot()
                                    target.initialize(to: .int(value))
                                    pc += 1
                                } else {
                                    sp -= 1
                                    sp.releaseSlot()
                                    pc = arg
                                }
                                continue dispatch
                            case .sequenceIterator:
                                if let value = object._withUnsafeGuaranteedRef({ unsafeDowncast($0, to: PySequenceIterator.self).next() }) {
                                    (locals + Int(code[pc] >> 8)).pointee = value
                                    pc += 1
                                } else {
                                    sp -= 1
                                    sp.releaseSlot()
                                    pc = arg
                                }
                                continue dispatch
                            default:
                                break
                            }
                        }
                        frame._withUnsafeGuaranteedRef { $0.pc = pc }
                        if let element = try nextForLoop((sp - 1).pointee) {
                            sp.initialize(to: element)
                            sp += 1
                        } else {
                            sp -= 1
                            sp.releaseSlot()
                            pc = arg
                        }
                    case .localAttributeInplaceLocal, .localAttributeInplaceConst:
                        // Words after this one: loadAttr (cache), operand, inplace (operator),
                        // loadFast, storeAttr (cache).
                        let slot = locals + arg
                        let operandIndex = Int(code[pc + 1] >> 8)
                        let operand = opcode == .localAttributeInplaceLocal ? locals + operandIndex : constants + operandIndex
                        if let object = slot.unretainedObject, case .int(let b) = operand.pointee,
                           Interpreter.cachedIntInplace(object, load: frame.caches + Int(code[pc] >> 8),
                                                        store: frame.caches + Int(code[pc + 4] >> 8),
                                                        operation: Int(code[pc + 2] >> 8), b) {
                            pc += 5
                            continue dispatch
                        }
                        if let object = slot.unretainedObject,
                           let value = Interpreter.cachedLoad(object, frame.caches + Int(code[pc] >> 8)) {
                            sp.initialize(to: value)
                            sp += 1
                            pc += 1
                            continue dispatch
                        }
                        if case .unset = slot.pointee { throw unboundLocalError(frame, arg) }
                        sp.initialize(copying: slot)
                        sp += 1
                    case .loadFastLoadAttr:
                        let slot = locals + arg
                        if let object = slot.unretainedObject,
                           let value = Interpreter.cachedLoad(object, frame.caches + Int(code[pc] >> 8)) {
                            sp.initialize(to: value)
                            sp += 1
                            pc += 1
                            continue dispatch
                        }
                        if case .unset = slot.pointee { throw unboundLocalError(frame, arg) }
                        sp.initialize(copying: slot)
                        sp += 1
                    case .loadFastLoadMethod:
                        let slot = locals + arg
                        if let object = slot.unretainedObject {
                            switch Interpreter.cachedMethod(object, frame.caches + Int(code[pc] >> 8)) {
                            case .method(let method):
                                sp.initialize(to: method)
                                (sp + 1).initialize(copying: slot)
                                sp += 2
                                pc += 1
                                continue dispatch
                            case .attribute(let value):
                                sp.initialize(to: .unset)
                                (sp + 1).initialize(to: value)
                                sp += 2
                                pc += 1
                                continue dispatch
                            case .miss:
                                break
                            }
                        }
                        if case .unset = slot.pointee { throw unboundLocalError(frame, arg) }
                        sp.initialize(copying: slot)
                        sp += 1
                    case .loadFastStoreAttr:
                        // Stack: value; the object is the local.
                        let slot = locals + arg
                        if let object = slot.unretainedObject,
                           Interpreter.cachedStore(object, frame.caches + Int(code[pc] >> 8), moving: sp - 1) {
                            sp -= 1
                            pc += 1
                            continue dispatch
                        }
                        if case .unset = slot.pointee { throw unboundLocalError(frame, arg) }
                        sp.initialize(copying: slot)
                        sp += 1
                    case .dupTopLoadAttr:
                        // [obj] -> [obj, obj.x]
                        if let object = (sp - 1).unretainedObject,
                           let value = Interpreter.cachedLoad(object, frame.caches + Int(code[pc] >> 8)) {
                            sp.initialize(to: value)
                            sp += 1
                            pc += 1
                            continue dispatch
                        }
                        sp.initialize(copying: sp - 1)
                        sp += 1
                    case .rotTwoStoreAttr:
                        // [obj, value] -> obj.x = value
                        if let object = (sp - 2).unretainedObject,
                           Interpreter.cachedStore(object, frame.caches + Int(code[pc] >> 8), moving: sp - 1) {
                            (sp - 2).releaseSlot()
                            sp -= 2
                            pc += 1
                            continue dispatch
                        }
                        swap(&(sp - 1).pointee, &(sp - 2).pointee)
                    case .popTopJump:
                        sp -= 1
                        sp.releaseSlot()
                        let target = Int(code[pc] >> 8)
                        if target <= pc, let flag = interruptFlag, flag.pointee != 0 {
                            pc += 1
                            try checkInterrupt()
                        }
                        pc = target
                    case .binarySubscript:
                        if let object = (sp - 2).unretainedObject, let value = try Interpreter.fastGetItem(object, sp - 1) {
                            sp -= 1
                            sp.releaseSlot()
                            (sp - 1).pointee = value
                            continue dispatch
                        }
                        let index = (sp - 1).pointee
                        let container = (sp - 2).pointee
                        let value = try getItem(container, index)
                        sp -= 1
                        sp.releaseSlot()
                        (sp - 1).pointee = value
                    case .storeSubscript:
                        // Stack: value, container, index.
                        if let object = (sp - 2).unretainedObject, Interpreter.fastSetItem(object, sp - 1, sp - 3) {
                            // The value was moved into the container.
                            (sp - 2).releaseSlots(2)
                            sp -= 3
                            continue dispatch
                        }
                        let index = (sp - 1).move()
                        let container = (sp - 2).move()
                        let value = (sp - 3).move()
                        sp -= 3
                        try setItem(container, index, value)
                    case .listAppend:
                        if let object = (sp - 1 - arg).unretainedObject, object.objectKind == .list {
                            let item = sp - 1
                            object._withUnsafeGuaranteedRef { unsafeDowncast($0, to: PyList.self).items.append(item.pointee) }
                            sp -= 1
                            sp.releaseSlot()
                            continue dispatch
                        }
                        frame._withUnsafeGuaranteedRef {
                            $0.pc = pc
                            $0.stackPointer = sp
                        }
                        (sp, pc) = try executeSlowInstruction(opcode, arg, frame: frame.takeUnretainedValue(), sp: sp, pc: pc)
                    case .formatValue:
                        sp = try formatValueInstruction(arg, sp: sp)
                    case .buildString:
                        let text = buildString(sp - arg, count: arg)
                        (sp - arg).releaseSlots(arg)
                        sp -= arg
                        sp.initialize(to: .object(text))
                        sp += 1
                    case .loadDeref:
                        let value = frame._withUnsafeGuaranteedRef { $0.cells[arg].value }
                        if case .unset = value { throw unboundDerefError(frame, arg) }
                        sp.initialize(to: value)
                        sp += 1
                    case .storeDeref:
                        sp -= 1
                        let value = sp.move()
                        frame._withUnsafeGuaranteedRef { $0.cells[arg].value = value }
                    case .isOp:
                        let identical = (sp - 1).pointee.isIdentical(to: (sp - 2).pointee)
                        sp -= 2
                        sp.releaseSlots(2)
                        sp.initialize(to: .bool(identical != (arg == 1)))
                        sp += 1
                    case .unaryNot:
                        let value = (sp - 1).pointee
                        let result: Bool
                        if case .bool(let b) = value { result = !b } else { result = !(try isTruthy(value)) }
                        (sp - 1).pointee = .bool(result)
                    case .buildTuple:
                        let items = Array(UnsafeBufferPointer(start: sp - arg, count: arg))
                        (sp - arg).releaseSlots(arg)
                        sp -= arg
                        sp.initialize(to: .object(PyTuple(items)))
                        sp += 1
                    case .jumpIfFalseOrPop:
                        if !(try isTruthy((sp - 1).pointee)) {
                            pc = arg
                        } else {
                            sp -= 1
                            sp.releaseSlot()
                        }
                    case .jumpIfTrueOrPop:
                        if try isTruthy((sp - 1).pointee) {
                            pc = arg
                        } else {
                            sp -= 1
                            sp.releaseSlot()
                        }
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
                        }
                    case .popJumpIfTrue:
                        sp -= 1
                        if case .bool(let b) = sp.pointee {
                            if b { pc = arg }
                        } else {
                            let value = sp.move()
                            if try isTruthy(value) { pc = arg }
                        }
                    case .forIter:
                        if let object = (sp - 1).unretainedObject {
                            switch object.objectKind {
                            case .rangeIterator:
                                if let value = object._withUnsafeGuaranteedRef({ unsafeDowncast($0, to: PyRangeIterator.self).next() }) {
                                    sp.initialize(to: .int(value))
                                    sp += 1
                                } else {
                                    sp -= 1
                                    sp.releaseSlot()
                                    pc = arg
                                }
                                continue dispatch
                            case .sequenceIterator:
                                if let value = object._withUnsafeGuaranteedRef({ unsafeDowncast($0, to: PySequenceIterator.self).next() }) {
                                    sp.initialize(to: value)
                                    sp += 1
                                } else {
                                    sp -= 1
                                    sp.releaseSlot()
                                    pc = arg
                                }
                                continue dispatch
                            default:
                                break
                            }
                        }
                        frame._withUnsafeGuaranteedRef { $0.pc = pc }
                        if let element = try nextForLoop((sp - 1).pointee) {
                            sp.initialize(to: element)
                            sp += 1
                        } else {
                            sp -= 1
                            sp.releaseSlot()
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
                            let kind = object.objectKind
                            if kind == .function,
                               let callee = try enterInPlace(unsafeBitCast(object, to: Unmanaged<PyFunction>.self), count: count,
                                                             firstArgument: firstArgument, returnSlot: returnSlot,
                                                             caller: frame, pc: pc, sp: sp) {
                                frame = callee
                                callee._withUnsafeGuaranteedRef { c in
                                    code = c.bytecode
                                    constants = c.constants
                                    locals = c.locals
                                    sp = c.stackPointer
                                }
                                pc = 0
                                continue dispatch
                            } else if kind == .builtinFunction {
                                let builtin = unsafeBitCast(object, to: Unmanaged<PyBuiltinFunction>.self)
                                if builtin._withUnsafeGuaranteedRef({ $0.hasDirect(forCount: count) }) {
                                    frame._withUnsafeGuaranteedRef { $0.pc = pc }
                                    let result = try builtin._withUnsafeGuaranteedRef { try $0.direct(self, firstArgument, count) }
                                    returnSlot.releaseSlots(sp - returnSlot)
                                    returnSlot.initialize(to: result)
                                    sp = returnSlot + 1
                                    continue dispatch
                                }
                            }
                        }
                        let (newSP, entered) = try callGeneral(callableSlot: callableSlot, firstArgument: firstArgument, count: count,
                                                               keywordNames: [], returnSlot: returnSlot, frame: frame, sp: sp, pc: pc)
                        sp = newSP
                        if let entered {
                            frame = entered
                            entered._withUnsafeGuaranteedRef { f in
                                code = f.bytecode
                                constants = f.constants
                                locals = f.locals
                            }
                            pc = 0
                        }
                    case .callKeywords:
                        if let flag = interruptFlag, flag.pointee != 0 { try checkInterrupt() }
                        // Layout: [callable, args..., names tuple].
                        sp -= 1
                        var keywordNames: [Value] = []
                        if case .object(let o) = sp.move(), let names = o as? PyTuple { keywordNames = names.items }
                        let returnSlot = sp - arg - 1
                        let (newSP, entered) = try callGeneral(callableSlot: returnSlot, firstArgument: returnSlot + 1, count: arg,
                                                               keywordNames: keywordNames, returnSlot: returnSlot, frame: frame, sp: sp, pc: pc)
                        sp = newSP
                        if let entered {
                            frame = entered
                            entered._withUnsafeGuaranteedRef { f in
                                code = f.bytecode
                                constants = f.constants
                                locals = f.locals
                            }
                            pc = 0
                        }
                    case .returnValue, .loadConstReturn:
                        let result: Value
                        if opcode == .returnValue {
                            sp -= 1
                            result = sp.move()
                        } else {
                            result = constants[arg]
                        }
                        let finished = frame
                        let (returnSlot, parent) = leaveFrame(finished, sp)
                        guard let parent else {
                            stackTop = returnSlot
                            return .returned(result)
                        }
                        returnSlot.initialize(to: result)
                        frame = parent
                        parent._withUnsafeGuaranteedRef { f in
                            code = f.bytecode
                            constants = f.constants
                            locals = f.locals
                            pc = f.pc
                        }
                        sp = returnSlot + 1
                    case .yieldValue:
                        sp -= 1
                        let value = sp.move()
                        frame._withUnsafeGuaranteedRef {
                            $0.stackPointer = sp
                            $0.pc = pc
                        }
                        callDepth -= 1
                        return .yielded(value)
                    default:
                        let current = frame.takeUnretainedValue()
                        current.pc = pc
                        current.stackPointer = sp
                        (sp, pc) = try executeSlowInstruction(opcode, arg, frame: current, sp: sp, pc: pc)
                    }
                }
            } catch let error {
                // Find a handler in this frame or, unwinding, in a caller within this run.
                let exception = asPythonException(error)
                if let pending = pendingUnwindStackPointer {
                    sp = pending
                    pendingUnwindStackPointer = nil
                }
                var current = frame.takeUnretainedValue()
                current.pc = pc
                while true {
                    addTraceback(exception, frame: current)
                    if let block = current.blocks.popLast() {
                        let target = current.stackBase + block.stackHeight
                        if sp > target { target.releaseSlots(sp - target) }
                        sp = target
                        sp.initialize(to: .object(exception))
                        sp += 1
                        pc = block.handler
                        break
                    }
                    // No handler here: discard the frame.
                    if handledExceptions.count > current.exceptionDepth {
                        handledExceptions.removeLast(handledExceptions.count - current.exceptionDepth)
                    }
                    current.returnSlot.releaseSlots(sp - current.returnSlot)
                    sp = current.returnSlot
                    callDepth -= 1
                    if current.isEntry {
                        stackTop = sp
                        throw exception
                    }
                    let finished = current
                    current = finished.parent.unsafelyUnwrapped
                    popPooledFrame(finished)
                    currentFrame = current
                    pc = current.pc
                }
                frame = Unmanaged.passUnretained(current)
                code = current.bytecode
                constants = current.constants
                locals = current.locals
            }
        }
    }

    /// Calls that are not a plain positional call of a simple function or a direct native: the
    /// arguments are collected and their slots released, then either a Python frame is entered
    /// (returned, with the new stack pointer) or the callable runs and its result is pushed.
    @inline(never)
    func callGeneral(callableSlot: UnsafeMutablePointer<Value>, firstArgument: UnsafeMutablePointer<Value>, count: Int,
                     keywordNames: [Value], returnSlot: UnsafeMutablePointer<Value>, frame: Unmanaged<Frame>,
                     sp: UnsafeMutablePointer<Value>, pc: Int) throws -> (UnsafeMutablePointer<Value>, Unmanaged<Frame>?) {
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
        let base = returnSlot
        let caller = frame.takeUnretainedValue()
        caller.pc = pc
        caller.stackPointer = base
        stackTop = base
        do {
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
                    let cells = try prepareSlots(code: calleeCode, function: function, arguments: positional, keywords: keywords, at: base)
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
            let result = try call(callable, Arguments(positional, keywords: keywords))
            base.initialize(to: result)
            return (base + 1, nil)
        } catch {
            pendingUnwindStackPointer = base
            throw error
        }
    }

    /// `formatValue`: formats TOS (with a spec below it when `arg & 4`) after the conversion
    /// `arg & 3` (1 str, 2 repr, 3 ascii). Returns the new stack pointer.
    @inline(never)
    func formatValueInstruction(_ arg: Int, sp stackPointer: UnsafeMutablePointer<Value>) throws -> UnsafeMutablePointer<Value> {
        var sp = stackPointer
        var spec: PyStr?
        if arg & 4 != 0 {
            if case .object(let o) = (sp - 1).pointee, o.objectKind == .str {
                spec = unsafeDowncast(o, to: PyStr.self)
            }
            sp -= 1
            sp.deinitialize(count: 1)
        }
        let value = (sp - 1).pointee
        let text: String
        var asciiResult = false
        // `!s` and `!r` of an int or float without a spec are its plain form (repr and str
        // agree for numbers), so they take the unconverted path below.
        var conversion = arg & 3
        if conversion != 0, spec == nil {
            switch value {
            case .int, .float: if conversion != 3 { conversion = 0 }
            default: break
            }
        }
        do {
            switch conversion {
            case 1: text = try converted(try str(value), spec)
            case 2: text = try converted(try repr(value), spec)
            case 3: text = try converted(Formatting.asciiOnly(try repr(value)), spec)
            default:
                if spec == nil {
                    switch value {
                    case .object(let o) where o.objectKind == .str && o.storedType === BuiltinTypes.str:
                        // Already an exact str: it is its own formatted form.
                        return sp
                    case .int, .float:
                        // A buildString follows and writes the number itself (flag 8).
                        if arg & 8 != 0 { return sp }
                    default:
                        break
                    }
                }
                text = try formatField(value, spec)
                if case .object = value {} else { asciiResult = spec?.isASCII ?? true }
            }
        } catch {
            pendingUnwindStackPointer = sp
            throw error
        }
        if !asciiResult { asciiResult = PyStr.isASCII(text) }
        (sp - 1).pointee = .object(PyStr(text, isASCII: asciiResult))
        return sp
    }

    /// The text of a converted field (`!s`, `!r`, `!a`): the conversion itself when there is no
    /// spec, else formatted as a str.
    @inline(__always)
    private func converted(_ text: String, _ spec: PyStr?) throws -> String {
        guard let spec, !spec.value.isEmpty else { return text }
        return try format(.str(text), spec.value)
    }

    /// Concatenates the pieces of an f-string in `count` slots from `start` into one new str,
    /// with a single allocation. Pieces are strs, or ints and floats left unformatted by
    /// `formatValue` (their str form is written here).
    func buildString(_ start: UnsafeMutablePointer<Value>, count: Int) -> PyStr {
        var length = 0
        var ascii = true
        for i in 0..<count {
            let slot = start + i
            if let object = slot.unretainedObject {
                object._withUnsafeGuaranteedRef { o in
                    if o.objectKind == .str {
                        let piece = unsafeDowncast(o, to: PyStr.self)
                        length += piece.value.utf8.count
                        ascii = ascii && piece.isASCII
                    }
                }
            } else if case .int(let n) = slot.pointee {
                length += Formatting.decimalLength(n)
            } else if case .float(let d) = slot.pointee {
                // Rare: formatted here once, in place, as a str piece.
                slot.pointee = .object(PyStr(Formatting.floatRepr(d), isASCII: true))
                length += (slot.pointee.asObject as? PyStr)?.value.utf8.count ?? 0
            }
        }
        let text = String(unsafeUninitializedCapacity: length) { buffer in
            guard let base = buffer.baseAddress else { return 0 }
            var offset = 0
            for i in 0..<count {
                let slot = start + i
                if let object = slot.unretainedObject {
                    object._withUnsafeGuaranteedRef { o in
                        guard o.objectKind == .str else { return }
                        let written = unsafeDowncast(o, to: PyStr.self).value.utf8.withContiguousStorageIfAvailable { bytes -> Int in
                            if let source = bytes.baseAddress, bytes.count > 0 {
                                (base + offset).initialize(from: source, count: bytes.count)
                            }
                            return bytes.count
                        }
                        if let written {
                            offset += written
                        } else {
                            for byte in unsafeDowncast(o, to: PyStr.self).value.utf8 {
                                base[offset] = byte
                                offset += 1
                            }
                        }
                    }
                } else if case .int(let n) = slot.pointee {
                    offset += Formatting.writeDecimal(n, to: base + offset)
                }
            }
            return offset
        }
        return PyStr(text, isASCII: ascii)
    }
}

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
        guard cacheMatches(cache, o) else { return nil }
        switch cache.pointee.kind {
        case .instanceValue:
            return o.attributes.value(cache)
        case .classValue:
            return o.attributes.isEmpty || !o.attributes.contains(cache.pointee.name) ? cache.pointee.value : nil
        case .method:
            if !o.attributes.isEmpty && o.attributes.contains(cache.pointee.name) { return nil }
            return .object(PyBoundMethod(function: cache.pointee.value, receiver: .object(o)))
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
        guard cacheMatches(cache, o) else { return .miss }
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
        default:
            return .miss
        }
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
                                 store: UnsafeMutablePointer<AttributeCache>, operation: Int, _ b: Int) -> Bool {
        object._withUnsafeGuaranteedRef { cachedIntInplaceBody($0, load, store, operation, b) }
    }

    @inline(never)
    static func cachedIntInplaceBody(_ o: PyObject, _ load: UnsafeMutablePointer<AttributeCache>,
                                     _ store: UnsafeMutablePointer<AttributeCache>, _ operation: Int, _ b: Int) -> Bool {
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
            guard o.storedType === BuiltinTypes.dict, let key = index.pointee.simpleHashKey else { return nil }
            return unsafeDowncast(o, to: PyDict.self).storage.value(forKey: key, hash: key.fastHash)
        default:
            return nil
        }
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
            guard o.storedType === BuiltinTypes.dict, let key = index.pointee.simpleHashKey else { return false }
            unsafeDowncast(o, to: PyDict.self).storage.setValue(value.move(), forKey: key, hash: key.fastHash)
            return true
        default:
            return false
        }
    }

    /// An int comparison by operator index (== != < <= > >=).
    @inline(__always)
    static func intCompare(_ op: Int, _ a: Int, _ b: Int) -> Bool {
        switch op {
        case 0: return a == b
        case 1: return a != b
        case 2: return a < b
        case 3: return a <= b
        case 4: return a > b
        default: return a >= b
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
    static func intOperation(_ op: Int, _ a: Int, _ b: Int) -> Int? {
        switch op {
        case 0:
            let (result, overflow) = a.addingReportingOverflow(b)
            return overflow ? nil : result
        case 1:
            let (result, overflow) = a.subtractingReportingOverflow(b)
            return overflow ? nil : result
        case 2:
            let (result, overflow) = a.multipliedReportingOverflow(by: b)
            return overflow ? nil : result
        case 5:
            guard b != 0 && !(a == Int.min && b == -1) else { return nil }
            let quotient = a / b
            return (a % b != 0) && ((a < 0) != (b < 0)) ? quotient - 1 : quotient
        case 6:
            guard b != 0 else { return nil }
            if b == -1 { return 0 }
            let remainder = a % b
            return remainder != 0 && ((remainder < 0) != (b < 0)) ? remainder + b : remainder
        case 10: return a | b
        case 11: return a ^ b
        case 12: return a & b
        default: return nil
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
