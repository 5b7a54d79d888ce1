/// `bytes` methods, registered through `table`.
enum BytesMethods {
    static func install(_ type: PyType) {
        type.nativeNew = new
        type.install(table)
        type.install(BytesOperators.table)
    }

    static let table: [NativeMethod] = [
        NativeMethod("decode", "self, encoding='utf-8', errors='strict'", decode),
        NativeMethod("hex", "self", hex),
    ]

    static let newSignature = NativeSignature("source=None, encoding=None, errors=None")

    /// `bytes(source=None, encoding=None, errors=None)`: from a str, a size or an iterable of ints.
    static func new(_ interpreter: Interpreter, _ cls: PyType, _ arguments: Arguments) throws -> Value {
        let values = try newSignature.bind(arguments, function: "bytes")
        let source = values[0]
        if source.isNone { return .object(PyBytes([])) }
        if let text = source.stringValue {
            guard !values[1].isNone else { throw PyException(BuiltinTypes.typeError, "string argument without an encoding") }
            let errors = values[2].isNone ? "strict" : try interpreter.stringArgument(values[2])
            return .object(PyBytes(try StrCodecs.encode(text, encoding: try interpreter.stringArgument(values[1]), errors: errors)))
        }
        if let n = Arithmetic.intValue(source) {
            if n < 0 { throw PyException(BuiltinTypes.valueError, "negative count") }
            try Allocation.check(count: n, elementSize: 1)
            return .object(PyBytes([UInt8](repeating: 0, count: n)))
        }
        return .object(PyBytes(try interpreter.collect(source).map { UInt8(clamping: Arithmetic.intValue($0) ?? 0) }))
    }

    static func bytes(_ value: Value) -> [UInt8] { (value.asObject as? PyBytes)?.bytes ?? [] }

    static func decode(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let encoding = try interpreter.stringArgument(args["encoding"])
        let errors = try interpreter.stringArgument(args["errors"])
        return .str(try StrCodecs.decode(bytes(args.receiver), encoding: encoding, errors: errors))
    }

    static func hex(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .str(bytes(args.receiver).map { Formatting.hex(UInt32($0), width: 2) }.joined())
    }
}
