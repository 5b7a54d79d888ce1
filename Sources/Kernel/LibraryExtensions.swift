import Foundation
import Interpreter
import Library
import TensorKit

/// The Library's hooks into a session: its modules, its display items (figures, images), rich
/// display of values, `%whos` columns for tensors, and workspace storage of tensors (raw bytes,
/// never code) and images.
extension KernelExtensions {
    public static func standard() -> KernelExtensions {
        let extensions = KernelExtensions()
        extensions.interpreterSetup.append { Library.install(into: $0) }
        extensions.sessionSetup.append { session in
            DisplaySupport.of(session.interpreter).publish = { [weak session] item in
                var data = DisplayData()
                data[item.mimeType] = .binary(Data(item.data))
                data["text/plain"] = .text(item.text)
                session?.emitDisplay(data)
            }
        }
        extensions.afterCell.append { session in try session.interpreter.flushPendingDisplays() }
        extensions.displays.register(ClosureDisplayFormatter { value, interpreter in
            let items = try interpreter.richDisplay(of: value)
            guard !items.isEmpty else { return nil }
            var data = DisplayData()
            for item in items { data[item.mimeType] = .binary(Data(item.data)) }
            data["text/plain"] = .text(try interpreter.repr(value))
            return data
        })
        extensions.inspectors.register(ClosureVariableInspector(columns: ["dtype", "shape", "bytes", "grad"]) { value, _ in
            guard let t = (value.asObject as? PyTensor)?.tensor else { return nil }
            return VariableDescription(columns: [
                "dtype": t.dtype.description,
                "shape": "(" + t.shape.map(String.init).joined(separator: ", ") + (t.shape.count == 1 ? ",)" : ")"),
                "bytes": String(t.count * t.dtype.itemSize),
                "grad": t.requiresGrad ? (t.grad == nil ? "requires_grad" : "has .grad") : "",
            ])
        })
        extensions.serializers.register(TensorSerializer())
        return extensions
    }
}

/// Saves tensors as dtype, shape, raw contiguous bytes, `requires_grad`, `.grad` and their
/// Python class (`Tensor`, `nn.Parameter`, numpy-style `array`).
struct TensorSerializer: WorkspaceSerializer {
    let tag = "torch.Tensor/1"

    func canEncode(_ value: Value) -> Bool { value.asObject is PyTensor }

    func encode(_ value: Value, to encoder: WorkspaceEncoder) throws {
        guard let wrapper = value.asObject as? PyTensor else { return }
        let t = wrapper.tensor
        let contiguous = try t.contiguous()
        encoder.writeInt(t.dtype.rawValue)
        encoder.writeInt(t.shape.count)
        for size in t.shape { encoder.writeInt(size) }
        withExtendedLifetime(contiguous) {
            encoder.writeBytes(UnsafeRawBufferPointer(start: UnsafeRawPointer(bitPattern: contiguous.dataAddress),
                                                      count: contiguous.count * contiguous.dtype.itemSize))
        }
        encoder.writeBool(t.requiresGrad)
        try encoder.writeValue(t.grad.map { .object(PyTensor($0)) } ?? .none)
        try encoder.writeValue(wrapper.type === TorchTypes.tensor ? .none : .object(wrapper.type))
    }

    func decode(from decoder: WorkspaceDecoder) throws -> Value {
        guard let dtype = DType(rawValue: try decoder.readInt()) else {
            throw WorkspaceUnsupportedValue("a saved tensor has an unknown dtype")
        }
        let rank = try decoder.readInt()
        guard rank >= 0 && rank <= 64 else { throw WorkspaceUnsupportedValue("a saved tensor has a bad shape") }
        var shape: [Int] = []
        for _ in 0..<rank { shape.append(try decoder.readInt()) }
        let tensor = try decoder.withBytes { raw in try Tensor(rawBytes: raw, shape: shape, dtype: dtype) }
        let requiresGrad = try decoder.readBool()
        let grad = try decoder.readValue()
        let type = try decoder.readValue()
        if requiresGrad {
            _ = try tensor.requiresGrad_(true, in: TorchSession.autograd(of: decoder.interpreter))
        }
        tensor.grad = (grad.asObject as? PyTensor)?.tensor
        return .object(PyTensor(tensor, type: (type.asObject as? PyType) ?? TorchTypes.tensor))
    }
}
