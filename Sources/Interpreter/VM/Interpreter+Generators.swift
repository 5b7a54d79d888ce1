/// The generator protocol beyond `next`: `yield from` delegation, `throw()` and `close()`, with
/// CPython's semantics (PEP 380, Objects/genobject.c). A generator suspended in `yield from`
/// sits on its `yieldFrom` instruction with the sub-iterator on top of its saved stack; `send`,
/// `throw` and `close` reach that sub-iterator first.
extension Interpreter {
    enum DelegationStep {
        /// The sub-iterator yielded this value: the delegating generator yields it too.
        case yielded(Value)
        /// The sub-iterator finished: `yield from` evaluates to its return value.
        case finished(Value)
    }

    /// The dispatch loop's `yieldFrom`: the sent value is on top of the sub-iterator. Returns
    /// the value to yield (the frame is left to resume at this same instruction, which sends
    /// the next value in), or nil when the sub-iterator finished and its result replaced it.
    func yieldFromInstruction(_ frame: Unmanaged<Frame>, sp: inout UnsafeMutablePointer<Value>, pc: Int) throws -> Value? {
        let sent = (sp - 1).pointee
        let receiver = (sp - 2).pointee
        let current = frame.takeUnretainedValue()
        current.pc = pc
        current.stackPointer = sp
        let step = try delegate(to: receiver, sending: sent)
        sp -= 1
        sp.releaseSlot()
        switch step {
        case .finished(let result):
            (sp - 1).pointee = result
            return nil
        case .yielded(let value):
            current.stackPointer = sp
            current.pc = pc &- 1
            return value
        }
    }

    /// One step of `yield from`: sends `sent` to the sub-iterator (`next` when it is None).
    func delegate(to receiver: Value, sending sent: Value) throws -> DelegationStep {
        guard case .object(let object) = receiver else {
            throw PyException(BuiltinTypes.typeError, "'\(receiver.typeName)' object is not an iterator")
        }
        if let generator = object as? PyGenerator {
            if !generator.hasStarted && !sent.isNone {
                throw PyException(BuiltinTypes.typeError, "can't send non-None value to a just-started generator")
            }
            if let value = try resume(generator, sending: sent) { return .yielded(value) }
            return .finished(generator.returnValue)
        }
        do {
            if sent.isNone {
                if isBuiltinIterator(object) {
                    guard let value = try next(object) else { return .finished(.none) }
                    return .yielded(value)
                }
                guard let method = object.type.lookup("__next__") else {
                    throw PyException(BuiltinTypes.typeError, "'\(object.type.name)' object is not an iterator")
                }
                return .yielded(try call(method, Arguments([receiver])))
            }
            return .yielded(try call(try getAttribute(receiver, "send"), Arguments([sent])))
        } catch let error as PyException where error.isInstance(of: BuiltinTypes.stopIteration) {
            return .finished(error.args.first ?? .none)
        }
    }

    /// The sub-iterator a suspended generator delegates to, if it is inside `yield from`.
    func delegationTarget(of generator: PyGenerator) -> Value? {
        guard generator.hasStarted, !generator.isFinished, let last = generator.saved.last else { return nil }
        let frame = generator.frame
        guard frame.pc < frame.code.instructions.count,
              UInt8(truncatingIfNeeded: frame.code.instructions[frame.pc]) == Opcode.yieldFrom.rawValue else { return nil }
        return last
    }

    /// The sub-iterator finished outside the generator's own run (through `throw`): `yield from`
    /// evaluates to `result`, and the generator continues after it.
    private func resumeAfterDelegation(_ generator: PyGenerator, result: Value) throws -> Value? {
        generator.saved.removeLast()
        generator.frame.stackPointer -= 1
        generator.frame.pc += 1
        return try resume(generator, sending: result)
    }

