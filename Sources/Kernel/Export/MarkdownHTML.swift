import CMarkGFM
import Foundation

/// Markdown cells as HTML for exports: cmark-gfm's HTML renderer over the parsed cell, after
/// raw HTML and URLs have been made safe.
///
/// Why the renderer runs with CMARK_OPT_UNSAFE: without it cmark-gfm drops every raw HTML node
/// (`<!-- raw HTML omitted -->`), so the allowed `<img width=...>` would be lost, and its one
/// escape hatch (custom nodes) is refused inside table cells. Instead every HTML_INLINE and
/// HTML_BLOCK node's text is replaced by its `HTMLAllowList.sanitize`d form, and every link and
/// image URL is passed through `URLPolicy` (the check that UNSAFE turns off in cmark-gfm), before
/// rendering. Those are the only node kinds that UNSAFE lets through unescaped; text, code and
/// attributes are still escaped by cmark-gfm itself.
public enum Markdown {
    public static func html(_ markdown: String) -> String {
        guard let document = MarkdownDocument(markdown) else { return "<pre>" + HTMLEscaping.escape(markdown) + "</pre>\n" }
        for node in document.nodes() {
            let type = MarkdownDocument.type(node)
            if type == CMARK_NODE_HTML_INLINE || type == CMARK_NODE_HTML_BLOCK {
                cmark_node_set_literal(node, HTMLAllowList.sanitize(MarkdownDocument.literal(node) ?? ""))
            } else if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE {
                let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                cmark_node_set_url(node, URLPolicy.safe(url, image: type == CMARK_NODE_IMAGE))
            }
        }
        guard let rendered = cmark_render_html(document.root, MarkdownDocument.parseOptions | CMARK_OPT_UNSAFE, document.extensions) else {
            return "<pre>" + HTMLEscaping.escape(markdown) + "</pre>\n"
        }
        defer { free(rendered) }
        return String(cString: rendered)
    }
}
