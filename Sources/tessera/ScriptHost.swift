#if canImport(Glibc)
import Glibc
#endif
import Interpreter
import Kernel

/// `tessera FILE.py args...` and `tessera -c CODE args...`.
enum ScriptHost {
    /// The exit status, or nil when there is no script to run.
    static func run(code: String?, script: [String], disassemble: Bool = false) -> Int32? {
        guard code != nil || !script.isEmpty || disassemble else { return nil }
        // Ctrl-C raises KeyboardInterrupt in the script, as in CPython, unless the process was
        // started with SIGINT ignored (a background job of a shell), which CPython also keeps.
        let interruptible = !signalIsIgnored(SIGINT)
        if interruptible { InterruptSignal.install() }
        let body: () -> Int32 = {
            let runner = Composition.makeScriptRunner()
            if interruptible { runner.interpreter.interruptFlag = InterruptSignal.flag }
            if disassemble {
                let source = code ?? script.first.flatMap { SourceFiles.read($0) } ?? ""
                return runner.disassemble(source, fileName: code == nil ? (script.first ?? "<string>") : "<string>")
            }
            if let code {
                runner.interpreter.argv = ["-c"] + script
                return runner.runSource(code, fileName: "<string>")
            }
            guard let path = script.first else { return ExitStatus.usageError }
            return runner.runFile(path, arguments: Array(script.dropFirst()))
        }
        return interruptible ? InterpreterThread.runHandlingInterrupts(body) : InterpreterThread.run(body)
    }

    static func signalIsIgnored(_ signal: Int32) -> Bool {
        var current = sigaction()
        guard sigaction(signal, nil, &current) == 0 else { return false }
        return unsafeBitCast(current.__sigaction_handler.sa_handler, to: Int.self) == 1 // SIG_IGN
    }
}
