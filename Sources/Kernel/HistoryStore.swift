import CSQLite
import Foundation

/// The input history of every session, in SQLite (like IPython's `history.sqlite`): a `sessions`
/// table and a `history` table of (session, line, source, timestamp).
///
/// The database is in WAL mode and every insert is its own transaction with a busy timeout, so
/// several REPLs writing at once all keep every line. A database that cannot be used (locked
/// past the timeout, not a database, unwritable) never stops the session: the store says so once
/// through `warn` and keeps this session's lines in memory from then on.
public final class HistoryStore {
    public struct Entry: Equatable {
        public var session: Int
        public var line: Int
        public var source: String
        public var timestamp: Double
    }

    public let path: String?
    /// This session's number in the database (0 when the database is not in use).
    public private(set) var sessionID = 0
    private var database: SQLiteDatabase?
    /// This session's lines, always kept: they answer queries about the current session even
    /// after the database failed.
    private var current: [Entry] = []
    private let warn: (String) -> Void
    private var warned = false

    public var isPersistent: Bool { database != nil }

    /// Opens the store at `path` (nil: memory only) and starts a new session.
    public init(path: String?, busyTimeoutMilliseconds: Int32 = 5000, warn: @escaping (String) -> Void) {
        self.path = path
        self.warn = warn
        guard let path else { return }
        budget = Double(busyTimeoutMilliseconds) / 1000
        do {
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            let db = try SQLiteDatabase(path: path, busyTimeout: busyTimeoutMilliseconds)
            try retrying {
                if try db.query("PRAGMA journal_mode").first?.first?.text?.lowercased() != "wal" {
                    try db.execute("PRAGMA journal_mode=WAL")
                }
                try db.execute("""
                    CREATE TABLE IF NOT EXISTS sessions (session INTEGER PRIMARY KEY AUTOINCREMENT,
                        start REAL NOT NULL, end REAL, num_cmds INTEGER, cwd TEXT);
                    CREATE TABLE IF NOT EXISTS history (session INTEGER NOT NULL, line INTEGER NOT NULL,
                        source TEXT NOT NULL, timestamp REAL NOT NULL, PRIMARY KEY (session, line));
                    """)
                try db.query("INSERT INTO sessions (start, cwd) VALUES (?, ?)",
                             [.double(Date().timeIntervalSince1970), .text(FileManager.default.currentDirectoryPath)])
                sessionID = db.lastInsertedRowID
            }
            database = db
        } catch {
            fallBack(error)
        }
    }

    /// How long a write may wait for other processes' locks, in seconds.
    private var budget = 5.0

    /// Runs `body`, retrying while another connection holds a lock, for at most `budget`
    /// seconds. SQLite's busy handler covers most waits, but not all: a connection opening a
    /// database that another is switching to WAL, or recovering, gets SQLITE_BUSY at once.
    private func retrying<T>(_ body: () throws -> T) throws -> T {
        let deadline = Date().addingTimeInterval(budget)
        var pause: useconds_t = 2_000
        while true {
            do {
                return try body()
            } catch let error as SQLiteError where error.code == SQLITE_BUSY || error.code == SQLITE_LOCKED {
                if Date() >= deadline { throw error }
                usleep(pause)
                pause = min(pause * 2, 50_000)
            }
        }
    }

    deinit {
        close()
    }

    /// Marks this session ended (its end time and number of commands).
    public func close() {
        guard let database else { return }
        _ = try? database.query("UPDATE sessions SET end = ?, num_cmds = ? WHERE session = ?",
                                [.double(Date().timeIntervalSince1970), .int(current.count), .int(sessionID)])
        self.database = nil
    }

    private func fallBack(_ error: Error) {
        database = nil
        sessionID = 0
        guard !warned else { return }
        warned = true
        warn("tessera: history database \(path ?? "") cannot be used (\(error)); this session's history is kept in memory only")
    }

