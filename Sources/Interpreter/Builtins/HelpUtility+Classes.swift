/// pydoc's class and module pages, and the interactive `help>` prompt.
extension HelpUtility {
    /// What pydoc calls an attribute when it sorts a class's attributes into sections.
    private enum Kind: Int, CaseIterable {
        case method, classMethod, staticMethod, readonlyProperty, dataDescriptor, data

        var heading: String {
            switch self {
            case .method: return "Methods"
            case .classMethod: return "Class methods"
            case .staticMethod: return "Static methods"
            case .readonlyProperty: return "Readonly properties"
            case .dataDescriptor: return "Data descriptors"
            case .data: return "Data and other attributes"
            }
        }
    }

    private final class Attribute {
        let name: String
        let kind: Kind
        let home: PyType
        let value: Value

        init(name: String, kind: Kind, home: PyType, value: Value) {
            self.name = name
            self.kind = kind
            self.home = home
            self.value = value
        }
    }

    /// Names pydoc never shows, though they are dunder names.
    private static let hiddenNames: Set<String> = [
        "__author__", "__builtins__", "__cached__", "__credits__", "__date__", "__doc__", "__file__",
        "__spec__", "__loader__", "__module__", "__name__", "__package__", "__path__", "__qualname__",
        "__slots__", "__version__", "__annotations__",
    ]

    @_optimize(none)
    private static func visible(_ name: String) -> Bool {
        if hiddenNames.contains(name) { return false }
        if name.hasPrefix("__") && name.hasSuffix("__") { return true }
        return !name.hasPrefix("_")
    }

    @_optimize(none)
    private func name(of type: PyType, from module: String) -> String {
        type.moduleName == module ? type.qualifiedName : "\(type.moduleName).\(type.qualifiedName)"
    }

    /// `class Point(builtins.object)` and its sections, each line under ` |  `.
    @_optimize(none)
    func classDocument(_ type: PyType) throws -> String {
        let title = "class \(type.name)(" + type.bases.map { name(of: $0, from: type.moduleName) }.joined(separator: ", ") + ")"
        var contents: [String] = []
        if let initializer = type.lookup("__init__")?.asObject as? PyFunction {
            contents.append(type.name + signature(initializer, droppingFirst: true) + "\n")
        }
        if let doc = type.doc ?? type.ownDictionary["__doc__"]?.stringValue {
            contents.append(HelpUtility.cleanDocstring(doc) + "\n")
        }
        if type.mro.count > 2 {
            contents.append("Method resolution order:")
            for base in type.mro { contents.append("    " + name(of: base, from: type.moduleName)) }
            contents.append("")
        }
        var needsRule = false
        for home in type.mro where home !== BuiltinTypes.object || type === BuiltinTypes.object {
            let attributes = try attributes(of: type, definedIn: home)
            let tag = home === type ? "defined here" : "inherited from \(name(of: home, from: type.moduleName))"
            for kind in Kind.allCases {
                let group = attributes.filter { $0.kind == kind }
                guard !group.isEmpty else { continue }
                if needsRule { contents.append(String(repeating: "-", count: 70)) }
                needsRule = true
                contents.append("\(kind.heading) \(tag):\n")
                for attribute in group { contents.append(try entry(attribute, in: type)) }
            }
        }
        let body = contents.joined(separator: "\n").trimmingTrailingWhitespace
        guard !body.isEmpty else { return title + "\n" }
        return title + "\n" + indent(body, by: " |  ") + "\n"
    }

    /// The visible attributes whose first definition along `type`'s MRO is in `home`, sorted.
    @_optimize(none)
    private func attributes(of type: PyType, definedIn home: PyType) throws -> [Attribute] {
        var found: [Attribute] = []
        for (name, value) in home.ownDictionary where HelpUtility.visible(name) {
            guard let owner = type.mro.first(where: { $0.ownDictionary[name] != nil }), owner === home else { continue }
            found.append(Attribute(name: name, kind: kind(of: value), home: home, value: value))
        }
        // Instances of a class built on `object` alone carry a `__dict__` and weak references;
        // CPython lists their descriptors under that class.
        if !home.isBuiltin, home.bases.allSatisfy({ $0 === BuiltinTypes.object }) {
            found.append(Attribute(name: "__dict__", kind: .dataDescriptor, home: home, value: .str("dictionary for instance variables")))
            found.append(Attribute(name: "__weakref__", kind: .dataDescriptor, home: home, value: .str("list of weak references to the object")))
        }
        return found.sorted { $0.name.unicodeScalars.lexicographicallyPrecedes($1.name.unicodeScalars) }
    }

