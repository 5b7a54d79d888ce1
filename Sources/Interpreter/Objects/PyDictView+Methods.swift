/// Methods of the `dict.keys()`, `dict.values()` and `dict.items()` views, registered through
/// `table`.
enum DictViewMethods {
    static func install(_ type: PyType) {
        type.install(table)
    }

    /// Keys and items views also have the set operators (`d.keys() & other`, `s - d.keys()`).
    static func installSetLike(_ type: PyType) {
        type.install(table)
        type.install(setOperatorTable)
    }

    static let setOperatorTable: [NativeMethod] = [
        NativeMethod("__and__", "self, other", setOperator(.bitAnd, reflected: false)),
        NativeMethod("__rand__", "self, other", setOperator(.bitAnd, reflected: true)),
        NativeMethod("__or__", "self, other", setOperator(.bitOr, reflected: false)),
        NativeMethod("__ror__", "self, other", setOperator(.bitOr, reflected: true)),
        NativeMethod("__sub__", "self, other", setOperator(.subtract, reflected: false)),
        NativeMethod("__rsub__", "self, other", setOperator(.subtract, reflected: true)),
        NativeMethod("__xor__", "self, other", setOperator(.bitXor, reflected: false)),
        NativeMethod("__rxor__", "self, other", setOperator(.bitXor, reflected: true)),
    ]

    /// As CPython's views: a new `set` of the view's elements combined with any iterable.
    static func setOperator(_ op: BinaryOperation, reflected: Bool) -> NativeMethod.Body {
        { interpreter, args in
            let mine = PySet(OrderedSetOfKeys(try SetMethods.elements(args.receiver, interpreter)), frozen: false)
            let theirs = PySet(OrderedSetOfKeys(try SetMethods.elements(args["other"], interpreter)), frozen: false)
            let (a, b) = reflected ? (theirs, mine) : (mine, theirs)
            return SetMethods.algebra(op, a, b) ?? .object(Singletons.notImplemented)
        }
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
