import Interpreter
import TensorKit

/// Sorting, selection and rearranging methods (sort, topk, gather, scatter, flip, tril, unique,
/// ...), the `new_*` constructors, and the sampling methods that fill a tensor in place.
extension TensorMethods {
    /// Module-level `torch.NAME(input, ...)` forms of the methods defined here.
    static let selectionFunctionNames = [
        "sort", "argsort", "msort", "topk", "kthvalue", "median", "nanmedian", "quantile", "flip", "fliplr", "flipud", "roll",
        "tril", "triu", "diag", "cumprod", "unique", "unique_consecutive", "masked_select", "repeat_interleave", "isclose",
        "lerp", "index_add", "gather", "scatter", "scatter_add", "tile", "movedim", "moveaxis", "swapdims", "ravel", "take",
        "diff", "bincount", "nan_to_num", "nan_to_num_", "clip_", "clamp_min_", "clamp_max_", "square_", "bernoulli",
        "multinomial",
    ]

    /// A tensor argument that PyTorch types as `Tensor` (no conversion from lists or numbers).
    static func tensorArgument(_ value: Value, _ function: String, _ name: String, position: Int) throws -> Tensor {
        guard let t = (value.asObject as? PyTensor)?.tensor else {
            throw PyException(BuiltinTypes.typeError, "\(function)(): argument '\(name)' (position \(position)) must be Tensor, not \(value.typeName)")
        }
        return t
    }

    static func installSelectionMethods(_ type: PyType) {
        installSorting(type)
        installGatherScatter(type)
        installRearranging(type)
        installConstructors(type)
        installSampling(type)
    }

    static func installSorting(_ type: PyType) {
        define(type, "sort", "dim=-1, descending=False, *, stable=False") { i, t, a in
            let stable = try i.isTruthy(a[3])
            let (values, indices) = try t.sort(dim: try i.intArgument(a[1]), descending: try i.isTruthy(a[2]), stable: stable)
            return ReturnTypes.make("sort", values: TensorWrapping.wrap(values, like: a[0]), indices: TensorWrapping.wrap(indices))
        }
        define(type, "argsort", "dim=-1, descending=False, *, stable=False") { i, t, a in
            TensorWrapping.wrap(try t.argsort(dim: try i.intArgument(a[1]), descending: try i.isTruthy(a[2]), stable: try i.isTruthy(a[3])))
        }
        defineTensor(type, "msort", "") { _, t, _ in try t.msort() }
        define(type, "topk", "k, dim=-1, largest=True, sorted=True") { i, t, a in
            let (values, indices) = try t.topk(try i.intArgument(a[1]), dim: try i.intArgument(a[2]),
                                               largest: try i.isTruthy(a[3]), sorted: try i.isTruthy(a[4]))
            return ReturnTypes.make("topk", values: TensorWrapping.wrap(values, like: a[0]), indices: TensorWrapping.wrap(indices))
        }
        define(type, "kthvalue", "k, dim=-1, keepdim=False") { i, t, a in
            let (values, indices) = try t.kthvalue(try i.intArgument(a[1]), dim: try i.intArgument(a[2]), keepdim: try i.isTruthy(a[3]))
            return ReturnTypes.make("kthvalue", values: TensorWrapping.wrap(values, like: a[0]), indices: TensorWrapping.wrap(indices))
        }
        for (name, ignoringNaN) in [("median", false), ("nanmedian", true)] {
            define(type, name, "dim=None, keepdim=False") { i, t, a in
                if a[1].isNone { return TensorWrapping.wrap(try t.median(ignoringNaN: ignoringNaN), like: a[0]) }
                let (values, indices) = try t.median(dim: try i.intArgument(a[1]), keepdim: try i.isTruthy(a[2]), ignoringNaN: ignoringNaN)
                return ReturnTypes.make(name, values: TensorWrapping.wrap(values, like: a[0]), indices: TensorWrapping.wrap(indices))
            }
        }
        defineTensor(type, "quantile", "q, dim=None, keepdim=False, *, interpolation='linear'") { i, t, a in
            let q: Tensor
            if let scalar = TensorConversions.scalar(a[1]) {
                let value = scalar.doubleValue
                guard value >= 0 && value <= 1 else {
                    let shown = try i.repr(.float(value))
                    throw PyException(BuiltinTypes.runtimeError, "quantile() q must be in the range [0, 1] but got \(shown)")
                }
                q = try Tensor.full([], .float(value), dtype: t.dtype.isFloatingPoint ? t.dtype : .float32)
            } else {
                q = try TensorConversions.tensor(a[1], i)
            }
            let mode = try i.stringArgument(a[4])
            guard let interpolation = Tensor.QuantileInterpolation(rawValue: mode) else {
                throw PyException(BuiltinTypes.runtimeError, "quantile() interpolation must be one of linear, lower, higher, midpoint or nearest, but got \(mode)")
            }
            return try t.quantile(q, dim: a[2].isNone ? nil : try i.intArgument(a[2]), keepdim: try i.isTruthy(a[3]), interpolation: interpolation)
        }
        define(type, "unique", "sorted=True, return_inverse=False, return_counts=False, dim=None") { i, t, a in
            try uniqueResult(try t.unique(dim: a[4].isNone ? nil : try i.intArgument(a[4])), inverse: try i.isTruthy(a[2]),
                             counts: try i.isTruthy(a[3]), like: a[0])
        }
        define(type, "unique_consecutive", "return_inverse=False, return_counts=False, dim=None") { i, t, a in
            try uniqueResult(try t.unique(dim: a[3].isNone ? nil : try i.intArgument(a[3]), consecutive: true),
                             inverse: try i.isTruthy(a[1]), counts: try i.isTruthy(a[2]), like: a[0])
        }
        define(type, "bincount", "weights=None, minlength=0") { i, t, a in
            TensorWrapping.wrap(try t.bincount(weights: a[1].isNone ? nil : try TensorConversions.tensor(a[1], i), minlength: try i.intArgument(a[2])))
        }
    }

