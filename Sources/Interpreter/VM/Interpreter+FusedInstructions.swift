/// Steps of the dispatch loop (`Interpreter.run`) kept in functions of their own so the loop's
/// file stays readable: fused instructions (`CodeObject.finalize` makes them from common pairs)
/// on attributes, and a comprehension's append. Always inlined into the loop. (The fused int
/// operations stay written in the loop: as functions they were not inlined and `nested_loop`
/// ran 16% more instructions.)
extension Interpreter {
    /// `local.x op= b` on an int attribute in one step (see `Opcode.localAttributeInplaceLocal`),
    /// or its first instruction.
    @inline(__always)
    func localAttributeInplaceInstruction(_ opcode: Opcode, _ arg: Int, code: UnsafeMutablePointer<UInt32>,
                                          locals: UnsafeMutablePointer<Value>, constants: UnsafeMutablePointer<Value>,
                                          frame: Unmanaged<Frame>, sp: inout UnsafeMutablePointer<Value>, pc: inout Int) throws {
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

    /// A local then `loadMethod` on it through the inline cache, or the local alone when the
    /// cache misses.
    @inline(__always)
    func loadFastLoadMethodInstruction(_ opcode: Opcode, _ arg: Int, code: UnsafeMutablePointer<UInt32>,
                                       locals: UnsafeMutablePointer<Value>, constants: UnsafeMutablePointer<Value>,
                                       frame: Unmanaged<Frame>, sp: inout UnsafeMutablePointer<Value>, pc: inout Int) throws {
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

    /// A local then `loadAttr` on it through the inline cache, or the local alone when the cache
    /// misses.
    @inline(__always)
    func loadFastLoadAttrInstruction(_ opcode: Opcode, _ arg: Int, code: UnsafeMutablePointer<UInt32>,
                                     locals: UnsafeMutablePointer<Value>, constants: UnsafeMutablePointer<Value>,
                                     frame: Unmanaged<Frame>, sp: inout UnsafeMutablePointer<Value>, pc: inout Int) throws {
        let slot = locals + arg
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

    /// `local.x = value` through the inline cache, or the local pushed for `storeAttr` when the
    /// cache misses.
    @inline(__always)
    func loadFastStoreAttrInstruction(_ opcode: Opcode, _ arg: Int, code: UnsafeMutablePointer<UInt32>,
                                      locals: UnsafeMutablePointer<Value>, constants: UnsafeMutablePointer<Value>,
                                      frame: Unmanaged<Frame>, sp: inout UnsafeMutablePointer<Value>, pc: inout Int) throws {
        // Stack: value; the object is the local.
        let slot = locals + arg
        if let object = slot.unretainedObject,
           Interpreter.cachedStore(object, frame.caches + Int(code[pc] >> 8), moving: sp - 1) {
            sp -= 1
            pc += 1
            return
        }
        if case .unset = slot.pointee { throw unboundLocalError(frame, arg) }
        sp.initialize(copying: slot)
        sp += 1
    }

    /// [obj] -> [obj, obj.x] through the inline cache, or the copy alone when the cache misses.
    @inline(__always)
    func dupTopLoadAttrInstruction(_ opcode: Opcode, _ arg: Int, code: UnsafeMutablePointer<UInt32>,
                                   locals: UnsafeMutablePointer<Value>, constants: UnsafeMutablePointer<Value>,
                                   frame: Unmanaged<Frame>, sp: inout UnsafeMutablePointer<Value>, pc: inout Int) throws {
        // [obj] -> [obj, obj.x]
        if let object = (sp - 1).unretainedObject,
           let value = Interpreter.cachedLoad(object, frame.caches + Int(code[pc] >> 8)) {
            sp.initialize(to: value)
            sp += 1
            pc += 1
            return
        }
        sp.initialize(copying: sp - 1)
        sp += 1
    }

    /// [obj, value] -> `obj.x = value` through the inline cache, or the swap alone when the cache
    /// misses.
    @inline(__always)
    func rotTwoStoreAttrInstruction(_ opcode: Opcode, _ arg: Int, code: UnsafeMutablePointer<UInt32>,
                                    locals: UnsafeMutablePointer<Value>, constants: UnsafeMutablePointer<Value>,
                                    frame: Unmanaged<Frame>, sp: inout UnsafeMutablePointer<Value>, pc: inout Int) throws {
        // [obj, value] -> obj.x = value
        if let object = (sp - 2).unretainedObject,
           Interpreter.cachedStore(object, frame.caches + Int(code[pc] >> 8), moving: sp - 1) {
            (sp - 2).releaseSlot()
            sp -= 2
            pc += 1
            return
        }
        swap(&(sp - 1).pointee, &(sp - 2).pointee)
    }

    /// A comprehension's `append`: in place on an exact list, else the general instruction.
    @inline(__always)
    func listAppendInstruction(_ opcode: Opcode, _ arg: Int, frame: Unmanaged<Frame>, sp: inout UnsafeMutablePointer<Value>,
                               pc: inout Int) throws {
        if let object = (sp - 1 - arg).unretainedObject, object.objectKind == .list {
            let item = sp - 1
            try object._withUnsafeGuaranteedRef { try unsafeDowncast($0, to: PyList.self).appendGrowing(item.pointee) }
            sp -= 1
            sp.releaseSlot()
            return
        }
        frame._withUnsafeGuaranteedRef {
            $0.pc = pc
            $0.stackPointer = sp
        }
        (sp, pc) = try executeSlowInstruction(opcode, arg, frame: frame.takeUnretainedValue(), sp: sp, pc: pc)
    }
}
