import CSQLite
import XCTest

final class SQLiteTests: XCTestCase {
    func testInsertAndSelectRoundTrip() throws {
        var db: OpaquePointer?
        XCTAssertEqual(sqlite3_open(":memory:", &db), SQLITE_OK)
        defer { sqlite3_close(db) }
        XCTAssertEqual(sqlite3_exec(db, "CREATE TABLE cells(n INTEGER, source TEXT)", nil, nil, nil), SQLITE_OK)

        var insert: OpaquePointer?
        XCTAssertEqual(sqlite3_prepare_v2(db, "INSERT INTO cells VALUES (?, ?)", -1, &insert, nil), SQLITE_OK)
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        sqlite3_bind_int64(insert, 1, 3)
        sqlite3_bind_text(insert, 2, "stacked_threes.shape", -1, transient)
        XCTAssertEqual(sqlite3_step(insert), SQLITE_DONE)
        sqlite3_finalize(insert)

        var select: OpaquePointer?
        XCTAssertEqual(sqlite3_prepare_v2(db, "SELECT n, source FROM cells", -1, &select, nil), SQLITE_OK)
        XCTAssertEqual(sqlite3_step(select), SQLITE_ROW)
        XCTAssertEqual(sqlite3_column_int64(select, 0), 3)
        XCTAssertEqual(String(cString: sqlite3_column_text(select, 1)), "stacked_threes.shape")
        XCTAssertEqual(sqlite3_step(select), SQLITE_DONE)
        sqlite3_finalize(select)
    }
}
