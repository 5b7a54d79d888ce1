import Foundation
import XCTest

/// `tessera run`, `test`, `export` and `step` as a user runs them.
final class NotebookCommandTests: XCTestCase {
    var directory = ""
    var home: String { directory + "/home" }

    override func setUpWithError() throws {
        directory = NSTemporaryDirectory() + "tessera-nb-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: self.directory) }
    }

    func tessera(_ arguments: [String], stdin: String = "", environment: [String: String] = [:]) throws -> TesseraProcess.Result {
        try TesseraProcess.run(arguments, stdin: stdin, environment: ["TESSERA_HOME": home].merging(environment) { $1 }, directory: directory)
    }

    func write(_ text: String, to name: String) throws {
        try text.write(toFile: directory + "/" + name, atomically: true, encoding: .utf8)
    }

    static let percentNotebook = """
        # %% [markdown]
        # # Squares
        # A *small* notebook.

        # %%
        squares = [i * i for i in range(5)]
        print(len(squares), "squares")

        # %%
        squares[-1]

        # %%
        with open("data.txt") as f:
            text = f.read().strip()
        text

        # %%
        squares[10]

        # %%
        total = sum(squares)
        total
        """

    func testRunPrintsTheTranscriptAndWritesAValidExecutedNotebook() throws {
        try write(NotebookCommandTests.percentNotebook, to: "squares.py")
        try write("from the notebook's folder\n", to: "data.txt")
        try FileManager.default.createDirectory(atPath: directory + "/elsewhere", withIntermediateDirectories: true)
        // Run from another folder: cells still see the notebook's folder as the working directory.
        let result = try TesseraProcess.run(["run", "../squares.py", "--output", "out.ipynb", "--summary"],
                                            environment: ["TESSERA_HOME": home], directory: directory + "/elsewhere")
        XCTAssertEqual(result.status, 1, "a cell raised")
        XCTAssertTrue(result.stderr.contains("1 cell raised (cell 5)"), result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("""
            In [1]: squares = [i * i for i in range(5)]
               ...: print(len(squares), "squares")
            5 squares

            In [2]: squares[-1]
            Out[2]: 16

            In [3]: with open("data.txt") as f:
               ...:     text = f.read().strip()
               ...: text
            Out[3]: "from the notebook's folder"

            In [4]: squares[10]
            Traceback (most recent call last):
              File "<cell 4>", line 1, in <module>
                squares[10]
                ~~~~~~~^^^^
            IndexError: list index out of range

            In [5]: total = sum(squares)
               ...: total
            Out[5]: 30

            Variables (
            """), result.stdout)
        XCTAssertNotNil(result.stdout.range(of: #"\n  squares +list +n=5\n"#, options: .regularExpression), result.stdout)
        XCTAssertTrue(result.stdout.contains("Cells (5, "), result.stdout)
        let output = directory + "/elsewhere/out.ipynb"
        let validation = try python("import sys, nbformat\nnb = nbformat.read(sys.argv[1], as_version=4)\nnbformat.validate(nb)\n"
                                    + "print([c.get('execution_count') for c in nb.cells], [len(c.get('outputs', [])) for c in nb.cells])", [output])
        XCTAssertEqual(validation.status, 0, validation.output)
        XCTAssertEqual(validation.output, "[None, 1, 2, 3, 4, 5] [0, 1, 1, 1, 1, 1]\n")

        let stopped = try tessera(["run", "squares.py", "--stop-on-error"])
        XCTAssertEqual(stopped.status, 1)
        XCTAssertFalse(stopped.stdout.contains("In [5]"), stopped.stdout)
    }

    func testTestPassesOnAFreshlyExecutedNotebookAndFailsWithADiff() throws {
        try write(NotebookCommandTests.percentNotebook.replacingOccurrences(of: "# %%\nsquares[10]\n", with: ""), to: "squares.py")
        try write("data\n", to: "data.txt")
        XCTAssertEqual(try tessera(["run", "squares.py", "--output", "squares.ipynb"]).status, 0)
        let passing = try tessera(["test", "squares.ipynb"])
        XCTAssertEqual(passing.status, 0, passing.stdout)
        XCTAssertEqual(passing.stdout, "squares.ipynb: 4 cells passed\n")

        try write("changed\n", to: "data.txt")
        let failing = try tessera(["test", "squares.ipynb"])
        XCTAssertEqual(failing.status, 1)
        XCTAssertEqual(failing.stdout, """
            squares.ipynb: 1 of 4 cells failed
            Cell 4 (In [3]): outputs differ
                --- expected
                +++ actual
                 [text/plain]
                +'changed'
                -'data'

            """)
        XCTAssertEqual(try tessera(["test", "missing.ipynb"]).status, 2)
    }

    func testExportWritesSelfContainedEscapedFiles() throws {
        try write("""
            # %% [markdown]
            # Results <script>alert('md')</script>

            # %%
            print("<script>alert('out')</script>")
            """, to: "nb.py")
        let html = try tessera(["export", "nb.py", "--to", "html", "--execute"])
        XCTAssertEqual(html.status, 0, html.stderr)
        XCTAssertEqual(html.stdout, "Wrote \(directory)/nb.html\n")
        let page = try String(contentsOfFile: directory + "/nb.html", encoding: .utf8)
        XCTAssertFalse(page.lowercased().contains("<script"), page)
        XCTAssertTrue(page.contains("&lt;script&gt;alert(&#39;out&#39;)&lt;/script&gt;"), page)

        let markdown = try tessera(["export", "nb.py", "--to", "markdown", "--output", "notes.md"])
        XCTAssertEqual(markdown.status, 0)
        let text = try String(contentsOfFile: directory + "/notes.md", encoding: .utf8)
        XCTAssertTrue(text.hasPrefix("Results <script>alert('md')</script>\n\n```python\n"), text)

        let bad = try tessera(["export", "nb.py", "--to", "pdf"])
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.stderr.contains("--to must be html or markdown"), bad.stderr)
    }

    func testStepRunsSkipsGoesBackAndResumes() throws {
        try write("""
            # %% [markdown]
            # # Intro

            # %%
            a = 1
            print('a set')

            # %%
            b = a + 10

            # %%
            c = b * 2
            c
            """, to: "steps.py")
        // Enter past the markdown, run cell 2, skip cell 3, run an ad-hoc cell, go back, run
        // cell 3 after editing it, then quit.
        let first = try tessera(["step", "steps.py"], stdin: "\n\ns\nprint('ad hoc', a)\nb\ne\nb = a + 100\n.\nq\n")
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertTrue(first.stdout.contains("── cell 1/4 · markdown"), first.stdout)
        XCTAssertTrue(first.stdout.contains("Intro\n====="), first.stdout)
        XCTAssertTrue(first.stdout.contains("a set\n"), first.stdout)
        XCTAssertTrue(first.stdout.contains("ad hoc 1\n"), first.stdout)
        XCTAssertTrue(first.stdout.contains("Saved position (cell 4 of 4) and 2 variables."), first.stdout)

        // Resuming shows cell 4 with a and b restored; running it uses the edited b.
        let second = try tessera(["step", "steps.py"], stdin: "\nq\n")
        XCTAssertTrue(second.stdout.hasPrefix("Resuming steps.py at cell 4 of 4; 2 variables restored"), second.stdout)
        XCTAssertTrue(second.stdout.contains("Out[4]: 202"), second.stdout)

        let restarted = try tessera(["step", "steps.py", "--restart"], stdin: "q\n")
        XCTAssertFalse(restarted.stdout.contains("Resuming"), restarted.stdout)
        XCTAssertTrue(restarted.stdout.contains("── cell 1/4"), restarted.stdout)

        // `e` with $EDITOR set edits the cell in that editor (here a sed script).
        let edited = try tessera(["step", "steps.py", "--restart"], stdin: "s\n\ne\nq\n", environment: ["EDITOR": "sed -i s/10/1000/"])
        XCTAssertTrue(edited.stdout.contains("b = a + 1000\n"), edited.stdout)
        XCTAssertTrue(edited.stdout.contains("Saved position (cell 4 of 4) and 2 variables."), edited.stdout)

        // An edited cell stays edited: `b` back to it shows the edited source, and running it
        // again and then the next cell uses the edit (b = 1 + 1000, c = 2002).
        let back = try tessera(["step", "steps.py", "--restart"], stdin: "s\n\ne\nb\n\n\nq\n",
                               environment: ["EDITOR": "sed -i s/10/1000/"])
        XCTAssertEqual(back.status, 0, back.stderr)
        XCTAssertEqual(back.stdout.components(separatedBy: "b = a + 1000\n").count - 1, 2, back.stdout)
        XCTAssertFalse(back.stdout.components(separatedBy: "── cell 3/4").dropFirst(2).joined().contains("b = a + 10\n"), back.stdout)
        XCTAssertTrue(back.stdout.contains("Out[4]: 2002"), back.stdout)
    }
}

/// Runs python3 with `code` and arguments; returns (status, stdout + stderr).
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
