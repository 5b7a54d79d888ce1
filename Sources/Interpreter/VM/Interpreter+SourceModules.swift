#if canImport(Glibc)
import Glibc
#endif

/// Imports of Python source files: `import name` finds `name.py` or `name/__init__.py` in the
/// search paths (the script's folder, then the working directory).
extension Interpreter {
    func loadSourceModule(_ name: String) throws -> PyModule? {
        let relative = name.split(separator: ".").joined(separator: "/")
        for directory in searchPaths + ["."] {
            for (candidate, isPackage) in [("\(directory)/\(relative).py", false), ("\(directory)/\(relative)/__init__.py", true)] {
                guard let source = SourceFiles.read(candidate) else { continue }
                let namespace = makeNamespace(moduleName: name)
                namespace["__file__"] = .str(candidate)
                let module = PyModule(name: name, namespace: namespace)
                if isPackage { namespace["__path__"] = .object(PyList([.str("\(directory)/\(relative)")])) }
                modules[name] = module
                do {
                    let code = try compile(source, fileName: candidate, namespace: namespace)
                    _ = try execute(code, in: namespace)
                } catch {
                    modules[name] = nil
                    throw error
                }
                return module
            }
        }
        return nil
    }
}

/// Reads text files without Foundation.
public enum SourceFiles {
    public static func read(_ path: String) -> String? {
        readBytes(path).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The bytes of a regular file, or nil (errno says why) when it cannot be read.
    public static func readBytes(_ path: String) -> [UInt8]? {
        guard let handle = fopen(path, "r") else { return nil }
        defer { fclose(handle) }
        var statBuffer = stat()
        if fstat(fileno(handle), &statBuffer) == 0 && (statBuffer.st_mode & S_IFMT) == S_IFDIR {
            errno = EISDIR
            return nil
        }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = fread(&buffer, 1, buffer.count, handle)
            if n <= 0 { break }
            bytes.append(contentsOf: buffer[0..<n])
        }
        if ferror(handle) != 0 { return nil }
        return bytes
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
