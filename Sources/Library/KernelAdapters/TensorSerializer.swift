import Interpreter
import Kernel
import TensorKit

/// Saves tensors in workspace files as dtype, shape, raw contiguous bytes, `requires_grad`,
/// `.grad` and their Python class (`Tensor`, `nn.Parameter`, numpy-style `array`); never as code.
///
/// The tag and the payload layout are part of the workspace file format: files written by
/// earlier versions must keep loading, so neither changes.
struct TensorSerializer: WorkspaceSerializer {
    let tag = "torch.Tensor/1"

    func canEncode(_ value: Value) -> Bool { value.asObject is PyTensor }

    func encode(_ value: Value, to encoder: WorkspaceEncoder) throws {
        guard let wrapper = value.asObject as? PyTensor else { return }
        let t = wrapper.tensor
        encoder.writeInt(t.dtype.rawValue)
        encoder.writeInt(t.shape.count)
        for size in t.shape { encoder.writeInt(size) }
        try t.withContiguousBytes { encoder.writeBytes($0) }
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
