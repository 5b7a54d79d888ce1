/// `help(obj)` as CPython's pydoc writes it to a terminal without a pager: functions and
/// methods with their signature and docstring, classes with their sections (methods, properties,
/// data descriptors, data, each "defined here" or "inherited from"), modules with their functions
/// and data, names given as strings, and `help()`'s interactive `help>` prompt.
///
/// Its functions are compiled without optimization (`@_optimize(none)`): Swift 6.3's optimizer
/// emitted invalid LLVM IR ("Invalid bitcast") for code specialized from them, and `help` is
/// never on a hot path.
final class HelpUtility {
    unowned let interpreter: Interpreter

    init(interpreter: Interpreter) {
        self.interpreter = interpreter
    }

    /// The text `help(value)` prints (pydoc ends it with a blank line).
    @_optimize(none)
    func document(_ value: Value) throws -> String {
        if let request = value.asObject as? PyStr, value.type === BuiltinTypes.str {
            return try document(named: request.value.strippedOfWhitespace)
        }
        return try render(value) + "\n"
    }

    @_optimize(none)
    private func render(_ value: Value) throws -> String {
        switch value.asObject {
        case let function as PyFunction:
            return "Help on function \(function.name) in module \(module(of: function)):\n\n" + routine(function, name: function.name)
        case let builtin as PyBuiltinFunction:
            return "Help on built-in function \(builtin.name) in module \(builtinModule(builtin)):\n\n" + builtinRoutine(builtin, owner: nil)
        case let method as PyBoundMethod:
            return try boundMethod(method)
        case let type as PyType:
            return "Help on class \(type.name) in module \(type.moduleName):\n\n" + (try classDocument(type))
        case let module as PyModule:
            return "Help on module \(module.name):\n\n" + (try moduleDocument(module))
        default:
            return try instanceDocument(value.type)
        }
    }

    /// An object that is not a routine, class or module: pydoc shows its class.
    @_optimize(none)
    private func instanceDocument(_ type: PyType) throws -> String {
        let title = type.isBuiltin ? "Help on \(type.name) object:" : "Help on \(type.name) in module \(type.moduleName) object:"
        return title + "\n\n" + (try classDocument(type))
    }

    /// A string names a builtin, a module, or a dotted path into a module, as pydoc's `locate`.
    @_optimize(none)
    private func document(named name: String) throws -> String {
        if let value = interpreter.builtins[name] { return try render(value) + "\n" }
        // The constants are keywords and objects: pydoc documents their class.
        if name == "True" || name == "False" { return try instanceDocument(BuiltinTypes.bool) + "\n" }
        if name == "None" { return try instanceDocument(BuiltinTypes.noneType) + "\n" }
        if HelpUtility.keywords.contains(name) {
            return "Help on the keyword '\(name)' is in the language reference: https://docs.python.org/3.11/reference/\n\n"
        }
        let parts = name.split(separator: ".").map(String.init)
        for split in stride(from: parts.count, to: 0, by: -1) {
            guard let module = try? interpreter.importModule(parts[0..<split].joined(separator: "."), returnTopLevel: false) else { continue }
            var value: Value = .object(module)
            var found = true
            for part in parts[split...] {
                guard let next = try? interpreter.getAttribute(value, part) else { found = false; break }
                value = next
            }
            if found { return try render(value) + "\n" }
        }
        return "No Python documentation found for \(try interpreter.repr(.str(name))).\n"
            + "Use help() to get the interactive help utility.\nUse help(str) for help on the str class.\n\n"
    }

    // MARK: Routines

    @_optimize(none)
    private func module(of function: PyFunction) -> String {
        function.globals["__name__"]?.stringValue ?? "__main__"
    }

    @_optimize(none)
    private func builtinModule(_ builtin: PyBuiltinFunction) -> String {
        let qualified = builtin.qualifiedName
        guard let dot = qualified.lastIndex(of: ".") else { return "builtins" }
        return String(qualified[..<dot])
    }

