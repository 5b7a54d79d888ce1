import Foundation
import Interpreter

/// A shell command run for `!cmd`, `x = !cmd` and `%sx`: `/bin/sh -c` in the working directory,
/// as IPython runs them. Output is read from pipes while the command runs, so a long `!pip` or
/// `!ls -R` shows its lines as they come, and Ctrl-C (the session's interrupt flag) stops the
/// command's whole process group instead of leaving it running behind the prompt.
struct ShellCommand {
    let command: String

    enum Output {
        /// stdout and stderr go to the cell's streams as they arrive.
        case stream((_ name: String, _ text: String) -> Void)
        /// stdout and stderr are merged and returned (IPython's `getoutput`).
        case capture
    }

    struct Result {
        var status: Int32
        var captured = ""
    }

    /// Runs the command to its end (or until `interrupted()` turns true, which raises
    /// KeyboardInterrupt after the command's process group is stopped).
    func run(_ output: Output, interrupted: () -> Bool) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.currentDirectoryURL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let stdoutPipe = Pipe()
        let stderrPipe = Pipe()
        process.standardOutput = stdoutPipe
        if case .capture = output {
            process.standardError = stdoutPipe
        } else {
            process.standardError = stderrPipe
        }
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw PyException.osError(errno: ENOENT, path: "/bin/sh")
        }
        // Our copies of the write ends must close, or the reads below never see end-of-file.
        try? stdoutPipe.fileHandleForWriting.close()
        try? stderrPipe.fileHandleForWriting.close()

        var result = Result(status: 0)
        var captured: [UInt8] = []
        var open: [(fd: Int32, name: String)] = [(stdoutPipe.fileHandleForReading.fileDescriptor, "stdout")]
        if case .stream = output { open.append((stderrPipe.fileHandleForReading.fileDescriptor, "stderr")) }
        var pending: [String: [UInt8]] = [:]
        var buffer = [UInt8](repeating: 0, count: 65536)
        var wasInterrupted = false

        while !open.isEmpty {
            if interrupted() {
                wasInterrupted = true
                // The shell and its children: signal the group, then make sure it ends.
                kill(-process.processIdentifier, SIGINT)
                kill(process.processIdentifier, SIGINT)
                process.terminate()
                break
            }
            var fds = open.map { pollfd(fd: $0.fd, events: Int16(POLLIN), revents: 0) }
            let ready = poll(&fds, nfds_t(fds.count), 100)
            if ready <= 0 { continue }
            var closed: Set<Int32> = []
            for (index, descriptor) in fds.enumerated() where descriptor.revents != 0 {
                let count = read(descriptor.fd, &buffer, buffer.count)
                if count <= 0 {
                    closed.insert(descriptor.fd)
                    continue
                }
                let chunk = buffer[0..<count]
                switch output {
                case .capture:
                    captured.append(contentsOf: chunk)
                case .stream(let emit):
                    let name = open[index].name
                    var bytes = pending[name, default: []] + chunk
                    // Hand over whole UTF-8 characters only; a split one waits for its rest.
                    let keep = Self.incompleteUTF8Suffix(bytes)
                    let ready = bytes.count - keep
                    if ready > 0 { emit(name, String(decoding: bytes[0..<ready], as: UTF8.self)) }
                    bytes.removeFirst(ready)
                    pending[name] = bytes
                }
            }
            open.removeAll { closed.contains($0.fd) }
        }
        if case .stream(let emit) = output {
            for (name, bytes) in pending where !bytes.isEmpty { emit(name, String(decoding: bytes, as: UTF8.self)) }
        }
        process.waitUntilExit()
        if wasInterrupted { throw PyException(BuiltinTypes.keyboardInterrupt, "") }
        result.status = process.terminationReason == .uncaughtSignal ? -process.terminationStatus : process.terminationStatus
        result.captured = String(decoding: captured, as: UTF8.self)
        return result
    }

    /// How many bytes at the end of `bytes` start a UTF-8 sequence that is not yet complete.
    static func incompleteUTF8Suffix(_ bytes: [UInt8]) -> Int {
        var back = 0
        var index = bytes.count - 1
        while index >= 0 && back < 4 {
            let byte = bytes[index]
            back += 1
            if byte & 0xC0 != 0x80 {
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
                return length > back ? back : 0
            }
            index -= 1
        }
        return 0
    }
}
