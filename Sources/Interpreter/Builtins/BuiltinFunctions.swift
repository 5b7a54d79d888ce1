/// The `builtins` module: functions and the built-in classes by name.
enum BuiltinFunctions {
    static func install(into namespace: Namespace, interpreter: Interpreter) {
        func define(_ name: String, _ signature: String, doc: String? = nil, _ body: @escaping (Interpreter, [Value]) throws -> Value) {
            namespace[name] = .object(PyBuiltinFunction(name, signature, doc: doc, body))
        }
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
        namespace["print"] = .object(PyBuiltinFunction("print", "*args, sep=' ', end='\\n', file=None, flush=False") { i, a in
            let separator = a[1].isNone ? " " : try i.stringArgument(a[1])
            let end = a[2].isNone ? "\n" : try i.stringArgument(a[2])
            let text = try ((a[0].asObject as? PyTuple)?.items ?? []).map { try i.str($0) }.joined(separator: separator) + end
            if a[3].isNone {
                i.standardOutput(text)
            } else {
                _ = try i.call(try i.getAttribute(a[3], "write"), Arguments([.str(text)]))
            }
            return .none
        })
        define("len", "obj, /") { i, a in .int(try i.length(a[0])) }
        define("repr", "obj, /") { i, a in .str(try i.repr(a[0])) }
        define("ascii", "obj, /") { i, a in .str(Formatting.asciiOnly(try i.repr(a[0]))) }
        define("format", "value, format_spec='', /") { i, a in .str(try i.format(a[0], try i.stringArgument(a[1]))) }
        define("abs", "x, /") { i, a in try i.absolute(a[0]) }
        define("round", "number, ndigits=None") { i, a in try i.round(a[0], a[1]) }
        define("divmod", "x, y, /") { i, a in
            .object(PyTuple([try i.binaryOperation(.floorDivide, a[0], a[1]), try i.binaryOperation(.modulo, a[0], a[1])]))
        }
        define("pow", "base, exp, mod=None") { i, a in
            if a[2].isNone { return try i.binaryOperation(.power, a[0], a[1]) }
            var base = try i.intArgument(a[0]), exponent = try i.intArgument(a[1])
            let modulus = try i.intArgument(a[2])
            if modulus == 0 { throw PyException(BuiltinTypes.valueError, "pow() 3rd argument cannot be 0") }
            if exponent < 0 { throw PyException(BuiltinTypes.valueError, "base is not invertible for the given modulus") }
            let m = modulus.magnitude
            func mulmod(_ x: UInt, _ y: UInt) -> UInt { m.dividingFullWidth(x.multipliedFullWidth(by: y)).remainder }
            var result: UInt = 1 % m
            var b = UInt(Arithmetic.modulo(base, Int(m)))
            while exponent > 0 {
                if exponent & 1 == 1 { result = mulmod(result, b) }
                b = mulmod(b, b)
                exponent >>= 1
            }
            base = Int(result)
            return .int(Arithmetic.modulo(base, modulus))
        }
        define("hash", "obj, /") { i, a in
            if case .object(let o) = a[0], let method = o.type.lookup("__hash__") {
                if method.isNone { throw PyException(BuiltinTypes.typeError, "unhashable type: '\(o.type.name)'") }
                if let user = o.type.userOverride("__hash__") { return try i.call(user, Arguments([a[0]])) }
            }
            switch a[0] {
            case .int(let n): return .int(NumericHash.hash(n))
            case .bool(let b): return .int(b ? 1 : 0)
            case .float(let d): return .int(NumericHash.hash(d))
            default: break
            }
            return .int((try i.hashKey(a[0])).hashValue)
        }
        define("id", "obj, /") { _, a in
            if case .object(let o) = a[0] { return .int(Int(bitPattern: UInt(bitPattern: ObjectIdentifier(o).hashValue))) }
            return .int(HashKey(a[0]).hashValue)
        }
        define("chr", "i, /") { i, a in
            let code = try i.intArgument(a[0])
            guard code >= 0, code <= 0x10FFFF, let scalar = Unicode.Scalar(UInt32(code)) else {
                throw PyException(BuiltinTypes.valueError, "chr() arg not in range(0x110000)")
            }
            return .str(String(Character(scalar)))
        }
        define("ord", "c, /") { i, a in
            guard let text = a[0].stringValue else {
                throw PyException(BuiltinTypes.typeError, "ord() expected string of length 1, but \(a[0].typeName) found")
            }
            let scalars = Array(text.unicodeScalars)
            guard scalars.count == 1 else {
                throw PyException(BuiltinTypes.typeError, "ord() expected a character, but string of length \(scalars.count) found")
            }
            return .int(Int(scalars[0].value))
        }
        define("bin", "x, /") { i, a in .str(try FormatSpec.formatInt(try i.intArgument(a[0]), "#b")) }
        define("oct", "x, /") { i, a in .str(try FormatSpec.formatInt(try i.intArgument(a[0]), "#o")) }
        define("hex", "x, /") { i, a in .str(try FormatSpec.formatInt(try i.intArgument(a[0]), "#x")) }
        define("callable", "obj, /") { _, a in
            guard case .object(let o) = a[0] else { return .bool(false) }
            return .bool(o is PyFunction || o is PyBuiltinFunction || o is PyBoundMethod || o is PyType || o.type.lookup("__call__") != nil)
        }
        define("isinstance", "obj, class_or_tuple, /") { i, a in .bool(try i.isInstance(a[0], a[1])) }
        define("issubclass", "cls, class_or_tuple, /") { i, a in
            guard let cls = a[0].asObject as? PyType else { throw PyException(BuiltinTypes.typeError, "issubclass() arg 1 must be a class") }
            return .bool(try i.isSubclass(cls, a[1]))
        }
        define("getattr", "obj, name, default=<missing>, /") { i, a in
            let name = try i.stringArgument(a[1], function: "getattr", position: 2)
            do {
                return try i.getAttribute(a[0], name)
            } catch let error as PyException where error.isInstance(of: BuiltinTypes.attributeError) {
                if case .object(let o) = a[2], o === missingMarker { throw error }
                return a[2]
            }
        }
        define("setattr", "obj, name, value, /") { i, a in
            try i.setAttribute(a[0], try i.stringArgument(a[1], function: "setattr", position: 2), a[2])
            return .none
        }
        define("delattr", "obj, name, /") { i, a in
            try i.deleteAttribute(a[0], try i.stringArgument(a[1]))
            return .none
        }
        define("hasattr", "obj, name, /") { i, a in
            do {
                _ = try i.getAttribute(a[0], try i.stringArgument(a[1], function: "hasattr", position: 2))
                return .bool(true)
            } catch let error as PyException where error.isInstance(of: BuiltinTypes.attributeError) {
                return .bool(false)
            }
        }
        define("iter", "obj, sentinel=<missing>, /") { i, a in
            if case .object(let o) = a[1], o === missingMarker { return try i.iterate(a[0]) }
            let function = a[0], sentinel = a[1]
            var done = false
            return .object(PyNativeIterator { interpreter in
                if done { return nil }
                let value = try interpreter.call(function, Arguments([]))
                if try interpreter.equals(value, sentinel) { done = true; return nil }
                return value
            })
        }
        define("next", "iterator, default=<missing>, /") { i, a in
            guard case .object(let o) = a[0], i.isBuiltinIterator(o) || o.type.lookup("__next__") != nil else {
                throw PyException(BuiltinTypes.typeError, "'\(a[0].typeName)' object is not an iterator")
            }
            if let value = try i.next(o) { return value }
            if case .object(let m) = a[1], m === missingMarker {
                if let g = o as? PyGenerator, !g.returnValue.isNone {
                    throw PyException(type: BuiltinTypes.stopIteration, args: [g.returnValue])
                }
                throw PyException(type: BuiltinTypes.stopIteration, args: [])
            }
            return a[1]
        }
        define("any", "iterable, /") { i, a in
            guard case .object(let iterator) = try i.iterate(a[0]) else { return .bool(false) }
            while let item = try i.next(iterator) { if try i.isTruthy(item) { return .bool(true) } }
            return .bool(false)
        }
        define("all", "iterable, /") { i, a in
            guard case .object(let iterator) = try i.iterate(a[0]) else { return .bool(true) }
            while let item = try i.next(iterator) { if !(try i.isTruthy(item)) { return .bool(false) } }
            return .bool(true)
        }
        define("sum", "iterable, /, start=0") { i, a in
            var total = a[1]
            if total.stringValue != nil {
                throw PyException(BuiltinTypes.typeError, "sum() can't sum strings [use ''.join(seq) instead]")
            }
            guard case .object(let iterator) = try i.iterate(a[0]) else { return total }
            while let item = try i.next(iterator) {
                switch (total, item) {
                case let (.int(x), .int(y)):
                    let (r, o) = x.addingReportingOverflow(y)
                    total = o ? try i.binaryOperation(.add, total, item) : .int(r)
                case let (.float(x), .float(y)): total = .float(x + y)
                default: total = try i.binaryOperation(.add, total, item)
                }
            }
            return total
        }
        define("min", "*args, key=None, default=<missing>") { i, a in try i.extreme(a, name: "min", greater: false) }
        define("max", "*args, key=None, default=<missing>") { i, a in try i.extreme(a, name: "max", greater: true) }
        define("sorted", "iterable, /, *, key=None, reverse=False") { i, a in
            .object(PyList(try i.sorted(try i.collect(a[0]), key: a[1], reverse: try i.isTruthy(a[2]))))
        }
        define("vars", "obj=<missing>, /") { i, a in
            if case .object(let o) = a[0], o === missingMarker {
                return try i.getAttribute(.object(PyModule(name: "__main__", namespace: i.currentFrame?.globals ?? i.builtins)), "__dict__")
            }
            return try i.getAttribute(a[0], "__dict__")
        }
        define("dir", "obj=<missing>, /") { i, a in
            if case .object(let o) = a[0], o === missingMarker {
                return .object(PyList((i.currentFrame?.globals.boundNames ?? []).sorted().map { .str($0) }))
            }
            return .object(PyList(i.directory(a[0]).map { .str($0) }))
        }
        define("globals", "") { i, _ in
            let dict = PyDict()
            if let globals = i.currentFrame?.globals { for name in globals.boundNames { dict[name] = globals[name] } }
            return .object(dict)
        }
        define("input", "prompt='', /") { i, a in
            guard let line = i.readLine(try i.str(a[0])) else { throw PyException(BuiltinTypes.eofError, "EOF when reading a line") }
            return .str(line)
        }
        define("open", "file, mode='r', buffering=-1, encoding=None, errors=None, newline=None") { i, a in
            try FileObjects.open(i, path: try i.stringArgument(a[0], function: "open"), mode: try i.stringArgument(a[1]))
        }
        define("help", "obj=None, /") { i, a in
            i.standardOutput(try i.helpText(a[0]) + "\n")
            return .none
        }
        define("exit", "code=None, /") { _, a in throw PyException(type: BuiltinTypes.systemExit, args: a[0].isNone ? [] : [a[0]]) }
        namespace["quit"] = namespace["exit"]
    }