    /// `unique`'s result: the values alone, or a tuple with the inverse and/or counts.
    static func uniqueResult(_ result: Tensor.UniqueResult, inverse: Bool, counts: Bool, like: Value) throws -> Value {
        let values = TensorWrapping.wrap(result.values, like: like)
        if !inverse && !counts { return values }
        var items = [values]
        if inverse { items.append(TensorWrapping.wrap(result.inverse)) }
        if counts { items.append(TensorWrapping.wrap(result.counts)) }
        return .object(PyTuple(items))
    }

    static func installGatherScatter(_ type: PyType) {
        defineTensor(type, "gather", "dim, index, *, sparse_grad=False") { i, t, a in
            try t.gather(try i.intArgument(a[1]), try tensorArgument(a[2], "gather", "index", position: 2))
        }
        for name in ["scatter", "scatter_"] {
            define(type, name, "dim, index, src=None, value=None, *, reduce=None") { i, t, a in
                let index = try tensorArgument(a[2], name, "index", position: 2)
                var source = TensorConversions.optionalTensor(a[3])
                let value = TensorConversions.scalar(a[3]) ?? TensorConversions.scalar(a[4])
                if source == nil, value == nil, let v = TensorConversions.optionalTensor(a[4]) { source = v }
                if source == nil && value == nil {
                    throw PyException(BuiltinTypes.typeError, "\(name)() received an invalid combination of arguments - got (\(a[1].typeName), \(a[2].typeName)), but expected one of: (int dim, Tensor index, Tensor src) (int dim, Tensor index, Number value)")
                }
                var reduction = Tensor.ScatterReduction.replace
                if let mode = a[5].stringValue {
                    switch mode {
                    case "add": reduction = .add
                    case "multiply": reduction = .multiply
                    default: throw PyException(BuiltinTypes.runtimeError, "reduce argument must be either add or multiply.")
                    }
                }
                let dim = try i.intArgument(a[1])
                if name == "scatter_" {
                    try t.scatter_(dim, index, source: source, value: value, reduction: reduction)
                    return a[0]
                }
                return TensorWrapping.wrap(try t.scatter(dim, index, source: source, value: value, reduction: reduction), like: a[0])
            }
        }
        defineTensor(type, "scatter_add", "dim, index, src") { i, t, a in
            try t.scatter(try i.intArgument(a[1]), try tensorArgument(a[2], "scatter_add", "index", position: 2),
                          source: try tensorArgument(a[3], "scatter_add", "src", position: 3), reduction: .add, name: "scatter_add")
        }
        define(type, "scatter_add_", "dim, index, src") { i, t, a in
            try t.scatter_(try i.intArgument(a[1]), try tensorArgument(a[2], "scatter_add_", "index", position: 2),
                           source: try tensorArgument(a[3], "scatter_add_", "src", position: 3), reduction: .add, name: "scatter_add_")
            return a[0]
        }
        defineTensor(type, "index_add", "dim, index, source, *, alpha=1") { i, t, a in
            try t.indexAdd(try i.intArgument(a[1]), try tensorArgument(a[2], "index_add", "index", position: 2),
                           try tensorArgument(a[3], "index_add", "source", position: 3), alpha: TensorConversions.scalar(a[4]) ?? .int(1))
        }
        define(type, "index_add_", "dim, index, source, *, alpha=1") { i, t, a in
            let result = try t.indexAdd(try i.intArgument(a[1]), try tensorArgument(a[2], "index_add_", "index", position: 2),
                                        try tensorArgument(a[3], "index_add_", "source", position: 3), alpha: TensorConversions.scalar(a[4]) ?? .int(1))
            _ = try t.copy_(result)
            return a[0]
        }
        defineTensor(type, "take", "index") { _, t, a in try t.take(try tensorArgument(a[1], "take", "index", position: 1)) }
        defineTensor(type, "masked_select", "mask") { _, t, a in try t.maskedSelect(try tensorArgument(a[1], "masked_select", "mask", position: 1)) }
    }

