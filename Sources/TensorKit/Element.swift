/// The Swift types that back each dtype, so kernels can be written once as generics and
/// specialised per dtype by the optimiser.
protocol TensorElement {
    static var dtype: DType { get }
    /// C++ static_cast from double, as PyTorch converts (floats to ints truncate; NaN and
    /// out-of-range values wrap the way x86 does instead of trapping).
    init(castingDouble value: Double)
    /// C++ static_cast from int64 (wrapping for narrow integers).
    init(castingInt value: Int)
    var doubleValue: Double { get }
    var intValue: Int { get }
}

extension Bool: TensorElement {
    static var dtype: DType { .bool }
    @inline(__always) init(castingDouble value: Double) { self = value != 0 }
    @inline(__always) init(castingInt value: Int) { self = value != 0 }
    @inline(__always) var doubleValue: Double { self ? 1 : 0 }
    @inline(__always) var intValue: Int { self ? 1 : 0 }
}

extension UInt8: TensorElement {
    static var dtype: DType { .uint8 }
    @inline(__always) init(castingDouble value: Double) { self = UInt8(truncatingIfNeeded: Int(truncatingDouble: value)) }
    @inline(__always) init(castingInt value: Int) { self = UInt8(truncatingIfNeeded: value) }
    @inline(__always) var doubleValue: Double { Double(self) }
    @inline(__always) var intValue: Int { Int(self) }
}

extension Int32: TensorElement {
    static var dtype: DType { .int32 }
    @inline(__always) init(castingDouble value: Double) {
        // x86's cvttsd2si to 32 bits gives INT32_MIN for anything out of range.
        if value.isNaN || value >= 2147483648.0 || value <= -2147483649.0 { self = Int32.min } else { self = Int32(value) }
    }
    @inline(__always) init(castingInt value: Int) { self = Int32(truncatingIfNeeded: value) }
    @inline(__always) var doubleValue: Double { Double(self) }
    @inline(__always) var intValue: Int { Int(self) }
}

extension Int64: TensorElement {
    static var dtype: DType { .int64 }
    @inline(__always) init(castingDouble value: Double) { self = Int64(Int(truncatingDouble: value)) }
    @inline(__always) init(castingInt value: Int) { self = Int64(value) }
    @inline(__always) var doubleValue: Double { Double(self) }
    @inline(__always) var intValue: Int { Int(self) }
}

extension Float: TensorElement {
    static var dtype: DType { .float32 }
    @inline(__always) init(castingDouble value: Double) { self = Float(value) }
    @inline(__always) init(castingInt value: Int) { self = Float(value) }
    @inline(__always) var doubleValue: Double { Double(self) }
    @inline(__always) var intValue: Int { Int(truncatingDouble: Double(self)) }
}

extension Double: TensorElement {
    static var dtype: DType { .float64 }
    @inline(__always) init(castingDouble value: Double) { self = value }
    @inline(__always) init(castingInt value: Int) { self = Double(value) }
    @inline(__always) var doubleValue: Double { self }
    @inline(__always) var intValue: Int { Int(truncatingDouble: self) }
}

/// Reads and writes single elements of any dtype through raw pointers: the slow-but-general
/// path used by `item()`, printing, `tolist()` and scalar fast paths.
enum ElementAccess {
    @inline(__always)
    static func loadDouble(_ p: UnsafeRawPointer, _ dtype: DType) -> Double {
        switch dtype {
        case .bool: return p.load(as: Bool.self) ? 1 : 0
        case .uint8: return Double(p.load(as: UInt8.self))
        case .int32: return Double(p.load(as: Int32.self))
        case .int64: return Double(p.load(as: Int64.self))
        case .float32: return Double(p.load(as: Float.self))
        case .float64: return p.load(as: Double.self)
        }
    }

    @inline(__always)
    static func loadInt(_ p: UnsafeRawPointer, _ dtype: DType) -> Int {
        switch dtype {
        case .bool: return p.load(as: Bool.self) ? 1 : 0
        case .uint8: return Int(p.load(as: UInt8.self))
        case .int32: return Int(p.load(as: Int32.self))
        case .int64: return Int(p.load(as: Int64.self))
        case .float32: return Int(truncatingDouble: Double(p.load(as: Float.self)))
        case .float64: return Int(truncatingDouble: p.load(as: Double.self))
        }
    }

    @inline(__always)
    static func loadScalar(_ p: UnsafeRawPointer, _ dtype: DType) -> Scalar {
        switch dtype {
        case .bool: return .bool(p.load(as: Bool.self))
        case .uint8: return .int(Int(p.load(as: UInt8.self)))
        case .int32: return .int(Int(p.load(as: Int32.self)))
        case .int64: return .int(Int(p.load(as: Int64.self)))
        case .float32: return .float(Double(p.load(as: Float.self)))
        case .float64: return .float(p.load(as: Double.self))
        }
    }

    /// Stores a Python scalar with C++ cast semantics (a float into an int tensor truncates).
    @inline(__always)
    static func store(_ value: Scalar, _ p: UnsafeMutableRawPointer, _ dtype: DType) {
        switch value {
        case .bool(let b): storeInt(b ? 1 : 0, p, dtype)
        case .int(let i): storeInt(i, p, dtype)
        case .float(let d): storeDouble(d, p, dtype)
        }
    }

    @inline(__always)
    static func storeDouble(_ v: Double, _ p: UnsafeMutableRawPointer, _ dtype: DType) {
        switch dtype {
        case .bool: p.storeBytes(of: v != 0, as: Bool.self)
        case .uint8: p.storeBytes(of: UInt8(castingDouble: v), as: UInt8.self)
        case .int32: p.storeBytes(of: Int32(castingDouble: v), as: Int32.self)
        case .int64: p.storeBytes(of: Int64(castingDouble: v), as: Int64.self)
        case .float32: p.storeBytes(of: Float(v), as: Float.self)
        case .float64: p.storeBytes(of: v, as: Double.self)
        }
    }

    @inline(__always)
    static func storeInt(_ v: Int, _ p: UnsafeMutableRawPointer, _ dtype: DType) {
        switch dtype {
        case .bool: p.storeBytes(of: v != 0, as: Bool.self)
        case .uint8: p.storeBytes(of: UInt8(truncatingIfNeeded: v), as: UInt8.self)
        case .int32: p.storeBytes(of: Int32(truncatingIfNeeded: v), as: Int32.self)
        case .int64: p.storeBytes(of: Int64(v), as: Int64.self)
        case .float32: p.storeBytes(of: Float(v), as: Float.self)
        case .float64: p.storeBytes(of: Double(v), as: Double.self)
        }
    }
}
