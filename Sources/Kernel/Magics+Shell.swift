import Foundation
import Interpreter

/// The shell from a cell, as IPython gives it: `!cmd` (output as it comes), `x = !cmd`, `!!cmd`
/// and `%sx cmd` (the output's lines as an SList), `%env`, `%pip`, and IPython's default
/// aliases (`%ls`, `%ll`, `%cat`, `%mkdir`, ...). `$name` and `{expression}` in the line are
/// replaced by Python values first.
extension Session {
    static var shellMagics: [Magic] {
        var magics = [
            Magic(name: "system", summary: "Run a shell command (what `!cmd` does); its status is in _exit_code.",
                  line: { session, arguments in try session.runShell(arguments); return .none }),
            Magic(name: "sx", summary: "Run a shell command and return its output lines as a list (what `!!cmd` does).",
                  line: { session, arguments in try session.shellOutput(arguments) }),
            Magic(name: "env", summary: "Environment variables: %env (all), %env VAR, %env VAR=VALUE (or VAR VALUE) to set.",
                  line: { session, arguments in try session.environmentMagic(arguments) }),
            Magic(name: "pip", summary: "Run pip; packages Tessera provides itself (fastbook, fastai, torch, ...) need no install.",
                  line: { session, arguments in try session.runShell("pip " + arguments); return .none }),
        ]
        // IPython's default aliases on Linux: shell commands that need no `!`.
        let aliases: [(String, String)] = [("ls", "ls -F"), ("ll", "ls -F -l"), ("cat", "cat"), ("mkdir", "mkdir"),
                                           ("rmdir", "rmdir"), ("mv", "mv"), ("rm", "rm"), ("cp", "cp")]
        for (name, command) in aliases {
            magics.append(Magic(name: name, summary: "Alias for the shell command `\(command)`.",
                                line: { session, arguments in
                                    try session.runShell(arguments.isEmpty ? command : command + " " + arguments)
                                    return .none
                                }))
        }
        return magics
    }

    /// `!cmd`: the output goes to the cell as the command writes it; the exit status is
    /// `_exit_code`, as in IPython.
    func runShell(_ line: String) throws {
        let command = expandShellLine(line)
        if let note = providedPackagesNote(command) {
            write(stream: "stdout", note + "\n")
            namespace["_exit_code"] = .int(0)
            return
        }
        let result = try ShellCommand(command: command).run(.stream({ [weak self] name, text in
            self?.write(stream: name, text)
        }), interrupted: { [interruptFlag] in interruptFlag.pointee != 0 })
        namespace["_exit_code"] = .int(Int(result.status))
    }

    /// `x = !cmd`, `!!cmd`, `%sx cmd`: the output (stdout and stderr together) as a list of lines.
    func shellOutput(_ line: String) throws -> Value {
        let command = expandShellLine(line)
        let result = try ShellCommand(command: command).run(.capture, interrupted: { [interruptFlag] in interruptFlag.pointee != 0 })
        namespace["_exit_code"] = .int(Int(result.status))
        var lines = result.captured.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        let module = try interpreter.importModule("_tessera_shell", returnTopLevel: false)
        guard let slist = module.namespace["SList"] else { return .list(lines.map { .str($0) }) }
        return try interpreter.call(slist, .list(lines.map { .str($0) }))
    }

    /// `$name`, `$name.attr` and `{expression}` replaced by `str()` of their values in the
    /// session namespace.
    func expandShellLine(_ line: String) -> String {
        ShellExpansion.expand(line) { expression in
            let code = try interpreter.compile("(" + expression + ")", fileName: "<shell expansion>", namespace: namespace, interactive: true)
            return try interpreter.str(try interpreter.execute(code, in: namespace))
        }
    }

    /// For `pip install PKG...` where every package is one Tessera provides as a module of its
    /// own: the one line that says so, instead of minutes of pip installing into another Python.
    func providedPackagesNote(_ command: String) -> String? {
        var words = command.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        if let first = words.first, first == "python" || first == "python3", words.count > 2, words[1] == "-m" {
            words.removeFirst(2)
        }
        guard words.count >= 2, ["pip", "pip3"].contains(words[0]), words[1] == "install" else { return nil }
        let packages = words.dropFirst(2).filter { !$0.hasPrefix("-") }
        guard !packages.isEmpty else { return nil }
        var provided: [String] = []
        for package in packages {
            // `fastai>=2.0`, `torch==2.1`, `fastbook[extra]`: the name is before the specifier.
            let name = String(package.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." })
            let module = Self.importName(ofDistribution: name)
            guard !module.isEmpty, interpreter.modules[module] != nil || interpreter.moduleProviders[module] != nil else { return nil }
            provided.append(name)
        }
        let list = provided.joined(separator: ", ")
        return "Tessera provides \(list) itself (no install needed): import \(provided.count == 1 ? "it" : "them") directly."
    }

    /// The module a pip distribution installs, for the few whose names differ.
    static func importName(ofDistribution name: String) -> String {
        let lowered = name.lowercased()
        let renamed = ["pillow": "PIL", "scikit-learn": "sklearn", "opencv-python": "cv2", "pyyaml": "yaml"]
        return renamed[lowered] ?? lowered.replacingOccurrences(of: "-", with: "_")
    }

    /// IPython's `%env`: with no argument a dict of the environment; `%env VAR` its value;
    /// `%env VAR=VALUE` or `%env VAR VALUE` sets it (for commands started later and `os.environ`).
    func environmentMagic(_ arguments: String) throws -> Value {
        let text = arguments.trimmingCharacters(in: .whitespaces)
        if text.isEmpty {
            let environment = PyDict()
            for (key, value) in ProcessInfo.processInfo.environment.sorted(by: { $0.key < $1.key }) {
                environment[key] = .str(value)
            }
            return .object(environment)
        }
        let name: String
        let value: String
        if let equals = text.firstIndex(of: "="), !text[..<equals].contains(" ") {
            name = String(text[..<equals])
            value = String(text[text.index(after: equals)...])
        } else if let space = text.firstIndex(where: { $0 == " " || $0 == "\t" }) {
            name = String(text[..<space])
            value = String(text[space...]).trimmingCharacters(in: .whitespaces)
        } else {
            guard let value = ProcessInfo.processInfo.environment[text] else {
                throw MagicError.usage("Environment does not have key: \(text)")
            }
            return .str(value)
        }
        let expanded = expandShellLine(value)
        setenv(name, expanded, 1)
        if let environ = interpreter.modules["os"]?.namespace["environ"]?.asObject as? PyDict {
            environ[name] = .str(expanded)
        }
        write(stream: "stdout", "env: \(name)=\(expanded)\n")
        return .none
    }
}
