/// Calls that native code makes back into Python once per item: `sorted(key=)`, `min`/`max`
/// with `key=`, `map`, `filter`. A plain Python function (positional parameters only, no cells
/// of its own, not a generator) called with exactly its parameters gets its arguments written
/// straight into its locals on the value stack, and a native function with a direct body reads
/// them in place: neither an `Arguments` value nor an argument array is made per item. Anything
/// else goes through `call` as before, with the same behaviour and messages.
extension Interpreter {
    /// `callable(argument)`.
    func callBack(_ callable: Value, _ argument: Value) throws -> Value {
        var slot = argument
        return try withUnsafeMutablePointer(to: &slot) { try callBack(callable, arguments: $0, count: 1) }
    }

    /// `callable(first, second)`.
    func callBack(_ callable: Value, _ first: Value, _ second: Value) throws -> Value {
        try withUnsafeTemporaryAllocation(of: Value.self, capacity: 2) { buffer in
            let values = buffer.baseAddress.unsafelyUnwrapped
            values.initialize(to: first)
            (values + 1).initialize(to: second)
            defer { values.deinitialize(count: 2) }
            return try callBack(callable, arguments: values, count: 2)
        }
    }

    /// `callable(*arguments[0..<count])`; the values stay owned by the caller.
    func callBack(_ callable: Value, arguments: UnsafeMutablePointer<Value>, count: Int) throws -> Value {
        if case .object(let object) = callable {
            switch object.objectKind {
            case .function:
                let function = unsafeDowncast(object, to: PyFunction.self)
                let code = function.code
                if code.entersInPlace && code.argumentCount == count && !code.flags.contains(.generator) {
                    return try runPooled(function, copying: arguments, count: count)
                }
            case .builtinFunction:
                let builtin = unsafeDowncast(object, to: PyBuiltinFunction.self)
                if builtin.hasDirect(forCount: count) {
                    try checkInterrupt()
                    if nativeDepth >= recursionLimit * 2 {
                        throw PyException(BuiltinTypes.recursionError, "maximum recursion depth exceeded")
                    }
                    nativeDepth += 1
                    defer { nativeDepth -= 1 }
                    return try builtin.direct(self, arguments, count)
                }
            default:
                break
            }
        }
        return try call(callable, Arguments(Array(UnsafeBufferPointer(start: arguments, count: count))))
    }

    /// `runPooled` for a function whose parameters are exactly the `count` values at
    /// `arguments`: they are copied into its locals, nothing is bound.
    private func runPooled(_ function: PyFunction, copying arguments: UnsafeMutablePointer<Value>, count: Int) throws -> Value {
        let base = stackTop
        let code = function.code
        if callDepth >= recursionLimit || base + 1 + code.frameSize >= stackEnd {
            throw PyException(BuiltinTypes.recursionError, "maximum recursion depth exceeded")
        }
        base.initialize(to: .object(function))
        let locals = base + 1
        locals.initialize(from: arguments, count: count)
        let localCount = code.localCount
        if localCount > count { (locals + count).initialize(repeating: .unset, count: localCount - count) }
        return try runPooledFrame(function, base: base, cells: code.hasFreeNames ? function.closure : [])
    }
}
