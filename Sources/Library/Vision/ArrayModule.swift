import Interpreter
import TensorKit

/// A numpy-lite: `array(...)` values are tensors that print like numpy arrays. Enough for the
/// book's "NumPy arrays and PyTorch tensors" comparisons.
enum ArrayTypes {
    static let ndarray: PyType = {
        let type = PyType(builtin: "ndarray", base: TorchTypes.tensor, module: "numpy") { type in
            type.method("__repr__", "self") { _, a in .str(try TensorMethods.tensor(a[0]).numpyRepr) }
            type.method("__str__", "self") { _, a in .str(try TensorMethods.tensor(a[0]).numpyString) }
            type.property("shape") { _, v in .object(PyTuple(try TensorMethods.tensor(v).shape.map { .int($0) })) }
            type.property("size") { _, v in .int(try TensorMethods.tensor(v).count) }
            type.method("astype", "self, dtype") { i, a in
                let t = try TensorMethods.tensor(a[0])
                let target = try numpyDType(a[1], i) ?? t.dtype
                return NumpyScalars.wrap(try TorchErrors.run { try t.to(target) })
            }
            type.method("copy", "self") { _, a in
                .object(PyTensor(try TorchErrors.run { try TensorMethods.tensor(a[0]).clone() }, type: ndarray))
            }
        }
        type.nativeNew = { interpreter, cls, arguments in
            try makeArray(arguments.positional.first ?? .object(PyList([])), dtype: nil, interpreter)
        }
        NumpyMath.installMethods(type)
        type.subscriptHook = TorchTypes.tensor.subscriptHook
        type.storeSubscriptHook = TorchTypes.tensor.storeSubscriptHook
        return type
    }()

    static func numpyDType(_ value: Value, _ interpreter: Interpreter) throws -> DType? {
        if value.isNone { return nil }
        if let name = value.stringValue ?? (value.asObject as? PyBuiltinFunction)?.name {
            guard let d = DType(name: name == "float" ? "float64" : name == "int" ? "int64" : name) else {
                throw PyException(BuiltinTypes.typeError, "data type '\(name)' not understood")
            }
            return d
        }
        if case .object(let o) = value {
            if let d = o as? NumpyDTypeObject { return d.dtype }
            if let scalarType = o as? PyType, let d = NumpyScalars.types.first(where: { $0.value === scalarType })?.key { return d }
            if o === BuiltinTypes.float { return .float64 }
            if o === BuiltinTypes.int { return .int64 }
            if o === BuiltinTypes.bool { return .bool }
            if let d = o as? PyDType { return d.dtype }
        }
        return try TensorConversions.dtype(value)
    }

    /// `np.array(obj, dtype=None)`: numpy's defaults (Python floats become float64).
    static func makeArray(_ data: Value, dtype: DType?, _ interpreter: Interpreter) throws -> Value {
        let existing: Tensor?
        if case .object(let o) = data { existing = try (o as? PyTensor)?.tensor ?? (o as? TensorConvertible)?.asTensor() } else { existing = nil }
        if let t = existing {
            return .object(PyTensor(try TorchErrors.run { try (dtype.map { try t.to($0) } ?? t).clone() }, type: ndarray))
        }
        // numpy's array protocol: an object that can give itself as an array (fastai's PILImage).
        if case .object(let o) = data, !(o is PyList), !(o is PyTuple), let method = o.type.lookup("__array__") {
            let array = try interpreter.call(method, Arguments([data]))
            if case .object(let inner) = array, inner !== o { return try makeArray(array, dtype: dtype, interpreter) }
        }
        let nested = try TensorConversions.nestedList(data, interpreter, depth: 0)
        var made = try TorchErrors.run { try Tensor(nested, dtype: dtype) }
        if dtype == nil && made.dtype == .float32 { made = try TorchErrors.run { try Tensor(nested, dtype: .float64) } }
        return .object(PyTensor(made, type: ndarray))
    }