    @_optimize(none)
    private func kind(of value: Value) -> Kind {
        switch value.asObject {
        case let wrapper as PyMethodWrapper: return wrapper.kind == .classMethod ? .classMethod : .staticMethod
        case let property as PyProperty: return property.setter.isNone ? .readonlyProperty : .dataDescriptor
        case is PyFunction, is PyBuiltinFunction: return .method
        default: return .data
        }
    }

    @_optimize(none)
    private func entry(_ attribute: Attribute, in type: PyType) throws -> String {
        let name = attribute.name
        switch attribute.value.asObject {
        case let wrapper as PyMethodWrapper:
            guard let function = wrapper.function.asObject as? PyFunction else { return name + "(...)\n" }
            var text = name + signature(function, droppingFirst: wrapper.kind == .classMethod)
                + (wrapper.kind == .classMethod ? " from builtins.type" : "") + "\n"
            if let doc = function.code.docstring { text += indent(HelpUtility.cleanDocstring(doc)) + "\n" }
            return text
        case let property as PyProperty:
            var doc = property.doc.stringValue
            if doc == nil, let getter = property.getter.asObject as? PyFunction { doc = getter.code.docstring }
            return name + "\n" + (doc.map { indent(HelpUtility.cleanDocstring($0)) + "\n" } ?? "")
        case let function as PyFunction:
            var text = name + signature(function) + "\n"
            if let doc = docstring(of: function, named: name) {
                text += indent(doc) + "\n"
            }
            return text
        case let builtin as PyBuiltinFunction:
            var text = name + (builtin.signatureText ?? "(...)") + "\n"
            if let doc = nativeDoc(builtin) { text += indent(HelpUtility.cleanDocstring(doc)) + "\n" }
            return text
        default:
            if attribute.kind == .dataDescriptor { return name + "\n" + indent(attribute.value.stringValue ?? "") + "\n" }
            return dataEntry(name, attribute.value) + "\n"
        }
    }

    // MARK: Modules

    /// NAME, DESCRIPTION, CLASSES, FUNCTIONS, DATA and FILE, as pydoc lays a module out.
    @_optimize(none)
    func moduleDocument(_ module: PyModule) throws -> String {
        let namespace = module.namespace
        let exported = (namespace["__all__"]?.asObject as? PyList)?.items.compactMap(\.stringValue)
            ?? (namespace["__all__"]?.asObject as? PyTuple)?.items.compactMap(\.stringValue)
        var classes: [(String, PyType)] = [], functions: [(String, Value)] = [], data: [(String, Value)] = []
        for name in namespace.names.sorted(by: { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }) {
            guard let value = namespace[name], !value.isUnset else { continue }
            if let exported { guard exported.contains(name) else { continue } } else if !HelpUtility.visible(name) || name.hasPrefix("__") { continue }
            switch value.asObject {
            case let type as PyType where exported != nil || type.moduleName == module.name: classes.append((name, type))
            case let function as PyFunction where exported != nil || (function.globals["__name__"]?.stringValue ?? "") == module.name:
                functions.append((name, value))
            case is PyBuiltinFunction: functions.append((name, value))
            case is PyType, is PyFunction, is PyModule: continue
            default: data.append((name, value))
            }
        }
        var sections = ["NAME\n    \(module.name)"]
        if let doc = namespace["__doc__"]?.stringValue {
            sections.append("DESCRIPTION\n" + indent(HelpUtility.cleanDocstring(doc)))
        }
        if !classes.isEmpty {
            sections.append("CLASSES\n" + (try classes.map { indent(try classDocument($0.1).trimmingTrailingWhitespace) }.joined(separator: "\n\n")))
        }
        if !functions.isEmpty {
            var entries: [String] = []
            for (name, value) in functions { entries.append(indent(functionEntry(name, value))) }
            sections.append("FUNCTIONS\n" + entries.joined(separator: "\n\n"))
        }
        if !data.isEmpty {
            var entries: [String] = []
            for (name, value) in data { entries.append("    " + dataEntry(name, value)) }
            sections.append("DATA\n" + entries.joined(separator: "\n"))
        }
        sections.append("FILE\n    " + (namespace["__file__"]?.stringValue ?? "(built-in)"))
        return sections.joined(separator: "\n\n") + "\n"
    }

