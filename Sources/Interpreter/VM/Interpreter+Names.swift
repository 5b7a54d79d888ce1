/// Name lookup for class bodies (`loadName`/`storeName`) and imports.
extension Interpreter {
    func loadName(_ name: String, frame: Frame) throws -> Value {
        if let namespace = frame.namespace, let value = namespace[name] { return value }
        if let value = frame.globals[name] { return value }
        if let value = builtins[name] { return value }
        throw nameError(name)
    }

    func storeName(_ name: String, _ value: Value, frame: Frame) {
        if let namespace = frame.namespace { namespace[name] = value } else { frame.globals[name] = value }
    }

    func deleteName(_ name: String, frame: Frame) throws {
        if let namespace = frame.namespace {
            guard namespace.storage.removeValue(forKey: HashKey(.str(name))) != nil else { throw nameError(name) }
            return
        }
        guard frame.globals[name] != nil else { throw nameError(name) }
        frame.globals[name] = nil
    }

    /// `import a.b.c`: loads each package on the way. Returns the top-level package (for
    /// `import a.b`, which binds `a`) or the leaf module (for `import a.b as c` and `from`).
    public func importModule(_ name: String, returnTopLevel: Bool) throws -> PyModule {
        let parts = name.split(separator: ".").map(String.init)
        var path = ""
        var top: PyModule?
        var current: PyModule?
        for part in parts {
            path = path.isEmpty ? part : path + "." + part
            let module = try loadModule(path)
            if let parent = current, parent.namespace[part] == nil {
                parent.namespace[part] = .object(module)
            }
            if top == nil { top = module }
            current = module
        }
        guard let leaf = current, let first = top else {
            throw PyException(BuiltinTypes.moduleNotFoundError, "No module named '\(name)'")
        }
        return returnTopLevel ? first : leaf
    }

    func loadModule(_ name: String) throws -> PyModule {
        if let module = modules[name] { return module }
        guard let provider = moduleProviders[name] else {
            if let module = try loadSourceModule(name) { return module }
            let exception = PyException(BuiltinTypes.moduleNotFoundError, "No module named '\(name)'")
            exception.attributes["name"] = .str(name)
            throw exception
        }
        // A provider that (indirectly) imports its own module would recurse forever.
        let loadingKey = "loading:" + name
        if moduleState[loadingKey] != nil {
            throw PyException(BuiltinTypes.importError, "cannot import name '\(name)' (most likely due to a circular import)")
        }
        moduleState[loadingKey] = PyInstance(type: BuiltinTypes.object)
        defer { moduleState[loadingKey] = nil }
        let module = try provider(self)
        modules[name] = module
        return module
    }

    /// `from module import name`: an attribute, or a submodule.
    func importFrom(_ module: PyModule, _ name: String) throws -> Value {
        if let value = module.namespace[name] { return value }
        if let submodule = try? importModule(module.name + "." + name, returnTopLevel: false) {
            return .object(submodule)
        }
        throw PyException(BuiltinTypes.importError, "cannot import name '\(name)' from '\(module.name)'")
    }

    /// The names `from module import *` binds: `__all__`, or every name not starting with `_`.
    func publicNames(of module: PyModule) -> [String] {
        if case .object(let o) = module.namespace["__all__"] ?? .none {
            let items = (o as? PyList)?.items ?? (o as? PyTuple)?.items ?? []
            return items.compactMap { ($0.asObject as? PyStr)?.value }
        }
        return module.namespace.boundNames.filter { !$0.hasPrefix("_") }
    }
}
