#if canImport(Glibc)
import Glibc
#endif
import Interpreter
import TensorKit

/// `torch.save` and `torch.load` in PyTorch's zip format (the default since PyTorch 1.6):
/// `<name>/data.pkl` (the pickle), `.format_version`, `.storage_alignment`, `byteorder`, one
/// `data/<key>` entry per storage, `version` and `.data/serialization_id`, in the order
/// PyTorch writes them. Files real PyTorch writes load here and the reverse.
enum TorchSerialization {
    static func install(_ ns: Namespace) {
        ns.function("save", "obj, f, pickle_module=None, pickle_protocol=2, _use_new_zipfile_serialization=True, _disable_byteorder_record=False") { i, a in
            try save(a[0], to: a[1], i)
            return .none
        }
        ns.function("load", "f, map_location=None, pickle_module=None, *, weights_only=None, mmap=None, **pickle_load_args") { i, a in
            let weightsOnly = a[3].isNone ? true : try i.isTruthy(a[3])
            return try load(a[0], mapLocation: a[1], weightsOnly: weightsOnly, i)
        }
    }

    /// `_tessera_pickle`, under `pickle.dumps`/`pickle.loads`: the same pickler without storages.
    static func makePickleModule(_ interpreter: Interpreter) throws -> PyModule {
        try interpreter.makeModule("_tessera_pickle", doc: "Tessera's pickler.") { ns in
            ns.function("dumps", "obj") { i, a in
                var pickler = TorchPickler(interpreter: i, allowsTensors: false)
                try pickler.write(a[0])
                return .object(PyBytes(pickler.finish()))
            }
            ns.function("loads", "data") { i, a in
                guard let data = a[0].asObject as? PyBytes else {
                    throw PyException(BuiltinTypes.typeError, "a bytes-like object is required, not '\(a[0].typeName)'")
                }
                var unpickler = TorchUnpickler(interpreter: i, weightsOnly: false) { _, _, _, _ in
                    throw PicklingErrors.unpicklingError(i, "A load persistent id instruction was encountered, but no persistent_load function was specified.")
                }
                return try unpickler.load(data.bytes)
            }
        }
    }

    // MARK: Saving

    static func save(_ object: Value, to file: Value, _ interpreter: Interpreter) throws {
        let target = try FileArgument(file, interpreter)
        var pickler = TorchPickler(interpreter: interpreter)
        try pickler.write(object)
        let pickle = pickler.finish()
        let folder = target.archiveName
        var archive = TorchZipArchive.Writer()
        try run {
            try archive.add(folder + "/data.pkl", pickle)
            try archive.add(folder + "/.format_version", Array("1".utf8))
            try archive.add(folder + "/.storage_alignment", Array(String(TorchZipArchive.alignment).utf8))
            try archive.add(folder + "/byteorder", Array("little".utf8))
            for (key, storage, _) in pickler.storages {
                try archive.add(folder + "/data/" + key, UnsafeRawBufferPointer(start: storage.data, count: storage.byteCount))
            }
            try archive.add(folder + "/version", Array("3\n".utf8))
            try archive.add(folder + "/.data/serialization_id", Array(serializationID().utf8))
        }
        try target.write(try run { try archive.finish() }, interpreter)
    }

    /// Forty decimal digits naming this save, as PyTorch records (two zero-padded 64-bit numbers).
    static func serializationID() -> String {
        func digits(_ v: UInt64) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, 20 - s.count)) + s
        }
        return digits(UInt64.random(in: 0...UInt64.max) % 10_000_000_000_000_000_000) + digits(UInt64.random(in: 0...9_999_999_999))
    }

    // MARK: Loading

    static func load(_ file: Value, mapLocation: Value, weightsOnly: Bool, _ interpreter: Interpreter) throws -> Value {
        let source = try FileArgument(file, interpreter)
        let bytes = try source.read(interpreter)
        let entries = try run { try TorchZipArchive.entries(bytes, name: source.description) }
        guard let first = entries.first, let slash = first.name.firstIndex(of: "/") else {
            throw PyException(BuiltinTypes.runtimeError, "PytorchStreamReader failed locating file data.pkl: file not found")
        }
        let folder = String(first.name[..<slash])
        var byName: [String: Range<Int>] = [:]
        for entry in entries { byName[entry.name] = entry.dataRange }
        guard let pickleRange = byName[folder + "/data.pkl"] else {
            throw PyException(BuiltinTypes.runtimeError, "PytorchStreamReader failed locating file data.pkl: file not found")
        }
        if let order = byName[folder + "/byteorder"], String(decoding: bytes[order], as: UTF8.self) != "little" {
            throw PyException(BuiltinTypes.runtimeError, "torch.load: big-endian archives are not supported")
        }
        let mapsToCPU = try mapLocationIsCPU(mapLocation, interpreter)
        var flatStorages: [String: Tensor] = [:]
        var unpickler = TorchUnpickler(interpreter: interpreter, weightsOnly: weightsOnly) { dtype, key, location, count in
            if let known = flatStorages[key] { return known }
            if !location.hasPrefix("cpu"), !mapsToCPU {
                throw PyException(BuiltinTypes.runtimeError, "Attempting to deserialize object on a CUDA device but torch.cuda.is_available() is False. If you are running on a CPU-only machine, please use torch.load with map_location=torch.device('cpu') to map your storages to the CPU.")
            }
            guard let range = byName[folder + "/data/" + key] else {
                throw PyException(BuiltinTypes.runtimeError, "PytorchStreamReader failed locating file data/\(key): file not found")
            }
            let (needed, overflow) = count.multipliedReportingOverflow(by: dtype.itemSize)
            guard count >= 0, !overflow, needed <= range.count else {
                throw PyException(BuiltinTypes.runtimeError, "torch.load: storage data/\(key) holds \(range.count) bytes, fewer than \(count) elements of \(dtype)")
            }
            let flat = try bytes.withUnsafeBytes { raw in
                try TorchErrors.run {
                    try Tensor(rawBytes: UnsafeRawBufferPointer(rebasing: raw[range.lowerBound..<(range.lowerBound + needed)]), shape: [count], dtype: dtype)
                }
            }
            flatStorages[key] = flat
            return flat
        }
        return try unpickler.load(Array(bytes[pickleRange]))
    }

    /// False only when `map_location` names no device at all (None): tensors saved on a GPU then
    /// fail as they do in PyTorch without CUDA. Every device maps to the CPU here, the only one.
    static func mapLocationIsCPU(_ mapLocation: Value, _ interpreter: Interpreter) throws -> Bool {
        if mapLocation.isNone { return false }
        if let text = mapLocation.stringValue, text.hasPrefix("cuda") {
            throw PyException(BuiltinTypes.runtimeError, "Attempting to deserialize object on a CUDA device but torch.cuda.is_available() is False. If you are running on a CPU-only machine, please use torch.load with map_location=torch.device('cpu') to map your storages to the CPU.")
        }
        return true
    }

    static func run<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let failure as TorchZipArchive.Failure {
            throw PyException(BuiltinTypes.runtimeError, failure.message)
        }
    }
}

