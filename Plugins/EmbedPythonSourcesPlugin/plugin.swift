import Foundation
import PackagePlugin

/// Freezes a target's Python modules into its binary, as CPython freezes its start-up modules:
/// every `.py` file under the target's `Python/` folder becomes one entry of a generated Swift
/// table (`EmbeddedPythonSources.modules`), so the modules are real files for Python tooling and
/// tracebacks, yet `tessera` stays one self-contained executable and the Interpreter needs no
/// Foundation to find them at run time.
@main
struct EmbedPythonSourcesPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let root = target.directoryURL.appending(path: "Python")
        let files = pythonFiles(under: root)
        guard !files.isEmpty else { return [] }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedPythonSources.swift")
        let packageRoot = context.package.directoryURL.standardizedFileURL.path
        return [
            .buildCommand(
                displayName: "Embedding \(files.count) Python modules of \(target.name)",
                executable: try context.tool(named: "EmbedPythonSources").url,
                arguments: [output.path, root.path, packageRoot] + files.map(\.path),
                inputFiles: files,
                outputFiles: [output]),
        ]
    }

    /// The `.py` files below `root`, sorted so the generated table does not change between runs.
    private func pythonFiles(under root: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        var files: [URL] = []
        for case let url as URL in walker where url.pathExtension == "py" {
            files.append(url.standardizedFileURL)
        }
        return files.sorted { $0.path < $1.path }
    }
}
