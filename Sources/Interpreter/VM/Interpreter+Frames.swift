/// Creating frames, binding arguments to parameters, and running frames from Swift.
extension Interpreter {
    /// Creates a frame for `code` on the shared stack at `position` (default: the stack top),
    /// with a placeholder return slot below its locals.
    func makeFrame(code: CodeObject, function: PyFunction?, globals: Namespace, arguments: [Value],
                   keywords: [(name: String, value: Value)] = [], keywordObjects: [Value] = [],
                   at position: UnsafeMutablePointer<Value>? = nil) throws -> Frame {
        let base = position ?? stackTop
        let cells = try prepareSlots(code: code, function: function, arguments: arguments, keywords: keywords,
                                     keywordObjects: keywordObjects, at: base)
        let frame = Frame(code: code, function: function, globals: globals, locals: base + 1, returnSlot: base, cells: cells)
        frame.serial = nextFrameSerial()
        return frame
    }

    /// Lays out a call at `base`: the return slot (holding the function, which keeps its code and
    /// globals alive while the frame runs), then the bound arguments and the other locals.
    /// Returns the frame's cells.
    func prepareSlots(code: CodeObject, function: PyFunction?, arguments: [Value],
                      keywords: [(name: String, value: Value)], keywordObjects: [Value] = [],
                      at base: UnsafeMutablePointer<Value>) throws -> [PyCell] {
        if callDepth >= recursionLimit || base + 1 + code.frameSize >= stackEnd {
            throw PyException(BuiltinTypes.recursionError, "maximum recursion depth exceeded")
        }
        let bound: [Value]
        if keywords.isEmpty && arguments.count == code.argumentCount && code.flags.contains(.simpleArguments) {
            bound = arguments
        } else {
            bound = try bindArguments(code: code, function: function, positional: arguments, keywords: keywords,
                                      keywordObjects: keywordObjects)
        }
        base.initialize(to: function.map { .object($0) } ?? .object(code))
        let locals = base + 1
        locals.initialize(from: bound, count: bound.count)
        let extra = code.localNames.count - bound.count
        if extra > 0 { (locals + bound.count).initialize(repeating: .unset, count: extra) }
        var cells: [PyCell] = []
        if !code.cellNames.isEmpty || !code.freeNames.isEmpty {
            cells.reserveCapacity(code.cellNames.count + code.freeNames.count)
            for _ in code.cellNames { cells.append(PyCell()) }
            for (cellIndex, localIndex) in code.cellParameterIndices {
                cells[cellIndex].value = locals[localIndex]
            }
            if let function { cells.append(contentsOf: function.closure) }
        }
        return cells
    }

    /// Runs a frame made by `makeFrame` to completion from Swift.
    func runToCompletion(_ frame: Frame) throws -> Value {
        if nativeDepth >= recursionLimit {
            frame.returnSlot.deinitialize(count: frame.stackPointer - frame.returnSlot)
            throw PyException(BuiltinTypes.recursionError, "maximum recursion depth exceeded")
        }
        nativeDepth += 1
        callDepth += 1
        frame.exceptionDepth = handledExceptions.count
        defer { nativeDepth -= 1 }
        switch try run(frame) {
        case .returned(let value): return value
        case .yielded: throw PyException(BuiltinTypes.systemError, "unexpected yield outside a generator")
        }
    }

