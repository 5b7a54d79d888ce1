/// An error from a tensor operation, worded as PyTorch words it.
///
/// `kind` says which Python exception the language layer should raise, so
/// `TensorError(.index, "index 5 is out of bounds for dimension 0 with size 3")` surfaces as
/// `IndexError: index 5 is out of bounds for dimension 0 with size 3`, exactly as in PyTorch.
public struct TensorError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The Python exception class an error maps to.
    public enum Kind: String, Sendable {
        /// RuntimeError: shape mismatches, bad views, dtype problems inside kernels.
        case runtime = "RuntimeError"
        /// IndexError: out-of-range indices and dimensions.
        case index = "IndexError"
        /// TypeError: wrong argument types.
        case type = "TypeError"
        /// ValueError: invalid argument values.
        case value = "ValueError"
        /// NotImplementedError: operations PyTorch itself does not implement for a dtype.
        case notImplemented = "NotImplementedError"
        /// OSError / IOError: files that cannot be read or written, corrupt files.
        case io = "OSError"
        /// KeyboardInterrupt: the host's interrupt flag stopped a long kernel (`Interruption`).
        case interrupted = "KeyboardInterrupt"
    }

    /// Which Python exception this is.
    public let kind: Kind
    /// The message, without the exception class name.
    public let message: String

    /// An error of `kind` with PyTorch's `message`.
    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    /// "RuntimeError: message", the way Python prints an uncaught exception's last line.
    public var description: String { "\(kind.rawValue): \(message)" }

    static func runtime(_ message: String) -> TensorError { TensorError(.runtime, message) }
    static func index(_ message: String) -> TensorError { TensorError(.index, message) }
    static func type(_ message: String) -> TensorError { TensorError(.type, message) }
    static func value(_ message: String) -> TensorError { TensorError(.value, message) }
    static func io(_ message: String) -> TensorError { TensorError(.io, message) }
    static func notImplemented(_ message: String) -> TensorError { TensorError(.notImplemented, message) }
}
