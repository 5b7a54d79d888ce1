import Interpreter
import TensorKit

/// Reads the pickle of a `torch.save` archive (`data.pkl`, any protocol up to 5).
///
/// With `weightsOnly` (torch.load's default since PyTorch 2.6) only the globals a state dict
/// needs are resolved: OrderedDict, the tensor and Parameter rebuild functions, storage types,
/// `torch.Size`, dtypes, `torch.device`, `_codecs.encode` (bytes), set and frozenset; any other
/// global fails with PyTorch's "Unsupported global" UnpicklingError. Without it, globals are
/// imported (`module.qualname`) and called, as pickle does.
struct TorchUnpickler {
    let interpreter: Interpreter
    let weightsOnly: Bool
    /// Returns the flat tensor over one archive storage: (storage type's dtype, key, location, numel).
    let loadStorage: (DType, String, String, Int) throws -> Tensor

    private var bytes: [UInt8] = []
    private var position = 0
    private var stack: [Value] = []
    private var marks: [Int] = []
    private var memo: [Int: Value] = [:]

    private typealias Opcode = PickleOpcode

    init(interpreter: Interpreter, weightsOnly: Bool, loadStorage: @escaping (DType, String, String, Int) throws -> Tensor) {
        self.interpreter = interpreter
        self.weightsOnly = weightsOnly
        self.loadStorage = loadStorage
    }

    /// What a GLOBAL resolves to when it is not an ordinary Python object.
    private final class Special: PyObject {
        enum Kind { case rebuildTensor, rebuildParameter, storageType(DType), codecsEncode, size, device }
        let kind: Kind
        init(_ kind: Kind) {
            self.kind = kind
            super.init(type: BuiltinTypes.object)
        }
    }

    private func failure(_ message: String) -> PyException {
        PicklingErrors.unpicklingError(interpreter, message)
    }

