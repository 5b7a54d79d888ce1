import CMarkGFM
import Foundation

/// A markdown cell parsed by cmark-gfm, GitHub's fork of the CommonMark reference parser (what
/// Jupyter's GitHub-flavoured rendering follows), with the GitHub extensions: tables,
/// strikethrough, autolinks, task lists and footnotes. Maths spans are protected from the parser
/// (`MathSpans`) and are text nodes again in the parsed tree.
final class MarkdownDocument {
    let parser: OpaquePointer
    let root: OpaquePointer

    /// cmark-gfm keeps its extensions in a process-wide registry; registering is done once.
    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    static let extensionNames = ["table", "strikethrough", "autolink", "tasklist"]
    static let parseOptions = CMARK_OPT_FOOTNOTES

    init?(_ markdown: String) {
        _ = Self.registered
        guard let parser = cmark_parser_new(Self.parseOptions) else { return nil }
        for name in Self.extensionNames {
            if let ext = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, ext) }
        }
        var maths = MathSpans()
        let protected = maths.protect(markdown)
        protected.withCString { cmark_parser_feed(parser, $0, strlen($0)) }
        guard let root = cmark_parser_finish(parser) else {
            cmark_parser_free(parser)
            return nil
        }
        self.parser = parser
        self.root = root
        restore(maths)
    }

    deinit {
        cmark_node_free(root)
        cmark_parser_free(parser)
    }

    /// The syntax extensions the parser used (the HTML renderer needs them for tables etc.).
    var extensions: UnsafeMutablePointer<cmark_llist>? { cmark_parser_get_syntax_extensions(parser) }

    /// Every node, in document order.
    func nodes() -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(root) else { return result }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) { result.append(node) }
        }
        return result
    }

    /// Puts the maths back wherever a placeholder ended up: text (where it belongs), but also
    /// code, raw HTML and URLs, where a `$` pair was never maths and must read as typed.
    private func restore(_ maths: MathSpans) {
        guard !maths.spans.isEmpty else { return }
        for node in nodes() {
            if let literal = Self.literal(node) {
                let restored = maths.restore(literal)
                if restored != literal { cmark_node_set_literal(node, restored) }
            }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE {
                if let url = cmark_node_get_url(node).map({ String(cString: $0) }), maths.restore(url) != url {
                    cmark_node_set_url(node, maths.restore(url))
                }
                if let title = cmark_node_get_title(node).map({ String(cString: $0) }), maths.restore(title) != title {
                    cmark_node_set_title(node, maths.restore(title))
                }
            }
        }
    }

    static func literal(_ node: OpaquePointer) -> String? {
        cmark_node_get_literal(node).map { String(cString: $0) }
    }

    static func type(_ node: OpaquePointer) -> cmark_node_type { cmark_node_get_type(node) }

    /// The type's name; extension nodes (tables, strikethrough, task items) are known by it, as
    /// cmark-gfm does not export their type values.
    static func typeName(_ node: OpaquePointer) -> String {
        cmark_node_get_type_string(node).map { String(cString: $0) } ?? ""
    }

    /// The node's children, in order.
    static func children(_ node: OpaquePointer) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            result.append(current)
            child = cmark_node_next(current)
        }
        return result
    }
}
