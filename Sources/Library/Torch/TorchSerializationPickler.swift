import Interpreter
import TensorKit

/// Writes a Python value as a protocol-2 pickle in the shape `torch.save` gives it: tensors as
/// `torch._utils._rebuild_tensor_v2` calls over persistent storage ids, so the storages go to
/// their own archive entries and views of one storage share it after loading.
///
/// Values: None, bools, ints (any size), floats, str, bytes, tuples, lists, dicts, OrderedDicts
/// (with their attributes, such as a state dict's `_metadata`), tensors, Parameters,
/// `torch.Size`, dtypes, and instances of classes that Python code can import again (their
/// `__dict__` as state, as pickle's default `__reduce_ex__(2)` does).
struct TorchPickler {
    let interpreter: Interpreter
    /// False for plain `pickle.dumps`, which has no archive to hold storages.
    let allowsTensors: Bool
    private(set) var output: [UInt8] = [Opcode.proto, 2]
    /// The storages in the order their keys were given ("0", "1", ...), each once.
    private(set) var storages: [(key: String, storage: Storage, dtype: DType)] = []
    private var storageKeys: [ObjectIdentifier: Int] = [:]
    private var memo: [ObjectIdentifier: Int] = [:]
    private var globalMemo: [String: Int] = [:]
    private var nextMemo = 0
    private var depth = 0
    /// Objects written by value must stay alive while their identifiers are memo keys.
    private var kept: [AnyObject] = []

    private typealias Opcode = PickleOpcode

    init(interpreter: Interpreter, allowsTensors: Bool = true) {
        self.interpreter = interpreter
        self.allowsTensors = allowsTensors
    }

    /// The finished pickle stream.
    mutating func finish() -> [UInt8] {
        output.append(Opcode.stop)
        return output
    }

    mutating func write(_ value: Value) throws {
        switch value {
        case .none, .unset: output.append(Opcode.none)
        case .bool(let b): output.append(b ? Opcode.newTrue : Opcode.newFalse)
        case .int(let i): writeInt(i)
        case .float(let d):
            output.append(Opcode.binFloat)
            let bits = d.bitPattern
            for shift in stride(from: 56, through: 0, by: -8) { output.append(UInt8((bits >> UInt64(shift)) & 0xff)) }
        case .object(let o):
            if let id = memo[ObjectIdentifier(o)] { return writeGet(id) }
            depth += 1
            defer { depth -= 1 }
            if depth > 900 {
                throw PyException(BuiltinTypes.recursionError, "maximum recursion depth exceeded while pickling an object")
            }
            try writeObject(o, value)
        }
    }

    private mutating func writeObject(_ o: PyObject, _ value: Value) throws {
        if let s = o as? PyStr, s.type === BuiltinTypes.str {
            let utf8 = Array(s.value.utf8)
            output.append(Opcode.binUnicode)
            append32(UInt32(utf8.count))
            output.append(contentsOf: utf8)
            return memoize(o)
        }
        if value.isBigInt {
            // LONG1 / LONG4 as pickle's encode_long writes them: `(bit_length >> 3) + 1` little-endian
            // two's complement bytes, one 0xff dropped from a negative number when the sign stays.
            // (PyTorch's weights-only unpickler refuses protocol 0's text LONG.)
            let bits = TensorConversions.int(try interpreter.call(try interpreter.getAttribute(value, "bit_length"))) ?? 0
            let count = (bits >> 3) + 1
            let encoded = try interpreter.call(try interpreter.getAttribute(value, "to_bytes"),
                                               Arguments([.int(count), .str("little")], keywords: [("signed", .bool(true))]))
            var bytes = (encoded.asObject as? PyBytes)?.bytes ?? []
            if bytes.count > 1, bytes[bytes.count - 1] == 0xff, bytes[bytes.count - 2] & 0x80 != 0 { bytes.removeLast() }
            if bytes.count < 256 {
                output.append(contentsOf: [Opcode.long1, UInt8(bytes.count)])
            } else {
                output.append(Opcode.long4)
                append32(UInt32(truncatingIfNeeded: bytes.count))
            }
            output.append(contentsOf: bytes)
            return
        }
        if let b = o as? PyBytes {
            // Protocol 2 has no bytes opcode; pickle writes `_codecs.encode(latin1_text, 'latin1')`.
            try writeGlobal("_codecs", "encode")
            output.append(Opcode.binUnicode)
            let text = Array(String(String.UnicodeScalarView(b.bytes.map { Unicode.Scalar($0) })).utf8)
            append32(UInt32(text.count))
            output.append(contentsOf: text)
            try write(.str("latin1"))
            output.append(contentsOf: [Opcode.tuple2, Opcode.reduce])
            return memoize(o)
        }
        if let t = o as? PyTensor { return try writeTensor(t) }
        if let d = o as? PyDType { return try writeGlobal("torch", d.dtype.pythonName) }
        if let tuple = o as? PyTuple {
            if tuple.type === TorchTypes.size {
                try writeGlobal("torch", "Size")
                try writeTuple(tuple.items)
                output.append(contentsOf: [Opcode.tuple1, Opcode.reduce])
                return memoize(o)
            }
            if tuple.type === BuiltinTypes.tuple {
                try writeTuple(tuple.items)
                return memoize(o)
            }
        }
        if let list = o as? PyList, list.type === BuiltinTypes.list {
            output.append(Opcode.emptyList)
            memoize(o)
            try writeBatches(list.items.map { [$0] }, close: Opcode.appends)
            return
        }
        if let dict = o as? PyDict {
            if dict.type === BuiltinTypes.dict {
                output.append(Opcode.emptyDict)
                memoize(o)
            } else if dict.type.name == "OrderedDict", dict.type.moduleName == "collections" {
                try writeGlobal("collections", "OrderedDict")
                output.append(contentsOf: [Opcode.emptyTuple, Opcode.reduce])
                memoize(o)
            } else {
                throw cannotPickle(value)
            }
            try writeBatches(dict.storage.elements.map { [$0.key.value, $0.value] }, close: Opcode.setItems)
            if dict.type !== BuiltinTypes.dict, !dict.attributes.isEmpty { try writeState(of: dict) }
            return
        }
        if o is PyInstance, !o.type.isBuiltin { return try writeInstance(o, value) }
        throw cannotPickle(value)
    }

