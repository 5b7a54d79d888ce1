import Foundation
@testable import Kernel
import XCTest

final class HistoryStoreTests: XCTestCase {
    var directory = ""
    var path: String { directory + "/history.sqlite" }

    override func setUpWithError() throws {
        directory = try temporaryDirectory(self)
    }

    func testSessionsLinesSearchAndRecent() throws {
        var warnings: [String] = []
        let first = HistoryStore(path: path, warn: { warnings.append($0) })
        first.record(line: 1, source: "import math")
        first.record(line: 2, source: "x = math.pi")
        first.close()
        let second = HistoryStore(path: path, warn: { warnings.append($0) })
        second.record(line: 1, source: "y = 2 * x")
        XCTAssertTrue(second.isPersistent)
        XCTAssertEqual(second.sessionID, first.sessionID + 1)
        XCTAssertEqual(second.lines().map(\.source), ["y = 2 * x"])
        XCTAssertEqual(second.lines(session: first.sessionID, range: 2...2).map(\.source), ["x = math.pi"])
        XCTAssertEqual(second.session(before: 1), first.sessionID)
        XCTAssertEqual(second.search("x").map(\.source), ["x = math.pi", "y = 2 * x"])
        XCTAssertEqual(second.search("math*").map(\.source), [])
        XCTAssertEqual(second.search("*math*").map(\.line), [1, 2])
        XCTAssertEqual(second.recent(limit: 2).map(\.source), ["x = math.pi", "y = 2 * x"])
        XCTAssertEqual(warnings, [])
        // WAL mode, as the store promises.
        let db = try SQLiteDatabase(path: path, busyTimeout: 100)
        XCTAssertEqual(try db.query("PRAGMA journal_mode").first?.first?.text, "wal")
    }

    func testACorruptDatabaseFallsBackToMemoryWithOneWarning() throws {
        try Data(repeating: 0x42, count: 4096).write(to: URL(fileURLWithPath: path))
        var warnings: [String] = []
        let store = HistoryStore(path: path, warn: { warnings.append($0) })
        store.record(line: 1, source: "a = 1")
        store.record(line: 2, source: "b = 2")
        XCTAssertFalse(store.isPersistent)
        XCTAssertEqual(warnings.count, 1)
        XCTAssertTrue(warnings[0].contains("kept in memory"), warnings[0])
        XCTAssertEqual(store.lines().map(\.source), ["a = 1", "b = 2"])
        XCTAssertEqual(store.search("b").map(\.source), ["b = 2"])
    }

    func testALockedDatabaseFallsBackToMemoryAndKeepsEveryLine() throws {
        var warnings: [String] = []
        let store = HistoryStore(path: path, busyTimeoutMilliseconds: 50, warn: { warnings.append($0) })
        store.record(line: 1, source: "before")
        // Another connection holds an exclusive lock longer than the store waits.
        let other = try SQLiteDatabase(path: path, busyTimeout: 0)
        try other.execute("BEGIN EXCLUSIVE")
        store.record(line: 2, source: "during")
        store.record(line: 3, source: "after")
        try other.execute("ROLLBACK")
        XCTAssertEqual(warnings.count, 1, "\(warnings)")
        XCTAssertEqual(store.lines().map(\.source), ["before", "during", "after"])
        XCTAssertEqual(try other.query("SELECT source FROM history ORDER BY line").map { $0[0].text }, ["before"])
    }

    func testUnwritableLocationFallsBack() throws {
        var warnings: [String] = []
        try Data().write(to: URL(fileURLWithPath: directory + "/file"))
        let store = HistoryStore(path: directory + "/file/history.sqlite", warn: { warnings.append($0) })
        store.record(line: 1, source: "x")
        XCTAssertEqual(warnings.count, 1)
        XCTAssertEqual(store.lines().map(\.source), ["x"])
    }

    func testTwoConnectionsOpeningAndWritingAtOnceKeepEveryLine() throws {
        let group = DispatchGroup()
        let warnings = NSLock()
        var warned: [String] = []
        for name in ["a", "b"] {
            group.enter()
            Thread {
                let store = HistoryStore(path: self.path, warn: { text in warnings.lock(); warned.append(text); warnings.unlock() })
                for line in 1...200 { store.record(line: line, source: "\(name) \(line)") }
                store.close()
                group.leave()
            }.start()
        }
        group.wait()
        XCTAssertEqual(warned, [])
        let db = try SQLiteDatabase(path: path, busyTimeout: 1000)
        XCTAssertEqual(try db.query("SELECT count(*) FROM history").first?.first?.int, 400)
        XCTAssertEqual(try db.query("SELECT count(*) FROM sessions WHERE num_cmds = 200").first?.first?.int, 2)
    }

    func testSessionRecordsItsCellsInTheStore() throws {
        let sources: [String] = try onInterpreterThread {
            let session = Session(extensions: KernelExtensions())
            session.history = HistoryStore(path: self.path, warn: { _ in })
            session.run("a = 1")
            session.run("")
            session.run("a + 1")
            return session.history?.lines().map(\.source) ?? []
        }
        XCTAssertEqual(sources, ["a = 1", "a + 1"])
    }
}
