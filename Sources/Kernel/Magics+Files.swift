import Foundation
import Interpreter

/// `%run`, `%pwd`, `%cd`, `%save` and `%load` (code, as in IPython) and `%workspace` (the
/// session's variables).
extension Session {
    static var fileMagics: [Magic] {
        [
            Magic(name: "run", summary: "Run a Python file and import its variables: %run [-i] FILE [ARGS...] (-i: in this namespace).",
                  line: { session, arguments in try session.runFile(arguments); return .none }),
            Magic(name: "pwd", summary: "The current working directory.",
                  line: { _, _ in .str(FileManager.default.currentDirectoryPath) }),
            Magic(name: "cd", summary: "Change the working directory: %cd [DIR | -] (no argument: home).",
                  line: { session, arguments in try session.changeDirectory(arguments); return .none }),
            Magic(name: "save", summary: "Write the code of cells to a file: %save [-f] [-a] FILE [RANGES] (as IPython; all cells when no range).",
                  line: { session, arguments in try session.saveCode(arguments); return .none }),
            Magic(name: "load", summary: "Put a file's code in the next input: %load FILE [-r LINES] [-s NAME].",
                  line: { session, arguments in try session.loadCode(arguments); return .none }),
            Magic(name: "workspace", summary: "The variables, Out and counter: %workspace save [PATH] | load [PATH] (no path: this folder's workspace).",
                  line: { session, arguments in try session.workspaceMagic(arguments); return .none }),
        ]
    }

    /// `%run FILE`: like IPython, the file runs as `__main__` in a fresh namespace whose
    /// variables are then copied into the session (`-i` runs it in the session namespace).
    func runFile(_ arguments: String) throws {
        var words = MagicArguments.words(arguments)
        let inSession = words.first == "-i"
        if inSession { words.removeFirst() }
        guard let path = words.first else { throw MagicError.usage("%run needs a file name") }
        guard let source = SourceFiles.read(path) else {
            throw MagicError.usage("File `\(path)` not found.")
        }
        let savedArgv = interpreter.argv
        interpreter.argv = words
        defer { interpreter.argv = savedArgv }
        if inSession {
            _ = try executeCode(source, fileName: path, interactive: false)
            return
        }
        let scratch = interpreter.makeNamespace(moduleName: "__main__")
        scratch["__file__"] = .str(path)
        let code = try interpreter.compile(source, fileName: path, namespace: scratch)
        classSources.noteDefinitions(in: code)
        defer {
            classSources.adopt(from: scratch)
            for name in scratch.boundNames where !name.hasPrefix("__") {
                namespace[name] = scratch[name]
            }
        }
        _ = try interpreter.execute(code, in: scratch)
    }

    func changeDirectory(_ arguments: String) throws {
        let manager = FileManager.default
        let target: String
        let argument = arguments.trimmingCharacters(in: .whitespaces)
        if argument.isEmpty {
            target = UserHome.path
        } else if argument == "-" {
            guard let previous = previousDirectory else { throw MagicError.usage("%cd -: no previous directory") }
            target = previous
        } else {
            target = (MagicArguments.words(argument).first.map { ($0 as NSString).expandingTildeInPath }) ?? argument
        }
        let before = manager.currentDirectoryPath
        guard manager.changeCurrentDirectoryPath(target) else {
            throw MagicError.usage("[Errno 2] No such file or directory: '\(target)'")
        }
        previousDirectory = before
        write(stream: "stdout", manager.currentDirectoryPath + "\n")
    }

    private func workspaceArgument(_ arguments: String) throws -> String {
        if let path = MagicArguments.words(arguments).first { return (path as NSString).expandingTildeInPath }
        guard let path = workspacePath else { throw MagicError.usage("this session has no default workspace; give a path") }
        return path
    }

    func workspaceMagic(_ arguments: String) throws {
        let trimmed = arguments.trimmingCharacters(in: .whitespaces)
        let (command, rest) = MagicLine.split(trimmed)
        switch command {
        case "save": try saveWorkspaceMagic(rest)
        case "load", "restore": try loadWorkspaceMagic(rest)
        case "":
            write(stream: "stdout", "workspace: \(workspacePath ?? "none (give a path to %workspace save)")\n")
        default:
            throw MagicError.usage("%workspace save [PATH] or %workspace load [PATH], not `\(command)`")
        }
    }

    func saveWorkspaceMagic(_ arguments: String) throws {
        let path = try workspaceArgument(arguments)
        do {
            let report = try saveWorkspace(to: path)
            write(stream: "stdout", report.summary + "\n")
        } catch let error as PyException {
            throw error
        } catch {
            throw PyException(BuiltinTypes.osError, "cannot save the workspace: \(error)")
        }
    }

    func loadWorkspaceMagic(_ arguments: String) throws {
        let path = try workspaceArgument(arguments)
        do {
            let report = try restoreWorkspace(from: path)
            write(stream: "stdout", report.summary + "\n")
        } catch let error as PyException {
            throw error
        } catch {
            throw PyException(BuiltinTypes.osError, "cannot load the workspace: \(error)")
        }
    }
}
