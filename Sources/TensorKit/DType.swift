/// The element types a tensor can hold, with PyTorch's names and promotion rules.
///
/// The cases are declared in promotion order: for the six types TensorKit supports, PyTorch's
/// `torch.promote_types` is simply the later of the two (there is no int8/int16 to make the
/// lattice branch), so `promoted(with:)` is a max over `rawValue`.
public enum DType: Int, CaseIterable, Sendable, CustomStringConvertible {
    case bool = 0
    case uint8 = 1
    case int32 = 2
    case int64 = 3
    case float32 = 4
    case float64 = 5

    /// The dtype PyTorch uses for Python floats and for `torch.tensor([1.5])`.
    public static let defaultFloat: DType = .float32

    /// Bytes per element (`t.element_size()`).
    public var itemSize: Int {
        switch self {
        case .bool, .uint8: return 1
        case .int32, .float32: return 4
        case .int64, .float64: return 8
        }
    }

    /// `str(torch.float32)` is "torch.float32".
    public var description: String { "torch.\(pythonName)" }

    /// The attribute name under `torch` ("float32", "int64", ...).
    public var pythonName: String {
        switch self {
        case .bool: return "bool"
        case .uint8: return "uint8"
        case .int32: return "int32"
        case .int64: return "int64"
        case .float32: return "float32"
        case .float64: return "float64"
        }
    }

    /// The short C++ scalar-type name PyTorch uses in error messages ("Float", "Long", ...).
    public var scalarTypeName: String {
        switch self {
        case .bool: return "Bool"
        case .uint8: return "Byte"
        case .int32: return "Int"
        case .int64: return "Long"
        case .float32: return "Float"
        case .float64: return "Double"
        }
    }

    /// The legacy type string returned by `t.type()` ("torch.FloatTensor", "torch.LongTensor").
    public var tensorTypeName: String { "torch.\(scalarTypeName)Tensor" }

    /// numpy's name for the same element type ("uint8", "int64", "float32", "bool").
    public var numpyName: String { pythonName }

    /// True for float32 and float64 (`dtype.is_floating_point`).
    public var isFloatingPoint: Bool { self == .float32 || self == .float64 }

    /// True for the integer types, and for bool when `includingBool` is set
    /// (PyTorch's `isIntegralType(t, includeBool)`).
    public func isIntegral(includingBool: Bool) -> Bool {
        switch self {
        case .bool: return includingBool
        case .uint8, .int32, .int64: return true
        case .float32, .float64: return false
        }
    }

    /// `torch.promote_types(self, other)`.
    public func promoted(with other: DType) -> DType {
        rawValue >= other.rawValue ? self : other
    }

    /// PyTorch's `canCast(from, to)`: a float result cannot be written into an integer tensor, nor
    /// a non-bool result into a bool tensor (the rule behind "result type Float can't be cast to
    /// the desired output type Long").
    public static func canCast(from: DType, to: DType) -> Bool {
        if from.isFloatingPoint && !to.isFloatingPoint { return false }
        if from != .bool && to == .bool { return false }
        return true
    }

    /// Looks a dtype up by any of the names Python code uses for it: "float32", "float", "torch.float32",
    /// "long", "int64", "torch.LongTensor", "uint8", "bool", "double", "int", "int32".
    public init?(name: String) {
        var key = name
        if key.hasPrefix("torch.") { key.removeFirst(6) }
        switch key {
        case "bool", "BoolTensor": self = .bool
        case "uint8", "ByteTensor": self = .uint8
        case "int32", "int", "IntTensor": self = .int32
        case "int64", "long", "LongTensor": self = .int64
        case "float32", "float", "FloatTensor": self = .float32
        case "float64", "double", "DoubleTensor": self = .float64
        default: return nil
        }
    }

    /// The category PyTorch's `result_type` compares across priority classes.
    var category: Int {
        switch self {
        case .bool: return 0
        case .uint8, .int32, .int64: return 1
        case .float32, .float64: return 2
        }
    }
}
