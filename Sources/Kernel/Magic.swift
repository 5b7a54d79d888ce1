import Foundation
import Interpreter

/// A magic command: `%name args` (line form) and/or `%%name args` + body (cell form). A magic
/// prints through the session (so its output is part of the cell) and may return a value, which
/// the cell shows as `Out[n]` like an expression's.
public struct Magic {
    public typealias LineBody = (Session, String) throws -> Value
    public typealias CellBody = (Session, String, String) throws -> Value

    public let name: String
    /// One line for `%help`.
    public let summary: String
    public let line: LineBody?
    public let cell: CellBody?

    public init(name: String, summary: String, line: LineBody? = nil, cell: CellBody? = nil) {
        self.name = name
        self.summary = summary
        self.line = line
        self.cell = cell
    }
}

extension Session {
    /// The built-in magics. Front ends and the Library add theirs through
    /// `KernelExtensions.magics`.
    static func makeBuiltinMagics() -> [String: Magic] {
        var all: [Magic] = []
        all += timingMagics
        all += variableMagics
        all += fileMagics
        all += historyMagics
        all += shellMagics
        all += compatibilityMagics
        all += shapeMagics
        all += debuggerMagics
        all += [
            Magic(name: "help", summary: "List the magics; `obj?` shows help on an object, `obj??` its source.",
                  line: { session, _ in session.printMagicList(); return .none }),
            Magic(name: "lsmagic", summary: "Same as %help.", line: { session, _ in session.printMagicList(); return .none }),
            Magic(name: "summary", summary: "Variables with types and shapes, and each cell's time: %summary [--markdown [FILE]].",
                  line: { session, arguments in try session.summaryMagic(arguments); return .none }),
        ]
        return Dictionary(all.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// `%summary`, `%summary --markdown` (printed) and `%summary --markdown FILE` (written).
    func summaryMagic(_ arguments: String) throws {
        let words = MagicArguments.words(arguments)
        let summary = SessionSummary(session: self)
        guard let flag = words.firstIndex(where: { $0 == "--markdown" || $0 == "-m" }) else {
            if let unknown = words.first { throw MagicError.usage("%summary: unknown argument \(unknown) (use --markdown [FILE])") }
            write(stream: "stdout", summary.text)
            return
        }
        guard flag + 1 < words.count else {
            write(stream: "stdout", summary.markdown)
            return
        }
        let path = (words[flag + 1] as NSString).expandingTildeInPath
        let target = try OutputTarget.resolve(path)
        do {
            try Data(summary.markdown.utf8).write(to: URL(fileURLWithPath: target), options: .atomic)
        } catch {
            throw PyException.osError(errno: errno == 0 ? EACCES : errno, path: path)
        }
        write(stream: "stdout", "Wrote the summary to \(path).\n")
    }

    /// The magic called `name`: an extension's, else a built-in one.
    public func magic(named name: String) -> Magic? {
        extensions.magics[name] ?? builtinMagics[name] ?? (name == "hist" ? builtinMagics["history"] : nil)
    }

    public var magicNames: [String] {
        Set(builtinMagics.keys).union(extensions.magics.keys).sorted()
    }

    func runLineMagic(name: String, arguments: String) throws -> Value {
        // `%time?` (and `%%timeit?`): the magic's help, as IPython's inspector shows it.
        if name.hasSuffix("?") {
            let bare = String(name.drop { $0 == "%" }.reversed().drop { $0 == "?" }.reversed())
            guard let magic = magic(named: bare) else { throw MagicError.usage("Magic `%\(bare)` not found.") }
            write(stream: "stdout", magicHelp(magic))
            return .none
        }
        guard let magic = magic(named: name) else {
            throw MagicError.usage("Line magic function `%\(name)` not found.")
        }
        guard let body = magic.line else {
            throw MagicError.usage("%\(name) is a cell magic: use %%\(name) on the first line of a cell.")
        }
        return try body(self, arguments)
    }

    func runCellMagic(name: String, arguments: String, body: String) throws -> Value {
        guard let magic = magic(named: name) else {
            throw MagicError.usage("Cell magic `%%\(name)` not found.")
        }
        guard let run = magic.cell else {
            throw MagicError.usage("%%\(name) is a line magic: use %\(name) on its own line.")
        }
        return try run(self, arguments, body)
    }

    /// What `%name?` shows: the forms the magic takes and its description.
    func magicHelp(_ magic: Magic) -> String {
        var forms: [String] = []
        if magic.line != nil { forms.append("%" + magic.name) }
        if magic.cell != nil { forms.append("%%" + magic.name) }
        return "Docstring:\n" + magic.summary + "\n\nForms:     " + forms.joined(separator: ", ") + "\nType:      magic\n"
    }

    func printMagicList() {
        var text = "Magics (line magics start with %, cell magics with %% on a cell's first line):\n"
        let names = magicNames
        let width = (names.map(\.count).max() ?? 0) + 4
        for name in names {
            guard let magic = magic(named: name) else { continue }
            let label = magic.line != nil ? "%\(name)" : "%%\(name)"
            let also = magic.line != nil && magic.cell != nil ? " (also %%\(name))" : ""
            text += "  " + label.padding(toLength: width, withPad: " ", startingAt: 0) + magic.summary + also + "\n"
        }
        text += "\nobj? shows help on obj; obj?? also shows its source.\n"
        write(stream: "stdout", text)
    }
}

/// Splits magic arguments like a shell: spaces separate, quotes group.
enum MagicArguments {
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quote: Character?
        var inWord = false
        for c in text {
            if let q = quote {
                if c == q { quote = nil } else { current.append(c) }
            } else if c == "'" || c == "\"" {
                quote = c
                inWord = true
            } else if c == " " || c == "\t" {
                if inWord { words.append(current) }
                current = ""
                inWord = false
            } else {
                current.append(c)
                inWord = true
            }
        }
        if inWord { words.append(current) }
        return words
    }

    /// Leading `-x VALUE` options (those in `valued`) and `-x` flags; the rest of the text
    /// (from the first non-option word, verbatim) is the statement.
    static func options(_ text: String, valued: Set<String>, flags: Set<String>) throws -> (options: [String: String], rest: String) {
        var options: [String: String] = [:]
        var rest = Substring(text.trimmingCharacters(in: .whitespaces))
        while rest.hasPrefix("-") {
            let word = rest.prefix { $0 != " " && $0 != "\t" }
            let key = String(word.dropFirst())
            if flags.contains(key) {
                options[key] = ""
                rest = rest.dropFirst(word.count).drop { $0 == " " || $0 == "\t" }
            } else if valued.contains(key) {
                rest = rest.dropFirst(word.count).drop { $0 == " " || $0 == "\t" }
                let value = rest.prefix { $0 != " " && $0 != "\t" }
                guard !value.isEmpty else { throw MagicError.usage("option -\(key) needs a value") }
                options[key] = String(value)
                rest = rest.dropFirst(value.count).drop { $0 == " " || $0 == "\t" }
            } else {
                break
            }
        }
        return (options, String(rest))
    }
}