/// The `f` of torch.save/torch.load: a path (str or anything with `__fspath__`, such as a
/// pathlib.Path), a file from `open(..., 'rb'/'wb')`, or any object with `read()`/`write()` of
/// bytes (a BytesIO).
struct FileArgument {
    let path: String?
    let object: Value

    init(_ value: Value, _ interpreter: Interpreter) throws {
        object = value
        if let text = value.stringValue {
            path = text
            return
        }
        if let fspath = try interpreter.lookupAttribute(value, "__fspath__") {
            guard let text = try interpreter.call(fspath, Arguments([])).stringValue else {
                throw PyException(BuiltinTypes.typeError, "expected __fspath__() to return str")
            }
            path = text
            return
        }
        // open()'s own file objects hold text; a binary one is read and written by its path.
        if value.asObject?.type.moduleName == "_io", let name = try interpreter.lookupAttribute(value, "name")?.stringValue,
           let mode = try interpreter.lookupAttribute(value, "mode")?.stringValue, mode.contains("b") {
            path = name
            return
        }
        guard try interpreter.lookupAttribute(value, "read") != nil || interpreter.lookupAttribute(value, "write") != nil else {
            throw PyException(BuiltinTypes.attributeError, "'\(value.typeName)' object has no attribute 'write'")
        }
        path = nil
    }

    var description: String { path ?? "<file>" }

    /// The archive's top-level folder: the file name without its last extension, or "archive"
    /// for file objects (PyTorch's rule).
    var archiveName: String {
        guard let path else { return "archive" }
        var name = path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
        if let dot = name.lastIndex(of: ".") { name = String(name[..<dot]) }
        return name.isEmpty ? "archive" : name
    }

    func read(_ interpreter: Interpreter) throws -> [UInt8] {
        guard let path else {
            let data = try interpreter.call(try interpreter.getAttribute(object, "read"), Arguments([]))
            guard let bytes = data.asObject as? PyBytes else {
                throw PyException(BuiltinTypes.typeError, "torch.load: read() should return bytes, not '\(data.typeName)'")
            }
            return bytes.bytes
        }
        guard let f = fopen(path, "rb") else { throw PyException.osError(errno: errno, path: path) }
        defer { fclose(f) }
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let n = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, f) }
            if n > 0 { result.append(contentsOf: chunk[0..<n]) }
            if n < chunk.count {
                if ferror(f) != 0 { throw PyException.osError(errno: errno, path: path) }
                break
            }
        }
        return result
    }

    func write(_ bytes: [UInt8], _ interpreter: Interpreter) throws {
        guard let path else {
            _ = try interpreter.call(try interpreter.getAttribute(object, "write"), Arguments([.object(PyBytes(bytes))]))
            return
        }
        guard let f = fopen(path, "wb") else { throw PyException.osError(errno: errno, path: path) }
        let written = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, f) }
        let closed = fclose(f)
        if written != bytes.count || closed != 0 { throw PyException.osError(errno: errno, path: path) }
    }
}

/// The pickle module's exceptions (defined in Python in `_pickle.py`), raised from native code.
enum PicklingErrors {
    static func unpicklingError(_ interpreter: Interpreter, _ message: String) -> PyException {
        guard let module = try? interpreter.importModule("_pickle", returnTopLevel: false),
              let type = (try? interpreter.getAttribute(.object(module), "UnpicklingError"))?.asObject as? PyType else {
            return PyException(BuiltinTypes.runtimeError, message)
        }
        return PyException(type: type, args: [.str(message)])
    }

    /// PyTorch's message around a failure of its weights-only unpickler.
    static func weightsOnlyMessage(_ detail: String) -> String {
        "Weights only load failed. This file can still be loaded, to do so you have two options, \u{1b}[1mdo those steps only if you trust the source of the checkpoint\u{1b}[0m. \n\t(1) In PyTorch 2.6, we changed the default value of the `weights_only` argument in `torch.load` from `False` to `True`. Re-running `torch.load` with `weights_only` set to `False` will likely succeed, but it can result in arbitrary code execution. Do it only if you got the file from a trusted source.\n\t(2) Alternatively, to load with `weights_only=True` please check the recommended steps in the following error message.\n\tWeightsUnpickler error: \(detail)\n\nCheck the documentation of torch.load to learn more about types accepted by default with weights_only https://pytorch.org/docs/stable/generated/torch.load.html."
    }
}
