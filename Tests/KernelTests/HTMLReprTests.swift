import Foundation
import Interpreter
@testable import Kernel
import XCTest

/// A value's `_repr_html_` reaches the output bundle (as IPython's display formatter puts it
/// there for Jupyter front ends), while the HTML export still shows only the plain text.
final class HTMLReprTests: XCTestCase {
    func testReprHTMLGoesIntoTheBundleButNotIntoTheExport() throws {
        let results: [CellResult] = try onInterpreterThread {
            let session = Session(extensions: KernelExtensions())
            return [session.run("class Table:\n    def _repr_html_(self):\n        return '<table><tr><td>1</td></tr></table>'\n    def __repr__(self):\n        return 'Table()'"),
                    session.run("Table()")]
        }
        guard case .executeResult(_, let data) = results[1].outputs.first else { return XCTFail("\(results[1].outputs)") }
        XCTAssertEqual(data.mimeTypes, ["text/plain", "text/html"])
        XCTAssertEqual(data["text/html"]?.text, "<table><tr><td>1</td></tr></table>")
        let exported = NotebookExporter.html(results[1].outputs[0])
        XCTAssertFalse(exported.contains("<table>"), exported)
        XCTAssertTrue(exported.contains("Table()"), exported)
    }
}
