import Interpreter
import TensorKit

/// Per-interpreter torch state: the default random generator (`torch.manual_seed`) and the
/// autograd context (`torch.no_grad()`). Kept in the interpreter, never in globals, so each
/// session has its own.
final class TorchState {
    let generator = Generator()
    let autograd = AutogradContext()
    /// `torch.set_printoptions`.
    var printOptions = PrintOptions()
    /// PyTorch's one deprecation warning for the 0.4 argument orders (`add_(Number, Tensor)`).
    var warnedDeprecatedOverload = false
    /// One `torch.device` object per device string: builtin objects hash by identity, so equal
    /// devices must be the same object to work as dictionary keys.
    var devices: [String: PyDevice] = [:]

    static let key = "torch"

    static func of(_ interpreter: Interpreter) -> TorchState {
        if let state = interpreter.moduleState[key] as? TorchState { return state }
        let state = TorchState()
        interpreter.moduleState[key] = state
        // Torch is first used on the thread that runs the interpreter's code: its long kernels
        // obey the interpreter's Ctrl-C flag from now on.
        Interruption.setFlag(interpreter.interruptFlag)
        return state
    }
}

/// What other layers (the kernel's workspace) need of a session's torch state.
public enum TorchSession {
    /// The session's autograd context (grad mode), to attach to tensors made outside Python code.
    public static func autograd(of interpreter: Interpreter) -> AutogradContext {
        TorchState.of(interpreter).autograd
    }
}