    /// `name(signature)` and the docstring indented under it.
    @_optimize(none)
    private func routine(_ function: PyFunction, name: String, droppingFirst: Bool = false, note: String = "") -> String {
        var text = name + signature(function, droppingFirst: droppingFirst) + note + "\n"
        if let doc = docstring(of: function, named: name) { text += indent(doc) + "\n" }
        return text
    }

    @_optimize(none)
    private func builtinRoutine(_ builtin: PyBuiltinFunction, owner: String?) -> String {
        var parameters = builtin.signatureText ?? "(...)"
        if owner != nil {
            parameters = parameters.replacingFirst("(self, ", with: "(").replacingFirst("(self)", with: "()")
        }
        var text = builtin.name + parameters + (owner.map { " method of \($0) instance" } ?? "") + "\n"
        if let doc = nativeDoc(builtin) { text += indent(HelpUtility.cleanDocstring(doc)) + "\n" }
        return text
    }

    /// A native function's own docstring, else its reference's (CPython's for builtins).
    @_optimize(none)
    func nativeDoc(_ builtin: PyBuiltinFunction) -> String? {
        if let doc = builtin.doc, !doc.isEmpty { return doc }
        return interpreter.docstring(forAny: [builtin.qualifiedName])
    }

    @_optimize(none)
    private func boundMethod(_ method: PyBoundMethod) throws -> String {
        let receiverType = method.receiver.type
        let owner = receiverType.isBuiltin && receiverType.moduleName == "builtins"
            ? "builtins.\(receiverType.name)" : "\(receiverType.moduleName).\(receiverType.qualifiedName)"
        switch method.function.asObject {
        case let function as PyFunction:
            return "Help on method \(function.name) in module \(module(of: function)):\n\n"
                + routine(function, name: function.name, droppingFirst: true, note: " method of \(owner) instance")
        case let builtin as PyBuiltinFunction:
            return "Help on built-in function \(builtin.name):\n\n" + builtinRoutine(builtin, owner: owner)
        default:
            return "Help on method:\n\n" + (try interpreter.repr(.object(method))) + "\n"
        }
    }

    /// `(a, b=2, /, c=3, *args, d, e=5, **kw)` from the code object and the defaults.
    @_optimize(none)
    func signature(_ function: PyFunction, droppingFirst: Bool = false) -> String {
        let code = function.code
        let names = code.localNames
        var parameters: [String] = []
        let positional = code.argumentCount
        let firstDefault = positional - function.defaults.count
        for index in 0..<min(positional, names.count) {
            var parameter = names[index]
            if index >= firstDefault, let text = try? interpreter.repr(function.defaults[index - firstDefault]) {
                parameter += "=" + text
            }
            parameters.append(parameter)
            if code.positionalOnlyCount > 0 && index == code.positionalOnlyCount - 1 { parameters.append("/") }
        }
        var next = positional + code.keywordOnlyCount
        if code.flags.contains(.varArgs), next < names.count {
            parameters.append("*" + names[next])
            next += 1
        } else if code.keywordOnlyCount > 0 {
            parameters.append("*")
        }
        for index in positional..<min(positional + code.keywordOnlyCount, names.count) {
            let name = names[index]
            if let value = function.keywordDefaults[name], let text = try? interpreter.repr(value) {
                parameters.append(name + "=" + text)
            } else {
                parameters.append(name)
            }
        }
        if code.flags.contains(.varKeywords), next < names.count { parameters.append("**" + names[next]) }
        if droppingFirst, !parameters.isEmpty {
            parameters.removeFirst()
            if parameters.first == "/" { parameters.removeFirst() }
        }
        return "(" + parameters.joined(separator: ", ") + ")"
    }

    /// The function's docstring, or (as `inspect.getdoc` does for a method) the docstring of the
    /// method it overrides; `object`'s methods answer with CPython's words.
    @_optimize(none)
    func docstring(of function: PyFunction, named name: String) -> String? {
        if let doc = function.code.docstring { return HelpUtility.cleanDocstring(doc) }
        guard let owner = function.definingClass else { return nil }
        for base in owner.mro.dropFirst() {
            if let inherited = base.ownDictionary[name]?.asObject as? PyFunction, let doc = inherited.code.docstring {
                return HelpUtility.cleanDocstring(doc)
            }
        }
        return HelpUtility.objectMethodDocs[name]
    }

