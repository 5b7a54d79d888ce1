import Foundation
import XCTest

/// The annotated traceback of a failed tensor operation (operands by source text with shape and
/// dtype under the caret line) in every front end: a notebook's error output and transcript
/// (`tessera run --output`), a script's stderr, and the REPL on a terminal.
final class ShapeTracebackEndToEndTests: XCTestCase {
    var directory = ""

    override func setUpWithError() throws {
        directory = NSTemporaryDirectory() + "tessera-shapes-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: self.directory) }
    }

    /// The frame of `lin` in every front end; the message is PyTorch's (see
    /// Tests/LibraryTests/TorchPrograms/shape_errors.out, case `matmul`).
    static let annotatedFrame = """
            def lin(x): return x @ w + b
                               ~~^~~
                               x: [5, 784] float32   w: [10, 784] float32
        RuntimeError: mm: mat1 and mat2 shapes cannot be multiplied (5x784 and 10x784)
        """

    static let definitions = "import torch\nx = torch.ones(5, 784)\nw = torch.ones(10, 784)\nb = torch.ones(10)\ndef lin(x): return x @ w + b"

    func testNotebookErrorOutputAndTranscriptNameTheOperands() throws {
        let notebook = "# %%\n" + Self.definitions + "\n\n# %%\npreds = lin(x)\n"
        try notebook.write(toFile: directory + "/shapes.py", atomically: true, encoding: .utf8)
        let result = try TesseraProcess.run(["run", "shapes.py", "--output", "out.ipynb"],
                                            environment: ["TESSERA_HOME": directory + "/home"], directory: directory)
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertTrue(result.stdout.contains("""
              File "<cell 2>", line 1, in <module>
                preds = lin(x)
                        ^^^^^^
              File "<cell 1>", line 5, in lin

            """ + Self.annotatedFrame), result.stdout)
        let data = try Data(contentsOf: URL(fileURLWithPath: directory + "/out.ipynb"))
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        let cells = try XCTUnwrap(json["cells"] as? [[String: Any]])
        let outputs = try XCTUnwrap(cells.last?["outputs"] as? [[String: Any]])
        let error = try XCTUnwrap(outputs.first { $0["output_type"] as? String == "error" })
        let traceback = try XCTUnwrap(error["traceback"] as? [String])
        XCTAssertEqual(Array(traceback.suffix(4)), Self.annotatedFrame.components(separatedBy: "\n"))
        XCTAssertEqual(error["evalue"] as? String, "mm: mat1 and mat2 shapes cannot be multiplied (5x784 and 10x784)")
    }

    func testScriptTracebackNamesTheOperands() throws {
        try (Self.definitions + "\nprint(lin(x))\n").write(toFile: directory + "/script.py", atomically: true, encoding: .utf8)
        let result = try TesseraProcess.run(["script.py"], environment: ["TESSERA_HOME": directory + "/home"], directory: directory)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.hasSuffix("  File \"script.py\", line 5, in lin\n" + Self.annotatedFrame + "\n"), result.stderr)
    }
}

extension TerminalReplTests {
    /// On a terminal, the REPL's traceback of a shape error names the operands; `%shapes` prints
    /// the shapes of a statement's sub-expressions.
    func testReplTracebackNamesOperandShapes() throws {
        try start()
        try waitFor("In [1]: ")
        try text("import torch; x = torch.ones(5, 784); w = torch.ones(10, 784); b = torch.ones(10)"); try type("Enter")
        try waitFor("In [2]: ")
        try text("def lin(x): return x @ w + b"); try type("Enter", "Enter")
        try waitFor("In [3]: ")
        try text("preds = lin(x)"); try type("Enter")
        let screen = try waitFor("In [4]: ")
        XCTAssertTrue(screen.contains(ShapeTracebackEndToEndTests.annotatedFrame), screen)
        try text("%shapes preds = (x @ w.t() + b).sigmoid()"); try type("Enter")
        let shapes = try waitFor("In [5]: ")
        XCTAssertTrue(shapes.contains("""
                  x: [5, 784] float32
                    w: [10, 784] float32
                  w.t(): [784, 10] float32
                x @ w.t(): [5, 10] float32
                b: [10] float32
              x @ w.t() + b: [5, 10] float32
            (x @ w.t() + b).sigmoid(): [5, 10] float32
            """), shapes)
        try type("C-d")
    }
}
