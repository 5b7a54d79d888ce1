import Interpreter
import TensorKit

/// Elementwise math and reductions.
extension TensorMethods {
    static func installMathMethods(_ type: PyType) {
        for op in UnaryOp.allCases {
            defineTensor(type, op.rawValue, "") { _, t, _ in try t.unary(op) }
            // isnan/isinf/isfinite classify into a new bool tensor: PyTorch has no in-place form.
            if [.isnan, .isinf, .isfinite].contains(op) { continue }
            define(type, op.rawValue + "_", "") { _, t, a in
                _ = try t.applyInPlace(op)
                return a[0]
            }
        }
        defineTensor(type, "round", "*, decimals=0") { i, t, a in
            let decimals = try i.intArgument(a[1])
            return decimals == 0 ? try t.round() : try t.round(decimals: decimals)
        }
        defineTensor(type, "pow", "exponent") { i, t, a in
            if let s = TensorConversions.scalar(a[1]) { return try t.pow(s) }
            return try t.pow(try TensorConversions.tensor(a[1], i))
        }
        defineTensor(type, "clamp", "min=None, max=None") { i, t, a in try clamp(t, a[1], a[2], i) }
        defineTensor(type, "clip", "min=None, max=None") { i, t, a in try clamp(t, a[1], a[2], i) }
        defineTensor(type, "clamp_min", "min") { i, t, a in try clamp(t, a[1], .none, i) }
        defineTensor(type, "clamp_max", "max") { i, t, a in try clamp(t, .none, a[1], i) }
        define(type, "clamp_", "min=None, max=None") { _, t, a in
            _ = try t.clamp_(min: TensorConversions.scalar(a[1]), max: TensorConversions.scalar(a[2]))
            return a[0]
        }
        define(type, "uniform_", "a=0, b=1, *, generator=None") { i, t, a in
            _ = try t.uniform_(from: try i.doubleArgument(a[1]), to: try i.doubleArgument(a[2]), generator: try TorchGenerators.resolve(a[3], i))
            return a[0]
        }
        define(type, "normal_", "mean=0, std=1, *, generator=None") { i, t, a in
            _ = try t.normal_(mean: try i.doubleArgument(a[1]), std: try i.doubleArgument(a[2]), generator: try TorchGenerators.resolve(a[3], i))
            return a[0]
        }
        defineTensor(type, "softmax", "dim") { i, t, a in try t.softmax(dim: try i.intArgument(a[1])) }
        defineTensor(type, "log_softmax", "dim") { i, t, a in try t.logSoftmax(dim: try i.intArgument(a[1])) }
        defineTensor(type, "cumsum", "dim") { i, t, a in try t.cumsum(try i.intArgument(a[1])) }
        defineTensor(type, "where", "condition, other") { i, t, a in
            try Tensor.whereSelect(try TensorConversions.tensor(a[1], i), t, try operandTensor(a[2], i))
        }
        for (name, op) in [("add", BinaryOp.add), ("sub", .sub), ("subtract", .sub), ("mul", .mul), ("multiply", .mul),
                           ("div", .div), ("divide", .div), ("true_divide", .div), ("floor_divide", .floorDivide),
                           ("remainder", .remainder), ("fmod", .remainder), ("maximum", .maximum), ("minimum", .minimum),
                           ("eq", .eq), ("ne", .ne), ("lt", .lt), ("le", .le), ("gt", .gt), ("ge", .ge),
                           ("greater", .gt), ("less", .lt), ("logical_and", .logicalAnd), ("logical_or", .logicalOr),
                           ("logical_xor", .logicalXor), ("atan2", .atan2)] {
            if name == "add" || name == "sub" {
                // Also PyTorch 0.4's `add(Number alpha, Tensor other)`; alpha is fused into the
                // kernel (a + alpha*b in one rounding), as PyTorch does.
                defineTensor(type, name, "other, *rest, alpha=None") { i, t, a in
                    let (other, alpha) = try addOperands(name, i, a)
                    return try Tensor.binary(op, t, other, alpha: alpha)
                }
                continue
            }
            defineTensor(type, name, "other, *, alpha=None") { i, t, a in
                var other = try operandTensor(a[1], i)
                if let alpha = TensorConversions.scalar(a[2]) { other = try other.mul(alpha) }
                return try Tensor.binary(op, t, other)
            }
        }
        for (name, op) in [("add_", BinaryOp.add), ("sub_", .sub)] {
            define(type, name, "other, *rest, alpha=None") { i, t, a in
                let (other, alpha) = try addOperands(name, i, a)
                _ = try t.applyInPlace(op, other, alpha: alpha)
                return a[0]
            }
        }
        for (name, op) in [("mul_", BinaryOp.mul), ("div_", .div)] {
            define(type, name, "other, *, alpha=None") { i, t, a in
                let other = try operandTensor(a[1], i)
                _ = try t.applyInPlace(op, other, alpha: TensorConversions.scalar(a[2]))
                return a[0]
            }
        }
        // self + value * tensor1 / tensor2 (or * tensor2): fastai's and PyTorch's Adam steps.
        for (name, divides) in [("addcdiv", true), ("addcmul", false)] {
            func value(_ v: Value) throws -> Scalar {
                guard let s = TensorConversions.scalar(v) else {
                    throw PyException(BuiltinTypes.typeError, "\(name)(): argument 'value' must be Number, not \(v.typeName)")
                }
                return s
            }
            defineTensor(type, name, "tensor1, tensor2, *rest, value=None") { i, t, a in
                let (t1, t2, v) = try pointwiseOperands(name, i, a)
                let scalar = try value(v)
                return try divides ? t.addcdiv(t1, t2, value: scalar) : t.addcmul(t1, t2, value: scalar)
            }
            define(type, name + "_", "tensor1, tensor2, *rest, value=None") { i, t, a in
                let (t1, t2, v) = try pointwiseOperands(name + "_", i, a)
                let scalar = try value(v)
                _ = try divides ? t.addcdiv_(t1, t2, value: scalar) : t.addcmul_(t1, t2, value: scalar)
                return a[0]
            }
        }
        defineTensor(type, "histc", "bins=100, min=0, max=0") { i, t, a in
            try t.histc(bins: try i.intArgument(a[1]), min: try i.doubleArgument(a[2]), max: try i.doubleArgument(a[3]))
        }
        define(type, "equal", "other") { i, t, a in
            let other = try TensorConversions.tensor(a[1], i)
            guard other.shape == t.shape else { return .bool(false) }
            return .bool(try Tensor.binary(.eq, t, other).all().item().boolValue)
        }
        define(type, "allclose", "other, rtol=1e-05, atol=1e-08") { i, t, a in
            let other = try TensorConversions.tensor(a[1], i)
            let difference = try Tensor.binary(.sub, t.to(.float64), other.to(.float64)).abs()
            let tolerance = try other.to(.float64).abs().mul(.float(try i.doubleArgument(a[2]))).add(.float(try i.doubleArgument(a[3])))
            return .bool(try Tensor.binary(.le, difference, tolerance).all().item().boolValue)
        }
        defineTensor(type, "matmul", "other") { i, t, a in try t.matmul(try TensorConversions.tensor(a[1], i)) }
        defineTensor(type, "mm", "mat2") { i, t, a in try t.mm(try TensorConversions.tensor(a[1], i)) }
        defineTensor(type, "bmm", "mat2") { i, t, a in try t.bmm(try TensorConversions.tensor(a[1], i)) }
        defineTensor(type, "mv", "vec") { i, t, a in try t.mv(try TensorConversions.tensor(a[1], i)) }
        defineTensor(type, "dot", "other") { i, t, a in try t.dot(try TensorConversions.tensor(a[1], i)) }
        defineTensor(type, "outer", "vec2") { i, t, a in try t.outer(try TensorConversions.tensor(a[1], i)) }
    }

