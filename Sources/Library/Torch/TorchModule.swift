import Interpreter
import TensorKit

/// The `torch` module: creation functions, dtypes, joining, random numbers, grad mode, and the
/// module-level forms of tensor methods (`torch.sum(t, 0)` is `t.sum(0)`).
enum TorchModule {
    static func make(_ interpreter: Interpreter) throws -> PyModule {
        let state = TorchState.of(interpreter)
        return try interpreter.makeModule("torch", doc: "Tessera's PyTorch-compatible tensors.") { ns in
            ns["Tensor"] = .object(TorchTypes.tensor)
            ns["Size"] = .object(TorchTypes.size)
            ns["dtype"] = .object(TorchTypes.dtype)
            ns["device"] = .object(TorchDevice.type)
            for dtype in DType.allCases { ns[dtype.pythonName] = PyDType.of(dtype) }
            ns["float"] = PyDType.of(.float32)
            ns["double"] = PyDType.of(.float64)
            ns["long"] = PyDType.of(.int64)
            ns["int"] = PyDType.of(.int32)
            ns["__version__"] = .str("2.5.0+tessera")
            installCreation(ns, state)
            installRandom(ns, state)
            installJoining(ns)
            installDelegates(ns)
            installGradMode(ns, state)
            ns.function("is_tensor", "obj") { _, a in .bool(a[0].asObject is PyTensor) }
            installSubclassing(ns, state)
            TorchSerialization.install(ns)
            ns.function("numel", "input") { i, a in .int(try TensorConversions.tensor(a[0], i).count) }
            ns.function("set_printoptions", "precision=None, threshold=None, edgeitems=None, linewidth=None, profile=None, sci_mode=None") { i, a in
                var options = state.printOptions
                if !a[0].isNone { options.precision = try i.intArgument(a[0]) }
                if !a[1].isNone { options.threshold = try i.intArgument(a[1]) }
                if !a[2].isNone { options.edgeItems = try i.intArgument(a[2]) }
                if !a[3].isNone { options.lineWidth = try i.intArgument(a[3]) }
                if let profile = a[4].stringValue, profile == "default" { options = PrintOptions() }
                options.sciMode = a[5].isNone ? nil : try i.isTruthy(a[5])
                state.printOptions = options
                return .none
            }
            ns.function("einsum", "equation, *operands") { i, a in
                var operands = (a[1].asObject as? PyTuple)?.items ?? []
                if operands.count == 1, !(operands[0].asObject is PyTensor) { operands = try i.collect(operands[0]) }
                let tensors = try operands.map { try TensorConversions.tensor($0, i) }
                return TensorWrapping.wrap(try TorchErrors.run { try Tensor.einsum(try i.stringArgument(a[0]), tensors) })
            }
            ns.function("where", "condition, input=None, other=None") { i, a in
                let condition = try TensorConversions.tensor(a[0], i)
                if a[1].isNone { return .object(PyTuple(try TorchErrors.run { try condition.nonzero().unbind(1) }.map(TensorWrapping.wrap))) }
                let x = try TensorMethods.operandTensor(a[1], i), y = try TensorMethods.operandTensor(a[2], i)
                return TensorWrapping.wrap(try TorchErrors.run { try Tensor.whereSelect(condition, x, y) })
            }
        }
    }

    /// Options shared by creation functions: `dtype=`, `requires_grad=` (and `device=`, ignored
    /// for "cpu").
    static let creationOptions = "dtype=None, device=None, requires_grad=False"

    static func finish(_ t: Tensor, requiresGrad: Value, _ interpreter: Interpreter) throws -> Value {
        if try interpreter.isTruthy(requiresGrad) {
            _ = try TorchErrors.run { try t.requiresGrad_(true, in: TorchState.of(interpreter).autograd) }
        }
        return TensorWrapping.wrap(t)
    }

