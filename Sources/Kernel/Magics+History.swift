import Foundation
import Interpreter

/// `%history`: IPython's options `-n` (numbers), `-g PATTERN` (search every session), `-l N`
/// (last lines) and ranges `4`, `4-6`, `2/1-3` (session 2), `~1/` (the previous session).
extension Session {
    static var historyMagics: [Magic] {
        [
            Magic(name: "history", summary: "Input history: %history [-n] [-g PATTERN] [-l N] [RANGES] (also %hist).",
                  line: { session, arguments in try session.history(arguments); return .none }),
        ]
    }

    /// The history store, or an in-memory one made from `In` when the session has none.
    var historySource: HistoryStore {
        if let history { return history }
        let store = HistoryStore(path: nil, warn: { _ in })
        for (line, source) in inputs.items.enumerated().dropFirst() {
            if let text = source.stringValue { store.record(line: line, source: text) }
        }
        return store
    }

    func history(_ arguments: String) throws {
        var words = MagicArguments.words(arguments)
        var numbered = false
        var pattern: String?
        var limit: Int?
        var ranges: [String] = []
        while !words.isEmpty {
            let word = words.removeFirst()
            switch word {
            case "-n": numbered = true
            case "-g":
                numbered = true
                pattern = words.isEmpty ? "*" : words.removeFirst()
            case "-l":
                if let n = words.first.flatMap({ Int($0) }) {
                    words.removeFirst()
                    // A negative count has no meaning (and would be a negative suffix length).
                    if n < 0 { throw MagicError.usage("%history: -l takes a non-negative number of lines, not \(n)") }
                    limit = n
                } else {
                    limit = 10
                }
            default:
                if word.hasPrefix("-") { throw MagicError.usage("%history: unknown option \(word)") }
                ranges.append(word)
            }
        }
        let store = historySource
        var entries: [HistoryStore.Entry]
        if let pattern {
            entries = store.search(pattern)
        } else if let limit {
            entries = store.recent(limit: limit)
        } else if ranges.isEmpty {
            entries = store.lines()
        } else {
            entries = try ranges.flatMap { try resolve(range: $0, in: store) }
        }
        let current = store.sessionID
        func label(_ entry: HistoryStore.Entry) -> String {
            entry.session == current ? String(entry.line) : "\(entry.session)/\(entry.line)"
        }
        let width = entries.map { label($0).count }.max() ?? 0
        var text = ""
        for entry in entries {
            if numbered {
                let number = label(entry)
                text += String(repeating: " ", count: width - number.count) + number + ":"
                text += entry.source.contains("\n") ? "\n" : " "
            }
            text += entry.source + "\n"
        }
        write(stream: "stdout", text)
    }

    /// One range word: `N`, `N-M`, `S/N-M`, `S/`, `~K/N-M`.
    func resolve(range word: String, in store: HistoryStore) throws -> [HistoryStore.Entry] {
        var session: Int?
        var lines = Substring(word)
        if let slash = word.firstIndex(of: "/") {
            let sessionText = word[..<slash]
            lines = word[word.index(after: slash)...]
            if sessionText.hasPrefix("~") {
                guard let offset = Int(sessionText.dropFirst()), let found = store.session(before: offset) else {
                    throw MagicError.usage("%history: no session \(sessionText)")
                }
                session = found
            } else {
                guard let id = Int(sessionText) else { throw MagicError.usage("%history: bad range \(word)") }
                session = id
            }
        }
        if lines.isEmpty { return store.lines(session: session) }
        let bounds = lines.split(separator: "-", maxSplits: 1).map { Int($0) }
        guard let first = bounds.first ?? nil else { throw MagicError.usage("%history: bad range \(word)") }
        let last = bounds.count > 1 ? bounds[1] : first
        guard let last, last >= first else { throw MagicError.usage("%history: bad range \(word)") }
        return store.lines(session: session, range: first...last)
    }
}
