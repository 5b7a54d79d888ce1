/// Conversions from Python values to Swift values for native functions, with CPython's error
/// messages.
extension Interpreter {
    public func intArgument(_ value: Value, _ what: String = "argument") throws -> Int {
        if let i = try indexValue(value) { return i }
        throw PyException(BuiltinTypes.typeError, "'\(value.typeName)' object cannot be interpreted as an integer")
    }

    public func doubleArgument(_ value: Value) throws -> Double {
        if let d = Arithmetic.doubleValue(value) { return d }
        if let d = try Arithmetic.floatOperand(value) { return d }
        if case .object(let o) = value, let method = o.type.lookup("__float__") {
            if let d = Arithmetic.doubleValue(try call(method, Arguments([value]))) { return d }
        }
        throw PyException(BuiltinTypes.typeError, "must be real number, not \(value.typeName)")
    }

    public func stringArgument(_ value: Value, function: String = "", position: Int = 1) throws -> String {
        if case .object(let o) = value, let s = o as? PyStr { return s.value }
        if function.isEmpty { throw PyException(BuiltinTypes.typeError, "expected str, got \(value.typeName)") }
        throw PyException(BuiltinTypes.typeError, "\(function)() argument \(position) must be str, not \(value.typeName)")
    }

    public func optionalString(_ value: Value) throws -> String? {
        value.isNone ? nil : try stringArgument(value)
    }
}

extension Value {
    /// The Swift string of a `str` value.
    public var stringValue: String? {
        if case .object(let o) = self, let s = o as? PyStr { return s.value }
        return nil
    }
}
