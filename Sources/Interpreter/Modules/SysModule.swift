/// `sys`: argv, modules, stdout/stderr objects, version information, recursion limit.
enum SysModule {
    static func make(_ interpreter: Interpreter) -> PyModule {
        interpreter.makeModule("sys") { ns in
            ns["argv"] = .object(PyList(interpreter.argv.map { .str($0) }))
            ns["version"] = .str("3.11.7 (Tessera)")
            ns["version_info"] = .object(PyTuple([.int(3), .int(11), .int(7), .str("final"), .int(0)], type: versionInfoType))
            ns["platform"] = .str("linux")
            ns["maxsize"] = .int(Int.max)
            ns["byteorder"] = .str("little")
            ns["implementation"] = .str("tessera")
            ns["path"] = .object(PyList([]))
            ns["stdout"] = .object(StreamObject.make(write: { interpreter.standardOutput($0) }, flush: { interpreter.flushOutput() }))
            // Standard error is written unbuffered: nothing to flush.
            ns["stderr"] = .object(StreamObject.make(write: { interpreter.standardError($0) }, flush: {}))
            ns.function("getrecursionlimit", "") { i, _ in .int(i.recursionLimit) }
            ns.function("setrecursionlimit", "limit, /") { i, a in
                let limit = try i.intArgument(a[0])
                if limit < 1 { throw PyException(BuiltinTypes.valueError, "recursion limit must be greater or equal than 1") }
                i.recursionLimit = min(limit, 100_000)
                return .none
            }
            ns.function("get_int_max_str_digits", "") { i, _ in .int(i.intDigitLimit.digits) }
            ns.function("set_int_max_str_digits", "maxdigits") { i, a in
                try i.setIntMaxStringDigits(a[0])
                return .none
            }
            ns.function("exit", "status=None, /") { _, a in
                throw PyException(type: BuiltinTypes.systemExit, args: a[0].isNone ? [] : [a[0]])
            }
            ns.function("_getframe", "depth=0, /") { i, a in
                var frame = i.currentFrame
                var depth = try i.intArgument(a[0])
                while depth > 0, let f = frame { frame = f.parent; depth -= 1 }
                guard let frame else { throw PyException(BuiltinTypes.valueError, "call stack is not deep enough") }
                return TracebackObjects.runningFrame(frame, i)
            }
            ns.function("getsizeof", "obj, default=0, /") { _, a in
                if case .object(let o) = a[0], let l = o as? PyList { return .int(56 + 8 * l.items.count) }
                return .int(28)
            }
            ns.function("_tessera_colour_terminal", "") { i, _ in
                DisplaySupport.of(i).colourTerminal.map { .str($0) } ?? .none
            }
            // The text an uncaught exception prints, for the `traceback` module.
            ns.function("_tessera_format_exception", "exc, /") { i, a in
                guard let exception = a[0].asObject as? PyException else {
                    throw PyException(BuiltinTypes.typeError, "expected an exception instance")
                }
                return .str(i.formatException(exception))
            }
            ns.function("_getframe", "depth=0, /") { i, a in
                try LiveFrameObjects.getframe(i, depth: max(0, try i.intArgument(a[0], "depth")))
            }
            ns.function("exc_info", "") { i, _ in
                guard let e = i.handledExceptions.last else { return .object(PyTuple([.none, .none, .none])) }
                return .object(PyTuple([.object(e.type), .object(e), TracebackObjects.chain(for: e, i)]))
            }
            let modules = PyDict()
            for (name, module) in interpreter.modules { modules[name] = .object(module) }
            ns["modules"] = .object(modules)
        }
    }
}

/// `sys.version_info`: a tuple whose fields also have names.
let versionInfoType = PyType(builtin: "version_info", base: BuiltinTypes.tuple, module: "sys") { type in
    for (index, field) in ["major", "minor", "micro", "releaselevel", "serial"].enumerated() {
        type.property(field) { _, v in (v.asObject as? PyTuple)?.items[index] ?? .none }
    }
}

/// A minimal writable stream (`sys.stdout`): `write` and `flush`.
enum StreamObject {
    static let type = PyType(builtin: "TextIOWrapper", base: BuiltinTypes.object, subclassable: false, module: "_io") { type in
        type.method("write", "self, text, /") { i, a in
            let text = try i.stringArgument(a[1])
            if case .object(let o) = a[0], case .object(let w) = o.attributes["_write"] ?? .none, let writer = w as? PyBuiltinFunction {
                _ = try writer.body(i, Arguments([.str(text)]))
            }
            return .int(text.count)
        }
        type.method("flush", "self") { i, a in
            if case .object(let o) = a[0], case .object(let f) = o.attributes["_flush"] ?? .none, let flusher = f as? PyBuiltinFunction {
                _ = try flusher.body(i, Arguments([]))
            }
            return .none
        }
    }

    static func make(write: @escaping (String) -> Void, flush: @escaping () -> Void) -> PyObject {
        let object = PyInstance(type: type)
        object.attributes["_write"] = .object(PyBuiltinFunction(name: "write") { _, arguments in
            write(arguments[0].stringValue ?? "")
            return .none
        })
        object.attributes["_flush"] = .object(PyBuiltinFunction(name: "flush") { _, _ in
            flush()
            return .none
        })
        return object
    }
}

extension Interpreter {
    /// Keeps `sys.modules` showing every loaded module (a module imported after `sys` too), so
    /// `sys.modules[cls.__module__]` finds a class's module as in CPython.
    func syncSysModules() {
        guard let sys = modules["sys"], case .object(let o)? = sys.namespace["modules"], let dict = o as? PyDict else { return }
        for (name, module) in modules where dict[name] == nil { dict[name] = .object(module) }
    }
}
