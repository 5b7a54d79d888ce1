import Foundation
import XCTest

/// Chapter 4's `gv` cells in `tessera run --output`: the executed notebook carries the drawing.
final class GraphvizCommandTests: XCTestCase {
    func testChapter4GvCellsProduceImages() throws {
        let directory = NSTemporaryDirectory() + "tessera-gv-run-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        // The two cells as the book has them (the second repeats the first in its recap).
        let cell = """
            #id gradient_descent
            #caption The gradient descent process
            #alt Graph showing the steps for Gradient Descent
            gv('''
            init->predict->loss->gradient->step->stop
            step->predict[label=repeat]
            ''')
            """
        try "# %%\nfrom fastbook import *\n\n# %%\n\(cell)\n\n# %%\n\(cell)\n".write(toFile: directory + "/gv.py", atomically: true, encoding: .utf8)
        let result = try TesseraProcess.run(["run", "gv.py", "--output", "out.ipynb"], environment: ["TESSERA_HOME": directory + "/home"], directory: directory)
        XCTAssertEqual(result.status, 0, result.stderr)
        let notebook = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: directory + "/out.ipynb"))) as? [String: Any])
        let cells = try XCTUnwrap(notebook["cells"] as? [[String: Any]])
        XCTAssertEqual(cells.count, 3)
        for cell in cells.dropFirst() {
            let outputs = try XCTUnwrap(cell["outputs"] as? [[String: Any]])
            let data = try XCTUnwrap(outputs.first?["data"] as? [String: Any], "\(outputs)")
            let png = try XCTUnwrap(data["image/png"] as? String)
            XCTAssertEqual(Data(base64Encoded: png)?.prefix(4).map { $0 }, [0x89, 0x50, 0x4E, 0x47])
            let svgValue = try XCTUnwrap(data["image/svg+xml"])
            let svg = (svgValue as? String) ?? (svgValue as? [String])?.joined() ?? ""
            for label in ["init", "predict", "loss", "gradient", "step", "stop"] {
                XCTAssertTrue(svg.contains("class=\"node\">\n<title>\(label)</title>"), "node \(label) in\n\(svg)")
                XCTAssertTrue(svg.contains(">\(label)</text>"), label)
            }
            XCTAssertTrue(svg.contains(">repeat</text>"), svg)
        }
    }
}
