/// Fused instructions of the dispatch loop (`CodeObject.finalize` makes them from common
/// pairs), each a step of `Interpreter.run` kept in a function of its own so the loop's file
/// stays readable. Always inlined into the loop: the code is the same as if written there.
extension Interpreter {
    /// Pushes two locals (or a local and a constant); when both are ints and an int operation
    /// or comparison follows, does that too (skipping three instructions).
    @inline(__always)
    func loadTwoInstruction(_ opcode: Opcode, _ arg: Int, code: UnsafeMutablePointer<UInt32>, locals: UnsafeMutablePointer<Value>,
                      constants: UnsafeMutablePointer<Value>, frame: Unmanaged<Frame>, sp: inout UnsafeMutablePointer<Value>,
                      pc: inout Int) throws {
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
                    return
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
                return
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
    }

    /// Pushes a constant or local; when it and the top of the stack are ints and an int
    /// operation or comparison follows, does that instead.
    @inline(__always)
    func loadOperandInstruction(_ opcode: Opcode, _ arg: Int, code: UnsafeMutablePointer<UInt32>, locals: UnsafeMutablePointer<Value>,
                      constants: UnsafeMutablePointer<Value>, frame: Unmanaged<Frame>, sp: inout UnsafeMutablePointer<Value>,
                      pc: inout Int) throws {
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
                return
            } else if let result = Interpreter.intOperation(BinaryOperation(argument: Int(operation >> 8)), a, b) {
                // binary or inplace: the int on top is replaced (nothing to release).
                (sp - 1).initialize(to: .int(result))
                pc += 1
                return
            }
        }
        if opcode == .loadFastOperation, case .unset = constant.pointee { throw unboundLocalError(frame, arg) }
        sp.initialize(copying: constant)
        sp += 1
    }

    /// `local.x op= b` on an int attribute in one step (see `Opcode.localAttributeInplaceLocal`),
    /// or its first instruction.
    @inline(__always)
    func localAttributeInplaceInstruction(_ opcode: Opcode, _ arg: Int, code: UnsafeMutablePointer<UInt32>, locals: UnsafeMutablePointer<Value>,
                      constants: UnsafeMutablePointer<Value>, frame: Unmanaged<Frame>, sp: inout UnsafeMutablePointer<Value>,
                      pc: inout Int) throws {
        // Words after this one: loadAttr (cache), operand, inplace (operator),
        // loadFast, storeAttr (cache).
        let slot = locals + arg
        let operandIndex = Int(code[pc + 1] >> 8)
        let operand = opcode == .localAttributeInplaceLocal ? locals + operandIndex : constants + operandIndex
        if let object = slot.unretainedObject, case .int(let b) = operand.pointee,
           Interpreter.cachedIntInplace(object, load: frame.caches + Int(code[pc] >> 8),
                                        store: frame.caches + Int(code[pc + 4] >> 8),
                                        operation: BinaryOperation(argument: Int(code[pc + 2] >> 8)), b) {
            pc += 5
            return
        }
        if let object = slot.unretainedObject,
           let value = Interpreter.cachedLoad(object, frame.caches + Int(code[pc] >> 8)) {
            sp.initialize(to: value)
            sp += 1
            pc += 1
            return
        }
        if case .unset = slot.pointee { throw unboundLocalError(frame, arg) }
        sp.initialize(copying: slot)
        sp += 1
    }

    /// A local then `loadMethod` on it through the inline cache, or the local alone when the cache misses.
    @inline(__always)
    func loadFastLoadMethodInstruction(_ opcode: Opcode, _ arg: Int, code: UnsafeMutablePointer<UInt32>, locals: UnsafeMutablePointer<Value>,
                      constants: UnsafeMutablePointer<Value>, frame: Unmanaged<Frame>, sp: inout UnsafeMutablePointer<Value>,
                      pc: inout Int) throws {
        let slot = locals + arg
        if let object = slot.unretainedObject {
            switch Interpreter.cachedMethod(object, frame.caches + Int(code[pc] >> 8)) {
            case .method(let method):
                sp.initialize(to: method)
                (sp + 1).initialize(copying: slot)
                sp += 2
                pc += 1
                return
            case .attribute(let value):
                sp.initialize(to: .unset)
                (sp + 1).initialize(to: value)
                sp += 2
                pc += 1
                return
            case .miss:
                break
            }
        }
        if case .unset = slot.pointee { throw unboundLocalError(frame, arg) }
        sp.initialize(copying: slot)
        sp += 1
    }
}
