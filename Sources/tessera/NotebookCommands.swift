import ArgumentParser
import Foundation
import Interpreter
import Kernel

/// Loads a notebook or exits with a usage error naming the problem.
func loadNotebook(_ path: String) throws -> Notebook {
    do {
        return try Notebook.load(path: path)
    } catch {
        FileOutput.standardError.write("tessera: \(path): \(error)\n")
        throw ExitCode(ExitStatus.usageError)
    }
}

/// The absolute form of a path given on the command line.
func absolutePath(_ path: String) -> String {
    let expanded = (path as NSString).expandingTildeInPath
    if expanded.hasPrefix("/") { return expanded }
    return (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(expanded)
}

/// Makes the notebook's folder the working directory (as Jupyter runs notebooks), so relative
/// paths in cells mean the same as in Jupyter.
func enterFolder(of notebookPath: String, session: Session) {
    let folder = (notebookPath as NSString).deletingLastPathComponent
    _ = FileManager.default.changeCurrentDirectoryPath(folder)
    session.interpreter.searchPaths = [folder]
}

struct RunNotebook: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        _superCommandName: "tessera",
        abstract: "Execute every cell of a notebook (.ipynb or # %% .py) and print the transcript.",
        discussion: "Exit status 1 if any cell raised. The working directory is the notebook's folder while it runs.")

    @Argument(help: "The notebook: an .ipynb file or a Python file with # %% cells.")
    var notebook: String

    @Option(name: .long, help: "Write the executed notebook (with outputs) here. Without it, images are saved as files and the transcript gives their paths.")
    var output: String?

    @Flag(name: .long, help: "Stop at the first cell that raises.")
    var stopOnError = false

    @Flag(name: .long, help: "After the run, list the variables (types, shapes) and each cell's time.")
    var summary = false

    func run() throws {
        let path = absolutePath(notebook)
        let outputPath = output.map(absolutePath)
        let loaded = try loadNotebook(path)
        let stopOnError = stopOnError, summary = summary
        // Ctrl-C keeps its default meaning here: it stops the whole run.
        let status: Int32 = InterpreterThread.run {
            let session = Composition.makeSession()
            enterFolder(of: path, session: session)
            let runner = NotebookRunner(session: session)
            runner.transcript = { FileOutput.standardOutput.write($0) }
            // On a terminal, markdown is styled and images show inline (kitty, iTerm2) or as
            // saved files; a piped transcript keeps its plain form.
            if isatty(1) != 0 {
                runner.markdownRenderer = { Markdown.terminal($0, styled: true) }
                runner.imageRenderer = TerminalImages.detect(imageDirectory: KernelPaths.fromEnvironment().imagesDirectory).render
                // Coloured text only where nothing keeps it: a saved notebook's text/plain stays plain.
                if outputPath == nil {
                    DisplaySupport.of(session.interpreter).colourTerminal = TerminalColours.detect()
                }
            } else if outputPath == nil {
                // Piped with no notebook written: images go to files (the transcript says where),
                // so nothing the notebook drew is lost.
                runner.imageRenderer = TerminalImages(method: .file(directory: KernelPaths.fromEnvironment().imagesDirectory)).render
            }
            let report = runner.run(loaded, options: .init(stopOnError: stopOnError))
            if summary { FileOutput.standardOutput.write(SessionSummary(session: session).text) }
            if let outputPath {
                do {
                    try report.notebook.save(path: outputPath)
                } catch {
                    FileOutput.standardError.write("tessera: \(error)\n")
                    return ExitStatus.runtimeError
                }
            }
            if !report.failedCells.isEmpty {
                let numbers = report.failedCells.map { String($0 + 1) }.joined(separator: ", ")
                FileOutput.standardError.write("tessera: \(report.failedCells.count) cell\(report.failedCells.count == 1 ? "" : "s") raised (cell \(numbers))\n")
            }
            return report.succeeded ? ExitStatus.success : ExitStatus.runtimeError
        }
        if status != 0 { throw ExitCode(status) }
    }
}

struct TestNotebooks: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        _superCommandName: "tessera",
        abstract: "Re-execute notebooks and compare their text outputs with the stored ones (nbval-style).",
        discussion: """
            A cell tagged nbval-ignore-output (or with a `# nbval-ignore` comment) runs without comparison; \
            nbval-skip does not run; raises-exception expects an error. Exit status 1 on any mismatch, with a diff.
            """)

    @Argument(help: "Notebooks to test.")
    var notebooks: [String]

    func run() throws {
        guard !notebooks.isEmpty else { throw ValidationError("give at least one notebook") }
        var failed = false
        for notebook in notebooks {
            let path = absolutePath(notebook)
            let loaded = try loadNotebook(path)
            let home = FileManager.default.currentDirectoryPath
            let report: NotebookTester.Report = InterpreterThread.run {
                let session = Composition.makeSession()
                enterFolder(of: path, session: session)
                return NotebookTester(session: session).test(loaded)
            }
            _ = FileManager.default.changeCurrentDirectoryPath(home)
            if report.passed {
                FileOutput.standardOutput.write("\(notebook): \(report.checkedCells) cells passed\n")
            } else {
                failed = true
                FileOutput.standardOutput.write("\(notebook): \(report.failures.count) of \(report.checkedCells) cells failed\n" + report.text)
            }
        }
        if failed { throw ExitCode(ExitStatus.runtimeError) }
    }
}

