import CMarkGFM
import Foundation

/// Markdown cells as terminal text (`tessera step`, `tessera run`), from the same cmark-gfm tree
/// as the HTML: headings, emphasis, code, links, lists, quotes and tables laid out for a
/// monospace screen. With `styled`, ANSI attributes mark them (bold headings, italic emphasis,
/// cyan code); without, the layout alone carries the structure (for pipes and logs). Maths
/// stays its TeX text.
extension Markdown {
    public static func terminal(_ markdown: String, styled: Bool) -> String {
        guard let document = MarkdownDocument(markdown) else { return markdown }
        let renderer = TerminalMarkdown(styled: styled)
        return renderer.blocks(MarkdownDocument.children(document.root)).joined(separator: "\n")
    }
}

struct TerminalMarkdown {
    var styled: Bool

    /// Each style is ended by its own "off" code rather than a full reset, so that code or
    /// emphasis inside a heading leaves the heading bold after it.
    static let off = ["1": "22", "2": "22", "3": "23", "4": "24", "9": "29", "36": "39", "1;4": "22;24"]

    func style(_ text: String, _ code: String) -> String {
        styled && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[\(Self.off[code] ?? "0")m" : text
    }

    /// Blocks separated by blank lines, as lines.
    func blocks(_ nodes: [OpaquePointer]) -> [String] {
        var lines: [String] = []
        for node in nodes {
            let rendered = block(node)
            if rendered.isEmpty { continue }
            if !lines.isEmpty { lines.append("") }
            lines += rendered
        }
        return lines
    }

    func block(_ node: OpaquePointer) -> [String] {
        let type = MarkdownDocument.type(node)
        let children = MarkdownDocument.children(node)
        switch type {
        case CMARK_NODE_HEADING:
            let text = inlines(children)
            let level = Int(cmark_node_get_heading_level(node))
            var lines = [style(text, level == 1 ? "1;4" : "1")]
            if level <= 2 {
                lines.append(style(String(repeating: level == 1 ? "=" : "-", count: visibleWidth(text)), "2"))
            }
            return lines
        case CMARK_NODE_PARAGRAPH:
            return inlines(children).components(separatedBy: "\n")
        case CMARK_NODE_CODE_BLOCK:
            var code = MarkdownDocument.literal(node) ?? ""
            if code.hasSuffix("\n") { code.removeLast() }
            return code.components(separatedBy: "\n").map { "    " + style($0, "36") }
        case CMARK_NODE_HTML_BLOCK:
            var html = MarkdownDocument.literal(node) ?? ""
            while html.hasSuffix("\n") { html.removeLast() }
            return html.components(separatedBy: "\n")
        case CMARK_NODE_THEMATIC_BREAK:
            return [style(String(repeating: "─", count: 40), "2")]
        case CMARK_NODE_BLOCK_QUOTE:
            return blocks(children).map { style("│ ", "2") + $0 }
        case CMARK_NODE_LIST:
            return list(node, items: children)
        case CMARK_NODE_FOOTNOTE_DEFINITION:
            let label = (cmark_node_get_literal(node).map { String(cString: $0) }) ?? ""
            return prefixed(blocks(children), first: "[\(label)]: ", rest: "    ")
        default:
            if MarkdownDocument.typeName(node) == "table" { return table(children) }
            return blocks(children)
        }
    }

    func list(_ node: OpaquePointer, items: [OpaquePointer]) -> [String] {
        let ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
        var number = Int(cmark_node_get_list_start(node))
        let tight = cmark_node_get_list_tight(node) != 0
        var lines: [String] = []
        for item in items {
            var marker = ordered ? "\(number). " : "• "
            if MarkdownDocument.typeName(item) == "tasklist" {
                marker += cmark_gfm_extensions_get_tasklist_item_checked(item) ? "[x] " : "[ ] "
            }
            number += 1
            let body = tight ? MarkdownDocument.children(item).flatMap(block) : blocks(MarkdownDocument.children(item))
            if !tight, !lines.isEmpty { lines.append("") }
            lines += prefixed(body, first: marker, rest: String(repeating: " ", count: ordered ? marker.count : 2))
        }
        return lines
    }

    func prefixed(_ lines: [String], first: String, rest: String) -> [String] {
        lines.enumerated().map { index, line in (index == 0 ? first : line.isEmpty ? "" : rest) + line }
    }

    /// Columns padded to their widest cell, the header row in bold and ruled off.
    func table(_ rows: [OpaquePointer]) -> [String] {
        let cells = rows.map { MarkdownDocument.children($0).map { inlines(MarkdownDocument.children($0)).replacingOccurrences(of: "\n", with: " ") } }
        let columns = cells.map(\.count).max() ?? 0
        var widths = [Int](repeating: 0, count: columns)
        for row in cells { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], visibleWidth(cell)) } }
        var lines: [String] = []
        for (r, row) in cells.enumerated() {
            let padded = (0..<columns).map { i -> String in
                let cell = i < row.count ? row[i] : ""
                let text = cell + String(repeating: " ", count: widths[i] - visibleWidth(cell))
                return r == 0 ? style(text, "1") : text
            }
            lines.append(padded.joined(separator: " │ "))
            if r == 0 { lines.append(style(widths.map { String(repeating: "─", count: $0) }.joined(separator: "─┼─"), "2")) }
        }
        return lines
    }

    func inlines(_ nodes: [OpaquePointer]) -> String {
        nodes.map(inline).joined()
    }

    func inline(_ node: OpaquePointer) -> String {
        let type = MarkdownDocument.type(node)
        let children = MarkdownDocument.children(node)
        switch type {
        case CMARK_NODE_TEXT, CMARK_NODE_HTML_INLINE:
            return MarkdownDocument.literal(node) ?? ""
        case CMARK_NODE_SOFTBREAK:
            // Jupyter reflows a paragraph; the terminal does the same with a space.
            return " "
        case CMARK_NODE_LINEBREAK:
            return "\n"
        case CMARK_NODE_CODE:
            return style(MarkdownDocument.literal(node) ?? "", "36")
        case CMARK_NODE_EMPH:
            return style(inlines(children), "3")
        case CMARK_NODE_STRONG:
            return style(inlines(children), "1")
        case CMARK_NODE_LINK:
            let text = inlines(children)
            let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            let shown = style(text, "4")
            return url.isEmpty || url == text || url == "mailto:" + text ? shown : shown + " (" + url + ")"
        case CMARK_NODE_IMAGE:
            return style("[image: " + inlines(children) + "]", "2")
        case CMARK_NODE_FOOTNOTE_REFERENCE:
            return "[" + (MarkdownDocument.literal(node) ?? "") + "]"
        default:
            if MarkdownDocument.typeName(node) == "strikethrough" { return style(inlines(children), "9") }
            return inlines(children)
        }
    }

    /// Characters a terminal shows, escape sequences left out.
    func visibleWidth(_ text: String) -> Int {
        ANSI.strip(text).count
    }
}