    static func installRearranging(_ type: PyType) {
        defineTensor(type, "flip", "*dims") { i, t, a in try t.flip(try sizes(a[1], i)) }
        defineTensor(type, "fliplr", "") { _, t, _ in
            guard t.rank >= 2 else { throw TensorError(.runtime, "Input must be >= 2-d.") }
            return try t.flip([1])
        }
        defineTensor(type, "flipud", "") { _, t, _ in
            guard t.rank >= 1 else { throw TensorError(.runtime, "Input must be >= 1-d.") }
            return try t.flip([0])
        }
        defineTensor(type, "roll", "shifts, dims=None") { i, t, a in
            try t.roll(try TensorConversions.intList(a[1], i), dims: a[2].isNone ? [] : try TensorConversions.intList(a[2], i))
        }
        for (name, upper) in [("tril", false), ("triu", true)] {
            defineTensor(type, name, "diagonal=0") { i, t, a in try t.triangle(diagonal: try i.intArgument(a[1]), upper: upper) }
            define(type, name + "_", "diagonal=0") { i, t, a in
                try t.triangle_(diagonal: try i.intArgument(a[1]), upper: upper)
                return a[0]
            }
        }
        defineTensor(type, "diag", "diagonal=0") { i, t, a in try t.diag(try i.intArgument(a[1])) }
        defineTensor(type, "cumprod", "dim, *, dtype=None") { i, t, a in
            let input = try TensorConversions.dtype(a[2]).map { try t.to($0) } ?? t
            return try input.cumprod(try i.intArgument(a[1]))
        }
        defineTensor(type, "repeat_interleave", "repeats=None, dim=None, *, output_size=None") { i, t, a in
            // `torch.repeat_interleave(repeats)`: the tensor itself holds the repeat counts.
            if a[1].isNone {
                return try Tensor.arange(.int(t.count)).repeatInterleave(t.ints(), dim: 0)
            }
            let repeats: [Int]
            if let r = a[1].asObject as? PyTensor {
                guard r.tensor.rank <= 1 else { throw TensorError(.runtime, "repeats must be 0-dim or 1-dim tensor") }
                repeats = r.tensor.ints()
            } else {
                repeats = [try i.intArgument(a[1])]
            }
            return try t.repeatInterleave(repeats, dim: a[2].isNone ? nil : try i.intArgument(a[2]))
        }
        defineTensor(type, "tile", "*dims") { i, t, a in
            var dims = try sizes(a[1], i)
            while dims.count < t.rank { dims.insert(1, at: 0) }
            return try TensorShapes.repeatTensor(t, dims)
        }
        for name in ["movedim", "moveaxis"] {
            defineTensor(type, name, "source, destination") { i, t, a in
                try t.movedim(try TensorConversions.intList(a[1], i), try TensorConversions.intList(a[2], i))
            }
        }
        defineTensor(type, "swapdims", "dim0, dim1") { i, t, a in try t.transpose(try i.intArgument(a[1]), try i.intArgument(a[2])) }
        defineTensor(type, "ravel", "") { _, t, _ in try t.reshape([t.count]) }
        defineTensor(type, "diff", "n=1, dim=-1, prepend=None, append=None") { i, t, a in
            try t.diff(n: try i.intArgument(a[1]), dim: try i.intArgument(a[2]),
                       prepend: a[3].isNone ? nil : try operandTensor(a[3], i), append: a[4].isNone ? nil : try operandTensor(a[4], i))
        }
        defineTensor(type, "isclose", "other, rtol=1e-05, atol=1e-08, equal_nan=False") { i, t, a in
            try t.isclose(try tensorArgument(a[1], "isclose", "other", position: 1), rtol: try i.doubleArgument(a[2]),
                          atol: try i.doubleArgument(a[3]), equalNaN: try i.isTruthy(a[4]))
        }
        defineTensor(type, "lerp", "end, weight") { i, t, a in try lerp(t, a, i) }
        define(type, "lerp_", "end, weight") { i, t, a in
            _ = try t.copy_(try lerp(t, a, i))
            return a[0]
        }
        defineTensor(type, "nan_to_num", "nan=0.0, posinf=None, neginf=None") { i, t, a in try nanToNum(t, a, i) }
        define(type, "nan_to_num_", "nan=0.0, posinf=None, neginf=None") { i, t, a in
            _ = try t.copy_(try nanToNum(t, a, i))
            return a[0]
        }
        for (name, low, high) in [("clip_", 1, 2), ("clamp_min_", 1, 0), ("clamp_max_", 0, 1)] {
            define(type, name, name == "clip_" ? "min=None, max=None" : (low == 1 ? "min" : "max")) { i, t, a in
                let lower = low == 0 ? Value.none : a[low], upper = high == 0 ? Value.none : a[high]
                _ = try t.copy_(try clamp(t, lower, upper, i))
                return a[0]
            }
        }
        define(type, "type_as", "other") { _, t, a in
            let other = try tensorArgument(a[1], "type_as", "other", position: 1)
            return other.dtype == t.dtype ? a[0] : TensorWrapping.wrap(try t.to(other.dtype), like: a[0])
        }
    }