    mutating func load(_ data: [UInt8]) throws -> Value {
        bytes = data
        position = 0
        while true {
            let op = try byte()
            switch op {
            case Opcode.proto: _ = try byte()
            case Opcode.frame: _ = try take(8)
            case Opcode.stop:
                guard let result = stack.popLast() else { throw failure("unpickling stack underflow") }
                return result
            case Opcode.mark: marks.append(stack.count)
            case Opcode.pop:
                if stack.isEmpty { _ = try popMark() } else { stack.removeLast() }
            case Opcode.popMark: _ = try popMark()
            case Opcode.dup: stack.append(try top())
            case Opcode.none: stack.append(.none)
            case Opcode.newTrue: stack.append(.bool(true))
            case Opcode.newFalse: stack.append(.bool(false))
            case Opcode.binInt: stack.append(.int(Int(Int32(bitPattern: UInt32(truncatingIfNeeded: try uint(4))))))
            case Opcode.binInt1: stack.append(.int(Int(try byte())))
            case Opcode.binInt2: stack.append(.int(Int(try uint(2))))
            case Opcode.long1: stack.append(try long(Int(try byte())))
            case Opcode.long4: stack.append(try long(try length(4)))
            case Opcode.int:
                let text = try line()
                if text == "01" { stack.append(.bool(true)) } else if text == "00" { stack.append(.bool(false)) } else { stack.append(try parseInt(text)) }
            case Opcode.long:
                var text = try line()
                if text.hasSuffix("L") { text.removeLast() }
                stack.append(try parseInt(text))
            case Opcode.float:
                guard let d = Double(try line()) else { throw failure("could not convert string to float") }
                stack.append(.float(d))
            case Opcode.binFloat: stack.append(.float(Double(bitPattern: try uint(8, bigEndian: true))))
            case Opcode.binUnicode: stack.append(.str(try utf8(try length(4))))
            case Opcode.shortBinUnicode: stack.append(.str(try utf8(Int(try byte()))))
            case Opcode.binUnicode8: stack.append(.str(try utf8(try length(8))))
            case Opcode.unicode: stack.append(.str(try line()))
            case Opcode.binBytes: stack.append(.object(PyBytes(Array(try take(try length(4))))))
            case Opcode.shortBinBytes: stack.append(.object(PyBytes(Array(try take(Int(try byte()))))))
            case Opcode.binBytes8: stack.append(.object(PyBytes(Array(try take(try length(8))))))
            case Opcode.binString: stack.append(.str(latin1(try take(try length(4)))))
            case Opcode.shortBinString: stack.append(.str(latin1(try take(Int(try byte())))))
            case Opcode.emptyTuple: stack.append(.object(PyTuple([])))
            case Opcode.tuple: stack.append(.object(PyTuple(try popMark())))
            case Opcode.tuple1, Opcode.tuple2, Opcode.tuple3:
                let n = Int(op - Opcode.tuple1) + 1
                guard stack.count >= n else { throw failure("unpickling stack underflow") }
                let items = Array(stack.suffix(n))
                stack.removeLast(n)
                stack.append(.object(PyTuple(items)))
            case Opcode.emptyList: stack.append(.object(PyList([])))
            case Opcode.list: stack.append(.object(PyList(try popMark())))
            case Opcode.append:
                let item = try pop()
                try extend(try top(), [item])
            case Opcode.appends:
                let items = try popMark()
                try extend(try top(), items)
            case Opcode.emptyDict: stack.append(.object(PyDict()))
            case Opcode.dict:
                let items = try popMark()
                let dict = PyDict()
                try setItems(.object(dict), items)
                stack.append(.object(dict))
            case Opcode.setItem:
                let value = try pop(), key = try pop()
                try setItems(try top(), [key, value])
            case Opcode.setItems:
                let items = try popMark()
                try setItems(try top(), items)
            case Opcode.emptySet: stack.append(try callBuiltin("set", []))
            case Opcode.addItems:
                let items = try popMark()
                let set = try top()
                let add = try interpreter.getAttribute(set, "add")
                for item in items { _ = try interpreter.call(add, Arguments([item])) }
            case Opcode.frozenSet: stack.append(try callBuiltin("frozenset", [.object(PyList(try popMark()))]))
            case Opcode.global:
                let module = try line(), name = try line()
                stack.append(try resolveGlobal(module, name))
            case Opcode.stackGlobal:
                let name = try pop(), module = try pop()
                guard let n = name.stringValue, let m = module.stringValue else { throw failure("STACK_GLOBAL requires str") }
                stack.append(try resolveGlobal(m, n))
            case Opcode.reduce:
                let arguments = try pop(), callable = try pop()
                guard let tuple = arguments.asObject as? PyTuple else { throw failure("REDUCE arguments must be a tuple") }
                stack.append(try apply(callable, tuple.items))
            case Opcode.newObj:
                let arguments = try pop(), cls = try pop()
                stack.append(try newObject(cls, (arguments.asObject as? PyTuple)?.items ?? []))
            case Opcode.newObjEx:
                let keywords = try pop(), arguments = try pop(), cls = try pop()
                guard (keywords.asObject as? PyDict)?.storage.isEmpty ?? true else { throw failure("NEWOBJ_EX with keyword arguments is not supported") }
                stack.append(try newObject(cls, (arguments.asObject as? PyTuple)?.items ?? []))
            case Opcode.build:
                let state = try pop()
                try build(try top(), state)
            case Opcode.binPersId: stack.append(try persistentLoad(try pop()))
            case Opcode.persId: stack.append(try persistentLoad(.str(try line())))
            case Opcode.binPut: memo[Int(try byte())] = try top()
            case Opcode.longBinPut: memo[try length(4)] = try top()
            case Opcode.put: memo[try lineInt()] = try top()
            case Opcode.memoize: memo[memo.count] = try top()
            case Opcode.binGet: stack.append(try memoValue(Int(try byte())))
            case Opcode.longBinGet: stack.append(try memoValue(try length(4)))
            case Opcode.get: stack.append(try memoValue(try lineInt()))
            default:
                throw failure("invalid load key, '\(Self.describe(op))'.")
            }
        }
    }

    // MARK: Globals, calls and objects

