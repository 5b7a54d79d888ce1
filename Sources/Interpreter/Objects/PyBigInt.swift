/// A Python int that does not fit in 64 bits. Its type is `int`: Python code cannot tell it
/// from a small int, which stays `Value.int` so that the VM's fast paths never see this class.
/// Every operation that makes an int goes through `Value.integer(_:)`, which gives back
/// `Value.int` whenever the result fits.
public final class PyBigInt: PyObject {
    let value: BigInteger

    init(_ value: BigInteger) {
        self.value = value
        super.init(type: BuiltinTypes.int, kind: .bigInt)
    }

    public override var acceptsAttributes: Bool { false }

    /// The dictionary hash: the one an equal float has (`HashKey.floatHash`) when the value is
    /// a double exactly, else CPython's hash of the int. Computed once: the value never changes.
    var keyHash: Int {
        if let cachedKeyHash { return cachedKeyHash }
        let hash: Int
        if bitLength <= 1024, let d = value.doubleValue, BigInteger.compare(value, d) == 0 {
            hash = HashKey.floatHash(d)
        } else {
            hash = value.pythonHash
        }
        cachedKeyHash = hash
        return hash
    }

    private var cachedKeyHash: Int?

    var bitLength: Int { value.bitLength }
}

extension Value {
    /// An int of any size: `.int` when it fits in 64 bits, a `PyBigInt` otherwise.
    static func integer(_ value: BigInteger) -> Value {
        if let i = value.asInt { return .int(i) }
        return .object(PyBigInt(value))
    }

    /// The value of an int, bool or big int (nil for anything else).
    var bigIntegerValue: BigInteger? {
        switch self {
        case .int(let i): return BigInteger(i)
        case .bool(let b): return BigInteger(b ? 1 : 0)
        case .object(let o):
            guard o.objectKind == .bigInt else { return nil }
            return unsafeDowncast(o, to: PyBigInt.self).value
        default: return nil
        }
    }

    /// The big int this value holds, if it is one.
    var asBigInt: PyBigInt? {
        guard case .object(let o) = self, o.objectKind == .bigInt else { return nil }
        return unsafeDowncast(o, to: PyBigInt.self)
    }

    /// Whether this is an int too large for 64 bits (which libraries cannot store).
    public var isBigInt: Bool { asBigInt != nil }

    /// Whether this is an int, a bool or a big int.
    var isInteger: Bool {
        switch self {
        case .int, .bool: return true
        case .object(let o): return o.objectKind == .bigInt
        default: return false
        }
    }
}

/// Big ints for code outside the interpreter (the workspace file stores them as text).
extension Value {
    /// A big int's value in base 16, with a leading `-` when negative; nil for other values.
    public var bigIntHexText: String? {
        guard let big = asBigInt else { return nil }
        return (big.value.negative ? "-" : "") + big.value.magnitudeDigits(radix: 16)
    }

    /// The int written by `bigIntHexText`; nil for text that is not one.
    public static func integer(hexText: String) -> Value? {
        var digits = Array(hexText.utf8)
        let negative = digits.first == UInt8(ascii: "-")
        if negative { digits.removeFirst() }
        guard !digits.isEmpty, digits.allSatisfy({ BigInteger.digitValue($0) < 16 }) else { return nil }
        let magnitude = BigInteger(digits: digits, radix: 16)
        return .integer(negative ? -magnitude : magnitude)
    }
}
