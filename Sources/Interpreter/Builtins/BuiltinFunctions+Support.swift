/// What several builtin functions share: the "argument not given" test, isinstance/issubclass,
/// min/max, and the text of help().
extension NativeSignature {
    static func isMissing(_ value: Value) -> Bool {
        if case .object(let o) = value { return o === BuiltinFunctions.missingMarker }
        return false
    }
}

extension Interpreter {
    public func isInstance(_ value: Value, _ classes: Value) throws -> Bool {
        // Told apart by their kind byte, not dynamic casts, and the value's class read once:
        // `isinstance` sits in inner loops.
        if case .object(let o) = classes, o.objectKind == .type {
            return try isInstance(value, of: unsafeDowncast(o, to: PyType.self), valueType: value.type)
        }
        if case .object(let o) = classes, o.objectKind == .tuple {
            let valueType = value.type
            for item in unsafeDowncast(o, to: PyTuple.self).items {
                if case .object(let c) = item, c.objectKind == .type {
                    if try isInstance(value, of: unsafeDowncast(c, to: PyType.self), valueType: valueType) { return true }
                } else if try isInstance(value, item) {
                    return true
                }
            }
            return false
        }
        // Objects that answer the test themselves (typing's aliases such as `typing.List`).
        if case .object(let o) = classes, !o.type.isBuiltin, let check = o.type.lookup("__instancecheck__") {
            return try isTruthy(try call(check, Arguments([classes, value])))
        }
        throw PyException(BuiltinTypes.typeError, "isinstance() arg 2 must be a type, a tuple of types, or a union")
    }

    /// `isinstance(value, cls)` for a class, `valueType` being the value's.
    @inline(__always)
    private func isInstance(_ value: Value, of cls: PyType, valueType: PyType) throws -> Bool {
        if valueType === cls || valueType.isSubtype(of: cls) { return true }
        // A metaclass may widen the test (abc's registered virtual subclasses).
        let metatype = cls.type
        if !metatype.isBuiltin, let check = metatype.userOverride("__instancecheck__") {
            return try isTruthy(try call(check, Arguments([.object(cls), value])))
        }
        return false
    }

    func isSubclass(_ cls: PyType, _ classes: Value) throws -> Bool {
        if let other = classes.asObject as? PyType {
            if let check = other.type.userOverride("__subclasscheck__") {
                return try isTruthy(try call(check, Arguments([classes, .object(cls)])))
            }
            return cls.isSubtype(of: other)
        }
        if let tuple = classes.asObject as? PyTuple {
            for item in tuple.items where try isSubclass(cls, item) { return true }
            return false
        }
        if case .object(let o) = classes, !o.type.isBuiltin, let check = o.type.lookup("__subclasscheck__") {
            return try isTruthy(try call(check, Arguments([classes, .object(cls)])))
        }
        throw PyException(BuiltinTypes.typeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union")
    }

    /// `min`/`max` with one iterable or several arguments, `key` and `default`.
    func extreme(_ args: BoundArguments, name: String, greater: Bool) throws -> Value {
        let positional = args.varArgs("args")
        let key = args["key"], fallback = args["default"]
        if positional.count == 1 {
            return try extreme(of: try collect(positional[0]), key: key, fallback: fallback, name: name, greater: greater)
        } else if positional.isEmpty {
            throw PyException(BuiltinTypes.typeError, "\(name) expected at least 1 argument, got 0")
        }
        if !NativeSignature.isMissing(fallback) {
            throw PyException(BuiltinTypes.typeError, "Cannot specify a default for \(name)() with multiple positional arguments")
        }
        return try extreme(of: positional, key: key, fallback: fallback, name: name, greater: greater)
    }

    /// `min(...)`/`max(...)` called positionally from the dispatch loop: one iterable, or the
    /// values compared where they lie on the value stack (no `*args` tuple).
    func extremeInPlace(_ arguments: UnsafeMutablePointer<Value>, _ count: Int, name: String, greater: Bool) throws -> Value {
        let missing = Value.object(BuiltinFunctions.missingMarker)
        if count == 1 { return try extreme(of: try collect(arguments[0]), key: .none, fallback: missing, name: name, greater: greater) }
        return try extreme(of: UnsafeMutableBufferPointer(start: arguments, count: count), key: .none, fallback: missing,
                           name: name, greater: greater)
    }

    /// The least (greatest) of `items` by `key`, the first of equal ones.
    func extreme<Items: Collection>(of items: Items, key: Value, fallback: Value, name: String, greater: Bool) throws -> Value
    where Items.Element == Value {
        guard var best = items.first else {
            if !NativeSignature.isMissing(fallback) { return fallback }
            throw PyException(BuiltinTypes.valueError, "\(name)() arg is an empty sequence")
        }
        var bestKey = key.isNone ? best : try callBack(key, best)
        for item in items.dropFirst() {
            let itemKey = key.isNone ? item : try callBack(key, item)
            // Strict comparison keeps the first of equal items.
            let better: Bool
            if case .int(let a) = itemKey, case .int(let b) = bestKey {
                better = greater ? a > b : a < b
            } else {
                better = try isTruthy(try compareOperation(greater ? .greater : .less, itemKey, bestKey))
            }
            if better {
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