    private func resolveGlobal(_ module: String, _ name: String) throws -> Value {
        switch (module, name) {
        case ("torch._utils", "_rebuild_tensor_v2"): return .object(Special(.rebuildTensor))
        case ("torch._utils", "_rebuild_parameter"): return .object(Special(.rebuildParameter))
        case ("torch", "Size"): return .object(Special(.size))
        case ("torch", "device"): return .object(Special(.device))
        case ("_codecs", "encode"): return .object(Special(.codecsEncode))
        case ("collections", "OrderedDict"): return try interpreter.getAttribute(.object(try interpreter.importModule("collections", returnTopLevel: false)), "OrderedDict")
        case ("builtins", "set"), ("builtins", "frozenset"), ("__builtin__", "set"), ("__builtin__", "frozenset"):
            return try interpreter.getAttribute(.object(try interpreter.importModule("builtins", returnTopLevel: false)), name)
        default: break
        }
        if module == "torch" {
            if let dtype = DType.allCases.first(where: { $0.pythonName == name }) { return PyDType.of(dtype) }
            if let dtype = DType.allCases.first(where: { TorchPickler.storageTypeName($0) == name }) { return .object(Special(.storageType(dtype))) }
            if name.hasSuffix("Storage") {
                throw PyException(BuiltinTypes.runtimeError, "torch.load: storages of type torch.\(name) are not supported (Tessera has bool, uint8, int32, int64, float32 and float64 tensors)")
            }
        }
        if weightsOnly {
            throw failure(PicklingErrors.weightsOnlyMessage("Unsupported global: GLOBAL \(module).\(name) was not an allowed global by default. Please use `torch.serialization.add_safe_globals([\(module).\(name)])` or the `torch.serialization.safe_globals([\(module).\(name)])` context manager to allowlist this global if you trust this class/function."))
        }
        let parts = name.split(separator: ".").map(String.init)
        var value: Value
        var rest = parts[...]
        if let found = try mainGlobal(module, parts[0]) {
            value = found
            rest = rest.dropFirst()
        } else {
            value = .object(try interpreter.importModule(module, returnTopLevel: false))
        }
        for part in rest { value = try interpreter.getAttribute(value, part) }
        return value
    }

    /// A name of the running script's: Tessera keeps the script out of `sys.modules`, so a
    /// GLOBAL of `__main__` (a class the script defined and saved) is looked up in the caller's
    /// globals when the caller is the script, where CPython's `sys.modules['__main__']` has it.
    private func mainGlobal(_ module: String, _ name: String) throws -> Value? {
        guard module == "__main__" else { return nil }
        let builtins = Value.object(try interpreter.importModule("builtins", returnTopLevel: false))
        let globals = try interpreter.call(try interpreter.getAttribute(builtins, "globals"))
        let get = try interpreter.getAttribute(globals, "get")
        guard try interpreter.call(get, .str("__name__")).stringValue == "__main__" else { return nil }
        let value = try interpreter.call(get, .str(name))
        return value.isNone ? nil : value
    }

    private func apply(_ callable: Value, _ arguments: [Value]) throws -> Value {
        guard let special = callable.asObject as? Special else {
            if weightsOnly, !(callable.asObject is PyType) {
                throw failure(PicklingErrors.weightsOnlyMessage("Trying to call reduce for \(callable.typeName) which is not allowed"))
            }
            return try interpreter.call(callable, Arguments(arguments))
        }
        switch special.kind {
        case .rebuildTensor:
            guard arguments.count >= 5, let flat = arguments[0].asObject as? PyTensor else { throw failure("_rebuild_tensor_v2: bad arguments") }
            let offset = try interpreter.intArgument(arguments[1])
            let size = try TensorConversions.intList(arguments[2], interpreter)
            let stride = try TensorConversions.intList(arguments[3], interpreter)
            let tensor = try TorchErrors.run { try flat.tensor.asStrided(size, stride, storageOffset: offset).detach() }
            if try interpreter.isTruthy(arguments[4]) {
                _ = try TorchErrors.run { try tensor.requiresGrad_(true, in: TorchState.of(interpreter).autograd) }
            }
            return TensorWrapping.wrap(tensor)
        case .rebuildParameter:
            guard arguments.count >= 2 else { throw failure("_rebuild_parameter: bad arguments") }
            let nn = Value.object(try interpreter.importModule("torch.nn", returnTopLevel: false))
            return try interpreter.call(try interpreter.getAttribute(nn, "Parameter"), Arguments([arguments[0], arguments[1]]))
        case .size:
            return TorchTypes.makeSize(try TensorConversions.intList(arguments.first ?? .object(PyTuple([])), interpreter))
        case .device:
            return arguments.first ?? .str("cpu")
        case .codecsEncode:
            guard let text = arguments.first?.stringValue else { throw failure("_codecs.encode: bad arguments") }
            var out: [UInt8] = []
            for scalar in text.unicodeScalars {
                guard scalar.value < 256 else { throw PyException(BuiltinTypes.unicodeEncodeError, "'latin-1' codec can't encode character") }
                out.append(UInt8(scalar.value))
            }
            return .object(PyBytes(out))
        case .storageType:
            throw failure("storage types cannot be called")
        }
    }

