/// Calls of special methods the language makes implicitly (`__len__` for `len()` and truth,
/// `__bool__`), without an argument list where the method allows it.
extension Interpreter {
    /// `method(argument)` for a special method found on a type: a native method with a body
    /// for one positional argument gets the argument in place (no `Arguments`, no signature
    /// binding); anything else is called as usual.
    func callSpecial(_ method: Value, _ argument: Value) throws -> Value {
        if case .object(let m) = method, m.objectKind == .builtinFunction {
            let builtin = unsafeDowncast(m, to: PyBuiltinFunction.self)
            if builtin.hasDirect(forCount: 1) {
                var slot = argument
                return try withUnsafeMutablePointer(to: &slot) { try builtin.direct(self, $0, 1) }
            }
        }
        return try call(method, Arguments([argument]))
    }
}
