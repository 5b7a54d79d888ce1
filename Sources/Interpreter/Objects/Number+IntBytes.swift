/// `int.to_bytes`, `int.from_bytes` and `int.bit_count`, on ints of any size.
extension NumberMethods {
    static let intBytesTable: [NativeMethod] = [
        NativeMethod("to_bytes", "self, length=1, byteorder='big', *, signed=False", toBytes),
        NativeMethod("from_bytes", "cls, bytes, byteorder='big', *, signed=False", binding: .classMethod, fromBytes),
        NativeMethod("bit_count", "self", bitCount),
    ]

    static func littleEndian(_ interpreter: Interpreter, _ byteorder: Value) throws -> Bool {
        switch try interpreter.stringArgument(byteorder) {
        case "little": return true
        case "big": return false
        default: throw PyException(BuiltinTypes.valueError, "byteorder must be either 'little' or 'big'")
        }
    }

    static func toBytes(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let value = try interpreter.integerArgument(args.receiver)
        let length = try interpreter.intArgument(args["length"])
        if length < 0 { throw PyException(BuiltinTypes.valueError, "length argument must be non-negative") }
        let little = try littleEndian(interpreter, args["byteorder"])
        let signed = try interpreter.isTruthy(args["signed"])
        if value.negative && !signed { throw PyException(BuiltinTypes.overflowError, "can't convert negative int to unsigned") }
        // Fits when the magnitude (of value, or of -value - 1 for negatives) leaves the sign bit.
        let bitsNeeded = value.negative ? value.inverted.bitLength + 1 : value.bitLength + (signed ? 1 : 0)
        // CPython refuses a bytes object whose size would not fit its header's ssize_t.
        let (bitsAvailable, tooLong) = length.multipliedReportingOverflow(by: 8)
        if tooLong { throw PyException(BuiltinTypes.overflowError, "byte string is too large") }
        if bitsNeeded > bitsAvailable { throw PyException(BuiltinTypes.overflowError, "int too big to convert") }
        try Allocation.check(count: length, elementSize: 1)
        // Two's complement in `length` bytes: a negative value is stored as value + 256**length.
        let stored = value.negative ? value + BigInteger.one.shiftedLeft(length * 8) : value
        var bytes = [UInt8](filledWith: 0, count: length)
        for (i, limb) in stored.limbs.enumerated() {
            for k in 0..<8 where i * 8 + k < length { bytes[i * 8 + k] = UInt8(truncatingIfNeeded: limb >> UInt(8 * k)) }
        }
        if !little { bytes.reverse() }
        return .object(PyBytes(bytes))
    }

    static func fromBytes(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        var bytes: [UInt8]
        if let b = args["bytes"].asObject as? PyBytes {
            bytes = b.bytes
        } else {
            bytes = try interpreter.collect(args["bytes"]).map { item in
                let i = try interpreter.intArgument(item)
                guard (0...255).contains(i) else { throw PyException(BuiltinTypes.valueError, "bytes must be in range(0, 256)") }
                return UInt8(i)
            }
        }
        if !(try littleEndian(interpreter, args["byteorder"])) { bytes.reverse() }
        var limbs = [UInt](filledWith: 0, count: (bytes.count + 7) / 8)
        for (i, byte) in bytes.enumerated() { limbs[i / 8] |= UInt(byte) << UInt(8 * (i % 8)) }
        var value = BigInteger(negative: false, limbs: limbs)
        if try interpreter.isTruthy(args["signed"]), let top = bytes.last, top >= 0x80 {
            value = value - BigInteger.one.shiftedLeft(bytes.count * 8)
        }
        let result = Value.integer(value)
        if case .object(let cls) = args.receiver, cls !== BuiltinTypes.int { return try interpreter.call(args.receiver, Arguments([result])) }
        return result
    }

    static func bitCount(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let value = try interpreter.integerArgument(args.receiver)
        return .int(value.limbs.reduce(0) { $0 + $1.nonzeroBitCount })
    }
}
