import Foundation

/// `tessera step NB`: walks through a notebook one cell at a time. It shows the next cell
/// (markdown rendered for the terminal); Enter runs it, `s` skips, `b` goes back, `e` edits it before
/// running, `q` quits, and any other input runs as an ad-hoc cell in the same namespace. The
/// variables and the position are saved on quit, so stepping the same notebook again resumes
/// where it stopped with everything restored; `restart` starts over.
public final class StepController {
    public let session: Session
    public private(set) var notebook: Notebook
    public private(set) var position = 0
    let name: String
    let statePath: String
    let reader: LineReader
    let write: (String) -> Void
    /// Edits a cell's source; nil when the user cancelled. By default the new source is read
    /// from the input, ended by a line holding only `.`.
    public var editor: ((String) -> String?)?
    public var imageRenderer: (Data) -> String = Transcript.placeholder
    /// Markdown cells with ANSI styles (on a terminal) or as plain laid-out text.
    public var markdownStyled = false

    public init(session: Session, notebook: Notebook, name: String, statePath: String, reader: LineReader,
                write: @escaping (String) -> Void) {
        self.session = session
        self.notebook = notebook
        self.name = name
        self.statePath = statePath
        self.reader = reader
        self.write = write
    }

    static let keys = "Enter run · s skip · b back · e edit · q quit"

    /// Restores the saved state unless `restart` (which deletes it).
    public func start(restart: Bool) {
        if restart {
            try? FileManager.default.removeItem(atPath: statePath)
        } else if FileManager.default.fileExists(atPath: statePath) {
            do {
                let report = try session.restoreWorkspace(from: statePath)
                position = min(max(0, report.metadata["stepPosition"] as? Int ?? 0), notebook.cells.count)
                write("Resuming \(name) at cell \(min(position + 1, notebook.cells.count)) of \(notebook.cells.count); "
                      + "\(report.restoredNames.count) variable\(report.restoredNames.count == 1 ? "" : "s") restored (--restart starts over).\n")
                if !report.failed.isEmpty {
                    write("Not restored: " + report.failed.map { "\($0.name) (\($0.reason))" }.joined(separator: "; ") + "\n")
                }
            } catch {
                write("Could not restore the saved state (\(error)); starting from the first cell.\n")
            }
        }
    }

    /// Saves the variables and the position.
    public func save() {
        do {
            let report = try session.saveWorkspace(to: statePath, metadata: ["stepPosition": position, "cellCount": notebook.cells.count])
            var text = "Saved position (cell \(min(position + 1, notebook.cells.count)) of \(notebook.cells.count)) and \(report.savedNames.count) variable\(report.savedNames.count == 1 ? "" : "s")."
            if !report.skipped.isEmpty {
                text += "\nNot saved: " + report.skipped.map { "\($0.name) (\($0.reason))" }.joined(separator: "; ")
            }
            write(text + "\n")
        } catch {
            write("Could not save the state to \(statePath): \(error)\n")
        }
    }

    func show(_ index: Int) {
        let cell = notebook.cells[index]
        write("\n── cell \(index + 1)/\(notebook.cells.count) · \(cell.kind.rawValue) " + String(repeating: "─", count: 30) + "\n")
        switch cell.kind {
        case .markdown: write(Markdown.terminal(cell.source, styled: markdownStyled) + "\n")
        case .code, .raw: write(cell.source + "\n")
        }
    }

    func run(source: String) {
        session.run(source)
    }

    /// Reads a complete cell starting with `first` (continuation lines while it is incomplete).
    func readCell(startingWith first: String) -> String? {
        var lines = [first]
        while !InputScanner(lines.joined(separator: "\n")).isComplete {
            guard case .line(let line) = reader.readLine(prompt: Transcript.continuationPrompt(session.executionCount + 1)) else { return nil }
            lines.append(line)
        }
        while let last = lines.last, last.trimmingCharacters(in: .whitespaces).isEmpty { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    func defaultEditor(_ source: String) -> String? {
        write("Type the new source; a line with only '.' ends it (an empty edit keeps the cell).\n")
        var lines: [String] = []
        while true {
            guard case .line(let line) = reader.readLine(prompt: "edit> ") else { return nil }
            if line == "." { break }
            lines.append(line)
        }
        return lines.isEmpty ? nil : lines.joined(separator: "\n")
    }

    /// The step loop; returns when the user quits or input ends (state saved).
    public func run() {
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
        var shown = -1
        loop: while true {
            if position < notebook.cells.count {
                if shown != position {
                    show(position)
                    shown = position
                }
            } else if shown != position {
                write("\nEnd of \(name) (\(notebook.cells.count) cells). b goes back, q quits; other input runs as code.\n")
                shown = position
            }
            switch reader.readLine(prompt: "step [\(StepController.keys)]> ") {
            case .endOfInput:
                write("\n")
                break loop
            case .interrupted:
                write("KeyboardInterrupt (q quits)\n")
            case .paste(let text):
                // Pasted code runs as typed code does, whole.
                run(source: text.trimmingCharacters(in: .newlines))
            case .line(let line):
                switch line.trimmingCharacters(in: .whitespaces) {
                case "q", "quit":
                    break loop
                case "":
                    guard position < notebook.cells.count else { continue }
                    if notebook.cells[position].kind == .code { run(source: notebook.cells[position].source) }
                    position += 1
                case "s":
                    position = min(position + 1, notebook.cells.count)
                case "b":
                    position = max(0, position - 1)
                    shown = -1
                case "e":
                    guard position < notebook.cells.count else { continue }
                    let original = notebook.cells[position].source
                    guard let edited = (editor ?? defaultEditor)(original), edited != original else {
                        write("(unchanged)\n")
                        shown = -1
                        continue
                    }
                    notebook.cells[position].source = edited
                    write(edited + "\n")
                    if notebook.cells[position].kind == .code { run(source: edited) }
                    position += 1
                default:
                    guard let source = readCell(startingWith: line) else { break loop }
                    run(source: source)
                }
            }
        }
        save()
    }
}
