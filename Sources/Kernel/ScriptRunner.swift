#if canImport(Glibc)
import Glibc
#endif
import Interpreter
import Library

/// Runs a Python script or a `-c` string the way `python3 FILE` does: `sys.argv` set, the
/// script's folder on the module search path, an uncaught exception printed as a traceback on
/// stderr. Returns the process exit status.
public struct ScriptRunner {
    public enum Status {
        public static let success: Int32 = 0
        public static let runtimeError: Int32 = 1
        public static let usageError: Int32 = 2
        public static let syntaxError: Int32 = 65
        /// Stopped by Ctrl-C (an uncaught KeyboardInterrupt): 128 + SIGINT, what a shell reports
        /// for CPython in the same case.
        public static let interrupted: Int32 = 130
    }

    public let interpreter: Interpreter

    public init(interpreter: Interpreter = Interpreter()) {
        self.interpreter = interpreter
        Library.install(into: interpreter)
    }

    /// Runs the file at `path` with `arguments` as `sys.argv[1:]`.
    public func runFile(_ path: String, arguments: [String]) -> Int32 {
        guard let source = SourceFiles.read(path) else {
            let reason = String(cString: strerror(errno))
            FileOutput.standardError.write("tessera: can't open file \(Formatting.quoteString(path)): [Errno \(errno)] \(reason)\n")
            return Status.usageError
        }
        let directory = path.contains("/") ? String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)]) : "."
        interpreter.searchPaths = [directory.isEmpty ? "/" : directory]
        interpreter.argv = [path] + arguments
        return runSource(source, fileName: path)
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
            return exception.isInstance(of: BuiltinTypes.syntaxError) ? Status.syntaxError : Status.runtimeError
        } catch {
            interpreter.standardError("\(error)\n")
            return Status.runtimeError
        }
        do {
            _ = try interpreter.execute(code, in: namespace)
            try interpreter.flushPendingDisplays()
            return Status.success
        } catch let exception as PyException {
            if exception.isInstance(of: BuiltinTypes.systemExit) { return exitStatus(exception) }
            interpreter.standardError(interpreter.formatException(exception))
            return exception.isInstance(of: BuiltinTypes.keyboardInterrupt) ? Status.interrupted : Status.runtimeError
        } catch {
            interpreter.standardError("\(error)\n")
            return Status.runtimeError
        }
    }

    /// Prints the bytecode of `source` (for debugging the compiler).
    public func disassemble(_ source: String, fileName: String) -> Int32 {
        do {
            let code = try interpreter.compile(source, fileName: fileName, namespace: interpreter.makeNamespace())
            interpreter.standardOutput(Disassembler.listing(code))
            return Status.success
        } catch let exception as PyException {
            interpreter.standardError(interpreter.formatException(exception))
            return Status.syntaxError
        } catch {
            return Status.runtimeError
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
