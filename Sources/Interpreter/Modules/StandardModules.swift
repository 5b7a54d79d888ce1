/// Registers the standard-library modules implemented natively.
enum StandardModules {
    static func register(in interpreter: Interpreter) {
        interpreter.moduleProviders["sys"] = SysModule.make
        interpreter.moduleProviders["math"] = MathModule.make
        interpreter.moduleProviders["time"] = TimeModule.make
        PythonSourceModule.register("statistics", source: SmallModules.statistics, in: interpreter)
        PythonSourceModule.register("timeit", source: SmallModules.timeit, in: interpreter)
        PythonSourceModule.register("gc", source: SmallModules.gc, in: interpreter)
        interpreter.moduleProviders["_random"] = RandomCoreModule.make
        // Modules written in Python (see PythonSourceModule).
        PythonSourceModule.register("functools", source: FunctoolsModule.source, in: interpreter)
        PythonSourceModule.register("itertools", source: ItertoolsModule.source, in: interpreter)
        PythonSourceModule.register("operator", source: OperatorModule.source, in: interpreter)
        PythonSourceModule.register("collections", source: CollectionsModule.source, in: interpreter)
        PythonSourceModule.register("string", source: StringModule.source, in: interpreter)
        PythonSourceModule.register("random", source: RandomModule.source, in: interpreter)
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
