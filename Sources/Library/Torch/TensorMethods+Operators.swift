import Interpreter
import TensorKit

/// Python operators on tensors: arithmetic with tensors and numbers in both orders, in-place
/// forms, comparisons, truth, iteration, printing.
extension TensorMethods {
    /// The other operand as a tensor, or nil when the operation should return NotImplemented.
    static func operand(_ value: Value, _ interpreter: Interpreter) throws -> Tensor? {
        // A tensor first: the common case in a scalar loop, and one class check.
        if case .object(let o) = value, let t = o as? PyTensor { return t.tensor }
        if let s = TensorConversions.scalar(value) { return try TorchErrors.run { try Tensor.wrapping(s) } }
        // An int past 64 bits has no tensor scalar; PyTorch says so in these words.
        if value.isBigInt { throw PyException(BuiltinTypes.overflowError, "int too big to convert") }
        if case .object(let o) = value {
            if let provider = o as? TensorConvertible { return try provider.asTensor() }
            if o is PyList || o is PyTuple { return try TensorConversions.makeTensor(value, dtype: nil, interpreter) }
        }
        return nil
    }

    /// The tensor operation of each Python binary operator the native hooks handle; nil for
    /// the others (`@`, `**`, shifts), which go to the dunder methods.
    static func nativeOperation(_ operation: BinaryOperation) -> BinaryOp? {
        switch operation {
        case .add: return .add
        case .subtract: return .sub
        case .multiply: return .mul
        case .divide: return .div
        case .floorDivide: return .floorDivide
        case .modulo: return .remainder
        case .bitAnd: return .bitwiseAnd
        case .bitOr: return .bitwiseOr
        case .bitXor: return .bitwiseXor
        case .matrixMultiply, .power, .leftShift, .rightShift: return nil
        }
    }

    /// `value op other` (or `other op value` when `reflected`) as `__op__` / `__rop__` compute
    /// it; nil for NotImplemented.
    static func arithmetic(_ op: BinaryOp, _ value: Value, _ other: Value, reflected: Bool, _ interpreter: Interpreter) throws -> Value? {
        let me = try tensor(value)
        guard let operand = try operand(other, interpreter) else { return nil }
        if NumpyScalars.isNumpy(value) {
            return NumpyScalars.wrap(try TorchErrors.run {
                reflected ? try NumpyMath.binary(op, operand, me, pythonOperand: other) : try NumpyMath.binary(op, me, operand, pythonOperand: other)
            })
        }
        let result = try TorchErrors.run { reflected ? try Tensor.binary(op, operand, me) : try Tensor.binary(op, me, operand) }
        return TensorWrapping.wrap(result, like: value)
    }

    /// `value op= other` as `__iop__` computes it: the tensor updated in place; nil for
    /// NotImplemented.
    static func inPlaceArithmetic(_ op: BinaryOp, _ value: Value, _ other: Value, _ interpreter: Interpreter) throws -> Value? {
        let me = try tensor(value)
        guard let operand = try operand(other, interpreter) else { return nil }
        _ = try TorchErrors.run { try me.applyInPlace(op, operand) }
        return value
    }

    /// `torch.Tensor`'s arithmetic without the dunder lookup and call (the VM's `nativeBinary`
    /// / `nativeInplace`): the same functions as its `__op__`, `__rop__` and `__iop__`.
    static func installNativeArithmetic(_ type: PyType) {
        type.nativeBinary = { interpreter, operation, value, other, reflected in
            guard let op = nativeOperation(operation) else { return nil }
            return try arithmetic(op, value, other, reflected: reflected, interpreter)
        }
        type.nativeInplace = { interpreter, operation, value, other in
            guard let op = nativeOperation(operation) else { return nil }
            return try inPlaceArithmetic(op, value, other, interpreter)
        }
    }

