/// `slice` methods, registered through `table`.
enum SliceMethods {
    static func install(_ type: PyType) {
        type.nativeNew = new
        type.property("start") { _, v in slice(v).start }
        type.property("stop") { _, v in slice(v).stop }
        type.property("step") { _, v in slice(v).step }
        type.install(table)
    }

    static let table: [NativeMethod] = [
        NativeMethod("indices", "self, length, /", indices),
    ]

    /// `slice(stop)`, `slice(start, stop[, step])`.
    static func new(_ interpreter: Interpreter, _ cls: PyType, _ arguments: Arguments) throws -> Value {
        let values = arguments.positional
        switch values.count {
        case 1: return .object(PySlice(start: .none, stop: values[0], step: .none))
        case 2: return .object(PySlice(start: values[0], stop: values[1], step: .none))
        case 3: return .object(PySlice(start: values[0], stop: values[1], step: values[2]))
        default: throw PyException(BuiltinTypes.typeError, "slice expected at least 1 argument, got \(values.count)")
        }
    }

    /// The receiver; slice is not subclassable, so anything else is `slice(None)`.
    static func slice(_ v: Value) -> PySlice { (v.asObject as? PySlice) ?? PySlice(start: .none, stop: .none, step: .none) }

    static func indices(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let length = try interpreter.intArgument(args["length"])
        if length < 0 { throw PyException(BuiltinTypes.valueError, "length should not be negative") }
        let (start, stop, step, _) = try slice(args.receiver).indices(length, interpreter: interpreter)
        return .object(PyTuple([.int(start), .int(stop), .int(step)]))
    }
}
