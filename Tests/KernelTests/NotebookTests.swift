import Foundation
@testable import Kernel
import XCTest

/// Runs python3 with `code` and the given arguments; returns (status, stdout + stderr).
func python(_ code: String, _ arguments: [String] = []) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", code] + arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

/// `nbformat.validate` on the notebook at `path` (nbformat is a test dependency installed by
/// Scripts/setup).
func validateWithNbformat(_ path: String) throws -> (status: Int32, output: String) {
    try python("import sys, nbformat\nnb = nbformat.read(sys.argv[1], as_version=4)\nnbformat.validate(nb)\nprint('valid', len(nb.cells))", [path])
}

final class NotebookTests: XCTestCase {
    var directory = ""

    override func setUpWithError() throws {
        directory = try temporaryDirectory(self)
    }

    /// A notebook written by nbformat itself (so the round trip starts from Jupyter's own form).
    func writeReferenceNotebook(_ path: String) throws {
        let script = """
            import sys, nbformat
            from nbformat.v4 import new_notebook, new_code_cell, new_markdown_cell, new_output
            nb = new_notebook(metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}})
            nb.cells = [
                new_markdown_cell("# Title\\nSome *text*", attachments={}),
                new_code_cell("x = 1\\nprint(x)", execution_count=1, outputs=[new_output("stream", name="stdout", text="1\\n")]),
                new_code_cell("x + 1", execution_count=2, metadata={"tags": ["keep"]}, outputs=[
                    new_output("execute_result", data={"text/plain": "2"}, execution_count=2)]),
                new_code_cell("img", execution_count=3, outputs=[
                    new_output("display_data", data={"image/png": "iVBORw0KGgo=", "text/plain": "<Figure>", "application/json": {"a": [1, 2]}})]),
                new_code_cell("1/0", execution_count=4, outputs=[
                    new_output("error", ename="ZeroDivisionError", evalue="division by zero", traceback=["Traceback", "ZeroDivisionError: division by zero"])]),
                nbformat.v4.new_raw_cell("raw text"),
            ]
            nbformat.write(nb, sys.argv[1])
            """
        let result = try python(script, [path])
        XCTAssertEqual(result.status, 0, result.output)
    }

