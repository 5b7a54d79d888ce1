/// A Python number mixing with tensors: `t * 2`, `t + 1.5`, `t & True`, `t.item()`.
///
/// Scalars take part in type promotion as PyTorch's "wrapped numbers": they never raise a
/// tensor's category dtype (int64 tensor * 2 stays int64, uint8 tensor + 300 stays uint8), but
/// they lift its category (int64 tensor * 1.5 is float32, bool tensor + 1 is int64).
public enum Scalar: Sendable, Equatable, CustomStringConvertible {
    case bool(Bool)
    case int(Int)
    case float(Double)

    /// The dtype a Python scalar of this kind becomes as a wrapped number (bool, int64, float32).
    public var wrappedDType: DType {
        switch self {
        case .bool: return .bool
        case .int: return .int64
        case .float: return DType.defaultFloat
        }
    }

    /// The dtype `torch.tensor(x)` gives this scalar (bool, int64, float32).
    public var inferredDType: DType { wrappedDType }

    /// The value as a Double (true is 1).
    public var doubleValue: Double {
        switch self {
        case .bool(let b): return b ? 1 : 0
        case .int(let i): return Double(i)
        case .float(let d): return d
        }
    }

    /// The value as an Int; floats truncate toward zero like C++'s static_cast (NaN and values
    /// outside Int's range give Int.min, as x86 does).
    public var intValue: Int {
        switch self {
        case .bool(let b): return b ? 1 : 0
        case .int(let i): return i
        case .float(let d): return Int(truncatingDouble: d)
        }
    }

    /// True when the value is nonzero (NaN is true, as in C).
    public var boolValue: Bool {
        switch self {
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .float(let d): return d != 0
        }
    }

    /// True for `.float`.
    public var isFloatingPoint: Bool {
        if case .float = self { return true }
        return false
    }

    /// True for `.bool`.
    public var isBool: Bool {
        if case .bool = self { return true }
        return false
    }

    /// Python's `repr` of the number ("3", "2.5", "True", "1e-05", "nan", "inf").
    public var description: String {
        switch self {
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .float(let d): return PythonFloatFormat.repr(d)
        }
    }
}

extension Scalar: ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral, ExpressibleByBooleanLiteral {
    /// A Python int literal.
    public init(integerLiteral value: Int) { self = .int(value) }
    /// A Python float literal.
    public init(floatLiteral value: Double) { self = .float(value) }
    /// A Python bool literal.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension Int {
    /// C++ `static_cast<int64_t>(double)` as x86 computes it: truncation toward zero, and the
    /// "integer indefinite" value Int.min for NaN and out-of-range inputs instead of a trap.
    @inline(__always)
    init(truncatingDouble d: Double) {
        if d.isNaN || d >= 9223372036854775808.0 || d < -9223372036854775808.0 {
            self = Int.min
        } else {
            self = Int(d)
        }
    }
}
