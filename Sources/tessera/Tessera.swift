import ArgumentParser
import Foundation
import Kernel

/// The `tessera` command. Kept thin: argument parsing and exit codes live here, the work lives in
/// the libraries (Kernel, Interpreter, ...), so everything it does can be tested without a process.
@main
struct Tessera: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tessera",
        abstract: "A notebook-style Python-subset REPL and scripting host with a PyTorch-compatible tensor library.",
        discussion: """
            With no arguments, starts the interactive REPL (reading cells from stdin when it is not a \
            terminal); its variables are saved on exit and restored on the next start in the same folder \
            (--fresh starts empty). `tessera FILE.py [ARGS...]` runs a script, `tessera -c CODE` runs a \
            string. Exit status: 0 success, 1 runtime error, 2 usage error, 65 syntax error in a script, 130 stopped by Ctrl-C.

            Notebook commands (each has --help):
              tessera run NB [--output executed.ipynb] [--stop-on-error] [--summary]
              tessera test NB...
              tessera export NB --to html|markdown [--output FILE] [--execute]
              tessera step NB [--restart]

            Jupyter kernel:
              tessera kernel install [--user | --prefix P] [--name N]   then pick "Tessera" in JupyterLab
              tessera kernel uninstall [--user | --prefix P] [--name N]
              tessera kernel -f CONNECTION_FILE                         (what Jupyter runs)
            """,
        version: TesseraVersion.current
    )

    /// The notebook commands, dispatched by their first word before the root parses (the root
    /// passes everything after a script name through to the script, which would swallow them).
    static let notebookCommands: [String: ParsableCommand.Type] = [
        "run": RunNotebook.self, "test": TestNotebooks.self, "export": ExportNotebook.self, "step": StepNotebook.self,
        "kernel": KernelCommand.self,
    ]

    @Flag(name: .long, help: "Start the REPL without restoring this folder's saved workspace.")
    var fresh = false

    @Option(name: .customShort("c"), help: "Run CODE as a program.")
    var code: String?

    @Flag(name: .customLong("dis"), help: ArgumentHelp("Print the bytecode of the script instead of running it.", visibility: .hidden))
    var disassemble = false

    @Argument(parsing: .captureForPassthrough, help: "A script to run, and its arguments.")
    var script: [String] = []

    /// Runs the command, mapping ArgumentParser's own usage-error code (64) to the documented 2.
    static func main() {
        if let problem = ProcessSetup.atLaunch() {
            FileHandle.standardError.write(Data((problem + "\n").utf8))
            Foundation.exit(ExitStatus.runtimeError)
        }
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let first = arguments.first, let command = notebookCommands[first] {
            execute(command, Array(arguments.dropFirst()))
        }
        let (own, scriptArguments) = splitScriptArguments(arguments)
        execute(Tessera.self, own, scriptArguments: scriptArguments)
    }

    /// Splits off what follows the script name (or `-c CODE`): the script's own arguments, which
    /// go to it untouched. ArgumentParser's time grows with the square of the argument count
    /// (20,000 arguments from a shell glob took half a minute), so it sees only tessera's own.
    static func splitScriptArguments(_ arguments: [String]) -> (own: [String], script: [String]) {
        var index = 0
        while index < arguments.count {
            switch arguments[index] {
            case "--fresh", "--dis": index += 1
            case "-c": index += 2
            default:
                // The script's name stays with tessera's arguments (it may be an unknown option,
                // which `run` reports); what follows is the script's.
                let end = Swift.min(index + 1, arguments.count)
                return (Array(arguments[..<end]), Array(arguments[end...]))
            }
        }
        return (arguments, [])
    }

    static func execute(_ type: ParsableCommand.Type, _ arguments: [String], scriptArguments: [String] = []) -> Never {
        do {
            var command = try type.parseAsRoot(arguments)
            if !scriptArguments.isEmpty, var root = command as? Tessera {
                root.script += scriptArguments
                command = root
            }
            try command.run()
            finish(ExitStatus.success)
        } catch {
            if let exit = error as? ExitCode { finish(exit.rawValue) }
            let code = type.exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((type.fullMessage(for: error) + "\n").utf8))
                FileHandle.standardError.write(Data((type.usageString() + "\n").utf8))
                Foundation.exit(ExitStatus.usageError)
            }
            type.exit(withError: error)
        }
    }

    /// Exits with `status` once standard output is flushed. Output that could not be written (a
    /// full disk, /dev/full) is an error, as in CPython, which reports it and exits with 120.
    static func finish(_ status: Int32) -> Never {
        if fflush(stdout) != 0 || ferror(stdout) != 0 {
            let reason = String(cString: strerror(errno))
            FileHandle.standardError.write(Data(("Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n"
                + "OSError: [Errno \(errno)] \(reason)\n").utf8))
            Foundation.exit(120)
        }
        Foundation.exit(status)
    }

    func run() throws {
        // Options after the script name belong to the script, so the script arguments are
        // captured verbatim; tessera's own options must come first.
        if let first = script.first, first.hasPrefix("-"), first != "-" {
            switch first {
            case "-h", "--help":
                print(Tessera.helpMessage())
                return
            case "--version":
                print(TesseraVersion.current)
                return
            default:
                throw ValidationError("Unknown option '\(first)'")
            }
        }
        let status = ScriptHost.run(code: code, script: script, disassemble: disassemble)
        if let status { throw ExitCode(status) }
        let replStatus = TerminalRepl.run(fresh: fresh)
        if replStatus != 0 { throw ExitCode(replStatus) }
    }
}
