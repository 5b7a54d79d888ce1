import Interpreter
import TensorKit

/// The methods and properties of `torch.Tensor`. Arithmetic dunders are in
/// TensorMethods+Operators.swift, reductions and shape methods in their own files.
enum TensorMethods {
    /// `self` of a tensor method.
    static func tensor(_ value: Value) throws -> Tensor {
        guard case .object(let o) = value, let t = o as? PyTensor else {
            throw PyException(BuiltinTypes.typeError, "descriptor requires a 'torch.Tensor' object but received a '\(value.typeName)'")
        }
        return t.tensor
    }

    /// Defines a method whose body works on TensorKit values; TensorKit errors become Python ones.
    static func define(_ type: PyType, _ name: String, _ signature: String,
                       _ body: @escaping (Interpreter, Tensor, [Value]) throws -> Value) {
        type.method(name, "self" + (signature.isEmpty ? "" : ", " + signature)) { interpreter, a in
            let t = try tensor(a[0])
            return try TorchErrors.run { try body(interpreter, t, a) }
        }
    }

    /// Defines a method returning a tensor of the same Python class as `self`.
    static func defineTensor(_ type: PyType, _ name: String, _ signature: String,
                             _ body: @escaping (Interpreter, Tensor, [Value]) throws -> Tensor) {
        define(type, name, signature) { interpreter, t, a in
            TensorWrapping.wrap(try body(interpreter, t, a), like: a[0])
        }
    }

    static func install(_ type: PyType) {
        installProperties(type)
        installConversions(type)
        installShapeMethods(type)
        installMathMethods(type)
        installReductions(type)
        installOperators(type)
        installAutograd(type)
        installSelectionMethods(type)
    }

    static func installProperties(_ type: PyType) {
        type.property("shape") { _, v in TorchTypes.makeSize(try tensor(v).shape) }
        type.property("ndim") { _, v in .int(try tensor(v).shape.count) }
        type.property("dtype") { _, v in PyDType.of(try tensor(v).dtype) }
        type.property("device") { i, _ in .object(TorchDevice.device(kind: "cpu", i)) }
        type.property("is_cuda") { _, _ in .bool(false) }
        type.property("T") { _, v in
            let t = try tensor(v)
            return TensorWrapping.wrap(try TorchErrors.run { try t.permute(Array((0..<t.shape.count).reversed())) }, like: v)
        }
        type.property("mT") { _, v in TensorWrapping.wrap(try TorchErrors.run { try tensor(v).matrixTranspose() }, like: v) }
        type.property("data", get: { _, v in TensorWrapping.wrap(try tensor(v).detach(), like: v) },
                      set: { interpreter, v, new in
                          let t = try tensor(v)
                          let source = try TensorConversions.tensor(new, interpreter)
                          try TorchErrors.run {
                              guard source.shape == t.shape else {
                                  throw TensorError(.runtime, "setting .data to a tensor of a different shape is not supported (\(Tensor.sizeDescription(t.shape)) vs \(Tensor.sizeDescription(source.shape)))")
                              }
                              try TorchState.of(interpreter).autograd.withGradDisabled { _ = try t.detach().copy_(source) }
                          }
                      })
        define(type, "size", "dim=None") { _, t, a in
            if a[1].isNone { return TorchTypes.makeSize(t.shape) }
            guard let d = TensorConversions.int(a[1]) else { throw PyException(BuiltinTypes.typeError, "size(): dim must be an int") }
            return .int(t.shape[try TensorMethods.normalize(d, rank: t.shape.count)])
        }
        define(type, "stride", "dim=None") { _, t, a in
            if a[1].isNone { return .object(PyTuple(t.strides.map { .int($0) })) }
            guard let d = TensorConversions.int(a[1]) else { throw PyException(BuiltinTypes.typeError, "stride(): dim must be an int") }
            return .int(t.strides[try TensorMethods.normalize(d, rank: t.shape.count)])
        }
        define(type, "dim", "") { _, t, _ in .int(t.shape.count) }
        define(type, "ndimension", "") { _, t, _ in .int(t.shape.count) }
        define(type, "numel", "") { _, t, _ in .int(t.count) }
        define(type, "nelement", "") { _, t, _ in .int(t.count) }
        define(type, "element_size", "") { _, t, _ in .int(t.dtype.itemSize) }
        define(type, "is_contiguous", "") { _, t, _ in .bool(t.isContiguous) }
        define(type, "is_floating_point", "") { _, t, _ in .bool(t.dtype.isFloatingPoint) }
        define(type, "storage_offset", "") { _, t, _ in .int(t.storageOffset) }
        define(type, "data_ptr", "") { _, t, _ in .int(Int(bitPattern: t.dataPointer)) }
        define(type, "untyped_storage", "") { _, t, _ in .str(t.storageDescription()) }
        define(type, "storage", "") { _, t, _ in .object(StorageView(t)) }
        define(type, "get_device", "") { _, _, _ in .int(-1) }
    }

