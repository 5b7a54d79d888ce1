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
                // generator.throw(): raise in the entry frame before running anything. Read from
                // the interpreter, not kept in a local, so the dispatch loop carries no extra value.
                if let thrown = pendingGeneratorThrow {
                    pendingGeneratorThrow = nil
                    throw thrown
                }
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
                        if cache.pointee.kind == .property,
                           let (newSP, entered) = try propertyGetterCall(cache, frame: frame, sp: sp, pc: pc) {
                            sp = newSP
                            if let entered {
                                frame = entered
                                Interpreter.switchFrame(to: entered, &code, &constants, &locals, &sp, &pc)
                            }
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
                        let operation = BinaryOperation(argument: arg)
                        if case .int(let a) = (sp - 2).pointee, case .int(let b) = (sp - 1).pointee,
                           let result = Interpreter.intOperation(operation, a, b) {
                            // Both slots hold ints: nothing to release.
                            sp -= 1
                            (sp - 1).initialize(to: .int(result))
                            continue dispatch
                        } else if case let (a, b)? = Interpreter.floatOperands(sp - 2, sp - 1),
                                  let result = Interpreter.floatOperation(operation, a, b) {
                            sp -= 1
                            (sp - 1).initialize(to: .float(result))
                            continue dispatch
                        }
                        if opcode == .inplace && operation == .add && Interpreter.appendedStringInPlace(sp, locals, code[pc]) {
                            sp -= 1
                            sp.releaseSlot()
                            continue dispatch
                        }
                        let right = (sp - 1).pointee
                        let left = (sp - 2).pointee
                        let result = opcode == .binary
                            ? try binaryOperation(operation, left, right) : try inplaceOperation(operation, left, right)
                        sp -= 1
                        sp.releaseSlot()
                        (sp - 1).pointee = result
                    case .compare:
                        let comparison = ComparisonOperation(argument: arg)
                        let outcome: Bool
                        if case .int(let a) = (sp - 2).pointee, case .int(let b) = (sp - 1).pointee {
                            outcome = comparison.compare(a, b)
                        } else if case .float(let a) = (sp - 2).pointee, case .float(let b) = (sp - 1).pointee {
                            outcome = comparison.compare(a, b)
                        } else if case .object(let a) = (sp - 2).pointee, case .object(let b) = (sp - 1).pointee,
                                  a.objectKind == .str, b.objectKind == .str, a.hasExactType(strType), b.hasExactType(strType) {
                            // Two exact strs (`ch == "e"`): their bytes decide, and a following
                            // conditional jump takes the outcome without a bool on the stack.
                            outcome = comparison.holds(forOrder: Interpreter.exactStrOrder(a, b, equalityOnly: comparison.isEquality))
                            (sp - 1).releaseSlot()
                            (sp - 2).releaseSlot()
                        } else {
                            let right = (sp - 1).pointee
                            let left = (sp - 2).pointee
                            let result = try compareOperation(comparison, left, right)
                            sp -= 1
                            sp.releaseSlot()
                            (sp - 1).pointee = result
                            continue dispatch
                        }
                        // Both operands were numbers or released strs. A following conditional jump
                        // takes the outcome directly.
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
                                if let result = Interpreter.intOperation(BinaryOperation(argument: Int(operation >> 8)), a, b) {
                                    sp.initialize(to: .int(result))
                                    sp += 1
                                    pc += 2
                                    continue dispatch
                                }
                            } else if operationCode == Opcode.compare.rawValue {
                                let outcome = ComparisonOperation(argument: Int(operation >> 8)).compare(a, b)
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
                                let outcome = ComparisonOperation(argument: Int(operation >> 8)).compare(a, b)
                                pc += 1
                                sp -= 1
                                if let target = Interpreter.branch(outcome, code, pc) {
                                    pc = target
                                } else {
                                    sp.initialize(to: .bool(outcome))
                                    sp += 1
                                }
                                continue dispatch
                            } else if let result = Interpreter.intOperation(BinaryOperation(argument: Int(operation >> 8)), a, b) {
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
                        try localAttributeInplaceInstruction(opcode, arg, code: code, locals: locals, constants: constants, frame: frame, sp: &sp, pc: &pc)
                    case .loadFastLoadAttr:
                        try loadFastLoadAttrInstruction(opcode, arg, code: code, locals: locals, constants: constants, frame: frame, sp: &sp, pc: &pc)
                    case .loadFastLoadMethod:
                        try loadFastLoadMethodInstruction(opcode, arg, code: code, locals: locals, constants: constants, frame: frame, sp: &sp, pc: &pc)
                    case .loadFastStoreAttr:
                        try loadFastStoreAttrInstruction(opcode, arg, code: code, locals: locals, constants: constants, frame: frame, sp: &sp, pc: &pc)
                    case .dupTopLoadAttr:
                        try dupTopLoadAttrInstruction(opcode, arg, code: code, locals: locals, constants: constants, frame: frame, sp: &sp, pc: &pc)
                    case .rotTwoStoreAttr:
                        try rotTwoStoreAttrInstruction(opcode, arg, code: code, locals: locals, constants: constants, frame: frame, sp: &sp, pc: &pc)
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
                        try listAppendInstruction(opcode, arg, frame: frame, sp: &sp, pc: &pc)
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
                        // The argument is 1 for `is not`.
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
                        let tuple = Interpreter.tupleMovingSlots(sp - arg, count: arg)
                        sp -= arg
                        sp.initialize(to: .object(tuple))
                        sp += 1
                    case .unpackSequence where Interpreter.unpackExactSequence(sp - 1, count: arg):
                        sp += arg - 1
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
                                Interpreter.switchFrame(to: callee, &code, &constants, &locals, &sp, &pc)
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
                            } else if kind == .type,
                                      let newSP = try constructDirectly(unsafeBitCast(object, to: Unmanaged<PyType>.self), count: count,
                                                                        firstArgument: firstArgument, returnSlot: returnSlot, sp: sp,
                                                                        frame: frame, pc: pc) {
                                sp = newSP
                                continue dispatch
                            }
                        }
                        let (newSP, entered) = try callGeneral(callableSlot: callableSlot, firstArgument: firstArgument, count: count,
                                                               keywordNames: [], returnSlot: returnSlot, frame: frame, sp: sp, pc: pc)
                        sp = newSP
                        if let entered {
                            frame = entered
                            Interpreter.switchFrame(to: entered, &code, &constants, &locals, &sp, &pc)
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
                            Interpreter.switchFrame(to: entered, &code, &constants, &locals, &sp, &pc)
                        }
                    case .callEx:
                        if let flag = interruptFlag, flag.pointee != 0 { try checkInterrupt() }
                        let (newSP, entered) = try callUnpacked(arg, frame: frame, sp: sp, pc: pc)
                        sp = newSP
                        if let entered {
                            frame = entered
                            Interpreter.switchFrame(to: entered, &code, &constants, &locals, &sp, &pc)
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
                        Interpreter.switchFrame(to: parent, &code, &constants, &locals, &sp, &pc)
                        // The caller's saved stack pointer is the one before the call; the callable
                        // and arguments are gone and the result is in their first slot.
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
                    case .yieldFrom:
                        if let value = try yieldFromInstruction(frame, sp: &sp, pc: pc) {
                            callDepth -= 1
                            return .yielded(value)
                        }
                    default:
                        let current = frame.takeUnretainedValue()
                        current.pc = pc
                        current.stackPointer = sp
                        (sp, pc) = try executeSlowInstruction(opcode, arg, frame: current, sp: sp, pc: pc)
                    }
                }
            } catch let error {
                let current = try unwind(error, frame: frame, sp: &sp, pc: &pc)
                // Not `switchFrame`: the unwinding chose the stack pointer and pc.
                frame = Unmanaged.passUnretained(current)
                code = current.bytecode
                constants = current.constants
                locals = current.locals
            }
        }
    }
}
