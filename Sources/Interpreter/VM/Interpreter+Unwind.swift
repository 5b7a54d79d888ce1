/// What the dispatch loop does when an instruction throws: find a handler in the frame that
/// was running or, unwinding, in a caller within the same `run`.
extension Interpreter {
    /// Unwinds from the instruction of `frame` that threw `error` (at `pc`, with the stack at
    /// `sp`) to the nearest `try` block of this run: returns the frame that handles it, with
    /// `sp` and `pc` set to the handler's entry and the exception pushed. Rethrows (as a Python
    /// exception) when the entry frame has no handler either. Out of line: the dispatch loop
    /// only calls it.
    @inline(never)
    func unwind(_ error: Error, frame: Unmanaged<Frame>, sp: inout UnsafeMutablePointer<Value>, pc: inout Int) throws -> Frame {
        let exception = asPythonException(error)
        let stackWasCut = pendingUnwindStackPointer != nil
        if let pending = pendingUnwindStackPointer {
            sp = pending
            pendingUnwindStackPointer = nil
        }
        var current = frame.takeUnretainedValue()
        current.pc = pc
        // The frame whose instruction threw still has that instruction's operands.
        var operands = takeFailedOperands(of: current, sp: sp, stackWasCut: stackWasCut)
        while true {
            addTraceback(exception, frame: current, operands: operands)
            operands = nil
            if let block = current.blocks.popLast() {
                let target = current.stackBase + block.stackHeight
                if sp > target { target.releaseSlots(sp - target) }
                sp = target
                sp.initialize(to: .object(exception))
                sp += 1
                pc = block.handler
                return current
            }
            // No handler here: discard the frame (its variables stay on the traceback).
            keepFrameForTraceback(exception, current)
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
    }
}