    static func lerp(_ t: Tensor, _ a: [Value], _ i: Interpreter) throws -> Tensor {
        let end = try tensorArgument(a[1], "lerp", "end", position: 1)
        if let w = a[2].asObject as? PyTensor { return try t.lerp(end, weight: w.tensor) }
        guard let weight = TensorConversions.scalar(a[2]) else {
            throw PyException(BuiltinTypes.typeError, "lerp(): argument 'weight' (position 2) must be Tensor, not \(a[2].typeName)")
        }
        return try t.lerp(end, weight: weight)
    }

    static func nanToNum(_ t: Tensor, _ a: [Value], _ i: Interpreter) throws -> Tensor {
        try t.nanToNum(nan: a[1].isNone ? 0 : try i.doubleArgument(a[1]), posinf: a[2].isNone ? nil : try i.doubleArgument(a[2]),
                       neginf: a[3].isNone ? nil : try i.doubleArgument(a[3]))
    }

    /// `t.new_zeros(size)` and friends: new tensors with `t`'s dtype unless `dtype=` says otherwise.
    static func installConstructors(_ type: PyType) {
        for (name, ones) in [("new_zeros", false), ("new_ones", true), ("new_empty", false)] {
            define(type, name, "*size, " + TorchModule.creationOptions) { i, t, a in
                let shape = try sizes(a[1], i)
                let dtype = try TensorConversions.dtype(a[2]) ?? t.dtype
                try checkNewSizes(shape)
                let made = ones ? try Tensor.ones(shape, dtype: dtype) : try Tensor.zeros(shape, dtype: dtype)
                return try TorchModule.finish(made, requiresGrad: a[4], i)
            }
        }
        define(type, "new_full", "size, fill_value, *, " + TorchModule.creationOptions) { i, t, a in
            guard let value = TensorConversions.scalar(a[2]) else {
                throw PyException(BuiltinTypes.typeError, "new_full(): argument 'fill_value' (position 2) must be Number, not \(a[2].typeName)")
            }
            let shape = try TensorConversions.intList(a[1], i)
            try checkNewSizes(shape)
            let made = try Tensor.full(shape, value, dtype: try TensorConversions.dtype(a[3]) ?? t.dtype)
            return try TorchModule.finish(made, requiresGrad: a[5], i)
        }
        define(type, "new_tensor", "data, *, " + TorchModule.creationOptions) { i, t, a in
            let made = try TensorConversions.makeTensor(a[1], dtype: try TensorConversions.dtype(a[2]) ?? t.dtype, i)
            return try TorchModule.finish(made.detach(), requiresGrad: a[4], i)
        }
    }

