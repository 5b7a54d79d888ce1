import Interpreter
import TensorKit

/// numpy's scalar types (`np.float64`, `np.int64`, ...) and `np.dtype` objects. A numpy scalar
/// is a 0-d array of its own class: reductions and indexing give one, it prints as numpy 2 does
/// (`np.float64(6.0)` as repr, `6.0` as str), and arithmetic on it stays numpy.
enum NumpyScalars {
    static let dtypes: [DType] = DType.allCases

    static let types: [DType: PyType] = {
        var table: [DType: PyType] = [:]
        for dtype in dtypes { table[dtype] = makeType(dtype) }
        return table
    }()

    /// The Python class name numpy gives the scalar type (`bool` for `np.bool`).
    static func typeName(_ dtype: DType) -> String { dtype.numpyName }

    private static func makeType(_ dtype: DType) -> PyType {
        let type = PyType(builtin: typeName(dtype), base: ArrayTypes.ndarray, module: "numpy") { type in
            type.method("__repr__", "self") { i, a in .str(try repr(try TensorMethods.tensor(a[0]), i)) }
            type.method("__str__", "self") { i, a in .str(try text(try TensorMethods.tensor(a[0]), i)) }
        }
        type.nativeNew = { interpreter, _, arguments in
            let value = arguments.positional.first ?? .int(0)
            let made = try ArrayTypes.makeArray(value, dtype: dtype, interpreter)
            guard let t = (made.asObject as? PyTensor)?.tensor else { return made }
            return wrap(t)
        }
        type.subscriptHook = TorchTypes.tensor.subscriptHook
        return type
    }

    /// The Python value of a 0-d tensor's element.
    static func element(_ t: Tensor) throws -> Value {
        switch try t.item() {
        case .int(let i): return .int(i)
        case .float(let d): return .float(d)
        case .bool(let b): return .bool(b)
        }
    }

    /// numpy's str of a scalar: Python's repr of the value (shortest round trip; float32 and
    /// float32 by its own precision).
    static func text(_ t: Tensor, _ interpreter: Interpreter) throws -> String {
        if t.dtype == .float32, case .float(let d) = try t.item() {
            let f = Float(d)
            if f.isNaN { return "nan" }
            if f.isInfinite { return f < 0 ? "-inf" : "inf" }
            var s = f.description
            if s.hasSuffix(".0") == false && !s.contains(".") && !s.contains("e") { s += ".0" }
            return s
        }
        return try interpreter.repr(try element(t))
    }

    /// numpy 2's repr of a scalar: `np.float64(6.0)`, `np.int64(3)`, `np.True_`.
    static func repr(_ t: Tensor, _ interpreter: Interpreter) throws -> String {
        if t.dtype == .bool, case .bool(let b) = try t.item() { return b ? "np.True_" : "np.False_" }
        return "np.\(typeName(t.dtype))(\(try text(t, interpreter)))"
    }

    /// A 0-d tensor as its numpy scalar; any other as an ndarray.
    static func wrap(_ t: Tensor) -> Value {
        if t.shape.isEmpty, let type = types[t.dtype] { return .object(PyTensor(t, type: type)) }
        return .object(PyTensor(t, type: ArrayTypes.ndarray))
    }

    /// The scalar classes indexed by `DType.rawValue`: `isNumpy` runs on every tensor
    /// subscript and operator, where hashing a dictionary key cost a tenth of a scalar loop.
    private static let typesByRawValue: [PyType?] = {
        var table = [PyType?](repeating: nil, count: (dtypes.map(\.rawValue).max() ?? 0) + 1)
        for dtype in dtypes { table[dtype.rawValue] = types[dtype] }
        return table
    }()

    /// Whether a tensor of class `type` and dtype `dtype` is an ndarray or numpy scalar.
    static func isNumpyType(_ type: PyType, _ dtype: DType) -> Bool {
        if type === TorchTypes.tensor { return false }
        if type === ArrayTypes.ndarray { return true }
        let raw = dtype.rawValue
        return raw < typesByRawValue.count && typesByRawValue[raw] === type
    }

    /// Whether a value is an ndarray or numpy scalar (the values numpy's rules apply to).
    @inline(__always)
    static func isNumpy(_ value: Value) -> Bool {
        guard case .object(let o) = value, let t = o as? PyTensor else { return false }
        return t.isNumpyFlavored
    }
}

/// `np.dtype('float64')`: prints as numpy does and compares equal to its name and scalar type.
final class NumpyDTypeObject: PyObject {
    let dtype: DType

    init(_ dtype: DType) {
        self.dtype = dtype
        super.init(type: NumpyDTypeObject.type)
    }

    static let type: PyType = {
        let type = PyType(builtin: "dtype", base: BuiltinTypes.object, subclassable: false, module: "numpy") { type in
            func dtype(_ value: Value) -> DType? { (value.asObject as? NumpyDTypeObject)?.dtype }
            type.method("__repr__", "self") { _, a in .str("dtype('\(dtype(a[0])?.numpyName ?? "")')") }
            type.method("__str__", "self") { _, a in .str(dtype(a[0])?.numpyName ?? "") }
            type.method("__eq__", "self, other") { i, a in
                guard let mine = dtype(a[0]) else { return .bool(false) }
                guard let other = try? ArrayTypes.numpyDType(a[1], i) else { return .bool(false) }
                return .bool(other == mine)
            }
            type.method("__ne__", "self, other") { i, a in
                guard let mine = dtype(a[0]), let other = try? ArrayTypes.numpyDType(a[1], i) else { return .bool(true) }
                return .bool(other != mine)
            }
            type.method("__hash__", "self") { _, a in .int((dtype(a[0])?.numpyName ?? "").hashValue) }
            type.property("name") { _, v in .str(dtype(v)?.numpyName ?? "") }
            type.property("itemsize") { _, v in .int(dtype(v)?.itemSize ?? 0) }
            type.property("kind") { _, v in
                guard let d = dtype(v) else { return .str("") }
                return .str(d == .bool ? "b" : d.isFloatingPoint ? "f" : d == .uint8 ? "u" : "i")
            }
        }
        type.nativeNew = { interpreter, _, arguments in
            guard let d = try ArrayTypes.numpyDType(arguments.positional.first ?? .none, interpreter) else {
                return .object(NumpyDTypeObject(.float64))
            }
            return .object(NumpyDTypeObject(d))
        }
        return type
    }()
}
