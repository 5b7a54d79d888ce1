import Interpreter
import TensorKit

/// Conversions between Python values and TensorKit values for the torch functions.
enum TensorConversions {
    static func int(_ value: Value) -> Int? {
        switch value {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        default: return nil
        }
    }

    /// A Python number as a TensorKit scalar (nil for anything else).
    static func scalar(_ value: Value) -> Scalar? {
        switch value {
        case .int(let i): return .int(i)
        case .float(let d): return .float(d)
        case .bool(let b): return .bool(b)
        default: return nil
        }
    }

    /// A tensor argument: a tensor, or something `torch.tensor` accepts.
    static func tensor(_ value: Value, _ interpreter: Interpreter) throws -> Tensor {
        if case .object(let o) = value, let t = o as? PyTensor { return t.tensor }
        return try makeTensor(value, dtype: nil, interpreter)
    }

    static func optionalTensor(_ value: Value) -> Tensor? {
        (value.asObject as? PyTensor)?.tensor
    }

    /// `torch.tensor(data, dtype=)`: nested lists/tuples of numbers or tensors, scalars, images,
    /// arrays and other tensors (copied).
    static func makeTensor(_ data: Value, dtype: DType?, _ interpreter: Interpreter) throws -> Tensor {
        if case .object(let o) = data {
            if let t = o as? PyTensor { return try TorchErrors.run { try (dtype.map { try t.tensor.to($0) } ?? t.tensor).clone() } }
            if let provider = o as? TensorConvertible { return try TorchErrors.run { try provider.asTensor().to(dtype ?? provider.asTensor().dtype) } }
        }
        let nested = try nestedList(data, interpreter, depth: 0)
        return try TorchErrors.run { try Tensor(nested, dtype: dtype) }
    }

    static func nestedList(_ value: Value, _ interpreter: Interpreter, depth: Int) throws -> NestedList {
        if let s = scalar(value) { return .scalar(s) }
        if value.isBigInt { throw PyException(BuiltinTypes.valueError, "Overflow when unpacking long long") }
        guard depth < 64 else { throw PyException(BuiltinTypes.valueError, "too many dimensions") }
        if case .object(let o) = value {
            if let t = o as? PyTensor { return t.tensor.toList() }
            if let provider = o as? TensorConvertible { return try provider.asTensor().toList() }
            if o is PyList || o is PyTuple || o.type.lookup("__iter__") != nil, !(o is PyStr) {
                return .list(try interpreter.collect(value).map { try nestedList($0, interpreter, depth: depth + 1) })
            }
        }
        throw PyException(BuiltinTypes.typeError, "new(): invalid data type '\(value.typeName)'")
    }

    /// A dtype argument (`torch.float32`, or Python's `float`/`int`/`bool` as PyTorch accepts).
    static func dtype(_ value: Value) throws -> DType? {
        switch value {
        case .none: return nil
        case .object(let o):
            if let d = o as? PyDType { return d.dtype }
            if o === BuiltinTypes.float { return .float32 }
            if o === BuiltinTypes.int { return .int64 }
            if o === BuiltinTypes.bool { return .bool }
        default: break
        }
        throw PyException(BuiltinTypes.typeError, "dtype must be torch.dtype, not \(value.typeName)")
    }

    /// A list of ints from a tuple, list, torch.Size or a single int.
    static func intList(_ value: Value, _ interpreter: Interpreter) throws -> [Int] {
        if let i = int(value) { return [i] }
        return try interpreter.collect(value).map { item in
            guard let i = int(item) ?? (item.asObject as? PyTensor).flatMap({ try? $0.tensor.item().intValue }) else {
                throw PyException(BuiltinTypes.typeError, "expected a sequence of integers, got \(item.typeName)")
            }
            return i
        }
    }

    /// Sizes given as varargs (`zeros(2, 3)`) or as one sequence (`zeros((2, 3))`).
    static func shape(_ arguments: [Value], _ interpreter: Interpreter) throws -> [Int] {
        if arguments.count == 1, int(arguments[0]) == nil { return try intList(arguments[0], interpreter) }
        return try arguments.map { value in
            guard let i = int(value) else {
                throw PyException(BuiltinTypes.typeError, "size must be a sequence of ints, not \(value.typeName)")
            }
            return i
        }
    }

    /// `dim=` arguments: None (all), an int, or a tuple/list of ints.
    static func dims(_ value: Value, _ interpreter: Interpreter) throws -> [Int]? {
        if value.isNone { return nil }
        return try intList(value, interpreter)
    }

    /// Python subscripts to TensorKit indices.
    static func indices(_ items: [Value], _ interpreter: Interpreter) throws -> [TensorIndex] {
        try items.map { item -> TensorIndex in
            switch item {
            case .int(let i): return .int(i)
            case .bool(let b): return .bool(b)
            case .none: return .newAxis
            case .object(let o):
                if let slice = o as? PySlice {
                    func bound(_ v: Value) throws -> Int? {
                        if v.isNone { return nil }
                        if let i = int(v) { return i }
                        if let t = (v.asObject as? PyTensor)?.tensor, t.count == 1 { return try TorchErrors.run { try t.item().intValue } }
                        throw PyException(BuiltinTypes.typeError, "slice indices must be integers or None or have an __index__ method")
                    }
                    return .slice(start: try bound(slice.start), stop: try bound(slice.stop), step: try bound(slice.step))
                }
                if o === Singletons.ellipsis { return .ellipsis }
                if let r = o as? PyRange {
                    // A range indexes like the list of its ints.
                    return .tensor(try TorchErrors.run { try Tensor.arange(.int(r.start), .int(r.stop), step: .int(r.step), dtype: .int64) })
                }
                if let t = o as? PyTensor { return .tensor(t.tensor) }
                if let provider = o as? TensorConvertible { return .tensor(try provider.asTensor()) }
                if o is PyList || o is PyTuple { return .tensor(try makeTensor(item, dtype: nil, interpreter)) }
                if let method = o.type.lookup("__index__"), let i = int(try interpreter.call(method, Arguments([item]))) { return .int(i) }
            default: break
            }
            throw PyException(BuiltinTypes.indexError,
                              "only integers, slices (`:`), ellipsis (`...`), None and long or byte Variables are valid indices (got \(item.typeName))")
        }
    }

    /// A Python value from a tensor scalar.
    static func value(_ scalar: Scalar) -> Value {
        switch scalar {
        case .int(let i): return .int(i)
        case .float(let d): return .float(d)
        case .bool(let b): return .bool(b)
        }
    }

    static func value(_ nested: NestedList) -> Value {
        switch nested {
        case .scalar(let s): return value(s)
        case .list(let items): return .object(PyList(items.map(value)))
        }
    }
}

/// Library objects that convert to a tensor (`tensor(img)`, `tensor(array)`).
protocol TensorConvertible {
    func asTensor() throws -> Tensor
}

/// Wrapping results as Python objects.
enum TensorWrapping {
    static func wrap(_ tensor: Tensor) -> Value { .object(PyTensor(tensor)) }

    /// Wraps with the same Python class as `value` when that class is array-like (a numpy-style
    /// `array` stays an `array` through indexing and arithmetic, and a 0-d result is a numpy
    /// scalar such as `np.float64`, as numpy gives).
    static func wrap(_ tensor: Tensor, like value: Value) -> Value {
        if NumpyScalars.isNumpy(value) { return NumpyScalars.wrap(tensor) }
        return .object(PyTensor(tensor))
    }
}
