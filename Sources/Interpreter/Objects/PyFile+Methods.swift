#if canImport(Glibc)
import Glibc
#endif

/// The file type and `open()`: methods, and OSError built from `errno`.
enum FileObjects {
    static let fileType = PyType(builtin: "TextIOWrapper", base: BuiltinTypes.object, subclassable: false, module: "_io", installer: install)

    /// The OSError for the call that just failed on `path` (from `errno`).
    static func osError(_ path: String) -> PyException {
        PyException.osError(errno: errno, path: path)
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
            // Content is held as Characters, where "\r\n" is one Character: it ends a line too.
            if c == "\n" || c == "\r\n" { break }
        }
        return line
    }

    static func install(_ type: PyType) {
        type.install(table)
        type.property("closed") { _, v in .bool((v.asObject as? PyFile)?.isClosed ?? true) }
        type.property("name") { _, v in .str((v.asObject as? PyFile)?.path ?? "") }
        type.property("mode") { _, v in .str((v.asObject as? PyFile)?.mode ?? "") }
    }

    static let table: [NativeMethod] = [
        NativeMethod("read", "self, size=-1", read),
        NativeMethod("readline", "self", readline),
        NativeMethod("readlines", "self", readlines),
        NativeMethod("write", "self, text, /", write),
        NativeMethod("close", "self", close),
        NativeMethod("__enter__", "self", enter),
        NativeMethod("__exit__", "self, *args", exit),
        NativeMethod("__iter__", "self", iterate),
    ]

    static func read(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let f = try file(args.receiver)
        let size = try interpreter.intArgument(args["size"])
        if f.isWritable && !f.mode.contains("+") && !f.mode.contains("r") {
            throw PyException(BuiltinTypes.osError, "not readable")
        }
        let start = min(f.position, f.content.count)
        let end = size < 0 ? f.content.count : start + min(f.content.count - start, size)
        defer { f.position = end }
        return .str(String(f.content[start..<end]))
    }

    static func readline(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .str(readLine(try file(args.receiver)) ?? "")
    }

    static func readlines(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let f = try file(args.receiver)
        var lines: [Value] = []
        while let line = readLine(f) { lines.append(.str(line)) }
        return .object(PyList(lines))
    }

    /// Text is collected and reaches the file on `close()`.
    static func write(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let f = try file(args.receiver)
        let text = try interpreter.stringArgument(args["text"])
        f.written += text
        return .int(text.unicodeScalars.count)
    }

    /// Closing twice is allowed, as in CPython.
    static func close(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        guard let f = args.receiver.asObject as? PyFile, !f.isClosed else { return .none }
        try f.flush()
        f.isClosed = true
        return .none
    }

    static func enter(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        args.receiver
    }

    /// Leaving a `with` block closes through `close` (which a subclass could override).
    static func exit(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        _ = try interpreter.call(try interpreter.getAttribute(args.receiver, "close"), Arguments([]))
        return .bool(false)
    }

    static func iterate(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let f = try file(args.receiver)
        return .object(PyNativeIterator { _ in readLine(f).map { .str($0) } })
    }
}

extension PyException {
    /// OSError keeps (errno, strerror) as args but prints a composed message.
    func withMessage(_ text: String) -> PyException {
        attributes["_message"] = .str(text)
        return self
    }
}