    static func installConversions(_ type: PyType) {
        define(type, "item", "") { _, t, _ in TensorConversions.value(try t.item()) }
        define(type, "tolist", "") { _, t, _ in
            // One Python value per element (a tensor expanded to 2**40 elements holds one):
            // MemoryError, as PyTorch raises, before the list is built.
            try Allocation.check(count: t.count, elementSize: 2 * MemoryLayout<Value>.stride)
            return TensorConversions.value(t.toList())
        }
        for (name, dtype) in [("float", DType.float32), ("double", .float64), ("long", .int64), ("int", .int32),
                              ("bool", .bool), ("byte", .uint8)] {
            defineTensor(type, name, "") { _, t, _ in try t.to(dtype) }
        }
        define(type, "type", "dtype=None") { _, t, a in
            if a[1].isNone { return .str(t.typeName) }
            if let name = a[1].stringValue { return TensorWrapping.wrap(try t.type(name), like: a[0]) }
            guard let d = try TensorConversions.dtype(a[1]) else { return .str(t.typeName) }
            return TensorWrapping.wrap(try t.to(d), like: a[0])
        }
        defineTensor(type, "to", "*args, **kwargs") { _, t, a in
            var target: DType?
            for item in ((a[1].asObject as? PyTuple)?.items ?? []) + ((a[2].asObject as? PyDict)?.storage.values.map { $0 } ?? []) {
                if let d = item.asObject as? PyDType { target = d.dtype }
                if let other = item.asObject as? PyTensor { target = other.tensor.dtype }
                if let device = TorchDevice.named(item), device != "cpu", !device.hasPrefix("cpu") {
                    throw PyException(BuiltinTypes.runtimeError, "Tessera runs on the CPU only; device '\(device)' is not available")
                }
            }
            return try target.map { try t.to($0) } ?? t
        }
        defineTensor(type, "cpu", "") { _, t, _ in t }
        define(type, "cuda", "*args, **kwargs") { _, _, _ in
            throw PyException(BuiltinTypes.runtimeError, "Torch not compiled with CUDA enabled")
        }
        define(type, "numpy", "") { _, t, _ in .object(PyTensor(t.detach(), type: ArrayTypes.ndarray)) }
        defineTensor(type, "clone", "") { _, t, _ in try t.clone() }
        defineTensor(type, "contiguous", "") { _, t, _ in try t.contiguous() }
        define(type, "copy_", "src") { i, t, a in
            _ = try t.copy_(try TensorConversions.tensor(a[1], i))
            return a[0]
        }
        define(type, "fill_", "value") { _, t, a in
            guard let s = TensorConversions.scalar(a[1]) ?? (a[1].asObject as? PyTensor).flatMap({ try? $0.tensor.item() }) else {
                throw PyException(BuiltinTypes.typeError, "fill_(): argument 'value' must be Number, not \(a[1].typeName)")
            }
            _ = try t.fill_(s)
            return a[0]
        }
        define(type, "zero_", "") { _, t, a in
            _ = try t.zero_()
            return a[0]
        }
    }
}

/// `t.storage()`: shows the elements in memory order, as PyTorch's storage repr does.
final class StorageView: PyObject {
    let tensor: Tensor

    init(_ tensor: Tensor) {
        self.tensor = tensor
        super.init(type: StorageView.type)
    }

    static let type = PyType(builtin: "TypedStorage", base: BuiltinTypes.object, subclassable: false, module: "torch") { type in
        type.method("__repr__", "self") { _, a in .str((a[0].asObject as? StorageView)?.tensor.storageDescription() ?? "") }
        type.method("__len__", "self") { _, a in
            guard let t = (a[0].asObject as? StorageView)?.tensor else { return .int(0) }
            return .int(t.storage.byteCount / t.dtype.itemSize)
        }
        type.method("data_ptr", "self") { _, a in .int(Int(bitPattern: (a[0].asObject as? StorageView)?.tensor.storage.data)) }
    }
}
