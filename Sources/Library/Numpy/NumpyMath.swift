import Foundation
import Interpreter
import TensorKit

/// numpy's rules on TensorKit: type promotion (integers meet Python floats and true division
/// as float64, where PyTorch gives float32), float64 results of float functions on integers,
/// reductions with `axis=` and `ddof=`, and 0-d results as numpy scalars.
enum NumpyMath {
    static func array(_ value: Value, _ interpreter: Interpreter) throws -> Tensor {
        if case .object(let o) = value, let t = o as? PyTensor { return t.tensor }
        guard let made = (try ArrayTypes.makeArray(value, dtype: nil, interpreter)).asObject as? PyTensor else {
            throw PyException(BuiltinTypes.typeError, "could not convert to an array")
        }
        return made.tensor
    }

    static func float64(_ t: Tensor) throws -> Tensor { t.dtype.isFloatingPoint ? t : try t.to(.float64) }

    /// `a op b` with numpy's promotion; `pythonOperand` is the Python value behind whichever
    /// side came from Python (None when both are arrays): a Python float makes an integer array
    /// float64; a Python number never widens a float32 array.
    static func binary(_ op: BinaryOp, _ a: Tensor, _ b: Tensor, pythonOperand: Value) throws -> Tensor {
        var a = a, b = b
        let otherIsPythonNumber = TensorConversions.scalar(pythonOperand) != nil
        if case .float = pythonOperand {
            if !a.dtype.isFloatingPoint { a = try a.to(.float64) }
            if !b.dtype.isFloatingPoint { b = try b.to(.float64) }
        }
        if op == .div && !a.dtype.isFloatingPoint && !b.dtype.isFloatingPoint {
            a = try a.to(.float64); b = try b.to(.float64)
        }
        // numpy: int64/int32 with float32 is float64 (PyTorch keeps float32).
        if !otherIsPythonNumber && ((a.dtype == .float32 && (b.dtype == .int64 || b.dtype == .int32))
            || (b.dtype == .float32 && (a.dtype == .int64 || a.dtype == .int32))) {
            a = try a.to(.float64); b = try b.to(.float64)
        }
        return try Tensor.binary(op, a, b)
    }

    /// Reductions of numpy arrays: `name(a, axis, keepdims, ddof)`.
    static func reduce(_ name: String, _ t: Tensor, axis: Value, keepdims: Bool, ddof: Double = 0,
                       _ interpreter: Interpreter) throws -> Value {
        let dims = try TensorConversions.dims(axis, interpreter)
        let result: Tensor = try TorchErrors.run {
            switch name {
            case "sum": return try t.sum(dims: dims, keepdim: keepdims)
            case "prod":
                guard let dims else { return try t.prod(dim: nil).reshape(keepdims ? t.shape.map { _ in 1 } : []) }
                var out = t
                for d in dims.map({ $0 < 0 ? $0 + t.shape.count : $0 }).sorted(by: >) { out = try out.prod(dim: d, keepdim: keepdims) }
                return out
            case "mean": return try float64(t).mean(dims: dims, keepdim: keepdims)
            case "std": return try float64(t).std(dims: dims, correction: ddof, keepdim: keepdims)
            case "var": return try float64(t).variance(dims: dims, correction: ddof, keepdim: keepdims)
            case "max", "min":
                if t.count == 0 {
                    throw PyException(BuiltinTypes.valueError,
                                      "zero-size array to reduction operation \(name == "max" ? "maximum" : "minimum") which has no identity")
                }
                return name == "max" ? try t.amax(dims: dims, keepdim: keepdims) : try t.amin(dims: dims, keepdim: keepdims)
            case "argmax", "argmin":
                if t.count == 0 { throw PyException(BuiltinTypes.valueError, "attempt to get \(name) of an empty sequence") }
                let dim = dims?.first
                return name == "argmax" ? try t.argmax(dim: dim, keepdim: keepdims && dim != nil)
                    : try t.argmin(dim: dim, keepdim: keepdims && dim != nil)
            default: throw PyException(BuiltinTypes.attributeError, name)
            }
        }
        return NumpyScalars.wrap(result)
    }

