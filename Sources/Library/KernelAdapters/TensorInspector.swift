import Interpreter
import Kernel

/// The `%whos` (and `%summary`) columns of a tensor: dtype, shape as PyTorch prints a tuple,
/// storage bytes, and whether it takes part in autograd.
struct TensorInspector: VariableInspector {
    let columns = ["dtype", "shape", "bytes", "grad"]

    func describe(_ value: Value, interpreter: Interpreter) -> VariableDescription? {
        guard let t = (value.asObject as? PyTensor)?.tensor else { return nil }
        return VariableDescription(columns: [
            "dtype": t.dtype.description,
            "shape": "(" + t.shape.map(String.init).joined(separator: ", ") + (t.shape.count == 1 ? ",)" : ")"),
            "bytes": String(t.count * t.dtype.itemSize),
            "grad": t.requiresGrad ? (t.grad == nil ? "requires_grad" : "has .grad") : "",
        ])
    }
}
