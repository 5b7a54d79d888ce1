import Kernel
import XCTest

/// The search behind Ctrl-R, with the rules of readline's incremental reverse search: newest
/// first, the current match kept while it still contains the longer query, failure keeping the
/// last match, Backspace undoing one step.
final class ReverseHistorySearchTests: XCTestCase {
    let lines = ["import torch", "x = torch.ones(3)", "y = x * 2", "x.sum()", "print(y)"]

    func testNarrowingKeepsTheNewestLineThatStillMatches() {
        var search = ReverseHistorySearch(lines: lines)
        XCTAssertNil(search.match)
        search.append("x")
        XCTAssertEqual(search.match, "x.sum()")
        search.append(" ")
        XCTAssertEqual(search.match, "y = x * 2")
        XCTAssertEqual(search.prompt, "(reverse-i-search)`x ': y = x * 2")
    }

    func testCtrlRAgainFindsOlderLinesAndFailureKeepsTheLastMatch() {
        var search = ReverseHistorySearch(lines: lines)
        search.append("torch")
        XCTAssertEqual(search.match, "x = torch.ones(3)")
        search.older()
        XCTAssertEqual(search.match, "import torch")
        search.older()
        XCTAssertTrue(search.failed)
        XCTAssertEqual(search.match, "import torch")
        XCTAssertEqual(search.prompt, "(failed reverse-i-search)`torch': import torch")
        search.undo()
        XCTAssertFalse(search.failed)
        XCTAssertEqual(search.match, "import torch")
        search.undo()
        XCTAssertEqual(search.match, "x = torch.ones(3)")
    }

    func testBackspaceWidensTheQueryAgain() {
        var search = ReverseHistorySearch(lines: lines)
        search.append("p")
        search.append("q")
        XCTAssertTrue(search.failed)
        search.undo()
        XCTAssertEqual(search.query, "p")
        XCTAssertEqual(search.match, "print(y)")
        search.undo()
        search.undo()
        XCTAssertEqual(search.query, "")
        search.older()
        XCTAssertNil(search.match)
    }
}
