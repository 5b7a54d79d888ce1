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
}