    private func cannotPickle(_ value: Value) -> PyException {
        PyException(BuiltinTypes.typeError, "cannot pickle '\(value.typeName)' object")
    }

    /// `copyreg.__reduce_ex__` at protocol 2 for a plain class: NEWOBJ with no arguments, then
    /// BUILD with the instance's `__dict__`.
    private mutating func writeInstance(_ o: PyObject, _ value: Value) throws {
        let type = o.type
        if type.qualifiedName.contains("<locals>") || type.qualifiedName.contains("<lambda>") {
            throw PyException(BuiltinTypes.attributeError, "Can't pickle local object '\(type.qualifiedName)'")
        }
        try writeGlobal(type.moduleName, type.qualifiedName)
        output.append(contentsOf: [Opcode.emptyTuple, Opcode.newObj])
        memoize(o)
        if !o.attributes.isEmpty { try writeState(of: o) }
    }

    private mutating func writeState(of o: PyObject) throws {
        output.append(Opcode.emptyDict)
        try writeBatches(o.attributes.map { [.str($0.key), $0.value] }, close: Opcode.setItems)
        output.append(Opcode.build)
    }

    /// `Tensor.__reduce_ex__`: `_rebuild_tensor_v2(storage, offset, size, stride, requires_grad,
    /// OrderedDict())`; a Parameter wraps that in `_rebuild_parameter(data, requires_grad,
    /// OrderedDict())`.
    private mutating func writeTensor(_ t: PyTensor) throws {
        guard allowsTensors else {
            throw PyException(BuiltinTypes.typeError, "cannot pickle 'Tensor' object with pickle.dumps in Tessera; use torch.save")
        }
        let isParameter = t.type !== TorchTypes.tensor && t.type.name == "Parameter"
        if t.type !== TorchTypes.tensor, !isParameter, !t.type.isBuiltin {
            throw PyException(BuiltinTypes.typeError, "cannot pickle '\(t.type.name)' object (a Tensor subclass other than Parameter)")
        }
        if isParameter { try writeGlobal("torch._utils", "_rebuild_parameter") }
        let tensor = t.tensor
        try writeGlobal("torch._utils", "_rebuild_tensor_v2")
        output.append(Opcode.mark)
        try writeStorageReference(tensor)
        writeInt(tensor.storageOffset)
        try writeTuple(tensor.shape.map { .int($0) })
        try writeTuple(tensor.strides.map { .int($0) })
        output.append(!isParameter && tensor.requiresGrad ? Opcode.newTrue : Opcode.newFalse)
        try writeEmptyOrderedDict()
        output.append(contentsOf: [Opcode.tuple, Opcode.reduce])
        if isParameter {
            output.append(tensor.requiresGrad ? Opcode.newTrue : Opcode.newFalse)
            try writeEmptyOrderedDict()
            output.append(contentsOf: [Opcode.tuple3, Opcode.reduce])
        }
        memoize(t)
    }

