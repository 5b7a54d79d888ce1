/// The `builtins` module: functions and the built-in classes by name.
enum BuiltinFunctions {
    static func install(into namespace: Namespace, interpreter: Interpreter) {
        for type in [BuiltinTypes.object, BuiltinTypes.type, BuiltinTypes.int, BuiltinTypes.bool, BuiltinTypes.float,
                     BuiltinTypes.str, BuiltinTypes.bytes, BuiltinTypes.list, BuiltinTypes.tuple, BuiltinTypes.dict,
                     BuiltinTypes.set, BuiltinTypes.frozenset, BuiltinTypes.range, BuiltinTypes.slice, BuiltinTypes.property,
                     BuiltinTypes.staticmethod, BuiltinTypes.classmethod, BuiltinTypes.enumerate, BuiltinTypes.zip,
                     BuiltinTypes.map, BuiltinTypes.filter, BuiltinTypes.reversed] {
            namespace[type.name] = .object(type)
        }
        namespace["super"] = .object(BuiltinTypes.superType)
        for type in BuiltinTypes.exceptionTypes { namespace[type.name] = .object(type) }
        namespace["EnvironmentError"] = .object(BuiltinTypes.osError)
        namespace["IOError"] = .object(BuiltinTypes.osError)
        namespace["None"] = .none
        namespace["NotImplemented"] = .object(Singletons.notImplemented)
        namespace["Ellipsis"] = .object(Singletons.ellipsis)
        namespace["__debug__"] = .bool(true)
        namespace["__name__"] = .str("builtins")

        namespace["__build_class__"] = .object(PyBuiltinFunction(name: "__build_class__") { interpreter, arguments in
            try interpreter.buildClass(arguments)
        })
        namespace.install(table)
        namespace.install(DynamicExecution.table)
        namespace["quit"] = namespace["exit"]
    }

    /// The builtin functions, each a Swift function below.
    static let table: [NativeMethod] = [
        NativeMethod("print", "*args, sep=' ', end='\\n', file=None, flush=False", print),
        NativeMethod("len", "obj, /", direct: 1...1, lenDirect, len),
        NativeMethod("repr", "obj, /", repr),
        NativeMethod("ascii", "obj, /", ascii),
        NativeMethod("format", "value, format_spec='', /", format),
        NativeMethod("abs", "x, /", abs),
        NativeMethod("round", "number, ndigits=None", round),
        NativeMethod("divmod", "x, y, /", divmod),
        NativeMethod("pow", "base, exp, mod=None", pow),
        NativeMethod("hash", "obj, /", hash),
        NativeMethod("id", "obj, /", id),
        NativeMethod("chr", "i, /", chr),
        NativeMethod("ord", "c, /", ord),
        NativeMethod("bin", "x, /", bin),
        NativeMethod("oct", "x, /", oct),
        NativeMethod("hex", "x, /", hex),
        NativeMethod("callable", "obj, /", callable),
        NativeMethod("isinstance", "obj, class_or_tuple, /", direct: 2...2, isinstanceDirect, isinstance),
        NativeMethod("issubclass", "cls, class_or_tuple, /", issubclass),
        NativeMethod("getattr", "obj, name, default=<missing>, /", direct: 2...3, getattrDirect, getattr),
        NativeMethod("setattr", "obj, name, value, /", setattr),
        NativeMethod("delattr", "obj, name, /", delattr),
        NativeMethod("hasattr", "obj, name, /", direct: 2...2, hasattrDirect, hasattr),
        NativeMethod("iter", "obj, sentinel=<missing>, /", iter),
        NativeMethod("next", "iterator, default=<missing>, /", next),
        NativeMethod("any", "iterable, /", any),
        NativeMethod("all", "iterable, /", all),
        NativeMethod("sum", "iterable, /, start=0", sum),
        NativeMethod("min", "*args, key=None, default=<missing>", direct: 1...Int.max, minDirect, min),
        NativeMethod("max", "*args, key=None, default=<missing>", direct: 1...Int.max, maxDirect, max),
        NativeMethod("sorted", "iterable, /, *, key=None, reverse=False", sorted),
        NativeMethod("vars", "obj=<missing>, /", vars),
        NativeMethod("dir", "obj=<missing>, /", dir),
        NativeMethod("globals", "", globals),
        NativeMethod("input", "prompt='', /", input),
        NativeMethod("open", "file, mode='r', buffering=-1, encoding=None, errors=None, newline=None", open),
        NativeMethod("help", "*request", help),
        NativeMethod("exit", "code=None, /", exit),
    ]

