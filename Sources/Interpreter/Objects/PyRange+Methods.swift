/// `range` methods, registered through `table`.
enum RangeMethods {
    static func install(_ type: PyType) {
        type.nativeNew = new
        type.property("start") { _, v in .int(range(v).start) }
        type.property("stop") { _, v in .int(range(v).stop) }
        type.property("step") { _, v in .int(range(v).step) }
        type.install(table)
    }

    static let table: [NativeMethod] = [
        NativeMethod("index", "self, value, /", index),
        NativeMethod("count", "self, value, /", count),
        NativeMethod("__len__", "self", length),
        NativeMethod("__getitem__", "self, index", getItem),
        NativeMethod("__contains__", "self, item", contains),
        NativeMethod("__iter__", "self", iterate),
        NativeMethod("__reversed__", "self", reversed),
    ]

    /// `range(stop)`, `range(start, stop[, step])`: every argument an integer.
    static func new(_ interpreter: Interpreter, _ cls: PyType, _ arguments: Arguments) throws -> Value {
        if !arguments.keywords.isEmpty { throw PyException(BuiltinTypes.typeError, "range() takes no keyword arguments") }
        let values = try arguments.positional.map { value -> Int in
            guard let i = try interpreter.indexValue(value) else {
                throw PyException(BuiltinTypes.typeError, "'\(value.typeName)' object cannot be interpreted as an integer")
            }
            return i
        }
        switch values.count {
        case 1: return .object(PyRange(start: 0, stop: values[0], step: 1))
        case 2: return .object(PyRange(start: values[0], stop: values[1], step: 1))
        case 3:
            if values[2] == 0 { throw PyException(BuiltinTypes.valueError, "range() arg 3 must not be zero") }
            return .object(PyRange(start: values[0], stop: values[1], step: values[2]))
        case 0: throw PyException(BuiltinTypes.typeError, "range expected at least 1 argument, got 0")
        default: throw PyException(BuiltinTypes.typeError, "range expected at most 3 arguments, got \(values.count)")
        }
    }

    /// The receiver; range is not subclassable, so anything else is an empty range.
    static func range(_ v: Value) -> PyRange { (v.asObject as? PyRange) ?? PyRange(start: 0, stop: 0, step: 1) }

    static func index(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let r = range(args.receiver)
        let value = args["value"]
        if let v = Arithmetic.intValue(value), try interpreter.contains(args.receiver, value) {
            // Past Int.max only for ranges longer than that; CPython's index is then a big int.
            guard let position = Int(exactly: r.distance(to: v) / r.step.magnitude) else { throw Arithmetic.overflow() }
            return .int(position)
        }
        throw PyException(BuiltinTypes.valueError, "\(try interpreter.repr(value)) is not in range")
    }

    static func count(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .int(try interpreter.contains(args.receiver, args["value"]) ? 1 : 0)
    }

    static func length(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .int(try range(args.receiver).checkedCount())
    }

    static func getItem(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        try interpreter.getItem(args.receiver, args["index"])
    }

    static func contains(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .bool(try interpreter.contains(args.receiver, args["item"]))
    }

    static func iterate(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .object(PyRangeIterator(range(args.receiver)))
    }

    static func reversed(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let r = range(args.receiver)
        let last = r.start &+ Int(truncatingIfNeeded: (r.exactCount &- 1) &* UInt(bitPattern: r.step))
        // The reversed range stops one step past the original start, which may lie outside 64
        // bits (reversed(range(-sys.maxsize - 1, 0))); the iterator then runs to the end of
        // the Int range, which holds exactly the remaining elements.
        let (stop, overflow) = r.start.subtractingReportingOverflow(r.step)
        if overflow || r.step == Int.min {
            var remaining = r.exactCount, current = last
            let step = r.step
            return .object(PyNativeIterator { _ in
                guard remaining > 0 else { return nil }
                let value = current
                remaining -= 1
                // Every value produced lies between start and stop: wrapping is exact.
                if remaining > 0 { current = current &- step }
                return .int(value)
            })
        }
        return .object(PyRangeIterator(PyRange(start: last, stop: stop, step: -r.step)))
    }
}
