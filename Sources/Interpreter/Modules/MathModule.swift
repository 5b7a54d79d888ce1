#if canImport(Glibc)
import Glibc
#endif

/// `math`.
enum MathModule {
    static func make(_ interpreter: Interpreter) -> PyModule {
        interpreter.makeModule("math") { ns in
            ns["pi"] = .float(Double.pi)
            ns["e"] = .float(M_E)
            ns["tau"] = .float(2 * Double.pi)
            ns["inf"] = .float(.infinity)
            ns["nan"] = .float(.nan)
            func unary(_ name: String, domain: ((Double) -> Bool)? = nil, _ f: @escaping (Double) -> Double) {
                ns.function(name, "x, /") { i, a in
                    let x = try i.doubleArgument(a[0])
                    if let domain, !domain(x) { throw PyException(BuiltinTypes.valueError, "math domain error") }
                    let result = f(x)
                    if result.isInfinite && x.isFinite { throw PyException(BuiltinTypes.overflowError, "math range error") }
                    return .float(result)
                }
            }
            unary("sqrt", domain: { $0 >= 0 || $0.isNaN }, Glibc.sqrt)
            unary("exp", Glibc.exp)
            unary("sin", Glibc.sin)
            unary("cos", Glibc.cos)
            unary("tan", Glibc.tan)
            unary("asin", domain: { abs($0) <= 1 }, Glibc.asin)
            unary("acos", domain: { abs($0) <= 1 }, Glibc.acos)
            unary("atan", Glibc.atan)
            unary("sinh", Glibc.sinh)
            unary("cosh", Glibc.cosh)
            unary("tanh", Glibc.tanh)
            ns.function("log2", "x, /") { i, a in .float(try MathModule.logarithm(i, a[0], Glibc.log2)) }
            ns.function("log10", "x, /") { i, a in .float(try MathModule.logarithm(i, a[0], Glibc.log10)) }
            unary("log1p", domain: { $0 > -1 }, Glibc.log1p)
            unary("expm1", Glibc.expm1)
            unary("fabs", Swift.abs)
            unary("erf", Glibc.erf)
            unary("erfc", Glibc.erfc)
            unary("gamma", domain: { !($0 <= 0 && $0 == $0.rounded()) }, Glibc.tgamma)
            unary("lgamma", Glibc.lgamma)
            unary("degrees") { $0 * 180 / Double.pi }
            unary("radians") { $0 * Double.pi / 180 }
            ns.function("log", "x, base=None, /") { i, a in
                let logX = try MathModule.logarithm(i, a[0], Glibc.log)
                if a[1].isNone { return .float(logX) }
                let logBase = try MathModule.logarithm(i, a[1], Glibc.log)
                if logBase == 0 { throw PyException(BuiltinTypes.zeroDivisionError, "float division by zero") }
                return .float(logX / logBase)
            }
            ns.function("pow", "x, y, /") { i, a in .float(try Arithmetic.floatPower(try i.doubleArgument(a[0]), try i.doubleArgument(a[1]))) }
            ns.function("atan2", "y, x, /") { i, a in .float(Glibc.atan2(try i.doubleArgument(a[0]), try i.doubleArgument(a[1]))) }
            ns.function("hypot", "*coordinates") { i, a in
                let values = try ((a[0].asObject as? PyTuple)?.items ?? []).map { try i.doubleArgument($0) }
                return .float(Glibc.sqrt(values.reduce(0) { $0 + $1 * $1 }))
            }
            ns.function("copysign", "x, y, /") { i, a in .float(Glibc.copysign(try i.doubleArgument(a[0]), try i.doubleArgument(a[1]))) }
            ns.function("fmod", "x, y, /") { i, a in
                let y = try i.doubleArgument(a[1])
                if y == 0 { throw PyException(BuiltinTypes.valueError, "math domain error") }
                return .float(Glibc.fmod(try i.doubleArgument(a[0]), y))
            }
            for (name, rule) in [("floor", FloatingPointRoundingRule.down), ("ceil", .up), ("trunc", .towardZero)] {
                ns.function(name, "x, /") { i, a in
                    if let n = Arithmetic.intValue(a[0]) { return .int(n) }
                    if a[0].asBigInt != nil { return a[0] }
                    if case .object(let o) = a[0], let method = o.type.lookup("__\(name)__") { return try i.call(method, Arguments([a[0]])) }
                    return try i.toInt(.float(try i.doubleArgument(a[0]).rounded(rule)))
                }
            }
            ns.function("isnan", "x, /") { i, a in .bool(try i.doubleArgument(a[0]).isNaN) }
            ns.function("isinf", "x, /") { i, a in .bool(try i.doubleArgument(a[0]).isInfinite) }
            ns.function("isfinite", "x, /") { i, a in .bool(try i.doubleArgument(a[0]).isFinite) }
            ns.function("isclose", "a, b, *, rel_tol=1e-09, abs_tol=0.0") { i, a in
                let x = try i.doubleArgument(a[0]), y = try i.doubleArgument(a[1])
                let rel = try i.doubleArgument(a[2]), absolute = try i.doubleArgument(a[3])
                if x == y { return .bool(true) }
                if x.isInfinite || y.isInfinite { return .bool(false) }
                let difference = Swift.abs(x - y)
                return .bool(difference <= Swift.abs(rel * y) || difference <= Swift.abs(rel * x) || difference <= absolute)
            }
            MathModule.installIntegerFunctions(ns)
            ns.function("prod", "iterable, /, *, start=1") { i, a in
                var total = a[1]
                for item in try i.collect(a[0]) { total = try i.binaryOperation(.multiply, total, item) }
                return total
            }
            ns.function("fsum", "seq, /") { i, a in
                // Neumaier compensated summation: exact enough to match math.fsum on typical data.
                var sum = 0.0, compensation = 0.0
                for item in try i.collect(a[0]) {
                    let x = try i.doubleArgument(item)
                    let t = sum + x
                    if Swift.abs(sum) >= Swift.abs(x) { compensation += (sum - t) + x } else { compensation += (x - t) + sum }
                    sum = t
                }
                return .float(sum + compensation)
            }
            ns.function("modf", "x, /") { i, a in
                let x = try i.doubleArgument(a[0])
                let integral = x.rounded(.towardZero)
                return .object(PyTuple([.float(Glibc.copysign(x - integral, x)), .float(integral)]))
            }
            ns.function("frexp", "x, /") { i, a in
                var exponent: Int32 = 0
                let mantissa = Glibc.frexp(try i.doubleArgument(a[0]), &exponent)
                return .object(PyTuple([.float(mantissa), .int(Int(exponent))]))
            }
            ns.function("ldexp", "x, i, /") { i, a in .float(Glibc.ldexp(try i.doubleArgument(a[0]), Int32(clamping: try i.intArgument(a[1])))) }
        }
    }
}