struct ExportNotebook: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        _superCommandName: "tessera",
        abstract: "Write a notebook as one self-contained HTML or Markdown file (images embedded).")

    @Argument(help: "The notebook to export.")
    var notebook: String

    @Option(name: .long, help: "html or markdown.")
    var to: String

    @Option(name: .long, help: "Where to write (default: the notebook's name with .html or .md).")
    var output: String?

    @Flag(name: .long, help: "Execute the notebook first and export the fresh outputs.")
    var execute = false

    func validate() throws {
        guard NotebookExporter.Format(rawValue: to) != nil else {
            throw ValidationError("--to must be html or markdown, not '\(to)'")
        }
    }

    func run() throws {
        guard let format = NotebookExporter.Format(rawValue: to) else { throw ExitCode(ExitStatus.usageError) }
        let path = absolutePath(notebook)
        var loaded = try loadNotebook(path)
        let destination = absolutePath(output ?? ((notebook as NSString).deletingPathExtension + "." + format.fileExtension))
        var failure: (cells: [Int], status: Int32?)?
        if execute {
            let input = loaded
            let report = InterpreterThread.run {
                let session = Composition.makeSession()
                enterFolder(of: path, session: session)
                return NotebookRunner(session: session).run(input)
            }
            loaded = report.notebook
            if !report.succeeded { failure = (report.failedCells, report.exitStatus) }
        }
        let title = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        // Image files are named after the file written, as nbconvert names them.
        let filesStem = ((destination as NSString).lastPathComponent as NSString).deletingPathExtension
        let (text, attachments) = NotebookExporter.export(loaded, format: format, title: title, filesStem: filesStem)
        do {
            let folder = (destination as NSString).deletingLastPathComponent
            for attachment in attachments {
                let path = (folder as NSString).appendingPathComponent(attachment.relativePath)
                try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                        withIntermediateDirectories: true)
                try attachment.data.write(to: URL(fileURLWithPath: try OutputTarget.resolve(path)), options: .atomic)
            }
            try text.write(toFile: try OutputTarget.resolve(destination), atomically: true, encoding: .utf8)
        } catch let refused as OutputTarget.Refused {
            FileOutput.standardError.write("tessera: \(refused)\n")
            throw ExitCode(ExitStatus.runtimeError)
        } catch {
            FileOutput.standardError.write("tessera: cannot write \(destination): \(error.localizedDescription)\n")
            throw ExitCode(ExitStatus.runtimeError)
        }
        FileOutput.standardOutput.write("Wrote \(destination)\n")
        // The export holds the errors, but a build that exports notebooks must see the failure.
        if let failure {
            let cells = failure.cells.map { "cell \($0 + 1)" }.joined(separator: ", ")
            FileOutput.standardError.write("tessera: executing \(notebook) failed\(cells.isEmpty ? "" : " in " + cells)\n")
            throw ExitCode(failure.status.map { $0 == 0 ? ExitStatus.runtimeError : $0 } ?? ExitStatus.runtimeError)
        }
    }
}

struct StepNotebook: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "step",
        _superCommandName: "tessera",
        abstract: "Step through a notebook cell by cell; position and variables persist between runs.",
        discussion: """
            Enter runs the shown cell, s skips it, b goes back, e edits it ($VISUAL/$EDITOR, or typed lines ending \
            with '.'), q quits; anything else runs as an ad-hoc cell. The state lives in $TESSERA_HOME/step/.
            """)

    @Argument(help: "The notebook to step through.")
    var notebook: String

    @Flag(name: .long, help: "Forget the saved position and variables and start at the first cell.")
    var restart = false

    func run() throws {
        let path = absolutePath(notebook)
        let loaded = try loadNotebook(path)
        let paths = KernelPaths.fromEnvironment()
        let restart = restart
        let name = (path as NSString).lastPathComponent
        let interactive = isatty(0) != 0
        InterruptSignal.install()
        _ = InterpreterThread.runHandlingInterrupts {
            let write: (String) -> Void = { FileOutput.standardOutput.write($0) }
            let session = Composition.makeSession(interruptFlag: InterruptSignal.flag)
            enterFolder(of: path, session: session)
            let reader: LineReader
            if interactive, let editor = LineEditor(programName: "tessera") {
                editor.completer = Completer(session: session)
                reader = editor
            } else {
                reader = PipedLineReader(write: write)
            }
            let controller = StepController(session: session, notebook: loaded, name: name,
                                            statePath: paths.stepStatePath(forNotebook: path), reader: reader, write: write)
            controller.imageRenderer = TerminalImages.detect(imageDirectory: paths.imagesDirectory).render
            controller.markdownStyled = isatty(1) != 0
            if isatty(1) != 0 {
                DisplaySupport.of(session.interpreter).colourTerminal = TerminalColours.detect()
            }
            if let editorCommand = ExternalEditor.command() {
                controller.editor = { ExternalEditor.edit($0, command: editorCommand) }
            }
            controller.start(restart: restart)
            controller.run()
            return 0
        }
    }
}

/// Editing a cell in the user's editor ($VISUAL, then $EDITOR).
enum ExternalEditor {
    static func command() -> String? {
        let environment = ProcessInfo.processInfo.environment
        return [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty }
    }

    /// Writes `source` to a temporary .py file, runs the editor on it through the shell and
    /// reads it back; nil if the editor failed.
    static func edit(_ source: String, command: String) -> String? {
        let path = NSTemporaryDirectory() + "tessera-cell-\(getpid()).py"
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            // Editors expect a text file to end with a newline (vi and nano add one and mark
            // the file changed otherwise).
            try (source.hasSuffix("\n") ? source : source + "\n").write(toFile: path, atomically: true, encoding: .utf8)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "\(command) \"$1\"", "sh", path]
            try process.run()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else { return nil }
            var edited = try String(contentsOfFile: path, encoding: .utf8)
            while edited.hasSuffix("\n") { edited.removeLast() }
            return edited
        } catch {
            return nil
        }
    }
}
