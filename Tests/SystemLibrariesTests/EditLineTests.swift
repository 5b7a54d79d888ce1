import CEditLine
import XCTest

final class EditLineTests: XCTestCase {
    /// libedit's readline-compatible history: an added entry can be read back, and a history file
    /// written and read again keeps it.
    func testHistoryEntryRoundTrip() throws {
        using_history()
        clear_history()
        XCTAssertEqual(add_history("x = tensor([1, 2, 3])"), 0)
        XCTAssertEqual(history_length, 1)
        let entry = try XCTUnwrap(history_get(history_base))
        XCTAssertEqual(String(cString: entry.pointee.line), "x = tensor([1, 2, 3])")

        let file = FileManager.default.temporaryDirectory.appendingPathComponent("tessera-history-\(getpid())").path
        defer { unlink(file) }
        XCTAssertEqual(write_history(file), 0)
        clear_history()
        XCTAssertEqual(history_length, 0)
        XCTAssertEqual(read_history(file), 0)
        XCTAssertEqual(history_length, 1)
        let reread = try XCTUnwrap(history_get(history_base))
        XCTAssertEqual(String(cString: reread.pointee.line), "x = tensor([1, 2, 3])")
        clear_history()
    }
}
