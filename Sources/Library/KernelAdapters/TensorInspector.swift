import Interpreter
import Kernel
import TensorKit

/// The `%whos` (and `%summary`) columns of a tensor: dtype, shape as PyTorch prints a tuple,
/// storage bytes, and whether it takes part in autograd; the `Data/Info` text IPython gives an
/// ndarray; and the fields `x?` starts with.
struct TensorInspector: VariableInspector {
    let columns = ["dtype", "shape", "bytes", "grad"]

    func describe(_ value: Value, interpreter: Interpreter) -> VariableDescription? {
        guard let t = (value.asObject as? PyTensor)?.tensor else { return nil }
        var description = VariableDescription(columns: [
            "dtype": t.dtype.description,
            "shape": TensorInspector.tuple(t.shape),
            "bytes": String(t.count * t.dtype.itemSize),
            "grad": t.requiresGrad ? (t.grad == nil ? "requires_grad" : "has .grad") : "",
        ], info: TensorInspector.info(t))
        description.inspectFields = [
            ("Shape", "torch.Size([" + t.shape.map(String.init).joined(separator: ", ") + "])"),
            ("Dtype", t.dtype.description),
            ("Device", "cpu"),
            ("Strides", TensorInspector.tuple(t.strides)),
            ("Contiguous", t.isContiguous ? "True" : "False"),
            ("Requires grad", t.requiresGrad ? "True" : "False"),
            ("Grad fn", t.gradFn.map { "<\($0.name)>" } ?? "None"),
        ]
        return description
    }

    static func tuple(_ values: [Int]) -> String {
        "(" + values.map(String.init).joined(separator: ", ") + (values.count == 1 ? ",)" : ")")
    }

    /// IPython's ndarray line, `5x784: 3920 elems, ...` (the shape as IPython writes it: the
    /// tuple without commas and parentheses, `x` between sizes), with the dtype, a readable
    /// size in IPython's 1024-byte units, and whether the tensor requires grad.
    static func info(_ t: Tensor) -> String {
        let bytes = t.count * t.dtype.itemSize
        var text = t.shape.map(String.init).joined(separator: "x") + ": \(t.count) elems, \(t.dtype.description), "
        text += readableSize(bytes)
        if t.requiresGrad { text += ", requires_grad" }
        return text
    }

    static func readableSize(_ bytes: Int) -> String {
        let units = ["KB", "MB", "GB", "TB"]
        guard bytes >= 1024 else { return "\(bytes) bytes" }
        var size = Double(bytes) / 1024
        var unit = 0
        while size >= 1024, unit < units.count - 1 {
            size /= 1024
            unit += 1
        }
        let tenths = (size * 10).rounded()
        return "\(Int(tenths) / 10).\(Int(tenths) % 10) \(units[unit])"
    }
}

/// What a traceback's operand line and `%shapes` say of a tensor: `[5, 784] float32`.
enum TensorOperandDescription {
    static func describe(_ value: Value) -> String? {
        guard let t = (value.asObject as? PyTensor)?.tensor else { return nil }
        return "[" + t.shape.map(String.init).joined(separator: ", ") + "] " + t.dtype.pythonName
    }
}
