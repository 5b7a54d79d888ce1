/// Ctrl-R's incremental search through the input history, newest line first, as readline and
/// IPython do it: each typed character narrows the query and keeps the current match while it
/// still contains the query; Ctrl-R again moves to the next older line that contains it;
/// Backspace undoes the last step. A query no line contains keeps the last match and reports
/// the failure (the prompt then reads `(failed reverse-i-search)`).
public struct ReverseHistorySearch {
    /// The history, oldest line first.
    private let lines: [String]
    public private(set) var query = ""
    /// Index in `lines` of the current match.
    private var position: Int?
    public private(set) var failed = false
    /// The state before each step, for Backspace.
    private var steps: [(query: String, position: Int?, failed: Bool)] = []

    public init(lines: [String]) {
        self.lines = lines
    }

    public var match: String? { position.map { lines[$0] } }

    /// What the line editor shows while searching.
    public var prompt: String {
        (failed ? "(failed reverse-i-search)`" : "(reverse-i-search)`") + query + "': " + (match ?? "")
    }

    /// A typed character: the current match stays if it still contains the longer query.
    public mutating func append(_ text: String) {
        steps.append((query, position, failed))
        query += text
        search(from: position ?? lines.count - 1)
    }

    /// Ctrl-R again: the next older line containing the query.
    public mutating func older() {
        guard !query.isEmpty else { return }
        steps.append((query, position, failed))
        search(from: (position ?? lines.count) - 1)
    }

    /// Backspace: back to the query and match before the last step.
    public mutating func undo() {
        guard let step = steps.popLast() else { return }
        (query, position, failed) = step
    }

    private mutating func search(from start: Int) {
        var index = min(start, lines.count - 1)
        while index >= 0 {
            if lines[index].contains(query) {
                position = index
                failed = false
                return
            }
            index -= 1
        }
        failed = true
    }
}