    private func newObject(_ cls: Value, _ arguments: [Value]) throws -> Value {
        guard cls.asObject is PyType else { throw failure("NEWOBJ class argument isn't a type object") }
        let new = try interpreter.getAttribute(cls, "__new__")
        return try interpreter.call(new, Arguments([cls] + arguments))
    }

    /// BUILD: `__setstate__(state)` when the object has one, else its `__dict__` updated (not
    /// `setattr`, so classes with their own `__setattr__`, such as nn.Module, are restored as-is).
    private func build(_ object: Value, _ state: Value) throws {
        if !weightsOnly, let setState = try interpreter.lookupAttribute(object, "__setstate__") {
            _ = try interpreter.call(setState, Arguments([state]))
            return
        }
        var dictState = state, slotState = Value.none
        if let pair = state.asObject as? PyTuple, pair.items.count == 2 {
            dictState = pair.items[0]
            slotState = pair.items[1]
        }
        guard let target = object.asObject, target.acceptsAttributes else {
            throw failure("BUILD: cannot set the state of a '\(object.typeName)' object")
        }
        if weightsOnly, !(target is PyDict) {
            throw failure(PicklingErrors.weightsOnlyMessage("Can only build Tensor, Parameter, OrderedDict or types allowlisted via `add_safe_globals`, but got \(object.typeName)"))
        }
        for part in [dictState, slotState] {
            guard let dict = part.asObject as? PyDict else { continue }
            for (key, value) in dict.storage.elements {
                guard let name = key.value.stringValue else { throw failure("BUILD: attribute names must be strings") }
                target.attributes[name] = value
            }
        }
    }

    private func persistentLoad(_ id: Value) throws -> Value {
        guard let items = (id.asObject as? PyTuple)?.items, items.count == 5, items[0].stringValue == "storage",
              let special = items[1].asObject as? Special, case .storageType(let dtype) = special.kind,
              let key = items[2].stringValue, let location = items[3].stringValue else {
            throw failure("A load persistent id instruction was encountered, but no persistent_load function was specified.")
        }
        let count = try interpreter.intArgument(items[4])
        return TensorWrapping.wrap(try loadStorage(dtype, key, location, count))
    }

    private func extend(_ list: Value, _ items: [Value]) throws {
        if let l = list.asObject as? PyList, l.type === BuiltinTypes.list {
            l.items.append(contentsOf: items)
            return
        }
        let append = try interpreter.getAttribute(list, "append")
        for item in items { _ = try interpreter.call(append, Arguments([item])) }
    }

    private func setItems(_ dict: Value, _ items: [Value]) throws {
        guard items.count % 2 == 0 else { throw failure("odd number of items for SETITEMS") }
        var i = 0
        while i < items.count {
            try interpreter.setItem(dict, items[i], items[i + 1])
            i += 2
        }
    }

    private func callBuiltin(_ name: String, _ arguments: [Value]) throws -> Value {
        let builtins = Value.object(try interpreter.importModule("builtins", returnTopLevel: false))
        return try interpreter.call(try interpreter.getAttribute(builtins, name), Arguments(arguments))
    }