    /// PyTorch's new_* check sizes as `empty()` does (torch.zeros and torch.full word it
    /// differently).
    static func checkNewSizes(_ shape: [Int]) throws {
        if let negative = shape.first(where: { $0 < 0 }) {
            throw TensorError(.runtime, "Trying to create tensor with negative dimension \(negative): [\(shape.map(String.init).joined(separator: ", "))]")
        }
    }

    static func installSampling(_ type: PyType) {
        defineTensor(type, "bernoulli", "p=None, *, generator=None") { i, t, a in
            let generator = try TorchGenerators.resolve(a[2], i)
            let out = try Tensor.zeros(t.shape, dtype: t.dtype)
            if let p = TensorConversions.scalar(a[1]) { return try out.bernoulli_(probability: p.doubleValue, generator: generator) }
            return try out.bernoulli_(probabilities: t, generator: generator)
        }
        define(type, "bernoulli_", "p=0.5, *, generator=None") { i, t, a in
            let generator = try TorchGenerators.resolve(a[2], i)
            if let p = a[1].asObject as? PyTensor {
                try t.bernoulli_(probabilities: p.tensor, generator: generator)
            } else {
                try t.bernoulli_(probability: try i.doubleArgument(a[1]), generator: generator)
            }
            return a[0]
        }
        defineTensor(type, "multinomial", "num_samples, replacement=False, *, generator=None") { i, t, a in
            try t.multinomial(try i.intArgument(a[1]), replacement: try i.isTruthy(a[2]), generator: try TorchGenerators.resolve(a[3], i))
        }
        define(type, "random_", "from_=None, to=None, *, generator=None") { i, t, a in
            let generator = try TorchGenerators.resolve(a[3], i)
            if a[1].isNone && a[2].isNone {
                try t.random_(from: nil, to: nil, generator: generator)
            } else if a[2].isNone {
                try t.random_(from: 0, to: try i.intArgument(a[1]), generator: generator)
            } else {
                try t.random_(from: try i.intArgument(a[1]), to: try i.intArgument(a[2]), generator: generator)
            }
            return a[0]
        }
        define(type, "exponential_", "lambd=1, *, generator=None") { i, t, a in
            try t.exponential_(lambda: try i.doubleArgument(a[1]), generator: try TorchGenerators.resolve(a[2], i))
            return a[0]
        }
    }
}