    /// The float functions: integer input gives float64, as numpy's ufuncs do.
    static let floatFunctions: [(String, UnaryOp)] = [
        ("exp", .exp), ("log", .log), ("log2", .log2), ("log10", .log10), ("log1p", .log1p), ("expm1", .expm1),
        ("sqrt", .sqrt), ("sin", .sin), ("cos", .cos), ("tan", .tan), ("arcsin", .asin), ("arccos", .acos),
        ("arctan", .atan), ("sinh", .sinh), ("cosh", .cosh), ("tanh", .tanh), ("floor", .floor), ("ceil", .ceil),
        ("trunc", .trunc), ("rint", .round),
    ]
    /// Functions that keep the input's type.
    static let sameTypeFunctions: [(String, UnaryOp)] = [
        ("abs", .abs), ("absolute", .abs), ("sign", .sign), ("square", .square), ("negative", .neg),
    ]

    static func install(_ ns: Namespace) {
        for (name, op) in floatFunctions {
            ns.function(name, "x, /") { i, a in
                NumpyScalars.wrap(try TorchErrors.run { try float64(try array(a[0], i)).unary(op) })
            }
        }
        for (name, op) in sameTypeFunctions {
            ns.function(name, "x, /") { i, a in NumpyScalars.wrap(try TorchErrors.run { try array(a[0], i).unary(op) }) }
        }
        for (name, op) in [("maximum", BinaryOp.maximum), ("minimum", .minimum), ("add", .add), ("subtract", .sub),
                           ("multiply", .mul), ("divide", .div), ("power", .pow)] {
            ns.function(name, "x1, x2, /") { i, a in
                NumpyScalars.wrap(try TorchErrors.run { try binary(op, try array(a[0], i), try array(a[1], i), pythonOperand: TensorConversions.scalar(a[0]) != nil ? a[0] : a[1]) })
            }
        }
        ns.function("clip", "a, a_min, a_max") { i, a in
            var t = try array(a[0], i)
            if case .float = a[1], !t.dtype.isFloatingPoint { t = try t.to(.float64) }
            if case .float = a[2], !t.dtype.isFloatingPoint { t = try t.to(.float64) }
            let low = TensorConversions.scalar(a[1]), high = TensorConversions.scalar(a[2])
            return NumpyScalars.wrap(try TorchErrors.run { try t.clamp(min: low, max: high) })
        }
        ns.function("where", "condition, x, y") { i, a in
            let condition = try TorchErrors.run { try array(a[0], i).to(.bool) }
            var x = try array(a[1], i), y = try array(a[2], i)
            if x.dtype != y.dtype {
                let common: DType = x.dtype.isFloatingPoint || y.dtype.isFloatingPoint ? .float64 : .int64
                x = try x.to(x.dtype.isFloatingPoint && x.dtype.rawValue > y.dtype.rawValue ? x.dtype : common)
                y = try y.to(x.dtype)
            }
            return NumpyScalars.wrap(try TorchErrors.run { try Tensor.whereSelect(condition, x, y) })
        }
        for name in ["dot", "matmul"] {
            ns.function(name, "a, b") { i, a in
                var x = try array(a[0], i), y = try array(a[1], i)
                if x.dtype != y.dtype {
                    let common: DType = x.dtype.isFloatingPoint || y.dtype.isFloatingPoint ? .float64 : .int64
                    x = try x.to(common); y = try y.to(common)
                }
                if name == "dot" && (x.shape.isEmpty || y.shape.isEmpty) { return NumpyScalars.wrap(try TorchErrors.run { try x.mul(y) }) }
                return NumpyScalars.wrap(try TorchErrors.run { x.shape.count == 1 && y.shape.count == 1 ? try x.dot(y) : try x.matmul(y) })
            }
        }
        for name in ["sum", "mean", "min", "max", "amin", "amax", "argmax", "argmin", "prod"] {
            let reduction = name == "amin" ? "min" : name == "amax" ? "max" : name
            ns.function(name, "a, axis=None, keepdims=False") { i, a in
                try reduce(reduction, try array(a[0], i), axis: a[1], keepdims: try i.isTruthy(a[2]), i)
            }
        }
        for name in ["std", "var"] {
            ns.function(name, "a, axis=None, dtype=None, out=None, ddof=0, keepdims=False") { i, a in
                try reduce(name, try array(a[0], i), axis: a[1], keepdims: try i.isTruthy(a[5]), ddof: try i.doubleArgument(a[4]), i)
            }
        }
        ns.function("reshape", "a, newshape") { i, a in
            NumpyScalars.wrap(try TorchErrors.run { try array(a[0], i).reshape(try TensorConversions.intList(a[1], i)) })
        }
        ns.function("transpose", "a, axes=None") { i, a in
            let t = try array(a[0], i)
            let axes = a[1].isNone ? Array((0..<t.shape.count).reversed()) : try TensorConversions.intList(a[1], i)
            return NumpyScalars.wrap(try TorchErrors.run { try t.permute(axes) })
        }
        for name in ["round", "around"] {
            ns.function(name, "a, decimals=0") { i, a in try round(try array(a[0], i), decimals: try i.intArgument(a[1])) }
        }
        ns.function("isnan", "x, /") { i, a in NumpyScalars.wrap(try TorchErrors.run { try array(a[0], i).unary(.isnan) }) }
        ns.function("count_nonzero", "a") { i, a in
            .int(try TorchErrors.run { try array(a[0], i).to(.bool).to(.int64).sum().item().intValue })
        }
        ns.function("array_equal", "a1, a2") { i, a in
            let x = try array(a[0], i), y = try array(a[1], i)
            guard x.shape == y.shape else { return .bool(false) }
            return .bool(try TorchErrors.run { try Tensor.binary(.eq, x, y).to(.int64).sum().item().intValue == x.count })
        }
        ns.function("allclose", "a, b, rtol=1e-05, atol=1e-08") { i, a in
            let x = try float64(try array(a[0], i)), y = try float64(try array(a[1], i))
            let rtol = try i.doubleArgument(a[2]), atol = try i.doubleArgument(a[3])
            return .bool(try TorchErrors.run {
                let difference = try x.sub(y).abs()
                let tolerance = try y.abs().mul(.float(rtol)).add(.float(atol))
                let close = try Tensor.binary(.le, difference, tolerance)
                return try close.to(.int64).sum().item().intValue == close.count
            })
        }
        ns.function("cumsum", "a, axis=None") { i, a in
            let t = try array(a[0], i)
            return NumpyScalars.wrap(try TorchErrors.run {
                a[1].isNone ? try t.reshape([t.count]).cumsum(0) : try t.cumsum(try i.intArgument(a[1]))
            })
        }
        for (name, joined) in [("concatenate", true), ("stack", false)] {
            ns.function(name, "arrays, axis=0") { i, a in
                let parts = try i.collect(a[0]).map { try array($0, i) }
                let axis = try i.intArgument(a[1])
                return NumpyScalars.wrap(try TorchErrors.run { joined ? try Tensor.cat(parts, dim: axis) : try Tensor.stack(parts, dim: axis) })
            }
        }
    }

