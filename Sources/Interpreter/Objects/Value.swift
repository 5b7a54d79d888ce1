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

// MARK: Raw access for the VM

/// The VM reads the case of a stack slot and the object in it without copying the `Value`
/// (which would retain and release the object). This relies on the layout Swift gives this
/// enum: the payload in the first 8 bytes, then a tag byte (0 bool, 1 int, 2 float, 3 object,
/// 4 for the cases without payload). `Value.checkLayout()` verifies it when an interpreter is
/// created.
extension Value {
    @inline(__always) static var objectTag: UInt8 { 3 }

    static func checkLayout() {
        func tag(_ value: Value) -> UInt8 {
            withUnsafeBytes(of: value) { $0[8] }
        }
        let object = PyObject(type: BuiltinTypes.object)
        let value = Value.object(object)
        let payload = withUnsafeBytes(of: value) { $0.load(as: UnsafeRawPointer.self) }
        precondition(MemoryLayout<Value>.size == 9 && tag(.bool(true)) == 0 && tag(.int(-1)) == 1 && tag(.float(-1)) == 2
                     && tag(value) == objectTag && tag(.none) == 4 && tag(.unset) == 4
                     && payload == UnsafeRawPointer(Unmanaged.passUnretained(object).toOpaque()),
                     "unexpected memory layout of Value")
    }
}

extension UnsafeMutablePointer where Pointee == Value {
    /// The object in this slot, unretained (the slot keeps it alive), or nil for other values.
    @inline(__always)
    var unretainedObject: Unmanaged<PyObject>? {
        let raw = UnsafeRawPointer(self)
        guard raw.load(fromByteOffset: 8, as: UInt8.self) == Value.objectTag else { return nil }
        return Unmanaged.fromOpaque(raw.load(as: UnsafeRawPointer.self))
    }
}

/// Slot operations for the dispatch loop that check the tag inline instead of calling Swift's
/// outlined copy and destroy functions for `Value` (most slots hold ints and floats, which need
/// no reference counting). They do exactly what the typed operations do.
extension UnsafeMutablePointer where Pointee == Value {
    /// `deinitialize(count: 1)`.
    @inline(__always)
    func releaseSlot() {
        if let object = unretainedObject { object.release() }
    }

    /// `deinitialize(count: count)`.
    @inline(__always)
    func releaseSlots(_ count: Int) {
        var slot = self
        let end = self + count
        while slot < end {
            if let object = slot.unretainedObject { object.release() }
            slot += 1
        }
    }

    /// `initialize(to: source.pointee)` for an uninitialised slot.
    @inline(__always)
    func initialize(copying source: UnsafeMutablePointer<Value>) {
        if let object = source.unretainedObject {
            // A typed copy: its retain is non-atomic (`Unmanaged.retain()` would be atomic).
            object._withUnsafeGuaranteedRef { initialize(to: .object($0)) }
        } else {
            UnsafeMutableRawPointer(self).copyMemory(from: UnsafeRawPointer(source), byteCount: MemoryLayout<Value>.size)
        }
    }

    /// `pointee = source.move()`: the slot's old value is released, `source` is left
    /// uninitialised.
    @inline(__always)
    func assign(movingFrom source: UnsafeMutablePointer<Value>) {
        let old = unretainedObject
        UnsafeMutableRawPointer(self).copyMemory(from: UnsafeRawPointer(source), byteCount: MemoryLayout<Value>.size)
        old?.release()
    }
}