    func testIpynbRoundTripPreservesEverythingNbformatSees() throws {
        let original = directory + "/original.ipynb", copy = directory + "/copy.ipynb"
        try writeReferenceNotebook(original)
        let notebook = try Notebook.load(path: original)
        XCTAssertEqual(notebook.cells.map(\.kind), [.markdown, .code, .code, .code, .code, .raw])
        XCTAssertEqual(notebook.cells[1].source, "x = 1\nprint(x)")
        XCTAssertEqual(notebook.cells[1].outputs, [.stream(name: "stdout", text: "1\n")])
        XCTAssertEqual(notebook.cells[2].tags, ["keep"])
        guard case .displayData(let data) = notebook.cells[3].outputs.first else { return XCTFail() }
        XCTAssertEqual(data.png, Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        XCTAssertEqual(notebook.cells[4].outputs.first?.plainText, "Traceback\nZeroDivisionError: division by zero\n")
        try notebook.save(path: copy)
        let compare = try python("""
            import sys, nbformat
            a = nbformat.read(sys.argv[1], as_version=4); b = nbformat.read(sys.argv[2], as_version=4)
            nbformat.validate(b)
            print("same" if a == b else "different:\\n%s\\n%s" % (a, b))
            """, [original, copy])
        XCTAssertEqual(compare.output, "same\n")
    }

    func testRunningANotebookGivesATranscriptAndAValidExecutedNotebook() throws {
        let source = directory + "/nb.ipynb", executed = directory + "/executed.ipynb"
        var notebook = Notebook()
        notebook.cells = [
            NotebookCell(kind: .markdown, source: "# Heading"),
            NotebookCell(kind: .code, source: "a = 6\nprint('a is', a)"),
            NotebookCell(kind: .code, source: "a * 7"),
            NotebookCell(kind: .code, source: "a * 8;"),
            NotebookCell(kind: .code, source: "undefined_name"),
            NotebookCell(kind: .code, source: "class Pic:\n    def _repr_png_(self):\n        return b'\\x89PNG\\r\\n\\x1a\\n'\nPic()"),
        ]
        try notebook.save(path: source)
        var transcript = ""
        let report = try onInterpreterThread { () -> NotebookRunner.Report in
            let runner = NotebookRunner(session: Session(extensions: KernelExtensions()))
            runner.transcript = { transcript += $0 }
            return runner.run(try Notebook.load(path: source))
        }
        XCTAssertEqual(report.failedCells, [4])
        XCTAssertFalse(report.succeeded)
        XCTAssertTrue(transcript.hasPrefix("""
            In [1]: a = 6
               ...: print('a is', a)
            a is 6

            In [2]: a * 7
            Out[2]: 42

            In [3]: a * 8;

            In [4]: undefined_name
            Traceback (most recent call last):
              File "<cell 4>", line 1, in <module>
                undefined_name
            NameError: name 'undefined_name' is not defined

            """), transcript)
        try report.notebook.save(path: executed)
        let validation = try validateWithNbformat(executed)
        XCTAssertEqual(validation.output, "valid 6\n")
        let reread = try Notebook.load(path: executed)
        XCTAssertEqual(reread.cells[2].executionCount, 2)
        XCTAssertEqual(reread.cells[2].outputs, [.executeResult(executionCount: 2, data: DisplayData(plainText: "42"))])
        XCTAssertEqual(reread.cells[4].outputs.first.flatMap { if case .error(let e) = $0 { return e.name } else { return nil } }, "NameError")
        guard case .executeResult(_, let data)? = reread.cells[5].outputs.first else { return XCTFail() }
        XCTAssertNotNil(data.png)
    }

    func testStopOnErrorLeavesLaterCellsUnexecuted() throws {
        let notebook = Notebook(cells: [NotebookCell(kind: .code, source: "1/0"), NotebookCell(kind: .code, source: "print('later')",
                                                                                                outputs: [.stream(name: "stdout", text: "stale\n")], executionCount: 9)])
        let report = try onInterpreterThread { NotebookRunner(session: Session(extensions: KernelExtensions())).run(notebook, options: .init(stopOnError: true)) }
        XCTAssertEqual(report.stoppedAt, 0)
        XCTAssertEqual(report.notebook.cells[1].outputs, [])
        XCTAssertNil(report.notebook.cells[1].executionCount)
    }

    func testPercentScriptsReadAndWrite() throws {
        let text = """
            import math

            # %% [markdown]
            # # Title
            #
            # Some text

            # %%
            x = math.sqrt(16)
            x

            # %% tags=["nbval-ignore"]
            print(x)
            """
        let notebook = PercentScript.read(text)
        XCTAssertEqual(notebook.cells.map(\.kind), [.code, .markdown, .code, .code])
        XCTAssertEqual(notebook.cells.map(\.source), ["import math", "# Title\n\nSome text", "x = math.sqrt(16)\nx", "print(x)"])
        XCTAssertEqual(notebook.cells[3].tags, ["nbval-ignore"])
        let written = PercentScript.write(notebook)
        XCTAssertEqual(written, """
            # %%
            import math

            # %% [markdown]
            # # Title
            #
            # Some text

            # %%
            x = math.sqrt(16)
            x

            # %% tags=["nbval-ignore"]
            print(x)

            """)
        XCTAssertEqual(PercentScript.read(written).cells.map(\.source), notebook.cells.map(\.source))
        // Not markers: magics and longer runs of percent signs.
        XCTAssertEqual(PercentScript.read("# %%time\n# %%% x\ny = 1").cells.count, 1)
    }

    func testTesterComparesTextOutputsAndHonoursIgnoreMarkers() throws {
        let notebook = Notebook(cells: [
            NotebookCell(kind: .code, source: "print('same')\n3", outputs: [.stream(name: "stdout", text: "same\n"),
                                                                               .executeResult(executionCount: 1, data: DisplayData(plainText: "3"))], executionCount: 1),
            NotebookCell(kind: .code, source: "print('new')\nprint('kept')", outputs: [.stream(name: "stdout", text: "old\nkept\n")], executionCount: 2),
            NotebookCell(kind: .code, source: "import time  # nbval-ignore\ntime.time()", outputs: [], executionCount: 3),
            NotebookCell(kind: .code, source: "object()", metadata: ["tags": ["nbval-ignore-output"]], executionCount: 4),
            NotebookCell(kind: .code, source: "def f(): pass\nf", outputs: [.executeResult(executionCount: 5, data: DisplayData(plainText: "<function f at 0x7f00aa>"))], executionCount: 5),
            NotebookCell(kind: .code, source: "1/0  # NBVAL_RAISES_EXCEPTION", outputs: [.error(ErrorOutput(name: "ZeroDivisionError", value: "division by zero", traceback: []))], executionCount: 6),
            NotebookCell(kind: .code, source: "boom()", metadata: ["tags": ["nbval-skip"]], executionCount: 7),
            NotebookCell(kind: .code, source: "never_run_before = 1"),
            // The elapsed time ending a row of fastai's results table depends on the machine.
            NotebookCell(kind: .code, source: "print('epoch  loss  time')\nprint('0  0.25  00:03')",
                         outputs: [.stream(name: "stdout", text: "epoch  loss  time\n0  0.25  00:01\n")], executionCount: 9),
        ])
        let report = try onInterpreterThread { NotebookTester(session: Session(extensions: KernelExtensions())).test(notebook) }
        XCTAssertEqual(report.checkedCells, 8)
        XCTAssertEqual(report.failures.map(\.cellIndex), [1])
        XCTAssertEqual(report.text, """
            Cell 2 (In [2]): outputs differ
                --- expected
                +++ actual
                 [stdout]
                +new
                -old
                 kept

            """)
    }

    func testTesterIgnoresTheEpochTimesOfFastaisResultsTable() {
        let table = "epoch     train_loss  valid_loss  accuracy  time    \n0         0.130392    0.083067    0.972522  00:07     \n"
        let slower = table.replacingOccurrences(of: "00:07", with: "01:13")
        XCTAssertEqual(NotebookTester.sanitize(table), NotebookTester.sanitize(slower))
        XCTAssertEqual(NotebookTester.sanitize(table).last, "0         0.130392    0.083067    0.972522  mm:ss")
        // Only under the table's header; a changed number still counts.
        XCTAssertNotEqual(NotebookTester.sanitize("0 started 12:00"), NotebookTester.sanitize("0 started 12:01"))
        XCTAssertNotEqual(NotebookTester.sanitize(table), NotebookTester.sanitize(table.replacingOccurrences(of: "0.083067", with: "0.083068")))
    }

    func testExportEscapesEverythingAndEmbedsImages() throws {
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        var image = DisplayData(plainText: "<Figure>")
        image["image/png"] = .binary(png)
        var evil = DisplayData(plainText: "<script>alert(1)</script>")
        evil["text/html"] = .text("<script>alert(2)</script>")
        let notebook = Notebook(cells: [
            NotebookCell(kind: .markdown, source: "# Title <script>alert(3)</script>\n\n[click](javascript:alert(4)) [ok](https://example.com/a?b=1&c=2) `<b>` **bold**\n\n<img src=x onerror=alert(5)>"),
            NotebookCell(kind: .code, source: "s = '</pre><script>alert(6)</script>'\nprint(s)", outputs: [
                .stream(name: "stdout", text: "</pre><script>alert(6)</script>\n"),
                .executeResult(executionCount: 1, data: evil),
                .displayData(image),
                .error(ErrorOutput(name: "E", value: "<x>", traceback: ["\u{1B}[0;31mE\u{1B}[0m: <x>"])),
            ], executionCount: 1),
        ])
        let (html, htmlFiles) = NotebookExporter.export(notebook, format: .html, title: "t<i>")
        XCTAssertEqual(htmlFiles, [], "HTML exports embed their images")
        XCTAssertFalse(html.lowercased().contains("<script"), html)
        XCTAssertFalse(html.contains("javascript:"), html)
        XCTAssertFalse(html.contains("<img src=x"), html)
        XCTAssertTrue(html.contains("&lt;script&gt;alert(3)&lt;/script&gt;"))
        XCTAssertTrue(html.contains("<h1>Title &lt;script&gt;"), html)
        XCTAssertTrue(html.contains("<a href=\"https://example.com/a?b=1&amp;c=2\">ok</a>"), html)
        XCTAssertTrue(html.contains("<code>&lt;b&gt;</code> <strong>bold</strong>"), html)
        XCTAssertTrue(html.contains("src=\"data:image/png;base64,\(png.base64EncodedString())\""))
        XCTAssertTrue(html.contains("E: &lt;x&gt;"), html)
        XCTAssertTrue(html.contains("<title>t&lt;i&gt;</title>"))

        let (markdown, files) = NotebookExporter.export(notebook, format: .markdown, title: "t", filesStem: "my notes")
        XCTAssertTrue(markdown.contains("```python\ns = '</pre><script>alert(6)</script>'\nprint(s)\n```"), markdown)
        // Images are files beside the Markdown, named as nbconvert names them (cell 1, output 2).
        XCTAssertEqual(files, [NotebookExporter.Attachment(relativePath: "my notes_files/my notes_1_2.png", data: png)])
        XCTAssertTrue(markdown.contains("![png](my%20notes_files/my%20notes_1_2.png)"), markdown)
        XCTAssertFalse(markdown.contains("data:image"), markdown)
        XCTAssertFalse(markdown.contains("alert(2)"), "HTML outputs are not embedded")
        XCTAssertEqual(NotebookExporter.fenced("a ``` b", info: ""), "````\na ``` b\n````")
    }

    func testMalformedNotebooksAreErrors() throws {
        for (text, message) in [("{not json", "not a notebook: the file is not valid JSON"),
                                ("{\"nbformat\": 4}", "not a notebook: no \"cells\" list"),
                                ("{\"cells\": [], \"nbformat\": 3}", "nbformat 3 notebooks are not supported"),
                                ("{\"cells\": [{\"cell_type\": \"weird\"}], \"nbformat\": 4}", "cell 1 has an unknown cell_type")] {
            let path = directory + "/bad.ipynb"
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            XCTAssertThrowsError(try Notebook.load(path: path)) { error in
                XCTAssertTrue("\(error)".hasPrefix(message), "\(error)")
            }
        }
        XCTAssertThrowsError(try Notebook.load(path: directory + "/missing.ipynb"))
    }
}
