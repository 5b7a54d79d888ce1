/// The parameter list of a native function, written like a Python signature:
/// `"input, dim=None, keepdim=False, *, dtype=None"`, `"*args, **kwargs"`, `"x, /"`.
/// `bind` applies Python's call rules and messages and returns one value per parameter
/// (`*args` as a tuple, `**kwargs` as a dict).
public struct NativeSignature {
    public enum Kind { case positionalOnly, positionalOrKeyword, keywordOnly, varArgs, varKeywords }

    public struct Parameter {
        public let name: String
        public let defaultValue: Value?
        public let kind: Kind
    }

    public let parameters: [Parameter]
    public let text: String
    let positionalCount: Int
    let hasVarArgs: Bool
    let hasVarKeywords: Bool

    public init(_ text: String) {
        self.text = text
        var parameters: [Parameter] = []
        var kind = Kind.positionalOrKeyword
        for raw in text.split(separator: ",") {
            let item = String(raw).trimmingSpaces()
            if item.isEmpty { continue }
            if item == "/" {
                parameters = parameters.map { Parameter(name: $0.name, defaultValue: $0.defaultValue, kind: .positionalOnly) }
                continue
            }
            if item == "*" { kind = .keywordOnly; continue }
            if item.hasPrefix("**") {
                parameters.append(Parameter(name: String(item.dropFirst(2)), defaultValue: nil, kind: .varKeywords))
                continue
            }
            if item.hasPrefix("*") {
                parameters.append(Parameter(name: String(item.dropFirst()), defaultValue: nil, kind: .varArgs))
                kind = .keywordOnly
                continue
            }
            if let equals = item.firstIndex(of: "=") {
                let name = String(item[..<equals]).trimmingSpaces()
                let literal = String(item[item.index(after: equals)...]).trimmingSpaces()
                parameters.append(Parameter(name: name, defaultValue: NativeSignature.literal(literal), kind: kind))
            } else {
                parameters.append(Parameter(name: item, defaultValue: nil, kind: kind))
            }
        }
        self.parameters = parameters
        positionalCount = parameters.filter { $0.kind == .positionalOnly || $0.kind == .positionalOrKeyword }.count
        hasVarArgs = parameters.contains { $0.kind == .varArgs }
        hasVarKeywords = parameters.contains { $0.kind == .varKeywords }
    }

    static func literal(_ text: String) -> Value {
        switch text {
        case "None": return .none
        case "True": return .bool(true)
        case "False": return .bool(false)
        case "()": return .object(PyTuple([]))
        case "<missing>": return .object(BuiltinFunctions.missingMarker)
        default:
            if let i = Int(text) { return .int(i) }
            if let d = Double(text) { return .float(d) }
            if text.count >= 2, let first = text.first, first == "'" || first == "\"" {
                // Only the escapes the signatures use: \n and \t.
                let body = String(text.dropFirst().dropLast())
                return .str(body.components(separatedBy: "\\n").joined(separator: "\n").components(separatedBy: "\\t").joined(separator: "\t"))
            }
            return .str(text)
        }
    }

    /// Binds call arguments to the parameters.
    public func bind(_ arguments: Arguments, function: String) throws -> [Value] {
        // CPython's wording for functions of exactly one positional-only argument.
        if parameters.count == 1 && parameters[0].kind == .positionalOnly && parameters[0].defaultValue == nil
            && (arguments.positional.count != 1 || !arguments.keywords.isEmpty) {
            if !arguments.keywords.isEmpty && arguments.positional.count <= 1 {
                throw PyException(BuiltinTypes.typeError, "\(function)() takes no keyword arguments")
            }
            throw PyException(BuiltinTypes.typeError, "\(function)() takes exactly one argument (\(arguments.positional.count) given)")
        }
        // Fast path: positional arguments only, no variadic parameters.
        if arguments.keywords.isEmpty && !hasVarArgs && !hasVarKeywords && arguments.positional.count <= positionalCount {
            var values = arguments.positional
            if values.count < parameters.count {
                for parameter in parameters[values.count...] {
                    guard let value = parameter.defaultValue else { throw missing(parameter, function) }
                    values.append(value)
                }
            }
            return values
        }
        var values = [Value?](filledWith: nil, count: parameters.count)
        var extraPositional: [Value] = []
        var index = 0
        for value in arguments.positional {
            while index < parameters.count && (parameters[index].kind == .keywordOnly || parameters[index].kind == .varKeywords) { index += 1 }
            guard index < parameters.count else {
                throw PyException(BuiltinTypes.typeError,
                                  "\(function)() takes \(positionalDescription) but \(arguments.positional.count) \(arguments.positional.count == 1 ? "was" : "were") given")
            }
            if parameters[index].kind == .varArgs {
                extraPositional.append(value)
            } else {
                values[index] = value
                index += 1
            }
        }
        // Only a `**kwargs` parameter needs the dict.
        let extraKeywords = hasVarKeywords ? PyDict() : nil
        for (position, (name, value)) in arguments.keywords.enumerated() {
            if let i = parameters.firstIndex(where: { $0.name == name && ($0.kind == .positionalOrKeyword || $0.kind == .keywordOnly) }) {
                if values[i] != nil {
                    throw PyException(BuiltinTypes.typeError, "\(function)() got multiple values for argument '\(name)'")
                }
                values[i] = value
            } else if let extraKeywords {
                extraKeywords.storage[arguments.keywordKey(position)] = value
            } else {
                throw PyException(BuiltinTypes.typeError, "\(function)() got an unexpected keyword argument '\(name)'")
            }
        }
        var result: [Value] = []
        result.reserveCapacity(parameters.count)
        for (i, parameter) in parameters.enumerated() {
            switch parameter.kind {
            case .varArgs: result.append(.object(PyTuple(extraPositional)))
            case .varKeywords: result.append(.object(extraKeywords ?? PyDict()))
            default:
                if let value = values[i] {
                    result.append(value)
                } else if let value = parameter.defaultValue {
                    result.append(value)
                } else {
                    throw missing(parameter, function)
                }
            }
        }
        return result
    }

