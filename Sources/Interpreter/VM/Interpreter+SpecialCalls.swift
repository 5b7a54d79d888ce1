/// Calls of special methods the language makes implicitly (`__len__` for `len()` and truth,
/// `__bool__`, `__hash__` for a set, `__eq__` and the operators' methods, `__repr__` for
/// `repr()`), without an argument list where the method allows it.
extension Interpreter {
    /// `method(argument)` for a special method found on a type: a native method with a body
    /// for one positional argument gets the argument in place (no `Arguments`, no signature
    /// binding), a Python function gets it as its first local; anything else is called as usual.
    func callSpecial(_ method: Value, _ argument: Value) throws -> Value {
        if case .object(let m) = method {
            if m.objectKind == .builtinFunction {
                let builtin = unsafeDowncast(m, to: PyBuiltinFunction.self)
                if builtin.hasDirect(forCount: 1) {
                    var slot = argument
                    return try withUnsafeMutablePointer(to: &slot) { try builtin.direct(self, $0, 1) }
                }
            } else if m.objectKind == .function,
                      let result = try runPositionally(unsafeDowncast(m, to: PyFunction.self), argument, nil) {
                return result
            }
        }
        return try call(method, Arguments([argument]))
    }

    /// `method(first, second)` for a special method found on a type (`__eq__`, `__add__`,
    /// `__getitem__`...), as `callSpecial(_:_:)` does it.
    func callSpecial(_ method: Value, _ first: Value, _ second: Value) throws -> Value {
        if case .object(let m) = method {
            if m.objectKind == .builtinFunction {
                let builtin = unsafeDowncast(m, to: PyBuiltinFunction.self)
                if builtin.hasDirect(forCount: 2) {
                    return try withUnsafeTemporaryAllocation(of: Value.self, capacity: 2) { buffer in
                        let slots = buffer.baseAddress.unsafelyUnwrapped
                        slots.initialize(to: first)
                        (slots + 1).initialize(to: second)
                        defer { slots.deinitialize(count: 2) }
                        return try builtin.direct(self, slots, 2)
                    }
                }
            } else if m.objectKind == .function,
                      let result = try runPositionally(unsafeDowncast(m, to: PyFunction.self), first, second) {
                return result
            }
        }
        return try call(method, Arguments([first, second]))
    }

    /// Runs a Python function on one or two positional arguments written straight into its
    /// frame's first locals, in a pooled frame at the stack top, when the function takes
    /// exactly those (no defaults to fill, no `*args`, no cells, not a generator); nil otherwise.
    func runPositionally(_ function: PyFunction, _ first: Value, _ second: Value?) throws -> Value? {
        let code = function.code
        let count = second == nil ? 1 : 2
        guard code.entersInPlace, code.argumentCount == count else { return nil }
        let base = stackTop
        if callDepth >= recursionLimit || base + 1 + code.frameSlotCount >= stackEnd {
            throw PyException(BuiltinTypes.recursionError, "maximum recursion depth exceeded")
        }
        base.initialize(to: .object(function))
        (base + 1).initialize(to: first)
        if let second { (base + 2).initialize(to: second) }
        let localCount = code.localCount
        if localCount > count { (base + 1 + count).initialize(repeating: .unset, count: localCount - count) }
        return try runPooledFrame(function, base: base, cells: code.hasFreeNames ? function.closure : [])
    }
}
