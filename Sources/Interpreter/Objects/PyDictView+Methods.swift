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
            let (left, right) = reflected ? (args["other"], args.receiver) : (args.receiver, args["other"])
            return try setOperation(op, left, right, interpreter)
        }
    }

    /// CPython's dict view operators: `|`, `-`, `^` make a set of the left operand (a keys
    /// view straight from its dict) and update it with the right one; `&` walks the right
    /// operand (or the smaller of two views) and keeps what the view contains, or leaves it
    /// to `set.intersection` when the other side is a set at least as large.
    static func setOperation(_ op: BinaryOperation, _ left: Value, _ right: Value, _ interpreter: Interpreter) throws -> Value {
        if op == .bitAnd { return try intersection(left, right, interpreter) }
        var result = SetStorage(try viewOperand(left, interpreter))
        let other = try SetMethods.operand(right, interpreter)
        switch op {
        case .bitOr: result.update(other)
        case .subtract: result.subtract(other)
        case .bitXor: result.formSymmetricDifference(other)
        default: return .object(Singletons.notImplemented)
        }
        return .object(PySet(result))
    }

    /// A view as a set operand: a keys view of an exact dict as the dict itself.
    static func viewOperand(_ value: Value, _ interpreter: Interpreter) throws -> SetOperand {
        if let view = value.asObject as? PyDictView, view.kind == .keys, view.dict.type === BuiltinTypes.dict {
            return .dict(view.dict)
        }
        return try SetMethods.operand(value, interpreter)
    }

    static func intersection(_ left: Value, _ right: Value, _ interpreter: Interpreter) throws -> Value {
        var (view, other) = left.asObject is PyDictView ? (left, right) : (right, left)
        let viewCount = try interpreter.length(view)
        if case .object(let o) = other, o.type === BuiltinTypes.set, viewCount <= unsafeDowncast(o, to: PySet.self).storage.count {
            let s = unsafeDowncast(o, to: PySet.self)
            return .object(PySet(s.storage.intersection(try viewOperand(view, interpreter))))
        }
        if other.asObject is PyDictView, try interpreter.length(other) > viewCount { swap(&view, &other) }
        var result = SetStorage()
        for key in try SetMethods.elements(other, interpreter) where try interpreter.contains(view, key.value) {
            result.insert(key)
        }
        return .object(PySet(result))
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