    static func installCreation(_ ns: Namespace, _ state: TorchState) {
        ns.function("tensor", "data, *, " + creationOptions) { i, a in
            try finish(try TensorConversions.makeTensor(a[0], dtype: try TensorConversions.dtype(a[1]), i), requiresGrad: a[3], i)
        }
        ns.function("as_tensor", "data, dtype=None, device=None") { i, a in
            if let t = a[0].asObject as? PyTensor, a[1].isNone { return .object(t) }
            return TensorWrapping.wrap(try TensorConversions.makeTensor(a[0], dtype: try TensorConversions.dtype(a[1]), i))
        }
        ns.function("from_numpy", "array") { i, a in TensorWrapping.wrap(try TensorConversions.tensor(a[0], i)) }
        for (name, maker) in [("zeros", { (s: [Int], d: DType?) in try Tensor.zeros(s, dtype: d ?? .float32) }),
                              ("ones", { (s: [Int], d: DType?) in try Tensor.ones(s, dtype: d ?? .float32) }),
                              ("empty", { (s: [Int], d: DType?) in try Tensor.zeros(s, dtype: d ?? .float32) })] {
            ns.function(name, "*size, " + creationOptions + ", out=None") { i, a in
                let shape = try TensorConversions.shape((a[0].asObject as? PyTuple)?.items ?? [], i)
                return try finish(try TorchErrors.run { try maker(shape, try TensorConversions.dtype(a[1])) }, requiresGrad: a[3], i)
            }
        }
        ns.function("full", "size, fill_value, *, " + creationOptions) { i, a in
            guard let value = TensorConversions.scalar(a[1]) else {
                throw PyException(BuiltinTypes.typeError, "full(): argument 'fill_value' must be Number, not \(a[1].typeName)")
            }
            let shape = try TensorConversions.intList(a[0], i)
            return try finish(try TorchErrors.run { try Tensor.full(shape, value, dtype: try TensorConversions.dtype(a[2])) }, requiresGrad: a[4], i)
        }
        for (name, maker) in [("zeros_like", { (t: Tensor, d: DType?) in try Tensor.zerosLike(t, dtype: d) }),
                              ("ones_like", { (t: Tensor, d: DType?) in try Tensor.onesLike(t, dtype: d) }),
                              ("empty_like", { (t: Tensor, d: DType?) in try Tensor.zerosLike(t, dtype: d) })] {
            ns.function(name, "input, *, " + creationOptions) { i, a in
                let t = try TensorConversions.tensor(a[0], i)
                return try finish(try TorchErrors.run { try maker(t, try TensorConversions.dtype(a[1])) }, requiresGrad: a[3], i)
            }
        }
        ns.function("full_like", "input, fill_value, *, " + creationOptions) { i, a in
            let t = try TensorConversions.tensor(a[0], i)
            guard let value = TensorConversions.scalar(a[1]) else { throw PyException(BuiltinTypes.typeError, "full_like(): fill_value must be a number") }
            return try finish(try TorchErrors.run { try Tensor.fullLike(t, value, dtype: try TensorConversions.dtype(a[2])) }, requiresGrad: a[4], i)
        }
        ns.function("arange", "start, end=None, step=1, *, " + creationOptions) { i, a in
            guard let first = TensorConversions.scalar(a[0]), let step = TensorConversions.scalar(a[2]) else {
                throw PyException(BuiltinTypes.typeError, "arange() received an invalid combination of arguments")
            }
            let dtype = try TensorConversions.dtype(a[3])
            let t: Tensor = try TorchErrors.run {
                if a[1].isNone { return try Tensor.arange(.int(0), first, step: step, dtype: dtype) }
                guard let end = TensorConversions.scalar(a[1]) else { throw PyException(BuiltinTypes.typeError, "arange(): end must be a number") }
                return try Tensor.arange(first, end, step: step, dtype: dtype)
            }
            return try finish(t, requiresGrad: a[5], i)
        }
        ns.function("linspace", "start, end, steps, *, " + creationOptions) { i, a in
            let t = try TorchErrors.run {
                try Tensor.linspace(try i.doubleArgument(a[0]), try i.doubleArgument(a[1]), steps: try i.intArgument(a[2]),
                                    dtype: try TensorConversions.dtype(a[3]) ?? .float32)
            }
            return try finish(t, requiresGrad: a[5], i)
        }
        ns.function("eye", "n, m=None, *, " + creationOptions) { i, a in
            let t = try TorchErrors.run {
                try Tensor.eye(try i.intArgument(a[0]), a[1].isNone ? nil : try i.intArgument(a[1]),
                               dtype: try TensorConversions.dtype(a[2]) ?? .float32)
            }
            return try finish(t, requiresGrad: a[4], i)
        }
    }

