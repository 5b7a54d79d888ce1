#if canImport(Glibc)
import Glibc
#endif
import Interpreter

/// Runs a Python script or a `-c` string the way `python3 FILE` does: `sys.argv` set, the
/// script's folder on the module search path, an uncaught exception printed as a traceback on
/// stderr. Returns the process exit status (`ExitStatus`, or the code given to `sys.exit`).
public struct ScriptRunner {
    public let interpreter: Interpreter

    /// - Parameter install: adds the libraries scripts may import to the new interpreter (the
    ///   executable passes the Library's installer); plain Python when it does nothing.
    public init(interpreter: Interpreter = Interpreter(), install: (Interpreter) -> Void) {
        self.interpreter = interpreter
        install(interpreter)
        // The Kernel's Python modules: `import IPython` works in a script too, where
        // get_ipython() is None and display() prints, as under CPython with IPython installed.
        PythonSourceModule.register(EmbeddedPythonSources.modules, in: interpreter)
    }

    /// Runs the file at `path` with `arguments` as `sys.argv[1:]`.
    public func runFile(_ path: String, arguments: [String]) -> Int32 {
        guard let bytes = SourceFiles.readBytes(path) else {
            let reason = String(cString: strerror(errno))
            FileOutput.standardError.write("tessera: can't open file \(Formatting.quoteString(path)): [Errno \(errno)] \(reason)\n")
            return ExitStatus.usageError
        }
        let text = SourceFiles.withoutByteOrderMark(bytes)
        guard let source = String(validating: text, as: UTF8.self) else {
            // CPython reads a script as UTF-8 unless it declares another encoding (which Tessera
            // does not support) and reports the first byte that is not UTF-8.
            let (line, byte) = ScriptRunner.firstInvalidUTF8(text)
            let hex = String(byte, radix: 16)
            FileOutput.standardError.write("SyntaxError: Non-UTF-8 code starting with '\\x\(hex.count == 1 ? "0" + hex : hex)' in file \(path) on line \(line), but no encoding declared; see https://peps.python.org/pep-0263/ for details\n")
            return ExitStatus.syntaxError
        }
        let directory = path.contains("/") ? String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)]) : "."
        interpreter.searchPaths = [directory.isEmpty ? "/" : directory]
        interpreter.argv = [path] + arguments
        return runSource(source, fileName: path)
    }

    /// The line (from 1) and value of the first byte of `bytes` that does not belong to valid UTF-8.
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> (line: Int, byte: UInt8) {
        var line = 1
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let lead = bytes[index]
            let length = lead < 0x80 ? 1 : lead >= 0xC2 && lead < 0xE0 ? 2 : lead >= 0xE0 && lead < 0xF0 ? 3 : lead >= 0xF0 && lead < 0xF5 ? 4 : 0
            if length == 0 || index + length > bytes.endIndex { return (line, lead) }
            let end = index + length
            if length > 1, String(validating: bytes[index..<end], as: UTF8.self) == nil { return (line, lead) }
            if lead == 0x0A { line += 1 }
            index = end
        }
        return (line, bytes.last ?? 0)
    }

    /// Runs `source` as the `__main__` module.
    public func runSource(_ source: String, fileName: String) -> Int32 {
        let namespace = interpreter.makeNamespace(moduleName: "__main__")
        namespace["__file__"] = .str(fileName)
        let code: CodeObject
        do {
            code = try interpreter.compile(source, fileName: fileName, namespace: namespace)
        } catch let exception as PyException {
            interpreter.standardError(interpreter.formatException(exception))
            return exception.isInstance(of: BuiltinTypes.syntaxError) ? ExitStatus.syntaxError : ExitStatus.runtimeError
        } catch {
            interpreter.standardError("\(error)\n")
            return ExitStatus.runtimeError
        }
        do {
            _ = try interpreter.execute(code, in: namespace)
            try interpreter.flushPendingDisplays()
            return ExitStatus.success
        } catch let exception as PyException {
            if exception.isInstance(of: BuiltinTypes.systemExit) { return exitStatus(exception) }
            interpreter.standardError(interpreter.formatException(exception))
            return exception.isInstance(of: BuiltinTypes.keyboardInterrupt) ? ExitStatus.interrupted : ExitStatus.runtimeError
        } catch {
            interpreter.standardError("\(error)\n")
            return ExitStatus.runtimeError
        }
    }

    /// Prints the bytecode of `source` (for debugging the compiler).
    public func disassemble(_ source: String, fileName: String) -> Int32 {
        do {
            let code = try interpreter.compile(source, fileName: fileName, namespace: interpreter.makeNamespace())
            interpreter.standardOutput(Disassembler.listing(code))
            return ExitStatus.success
        } catch let exception as PyException {
            interpreter.standardError(interpreter.formatException(exception))
            return ExitStatus.syntaxError
        } catch {
            return ExitStatus.runtimeError
        }
    }

    /// `sys.exit(code)`: None is 0, an int is itself, anything else is printed and gives 1.
    func exitStatus(_ exception: PyException) -> Int32 {
        guard let code = exception.args.first else { return 0 }
        switch code {
        case .none: return 0
        case .int(let n): return Int32(truncatingIfNeeded: n)
        default:
            interpreter.standardError(((try? interpreter.str(code)) ?? "") + "\n")
            return 1
        }
    }
}