    static func clamp(_ t: Tensor, _ low: Value, _ high: Value, _ interpreter: Interpreter) throws -> Tensor {
        if low.asObject is PyTensor || high.asObject is PyTensor {
            return try t.clamp(min: TensorConversions.optionalTensor(low), max: TensorConversions.optionalTensor(high))
        }
        let lower = TensorConversions.scalar(low), upper = TensorConversions.scalar(high)
        if lower == nil && upper == nil && !(low.isNone && high.isNone) {
            throw PyException(BuiltinTypes.typeError, "clamp(): argument 'min' must be Number, not \(low.typeName)")
        }
        if lower == nil && upper == nil {
            throw PyException(BuiltinTypes.runtimeError, "torch.clamp: At least one of 'min' or 'max' must not be None")
        }
        return try t.clamp(min: lower, max: upper)
    }

    /// The other operand of a binary op: a tensor, or a Python number as a wrapped 0-d tensor.
    static func operandTensor(_ value: Value, _ interpreter: Interpreter) throws -> Tensor {
        if let s = TensorConversions.scalar(value) { return try TorchErrors.run { try Tensor.wrapping(s) } }
        return try TensorConversions.tensor(value, interpreter)
    }

    static func installReductions(_ type: PyType) {
        defineTensor(type, "sum", "dim=None, keepdim=False, *, dtype=None") { i, t, a in
            try t.sum(dims: try TensorConversions.dims(a[1], i), keepdim: try i.isTruthy(a[2]), dtype: try TensorConversions.dtype(a[3]))
        }
        defineTensor(type, "mean", "dim=None, keepdim=False, *, dtype=None") { i, t, a in
            try t.mean(dims: try TensorConversions.dims(a[1], i), keepdim: try i.isTruthy(a[2]), dtype: try TensorConversions.dtype(a[3]))
        }
        for (name, isStd) in [("std", true), ("var", false)] {
            defineTensor(type, name, "dim=None, unbiased=None, keepdim=False, *, correction=None") { i, t, a in
                var correction = 1.0
                if !a[2].isNone { correction = try i.isTruthy(a[2]) ? 1 : 0 }
                if !a[4].isNone { correction = try i.doubleArgument(a[4]) }
                // `std(True)` is the old `unbiased` positional form.
                var dims = try TensorConversions.dims(a[1], i)
                if case .bool(let unbiased) = a[1] { dims = nil; correction = unbiased ? 1 : 0 }
                let keepdim = try i.isTruthy(a[3])
                return isStd ? try t.std(dims: dims, correction: correction, keepdim: keepdim)
                    : try t.variance(dims: dims, correction: correction, keepdim: keepdim)
            }
        }
        defineTensor(type, "prod", "dim=None, keepdim=False") { i, t, a in
            try t.prod(dim: a[1].isNone ? nil : try i.intArgument(a[1]), keepdim: try i.isTruthy(a[2]))
        }
        for (name, isMax) in [("max", true), ("min", false)] {
            define(type, name, "dim=None, keepdim=False") { i, t, a in
                if let other = a[1].asObject as? PyTensor {
                    return TensorWrapping.wrap(isMax ? try t.maximum(other.tensor) : try t.minimum(other.tensor), like: a[0])
                }
                if a[1].isNone { return TensorWrapping.wrap(isMax ? try t.max() : try t.min(), like: a[0]) }
                let dim = try i.intArgument(a[1])
                let result = isMax ? try t.max(dim: dim, keepdim: try i.isTruthy(a[2])) : try t.min(dim: dim, keepdim: try i.isTruthy(a[2]))
                return ReturnTypes.make(name, values: TensorWrapping.wrap(result.values, like: a[0]), indices: TensorWrapping.wrap(result.indices))
            }
        }
        for (name, isMax) in [("amax", true), ("amin", false)] {
            defineTensor(type, name, "dim=(), keepdim=False") { i, t, a in
                let dims = try TensorConversions.intList(a[1], i)
                return isMax ? try t.amax(dims: dims.isEmpty ? nil : dims, keepdim: try i.isTruthy(a[2]))
                    : try t.amin(dims: dims.isEmpty ? nil : dims, keepdim: try i.isTruthy(a[2]))
            }
        }
        for (name, isMax) in [("argmax", true), ("argmin", false)] {
            defineTensor(type, name, "dim=None, keepdim=False") { i, t, a in
                let dim = a[1].isNone ? nil : try i.intArgument(a[1])
                return isMax ? try t.argmax(dim: dim, keepdim: try i.isTruthy(a[2])) : try t.argmin(dim: dim, keepdim: try i.isTruthy(a[2]))
            }
        }
        for (name, isAll) in [("all", true), ("any", false)] {
            defineTensor(type, name, "dim=None, keepdim=False") { i, t, a in
                let dims = try TensorConversions.dims(a[1], i)
                return isAll ? try t.all(dims: dims, keepdim: try i.isTruthy(a[2])) : try t.any(dims: dims, keepdim: try i.isTruthy(a[2]))
            }
        }
        defineTensor(type, "norm", "p=2, dim=None, keepdim=False") { i, t, a in
            let p: Double
            if let s = a[1].stringValue {
                guard s == "fro" else { throw PyException(BuiltinTypes.runtimeError, "norm: p='\(s)' is not supported") }
                p = 2
            } else {
                p = try i.doubleArgument(a[1])
            }
            return try t.norm(p: p, dims: try TensorConversions.dims(a[2], i), keepdim: try i.isTruthy(a[3]))
        }
        defineTensor(type, "logsumexp", "dim, keepdim=False") { i, t, a in
            try t.logsumexp(dims: try TensorConversions.intList(a[1], i), keepdim: try i.isTruthy(a[2]))
        }
        defineTensor(type, "count_nonzero", "dim=None") { i, t, a in try t.countNonzero(dims: try TensorConversions.dims(a[1], i)) }
    }
}

/// `torch.return_types.max(values=..., indices=...)`: a named pair returned by `max(dim)` etc.
enum ReturnTypes {
    static let types: [String: PyType] = Dictionary(uniqueKeysWithValues: ["max", "min", "sort", "topk", "mode", "median", "nanmedian", "kthvalue"].map { name in
        (name, PyType(builtin: name, base: BuiltinTypes.tuple, module: "torch.return_types") { type in
            type.property("values") { _, v in (v.asObject as? PyTuple)?.items.first ?? .none }
            type.property("indices") { _, v in (v.asObject as? PyTuple)?.items.last ?? .none }
            type.method("__repr__", "self") { interpreter, a in
                let items = (a[0].asObject as? PyTuple)?.items ?? []
                guard items.count == 2 else { return .str("torch.return_types.\(name)()") }
                return .str("torch.return_types.\(name)(\nvalues=\(try interpreter.repr(items[0])),\nindices=\(try interpreter.repr(items[1])))")
            }
        })
    })

    static func make(_ name: String, values: Value, indices: Value) -> Value {
        .object(PyTuple([values, indices], type: types[name] ?? BuiltinTypes.tuple))
    }
}