    static func installRandom(_ ns: Namespace, _ state: TorchState) {
        // The session's default stream as a torch.Generator object: what `torch.manual_seed`
        // returns and what `generator=None` means.
        let defaultGenerator = Value.object(PyGenerator(state.generator))
        ns["Generator"] = .object(TorchGenerators.type)
        ns["default_generator"] = defaultGenerator
        ns.function("manual_seed", "seed") { i, a in
            state.generator.manualSeed(try TorchGenerators.seedArgument(a[0], i))
            return defaultGenerator
        }
        ns.function("seed", "") { _, _ in TorchGenerators.reseed(state.generator) }
        ns.function("initial_seed", "") { _, _ in .int(Int(state.generator.initialSeed & 0x7FFF_FFFF_FFFF_FFFF)) }
        for (name, normal) in [("rand", false), ("randn", true)] {
            ns.function(name, "*size, generator=None, " + creationOptions) { i, a in
                let shape = try TensorConversions.shape((a[0].asObject as? PyTuple)?.items ?? [], i)
                let dtype = try TensorConversions.dtype(a[2]) ?? .float32
                let generator = try TorchGenerators.resolve(a[1], i)
                let t = try TorchErrors.run {
                    normal ? try Tensor.randn(shape, generator: generator, dtype: dtype)
                        : try Tensor.rand(shape, generator: generator, dtype: dtype)
                }
                return try finish(t, requiresGrad: a[4], i)
            }
            ns.function(name + "_like", "input, *, " + creationOptions) { i, a in
                let t = try TensorConversions.tensor(a[0], i)
                let made = try TorchErrors.run {
                    normal ? try Tensor.randn(t.shape, generator: state.generator, dtype: try TensorConversions.dtype(a[1]) ?? t.dtype)
                        : try Tensor.rand(t.shape, generator: state.generator, dtype: try TensorConversions.dtype(a[1]) ?? t.dtype)
                }
                return try finish(made, requiresGrad: a[3], i)
            }
        }
        ns.function("randint", "low_or_high, high=None, size=None, *, generator=None, " + creationOptions) { i, a in
            var low = 0, high = try i.intArgument(a[0])
            var sizeValue = a[2]
            if !a[1].isNone {
                if TensorConversions.int(a[1]) != nil {
                    low = high
                    high = try i.intArgument(a[1])
                } else {
                    sizeValue = a[1]
                }
            }
            guard !sizeValue.isNone else { throw PyException(BuiltinTypes.typeError, "randint() missing required argument 'size'") }
            let shape = try TensorConversions.intList(sizeValue, i)
            return TensorWrapping.wrap(try TorchErrors.run {
                try Tensor.randint(low: low, high: high, shape, generator: try TorchGenerators.resolve(a[3], i), dtype: try TensorConversions.dtype(a[4]) ?? .int64)
            })
        }
        ns.function("randperm", "n, *, generator=None, " + creationOptions) { i, a in
            TensorWrapping.wrap(try TorchErrors.run {
                try Tensor.randperm(try i.intArgument(a[0]), generator: try TorchGenerators.resolve(a[1], i), dtype: try TensorConversions.dtype(a[2]) ?? .int64)
            })
        }
        ns.function("normal", "mean, std, size, *, generator=None") { i, a in
            let shape = try TensorConversions.intList(a[2], i)
            let t = try TorchErrors.run { try Tensor.zeros(shape) }
            _ = try TorchErrors.run { try t.normal_(mean: try i.doubleArgument(a[0]), std: try i.doubleArgument(a[1]), generator: try TorchGenerators.resolve(a[3], i)) }
            return TensorWrapping.wrap(t)
        }
    }

    static func installJoining(_ ns: Namespace) {
        ns.function("stack", "tensors, dim=0") { i, a in
            let tensors = try i.collect(a[0]).map { try TensorConversions.tensor($0, i) }
            if tensors.isEmpty { throw PyException(BuiltinTypes.runtimeError, "stack expects a non-empty TensorList") }
            return TensorWrapping.wrap(try TorchErrors.run { try Tensor.stack(tensors, dim: try i.intArgument(a[1])) })
        }
        for name in ["cat", "concat", "concatenate"] {
            ns.function(name, "tensors, dim=0") { i, a in
                let tensors = try i.collect(a[0]).map { try TensorConversions.tensor($0, i) }
                if tensors.isEmpty { throw PyException(BuiltinTypes.runtimeError, "torch.cat(): expected a non-empty list of Tensors") }
                return TensorWrapping.wrap(try TorchErrors.run { try Tensor.cat(tensors, dim: try i.intArgument(a[1])) })
            }
        }
    }

    /// Module-level forms of tensor methods: `torch.NAME(input, *args, **kwargs)`.
    static func installDelegates(_ ns: Namespace) {
        let names = ["sum", "mean", "std", "var", "prod", "max", "min", "amax", "amin", "argmax", "argmin", "all", "any", "norm",
                     "logsumexp", "softmax", "log_softmax", "cumsum", "matmul", "mm", "bmm", "mv", "dot", "outer", "clamp", "clip",
                     "clamp_min", "clamp_max", "pow", "add", "sub", "mul", "div", "maximum", "minimum", "eq", "ne", "lt", "le",
                     "gt", "ge", "logical_and", "logical_or", "logical_not", "logical_xor", "transpose", "t", "permute",
                     "reshape", "flatten", "squeeze", "unsqueeze", "split", "chunk", "unbind", "narrow", "select", "diagonal",
                     "round", "masked_fill", "index_select", "nonzero", "allclose", "equal", "count_nonzero", "floor_divide",
                     "remainder", "fmod", "atan2", "addcdiv", "addcmul", "histc"] + UnaryOp.allCases.map(\.rawValue)
            + TensorMethods.selectionFunctionNames
        for name in names where ns[name] == nil {
            ns[name] = .object(PyBuiltinFunction(name: name, qualifiedName: "torch.\(name)") { interpreter, arguments in
                guard let input = arguments.positional.first else {
                    throw PyException(BuiltinTypes.typeError, "\(name)() missing 1 required positional argument: 'input'")
                }
                let tensorInput: Value = input.asObject is PyTensor ? input
                    : TensorWrapping.wrap(try TensorConversions.tensor(input, interpreter))
                let method = try interpreter.getAttribute(tensorInput, name)
                return try interpreter.call(method, Arguments(Array(arguments.positional.dropFirst()), keywords: arguments.keywords))
            })
        }
    }