    /// The parameter names in order (for `BoundArguments`).
    public var names: [String] { parameters.map(\.name) }

    /// The values of a positional call of `count` arguments in place on the value stack, the
    /// missing trailing ones filled from defaults (only for signatures with a `directArity`).
    @inline(__always)
    static func positional(_ arguments: UnsafeMutablePointer<Value>, _ count: Int, _ parameters: [Parameter]) -> [Value] {
        var values: [Value] = []
        values.reserveCapacity(parameters.count)
        for i in 0..<count { values.append(arguments[i]) }
        if count < parameters.count {
            for parameter in parameters[count...] { values.append(parameter.defaultValue ?? .none) }
        }
        return values
    }

    var positionalDescription: String {
        let required = parameters.filter { ($0.kind == .positionalOnly || $0.kind == .positionalOrKeyword) && $0.defaultValue == nil }.count
        if required == positionalCount { return "\(positionalCount) positional argument\(positionalCount == 1 ? "" : "s")" }
        return "from \(required) to \(positionalCount) positional arguments"
    }

    func missing(_ parameter: Parameter, _ function: String) -> PyException {
        let kind = parameter.kind == .keywordOnly ? "keyword-only" : "positional"
        return PyException(BuiltinTypes.typeError, "\(function)() missing 1 required \(kind) argument: '\(parameter.name)'")
    }
}

extension NativeSignature {
    /// The numbers of positional arguments that bind without keywords, defaults filling the
    /// rest, or nil when some call needs keywords or variadic collection.
    var directArity: ClosedRange<Int>? {
        if hasVarArgs || hasVarKeywords { return nil }
        var required = 0
        for parameter in parameters {
            switch parameter.kind {
            case .positionalOnly, .positionalOrKeyword:
                if parameter.defaultValue == nil { required += 1 }
            case .keywordOnly:
                if parameter.defaultValue == nil { return nil }
            case .varArgs, .varKeywords:
                return nil
            }
        }
        return required...positionalCount
    }
}

extension NativeSignature {
    /// For a signature with `*args` whose keyword-only parameters all have defaults: the
    /// number of positional arguments a call needs at least (it may give any number more),
    /// or nil.
    var collectingArity: Int? {
        guard hasVarArgs else { return nil }
        var required = 0
        for parameter in parameters {
            switch parameter.kind {
            case .positionalOnly, .positionalOrKeyword:
                if parameter.defaultValue == nil { required += 1 }
            case .keywordOnly:
                if parameter.defaultValue == nil { return nil }
            case .varArgs, .varKeywords:
                break
            }
        }
        return required
    }
}

extension PyBuiltinFunction {
    /// A native function whose arguments are bound to `signature` before `body` runs.
    public convenience init(_ name: String, _ signature: String, qualifiedName: String? = nil, doc: String? = nil,
                            _ body: @escaping (Interpreter, [Value]) throws -> Value) {
        self.init(name, NativeSignature(signature), qualifiedName: qualifiedName, doc: doc, body)
    }

    /// A native function with an already parsed signature; `body` gets one value per parameter.
    public convenience init(_ name: String, _ signature: NativeSignature, qualifiedName: String? = nil, doc: String? = nil,
                            _ body: @escaping (Interpreter, [Value]) throws -> Value) {
        self.init(name: name, qualifiedName: qualifiedName, doc: doc, signature: "(\(signature.text))") { interpreter, arguments in
            try body(interpreter, try signature.bind(arguments, function: name))
        }
        if let arity = signature.directArity {
            let parameters = signature.parameters
            directMinimum = arity.lowerBound
            directMaximum = arity.upperBound
            direct = { interpreter, arguments, count in
                try body(interpreter, NativeSignature.positional(arguments, count, parameters))
            }
        }
        setKeywordBody(signature) { interpreter, values in try body(interpreter, values.values) }
    }