    /// The persistent id `('storage', torch.<Type>Storage, key, 'cpu', numel)`.
    private mutating func writeStorageReference(_ tensor: Tensor) throws {
        let id = ObjectIdentifier(tensor.storage)
        let index: Int
        if let known = storageKeys[id] {
            index = known
            if storages[known].dtype != tensor.dtype {
                throw PyException(BuiltinTypes.runtimeError, "Cannot save multiple tensors or storages that view the same data as different types")
            }
        } else {
            index = storages.count
            storageKeys[id] = index
            storages.append((String(index), tensor.storage, tensor.dtype))
        }
        output.append(Opcode.mark)
        try write(.str("storage"))
        try writeGlobal("torch", Self.storageTypeName(tensor.dtype))
        try write(.str(String(index)))
        try write(.str("cpu"))
        writeInt(tensor.storage.byteCount / tensor.dtype.itemSize)
        output.append(contentsOf: [Opcode.tuple, Opcode.binPersId])
    }

    static func storageTypeName(_ dtype: DType) -> String {
        switch dtype {
        case .bool: return "BoolStorage"
        case .uint8: return "ByteStorage"
        case .int32: return "IntStorage"
        case .int64: return "LongStorage"
        case .float32: return "FloatStorage"
        case .float64: return "DoubleStorage"
        }
    }

    private mutating func writeEmptyOrderedDict() throws {
        try writeGlobal("collections", "OrderedDict")
        output.append(contentsOf: [Opcode.emptyTuple, Opcode.reduce])
        putMemo()
    }

    private mutating func writeTuple(_ items: [Value]) throws {
        switch items.count {
        case 0: output.append(Opcode.emptyTuple)
        case 1...3:
            for item in items { try write(item) }
            output.append([Opcode.tuple1, Opcode.tuple2, Opcode.tuple3][items.count - 1])
        default:
            output.append(Opcode.mark)
            for item in items { try write(item) }
            output.append(Opcode.tuple)
        }
    }

    /// Items in batches of 1000 between MARK and APPENDS/SETITEMS, as pickle writes them.
    private mutating func writeBatches(_ groups: [[Value]], close: UInt8) throws {
        var start = 0
        while start < groups.count {
            let end = min(groups.count, start + 1000)
            output.append(Opcode.mark)
            for group in groups[start..<end] { for item in group { try write(item) } }
            output.append(close)
            start = end
        }
    }

    private mutating func writeGlobal(_ module: String, _ name: String) throws {
        let key = module + "\n" + name
        if let id = globalMemo[key] { return writeGet(id) }
        output.append(Opcode.global)
        output.append(contentsOf: Array((key + "\n").utf8))
        globalMemo[key] = nextMemo
        putMemo()
    }

    private mutating func writeInt(_ i: Int) {
        if i >= 0, i < 256 {
            output.append(contentsOf: [Opcode.binInt1, UInt8(i)])
        } else if i >= 0, i < 65536 {
            output.append(contentsOf: [Opcode.binInt2, UInt8(i & 0xff), UInt8(i >> 8)])
        } else if i >= Int(Int32.min), i <= Int(Int32.max) {
            output.append(Opcode.binInt)
            append32(UInt32(bitPattern: Int32(i)))
        } else {
            // LONG1: the shortest little-endian two's complement bytes.
            var bytes: [UInt8] = []
            var v = i
            repeat {
                bytes.append(UInt8(truncatingIfNeeded: v))
                v >>= 8
            } while !((v == 0 && bytes[bytes.count - 1] & 0x80 == 0) || (v == -1 && bytes[bytes.count - 1] & 0x80 != 0))
            output.append(contentsOf: [Opcode.long1, UInt8(bytes.count)])
            output.append(contentsOf: bytes)
        }
    }

    private mutating func memoize(_ o: PyObject) {
        memo[ObjectIdentifier(o)] = nextMemo
        kept.append(o)
        putMemo()
    }

    private mutating func putMemo() {
        if nextMemo < 256 {
            output.append(contentsOf: [Opcode.binPut, UInt8(nextMemo)])
        } else {
            output.append(Opcode.longBinPut)
            append32(UInt32(nextMemo))
        }
        nextMemo += 1
    }

    private mutating func writeGet(_ id: Int) {
        if id < 256 {
            output.append(contentsOf: [Opcode.binGet, UInt8(id)])
        } else {
            output.append(Opcode.longBinGet)
            append32(UInt32(id))
        }
    }

    private mutating func append32(_ v: UInt32) {
        for shift in [0, 8, 16, 24] { output.append(UInt8((v >> UInt32(shift)) & 0xff)) }
    }
}