    /// Binds call arguments to a Python function's parameters with CPython's rules and messages.
    func bindArguments(code: CodeObject, function: PyFunction?, positional: [Value],
                       keywords: [(name: String, value: Value)], keywordObjects: [Value] = []) throws -> [Value] {
        // Only error messages use the name: it is built when one is raised, not on every call.
        var name: String { (function?.qualifiedName ?? code.qualifiedName) + "()" }
        let argumentCount = code.argumentCount
        let keywordOnlyCount = code.keywordOnlyCount
        // `def f(a, *args)` called positionally with at least its named parameters: the rest
        // becomes the tuple, with nothing else to check.
        if keywords.isEmpty && keywordOnlyCount == 0 && positional.count >= argumentCount
            && code.flags.contains(.varArgs) && !code.flags.contains(.varKeywords) {
            var slots = [Value]()
            slots.reserveCapacity(argumentCount + 1)
            slots.append(contentsOf: positional[0..<argumentCount])
            slots.append(.object(PyTuple(Array(positional[argumentCount...]))))
            return slots
        }
        var slots = [Value](filledWith: .unset, count: code.totalParameterCount)
        let varArgsIndex = code.flags.contains(.varArgs) ? argumentCount + keywordOnlyCount : -1
        let varKeywordsIndex = code.flags.contains(.varKeywords) ? argumentCount + keywordOnlyCount + (varArgsIndex >= 0 ? 1 : 0) : -1
        let defaults = function?.defaults ?? []

        if positional.count > argumentCount && varArgsIndex < 0 {
            let required = argumentCount - defaults.count
            let takes = defaults.isEmpty ? "\(argumentCount)" : "from \(required) to \(argumentCount)"
            let plural = (defaults.isEmpty && argumentCount == 1) ? "argument" : "arguments"
            let given = positional.count
            throw PyException(BuiltinTypes.typeError,
                              "\(name) takes \(takes) positional \(plural) but \(given) \(given == 1 ? "was" : "were") given")
        }
        for i in 0..<min(positional.count, argumentCount) { slots[i] = positional[i] }
        if varArgsIndex >= 0 {
            slots[varArgsIndex] = .object(PyTuple(positional.count > argumentCount ? Array(positional[argumentCount...]) : []))
        }
        var extraKeywords: PyDict?
        if varKeywordsIndex >= 0 { extraKeywords = PyDict() }
        let names = code.localNames
        for (position, (keyword, value)) in keywords.enumerated() {
            var index = -1
            for i in code.positionalOnlyCount..<(argumentCount + keywordOnlyCount) where names[i] == keyword {
                index = i
                break
            }
            if index >= 0 {
                if !slots[index].isUnset {
                    throw PyException(BuiltinTypes.typeError, "\(name) got multiple values for argument '\(keyword)'")
                }
                slots[index] = value
            } else if let extra = extraKeywords {
                let key = position < keywordObjects.count ? HashKey(keywordObjects[position]) : HashKey(.str(keyword))
                extra.storage[key] = value
            } else {
                throw PyException(BuiltinTypes.typeError, "\(name) got an unexpected keyword argument '\(keyword)'")
            }
        }
        if let extra = extraKeywords { slots[varKeywordsIndex] = .object(extra) }

        var missing: [String] = []
        let firstDefault = argumentCount - defaults.count
        for i in 0..<argumentCount where slots[i].isUnset {
            if i >= firstDefault { slots[i] = defaults[i - firstDefault] } else { missing.append(names[i]) }
        }
        if !missing.isEmpty { throw missingArguments(name, missing, kind: "positional") }
        for i in argumentCount..<(argumentCount + keywordOnlyCount) where slots[i].isUnset {
            if let value = function?.keywordDefaults[names[i]] { slots[i] = value } else { missing.append(names[i]) }
        }
        if !missing.isEmpty { throw missingArguments(name, missing, kind: "keyword-only") }
        return slots
    }

    func missingArguments(_ function: String, _ names: [String], kind: String) -> PyException {
        let quoted = names.map { "'\($0)'" }
        let list: String
        switch quoted.count {
        case 1: list = quoted[0]
        case 2: list = "\(quoted[0]) and \(quoted[1])"
        default: list = quoted.dropLast().joined(separator: ", ") + ", and " + quoted[quoted.count - 1]
        }
        let plural = names.count == 1 ? "argument" : "arguments"
        return PyException(BuiltinTypes.typeError, "\(function) missing \(names.count) required \(kind) \(plural): \(list)")
    }

    // MARK: Generators

    /// Calling a generator function: bind the arguments into a frame and suspend it at once.
    func makeGenerator(_ function: PyFunction, _ arguments: Arguments) throws -> Value {
        let frame = try makeFrame(code: function.code, function: function, globals: function.globals,
                                  arguments: arguments.positional, keywords: arguments.keywords)
        let generator = PyGenerator(frame: frame, function: function, name: function.name)
        suspend(generator)
        return .object(generator)
    }

    /// Moves a generator frame's values off the shared stack into the generator.
    func suspend(_ generator: PyGenerator) {
        let frame = generator.frame
        let count = frame.stackPointer - frame.returnSlot
        generator.saved.take(from: frame.returnSlot, count: count)
        stackTop = frame.returnSlot
    }

    /// Resumes a generator; returns the next yielded value, or nil when it finished. With
    /// `throwing`, the exception is raised where the generator is suspended instead of `yield`
    /// evaluating to `value` (generator.throw and close).
    func resume(_ generator: PyGenerator, sending value: Value = .none, throwing thrown: PyException? = nil) throws -> Value? {
        if generator.isFinished { return nil }
        if generator.isRunning { throw PyException(BuiltinTypes.valueError, "generator already executing") }
        let frame = generator.frame
        let base = stackTop
        let count = generator.saved.count
        if callDepth >= recursionLimit || nativeDepth >= recursionLimit || base + count + frame.code.maxStackDepth >= stackEnd {
            throw PyException(BuiltinTypes.recursionError, "maximum recursion depth exceeded")
        }
        // Move the saved values back onto the stack and re-point the frame at them.
        generator.saved.give(to: base)
        let shift = base - frame.returnSlot
        frame.returnSlot = base
        frame.locals += shift
        frame.stackPointer += shift
        if let thrown {
            pendingGeneratorThrow = thrown
        } else if generator.hasStarted {
            frame.stackPointer.initialize(to: value)
            frame.stackPointer += 1
        }
        generator.hasStarted = true
        generator.isRunning = true
        defer { generator.isRunning = false }
        frame.parent = nil
        frame.exceptionDepth = handledExceptions.count
        nativeDepth += 1
        callDepth += 1
        defer { nativeDepth -= 1 }
        do {
            switch try run(frame) {
            case .yielded(let yielded):
                suspend(generator)
                return yielded
            case .returned(let result):
                generator.isFinished = true
                if !result.isNone { generator.returnValue = result }
                return nil
            }
        } catch {
            generator.isFinished = true
            throw error
        }
    }
}
