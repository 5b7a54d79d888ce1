#if canImport(Glibc)
import Glibc
#endif

/// The integer functions of `math` (`factorial`, `gcd`, `lcm`, `isqrt`, `comb`, `perm`) on ints
/// of any size, and logarithms that accept ints too large for a float, as CPython's do.
extension MathModule {
    static func installIntegerFunctions(_ ns: Namespace) {
        ns.function("factorial", "n, /") { i, a in
            guard a[0].isInteger || a[0].asObject?.type.lookup("__index__") != nil else {
                throw PyException(BuiltinTypes.typeError, "'\(a[0].typeName)' object cannot be interpreted as an integer")
            }
            let n = try i.integerArgument(a[0])
            if n.negative { throw PyException(BuiltinTypes.valueError, "factorial() not defined for negative values") }
            guard let count = n.asInt, count <= 1 << 24 else {
                throw PyException(BuiltinTypes.overflowError, "factorial() argument should not exceed \(Int.max)")
            }
            return .integer(MathModule.product(from: 2, through: count))
        }
        ns.function("gcd", "*integers") { i, a in
            var g = BigInteger.zero
            for v in (a[0].asObject as? PyTuple)?.items ?? [] { g = BigInteger.gcd(g, try i.integerArgument(v)) }
            return .integer(g)
        }
        ns.function("lcm", "*integers") { i, a in
            var l = BigInteger.one
            for v in (a[0].asObject as? PyTuple)?.items ?? [] {
                let x = try i.integerArgument(v).magnitude
                if x.isZero { return .int(0) }
                l = BigInteger.floorDivMod(l, BigInteger.gcd(l, x)).quotient * x
            }
            return .integer(l)
        }
        ns.function("isqrt", "n, /") { i, a in
            let n = try i.integerArgument(a[0])
            if n.negative { throw PyException(BuiltinTypes.valueError, "isqrt() argument must be nonnegative") }
            return .integer(n.integerSquareRoot())
        }
        ns.function("comb", "n, k, /") { i, a in
            let n = try i.integerArgument(a[0]), k = try i.integerArgument(a[1])
            if n.negative { throw PyException(BuiltinTypes.valueError, "n must be a non-negative integer") }
            if k.negative { throw PyException(BuiltinTypes.valueError, "k must be a non-negative integer") }
            if BigInteger.compare(k, n) > 0 { return .int(0) }
            let other = n - k
            guard let steps = (BigInteger.compare(k, other) < 0 ? k : other).asInt else {
                throw PyException(BuiltinTypes.overflowError, "min(n - k, k) must not exceed \(Int.max)")
            }
            // Each partial product of j consecutive numbers is divisible by j!.
            var result = BigInteger.one
            for j in 0..<steps {
                result = BigInteger.floorDivMod(result * (n - BigInteger(j)), BigInteger(j + 1)).quotient
            }
            return .integer(result)
        }
        ns.function("perm", "n, k=None, /") { i, a in
            let n = try i.integerArgument(a[0])
            let k = a[1].isNone ? n : try i.integerArgument(a[1])
            if n.negative { throw PyException(BuiltinTypes.valueError, "n must be a non-negative integer") }
            if k.negative { throw PyException(BuiltinTypes.valueError, "k must be a non-negative integer") }
            if BigInteger.compare(k, n) > 0 { return .int(0) }
            guard let steps = k.asInt else { throw PyException(BuiltinTypes.overflowError, "k must not exceed \(Int.max)") }
            var result = BigInteger.one
            for j in 0..<steps { result = result * (n - BigInteger(j)) }
            return .integer(result)
        }
    }

    /// `low * (low + 1) * ... * high`, multiplying halves so the big multiplications are
    /// balanced (much faster than one number at a time for large factorials).
    static func product(from low: Int, through high: Int) -> BigInteger {
        if low > high { return .one }
        if high - low < 16 {
            var result = BigInteger.one
            var chunk: UInt = 1
            for k in low...high {
                let (next, overflow) = chunk.multipliedReportingOverflow(by: UInt(k))
                if overflow {
                    result = result * BigInteger(magnitude: chunk)
                    chunk = UInt(k)
                } else {
                    chunk = next
                }
            }
            return result * BigInteger(magnitude: chunk)
        }
        let middle = low + (high - low) / 2
        return product(from: low, through: middle) * product(from: middle + 1, through: high)
    }

    /// A positive float argument (ValueError "math domain error" otherwise).
    static func positive(_ interpreter: Interpreter, _ value: Value) throws -> Double {
        let x = try interpreter.doubleArgument(value)
        if !(x > 0) && !x.isNaN { throw PyException(BuiltinTypes.valueError, "math domain error") }
        return x
    }

    /// `log`, `log2` or `log10` (`f`) of a number; an int too large for a float is split into
    /// a fraction in [0.5, 1) and a power of two first, as CPython's `loghelper` does, so
    /// `log2(2**2000)` is exactly 2000.0.
    static func logarithm(_ interpreter: Interpreter, _ value: Value, _ f: (Double) -> Double) throws -> Double {
        guard let big = value.asBigInt, big.value.doubleValue == nil else { return f(try positive(interpreter, value)) }
        if big.value.negative { throw PyException(BuiltinTypes.valueError, "math domain error") }
        var exponent = big.bitLength
        var fraction = BigInteger.roundedDouble(big.value, sticky: false, scale: -exponent)
        if fraction == 1.0 {
            fraction = 0.5
            exponent += 1
        }
        return f(fraction) + f(2.0) * Double(exponent)
    }
}
