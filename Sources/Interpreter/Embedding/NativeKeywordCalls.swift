/// Keyword calls of native functions (`sorted(xs, key=len)`, `d.update(x=1)`, `print(s, end="")`)
/// bound where the arguments are: the positional values and the keywords' values lie on the
/// value stack, the keyword names are the call instruction's tuple of str objects. Each
/// parameter's value is written once into a temporary buffer read through `BoundArguments`, so
/// no `Arguments`, keyword array or name strings are made per call (only a `**kwargs` parameter
/// gets its dict). A call that does not bind (a missing or unexpected argument, one given twice)
/// is left to `NativeSignature.bind`, which raises CPython's error.
extension NativeSignature {
    /// Binds `arguments[0..<positionalCount]` and, after them, one value per name of
    /// `keywordNames`, initializing `values[0..<parameters.count]`. Returns false, with nothing
    /// initialized, when the call does not bind.
    func bindInPlace(_ arguments: UnsafeMutablePointer<Value>, positionalCount: Int, keywordNames: [Value],
                     into values: UnsafeMutablePointer<Value>) -> Bool {
        if positionalCount > self.positionalCount && !hasVarArgs { return false }
        let keywordCount = keywordNames.count
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: Swift.max(1, keywordCount)) { buffer in
            let targets = buffer.baseAddress.unsafelyUnwrapped
            // The parameter each keyword names, or -1 for one `**kwargs` collects.
            for j in 0..<keywordCount {
                guard case .object(let o) = keywordNames[j], o.objectKind == .str else { return false }
                let name = unsafeDowncast(o, to: PyStr.self).value
                var target = -1
                for k in 0..<parameters.count {
                    let parameter = parameters[k]
                    if (parameter.kind == .positionalOrKeyword || parameter.kind == .keywordOnly) && parameter.name == name {
                        target = k
                        break
                    }
                }
                if target < 0 {
                    if !hasVarKeywords { return false }
                } else {
                    // Positional parameters come first, so `target` is also its position.
                    if parameters[target].kind == .positionalOrKeyword && target < positionalCount { return false }
                    for i in 0..<j where targets[i] == target { return false }
                }
                targets[j] = target
            }
            func keywordValue(_ k: Int) -> Value? {
                for j in 0..<keywordCount where targets[j] == k { return arguments[positionalCount + j] }
                return nil
            }
            for k in 0..<parameters.count where parameters[k].defaultValue == nil {
                switch parameters[k].kind {
                case .positionalOnly, .positionalOrKeyword:
                    if k >= positionalCount && keywordValue(k) == nil { return false }
                case .keywordOnly:
                    if keywordValue(k) == nil { return false }
                case .varArgs, .varKeywords:
                    break
                }
            }
            for k in 0..<parameters.count {
                let parameter = parameters[k]
                let value: Value
                switch parameter.kind {
                case .positionalOnly, .positionalOrKeyword:
                    value = k < positionalCount ? arguments[k] : keywordValue(k) ?? parameter.defaultValue ?? .none
                case .keywordOnly:
                    value = keywordValue(k) ?? parameter.defaultValue ?? .none
                case .varArgs:
                    let extra = positionalCount > self.positionalCount
                        ? Array(UnsafeBufferPointer(start: arguments + self.positionalCount, count: positionalCount - self.positionalCount))
                        : []
                    value = .object(PyTuple(extra))
                case .varKeywords:
                    let collected = PyDict()
                    for j in 0..<keywordCount where targets[j] < 0 {
                        collected.storage[HashKey(keywordNames[j])] = arguments[positionalCount + j]
                    }
                    value = .object(collected)
                }
                (values + k).initialize(to: value)
            }
            return true
        }
    }
}

extension PyBuiltinFunction {
    /// Runs a keyword call of this function with its arguments in place (see `bindInPlace`):
    /// `arguments[0..<positionalCount]`, then the values of `keywordNames`. Nil (nothing done)
    /// when the function has no signature to bind them with or the call does not bind.
    func callWithKeywordsInPlace(_ interpreter: Interpreter, _ arguments: UnsafeMutablePointer<Value>, positionalCount: Int,
                                 keywordNames: [Value]) throws -> Value? {
        guard hasKeywordBody else { return nil }
        return try keywordBody(interpreter, arguments, positionalCount, keywordNames)
    }

