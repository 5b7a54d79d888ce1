/// The slow path of int arithmetic: operands or results past 64 bits, as CPython computes them.
extension Arithmetic {
    /// Results past this many bits are refused with MemoryError before any work (CPython would
    /// try and exhaust the memory): 2**32 bits is a 512 MB int.
    static let maximumBits = 1 << 32

    static func tooLarge() -> PyException { PyException(BuiltinTypes.memoryError, "") }

    /// MemoryError unless a result of about `bits` bits (and the temporaries of the same size
    /// that computing it takes) can be allocated: Swift aborts on allocation failure.
    static func checkResultSize(bits: Int) throws {
        if bits > maximumBits { throw tooLarge() }
        try Allocation.check(count: bits / UInt.bitWidth + 1, elementSize: 4 * MemoryLayout<UInt>.size)
    }

    static func floatOverflow() -> PyException {
        PyException(BuiltinTypes.overflowError, "int too large to convert to float")
    }

    /// A number as a float operand: ints convert exactly or with OverflowError; nil for a
    /// value that is not a number.
    static func floatOperand(_ value: Value) throws -> Double? {
        if let d = doubleValue(value) { return d }
        guard let big = value.asBigInt else { return nil }
        guard let d = big.value.doubleValue else { throw floatOverflow() }
        return d
    }

    static func bigTrueDivide(_ a: BigInteger, _ b: BigInteger) throws -> Double {
        if b.isZero { throw PyException(BuiltinTypes.zeroDivisionError, "division by zero") }
        guard let d = BigInteger.trueDivide(a, b) else {
            throw PyException(BuiltinTypes.overflowError, "integer division result too large for a float")
        }
        return d
    }

    static func bigInteger(_ op: BinaryOperation, _ a: BigInteger, _ b: BigInteger) throws -> Value? {
        switch op {
        case .add: return .integer(a + b)
        case .subtract: return .integer(a - b)
        case .multiply:
            try checkResultSize(bits: a.bitLength + b.bitLength)
            return .integer(a * b)
        case .divide: return .float(try bigTrueDivide(a, b))
        case .floorDivide:
            if b.isZero { throw PyException(BuiltinTypes.zeroDivisionError, "integer division or modulo by zero") }
            return .integer(BigInteger.floorDivMod(a, b).quotient)
        case .modulo:
            if b.isZero { throw PyException(BuiltinTypes.zeroDivisionError, "integer modulo by zero") }
            return .integer(BigInteger.floorDivMod(a, b).remainder)
        case .power: return try bigPower(a, b)
        case .leftShift:
            if b.negative { throw PyException(BuiltinTypes.valueError, "negative shift count") }
            if a.isZero { return .int(0) }
            guard let count = b.asInt else { throw tooLarge() }
            let (bits, overflow) = a.bitLength.addingReportingOverflow(count)
            if overflow { throw tooLarge() }
            try checkResultSize(bits: bits)
            return .integer(a.shiftedLeft(count))
        case .rightShift:
            if b.negative { throw PyException(BuiltinTypes.valueError, "negative shift count") }
            guard let count = b.asInt, count < a.bitLength else { return .int(a.negative ? -1 : 0) }
            return .integer(a.shiftedRight(count))
        case .bitAnd: return .integer(a & b)
        case .bitOr: return .integer(a | b)
        case .bitXor: return .integer(a ^ b)
        case .matrixMultiply: return nil
        }
    }

    static func bigPower(_ a: BigInteger, _ b: BigInteger) throws -> Value {
        if b.negative {
            if a.isZero { throw PyException(BuiltinTypes.zeroDivisionError, "0.0 cannot be raised to a negative power") }
            // CPython converts both to float: an int too large for a float is OverflowError.
            guard let x = a.doubleValue else { throw floatOverflow() }
            guard let y = b.doubleValue else { throw floatOverflow() }
            return .float(try floatPower(x, y))
        }
        if a.isZero || b.isZero || BigInteger.compare(a.magnitude, .one) == 0 {
            if b.isZero { return .int(1) }
            if a.isZero { return .int(0) }
            return .int(a.negative && b.isOdd ? -1 : 1)
        }
        guard let exponent = b.asInt, exponent <= maximumBits / max(1, a.bitLength - 1) else { throw tooLarge() }
        try checkResultSize(bits: (a.bitLength - 1) * exponent + 1)
        return .integer(a.power(exponent))
    }

    /// `pow(base, exponent, modulus)` for ints: the modulus's sign, negative exponents through
    /// the modular inverse.
    static func modularPower(_ base: BigInteger, _ exponent: BigInteger, _ modulus: BigInteger) throws -> Value {
        if modulus.isZero { throw PyException(BuiltinTypes.valueError, "pow() 3rd argument cannot be 0") }
        var base = base, exponent = exponent
        if exponent.negative {
            guard let inverse = base.inverse(modulo: modulus.magnitude) else {
                throw PyException(BuiltinTypes.valueError, "base is not invertible for the given modulus")
            }
            base = inverse
            exponent = -exponent
        }
        return .integer(base.power(exponent, modulus: modulus))
    }
}

// MARK: Comparisons

extension Arithmetic {
    /// An int against a float, exactly (CPython compares the true values: `2**53 + 1 > 2.0**53`);
    /// nil for NaN.
    static func compare(_ a: Int, _ b: Double) -> Int? {
        if b.isNaN { return nil }
        if a.magnitude <= 1 << 53 {
            let x = Double(a)
            return x < b ? -1 : (x == b ? 0 : 1)
        }
        return BigInteger.compare(BigInteger(a), b)
    }

    /// Order of two numbers at least one of which is a big int; nil when the other is not a
    /// number or is NaN.
    static func bigOrder(_ left: Value, _ right: Value) -> Int? {
        if let a = left.bigIntegerValue {
            if let b = right.bigIntegerValue { return BigInteger.compare(a, b) }
            if case .float(let d) = right { return BigInteger.compare(a, d) }
            return nil
        }
        guard case .float(let d) = left, let b = right.bigIntegerValue else { return nil }
        return BigInteger.compare(b, d).map { -$0 }
    }
}
