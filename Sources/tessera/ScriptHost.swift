import Interpreter
import Kernel

/// `tessera FILE.py args...` and `tessera -c CODE args...`.
enum ScriptHost {
    /// The exit status, or nil when there is no script to run.
    static func run(code: String?, script: [String], disassemble: Bool = false) -> Int32? {
        return InterpreterThread.run {
            let runner = ScriptRunner()
            if disassemble {
                let source = code ?? script.first.flatMap { SourceFiles.read($0) } ?? ""
                return runner.disassemble(source, fileName: code == nil ? (script.first ?? "<string>") : "<string>")
            }
            if let code {
                runner.interpreter.argv = ["-c"] + script
                return runner.runSource(code, fileName: "<string>")
            }
            guard let path = script.first else { return nil }
            return runner.runFile(path, arguments: Array(script.dropFirst()))
        }
    }
}
