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
                enterHandler(block, of: current, with: exception, sp: &sp, pc: &pc)
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

    /// `raise` (or the re-raise ending a `finally`) inside a `try` block of the same frame: the
    /// exception goes straight to the block's handler, exactly as `unwind` would take it there,
    /// without a Swift `throw` (whose error box and dynamic cast back to `PyException` cost
    /// more than the rest of a caught raise). False, with nothing done, when the frame has no
    /// handler: the caller throws and `unwind` leaves the frame.
    @inline(never)
    func raiseToHandlerInFrame(_ exception: PyException, frame: Frame, sp: inout UnsafeMutablePointer<Value>, pc: inout Int) -> Bool {
        guard let block = frame.blocks.last else { return false }
        // What `unwind` does for the frame that raised: a raise has no operands to describe.
        failedCallOperands = nil
        frame.pc = pc
        addTraceback(exception, frame: frame)
        frame.blocks.removeLast()
        enterHandler(block, of: frame, with: exception, sp: &sp, pc: &pc)
        return true
    }

    /// Enters the handler of `block` (already popped from `frame`): the stack is cut back to the
    /// block's height, the exception pushed, and `pc` set to the handler.
    @inline(__always)
    private func enterHandler(_ block: Frame.Block, of frame: Frame, with exception: PyException,
                              sp: inout UnsafeMutablePointer<Value>, pc: inout Int) {
        let target = frame.stackBase + block.stackHeight
        if sp > target { target.releaseSlots(sp - target) }
        sp = target
        sp.initialize(to: .object(exception))
        sp += 1
        pc = block.handler
    }
}