    /// Gives a function whose body takes one value per parameter its in-place keyword binding
    /// (the values read as an array).
    func setKeywordBody(_ signature: NativeSignature, _ body: @escaping NativeMethod.Body) {
        setKeywordBody(signature, defaults: signature.parameters.map { $0.defaultValue ?? .none }, names: signature.names, body)
    }

    /// Gives a function whose body reads `BoundArguments` its in-place keyword binding.
    func setKeywordBody(_ signature: NativeSignature, defaults: [Value], names: [String], _ body: @escaping NativeMethod.Body) {
        let parameterCount = signature.parameters.count
        hasKeywordBody = true
        keywordBody = { interpreter, arguments, positionalCount, keywordNames in
            try withUnsafeTemporaryAllocation(of: Value.self, capacity: Swift.max(1, parameterCount)) { buffer in
                let values = buffer.baseAddress.unsafelyUnwrapped
                guard signature.bindInPlace(arguments, positionalCount: positionalCount, keywordNames: keywordNames,
                                            into: values) else { return nil }
                defer { values.deinitialize(count: parameterCount) }
                return try body(interpreter, BoundArguments(UnsafePointer(values), count: parameterCount, defaults: defaults, names: names))
            }
        }
    }
}

extension Interpreter {
    /// A call from the dispatch loop that no direct body takes (keywords, a `**kwargs` or
    /// keyword-only parameter) of a native function, a bound native method (`d.update(x=1)`:
    /// the receiver goes first) or a built-in type with a keyword constructor (`dict(a=1)`),
    /// run with its arguments in place. Nil (nothing done) when the callable is none of these
    /// or the call needs the general path.
    func callNativeBindingInPlace(_ callable: Value, _ arguments: UnsafeMutablePointer<Value>, count: Int,
                                       keywordNames: [Value]) throws -> Value? {
        guard case .object(let object) = callable else { return nil }
        let positionalCount = count - keywordNames.count
        switch object.objectKind {
        case .builtinFunction:
            let function = unsafeDowncast(object, to: PyBuiltinFunction.self)
            guard function.hasKeywordBody else { return nil }
            return try runNative {
                try function.callWithKeywordsInPlace(self, arguments, positionalCount: positionalCount, keywordNames: keywordNames)
            }
        case .boundMethod:
            let method = unsafeDowncast(object, to: PyBoundMethod.self)
            guard case .object(let f) = method.function, f.objectKind == .builtinFunction else { return nil }
            let function = unsafeDowncast(f, to: PyBuiltinFunction.self)
            guard function.hasKeywordBody else { return nil }
            // The receiver and the arguments side by side, as the function's parameters expect.
            return try withUnsafeTemporaryAllocation(of: Value.self, capacity: count + 1) { buffer in
                let laidOut = buffer.baseAddress.unsafelyUnwrapped
                laidOut.initialize(to: method.receiver)
                (laidOut + 1).initialize(from: arguments, count: count)
                defer { laidOut.deinitialize(count: count + 1) }
                return try runNative {
                    try function.callWithKeywordsInPlace(self, laidOut, positionalCount: positionalCount + 1, keywordNames: keywordNames)
                }
            }
        case .type:
            let type = unsafeDowncast(object, to: PyType.self)
            guard let constructor = type.directConstructor, let keywords = constructor.keywords else { return nil }
            return try keywords(self, arguments, positionalCount, keywordNames)
        default:
            return nil
        }
    }

    /// Native code called from native code must end in RecursionError, not a native stack
    /// overflow (as in `call`).
    @inline(__always)
    private func runNative(_ body: () throws -> Value?) throws -> Value? {
        try checkInterrupt()
        if nativeDepth >= recursionLimit * 2 {
            throw PyException(BuiltinTypes.recursionError, "maximum recursion depth exceeded")
        }
        nativeDepth += 1
        defer { nativeDepth -= 1 }
        return try body()
    }
}