    /// `generator.throw(exception)`: raises it where the generator is suspended, after offering
    /// it to the sub-iterator of a `yield from`. Returns the next yielded value, or nil when the
    /// generator finished (StopIteration for the caller).
    func throwInto(_ generator: PyGenerator, _ exception: PyException) throws -> Value? {
        if generator.isRunning { throw PyException(BuiltinTypes.valueError, "generator already executing") }
        if generator.isFinished { throw exception }
        var raised = exception
        if let receiver = delegationTarget(of: generator) {
            do {
                if exception.isInstance(of: BuiltinTypes.generatorExit) {
                    // The sub-iterator is closed, then GeneratorExit is raised here.
                    try closeIterator(receiver, within: generator)
                } else if let step = try throwIntoIterator(receiver, exception, within: generator) {
                    switch step {
                    case .yielded(let value): return value
                    case .finished(let result): return try resumeAfterDelegation(generator, result: result)
                    }
                }
            } catch let error as PyException {
                raised = error
            }
        }
        return try resume(generator, sending: .none, throwing: raised)
    }

    /// Offers an exception to a sub-iterator; nil when it has no `throw` method.
    private func throwIntoIterator(_ receiver: Value, _ exception: PyException, within generator: PyGenerator) throws -> DelegationStep? {
        generator.isRunning = true
        defer { generator.isRunning = false }
        if case .object(let object) = receiver, let inner = object as? PyGenerator {
            if let value = try throwInto(inner, exception) { return .yielded(value) }
            return .finished(inner.returnValue)
        }
        guard let method = try? getAttribute(receiver, "throw") else { return nil }
        do {
            return .yielded(try call(method, Arguments([.object(exception)])))
        } catch let error as PyException where error.isInstance(of: BuiltinTypes.stopIteration) {
            return .finished(error.args.first ?? .none)
        }
    }

    /// `generator.close()`: raises GeneratorExit where the generator is suspended (closing a
    /// `yield from` sub-iterator first); a generator that yields again is a RuntimeError.
    func close(_ generator: PyGenerator) throws {
        if generator.isFinished { return }
        if generator.isRunning { throw PyException(BuiltinTypes.valueError, "generator already executing") }
        guard generator.hasStarted else {
            generator.isFinished = true
            generator.saved.removeAll()
            return
        }
        var exit = PyException(type: BuiltinTypes.generatorExit, args: [])
        if let receiver = delegationTarget(of: generator) {
            do { try closeIterator(receiver, within: generator) } catch let error as PyException { exit = error }
        }
        do {
            if try resume(generator, sending: .none, throwing: exit) != nil {
                throw PyException(BuiltinTypes.runtimeError, "generator ignored GeneratorExit")
            }
        } catch let error as PyException where error.isInstance(of: BuiltinTypes.generatorExit) || error.isInstance(of: BuiltinTypes.stopIteration) {
            return
        }
    }

    /// Closes a `yield from` sub-iterator: a generator's own close, or any `close` method.
    private func closeIterator(_ receiver: Value, within generator: PyGenerator) throws {
        generator.isRunning = true
        defer { generator.isRunning = false }
        if case .object(let object) = receiver, let inner = object as? PyGenerator {
            try close(inner)
        } else if let method = try? getAttribute(receiver, "close") {
            _ = try call(method, Arguments([]))
        }
    }

    /// The exception `throw(type[, value])` or `throw(instance)` raises, as CPython builds it.
    func thrownException(_ type: Value, _ value: Value) throws -> PyException {
        switch type {
        case .object(let instance as PyException):
            guard value.isNone else { throw PyException(BuiltinTypes.typeError, "instance exception may not have a separate value") }
            return instance
        case .object(let cls as PyType) where cls.isSubtype(of: BuiltinTypes.baseException):
            if case .object(let given as PyException) = value, given.type.isSubtype(of: cls) { return given }
            let arguments: [Value]
            if value.isNone {
                arguments = []
            } else if case .object(let tuple as PyTuple) = value {
                arguments = tuple.items
            } else {
                arguments = [value]
            }
            return try makeRaisable(try call(type, Arguments(arguments)), cause: nil)
        default:
            throw PyException(BuiltinTypes.typeError,
                              "exceptions must be classes or instances deriving from BaseException, not \(type.typeName)")
        }
    }
}
