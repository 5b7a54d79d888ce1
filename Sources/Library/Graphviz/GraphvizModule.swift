import Foundation
import Interpreter

/// `_tessera_graphviz`: the native half of the `graphviz` package (Sources/Library/Python/graphviz),
/// which renders DOT text with libgvc where the Python package would run the `dot` program.
enum GraphvizModule {
    static func make(_ interpreter: Interpreter) throws -> PyModule {
        interpreter.makeModule("_tessera_graphviz") { ns in
            // Graphviz's message becomes a RuntimeError here; the Python side turns it into
            // `graphviz.CalledProcessError`, as the `dot` program's failure would be.
            ns.function("render", "source, engine, format") { i, a in
                let source = try i.stringArgument(a[0])
                let engine = try i.stringArgument(a[1])
                let format = try i.stringArgument(a[2])
                do {
                    return .object(PyBytes(try GraphvizRenderer.render(source, engine: engine, format: format)))
                } catch let error as GraphvizRenderer.RenderError {
                    throw PyException(BuiltinTypes.runtimeError, error.message)
                }
            }
            // `render` writes the drawing; the Python side has no binary file writes.
            ns.function("write_bytes", "path, data") { i, a in
                let path = try OSModule.pathString(a[0], i)
                guard let bytes = a[1].asObject as? PyBytes else {
                    throw PyException(BuiltinTypes.typeError, "write_bytes: data must be bytes, not \(a[1].typeName)")
                }
                guard FileManager.default.createFile(atPath: path, contents: Data(bytes.bytes)) else {
                    throw PyException(BuiltinTypes.osError, "could not write \(path)")
                }
                return .none
            }
        }
    }
}