    /// Marks "argument not given" where None is a meaningful value.
    static let missingMarker = PyInstance(type: BuiltinTypes.object)
}

extension NativeSignature {
    static func isMissing(_ value: Value) -> Bool {
        if case .object(let o) = value { return o === BuiltinFunctions.missingMarker }
        return false
    }
}

extension Interpreter {
    public func isInstance(_ value: Value, _ classes: Value) throws -> Bool {
        if let cls = classes.asObject as? PyType { return value.type.isSubtype(of: cls) }
        if let tuple = classes.asObject as? PyTuple {
            for item in tuple.items where try isInstance(value, item) { return true }
            return false
        }
        throw PyException(BuiltinTypes.typeError, "isinstance() arg 2 must be a type, a tuple of types, or a union")
    }

    func isSubclass(_ cls: PyType, _ classes: Value) throws -> Bool {
        if let other = classes.asObject as? PyType { return cls.isSubtype(of: other) }
        if let tuple = classes.asObject as? PyTuple {
            for item in tuple.items where try isSubclass(cls, item) { return true }
            return false
        }
        throw PyException(BuiltinTypes.typeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union")
    }

    /// `min`/`max` with one iterable or several arguments, `key` and `default`.
    func extreme(_ a: [Value], name: String, greater: Bool) throws -> Value {
        let positional = (a[0].asObject as? PyTuple)?.items ?? []
        let key = a[1], fallback = a[2]
        let items: [Value]
        if positional.count == 1 {
            items = try collect(positional[0])
        } else if positional.isEmpty {
            throw PyException(BuiltinTypes.typeError, "\(name) expected at least 1 argument, got 0")
        } else {
            if !NativeSignature.isMissing(fallback) {
                throw PyException(BuiltinTypes.typeError, "Cannot specify a default for \(name)() with multiple positional arguments")
            }
            items = positional
        }
        guard var best = items.first else {
            if !NativeSignature.isMissing(fallback) { return fallback }
            throw PyException(BuiltinTypes.valueError, "\(name)() arg is an empty sequence")
        }
        var bestKey = key.isNone ? best : try call(key, Arguments([best]))
        for item in items.dropFirst() {
            let itemKey = key.isNone ? item : try call(key, Arguments([item]))
            // Strict comparison keeps the first of equal items.
            if try isTruthy(try compareOperation(greater ? .greater : .less, itemKey, bestKey)) {
                best = item
                bestKey = itemKey
            }
        }
        return best
    }

    /// The text `help(obj)` and `obj?` show: signature and docstring.
    public func helpText(_ value: Value) throws -> String {
        var lines: [String] = []
        switch value.asObject {
        case let f as PyFunction:
            let code = f.code
            var parameters = Array(code.localNames.prefix(code.argumentCount))
            let firstDefault = parameters.count - f.defaults.count
            for k in parameters.indices where k >= firstDefault { parameters[k] += "=" + (try repr(f.defaults[k - firstDefault])) }
            if code.flags.contains(.varArgs) { parameters.append("*" + code.localNames[code.argumentCount + code.keywordOnlyCount]) }
            lines.append("\(f.name)(\(parameters.joined(separator: ", ")))")
            if case .object(let d) = f.attributes["__doc__"] ?? .none, let doc = d as? PyStr { lines.append("    " + doc.value) }
        case let f as PyBuiltinFunction:
            lines.append(f.name + (f.signatureText ?? "(...)"))
            if let doc = f.doc { lines.append("    " + doc) }
        case let t as PyType:
            lines.append("class \(t.name)")
            if let doc = t.doc ?? t.lookup("__doc__")?.stringValue { lines.append("    " + doc) }
            let methods = t.ownDictionary.keys.filter { !$0.hasPrefix("_") }.sorted()
            if !methods.isEmpty { lines.append("    methods: " + methods.joined(separator: ", ")) }
        case let m as PyModule:
            lines.append("module \(m.name)")
            lines.append("    " + publicNames(of: m).sorted().joined(separator: ", "))
        default:
            lines.append("\(value.typeName) object: \(try repr(value))")
            if let doc = value.type.doc { lines.append("    " + doc) }
        }
        return lines.joined(separator: "\n")
    }
}
