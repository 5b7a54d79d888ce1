/// Methods and attributes of `BaseException` (inherited by every exception class), registered
/// through `table`, plus the few subclasses that add their own.
enum ExceptionMethods {
    static func install(_ type: PyType) {
        type.install(table)
        type.property("args", get: { _, v in .object(PyTuple(exception(v)?.args ?? [])) },
                      set: { i, v, new in exception(v)?.args = try i.collect(new) })
        type.property("__cause__", get: { _, v in exception(v)?.cause ?? .none },
                      set: { _, v, new in
                          // Setting a cause hides the context in tracebacks, as `raise ... from` does.
                          exception(v)?.cause = new
                          exception(v)?.suppressContext = true
                      })
        type.property("__context__", get: { _, v in exception(v)?.context ?? .none },
                      set: { _, v, new in exception(v)?.context = new })
        type.property("__suppress_context__", get: { _, v in .bool(exception(v)?.suppressContext ?? false) },
                      set: { i, v, new in exception(v)?.suppressContext = try i.isTruthy(new) })
        type.property("__traceback__") { i, v in exception(v).map { TracebackObjects.chain(for: $0, i) } ?? .none }
        for type in [BuiltinTypes.nameError, BuiltinTypes.attributeError] {
            type.property("name", get: { _, v in exception(v)?.nameAttribute ?? .none },
                          set: { _, v, new in exception(v)?.assignedName = new })
        }
        BuiltinTypes.attributeError.property("obj", get: { _, v in exception(v)?.objectAttribute ?? .none },
                                             set: { _, v, new in exception(v)?.assignedObject = new })
        BuiltinTypes.stopIteration.property("value") { _, v in exception(v)?.args.first ?? .none }
        BuiltinTypes.systemExit.property("code") { _, v in exception(v)?.args.first ?? .none }
        // KeyError prints the repr of its key, so it needs a `__str__` of its own.
        BuiltinTypes.keyError.install([NativeMethod("__str__", "self", str)])
    }

    static let table: [NativeMethod] = [
        NativeMethod("__init__", "self, *args, **kwargs", initialize),
        NativeMethod("with_traceback", "self, tb", withTraceback),
        NativeMethod("__str__", "self", str),
        NativeMethod("__repr__", "self", repr),
    ]

    /// `__new__` of every exception class: the positional arguments become `args`.
    static func new(_ interpreter: Interpreter, _ cls: PyType, _ arguments: Arguments) throws -> Value {
        .object(PyException(type: cls, args: arguments.positional))
    }

    static func exception(_ v: Value) -> PyException? { v.asObject as? PyException }

    static func initialize(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        // CPython's BaseException.__init__ takes keywords only to refuse them, naming the class.
        if !args.varKeywords("kwargs").storage.isEmpty {
            throw PyException(BuiltinTypes.typeError, "\(args.receiver.type.name)() takes no keyword arguments")
        }
        exception(args.receiver)?.args = args.varArgs("args")
        return .none
    }

    /// Tracebacks are not objects here, so this only returns the exception.
    static func withTraceback(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        args.receiver
    }

    static func str(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        guard let e = exception(args.receiver) else { return .str("") }
        return .str(try interpreter.exceptionString(e))
    }

    static func repr(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        guard let e = exception(args.receiver) else { return .str("") }
        let name = e.type.name
        if e.args.count == 1 { return .str("\(name)(\(try interpreter.repr(e.args[0])))") }
        return .str(name + (try interpreter.repr(.object(PyTuple(e.args)))))
    }
}
