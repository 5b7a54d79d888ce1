import Interpreter
import TensorKit

/// PyTorch 0.4's argument orders, which PyTorch 2 still accepts with a deprecation warning:
/// `add_(Number alpha, Tensor other)` (and `add`, `sub`, `sub_`) and
/// `addcdiv_(Number value, Tensor tensor1, Tensor tensor2)` (and `addcdiv`, `addcmul`,
/// `addcmul_`). The book's optimizer callbacks (chapter 16's `sgd_cb`, `rms_prop_step`) are
/// written this way. The methods take their extra positional arguments as `*rest`, so "not
/// given" and an explicit None stay apart, as in PyTorch's argument parser.
extension TensorMethods {
    /// `(other, alpha)` of an add/sub call whose signature is `other, *rest, alpha=None`.
    static func addOperands(_ name: String, _ interpreter: Interpreter, _ a: [Value]) throws -> (Tensor, Scalar?) {
        let rest = (a[2].asObject as? PyTuple)?.items ?? []
        if rest.isEmpty { return (try operandTensor(a[1], interpreter), TensorConversions.scalar(a[3])) }
        guard rest.count == 1, let alpha = TensorConversions.scalar(a[1]) else {
            throw PyException(BuiltinTypes.typeError, "\(name)() takes 1 positional argument but \(1 + rest.count) were given")
        }
        if !a[3].isNone {
            throw PyException(BuiltinTypes.typeError, "\(name)() received an invalid combination of arguments - got unrecognized keyword arguments: alpha")
        }
        warnDeprecated(interpreter, name, old: "Number alpha, Tensor other", new: "Tensor other, *, Number alpha = 1")
        return (try operandTensor(rest[0], interpreter), alpha)
    }

    /// `(tensor1, tensor2, value)` of an addcdiv/addcmul call whose signature is
    /// `tensor1, tensor2, *rest, value=None`.
    static func pointwiseOperands(_ name: String, _ interpreter: Interpreter, _ a: [Value]) throws -> (Tensor, Tensor, Value) {
        let rest = (a[3].asObject as? PyTuple)?.items ?? []
        if rest.isEmpty {
            return (try operandTensor(a[1], interpreter), try operandTensor(a[2], interpreter), a[4].isNone ? .int(1) : a[4])
        }
        guard rest.count == 1, TensorConversions.scalar(a[1]) != nil else {
            throw PyException(BuiltinTypes.typeError, "\(name)() takes 2 positional arguments but \(2 + rest.count) were given")
        }
        if !a[4].isNone {
            throw PyException(BuiltinTypes.typeError, "\(name)() received an invalid combination of arguments - got unrecognized keyword arguments: value")
        }
        warnDeprecated(interpreter, name, old: "Number value, Tensor tensor1, Tensor tensor2",
                       new: "Tensor tensor1, Tensor tensor2, *, Number value = 1")
        return (try operandTensor(a[2], interpreter), try operandTensor(rest[0], interpreter), a[1])
    }

    /// PyTorch warns once per process, for whichever deprecated overload comes first.
    private static func warnDeprecated(_ interpreter: Interpreter, _ name: String, old: String, new: String) {
        let state = TorchState.of(interpreter)
        if state.warnedDeprecatedOverload { return }
        state.warnedDeprecatedOverload = true
        interpreter.standardError("UserWarning: This overload of \(name) is deprecated:\n\t\(name)(\(old))\n"
            + "Consider using one of the following signatures instead:\n\t\(name)(\(new))\n")
    }
}