    /// Support for `nn.Parameter` (a Tensor subclass sharing its data's storage) and
    /// `autograd.Function` (a Python-defined backward recorded in the graph).
    static func installSubclassing(_ ns: Namespace, _ state: TorchState) {
        ns.function("_make_subclass", "cls, data, requires_grad=False") { i, a in try makeSubclass(i, a) }
        ns.function("_autograd_grad", "outputs, inputs, grad_outputs=None, retain_graph=None, create_graph=False, allow_unused=False") { i, a in
            try TensorBackward.gradients(a, i)
        }
        ns.function("_record_function", "output, inputs, backward, name") { i, a in
            guard let output = (a[0].asObject as? PyTensor)?.tensor else { return a[0] }
            let inputs = try i.collect(a[1]).compactMap { ($0.asObject as? PyTensor)?.tensor }
            let backward = a[2]
            let name = try i.stringArgument(a[3])
            Tensor.recordCustom(name: name, output: output, inputs: inputs) { [weak i] gradient in
                guard let interpreter = i else { throw TensorError(.runtime, "the session that defined this function has ended") }
                let result = try interpreter.call(backward, Arguments([.object(PyTensor(gradient))]))
                return try interpreter.collect(result).map { value in
                    if value.isNone { return nil }
                    return try TensorConversions.tensor(value, interpreter)
                }
            }
            return a[0]
        }
    }

    /// A `cls` instance (a Tensor subclass) sharing `data`'s storage, detached, requiring grad if asked.
    static func makeSubclass(_ i: Interpreter, _ a: [Value]) throws -> Value {
        guard let cls = a[0].asObject as? PyType, cls.isSubtype(of: TorchTypes.tensor) else {
            throw PyException(BuiltinTypes.typeError, "_make_subclass: cls must be a subclass of Tensor")
        }
        let data = try TensorConversions.tensor(a[1], i).detach()
        if try i.isTruthy(a[2]) { _ = try TorchErrors.run { try data.requiresGrad_(true, in: TorchState.of(i).autograd) } }
        return .object(PyTensor(data, type: cls))
    }

    static func installGradMode(_ ns: Namespace, _ state: TorchState) {
        for (name, enabled) in [("no_grad", false), ("enable_grad", true)] {
            ns[name] = .object(GradModeManager.type(name: name, enabled: enabled, state: state))
        }
        ns.function("is_grad_enabled", "") { _, _ in .bool(state.autograd.isGradEnabled) }
        ns.function("set_grad_enabled", "mode") { i, a in
            state.autograd.isGradEnabled = try i.isTruthy(a[0])
            return .none
        }
    }
}

/// `with torch.no_grad():` and `@torch.no_grad()`: switches the session's grad mode and
/// restores it on exit.
enum GradModeManager {
    static func type(name: String, enabled: Bool, state: TorchState) -> PyType {
        let type = PyType(builtin: name, base: BuiltinTypes.object, module: "torch") { type in
            type.method("__enter__", "self") { _, a in
                if let o = a[0].asObject { o.attributes["_previous"] = .bool(state.autograd.isGradEnabled) }
                state.autograd.isGradEnabled = enabled
                return .none
            }
            type.method("__exit__", "self, *args") { _, a in
                if case .bool(let previous) = a[0].asObject?.attributes["_previous"] ?? .none {
                    state.autograd.isGradEnabled = previous
                }
                return .bool(false)
            }
            type.method("__call__", "self, function") { _, a in
                let function = a[1]
                return .object(PyBuiltinFunction(name: "decorated") { interpreter, arguments in
                    let previous = state.autograd.isGradEnabled
                    state.autograd.isGradEnabled = enabled
                    defer { state.autograd.isGradEnabled = previous }
                    return try interpreter.call(function, arguments)
                })
            }
        }
        type.nativeNew = { _, cls, _ in .object(PyInstance(type: cls)) }
        return type
    }
}
