import Foundation

/// The read-eval-print loop, independent of the terminal: reads lines into cells (a block
/// continues until a blank or dedented line, brackets and strings continue), runs them, prints
/// outputs as they come in IPython's form, and on exit saves the workspace. The terminal front
/// end gives it a line editor; a pipe gives it stdin; tests give it a list.
public final class ReplDriver {
    public let session: Session
    let reader: LineReader
    let write: (String) -> Void
    /// Turns `image/png` outputs into terminal text (inline image escapes, or a file path).
    public var imageRenderer: (Data) -> String = Transcript.placeholder
    /// The workspace saved on exit and restored on start; nil keeps nothing.
    public var workspacePath: String?
    /// Set by `startFresh` when a saved workspace was skipped: the first save moves it aside
    /// instead of overwriting it, so `--fresh` never destroys what it did not load.
    var skippedWorkspace = false

    public init(session: Session, reader: LineReader, write: @escaping (String) -> Void) {
        self.session = session
        self.reader = reader
        self.write = write
    }

    /// Restores the workspace (when there is one) and prints the one-line note about it.
    public func restoreWorkspace() {
        guard let path = workspacePath, FileManager.default.fileExists(atPath: path) else { return }
        do {
            let report = try session.restoreWorkspace(from: path)
            var lines = report.summary.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if lines[0].hasSuffix(".") { lines[0].removeLast() }
            lines[0] += "; tessera --fresh starts empty."
            write(lines.joined(separator: "\n") + "\n")
        } catch {
            // A damaged file is never overwritten by this session's save: it is moved aside.
            let kept = ReplDriver.keptName(for: path, label: "damaged")
            if (try? FileManager.default.moveItem(atPath: path, toPath: kept)) != nil {
                write("Could not restore the workspace \(path): \(error). It is kept as \(kept); starting empty.\n")
            } else {
                workspacePath = nil
                write("Could not restore the workspace \(path): \(error). Starting empty; this session will not save over it.\n")
            }
        }
    }

    /// Starts without restoring (`tessera --fresh`), keeping the saved workspace: it is moved
    /// aside, not overwritten, when this session saves.
    public func startFresh() {
        guard let path = workspacePath, FileManager.default.fileExists(atPath: path) else { return }
        skippedWorkspace = true
        write("Starting empty (--fresh); the saved workspace \(path) is kept.\n")
    }

    /// The name a workspace moved aside is kept under (`label`: before-fresh, damaged): beside
    /// it, stamped with the time it was moved, never replacing an earlier one.
    static func keptName(for path: String, label: String = "before-fresh", at date: Date = Date()) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        let base = path.hasSuffix(".tsw") ? String(path.dropLast(4)) : path
        var candidate = base + "." + label + "-" + formatter.string(from: date) + ".tsw"
        var counter = 2
        while FileManager.default.fileExists(atPath: candidate) {
            candidate = base + "." + label + "-" + formatter.string(from: date) + "-\(counter).tsw"
            counter += 1
        }
        return candidate
    }

    /// Saves the workspace (when there is one) and prints what was saved.
    public func saveWorkspace() {
        guard let path = workspacePath else { return }
        if skippedWorkspace, FileManager.default.fileExists(atPath: path) {
            let kept = ReplDriver.keptName(for: path)
            do {
                try FileManager.default.moveItem(atPath: path, toPath: kept)
                skippedWorkspace = false
                write("The workspace skipped by --fresh is kept as \(kept).\n")
            } catch {
                write("Not saving: the workspace skipped by --fresh could not be moved aside (\(error)), so it stays as it was.\n")
                return
            }
        }
        do {
            let report = try session.saveWorkspace(to: path)
            write(report.summary + "\n")
        } catch {
            write("Could not save the workspace to \(path): \(error)\n")
        }
    }

    /// Runs until end of input or `exit()`; returns the process exit status.
    @discardableResult
    public func run() -> Int32 {
        session.outputHandler = { [weak self] output in
            guard let self else { return }
            self.write(Transcript.render(output, image: self.imageRenderer))
        }
        session.displayEventHandler = { [weak self] event in
            if case .update(let data) = event, let text = Transcript.renderUpdate(data) { self?.write(text) }
        }
        defer {
            session.outputHandler = nil
            session.displayEventHandler = nil
        }
        var first = true
        var status: Int32 = 0
        loop: while true {
            if !first { write("\n") }
            first = false
            let number = session.executionCount + 1
            var lines: [String] = []
            var endOfInput = false
            // Lines `%load` put in the input are one cell, which runs at the blank line after them.
            var loadedLines = 0
            if let loaded = session.nextInput {
                session.nextInput = nil
                let block = loaded.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                loadedLines = block.count
                reader.prefill(block)
            }
            reading: while true {
                let prompt = lines.isEmpty ? Transcript.inputPrompt(number) : Transcript.continuationPrompt(number)
                switch reader.readLine(prompt: prompt) {
                case .line(let line):
                    let blank = line.trimmingCharacters(in: .whitespaces).isEmpty
                    if loadedLines > 0 {
                        loadedLines -= 1
                        lines.append(line)
                        continue reading
                    }
                    if lines.isEmpty && blank { continue loop }
                    // A cell magic (`%%time`) or loaded code takes lines until a blank one, as
                    // IPython's terminal does: the body is not a statement of its own.
                    if let first = lines.first, first.hasPrefix("%%") || first.hasPrefix("# %load ") {
                        if blank { break reading }
                        lines.append(line)
                        continue reading
                    }
                    lines.append(line)
                    if line.hasPrefix("%%") && lines.count == 1 { continue reading }
                    if InputScanner(lines.joined(separator: "\n")).isComplete { break reading }
                case .paste(let text):
                    // The pasted lines join the cell whole: its blank lines do not end it. The
                    // cell runs at the next blank line (Enter), as after a paste in IPython.
                    var pasted = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                    while let last = pasted.last, last.trimmingCharacters(in: .whitespaces).isEmpty { pasted.removeLast() }
                    lines += pasted
                    continue reading
                case .interrupted:
                    write("KeyboardInterrupt\n")
                    continue loop
                case .endOfInput:
                    endOfInput = true
                    break reading
                }
            }
            while let last = lines.last, last.trimmingCharacters(in: .whitespaces).isEmpty { lines.removeLast() }
            if !lines.isEmpty {
                let source = lines.joined(separator: "\n")
                reader.accepted(source)
                let result = session.run(source)
                if case .exitRequested(let code) = result.status {
                    status = code
                    break loop
                }
            }
            if endOfInput { break loop }
        }
        saveWorkspace()
        return status
    }
}
