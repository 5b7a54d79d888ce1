import Foundation

/// `tessera test`: re-executes a notebook and compares each code cell's text outputs with the
/// stored ones, as nbval does. Standard output, `text/plain` results and errors are compared;
/// images and standard error (warnings, progress messages such as a dataset being built the first
/// time) are not. Memory addresses (`0x7f...`), trailing spaces and the time column of the table
/// fastai prints after each epoch (`00:12` or `1:02:03`: it depends on the machine) are ignored.
///
/// Per cell (tag, or comment in the source):
/// - `nbval-ignore-output` / `nbval-ignore` tag, or a `# nbval-ignore` / `# NBVAL_IGNORE_OUTPUT`
///   comment: run, but do not compare.
/// - `nbval-skip` tag or `# NBVAL_SKIP`: do not run.
/// - `raises-exception` tag or `# NBVAL_RAISES_EXCEPTION`: an error is expected.
/// A cell never executed (no count, no outputs) only has to run without error.
public struct NotebookTester {
    public struct Failure {
        public var cellIndex: Int
        public var executionCount: Int?
        public var message: String
        public var diff: String
    }

    public struct Report {
        public var checkedCells = 0
        public var failures: [Failure] = []
        public var passed: Bool { failures.isEmpty }

        public var text: String {
            var out = ""
            for failure in failures {
                out += "Cell \(failure.cellIndex + 1)\(failure.executionCount.map { " (In [\($0)])" } ?? ""): \(failure.message)\n"
                if !failure.diff.isEmpty { out += failure.diff }
            }
            return out
        }
    }

    public let session: Session

    public init(session: Session) {
        self.session = session
    }

    static func hasMarker(_ cell: NotebookCell, tags: [String], comments: [String]) -> Bool {
        if cell.tags.contains(where: tags.contains) { return true }
        let lower = cell.source.lowercased()
        return comments.contains { lower.contains("# " + $0.lowercased()) || lower.contains("#" + $0.lowercased()) }
    }

    public func test(_ notebook: Notebook) -> Report {
        var report = Report()
        for (index, cell) in notebook.cells.enumerated() where cell.kind == .code {
            if NotebookTester.hasMarker(cell, tags: ["nbval-skip"], comments: ["nbval_skip", "nbval-skip"]) { continue }
            let result = session.run(cell.source)
            let ignore = NotebookTester.hasMarker(cell, tags: ["nbval-ignore-output", "nbval-ignore"],
                                                  comments: ["nbval-ignore", "nbval_ignore_output"])
            let raises = NotebookTester.hasMarker(cell, tags: ["raises-exception"], comments: ["nbval_raises_exception"])
            report.checkedCells += 1
            if result.failed && !raises {
                report.failures.append(Failure(cellIndex: index, executionCount: result.executionCount,
                                               message: "raised \(result.error.map { "\($0.name): \($0.value)" } ?? "an error")",
                                               diff: result.error.map { $0.text.split(separator: "\n").map { "    \($0)\n" }.joined() } ?? ""))
                continue
            }
            if ignore || (cell.executionCount == nil && cell.outputs.isEmpty) { continue }
            let expected = NotebookTester.comparable(cell.outputs)
            let actual = NotebookTester.comparable(result.outputs)
            if expected != actual {
                report.failures.append(Failure(cellIndex: index, executionCount: result.executionCount,
                                               message: "outputs differ",
                                               diff: LineDiff.unified(expected: expected, actual: actual)))
            }
        }
        return report
    }

    /// The compared form of a cell's outputs: one block of lines per output.
    static func comparable(_ outputs: [CellOutput]) -> [String] {
        var lines: [String] = []
        var merged: [CellOutput] = []
        for output in outputs {
            if case .stream("stderr", _) = output { continue }
            if case .stream(let name, let text) = output, case .stream(let lastName, let lastText)? = merged.last, lastName == name {
                merged[merged.count - 1] = .stream(name: name, text: lastText + text)
            } else {
                merged.append(output)
            }
        }
        for output in merged {
            switch output {
            case .stream(let name, let text):
                lines.append("[\(name)]")
                lines += sanitize(text)
            case .executeResult(_, let data), .displayData(let data):
                guard let text = data.plainText else { continue }
                if data.png != nil && text.hasPrefix("<") { continue }
                lines.append("[text/plain]")
                lines += sanitize(text)
            case .error(let error):
                lines.append("[error]")
                lines.append("\(error.name): \(error.value)")
            case .unknown:
                continue
            }
        }
        return lines
    }

    static func sanitize(_ text: String) -> [String] {
        let addresses = text.replacingOccurrences(of: "0x[0-9a-fA-F]+", with: "0x...", options: .regularExpression)
        var lines = addresses.split(separator: "\n", omittingEmptySubsequences: false).map {
            String($0).replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
        while lines.last == "" { lines.removeLast() }
        return maskingEpochTimes(lines)
    }

    /// fastai's results table (`epoch ... time` header, one row per epoch) ends each row with the
    /// epoch's wall time (`mm:ss`, or `h:mm:ss` for long epochs), which depends on the machine:
    /// blanked in the rows under such a header, and nowhere else.
    static func maskingEpochTimes(_ lines: [String]) -> [String] {
        var inTable = false
        return lines.map { line in
            let words = line.split(separator: " ")
            if words.first == "epoch" && words.last == "time" {
                inTable = true
                return line
            }
            guard inTable, let time = line.range(of: " ([0-9]+:)?[0-9]{2}:[0-9]{2}$", options: .regularExpression),
                  line.range(of: "^[0-9]+ ", options: .regularExpression) != nil else {
                return line
            }
            return line[..<time.lowerBound] + " mm:ss"
        }
    }
}

/// A unified-style line diff (longest common subsequence), for test failure messages.
enum LineDiff {
    static func unified(expected: [String], actual: [String]) -> String {
        let n = expected.count, m = actual.count
        // The table is n x m; for huge outputs show both sides whole instead.
        guard n * m <= 4_000_000 else {
            return "    --- expected\n    +++ actual\n" + expected.map { "    -\($0)\n" }.joined() + actual.map { "    +\($0)\n" }.joined()
        }
        var lengths = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lengths[i][j] = expected[i] == actual[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var out = "    --- expected\n    +++ actual\n"
        var i = 0, j = 0
        while i < n || j < m {
            if i < n && j < m && expected[i] == actual[j] {
                out += "     \(expected[i])\n"
                i += 1
                j += 1
            } else if j < m && (i == n || lengths[i][j + 1] >= lengths[i + 1][j]) {
                out += "    +\(actual[j])\n"
                j += 1
            } else {
                out += "    -\(expected[i])\n"
                i += 1
            }
        }
        return out
    }
}
