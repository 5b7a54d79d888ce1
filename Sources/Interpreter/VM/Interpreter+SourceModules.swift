#if canImport(Glibc)
import Glibc
#endif

/// Imports of Python source files: `import name` finds `name.py` or `name/__init__.py` in the
/// search paths (the script's folder, then the working directory).
extension Interpreter {
    func loadSourceModule(_ name: String) throws -> PyModule? {
        let relative = name.split(separator: ".").joined(separator: "/")
        for directory in moduleSearchDirectories {
            for (candidate, isPackage) in [("\(directory)/\(relative).py", false), ("\(directory)/\(relative)/__init__.py", true)] {
                guard let source = SourceFiles.read(candidate) else { continue }
                let namespace = makeNamespace(moduleName: name)
                namespace["__file__"] = .str(candidate)
                let module = PyModule(name: name, namespace: namespace)
                if isPackage { namespace["__path__"] = .object(PyList([.str("\(directory)/\(relative)")])) }
                modules[name] = module
                sourceModuleFiles.paths[name] = candidate
                do {
                    let code = try compile(source, fileName: candidate, namespace: namespace)
                    _ = try execute(code, in: namespace)
                } catch {
                    modules[name] = nil
                    sourceModuleFiles.paths[name] = nil
                    throw error
                }
                return module
            }
        }
        return nil
    }

    /// Where `import` looks for `.py` files, in order: the search paths, `sys.path` as the user
    /// changed it (`sys.path.insert(0, '..')` in a notebook), then the working directory.
    public var moduleSearchDirectories: [String] {
        var directories = searchPaths
        if let path = modules["sys"]?.namespace["path"]?.asObject as? PyList {
            for case .object(let entry as PyStr) in path.items where !directories.contains(entry.value) {
                directories.append(entry.value.isEmpty ? "." : entry.value)
            }
        }
        return directories + ["."]
    }

    /// The modules imported from `.py` files on the search path (not the embedded standard
    /// ones), by name, with the file each came from: what IPython's autoreload watches.
    public var sourceModulePaths: [String: String] { sourceModuleFiles.paths }

    /// `importlib.reload` of a module imported from a file: its file runs again in the module's
    /// own namespace, so `module.name` sees the new definitions and names the new code no longer
    /// defines stay, as in CPython.
    public func reloadSourceModule(_ name: String) throws {
        guard let path = sourceModuleFiles.paths[name], let module = modules[name] else {
            throw PyException(BuiltinTypes.importError, "module \(name) is not a module loaded from a file")
        }
        guard let source = SourceFiles.read(path) else {
            throw PyException.osError(errno: errno, path: path)
        }
        let code = try compile(source, fileName: path, namespace: module.namespace)
        _ = try execute(code, in: module.namespace)
    }

    private var sourceModuleFiles: SourceModuleFiles {
        let key = "sourceModuleFiles"
        if let files = moduleState[key] as? SourceModuleFiles { return files }
        let files = SourceModuleFiles()
        moduleState[key] = files
        return files
    }
}

/// Which loaded modules came from which `.py` file (per interpreter).
final class SourceModuleFiles {
    var paths: [String: String] = [:]
}

/// Reads text files without Foundation.
public enum SourceFiles {
    public static func read(_ path: String) -> String? {
        readBytes(path).map { String(decoding: withoutByteOrderMark($0), as: UTF8.self) }
    }

    /// Source text may start with a UTF-8 byte order mark, which CPython skips.
    public static func withoutByteOrderMark(_ bytes: [UInt8]) -> ArraySlice<UInt8> {
        bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
    }

    /// The most bytes read from a file that is not a regular file: a device such as /dev/zero
    /// never ends, and a script is never this large.
    static let largestStreamedFile = 1 << 28

    /// The bytes of a regular file, or nil (errno says why) when it cannot be read.
    public static func readBytes(_ path: String) -> [UInt8]? {
        guard let handle = fopen(path, "r") else { return nil }
        defer { fclose(handle) }
        var statBuffer = stat()
        let known = fstat(fileno(handle), &statBuffer) == 0
        if known && (statBuffer.st_mode & S_IFMT) == S_IFDIR {
            errno = EISDIR
            return nil
        }
        let regular = known && (statBuffer.st_mode & S_IFMT) == S_IFREG
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = fread(&buffer, 1, buffer.count, handle)
            if n <= 0 { break }
            if (!regular && bytes.count + n > largestStreamedFile) || (try? Allocation.check(count: bytes.count + n, elementSize: 2)) == nil {
                errno = EFBIG
                return nil
            }
            bytes.append(contentsOf: buffer[0..<n])
        }
        if ferror(handle) != 0 { return nil }
        return bytes
    }

    public enum CreateResult { case written, exists, failed }

    /// Writes bytes to a new file; `.exists` (nothing written) when the path is taken.
    public static func createNew(_ bytes: [UInt8], at path: String, makingDirectory directory: String? = nil) -> CreateResult {
        if let directory { _ = mkdir(directory, 0o755) }
        // "x": glibc's exclusive create (O_EXCL), so two runs never write the same name.
        guard let handle = fopen(path, "wbx") else { return errno == EEXIST ? .exists : .failed }
        defer { fclose(handle) }
        let complete = bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return true }
            return fwrite(base, 1, buffer.count, handle) == buffer.count
        }
        return complete ? .written : .failed
    }

    /// Writes bytes to a file, creating `directory` first if needed; false on failure.
    public static func write(_ bytes: [UInt8], to path: String, makingDirectory directory: String? = nil) -> Bool {
        if let directory { _ = mkdir(directory, 0o755) }
        guard let handle = fopen(path, "wb") else { return false }
        defer { fclose(handle) }
        return bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return true }
            return fwrite(base, 1, buffer.count, handle) == buffer.count
        }
    }
}