    @_optimize(none)
    private func functionEntry(_ name: String, _ value: Value) -> String {
        if let function = value.asObject as? PyFunction {
            var text = name + signature(function)
            if let doc = function.code.docstring { text += "\n" + indent(HelpUtility.cleanDocstring(doc)) }
            return text
        }
        if let builtin = value.asObject as? PyBuiltinFunction {
            var text = name + (builtin.signatureText ?? "(...)")
            if let doc = nativeDoc(builtin) { text += "\n" + indent(HelpUtility.cleanDocstring(doc)) }
            return text
        }
        return name
    }

    /// `name = repr`, the repr cut to fit 70 characters as pydoc cuts it.
    @_optimize(none)
    private func dataEntry(_ name: String, _ value: Value) -> String {
        var shown = (try? interpreter.repr(value)) ?? "..."
        let overflow = name.count + 3 + shown.count - 70
        if overflow > 0 { shown = String(shown.dropLast(overflow)) + "..." }
        return name + " = " + shown
    }

    // MARK: The interactive prompt

    static let introduction = """
        Welcome to Python 3.11's help utility! If this is your first time using
        Python, you should definitely check out the tutorial at
        https://docs.python.org/3.11/tutorial/.

        Enter the name of any module, keyword, or topic to get help on writing
        Python programs and using Python modules.  To get a list of available
        modules, keywords, symbols, or topics, enter "modules", "keywords",
        "symbols", or "topics".

        Each module also comes with a one-line summary of what it does; to list
        the modules whose name or summary contain a given string such as "spam",
        enter "modules spam".

        To quit this help utility and return to the interpreter,
        enter "q" or "quit".

        """

    static let farewell = """

        You are now leaving help and returning to the Python interpreter.
        If you want to ask for help on a particular object directly from the
        interpreter, you can type "help(object)".  Executing "help('string')"
        has the same effect as typing a particular string at the help> prompt.

        """

    /// `help()`: the `help>` prompt, read through `input()` so it works wherever input does (the
    /// terminal, a notebook front end's stdin); an empty line, `q`, end of input or Ctrl-C leaves.
    @_optimize(none)
    func interact() throws {
        interpreter.standardOutput(HelpUtility.introduction + "\n")
        guard let input = interpreter.builtins["input"] else { return }
        while true {
            var line = Value.none
            do {
                line = try interpreter.call(input, .str("help> "))
            } catch {
                guard let exception = error as? PyException, exception.type.isSubtype(of: BuiltinTypes.eofError)
                        || exception.type.isSubtype(of: BuiltinTypes.keyboardInterrupt) else { throw error }
                break
            }
            var request = (line.stringValue ?? "").trimmingTrailingWhitespace
            while request.first == " " { request.removeFirst() }
            if request.isEmpty { break }
            if request.count > 2, let quote = request.first, quote == "'" || quote == "\"", request.last == quote,
               !request.dropFirst().dropLast().contains(quote) {
                request = String(request.dropFirst().dropLast())
            }
            if ["q", "quit"].contains(request.lowercased()) { break }
            if request == "help" {
                interpreter.standardOutput(HelpUtility.introduction)
            } else if request == "keywords" {
                interpreter.standardOutput("\nHere is a list of the Python keywords.  Enter any keyword to get more help.\n\n"
                    + HelpUtility.columns(HelpUtility.keywords.sorted()) + "\n")
            } else {
                interpreter.standardOutput(try document(.str(request)))
            }
        }
        interpreter.standardOutput(HelpUtility.farewell)
    }

    /// pydoc's four columns of 20 characters, filled down each column first.
    @_optimize(none)
    static func columns(_ items: [String]) -> String {
        let rows = (items.count + 3) / 4
        var text = ""
        for row in 0..<rows {
            for column in 0..<4 {
                let index = column * rows + row
                guard index < items.count else { continue }
                text += items[index]
                if column < 3 { text += String(repeating: " ", count: max(1, 20 - items[index].count)) }
            }
            text += "\n"
        }
        return text
    }
}

private extension String {
    @_optimize(none)
    var trimmingTrailingWhitespace: String {
        var text = self
        while let last = text.last, last == " " || last == "\n" || last == "\t" { text.removeLast() }
        return text
    }
}
