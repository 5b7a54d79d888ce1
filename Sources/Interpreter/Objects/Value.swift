/// A Python value. The common scalar types are stored inline so that arithmetic on them does not
/// allocate; everything else is a reference to a `PyObject`.
public enum Value {
    case none
    case bool(Bool)
    case int(Int)
    case float(Double)
    case object(PyObject)
    /// Internal marker: an unbound local slot, or "no self" in a method call. Never visible to
    /// Python code.
    case unset

    @inline(__always)
    public var isNone: Bool { if case .none = self { return true } else { return false } }

    @inline(__always)
    public var isUnset: Bool { if case .unset = self { return true } else { return false } }

    @inline(__always)
    public var asObject: PyObject? { if case .object(let o) = self { return o } else { return nil } }

    public static func str(_ s: String) -> Value { .object(PyStr(s)) }
    public static func tuple(_ items: [Value]) -> Value { .object(PyTuple(items)) }
    public static func list(_ items: [Value]) -> Value { .object(PyList(items)) }

    /// The Python class of this value.
    public var type: PyType {
        switch self {
        case .none: return BuiltinTypes.noneType
        case .bool: return BuiltinTypes.bool
        case .int: return BuiltinTypes.int
        case .float: return BuiltinTypes.float
        case .object(let o): return o.type
        case .unset: return BuiltinTypes.noneType
        }
    }

    /// `type(x).__name__`, as error messages use it.
    public var typeName: String { type.name }

    /// Object identity for `is`: scalars compare by value (CPython caches small ints, and the
    /// book never relies on `is` between computed numbers).
    public func isIdentical(to other: Value) -> Bool {
        switch (self, other) {
        case (.none, .none), (.unset, .unset): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.int(a), .int(b)): return a == b
        case let (.float(a), .float(b)): return a.bitPattern == b.bitPattern
        case let (.object(a), .object(b)): return a === b
        default: return false
        }
    }
}
