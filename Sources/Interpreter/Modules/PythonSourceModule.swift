/// Standard-library modules written in Python (the interpreter's own subset) and embedded as
/// source text. The source is compiled and run in a fresh module namespace on first import.
public enum PythonSourceModule {
    /// A module provider that runs `source` as the module `name`.
    ///
    /// The module is entered in `interpreter.modules` before its code runs, as for `.py`
    /// imports, so modules that import each other see the partly initialised module instead of
    /// recursing; on an error it is removed again.
    public static func provider(_ name: String, source: String) -> (Interpreter) throws -> PyModule {
        return { interpreter in
            let namespace = interpreter.makeNamespace(moduleName: name)
            let module = PyModule(name: name, namespace: namespace)
            interpreter.modules[name] = module
            do {
                try interpreter.run(source, fileName: "<\(name)>", namespace: namespace)
            } catch {
                interpreter.modules[name] = nil
                throw error
            }
            return module
        }
    }

    /// Registers `source` as the provider of the module `name`.
    public static func register(_ name: String, source: String, in interpreter: Interpreter) {
        interpreter.moduleProviders[name] = provider(name, source: source)
    }
}