    /// `np.round(a, decimals)`: half to even at the given decimal, as numpy (integers unchanged
    /// for decimals >= 0).
    static func round(_ t: Tensor, decimals: Int) throws -> Value {
        if !t.dtype.isFloatingPoint && decimals >= 0 { return NumpyScalars.wrap(t) }
        let scale = Foundation.pow(10.0, Double(decimals))
        return NumpyScalars.wrap(try TorchErrors.run {
            decimals == 0 ? try float64(t).unary(.round) : try float64(t).mul(.float(scale)).unary(.round).div(.float(scale))
        })
    }

    /// ndarray methods with numpy's signatures (`axis=`, `keepdims=`, `ddof=`), replacing the
    /// torch ones the class inherits.
    static func installMethods(_ type: PyType) {
        for name in ["sum", "mean", "prod"] {
            type.method(name, "self, axis=None, dtype=None, out=None, keepdims=False") { i, a in
                var t = try TensorMethods.tensor(a[0])
                if let d = try ArrayTypes.numpyDType(a[2], i) { t = try TorchErrors.run { try t.to(d) } }
                return try reduce(name, t, axis: a[1], keepdims: try i.isTruthy(a[4]), i)
            }
        }
        for name in ["std", "var"] {
            type.method(name, "self, axis=None, dtype=None, out=None, ddof=0, keepdims=False") { i, a in
                try reduce(name, try TensorMethods.tensor(a[0]), axis: a[1], keepdims: try i.isTruthy(a[5]),
                           ddof: try i.doubleArgument(a[4]), i)
            }
        }
        for name in ["min", "max", "argmax", "argmin"] {
            type.method(name, "self, axis=None, out=None, keepdims=False") { i, a in
                try reduce(name, try TensorMethods.tensor(a[0]), axis: a[1], keepdims: try i.isTruthy(a[3]), i)
            }
        }
        type.method("reshape", "self, *shape") { i, a in
            var items = (a[1].asObject as? PyTuple)?.items ?? []
            if items.count == 1, case .object(let o) = items[0], o is PyTuple || o is PyList { items = try i.collect(items[0]) }
            let shape = try items.map { try i.intArgument($0) }
            return NumpyScalars.wrap(try TorchErrors.run { try TensorMethods.tensor(a[0]).reshape(shape) })
        }
        type.method("transpose", "self, *axes") { i, a in
            let t = try TensorMethods.tensor(a[0])
            var items = (a[1].asObject as? PyTuple)?.items ?? []
            if items.count == 1, case .object(let o) = items[0], o is PyTuple || o is PyList { items = try i.collect(items[0]) }
            let axes = items.isEmpty ? Array((0..<t.shape.count).reversed()) : try items.map { try i.intArgument($0) }
            return NumpyScalars.wrap(try TorchErrors.run { try t.permute(axes) })
        }
        type.property("T") { _, v in
            let t = try TensorMethods.tensor(v)
            return NumpyScalars.wrap(try TorchErrors.run { try t.permute(Array((0..<t.shape.count).reversed())) })
        }
        for name in ["flatten", "ravel"] {
            type.method(name, "self") { _, a in
                let t = try TensorMethods.tensor(a[0])
                return NumpyScalars.wrap(try TorchErrors.run { try t.contiguous().reshape([t.count]).clone() })
            }
        }
        type.method("dot", "self, b") { i, a in
            var x = try TensorMethods.tensor(a[0]), y = try array(a[1], i)
            if x.dtype != y.dtype {
                let common: DType = x.dtype.isFloatingPoint || y.dtype.isFloatingPoint ? .float64 : .int64
                x = try x.to(common); y = try y.to(common)
            }
            return NumpyScalars.wrap(try TorchErrors.run { x.shape.count == 1 && y.shape.count == 1 ? try x.dot(y) : try x.matmul(y) })
        }
        type.method("round", "self, decimals=0") { i, a in try round(try TensorMethods.tensor(a[0]), decimals: try i.intArgument(a[1])) }
        type.property("dtype") { _, v in .object(NumpyDTypeObject(try TensorMethods.tensor(v).dtype)) }
        type.property("ndim") { _, v in .int(try TensorMethods.tensor(v).shape.count) }
    }
}
