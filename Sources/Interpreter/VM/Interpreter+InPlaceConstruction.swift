/// `C(args...)` of a plain user class from the dispatch loop, without an argument list: the
/// new instance is put below the arguments on the value stack and the class's Python
/// `__init__` runs on them in place, as a positional call of the function would. Instance
/// creation is one of the commonest things Python code does (`Point(x, y)`, a `Vec`'s
/// `__add__`); the general path (`instantiate`) copies the arguments into an array twice and
/// binds them by name.
extension Interpreter {
    /// Makes the instance and runs `__init__` when the class and call allow it (see
    /// `PyType.ConstructorMethods.inPlaceInitializer`; positional arguments that fit the
    /// function's parameters, so every error message stays the general path's). Returns the
    /// new stack pointer with the instance in `returnSlot`, or nil with nothing done.
    @inline(never)
    func constructInstanceInPlace(_ typeRef: Unmanaged<PyType>, count: Int, firstArgument: UnsafeMutablePointer<Value>,
                                  returnSlot: UnsafeMutablePointer<Value>, sp: UnsafeMutablePointer<Value>,
                                  frame: Unmanaged<Frame>, pc: Int) throws -> UnsafeMutablePointer<Value>? {
        let type = typeRef.takeUnretainedValue()
        guard type.objectKind == .type, let initializer = type.constructorMethods().inPlaceInitializer else { return nil }
        let code = initializer.code
        let parameterCount = code.argumentCount
        let withReceiver = count + 1
        guard code.entersInPlace, withReceiver <= parameterCount, withReceiver >= parameterCount - initializer.defaults.count,
              sp + 1 < stackEnd, nativeDepth < recursionLimit else { return nil }
        let instance = PyInstance(type: type)
        // [type, args...] becomes [type, instance, args...]: the instance is `self`.
        (firstArgument + 1).moveInitialize(from: firstArgument, count: count)
        firstArgument.initialize(to: .object(instance))
        let top = sp + 1
        let entered: Unmanaged<Frame>?
        do {
            entered = try enterInPlace(Unmanaged.passUnretained(initializer), count: withReceiver, firstArgument: firstArgument,
                                       returnSlot: returnSlot, caller: frame, pc: pc, sp: top)
        } catch {
            pendingUnwindStackPointer = top
            throw error
        }
        guard let callee = entered else {
            // Not reached (the checks above are enterInPlace's); undo the layout all the same.
            firstArgument.deinitialize(count: 1)
            firstArgument.moveInitialize(from: firstArgument + 1, count: count)
            return nil
        }
        // `__init__` runs as an entry frame of its own `run`: its return value is checked
        // here, and the instance, not that value, becomes the call's result.
        nativeDepth += 1
        defer { nativeDepth -= 1 }
        let exit: FrameExit
        do {
            exit = try run(callee.takeUnretainedValue())
        } catch {
            // The unwinding released the callee's slots from the return slot up.
            popPooledFrame(callee)
            currentFrameRef = frame
            pendingUnwindStackPointer = returnSlot
            throw error
        }
        popPooledFrame(callee)
        currentFrameRef = frame
        if case .returned(let result) = exit, !result.isNone {
            pendingUnwindStackPointer = returnSlot
            throw PyException(BuiltinTypes.typeError, "__init__() should return None, not '\(result.typeName)'")
        }
        returnSlot.initialize(to: .object(instance))
        return returnSlot + 1
    }
}
