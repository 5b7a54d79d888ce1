import CGraphviz
import Foundation

/// DOT text laid out and drawn by Graphviz's own library (libgvc), in process: no `dot` binary
/// is run. Graphviz reports problems through a process-wide error callback and keeps global
/// parser state, so renders are serialized and each render's messages are collected here
/// instead of being printed to stderr.
enum GraphvizRenderer {
    struct RenderError: Error {
        /// Graphviz's own message, e.g. "Error: syntax error in line 1 near ';'".
        var message: String
    }

    private static let lock = NSLock()
    /// One context for the process: creating one loads the plugin configuration.
    nonisolated(unsafe) private static var context: OpaquePointer?
    /// Messages Graphviz reported during the current render (guarded by `lock`).
    nonisolated(unsafe) fileprivate static var messages = ""

    static let engines: Set<String> = ["dot", "neato", "fdp", "sfdp", "circo", "twopi", "osage", "patchwork"]

    /// The rendered bytes of `dot` in `format` ("svg", "png", "pdf", "plain", ...).
    static func render(_ dot: String, engine: String = "dot", format: String) throws -> [UInt8] {
        lock.lock()
        defer { lock.unlock() }
        messages = ""
        _ = agseterrf(collectMessage)
        guard engines.contains(engine) else { throw RenderError(message: "unknown engine: \(engine)") }
        if context == nil { context = gvContext() }
        guard let gvc = context else { throw RenderError(message: "Graphviz could not start (gvContext failed)") }
        // cgraph's scanner keeps its line count, and after a graph it read successfully the rest
        // of that text (its last newline), across calls; restart the count here and drain the
        // rest below, so an error names the line of the text it is about.
        agreadline(1)
        guard let graph = dot.withCString({ agmemread($0) }) else {
            throw RenderError(message: reported(orElse: "Error: could not read the DOT text"))
        }
        defer { agclose(graph) }
        for _ in 0..<100 {
            guard let extra = agmemread("") else { break }
            agclose(extra)
        }
        guard gvLayout(gvc, graph, engine) == 0 else {
            throw RenderError(message: reported(orElse: "Error: layout with \(engine) failed"))
        }
        defer { gvFreeLayout(gvc, graph) }
        var buffer: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        guard gvRenderData(gvc, graph, format, &buffer, &length) == 0, let buffer else {
            throw RenderError(message: reported(orElse: "Error: format \(format) could not be rendered"))
        }
        defer { gvFreeRenderData(buffer) }
        return buffer.withMemoryRebound(to: UInt8.self, capacity: Int(length)) { Array(UnsafeBufferPointer(start: $0, count: Int(length))) }
    }

    /// The errors collected so far, without the warnings (which Graphviz reports the same way).
    private static func reported(orElse fallback: String) -> String {
        let lines = messages.split(separator: "\n").map(String.init)
        let errors = lines.filter { !$0.hasPrefix("Warning") }
        let text = (errors.isEmpty ? lines : errors).joined(separator: "\n")
        return text.isEmpty ? fallback : text
    }
}

/// Graphviz's user error function: called instead of printing to stderr. It cannot capture
/// context (it is a C function pointer), hence the static buffer.
private func collectMessage(_ message: UnsafeMutablePointer<CChar>?) -> Int32 {
    if let message { GraphvizRenderer.messages += String(cString: message) }
    return 0
}
