import Foundation
import XCTest

/// The chapter notebooks re-execute and give the outputs stored in them (nbval-style), so the
/// book's printed numbers are checked end to end through `tessera test`.
final class ChapterNotebookTests: XCTestCase {
    static let notebooks = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Notebooks")

    func testChapter4PixelSimilarityNotebookReproducesItsOutputs() throws {
        let data = NSTemporaryDirectory() + "tessera-notebook-data-\(getpid())"
        let home = NSTemporaryDirectory() + "tessera-notebook-home-\(getpid())"
        defer {
            try? FileManager.default.removeItem(atPath: data)
            try? FileManager.default.removeItem(atPath: home)
        }
        let notebook = ChapterNotebookTests.notebooks.appendingPathComponent("04_mnist_basics.ipynb").path
        let result = try TesseraProcess.run(["test", notebook], environment: ["TESSERA_DATA": data, "TESSERA_HOME": home])
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        XCTAssertTrue(result.stdout.contains("36 cells passed"), result.stdout)
    }

    /// The same cells typed into the REPL (piped, each ended by a blank line) print what the
    /// notebook stores, among them the book's numbers.
    func testChapter4CellsTypedIntoTheReplGiveTheSameOutputs() throws {
        let root = NSTemporaryDirectory() + "tessera-chapter4-repl-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/work", withIntermediateDirectories: true)
        let notebook = ChapterNotebookTests.notebooks.appendingPathComponent("04_mnist_basics.ipynb")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: notebook)) as? [String: Any]
        let cells = try XCTUnwrap(json?["cells"] as? [[String: Any]])
        func text(_ field: Any?) -> String {
            (field as? [String])?.joined() ?? (field as? String) ?? ""
        }
        var input = ""
        var expected: [String] = []
        var images = 0
        for cell in cells where cell["cell_type"] as? String == "code" {
            input += text(cell["source"]) + "\n\n"
            for output in cell["outputs"] as? [[String: Any]] ?? [] {
                // The REPL shows a figure as its image (saved to a file off a graphics terminal).
                if (output["data"] as? [String: Any])?["image/png"] != nil {
                    images += 1
                    continue
                }
                let shown = output["output_type"] as? String == "stream"
                    ? text(output["text"]) : text((output["data"] as? [String: Any])?["text/plain"])
                // Object addresses differ from run to run.
                if !shown.isEmpty && !shown.contains(" at 0x") { expected.append(shown) }
            }
        }
        XCTAssertGreaterThan(expected.count, 25)
        let result = try TesseraProcess.run(["--fresh"], stdin: input,
                                            environment: ["TESSERA_DATA": root + "/data", "TESSERA_HOME": root + "/home"],
                                            directory: root + "/work")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertFalse(result.stdout.contains("Traceback"), result.stdout)
        for output in expected {
            XCTAssertTrue(result.stdout.contains(output.trimmingCharacters(in: .newlines)), "REPL did not print:\n\(output)")
        }
        XCTAssertEqual(result.stdout.components(separatedBy: "<image/png ").count - 1, images, result.stdout)
        for bookLine in ["(#2) [Path('train/3'),Path('train/7')]", "torch.Size([6131, 28, 28])",
                         "(tensor(0.1114), tensor(0.2021))", "(tensor(0.1586), tensor(0.3021))",
                         "(torch.Size([1010, 28, 28]), torch.Size([1028, 28, 28]))", "(tensor(True), tensor(1.))",
                         "(tensor(0.9168), tensor(0.9854), tensor(0.9511))"] {
            XCTAssertTrue(result.stdout.contains(bookLine), "REPL did not print \(bookLine)")
        }
    }
}
