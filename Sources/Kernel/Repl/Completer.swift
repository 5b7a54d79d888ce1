import Foundation
import Interpreter

/// Tab completion over a session: names, attributes (`stacked_threes.<Tab>`), dict keys
/// (`d['<Tab>`), file paths (inside a string, or after `%run`, `%cd`, `%load`, `%save`) and
/// magics. Looking up `a.b.<Tab>` reads attributes but never calls anything else.
public struct Completer {
    public struct Completion: Equatable {
        /// The text being completed (the end of the line before the cursor).
        public var fragment: String
        /// Full replacements for `fragment`, sorted.
        public var candidates: [String]

        /// The longest text every candidate starts with.
        public var commonPrefix: String {
            guard var prefix = candidates.first else { return fragment }
            for candidate in candidates.dropFirst() {
                while !candidate.hasPrefix(prefix) { prefix.removeLast() }
            }
            return prefix
        }
    }

    let session: Session

    public init(session: Session) {
        self.session = session
    }

    static let keywords = ["False", "None", "True", "and", "as", "assert", "break", "class", "continue", "def", "del",
                           "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is",
                           "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield"]

    /// Completions for the text before the cursor.
    public func complete(_ text: String) -> Completion {
        // Magic names at the start of a line.
        if text.hasPrefix("%") && !text.contains(" ") {
            let fragment = text
            let names = session.magicNames.map { "%" + $0 } + session.magicNames.map { "%%" + $0 }
            return Completion(fragment: fragment, candidates: names.filter { $0.hasPrefix(fragment) }.sorted())
        }
        for magic in ["%run ", "%cd ", "%load ", "%save ", "%save -f ", "%workspace save ", "%workspace load ", "%run -i ", "%cat ", "%ls "] where text.hasPrefix(magic) {
            let fragment = String(text.dropFirst(magic.count))
            if !fragment.contains(" ") { return Completion(fragment: fragment, candidates: Completer.paths(fragment)) }
        }
        // `import ma<Tab>`, `import os, ma<Tab>`, `from torch.n<Tab>`: module names.
        if let match = text.firstMatch(#"^\s*(?:import\s+(?:[A-Za-z0-9_.]+\s*,\s*)*|from\s+)([A-Za-z0-9_.]*)$"#) {
            let fragment = match[1]
            return Completion(fragment: fragment, candidates: moduleNames(startingWith: fragment))
        }
        // `from math import fl<Tab>`: the module's public names (importing it, as IPython does).
        if let match = text.firstMatch(#"^\s*from\s+([A-Za-z0-9_.]+)\s+import\s+(?:[A-Za-z0-9_]+\s*,\s*)*([A-Za-z0-9_]*)$"#) {
            let (module, fragment) = (match[1], match[2])
            guard let loaded = try? session.interpreter.importModule(module, returnTopLevel: false) else {
                return Completion(fragment: fragment, candidates: [])
            }
            let names = loaded.namespace.boundNames.filter { $0.hasPrefix(fragment) && (fragment.hasPrefix("_") || !$0.hasPrefix("_")) }
            return Completion(fragment: fragment, candidates: names.sorted())
        }
        if let match = text.firstMatch(#"([A-Za-z_][A-Za-z0-9_.]*)\[(['"])([^'"]*)$"#) {
            let (expression, quote, fragment) = (match[1], match[2], match[3])
            let keys = dictKeys(expression).filter { $0.hasPrefix(fragment) }
            return Completion(fragment: fragment, candidates: keys.map { $0 + quote + "]" }.sorted())
        }
        if let fragment = openStringFragment(text) {
            return Completion(fragment: fragment, candidates: Completer.paths(fragment))
        }
        if let match = text.firstMatch(#"([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)\.([A-Za-z0-9_]*)$"#) {
            let (expression, fragment) = (match[1], match[2])
            let names = attributeNames(expression).filter { $0.hasPrefix(fragment) && (fragment.hasPrefix("_") || !$0.hasPrefix("_")) }
            return Completion(fragment: fragment, candidates: names.sorted())
        }
        let fragment = text.firstMatch(#"([A-Za-z_][A-Za-z0-9_]*)$"#)?[1] ?? ""
        var names = Set(session.namespace.boundNames)
        names.formUnion(session.interpreter.builtins.boundNames)
        names.formUnion(Completer.keywords)
        let visible = names.filter { $0.hasPrefix(fragment) && (fragment.hasPrefix("_") || !$0.hasPrefix("_")) }
        return Completion(fragment: fragment, candidates: visible.sorted())
    }

    /// Modules that `import` finds: built-in and embedded ones, those already loaded, and `.py`
    /// files and packages where `import` looks (`Interpreter.moduleSearchDirectories`). Below a dot, only
    /// that package's submodules; names starting with `_` only when the fragment does.
    func moduleNames(startingWith fragment: String) -> [String] {
        let interpreter = session.interpreter
        var names = Set(interpreter.moduleProviders.keys).union(interpreter.modules.keys)
        for directory in interpreter.moduleSearchDirectories {
            for entry in (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [] {
                if entry.hasSuffix(".py") {
                    names.insert(String(entry.dropLast(3)))
                } else if FileManager.default.fileExists(atPath: directory + "/" + entry + "/__init__.py") {
                    names.insert(entry)
                }
            }
        }
        let depth = fragment.filter { $0 == "." }.count
        return names.filter { name in
            guard name.hasPrefix(fragment), name.filter({ $0 == "." }).count == depth else { return false }
            let last = name.split(separator: ".").last.map(String.init) ?? name
            let typed = fragment.split(separator: ".", omittingEmptySubsequences: false).last.map(String.init) ?? fragment
            return typed.hasPrefix("_") || !last.hasPrefix("_")
        }.sorted()
    }

    func attributeNames(_ expression: String) -> [String] {
        guard let value = session.lookup(dotted: expression), let dir = session.interpreter.builtins["dir"],
              let listed = try? session.interpreter.call(dir, value), let list = listed.asObject as? PyList else { return [] }
        return list.items.compactMap(\.stringValue)
    }

    func dictKeys(_ expression: String) -> [String] {
        guard let dict = session.lookup(dotted: expression)?.asObject as? PyDict else { return [] }
        return dict.storage.keys.compactMap(\.value.stringValue)
    }

    /// The text after an unclosed quote on the line, if the cursor is inside a string.
    func openStringFragment(_ text: String) -> String? {
        var quote: Character?
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let c = text[index]
            if let q = quote {
                if c == "\\" {
                    index = text.index(after: index)
                    if index == text.endIndex { break }
                } else if c == q {
                    quote = nil
                }
            } else if c == "'" || c == "\"" {
                quote = c
                start = text.index(after: index)
            } else if c == "#" {
                return nil
            }
            index = text.index(after: index)
        }
        return quote == nil ? nil : String(text[start...])
    }

    /// File names completing `fragment` (a path typed so far); folders end with `/`.
    static func paths(_ fragment: String) -> [String] {
        let directoryPart: String
        let namePart: String
        if let slash = fragment.lastIndex(of: "/") {
            directoryPart = String(fragment[...slash])
            namePart = String(fragment[fragment.index(after: slash)...])
        } else {
            directoryPart = ""
            namePart = fragment
        }
        let expanded = directoryPart.isEmpty ? "." : (directoryPart as NSString).expandingTildeInPath
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: expanded) else { return [] }
        return names.filter { $0.hasPrefix(namePart) && (namePart.hasPrefix(".") || !$0.hasPrefix(".")) }.map { name in
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: (expanded as NSString).appendingPathComponent(name), isDirectory: &isDirectory)
            return directoryPart + name + (isDirectory.boolValue ? "/" : "")
        }.sorted()
    }
}

extension String {
    /// The capture groups of the first match of `pattern` (group 0 is the whole match).
    func firstMatch(_ pattern: String) -> [String]? {
        guard let regex = try? NSRegularExpression(pattern: pattern),
              let match = regex.firstMatch(in: self, range: NSRange(startIndex..., in: self)) else { return nil }
        return (0..<match.numberOfRanges).map { i in
            Range(match.range(at: i), in: self).map { String(self[$0]) } ?? ""
        }
    }
}