    /// A native function with an already parsed signature whose body reads its arguments by
    /// name (see `BoundArguments`).
    public convenience init(_ name: String, _ signature: NativeSignature, qualifiedName: String? = nil, doc: String? = nil,
                            _ body: @escaping NativeMethod.Body) {
        let names = signature.names
        let defaults = signature.parameters.map { $0.defaultValue ?? .none }
        self.init(name: name, qualifiedName: qualifiedName, doc: doc, signature: "(\(signature.text))") { interpreter, arguments in
            let values = try signature.bind(arguments, function: name)
            return try values.withUnsafeBufferPointer {
                try body(interpreter, BoundArguments($0.baseAddress, count: $0.count, defaults: defaults, names: names))
            }
        }
        setKeywordBody(signature, defaults: defaults, names: names, body)
        if let arity = signature.directArity {
            directMinimum = arity.lowerBound
            directMaximum = arity.upperBound
            // The arguments stay where they are on the value stack; the left-out trailing
            // parameters read their defaults.
            direct = { interpreter, arguments, count in
                try body(interpreter, BoundArguments(UnsafePointer(arguments), count: count, defaults: defaults, names: names))
            }
        } else if let required = signature.collectingArity {
            // `*args` signatures (`str.format`, `print`, `min`, exception constructors) called
            // positionally: the values are laid out in a temporary buffer, the extra arguments
            // collected in the `*args` tuple, keyword-only parameters at their defaults and an
            // empty `**kwargs` dict; no Arguments, no binding.
            let parameters = signature.parameters
            directMinimum = required
            directMaximum = Int.max
            direct = { interpreter, arguments, count in
                try withUnsafeTemporaryAllocation(of: Value.self, capacity: parameters.count) { buffer in
                    let values = buffer.baseAddress.unsafelyUnwrapped
                    var next = 0
                    for (index, parameter) in parameters.enumerated() {
                        switch parameter.kind {
                        case .positionalOnly, .positionalOrKeyword:
                            (values + index).initialize(to: next < count ? arguments[next] : defaults[index])
                            next += 1
                        case .varArgs:
                            let extra = next < count ? Array(UnsafeBufferPointer(start: arguments + next, count: count - next)) : []
                            (values + index).initialize(to: .object(PyTuple(extra)))
                        case .keywordOnly:
                            (values + index).initialize(to: defaults[index])
                        case .varKeywords:
                            (values + index).initialize(to: .object(PyDict()))
                        }
                    }
                    defer { values.deinitialize(count: parameters.count) }
                    return try body(interpreter, BoundArguments(UnsafePointer(values), count: parameters.count, defaults: defaults,
                                                                names: names))
                }
            }
        }
    }

    /// Gives the function a hand-written body for positional calls with `arity` arguments
    /// (see `direct`).
    func setDirect(_ arity: ClosedRange<Int>, _ body: @escaping (Interpreter, UnsafeMutablePointer<Value>, Int) throws -> Value) {
        directMinimum = arity.lowerBound
        directMaximum = arity.upperBound
        direct = body
    }
}

extension PyType {
    /// Defines a native method; `self` is the first parameter of `signature`.
    public func method(_ name: String, _ signature: String, doc: String? = nil,
                       _ body: @escaping (Interpreter, [Value]) throws -> Value) {
        define(name, .object(PyBuiltinFunction(name, signature, qualifiedName: "\(self.name).\(name)", doc: doc, body)))
    }

    /// Defines a read-only native property.
    public func property(_ name: String, doc: String? = nil, _ getter: @escaping (Interpreter, Value) throws -> Value) {
        let function = PyBuiltinFunction(name: name, qualifiedName: "\(self.name).\(name)") { interpreter, arguments in
            try getter(interpreter, arguments[0])
        }
        function.takeDirectGetter(getter)
        define(name, .object(PyProperty(getter: .object(function), doc: doc.map { .str($0) } ?? .none)))
    }

    /// Defines a native property with a setter.
    public func property(_ name: String, doc: String? = nil, get getter: @escaping (Interpreter, Value) throws -> Value,
                         set setter: @escaping (Interpreter, Value, Value) throws -> Void) {
        let get = PyBuiltinFunction(name: name) { interpreter, arguments in try getter(interpreter, arguments[0]) }
        get.takeDirectGetter(getter)
        let set = PyBuiltinFunction(name: name) { interpreter, arguments in
            try setter(interpreter, arguments[0], arguments[1])
            return .none
        }
        define(name, .object(PyProperty(getter: .object(get), setter: .object(set), doc: doc.map { .str($0) } ?? .none)))
    }
}

extension PyBuiltinFunction {
    /// A native property getter also callable with its object in place (`exc.args` in a
    /// loop reads it without packing an argument list).
    func takeDirectGetter(_ getter: @escaping (Interpreter, Value) throws -> Value) {
        direct = { interpreter, arguments, _ in try getter(interpreter, arguments[0]) }
        directMinimum = 1
        directMaximum = 1
    }
}
