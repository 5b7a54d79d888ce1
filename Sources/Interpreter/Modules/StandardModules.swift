/// Registers the standard-library modules: the native ones, and those written in Python
/// (`Sources/Interpreter/Python`, embedded at build time).
enum StandardModules {
    static func register(in interpreter: Interpreter) {
        interpreter.moduleProviders["sys"] = SysModule.make
        interpreter.moduleProviders["math"] = MathModule.make
        interpreter.moduleProviders["time"] = TimeModule.make
        interpreter.moduleProviders["_random"] = RandomCoreModule.make
        interpreter.moduleProviders["_itertools"] = ItertoolsModule.make
        interpreter.moduleProviders["_functools"] = FunctoolsModule.make
        interpreter.moduleProviders["_operator"] = OperatorModule.make
        interpreter.moduleProviders["_collections"] = CollectionsModule.make
        PythonSourceModule.register(EmbeddedPythonSources.modules, in: interpreter)
    }
}

/// Building blocks for native modules.
extension Interpreter {
    /// A module object whose namespace falls back to the builtins.
    public func makeModule(_ name: String, doc: String? = nil, _ build: (Namespace) throws -> Void) rethrows -> PyModule {
        let namespace = makeNamespace(moduleName: name)
        if let doc { namespace["__doc__"] = .str(doc) }
        try build(namespace)
        return PyModule(name: name, namespace: namespace)
    }
}

extension Namespace {
    /// Defines a native function in a module namespace.
    public func function(_ name: String, _ signature: String, doc: String? = nil, _ body: @escaping (Interpreter, [Value]) throws -> Value) {
        self[name] = .object(PyBuiltinFunction(name, signature, doc: doc, body))
    }
}
