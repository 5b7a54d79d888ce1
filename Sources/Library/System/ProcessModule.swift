import Foundation
import Interpreter

/// `_tessera_process`: runs a child process to its end, the core of `subprocess` and
/// `os.system` (Sources/Library/Python/subprocess.py). Output is collected through pipes rather than
/// inherited, so in a notebook it lands in the cell that ran the command.
enum ProcessModule {
    struct Outcome {
        var status: Int32 = 0
        var output = Data()
        var errorOutput = Data()
        var timedOut = false
    }

    /// Runs `arguments` (a program and its arguments; `/bin/sh -c` for a shell command), feeding
    /// `input` to its stdin. `mergeErrors` sends stderr into the stdout pipe.
    static func run(_ arguments: [String], cwd: String?, environment: [String: String]?, input: Data?,
                    mergeErrors: Bool, timeout: Double?) throws -> Outcome {
        guard let program = arguments.first else {
            throw PyException(BuiltinTypes.indexError, "list index out of range")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try resolve(program, environment: environment))
        process.arguments = Array(arguments.dropFirst())
        if let cwd { process.currentDirectoryURL = URL(fileURLWithPath: cwd) }
        if let environment { process.environment = environment }
        let outputPipe = Pipe(), errorPipe = Pipe()
        process.standardOutput = outputPipe
        process.standardError = mergeErrors ? outputPipe : errorPipe
        let inputPipe = Pipe()
        process.standardInput = input == nil ? FileHandle.nullDevice : inputPipe
        do { try process.run() } catch {
            if let cwd, !OSModule.isDirectory(cwd) { throw PyException.osError(errno: ENOENT, path: cwd) }
            throw PyException.osError(errno: ENOENT, path: program)
        }
        // Read both pipes while the child runs, so a child that fills one pipe cannot block.
        var outcome = Outcome()
        let group = DispatchGroup()
        let queue = DispatchQueue(label: "tessera.process", attributes: .concurrent)
        var collectedOutput = Data(), collectedErrors = Data()
        group.enter()
        queue.async { collectedOutput = outputPipe.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        if !mergeErrors {
            group.enter()
            queue.async { collectedErrors = errorPipe.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        }
        if let input {
            queue.async {
                inputPipe.fileHandleForWriting.write(input)
                try? inputPipe.fileHandleForWriting.close()
            }
        }
        if let timeout {
            if group.wait(timeout: .now() + timeout) == .timedOut {
                process.terminate()
                outcome.timedOut = true
            }
        }
        group.wait()
        process.waitUntilExit()
        outcome.output = collectedOutput
        outcome.errorOutput = collectedErrors
        // A signal ends the child: Python reports it as the negative signal number.
        outcome.status = process.terminationReason == .uncaughtSignal ? -process.terminationStatus : process.terminationStatus
        return outcome
    }

    /// The executable for `program`: a path as given, else the first match on PATH, as execvp.
    static func resolve(_ program: String, environment: [String: String]?) throws -> String {
        if program.contains("/") { return program }
        let path = (environment ?? ProcessInfo.processInfo.environment)["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = folder + "/" + program
            if FileManager.default.isExecutableFile(atPath: candidate) && !OSModule.isDirectory(candidate) { return candidate }
        }
        throw PyException.osError(errno: ENOENT, path: program)
    }

    static func make(_ interpreter: Interpreter) throws -> PyModule {
        interpreter.makeModule("_tessera_process") { ns in
            // run(args, cwd, env (a list of pairs), input, merge_errors, timeout) -> (status, stdout, stderr, timed_out)
            ns.function("run", "args, cwd=None, env=None, input=None, merge_errors=False, timeout=None") { i, a in
                let arguments = try i.collect(a[0]).map { try OSModule.pathString($0, i) }
                let cwd = a[1].isNone ? nil : try OSModule.pathString(a[1], i)
                var environment: [String: String]?
                if !a[2].isNone {
                    var table: [String: String] = [:]
                    for pair in try i.collect(a[2]) {
                        let items = try i.collect(pair)
                        guard items.count == 2 else { continue }
                        table[try i.stringArgument(items[0])] = try i.stringArgument(items[1])
                    }
                    environment = table
                }
                var input: Data?
                if case .object(let o) = a[3], let bytes = o as? PyBytes { input = Data(bytes.bytes) }
                let timeout = a[5].isNone ? nil : try i.doubleArgument(a[5])
                let outcome = try run(arguments, cwd: cwd, environment: environment, input: input,
                                      mergeErrors: try i.isTruthy(a[4]), timeout: timeout)
                return .object(PyTuple([.int(Int(outcome.status)), .object(PyBytes([UInt8](outcome.output))),
                                        .object(PyBytes([UInt8](outcome.errorOutput))), .bool(outcome.timedOut)]))
            }
            ns.function("which", "cmd, path=None") { i, a in
                let command = try OSModule.pathString(a[0], i)
                var environment = ProcessInfo.processInfo.environment
                if !a[1].isNone { environment["PATH"] = try i.stringArgument(a[1]) }
                guard let found = try? resolve(command, environment: environment),
                      FileManager.default.isExecutableFile(atPath: found), !OSModule.isDirectory(found) else { return .none }
                return .str(found)
            }
            ns.function("disk_usage", "path") { i, a in
                let path = try OSModule.pathString(a[0], i)
                var info = statvfs()
                guard statvfs(path, &info) == 0 else { throw PyException.osError(errno: errno, path: path) }
                // As CPython: total and free from the fragment size; used = total - all free blocks.
                let fragment = Int(info.f_frsize)
                let total = Int(info.f_blocks) &* fragment
                let free = Int(info.f_bavail) &* fragment
                let used = (Int(info.f_blocks) &- Int(info.f_bfree)) &* fragment
                return .object(PyTuple([.int(total), .int(used), .int(free)]))
            }
        }
    }
}
