/// Methods of the `dict.keys()`, `dict.values()` and `dict.items()` views, registered through
/// `table`.
enum DictViewMethods {
    static func install(_ type: PyType) {
        type.install(table)
    }

    static let table: [NativeMethod] = [
        NativeMethod("__len__", "self", length),
        NativeMethod("__iter__", "self", iterate),
        NativeMethod("__contains__", "self, item", contains),
        NativeMethod("__reversed__", "self", reversed),
        NativeMethod("isdisjoint", "self, other", isdisjoint),
    ]

    static func length(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .int((args.receiver.asObject as? PyDictView)?.dict.storage.count ?? 0)
    }

    static func iterate(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        try interpreter.iterate(args.receiver)
    }

    static func contains(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .bool(try interpreter.contains(args.receiver, args["item"]))
    }

    static func reversed(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .object(PySequenceIterator(items: try interpreter.collect(args.receiver).reversed(), type: BuiltinTypes.iterator))
    }

    static func isdisjoint(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let mine = try interpreter.collect(args.receiver)
        for item in try interpreter.collect(args["other"]) where try mine.contains(where: { try interpreter.equals($0, item) }) {
            return .bool(false)
        }
        return .bool(true)
    }
}
