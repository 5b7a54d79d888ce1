/// The instructions of every `try` statement: entering and leaving a protected block, and the
/// handler's bookkeeping (`pushExcInfo`, `checkExcMatch`, `popExcept`). A loop around a `try`
/// runs them on every iteration, raising or not, so they are one small function that the slow
/// path's entry calls before the general slow instruction switch (whose large frame they skip).
extension Interpreter {
    @inline(never)
    func exceptionBlockInstruction(_ opcode: Opcode, _ arg: Int, frame: Unmanaged<Frame>,
                                   sp: inout UnsafeMutablePointer<Value>) throws {
        switch opcode {
        case .setupExcept, .setupFinally, .setupCleanup:
            frame._withUnsafeGuaranteedRef { current in
                current.blocks.append(Frame.Block(kind: opcode == .setupExcept ? .except : .finally, handler: arg,
                                                  stackHeight: sp - current.stackBase - (opcode == .setupCleanup ? 1 : 0)))
            }
        case .popBlock:
            frame._withUnsafeGuaranteedRef { _ = $0.blocks.popLast() }
        case .pushExcInfo:
            // [exception] -> [previous, exception], without emptying and refilling a slot.
            let value = (sp - 1).pointee
            (sp - 1).pointee = handledExceptions.last.map { .object($0) } ?? .none
            if case .object(let o) = value, o.objectKind == .exception { handledExceptions.append(unsafeDowncast(o, to: PyException.self)) }
            sp.initialize(to: value)
            sp += 1
        case .popExcept:
            sp -= 1
            sp.releaseSlot()
            if handledExceptions.count > frame._withUnsafeGuaranteedRef({ $0.exceptionDepth }) { handledExceptions.removeLast() }
        case .checkExcMatch:
            // [exception, type] -> [exception, matches]; the type's slot takes the answer.
            // `except ValueError:` catching a ValueError: the class is the exception's own, read
            // in place (an exception's class always derives from BaseException).
            if let exception = (sp - 2).unretainedObject, let type = (sp - 1).unretainedObject,
               exception._withUnsafeGuaranteedRef({ $0.objectKind == .exception && $0.storedType === type.takeUnretainedValue() }) {
                (sp - 1).pointee = .bool(true)
                return
            }
            let matches = try exceptionMatches((sp - 2).pointee, (sp - 1).pointee)
            (sp - 1).pointee = .bool(matches)
        default:
            break
        }
    }
}
