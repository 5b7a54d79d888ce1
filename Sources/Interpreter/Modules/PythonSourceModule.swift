/// A module written in Python and embedded in the binary at build time (the EmbedPythonSources
/// plugin turns each target's `Python/` folder into an `EmbeddedPythonSources.modules` table).
/// `fileName` is the file's path in the repository: tracebacks and `__file__` name it, with the
/// file's real line numbers.
public typealias EmbeddedPythonModule = (name: String, fileName: String, isPackage: Bool, source: String)

/// Standard-library and library modules written in Python (the interpreter's own subset). A
/// module's source is compiled and run in a fresh module namespace on first import.
public enum PythonSourceModule {
    /// A module provider that runs `module.source` as the module `module.name`.
    ///
    /// The module is entered in `interpreter.modules` before its code runs, as for `.py`
    /// imports, so modules that import each other see the partly initialised module instead of
    /// recursing; on an error it is removed again.
    public static func provider(_ module: EmbeddedPythonModule) -> (Interpreter) throws -> PyModule {
        return { interpreter in
            let namespace = interpreter.makeNamespace(moduleName: module.name)
            namespace["__file__"] = .str(module.fileName)
            if module.isPackage {
                let folder = module.fileName.split(separator: "/").dropLast().joined(separator: "/")
                namespace["__path__"] = .object(PyList([.str(folder)]))
            }
            let pyModule = PyModule(name: module.name, namespace: namespace)
            interpreter.modules[module.name] = pyModule
            do {
                try interpreter.run(module.source, fileName: module.fileName, namespace: namespace)
            } catch {
                interpreter.modules[module.name] = nil
                throw error
            }
            return pyModule
        }
    }

    /// Registers each module as the provider of its name.
    public static func register(_ modules: [EmbeddedPythonModule], in interpreter: Interpreter) {
        for module in modules { interpreter.moduleProviders[module.name] = provider(module) }
    }
}
