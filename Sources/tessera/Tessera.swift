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
            With no arguments, starts the interactive REPL. `tessera FILE.py [ARGS...]` runs a script, \
            `tessera -c CODE` runs a string. Exit status: 0 success, 1 runtime error, 2 usage error, \
            65 syntax error in a script.
            """,
        version: TesseraVersion.current
    )

    @Option(name: .customShort("c"), help: "Run CODE as a program.")
    var code: String?

    @Flag(name: .customLong("dis"), help: ArgumentHelp("Print the bytecode of the script instead of running it.", visibility: .hidden))
    var disassemble = false

    @Argument(parsing: .captureForPassthrough, help: "A script to run, and its arguments.")
    var script: [String] = []

    /// Runs the command, mapping ArgumentParser's own usage-error code (64) to the documented 2.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                FileHandle.standardError.write(Data((usageString() + "\n").utf8))
                Foundation.exit(ExitStatus.usageError)
            }
            exit(withError: error)
        }
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
        print(Tessera.helpMessage())
    }
}
