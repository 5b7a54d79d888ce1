import Foundation
import Interpreter

/// `%save` and `%load` as IPython means them: cells' code to a file, and a file's code into the
/// next input (which the terminal REPL puts on its prompt, ready to edit or run).
extension Session {
    /// `%save [-f] [-a] [-r] FILE [RANGES]`: writes the code of the cells in RANGES (history
    /// syntax: `4`, `2-5`, `~1/3`), or of every earlier cell of this session, to FILE (`.py`
    /// added when it has no extension). An existing file is kept unless `-f` (replace) or `-a`
    /// (append) says otherwise: IPython asks, and a cell cannot answer.
    func saveCode(_ arguments: String) throws {
        var words = MagicArguments.words(arguments)
        var force = false
        var append = false
        while let first = words.first, first.hasPrefix("-"), first.count > 1 {
            words.removeFirst()
            for flag in first.dropFirst() {
                switch flag {
                case "f": force = true
                case "a": append = true
                case "r": break  // Cells are saved as typed (magics included) either way.
                default: throw MagicError.usage("%save: unknown option -\(flag)")
                }
            }
        }
        guard !words.isEmpty else { throw MagicError.usage("%save requires a file name (and optionally cell ranges, e.g. %save work.py 2-4)") }
        var path = (words.removeFirst() as NSString).expandingTildeInPath
        if !path.hasSuffix(".py") && !path.hasSuffix(".ipy") { path += ".py" }
        let store = historySource
        var entries: [HistoryStore.Entry]
        if words.isEmpty {
            entries = store.lines(session: nil).filter { $0.session == store.sessionID && $0.line < executionCount }
        } else {
            entries = try words.flatMap { try resolve(range: $0, in: store) }
        }
        entries.removeAll { $0.session == store.sessionID && $0.line == executionCount }
        guard !entries.isEmpty else { throw MagicError.usage("%save: no cells in \(words.isEmpty ? "this session" : words.joined(separator: " "))") }
        let code = entries.map(\.source).joined(separator: "\n") + "\n"
        // A symlink is written through to its file; a FIFO or device is refused before it is
        // read (appending) or replaced by the atomic rename.
        let target: String
        do { target = try OutputTarget.resolve(path) } catch { throw MagicError.usage("%save: \(error)") }
        let exists = FileManager.default.fileExists(atPath: target)
        if exists && !force && !append {
            throw MagicError.usage("File `\(path)` exists: %save -f \(path) ... replaces it, %save -a appends to it.")
        }
        let data: Data
        if append && exists {
            var existing = (try? Data(contentsOf: URL(fileURLWithPath: target))) ?? Data()
            existing.append(contentsOf: Array(code.utf8))
            data = existing
        } else {
            data = Data(("# coding: utf-8\n" + code).utf8)
        }
        do {
            try data.write(to: URL(fileURLWithPath: target), options: .atomic)
        } catch {
            throw PyException.osError(errno: EACCES, path: path)
        }
        write(stream: "stdout", "The following commands were \(append && exists ? "appended" : "written") to file `\(path)`:\n\(code)")
    }

    /// `%load FILE [-r LINES]` or `%load RANGES`: the code becomes the next input, headed by the
    /// `# %load` line IPython writes, so running it is one more Enter.
    func loadCode(_ arguments: String) throws {
        var words = MagicArguments.words(arguments)
        var lineRange: String?
        if let index = words.firstIndex(of: "-r") {
            guard index + 1 < words.count else { throw MagicError.usage("%load: -r needs lines, e.g. -r 5-10") }
            lineRange = words[index + 1]
            words.removeSubrange(index...(index + 1))
        }
        guard let source = words.first else { throw MagicError.usage("%load needs a file name or cell range") }
        var code: String
        let path = (source as NSString).expandingTildeInPath
        errno = 0
        let text = SourceFiles.read(path)
        let readError = errno
        if let text {
            code = text
        } else if source.first?.isNumber == true || source.hasPrefix("~") {
            let store = historySource
            code = try words.flatMap { try resolve(range: $0, in: store) }.map(\.source).joined(separator: "\n")
        } else {
            throw PyException.osError(errno: readError == 0 ? ENOENT : readError, path: path)
        }
        if let lineRange { code = try Self.selectLines(code, lineRange) }
        if code.hasSuffix("\n") { code.removeLast() }
        nextInput = "# %load \(arguments.trimmingCharacters(in: .whitespaces))\n" + code
    }

    /// IPython's `-r`: `5-10` (both included), `5:10` (Python-style, 10 excluded), either end
    /// open; several ranges separated by commas or spaces.
    static func selectLines(_ text: String, _ ranges: String) throws -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var chosen: [Substring] = []
        for part in ranges.split(whereSeparator: { $0 == "," || $0 == " " }) {
            let inclusive = part.contains("-")
            let bounds = part.split(separator: inclusive ? "-" : ":", maxSplits: 1, omittingEmptySubsequences: false)
            guard let first = bounds.first else { continue }
            let start = first.isEmpty ? 1 : Int(first)
            let end: Int? = bounds.count < 2 ? start : (bounds[1].isEmpty ? lines.count : Int(bounds[1]).map { inclusive ? $0 : $0 - 1 })
            guard let start, let end, start >= 1 else { throw MagicError.usage("%load: bad line range \(part)") }
            if start <= end { chosen += lines[min(start - 1, lines.count)..<min(end, lines.count)] }
        }
        return chosen.joined(separator: "\n")
    }
}
