/// Methods of iterator objects and generators, registered through `iteratorTable` and
/// `generatorTable`.
enum IteratorMethods {
    static func installIterator(_ type: PyType) {
        type.install(iteratorTable)
    }

    static func installGenerator(_ type: PyType) {
        type.install(iteratorTable)
        type.install(generatorTable)
        type.property("__name__") { _, v in .str((v.asObject as? PyGenerator)?.name ?? "") }
    }

    static let iteratorTable: [NativeMethod] = [
        NativeMethod("__iter__", "self", iterate),
        NativeMethod("__next__", "self", next),
    ]

    static let generatorTable: [NativeMethod] = [
        NativeMethod("send", "self, value, /", send),
        NativeMethod("throw", "self, type, value=None, traceback=None, /", throwInto),
        NativeMethod("close", "self", close),
    ]

    /// `next(iterator)`, raising StopIteration (with a generator's return value) at the end.
    static func nextOrStop(_ interpreter: Interpreter, _ value: Value) throws -> Value {
        guard case .object(let o) = value, let item = try interpreter.next(o) else {
            if let g = value.asObject as? PyGenerator, !g.returnValue.isNone {
                throw PyException(type: BuiltinTypes.stopIteration, args: [g.returnValue])
            }
            throw PyException(type: BuiltinTypes.stopIteration, args: [])
        }
        return item
    }

    static func iterate(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        args.receiver
    }

    static func next(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        try nextOrStop(interpreter, args.receiver)
    }

    static func send(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        guard let g = args.receiver.asObject as? PyGenerator else { return .none }
        let value = args["value"]
        if !g.hasStarted && !value.isNone {
            throw PyException(BuiltinTypes.typeError, "can't send non-None value to a just-started generator")
        }
        guard let item = try interpreter.resume(g, sending: value) else {
            throw PyException(type: BuiltinTypes.stopIteration, args: g.returnValue.isNone ? [] : [g.returnValue])
        }
        return item
    }

    /// `generator.throw(type[, value[, traceback]])`: the next value yielded after the exception is
    /// raised inside, or StopIteration when the generator returns.
    static func throwInto(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        guard let g = args.receiver.asObject as? PyGenerator else { return .none }
        let exception = try interpreter.thrownException(args["type"], args["value"])
        guard let item = try interpreter.throwInto(g, exception) else {
            throw PyException(type: BuiltinTypes.stopIteration, args: g.returnValue.isNone ? [] : [g.returnValue])
        }
        return item
    }

    static func close(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        if let g = args.receiver.asObject as? PyGenerator { try interpreter.close(g) }
        return .none
    }
}