    static func binaryOperator(_ type: PyType, _ stem: String, _ op: BinaryOp) {
        type.method("__\(stem)__", "self, other") { i, a in
            try arithmetic(op, a[0], a[1], reflected: false, i) ?? .object(Singletons.notImplemented)
        }
        type.method("__r\(stem)__", "self, other") { i, a in
            try arithmetic(op, a[0], a[1], reflected: true, i) ?? .object(Singletons.notImplemented)
        }
    }

    static func installOperators(_ type: PyType) {
        for (stem, op) in [("add", BinaryOp.add), ("sub", .sub), ("mul", .mul), ("truediv", .div), ("floordiv", .floorDivide),
                           ("mod", .remainder), ("and", .bitwiseAnd), ("or", .bitwiseOr), ("xor", .bitwiseXor)] {
            binaryOperator(type, stem, op)
        }
        for (stem, op) in [("iadd", BinaryOp.add), ("isub", .sub), ("imul", .mul), ("itruediv", .div), ("ifloordiv", .floorDivide),
                           ("imod", .remainder), ("iand", .bitwiseAnd), ("ior", .bitwiseOr), ("ixor", .bitwiseXor)] {
            type.method("__\(stem)__", "self, other") { i, a in
                try inPlaceArithmetic(op, a[0], a[1], i) ?? .object(Singletons.notImplemented)
            }
        }
        type.method("__pow__", "self, other") { i, a in
            let me = try tensor(a[0])
            if let s = TensorConversions.scalar(a[1]) { return TensorWrapping.wrap(try TorchErrors.run { try me.pow(s) }, like: a[0]) }
            guard let other = try operand(a[1], i) else { return .object(Singletons.notImplemented) }
            return TensorWrapping.wrap(try TorchErrors.run { try me.pow(other) }, like: a[0])
        }
        type.method("__rpow__", "self, other") { _, a in
            let me = try tensor(a[0])
            guard let s = TensorConversions.scalar(a[1]) else { return .object(Singletons.notImplemented) }
            return TensorWrapping.wrap(try TorchErrors.run { try me.rpow(s) }, like: a[0])
        }
        type.method("__ipow__", "self, other") { i, a in
            let me = try tensor(a[0])
            guard let other = try operand(a[1], i) else { return .object(Singletons.notImplemented) }
            _ = try TorchErrors.run { try me.copy_(try me.pow(other)) }
            return a[0]
        }
        type.method("__matmul__", "self, other") { i, a in
            guard let other = try operand(a[1], i) else { return .object(Singletons.notImplemented) }
            return TensorWrapping.wrap(try TorchErrors.run { try tensor(a[0]).matmul(other) }, like: a[0])
        }
        type.method("__rmatmul__", "self, other") { i, a in
            guard let other = try operand(a[1], i) else { return .object(Singletons.notImplemented) }
            return TensorWrapping.wrap(try TorchErrors.run { try other.matmul(try tensor(a[0])) }, like: a[0])
        }
        for (name, op) in [("__eq__", BinaryOp.eq), ("__ne__", .ne), ("__lt__", .lt), ("__le__", .le), ("__gt__", .gt), ("__ge__", .ge)] {
            type.method(name, "self, other") { i, a in
                let me = try tensor(a[0])
                guard let other = try operand(a[1], i) else {
                    if name == "__eq__" || name == "__ne__" { return .bool(name == "__ne__") }
                    return .object(Singletons.notImplemented)
                }
                return TensorWrapping.wrap(try TorchErrors.run { try Tensor.binary(op, me, other) }, like: a[0])
            }
        }
        type.method("__neg__", "self") { _, a in TensorWrapping.wrap(try TorchErrors.run { try tensor(a[0]).neg() }, like: a[0]) }
        type.method("__pos__", "self") { _, a in a[0] }
        type.method("__abs__", "self") { _, a in TensorWrapping.wrap(try TorchErrors.run { try tensor(a[0]).abs() }, like: a[0]) }
        type.method("__invert__", "self") { _, a in
            let t = try tensor(a[0])
            return TensorWrapping.wrap(try TorchErrors.run { t.dtype == .bool ? try t.logicalNot() : try t.bitwiseNot() }, like: a[0])
        }
        type.method("__bool__", "self") { _, a in .bool(try TorchErrors.run { try tensor(a[0]).truthValue() }) }
        type.method("__float__", "self") { _, a in .float(try TorchErrors.run { try tensor(a[0]).item().doubleValue }) }
        type.method("__int__", "self") { _, a in .int(try TorchErrors.run { try tensor(a[0]).item().intValue }) }
        type.method("__index__", "self") { _, a in
            let t = try tensor(a[0])
            guard !t.dtype.isFloatingPoint, t.count == 1 else {
                throw PyException(BuiltinTypes.typeError, "only integer tensors of a single element can be converted to an index")
            }
            return .int(try TorchErrors.run { try t.item().intValue })
        }
        type.method("__len__", "self") { _, a in
            let t = try tensor(a[0])
            guard let first = t.shape.first else { throw PyException(BuiltinTypes.typeError, "len() of a 0-d tensor") }
            return .int(first)
        }
        type.method("__iter__", "self") { _, a in
            let t = try tensor(a[0])
            guard let count = t.shape.first else { throw PyException(BuiltinTypes.typeError, "iteration over a 0-d tensor") }
            var index = 0
            let original = a[0]
            return .object(PyNativeIterator { _ in
                guard index < count else { return nil }
                defer { index += 1 }
                return TensorWrapping.wrap(try TorchErrors.run { try t.select(0, index) }, like: original)
            })
        }
        type.method("__contains__", "self, element") { i, a in
            let t = try tensor(a[0])
            guard let other = try operand(a[1], i) else {
                throw PyException(BuiltinTypes.runtimeError, "Tensor.__contains__ only supports Tensor or scalar, but you passed in a \(a[1].typeName).")
            }
            return .bool(try TorchErrors.run { try Tensor.binary(.eq, t, other).any().item().boolValue })
        }
        type.method("__hash__", "self") { _, a in
            guard case .object(let o) = a[0] else { return .int(0) }
            return .int(ObjectIdentifier(o).hashValue)
        }
        type.method("__repr__", "self") { i, a in
            .str(try tensor(a[0]).repr(options: TorchState.of(i).printOptions, prefix: try reprPrefix(a[0], i)))
        }
        type.method("__format__", "self, spec") { i, a in
            let t = try tensor(a[0])
            let spec = try i.stringArgument(a[1])
            if t.shape.isEmpty { return .str(try i.format(TensorConversions.value(try TorchErrors.run { try t.item() }), spec)) }
            guard spec.isEmpty else { throw PyException(BuiltinTypes.typeError, "unsupported format string passed to Tensor.__format__") }
            return .str(t.repr())
        }
        type.method("__getitem__", "self, index") { i, a in try i.getItem(a[0], a[1]) }
        type.method("__setitem__", "self, index, value") { i, a in
            try i.setItem(a[0], a[1], a[2])
            return .none
        }
    }
}

extension TensorMethods {
    /// What PyTorch's repr starts with: `tensor(` for a Tensor and for `nn.Parameter` (whose own
    /// repr adds "Parameter containing:"), the class name for any other subclass
    /// (`Parameter(3., requires_grad=True)` for chapter 19's hand-made Parameter).
    static func reprPrefix(_ value: Value, _ interpreter: Interpreter) throws -> String {
        guard case .object(let object) = value, object.type !== TorchTypes.tensor else { return "tensor(" }
        let module = try interpreter.getAttribute(.object(object.type), "__module__").stringValue ?? ""
        if object.type.name == "Parameter" && module.hasPrefix("torch.nn") { return "tensor(" }
        return object.type.name + "("
    }
}
