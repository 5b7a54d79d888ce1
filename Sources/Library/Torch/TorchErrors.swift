import Interpreter
import TensorKit

/// TensorKit errors become the Python exceptions PyTorch raises, with its messages.
enum TorchErrors {
    static func exception(_ error: TensorError) -> PyException {
        let type: PyType
        switch error.kind {
        case .runtime: type = BuiltinTypes.runtimeError
        case .index: type = BuiltinTypes.indexError
        case .type: type = BuiltinTypes.typeError
        case .value: type = BuiltinTypes.valueError
        case .notImplemented: type = BuiltinTypes.notImplementedError
        case .io: type = BuiltinTypes.osError
        case .interrupted: return PyException(type: BuiltinTypes.keyboardInterrupt, args: [])
        default: type = BuiltinTypes.runtimeError
        }
        return PyException(type, error.message)
    }

    /// Runs TensorKit code, converting its errors.
    @inline(__always)
    static func run<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as TensorError {
            throw exception(error)
        }
    }

    /// The converter the interpreter applies to any native error it does not know.
    static func convert(_ error: Error) -> PyException? {
        if let error = error as? TensorError { return exception(error) }
        return OSModule.convert(error)
    }
}