    /// `keyword.kwlist`: pydoc answers these from its topics, which Tessera does not carry.
    static let keywords: Set<String> = [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
        "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
        "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    ]

    /// What CPython's `object` says of the methods every class inherits.
    static let objectMethodDocs: [String: String] = [
        "__init__": "Initialize self.  See help(type(self)) for accurate signature.",
        "__repr__": "Return repr(self).", "__str__": "Return str(self).", "__hash__": "Return hash(self).",
        "__eq__": "Return self==value.", "__ne__": "Return self!=value.", "__lt__": "Return self<value.",
        "__le__": "Return self<=value.", "__gt__": "Return self>value.", "__ge__": "Return self>=value.",
        "__call__": "Call self as a function.", "__len__": "Return len(self).", "__iter__": "Implement iter(self).",
        "__next__": "Implement next(self).", "__getitem__": "Return self[key].", "__setitem__": "Set self[key] to value.",
        "__delitem__": "Delete self[key].", "__contains__": "Return bool(key in self).",
        "__getattr__": "Implement getattr(self, name).", "__setattr__": "Implement setattr(self, name, value).",
        "__add__": "Return self+value.", "__sub__": "Return self-value.", "__mul__": "Return self*value.",
        "__truediv__": "Return self/value.", "__bool__": "True if self else False",
    ]

    /// `inspect.cleandoc`: the first line without its indent, the others without their common
    /// indent, no blank lines at either end.
    @_optimize(none)
    static func cleanDocstring(_ doc: String) -> String {
        var lines = doc.expandingTabs.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard !lines.isEmpty else { return "" }
        lines[0] = lines[0].strippedOfWhitespace
        let margin = lines.dropFirst().filter { !$0.strippedOfWhitespace.isEmpty }
            .map { $0.prefix { $0 == " " }.count }.min() ?? 0
        for index in lines.indices.dropFirst() { lines[index] = String(lines[index].dropFirst(min(margin, lines[index].prefix { $0 == " " }.count))) }
        while let first = lines.first, first.strippedOfWhitespace.isEmpty { lines.removeFirst() }
        while let last = lines.last, last.strippedOfWhitespace.isEmpty { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    @_optimize(none)
    func indent(_ text: String, by prefix: String = "    ") -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { prefix + $0 }.joined(separator: "\n")
    }
}

private extension String {
    @_optimize(none)
    var strippedOfWhitespace: String {
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" || first == "\n" || first == "\r" { slice.removeFirst() }
        while let last = slice.last, last == " " || last == "\t" || last == "\n" || last == "\r" { slice.removeLast() }
        return String(slice)
    }

    @_optimize(none)
    var expandingTabs: String {
        guard contains("\t") else { return self }
        var result = ""
        var column = 0
        for character in self {
            if character == "\t" {
                let spaces = 8 - column % 8
                result += String(repeating: " ", count: spaces)
                column += spaces
            } else {
                result.append(character)
                column = character == "\n" ? 0 : column + 1
            }
        }
        return result
    }

    /// The text with the first occurrence of `target` (scalar by scalar) replaced.
    @_optimize(none)
    func replacingFirst(_ target: String, with replacement: String) -> String {
        let scalars = Array(unicodeScalars), wanted = Array(target.unicodeScalars)
        guard !wanted.isEmpty, scalars.count >= wanted.count else { return self }
        for start in 0...(scalars.count - wanted.count) where Array(scalars[start..<(start + wanted.count)]) == wanted {
            var result = String.UnicodeScalarView()
            result.append(contentsOf: scalars[..<start])
            result.append(contentsOf: replacement.unicodeScalars)
            result.append(contentsOf: scalars[(start + wanted.count)...])
            return String(result)
        }
        return self
    }
}