    static func make(_ interpreter: Interpreter) throws -> PyModule {
        let random = try NumpyRandomModule.make(interpreter)
        interpreter.modules["numpy.random"] = random
        return try interpreter.makeModule("numpy") { ns in
            ns["ndarray"] = .object(ndarray)
            ns.function("array", "object, dtype=None") { i, a in try makeArray(a[0], dtype: try numpyDType(a[1], i), i) }
            ns.function("asarray", "a, dtype=None") { i, a in
                if let t = a[0].asObject as? PyTensor, t.type === ndarray, a[1].isNone { return a[0] }
                return try makeArray(a[0], dtype: try numpyDType(a[1], i), i)
            }
            for (name, maker) in [("zeros", { (s: [Int], d: DType) in try Tensor.zeros(s, dtype: d) }),
                                  ("ones", { (s: [Int], d: DType) in try Tensor.ones(s, dtype: d) }),
                                  ("empty", { (s: [Int], d: DType) in try Tensor.zeros(s, dtype: d) })] {
                ns.function(name, "shape, dtype=None") { i, a in
                    let shape = try TensorConversions.intList(a[0], i)
                    return .object(PyTensor(try TorchErrors.run { try maker(shape, try numpyDType(a[1], i) ?? .float64) }, type: ndarray))
                }
                ns.function(name + "_like", "a, dtype=None") { i, a in
                    let like = try NumpyMath.array(a[0], i)
                    return .object(PyTensor(try TorchErrors.run { try maker(like.shape, try numpyDType(a[1], i) ?? like.dtype) }, type: ndarray))
                }
            }
            ns.function("full", "shape, fill_value, dtype=None") { i, a in
                let shape = try TensorConversions.intList(a[0], i)
                guard let fill = TensorConversions.scalar(a[1]) else { throw PyException(BuiltinTypes.typeError, "fill_value must be a number") }
                let dtype: DType
                switch fill {
                case .float: dtype = try numpyDType(a[2], i) ?? .float64
                case .int: dtype = try numpyDType(a[2], i) ?? .int64
                case .bool: dtype = try numpyDType(a[2], i) ?? .bool
                }
                return .object(PyTensor(try TorchErrors.run { try Tensor.full(shape, fill, dtype: dtype) }, type: ndarray))
            }
            ns.function("full_like", "a, fill_value, dtype=None") { i, a in
                let like = try NumpyMath.array(a[0], i)
                guard let fill = TensorConversions.scalar(a[1]) else { throw PyException(BuiltinTypes.typeError, "fill_value must be a number") }
                return .object(PyTensor(try TorchErrors.run { try Tensor.full(like.shape, fill, dtype: try numpyDType(a[2], i) ?? like.dtype) }, type: ndarray))
            }
            ns.function("eye", "N, M=None, dtype=None") { i, a in
                let n = try i.intArgument(a[0])
                let m = a[1].isNone ? nil : try i.intArgument(a[1])
                return .object(PyTensor(try TorchErrors.run { try Tensor.eye(n, m, dtype: try numpyDType(a[2], i) ?? .float64) }, type: ndarray))
            }
            NumpyMath.install(ns)
            ns["random"] = .object(random)
            ns["dtype"] = .object(NumpyDTypeObject.type)
            ns.function("arange", "start, stop=None, step=1, dtype=None") { i, a in
                guard let first = TensorConversions.scalar(a[0]), let step = TensorConversions.scalar(a[2]) else {
                    throw PyException(BuiltinTypes.typeError, "arange() requires numbers")
                }
                let dtype = try numpyDType(a[3], i)
                let t = try TorchErrors.run {
                    try a[1].isNone ? Tensor.arange(.int(0), first, step: step, dtype: dtype)
                        : Tensor.arange(first, TensorConversions.scalar(a[1]) ?? .int(0), step: step, dtype: dtype)
                }
                return .object(PyTensor(t.dtype == .float32 && dtype == nil ? try TorchErrors.run { try t.to(.float64) } : t, type: ndarray))
            }
            ns.function("linspace", "start, stop, num=50, endpoint=True, dtype=None") { i, a in
                let start = try i.doubleArgument(a[0]), stop = try i.doubleArgument(a[1]), num = try i.intArgument(a[2])
                guard num >= 0 else { throw PyException(BuiltinTypes.valueError, "Number of samples, \(num), must be non-negative.") }
                let endpoint = try i.isTruthy(a[3])
                let divisions = Double(endpoint ? num - 1 : num)
                let step = divisions > 0 ? (stop - start) / divisions : 0
                // numpy computes start + k * step and sets the last sample to stop exactly.
                var values = (0..<num).map { start + Double($0) * step }
                if endpoint, num > 1 { values[num - 1] = stop }
                let t = try TorchErrors.run { try Tensor(values, shape: [num]) }
                let dtype = try numpyDType(a[4], i)
                return .object(PyTensor(try TorchErrors.run { try dtype.map { try t.to($0) } ?? t }, type: ndarray))
            }
            ns.function("meshgrid", "*xi, indexing='xy'") { i, a in
                let vectors = try i.collect(a[0]).map { try PlotModule.doubles($0, i) }
                guard vectors.count == 2 else { throw PyException(BuiltinTypes.valueError, "meshgrid supports two input vectors") }
                let xy = a[1].stringValue != "ij"
                let (rows, columns) = xy ? (vectors[1].count, vectors[0].count) : (vectors[0].count, vectors[1].count)
                var first = [Double](), second = [Double]()
                first.reserveCapacity(rows * columns)
                second.reserveCapacity(rows * columns)
                for r in 0..<rows {
                    for c in 0..<columns {
                        first.append(xy ? vectors[0][c] : vectors[0][r])
                        second.append(xy ? vectors[1][r] : vectors[1][c])
                    }
                }
                return .object(PyList(try [first, second].map { values in
                    .object(PyTensor(try TorchErrors.run { try Tensor(values, shape: [rows, columns]) }, type: ndarray))
                }))
            }
            for (dtype, type) in NumpyScalars.types { ns[dtype.numpyName] = .object(type) }
            ns["bool_"] = ns["bool"]
            ns["True_"] = NumpyScalars.wrap(try Tensor([true], shape: []))
            ns["False_"] = NumpyScalars.wrap(try Tensor([false], shape: []))
            ns["float_"] = ns["float64"]
            ns["int_"] = ns["int64"]
            ns["float"] = .object(BuiltinTypes.float)
            ns["int"] = .object(BuiltinTypes.int)
            ns["e"] = .float(2.718281828459045)
            ns["newaxis"] = .none
            ns["pi"] = .float(Double.pi)
            ns["nan"] = .float(.nan)
            ns["inf"] = .float(.infinity)
        }
    }
}