    /// Records one cell.
    public func record(line: Int, source: String) {
        let entry = Entry(session: sessionID, line: line, source: source, timestamp: Date().timeIntervalSince1970)
        current.append(entry)
        guard let database else { return }
        do {
            try retrying {
                try database.query("INSERT OR REPLACE INTO history (session, line, source, timestamp) VALUES (?, ?, ?, ?)",
                                   [.int(sessionID), .int(line), .text(source), .double(entry.timestamp)])
            }
        } catch {
            fallBack(error)
        }
    }

    /// This session's lines.
    public var currentEntries: [Entry] { current }

    private func entries(_ sql: String, _ parameters: [SQLiteDatabase.Column]) -> [Entry] {
        guard let database else { return [] }
        do {
            return try database.query(sql, parameters).compactMap { row in
                guard row.count >= 4, let session = row[0].int, let line = row[1].int, let source = row[2].text else { return nil }
                return Entry(session: session, line: line, source: source, timestamp: row[3].double ?? 0)
            }
        } catch {
            fallBack(error)
            return []
        }
    }

    /// The lines of `session` (this one when nil or equal to `sessionID`), optionally only those
    /// numbered in `range`.
    public func lines(session: Int? = nil, range: ClosedRange<Int>? = nil) -> [Entry] {
        let wanted = session ?? sessionID
        if wanted == sessionID || database == nil {
            return current.filter { range?.contains($0.line) ?? true }
        }
        let bounds = range ?? Int.min...Int.max
        return entries("SELECT session, line, source, timestamp FROM history WHERE session = ? AND line BETWEEN ? AND ? ORDER BY line",
                       [.int(wanted), .int(bounds.lowerBound), .int(bounds.upperBound)])
    }

    /// Lines of every session whose source matches the glob `pattern` (`*` added on both ends
    /// unless it has a wildcard), oldest first; this session's lines come last.
    public func search(_ pattern: String) -> [Entry] {
        let glob = pattern.contains("*") || pattern.contains("?") ? pattern : "*\(pattern)*"
        let stored = entries("SELECT session, line, source, timestamp FROM history WHERE session != ? AND source GLOB ? ORDER BY session, line",
                             [.int(sessionID), .text(glob)])
        let own = current.filter { Glob.matches(glob, $0.source) }
        return stored + own
    }

    /// The last `limit` lines over all sessions, oldest first (what the line editor preloads).
    public func recent(limit requested: Int) -> [Entry] {
        // suffix(_:) traps on a negative length.
        let limit = max(0, requested)
        let stored = entries("""
            SELECT session, line, source, timestamp FROM
              (SELECT * FROM history WHERE session != ? ORDER BY session DESC, line DESC LIMIT ?)
            ORDER BY session, line
            """, [.int(sessionID), .int(limit)])
        return Array((stored + current).suffix(limit))
    }

    /// The session `offset` sessions before this one (`~1/` in `%history` ranges).
    public func session(before offset: Int) -> Int? {
        guard let database, offset > 0 else { return nil }
        let rows = (try? database.query("SELECT session FROM sessions WHERE session < ? ORDER BY session DESC LIMIT 1 OFFSET ?",
                                        [.int(sessionID), .int(offset - 1)])) ?? []
        return rows.first?.first?.int
    }
}

/// Shell-style glob matching (`*`, `?`), as SQLite's GLOB does it, for the in-memory lines.
enum Glob {
    static func matches(_ pattern: String, _ text: String) -> Bool {
        let p = Array(pattern), t = Array(text)
        var pi = 0, ti = 0, star = -1, mark = 0
        while ti < t.count {
            if pi < p.count && (p[pi] == "?" || p[pi] == t[ti]) {
                pi += 1
                ti += 1
            } else if pi < p.count && p[pi] == "*" {
                star = pi
                mark = ti
                pi += 1
            } else if star >= 0 {
                pi = star + 1
                mark += 1
                ti = mark
            } else {
                return false
            }
        }
        while pi < p.count && p[pi] == "*" { pi += 1 }
        return pi == p.count
    }
}
