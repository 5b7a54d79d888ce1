import Foundation
import Interpreter
@testable import Kernel
import XCTest

/// Small things IPython users type without thinking: `%magic?`, `%summary --markdown FILE`, Tab
/// after `import`.
final class IPythonHabitTests: XCTestCase {
    func testMagicHelp() throws {
        let results: [CellResult] = try onInterpreterThread {
            let session = Session(extensions: KernelExtensions())
            return [session.run("%time?"), session.run("%%timeit?"), session.run("x = 1\n%history?"), session.run("%nosuchmagic?")]
        }
        XCTAssertTrue(results[0].text.hasPrefix("Docstring:\nRun a statement once"), results[0].text)
        XCTAssertTrue(results[0].text.contains("Forms:     %time, %%time\n"), results[0].text)
        XCTAssertTrue(results[1].text.contains("%%timeit"), results[1].text)
        XCTAssertTrue(results[2].text.hasPrefix("Docstring:\nInput history"), results[2].text)
        XCTAssertEqual(results[3].error?.traceback, ["UsageError: Magic `%nosuchmagic` not found."])
    }

    func testSummaryMarkdownToAFile() throws {
        let directory = try temporaryDirectory(self)
        let path = directory + "/summary.md"
        let results: [CellResult] = try onInterpreterThread {
            let session = Session(extensions: KernelExtensions())
            return [session.run("pipe = 'a|b'"), session.run("%summary --markdown \(path)")]
        }
        XCTAssertEqual(results[1].text, "Wrote the summary to \(path).\n")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(text.hasPrefix("### Variables\n\n| Name | Type | Shape/Info |\n"), text)
        XCTAssertTrue(text.contains("| `pipe` | str |"), text)
        // A `|` in a cell's first line is escaped, so the table keeps its columns.
        XCTAssertTrue(text.contains("`pipe = 'a\\|b'`"), text)
    }

    func testTabAfterImportOffersModules() throws {
        let (plain, listed, dotted, fromNames): (Completer.Completion, Completer.Completion, Completer.Completion, Completer.Completion) = try onInterpreterThread {
            let completer = Completer(session: Session(extensions: KernelExtensions()))
            return (completer.complete("import ma"), completer.complete("import os, it"),
                    completer.complete("from collections.ab"), completer.complete("from math import fl"))
        }
        XCTAssertTrue(plain.candidates.contains("math"), "\(plain.candidates)")
        XCTAssertTrue(plain.candidates.allSatisfy { $0.hasPrefix("ma") })
        XCTAssertEqual(listed.fragment, "it")
        XCTAssertTrue(listed.candidates.contains("itertools"), "\(listed.candidates)")
        XCTAssertTrue(dotted.candidates.allSatisfy { $0.hasPrefix("collections.ab") }, "\(dotted.candidates)")
        XCTAssertEqual(fromNames.candidates, ["floor"])
    }
}