    static func print(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let separator = args["sep"].isNone ? " " : try interpreter.stringArgument(args["sep"])
        let end = args["end"].isNone ? "\n" : try interpreter.stringArgument(args["end"])
        let text = try args.varArgs("args").map { try interpreter.str($0) }.joined(separator: separator) + end
        var file = args["file"]
        // A `sys.stdout` replaced by the program (contextlib.redirect_stdout, a capturing
        // object) receives what print writes, as in CPython.
        if file.isNone, case .object(let o)? = interpreter.modules["sys"]?.namespace["stdout"], o.type !== StreamObject.type {
            file = .object(o)
        }
        if file.isNone {
            interpreter.standardOutput(text)
        } else {
            _ = try interpreter.call(try interpreter.getAttribute(file, "write"), Arguments([.str(text)]))
        }
        if try interpreter.isTruthy(args["flush"]) {
            if file.isNone {
                interpreter.flushOutput()
            } else {
                _ = try interpreter.call(try interpreter.getAttribute(file, "flush"), Arguments([]))
            }
        }
        return .none
    }

    static func len(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .int(try interpreter.length(args["obj"]))
    }

    /// `len` called positionally from the dispatch loop (the argument in place on the value
    /// stack): it sits in many inner loops, so it skips building bound arguments.
    static func lenDirect(_ interpreter: Interpreter, _ arguments: UnsafeMutablePointer<Value>, _ count: Int) throws -> Value {
        // The core containers' sizes are read through the slot's reference (it keeps the
        // object alive), with no retain and release of the object and its storage.
        if let object = arguments.unretainedObject,
           let size = object._withUnsafeGuaranteedRef({ Interpreter.builtinContainerCount($0) }) {
            return .int(size)
        }
        return .int(try interpreter.length(arguments[0]))
    }

    static func repr(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .str(try interpreter.repr(args["obj"]))
    }

    static func ascii(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .str(Formatting.asciiOnly(try interpreter.repr(args["obj"])))
    }

    static func format(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .str(try interpreter.format(args["value"], try interpreter.stringArgument(args["format_spec"])))
    }

    static func abs(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        try interpreter.absolute(args["x"])
    }

    static func round(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        try interpreter.round(args["number"], args["ndigits"])
    }

    static func divmod(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .object(PyTuple([try interpreter.binaryOperation(.floorDivide, args["x"], args["y"]), try interpreter.binaryOperation(.modulo, args["x"], args["y"])]))
    }

    static func pow(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        if args["mod"].isNone { return try interpreter.binaryOperation(.power, args["base"], args["exp"]) }
        guard args["base"].isInteger && args["exp"].isInteger && args["mod"].isInteger else {
            throw PyException(BuiltinTypes.typeError, "pow() 3rd argument not allowed unless all arguments are integers")
        }
        guard let base = Arithmetic.intValue(args["base"]), var exponent = Arithmetic.intValue(args["exp"]),
              let modulus = Arithmetic.intValue(args["mod"]), exponent >= 0, modulus != 0 else {
            return try Arithmetic.modularPower(try interpreter.integerArgument(args["base"]), try interpreter.integerArgument(args["exp"]),
                                               try interpreter.integerArgument(args["mod"]))
        }
        let m = modulus.magnitude
        func mulmod(_ x: UInt, _ y: UInt) -> UInt { m.dividingFullWidth(x.multipliedFullWidth(by: y)).remainder }
        // Everything stays in UInt: the modulus may be Int.min, whose magnitude no Int holds.
        var result: UInt = 1 % m
        let reduced = base.magnitude % m
        var b = base < 0 && reduced != 0 ? m - reduced : reduced
        while exponent > 0 {
            if exponent & 1 == 1 { result = mulmod(result, b) }
            b = mulmod(b, b)
            exponent >>= 1
        }
        // Python's result takes the modulus's sign: in (modulus, 0] for a negative modulus, a
        // value that fits in an Int, so the wrapping subtraction is exact.
        if modulus < 0 && result != 0 { return .int(Int(bitPattern: result &- m)) }
        return .int(Int(bitPattern: result))
    }

