import Interpreter

/// Stores values of one native type in workspace files. The Library registers one for tensors
/// (dtype, shape and the raw element bytes, `requires_grad`, the grad as a nested value) and one
/// for `Path`; the Kernel handles Python's own types.
///
/// A serializer's `tag` is written into the file and finds the serializer again on restore, so
/// it must never change once files exist; change the payload layout by writing a version number
/// first.
public protocol WorkspaceSerializer {
    var tag: String { get }
    func canEncode(_ value: Value) -> Bool
    func encode(_ value: Value, to encoder: WorkspaceEncoder) throws
    func decode(from decoder: WorkspaceDecoder) throws -> Value
}

/// The serializers of one session; later registrations take precedence.
public final class WorkspaceSerializerRegistry {
    private var serializers: [WorkspaceSerializer] = []

    public init() {}

    public func register(_ serializer: WorkspaceSerializer) {
        serializers.insert(serializer, at: 0)
    }

    func serializer(for value: Value) -> WorkspaceSerializer? {
        serializers.first { $0.canEncode(value) }
    }

    func serializer(tag: String) -> WorkspaceSerializer? {
        serializers.first { $0.tag == tag }
    }
}

/// Why a value could not be saved; the message names where in the value the problem is.
public struct WorkspaceUnsupportedValue: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// The tags of the value encoding (one byte before each value).
enum WorkspaceTag: UInt8 {
    case none = 0, `true`, `false`, int, float, str, bytes
    case list, tuple, dict, set, frozenset, range, reference
    case function, userClass, instance, module, moduleAttribute, builtin, `extension`
    case attribute, slice, ellipsis
    /// A user class whose attributes changed after its class statement: the source, then the
    /// attributes set and deleted since.
    case changedUserClass
    /// An int past 64 bits: its base-16 text with a leading `-` when negative.
    case bigInt
    /// An object rebuilt as pickle rebuilds it: a callable, its arguments, then the state
    /// given to `__setstate__` (or set as attributes).
    case reduce
}