    private func parseInt(_ text: String) throws -> Value {
        if let i = Int(text) { return .int(i) }
        return try interpreter.call(try interpreter.getAttribute(.object(try interpreter.importModule("builtins", returnTopLevel: false)), "int"), Arguments([.str(text)]))
    }

    /// LONG1/LONG4: little-endian two's complement of `n` bytes.
    private mutating func long(_ n: Int) throws -> Value {
        let digits = Array(try take(n))
        if digits.isEmpty { return .int(0) }
        if n <= 8 {
            var v: UInt64 = 0
            for (i, b) in digits.enumerated() { v |= UInt64(b) << UInt64(8 * i) }
            let shift = UInt64(64 - 8 * n)
            return .int(Int(Int64(bitPattern: v << shift) >> Int64(shift)))
        }
        let negative = (digits[n - 1] & 0x80) != 0
        var magnitude = digits
        if negative {
            // Two's complement back to a magnitude: invert and add one.
            var carry = 1
            for i in 0..<n {
                let v = Int(~magnitude[i]) + carry
                magnitude[i] = UInt8(v & 0xff)
                carry = v >> 8
            }
        }
        let hex = magnitude.reversed().map { b -> String in
            let s = String(b, radix: 16)
            return s.count == 1 ? "0" + s : s
        }.joined()
        guard let value = Value.integer(hexText: (negative ? "-" : "") + hex) else { throw failure("bad LONG") }
        return value
    }

    // MARK: Reading bytes

    private mutating func byte() throws -> UInt8 {
        guard position < bytes.count else { throw failure("pickle data was truncated") }
        defer { position += 1 }
        return bytes[position]
    }

    private mutating func take(_ n: Int) throws -> ArraySlice<UInt8> {
        guard n >= 0, n <= bytes.count - position else { throw failure("pickle data was truncated") }
        defer { position += n }
        return bytes[position..<(position + n)]
    }

    private mutating func uint(_ n: Int, bigEndian: Bool = false) throws -> UInt64 {
        let slice = try take(n)
        var v: UInt64 = 0
        for (i, b) in slice.enumerated() { v |= UInt64(b) << UInt64(8 * (bigEndian ? n - 1 - i : i)) }
        return v
    }

    private mutating func length(_ n: Int) throws -> Int {
        let v = try uint(n)
        guard v <= UInt64(bytes.count) else { throw failure("pickle data was truncated") }
        return Int(v)
    }

    private mutating func line() throws -> String {
        guard let end = bytes[position...].firstIndex(of: 0x0a) else { throw failure("pickle data was truncated") }
        defer { position = end + 1 }
        return String(decoding: bytes[position..<end], as: UTF8.self)
    }

    private mutating func lineInt() throws -> Int {
        guard let i = Int(try line()), i >= 0 else { throw failure("bad memo key") }
        return i
    }

    private mutating func utf8(_ n: Int) throws -> String {
        let slice = try take(n)
        guard let s = String(validating: slice, as: UTF8.self) else {
            throw PyException(BuiltinTypes.unicodeDecodeError, "'utf-8' codec can't decode bytes in the pickle")
        }
        return s
    }

    private func latin1(_ slice: ArraySlice<UInt8>) -> String {
        String(String.UnicodeScalarView(slice.map { Unicode.Scalar($0) }))
    }

    private mutating func pop() throws -> Value {
        guard let v = stack.popLast() else { throw failure("unpickling stack underflow") }
        return v
    }

    private func top() throws -> Value {
        guard let v = stack.last else { throw failure("unpickling stack underflow") }
        return v
    }

    private mutating func popMark() throws -> [Value] {
        guard let mark = marks.popLast(), mark <= stack.count else { throw failure("could not find MARK") }
        let items = Array(stack[mark...])
        stack.removeLast(stack.count - mark)
        return items
    }

    private func memoValue(_ key: Int) throws -> Value {
        guard let v = memo[key] else { throw failure("Memo value not found at index \(key)") }
        return v
    }

    private static func describe(_ op: UInt8) -> String {
        op >= 0x20 && op < 0x7f ? String(UnicodeScalar(op)) : "\\x" + (op < 16 ? "0" : "") + String(op, radix: 16)
    }
}
