import Foundation

/// Executes a notebook's code cells in order in one session, printing a transcript and producing
/// the executed notebook (outputs and execution counts replaced), as `jupyter nbconvert
/// --execute` does. An error is shown and the run goes on unless `stopOnError` is set.
public final class NotebookRunner {
    public struct Options {
        public var stopOnError = false
        public init(stopOnError: Bool = false) {
            self.stopOnError = stopOnError
        }
    }

    public struct Report {
        /// The notebook with fresh outputs.
        public var notebook: Notebook
        /// Indices (in `notebook.cells`) of the cells that raised.
        public var failedCells: [Int] = []
        /// Set when the run stopped before the end (`--stop-on-error`, or `sys.exit()`).
        public var stoppedAt: Int?
        /// A nonzero `sys.exit()` status raised by a cell.
        public var exitStatus: Int32?
        public var succeeded: Bool { failedCells.isEmpty && (exitStatus ?? 0) == 0 }
    }

    public let session: Session
    /// Receives the transcript as it is produced; nil prints nothing.
    public var transcript: ((String) -> Void)?
    /// Renders PNG outputs in the transcript.
    public var imageRenderer: (Data) -> String = Transcript.placeholder
    /// Shows markdown cells in the transcript (`tessera run` on a terminal); nil leaves them out.
    public var markdownRenderer: ((String) -> String)?

    public init(session: Session) {
        self.session = session
    }

    /// Runs every code cell of `notebook` (the session must be used from an interpreter thread).
    public func run(_ notebook: Notebook, options: Options = Options()) -> Report {
        var report = Report(notebook: notebook)
        let previousHandler = session.outputHandler
        let previousEventHandler = session.displayEventHandler
        defer {
            session.outputHandler = previousHandler
            session.displayEventHandler = previousEventHandler
        }
        session.outputHandler = { [weak self] output in
            guard let self, let transcript = self.transcript else { return }
            transcript(Transcript.render(output, image: self.imageRenderer))
        }
        // An update reaches the displays of earlier cells too, as nbclient rewrites every output
        // with the display id: the executed notebook keeps only each display's final state (the
        // running cell's own outputs are updated by the session).
        var finishedCells = report.notebook.cells
        session.displayEventHandler = { [weak self] event in
            guard case .update(let data) = event else { return }
            finishedCells = finishedCells.map { cell in
                var cell = cell
                cell.outputs = cell.outputs.map { output in
                    if case .displayData(let shown) = output, shown.displayID != nil, shown.displayID == data.displayID { return .displayData(data) }
                    return output
                }
                return cell
            }
            if let self, let transcript = self.transcript, let text = Transcript.renderUpdate(data) { transcript(text) }
        }
        for index in notebook.cells.indices {
            if notebook.cells[index].kind == .markdown, report.stoppedAt == nil, let markdownRenderer {
                transcript?(markdownRenderer(notebook.cells[index].source) + "\n\n")
            }
            guard notebook.cells[index].kind == .code else { continue }
            if report.stoppedAt != nil {
                finishedCells[index].outputs = []
                finishedCells[index].executionCount = nil
                continue
            }
            let source = notebook.cells[index].source
            transcript?(Transcript.echo(source, number: session.executionCount + 1))
            let result = session.run(source)
            finishedCells[index].outputs = result.outputs
            finishedCells[index].executionCount = result.executionCount
            transcript?("\n")
            switch result.status {
            case .ok:
                break
            case .error:
                report.failedCells.append(index)
                if options.stopOnError { report.stoppedAt = index }
            case .exitRequested(let code):
                transcript?("SystemExit: \(code)\n\n")
                report.stoppedAt = index
                if code != 0 { report.exitStatus = code }
            }
        }
        report.notebook.cells = finishedCells
        report.notebook.markExecutedByTessera()
        return report
    }
}
