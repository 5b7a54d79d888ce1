import CSQLite
import Foundation

/// A failed SQLite call, with SQLite's own message.
public struct SQLiteError: Error, CustomStringConvertible {
    public let code: Int32
    public let message: String
    public var description: String { message }
}

/// A minimal wrapper over one SQLite connection: statements with bound parameters, rows as
/// arrays of optional values. Every failure is a thrown `SQLiteError`, never a crash.
final class SQLiteDatabase {
    enum Column {
        case int(Int)
        case text(String)
        case double(Double)
        case null

        var int: Int? { if case .int(let i) = self { return i } else { return nil } }
        var text: String? { if case .text(let t) = self { return t } else { return nil } }
        var double: Double? {
            switch self {
            case .double(let d): return d
            case .int(let i): return Double(i)
            default: return nil
            }
        }
    }

    private var handle: OpaquePointer?

    /// Opens (creating if needed) the database at `path`; waits up to `busyTimeout` ms for locks.
    init(path: String, busyTimeout: Int32) throws {
        var db: OpaquePointer?
        let status = sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nil)
        handle = db
        guard status == SQLITE_OK else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            sqlite3_close(db)
            handle = nil
            throw SQLiteError(code: status, message: message)
        }
        sqlite3_busy_timeout(db, busyTimeout)
    }

    deinit {
        sqlite3_close(handle)
    }

    private var errorMessage: String {
        handle.map { String(cString: sqlite3_errmsg($0)) } ?? "database closed"
    }

    /// Runs SQL without results (several statements allowed).
    func execute(_ sql: String) throws {
        var error: UnsafeMutablePointer<CChar>?
        let status = sqlite3_exec(handle, sql, nil, nil, &error)
        if status != SQLITE_OK {
            let message = error.map { String(cString: $0) } ?? errorMessage
            sqlite3_free(error)
            throw SQLiteError(code: status, message: message)
        }
    }

    /// Runs one statement with parameters and returns its rows.
    @discardableResult
    func query(_ sql: String, _ parameters: [Column] = []) throws -> [[Column]] {
        var statement: OpaquePointer?
        var status = sqlite3_prepare_v2(handle, sql, -1, &statement, nil)
        guard status == SQLITE_OK, let statement else { throw SQLiteError(code: status, message: errorMessage) }
        defer { sqlite3_finalize(statement) }
        // SQLITE_TRANSIENT: SQLite copies the bound text before this call returns.
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        for (index, parameter) in parameters.enumerated() {
            let position = Int32(index + 1)
            switch parameter {
            case .int(let i): status = sqlite3_bind_int64(statement, position, sqlite3_int64(i))
            case .double(let d): status = sqlite3_bind_double(statement, position, d)
            case .text(let t): status = sqlite3_bind_text(statement, position, t, -1, transient)
            case .null: status = sqlite3_bind_null(statement, position)
            }
            guard status == SQLITE_OK else { throw SQLiteError(code: status, message: errorMessage) }
        }
        var rows: [[Column]] = []
        while true {
            status = sqlite3_step(statement)
            if status == SQLITE_DONE { break }
            guard status == SQLITE_ROW else { throw SQLiteError(code: status, message: errorMessage) }
            var row: [Column] = []
            for column in 0..<sqlite3_column_count(statement) {
                switch sqlite3_column_type(statement, column) {
                case SQLITE_INTEGER: row.append(.int(Int(sqlite3_column_int64(statement, column))))
                case SQLITE_FLOAT: row.append(.double(sqlite3_column_double(statement, column)))
                case SQLITE_NULL: row.append(.null)
                default:
                    if let text = sqlite3_column_text(statement, column) {
                        row.append(.text(String(cString: text)))
                    } else {
                        row.append(.null)
                    }
                }
            }
            rows.append(row)
        }
        return rows
    }

    var lastInsertedRowID: Int { Int(sqlite3_last_insert_rowid(handle)) }
}
