import Interpreter
import TensorKit

/// `torch.Tensor` as the language sees it: a TensorKit tensor plus the Python object's own
/// attributes (the book sets `inp.g` on tensors).
public final class PyTensor: PyObject {
    public let tensor: Tensor
    /// The wrapper handed out for `.grad`, reused while the gradient tensor is the same, so
    /// `t.grad is t.grad` and attributes set on a gradient persist, as in PyTorch.
    var gradWrapper: PyTensor?

    /// Whether this is an ndarray or numpy scalar, to which numpy's rules apply. Both the class
    /// and the dtype are fixed at creation, so it is decided once here rather than on each
    /// subscript and operator of a scalar loop.
    let isNumpyFlavored: Bool

    /// A `torch.Tensor`.
    public init(_ tensor: Tensor) {
        self.tensor = tensor
        self.isNumpyFlavored = false
        super.init(type: TorchTypes.tensor)
    }

    /// A tensor of class `type` (a subclass of torch.Tensor, an ndarray, a numpy scalar type).
    public init(_ tensor: Tensor, type: PyType) {
        self.tensor = tensor
        self.isNumpyFlavored = NumpyScalars.isNumpyType(type, tensor.dtype)
        super.init(type: type)
    }
}

/// The Python classes of the torch module.
public enum TorchTypes {
    public static let tensor: PyType = {
        let type = PyType(builtin: "Tensor", base: BuiltinTypes.object, module: "torch", installer: TensorMethods.install)
        type.nativeNew = { interpreter, cls, arguments in
            let data = arguments.positional.first ?? .object(PyList([]))
            let made = try TensorConversions.makeTensor(data, dtype: nil, interpreter)
            return .object(PyTensor(made, type: cls))
        }
        type.subscriptHook = { interpreter, value, indices in
            guard let t = (value.asObject as? PyTensor)?.tensor else { throw PyException(BuiltinTypes.typeError, "not a tensor") }
            if let element = try ElementSubscript.view(t, indices) { return TensorWrapping.wrap(element, like: value) }
            return try TorchErrors.run { try TensorWrapping.wrap(t.index(try TensorConversions.indices(Array(indices), interpreter)), like: value) }
        }
        type.storeSubscriptHook = { interpreter, value, indices, newValue in
            guard let t = (value.asObject as? PyTensor)?.tensor else { throw PyException(BuiltinTypes.typeError, "not a tensor") }
            if try ElementSubscript.store(t, indices, newValue) { return }
            let index = try TensorConversions.indices(Array(indices), interpreter)
            try TorchErrors.run {
                if let scalar = TensorConversions.scalar(newValue) {
                    try t.indexPut(index, scalar)
                } else {
                    try t.indexPut(index, try TensorConversions.tensor(newValue, interpreter))
                }
            }
        }
        TensorMethods.installNativeArithmetic(type)
        type.doc = "A multi-dimensional matrix of elements of one data type (PyTorch's torch.Tensor)."
        return type
    }()

    /// `torch.Size`: a tuple of ints that prints as `torch.Size([6131, 28, 28])`.
    public static let size: PyType = {
        let type = PyType(builtin: "Size", base: BuiltinTypes.tuple, module: "torch") { type in
            type.method("__repr__", "self") { interpreter, a in
                let items = (a[0].asObject as? PyTuple)?.items ?? []
                return .str("torch.Size([" + (try items.map { try interpreter.repr($0) }.joined(separator: ", ")) + "])")
            }
            type.method("numel", "self") { _, a in
                var count = 1
                for item in (a[0].asObject as? PyTuple)?.items ?? [] {
                    let (product, overflow) = count.multipliedReportingOverflow(by: TensorConversions.int(item) ?? 1)
                    guard !overflow else { throw PyException(BuiltinTypes.overflowError, "numel of this size does not fit in 64 bits") }
                    count = product
                }
                return .int(count)
            }
        }
        // `torch.Size([2, 3])`, as PyTorch takes it: an iterable of ints.
        type.nativeNew = { interpreter, cls, arguments in
            guard arguments.keywords.isEmpty, arguments.positional.count <= 1 else {
                throw PyException(BuiltinTypes.typeError, "tuple expected at most 1 argument, got \(arguments.count)")
            }
            let items = try arguments.positional.first.map { try interpreter.collect($0) } ?? []
            for (index, item) in items.enumerated() where TensorConversions.int(item) == nil {
                throw PyException(BuiltinTypes.typeError, "torch.Size() takes an iterable of 'int' (item \(index) is '\(item.typeName)')")
            }
            return .object(PyTuple(items, type: cls))
        }
        return type
    }()

    /// `torch.dtype`: `torch.float32` and friends.
    public static let dtype: PyType = PyType(builtin: "dtype", base: BuiltinTypes.object, subclassable: false, module: "torch") { type in
        type.method("__repr__", "self") { _, a in .str((a[0].asObject as? PyDType)?.dtype.description ?? "") }
        type.property("is_floating_point") { _, v in .bool((v.asObject as? PyDType)?.dtype.isFloatingPoint ?? false) }
        type.property("itemsize") { _, v in .int((v.asObject as? PyDType)?.dtype.itemSize ?? 0) }
    }

    public static func makeSize(_ shape: [Int]) -> Value {
        .object(PyTuple(shape.map { .int($0) }, type: size))
    }
}

/// A `torch.dtype` value.
public final class PyDType: PyObject {
    public let dtype: DType

    init(_ dtype: DType) {
        self.dtype = dtype
        super.init(type: TorchTypes.dtype)
    }

    public override var acceptsAttributes: Bool { false }

    /// One object per dtype, so `t.dtype == torch.float32` and `is` both hold.
    static let all: [DType: PyDType] = Dictionary(uniqueKeysWithValues: DType.allCases.map { ($0, PyDType($0)) })

    static func of(_ dtype: DType) -> Value { .object(all[dtype] ?? PyDType(dtype)) }
}