    static func hash(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        if case .object(let o) = args["obj"], let method = o.type.lookup("__hash__") {
            if method.isNone { throw PyException(BuiltinTypes.typeError, "unhashable type: '\(o.type.name)'") }
            if let user = o.type.userOverride("__hash__") { return try interpreter.call(user, Arguments([args["obj"]])) }
        }
        switch args["obj"] {
        case .int(let n): return .int(NumericHash.hash(n))
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d): return .int(NumericHash.hash(d))
        default: if let big = args["obj"].asBigInt { return .int(big.value.pythonHash) }
        }
        return .int((try interpreter.hashKey(args["obj"])).pythonHash)
    }

    static func id(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        if case .object(let o) = args["obj"] { return .int(Int(bitPattern: UInt(bitPattern: ObjectIdentifier(o).hashValue))) }
        return .int(HashKey(args["obj"]).hashValue)
    }

    static func chr(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        if args["i"].isBigInt { throw PyException(BuiltinTypes.overflowError, "Python int too large to convert to C int") }
        let code = try interpreter.intArgument(args["i"])
        guard code >= 0, code <= 0x10FFFF else {
            throw PyException(BuiltinTypes.valueError, "chr() arg not in range(0x110000)")
        }
        // An ASCII character is the interpreter's shared one-character str, as in CPython.
        if code < 128 { return .object(interpreter.asciiCharacters[code]) }
        guard let scalar = Unicode.Scalar(UInt32(code)) else {
            throw PyException(BuiltinTypes.valueError, "chr() arg is a surrogate code point (0x\(String(code, radix: 16))), which Tessera's strings cannot hold")
        }
        return .object(PyStr(String(scalar), isASCII: scalar.isASCII))
    }

    static func ord(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        guard let text = args["c"].stringValue else {
            throw PyException(BuiltinTypes.typeError, "ord() expected string of length 1, but \(args["c"].typeName) found")
        }
        // The first scalar and whether there is a second, without an array of them.
        var scalars = text.unicodeScalars.makeIterator()
        guard let first = scalars.next(), scalars.next() == nil else {
            throw PyException(BuiltinTypes.typeError, "ord() expected a character, but string of length \(text.unicodeScalars.count) found")
        }
        return .int(Int(first.value))
    }

    static func bin(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .str(try interpreter.formatInteger(args["x"], "#b"))
    }

    static func oct(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .str(try interpreter.formatInteger(args["x"], "#o"))
    }

    static func hex(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .str(try interpreter.formatInteger(args["x"], "#x"))
    }

    static func callable(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        guard case .object(let o) = args["obj"] else { return .bool(false) }
        return .bool(o is PyFunction || o is PyBuiltinFunction || o is PyBoundMethod || o is PyType || o.type.lookup("__call__") != nil)
    }

    static func isinstance(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .bool(try interpreter.isInstance(args["obj"], args["class_or_tuple"]))
    }

    /// `isinstance` called positionally from the dispatch loop (arguments in place on the value
    /// stack): it sits in many inner loops, so it skips building bound arguments.
    static func isinstanceDirect(_ interpreter: Interpreter, _ arguments: UnsafeMutablePointer<Value>, _ count: Int) throws -> Value {
        .bool(try interpreter.isInstance(arguments[0], arguments[1]))
    }

    static func issubclass(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        guard let cls = args["cls"].asObject as? PyType else { throw PyException(BuiltinTypes.typeError, "issubclass() arg 1 must be a class") }
        return .bool(try interpreter.isSubclass(cls, args["class_or_tuple"]))
    }

    static func getattr(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let name = try attributeName(args["name"])
        if case .object(let o) = args["default"], o === missingMarker { return try interpreter.getAttribute(args["obj"], name) }
        return try interpreter.lookupAttribute(args["obj"], name) ?? args["default"]
    }

    static func setattr(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        try interpreter.setAttribute(args["obj"], try interpreter.stringArgument(args["name"], function: "setattr", position: 2), args["value"])
        return .none
    }

    static func delattr(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        try interpreter.deleteAttributeDispatching(args["obj"], try interpreter.stringArgument(args["name"]))
        return .none
    }

    static func hasattr(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        return .bool(try interpreter.lookupAttribute(args["obj"], try attributeName(args["name"])) != nil)
    }

    /// `getattr` and `hasattr` called positionally from the dispatch loop (they sit in loops).
    static func getattrDirect(_ interpreter: Interpreter, _ arguments: UnsafeMutablePointer<Value>, _ count: Int) throws -> Value {
        let name = try attributeName(arguments[1])
        if count == 2 { return try interpreter.getAttribute(arguments[0], name) }
        return try interpreter.lookupAttribute(arguments[0], name) ?? arguments[2]
    }

    static func hasattrDirect(_ interpreter: Interpreter, _ arguments: UnsafeMutablePointer<Value>, _ count: Int) throws -> Value {
        .bool(try interpreter.lookupAttribute(arguments[0], try attributeName(arguments[1])) != nil)
    }

    /// The name argument of `getattr` and `hasattr`, with CPython's message for a non-str.
    static func attributeName(_ value: Value) throws -> String {
        if case .object(let o) = value, o.objectKind == .str { return unsafeDowncast(o, to: PyStr.self).value }
        throw PyException(BuiltinTypes.typeError, "attribute name must be string, not '\(value.typeName)'")
    }

    static func iter(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        if case .object(let o) = args["sentinel"], o === missingMarker { return try interpreter.iterate(args["obj"]) }
        let function = args["obj"], sentinel = args["sentinel"]
        var done = false
        return .object(PyNativeIterator { interpreter in
            if done { return nil }
            let value = try interpreter.call(function, Arguments([]))
            if try interpreter.equals(value, sentinel) { done = true; return nil }
            return value
        })
    }

    static func next(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        guard case .object(let o) = args["iterator"], interpreter.isBuiltinIterator(o) || o.type.lookup("__next__") != nil else {
            throw PyException(BuiltinTypes.typeError, "'\(args["iterator"].typeName)' object is not an iterator")
        }
        if let value = try interpreter.next(o) { return value }
        if case .object(let m) = args["default"], m === missingMarker {
            if let g = o as? PyGenerator, !g.returnValue.isNone {
                throw PyException(type: BuiltinTypes.stopIteration, args: [g.returnValue])
            }
            throw PyException(type: BuiltinTypes.stopIteration, args: [])
        }
        return args["default"]
    }

    static func any(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        guard case .object(let iterator) = try interpreter.iterate(args["iterable"]) else { return .bool(false) }
        while let item = try interpreter.next(iterator) { if try interpreter.isTruthy(item) { return .bool(true) } }
        return .bool(false)
    }

    static func all(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        guard case .object(let iterator) = try interpreter.iterate(args["iterable"]) else { return .bool(true) }
        while let item = try interpreter.next(iterator) { if !(try interpreter.isTruthy(item)) { return .bool(false) } }
        return .bool(true)
    }

    static func sum(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        var total = args["start"]
        if total.stringValue != nil {
            throw PyException(BuiltinTypes.typeError, "sum() can't sum strings [use ''.join(seq) instead]")
        }
        guard case .object(let iterator) = try interpreter.iterate(args["iterable"]) else { return total }
        while let item = try interpreter.next(iterator) {
            switch (total, item) {
            case let (.int(x), .int(y)):
                let (r, o) = x.addingReportingOverflow(y)
                total = o ? try interpreter.binaryOperation(.add, total, item) : .int(r)
            case let (.float(x), .float(y)): total = .float(x + y)
            default: total = try interpreter.binaryOperation(.add, total, item)
            }
        }
        return total
    }

    static func min(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        try interpreter.extreme(args, name: "min", greater: false)
    }

    static func max(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        try interpreter.extreme(args, name: "max", greater: true)
    }

    static func minDirect(_ interpreter: Interpreter, _ arguments: UnsafeMutablePointer<Value>, _ count: Int) throws -> Value {
        try interpreter.extremeInPlace(arguments, count, name: "min", greater: false)
    }

    static func maxDirect(_ interpreter: Interpreter, _ arguments: UnsafeMutablePointer<Value>, _ count: Int) throws -> Value {
        try interpreter.extremeInPlace(arguments, count, name: "max", greater: true)
    }

    static func sorted(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .object(PyList(try interpreter.sorted(try interpreter.collect(args["iterable"]), key: args["key"], reverse: try interpreter.isTruthy(args["reverse"]))))
    }

    static func vars(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        if case .object(let o) = args["obj"], o === missingMarker {
            return try interpreter.getAttribute(.object(PyModule(name: "__main__", namespace: interpreter.currentFrame?.globals ?? interpreter.builtins)), "__dict__")
        }
        return try interpreter.getAttribute(args["obj"], "__dict__")
    }

    static func dir(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        if case .object(let o) = args["obj"], o === missingMarker {
            return .object(PyList((interpreter.currentFrame?.globals.boundNames ?? []).sorted().map { .str($0) }))
        }
        let object = args["obj"]
        // A class or module that says what it offers (`__dir__`: fastcore's GetAttr delegating to
        // another object, nn.Module listing its submodules and parameters, a module hiding its
        // helpers as PEP 562 allows) is asked, as CPython's dir() asks; the answer is sorted.
        if let custom = try interpreter.customDirectory(object) {
            let names = try interpreter.collect(try interpreter.call(custom))
            return .object(PyList(try interpreter.sorted(names, key: .none, reverse: false)))
        }
        return .object(PyList(interpreter.directory(object).map { .str($0) }))
    }

    static func globals(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        guard let globals = interpreter.currentFrame?.globals else { return .object(PyDict()) }
        return .object(interpreter.globalsDictionary(globals))
    }

    static func input(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        guard let line = interpreter.readLine(try interpreter.str(args["prompt"])) else {
            // A front end ends the wait for an answer with Ctrl-C as CPython does: KeyboardInterrupt.
            try interpreter.checkInterrupt()
            throw PyException(BuiltinTypes.eofError, "EOF when reading a line")
        }
        return .str(line)
    }

    static func open(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        try FileObjects.open(interpreter, path: try interpreter.stringArgument(args["file"], function: "open"), mode: try interpreter.stringArgument(args["mode"]))
    }

    /// `help(obj)` prints pydoc's page for it; `help()` opens the `help>` prompt.
    static func help(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let utility = HelpUtility(interpreter: interpreter)
        let request = args.varArgs("request")
        guard request.count <= 1 else {
            throw PyException(BuiltinTypes.typeError, "help() takes from 0 to 1 positional arguments but \(request.count) were given")
        }
        if let object = request.first {
            interpreter.standardOutput(try utility.document(object))
        } else {
            try utility.interact()
        }
        return .none
    }

    static func exit(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        throw PyException(type: BuiltinTypes.systemExit, args: args["code"].isNone ? [] : [args["code"]])
    }

    /// Marks "argument not given" where None is a meaningful value.
    static let missingMarker = PyInstance(type: BuiltinTypes.object)
}

