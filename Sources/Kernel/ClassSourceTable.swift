import Interpreter

/// The source text of each user class. The interpreter keeps a `def`'s source on its code object
/// (reachable from the function) but a class object does not point at its body's code, so the
/// session notes the class bodies of each cell it compiles and, after the cell ran, attaches
/// them to the classes the cell bound. The workspace saves classes by this source.
struct ClassSourceTable {
    /// A class statement's text and where it was (to compile it again under the same name and
    /// line numbers).
    struct Definition {
        var source: String
        var fileName: String
        var firstLine: Int
    }

    private struct Entry {
        weak var type: PyType?
        let definition: Definition
        /// The class's own attributes right after its statement ran: what re-running the
        /// source gives back. Anything set or deleted later (`Cls.x = 1`) differs from this.
        let original: [String: Value]
    }

    private var entries: [ObjectIdentifier: Entry] = [:]
    /// Class bodies compiled but not yet matched to a class object: qualified name -> source.
    private var pending: [String: Definition] = [:]

    /// Notes the top-level class definitions in `code` (a compiled cell or file).
    mutating func noteDefinitions(in code: CodeObject) {
        for constant in code.constants {
            guard case .object(let o) = constant, let body = o as? CodeObject else { continue }
            if body.flags.contains(.nameNamespace), let source = body.definitionSource, !body.qualifiedName.contains(".") {
                pending[body.qualifiedName] = Definition(source: source, fileName: body.file.name, firstLine: body.firstLine)
            }
        }
    }

    /// Attaches pending sources to the classes now bound in `namespace` (a class statement binds
    /// its name, so the classes a cell defined are there once it ran).
    mutating func adopt(from namespace: Namespace) {
        guard !pending.isEmpty else { return }
        for value in namespace.values {
            guard case .object(let o) = value, let type = o as? PyType, !type.isBuiltin,
                  let definition = pending[type.qualifiedName] else { continue }
            if let existing = entries[ObjectIdentifier(type)], existing.type === type { continue }
            entries[ObjectIdentifier(type)] = Entry(type: type, definition: definition, original: type.ownDictionary)
        }
        pending.removeAll()
        entries = entries.filter { $0.value.type != nil }
    }

    /// The source of `type`, if it was defined in this session.
    func definition(of type: PyType) -> Definition? {
        guard let entry = entries[ObjectIdentifier(type)], entry.type === type else { return nil }
        return entry.definition
    }

    /// What was done to `type`'s own attributes since its class statement ran: attributes set
    /// (new or rebound, by name) and attributes deleted.
    func changes(of type: PyType) -> (set: [(name: String, value: Value)], deleted: [String]) {
        guard let entry = entries[ObjectIdentifier(type)], entry.type === type else { return ([], []) }
        let current = type.ownDictionary
        let set = current.filter { name, value in !(entry.original[name]?.isIdentical(to: value) ?? false) }
            .sorted { $0.key < $1.key }.map { (name: $0.key, value: $0.value) }
        let deleted = entry.original.keys.filter { current[$0] == nil }.sorted()
        return (set, deleted)
    }

    func source(of type: PyType) -> String? {
        definition(of: type)?.source
    }
}
