/// Docstrings of native functions for `obj?` and `help()`. Native functions are defined in Swift
/// without their reference's documentation; the text comes from generated Python modules that
/// hold a `DOCS` dict (`_builtin_docs` for builtins, from CPython; a library adds its own, such
/// as PyTorch's). They are imported only when help is asked for, so start-up pays nothing.
extension Interpreter {
    /// Adds a module whose `DOCS` dict maps qualified names (`len`, `list.append`, `torch.cat`)
    /// to docstrings.
    public func registerDocstrings(module name: String) {
        docstringSources.modules.append(name)
    }

    /// The docstring of the first of `names` that one of the registered modules knows.
    public func docstring(forAny names: [String]) -> String? {
        let sources = docstringSources
        for module in sources.modules {
            let table: PyDict
            if let loaded = sources.tables[module] {
                table = loaded
            } else {
                guard let imported = try? importModule(module, returnTopLevel: false),
                      let docs = imported.namespace["DOCS"]?.asObject as? PyDict else { continue }
                sources.tables[module] = docs
                table = docs
            }
            for name in names {
                if let text = table[name]?.stringValue { return text }
            }
        }
        return nil
    }

    private var docstringSources: DocstringSources {
        let key = "docstringSources"
        if let sources = moduleState[key] as? DocstringSources { return sources }
        let sources = DocstringSources()
        moduleState[key] = sources
        return sources
    }
}

/// The docstring modules of one interpreter and the tables already read.
final class DocstringSources {
    var modules = ["_builtin_docs"]
    var tables: [String: PyDict] = [:]
}
