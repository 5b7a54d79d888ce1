#if canImport(Glibc)
import Glibc
#endif

/// The file type and `open()`: methods, and OSError built from `errno`.
enum FileObjects {
    static let fileType = PyType(builtin: "TextIOWrapper", base: BuiltinTypes.object, subclassable: false, module: "_io", installer: install)

    static func osError(_ path: String) -> PyException {
        let code = errno
        let message = String(cString: strerror(code))
        let type: PyType
        switch code {
        case ENOENT: type = BuiltinTypes.fileNotFoundError
        case EISDIR: type = BuiltinTypes.isADirectoryError
        case EACCES: type = BuiltinTypes.permissionError
        default: type = BuiltinTypes.osError
        }
        return PyException(type: type, args: [.int(Int(code)), .str(message)]).withMessage("[Errno \(code)] \(message): \(Formatting.quoteString(path))")
    }

    static func open(_ interpreter: Interpreter, path: String, mode: String) throws -> Value {
        let file = PyFile(path: path, mode: mode)
        if mode.contains("r") || mode.contains("+") {
            guard let bytes = SourceFiles.readBytes(path) else { throw osError(path) }
            file.content = Array(String(decoding: bytes, as: UTF8.self))
        } else if mode.contains("w") {
            guard let handle = fopen(path, "w") else { throw osError(path) }
            fclose(handle)
            file.position = 1
        } else if mode.contains("a") {
            guard let handle = fopen(path, "a") else { throw osError(path) }
            fclose(handle)
        }
        return .object(file)
    }

    static func file(_ value: Value) throws -> PyFile {
        guard let f = value.asObject as? PyFile else { throw PyException(BuiltinTypes.typeError, "not a file") }
        if f.isClosed { throw PyException(BuiltinTypes.valueError, "I/O operation on closed file.") }
        return f
    }

    static func readLine(_ f: PyFile) -> String? {
        guard f.position < f.content.count else { return nil }
        var line = ""
        while f.position < f.content.count {
            let c = f.content[f.position]
            f.position += 1
            line.append(c)
            if c == "\n" { break }
        }
        return line
    }

    static func install(_ type: PyType) {
        type.method("read", "self, size=-1") { i, a in
            let f = try file(a[0])
            let size = try i.intArgument(a[1])
            let end = size < 0 ? f.content.count : min(f.content.count, f.position + size)
            defer { f.position = end }
            return .str(String(f.content[f.position..<end]))
        }
        type.method("readline", "self") { _, a in .str(readLine(try file(a[0])) ?? "") }
        type.method("readlines", "self") { _, a in
            let f = try file(a[0])
            var lines: [Value] = []
            while let line = readLine(f) { lines.append(.str(line)) }
            return .object(PyList(lines))
        }
        type.method("write", "self, text, /") { i, a in
            let f = try file(a[0])
            let text = try i.stringArgument(a[1])
            f.written += text
            return .int(text.count)
        }
        type.method("close", "self") { _, a in
            guard let f = a[0].asObject as? PyFile, !f.isClosed else { return .none }
            try f.flush()
            f.isClosed = true
            return .none
        }
        type.method("__enter__", "self") { _, a in a[0] }
        type.method("__exit__", "self, *args") { i, a in
            _ = try i.call(try i.getAttribute(a[0], "close"), Arguments([]))
            return .bool(false)
        }
        type.method("__iter__", "self") { _, a in
            let f = try file(a[0])
            return .object(PyNativeIterator { _ in readLine(f).map { .str($0) } })
        }
        type.property("closed") { _, v in .bool((v.asObject as? PyFile)?.isClosed ?? true) }
        type.property("name") { _, v in .str((v.asObject as? PyFile)?.path ?? "") }
        type.property("mode") { _, v in .str((v.asObject as? PyFile)?.mode ?? "") }
    }
}

extension PyException {
    /// OSError keeps (errno, strerror) as args but prints a composed message.
    func withMessage(_ text: String) -> PyException {
        attributes["_message"] = .str(text)
        return self
    }
}
