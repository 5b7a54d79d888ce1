/// Exception classes.
enum ExceptionMethods {
    static func new(_ interpreter: Interpreter, _ cls: PyType, _ arguments: Arguments) throws -> Value {
        .object(PyException(type: cls, args: arguments.positional))
    }

    static func exception(_ v: Value) -> PyException? { v.asObject as? PyException }

    static func install(_ type: PyType) {
        type.method("__init__", "self, *args") { _, a in
            exception(a[0])?.args = (a[1].asObject as? PyTuple)?.items ?? []
            return .none
        }
        type.property("args", get: { _, v in .object(PyTuple(exception(v)?.args ?? [])) },
                      set: { i, v, new in exception(v)?.args = try i.collect(new) })
        type.property("__cause__", get: { _, v in exception(v)?.cause ?? .none },
                      set: { _, v, new in
                          exception(v)?.cause = new
                          exception(v)?.suppressContext = true
                      })
        type.property("__context__", get: { _, v in exception(v)?.context ?? .none },
                      set: { _, v, new in exception(v)?.context = new })
        type.property("__suppress_context__", get: { _, v in .bool(exception(v)?.suppressContext ?? false) },
                      set: { i, v, new in exception(v)?.suppressContext = try i.isTruthy(new) })
        type.property("__traceback__") { _, _ in .none }
        type.method("with_traceback", "self, tb") { _, a in a[0] }
        type.method("__str__", "self") { i, a in
            guard let e = exception(a[0]) else { return .str("") }
            return .str(try i.exceptionString(e))
        }
        type.method("__repr__", "self") { i, a in
            guard let e = exception(a[0]) else { return .str("") }
            let name = e.type.name
            if e.args.count == 1 { return .str("\(name)(\(try i.repr(e.args[0])))") }
            return .str(name + (try i.repr(.object(PyTuple(e.args)))))
        }
        BuiltinTypes.stopIteration.property("value") { _, v in exception(v)?.args.first ?? .none }
        BuiltinTypes.systemExit.property("code") { _, v in exception(v)?.args.first ?? .none }
        BuiltinTypes.keyError.method("__str__", "self") { i, a in
            guard let e = exception(a[0]) else { return .str("") }
            return .str(try i.exceptionString(e))
        }
    }
}
