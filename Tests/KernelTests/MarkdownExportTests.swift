import Foundation
import XCTest
@testable import Kernel

/// Markdown cells rendered by cmark-gfm: the HTML of exports (compared with GitHub's cmark-gfm on
/// a corpus of fastbook cells), the raw-HTML allow-list, maths, and the terminal rendering.
final class MarkdownExportTests: XCTestCase {
    /// Element names, the attributes Tessera keeps, and text with whitespace collapsed: what a
    /// reader sees, without the formatting differences between renderers (`<hr />` or `<hr>`,
    /// attribute order, line breaks between block tags).
    static let tag = try? NSRegularExpression(pattern: "<(/?)([A-Za-z][A-Za-z0-9]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>")
    static let attribute = try? NSRegularExpression(pattern: "(src|alt|width|height|href)=\"([^\"]*)\"")

    static func structure(_ html: String) throws -> String {
        let tag = try XCTUnwrap(Self.tag), attribute = try XCTUnwrap(Self.attribute)
        let text = html as NSString
        var out: [String] = []
        var last = 0
        func addText(_ range: NSRange) {
            let collapsed = text.substring(with: range).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            if !collapsed.isEmpty { out.append(collapsed) }
        }
        for match in tag.matches(in: html, range: NSRange(location: 0, length: text.length)) {
            addText(NSRange(location: last, length: match.range.location - last))
            last = match.range.location + match.range.length
            let name = text.substring(with: match.range(at: 2)).lowercased()
            let attributes = text.substring(with: match.range(at: 3))
            let kept = attribute.matches(in: attributes, range: NSRange(location: 0, length: (attributes as NSString).length)).map {
                (attributes as NSString).substring(with: $0.range)
            }.sorted()
            out.append("<" + text.substring(with: match.range(at: 1)) + ([name] + kept).joined(separator: " ") + ">")
        }
        addText(NSRange(location: last, length: text.length - last))
        return out.joined(separator: "\n")
    }

    func testCorpusHasTheStructureGitHubsCmarkGFMGives() throws {
        XCTAssertGreaterThan(MarkdownReference.cases.count, 60)
        for (markdown, reference) in MarkdownReference.cases {
            let html = Markdown.html(markdown)
            XCTAssertEqual(try Self.structure(html), try Self.structure(reference), "cell:\n\(markdown)\n\nTessera:\n\(html)\nreference:\n\(reference)")
        }
    }

    func testParagraphsReflowAndGitHubExtensionsRender() {
        let html = Markdown.html("the *fastai and\nPyTorch* libraries\n\n| a | b |\n|---|:-:|\n| 1 | ~~2~~ |\n\n- [x] done\n- nested\n  1. one\n\nSee www.fast.ai and a note.[^n]\n\n[^n]: A note.")
        XCTAssertFalse(html.contains("<br"), html)
        XCTAssertTrue(html.contains("<p>the <em>fastai and\nPyTorch</em> libraries</p>"), html)
        XCTAssertTrue(html.contains("<th>a</th>") && html.contains("<td align=\"center\"><del>2</del></td>"), html)
        XCTAssertTrue(html.contains("<input type=\"checkbox\" checked=\"\" disabled=\"\" /> done"), html)
        XCTAssertTrue(html.contains("<li>nested\n<ol>\n<li>one</li>\n</ol>\n</li>"), html)
        XCTAssertTrue(html.contains("<a href=\"http://www.fast.ai\">www.fast.ai</a>"), html)
        XCTAssertTrue(html.contains("<section class=\"footnotes\""), html)
        XCTAssertEqual(Markdown.html("## A *b* and snake_case_name\n\n- one\n- two\n\n```\n<code>\n```"),
                       "<h2>A <em>b</em> and snake_case_name</h2>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n<pre><code>&lt;code&gt;\n</code></pre>\n")
    }

    func testMathsIsKeptVerbatimAndEscaped() {
        let html = Markdown.html("Mean of $x_1$ and $x_2$ is $\\frac{x_1 + x_2}{2}$, $a<b$; not maths: $5 and $10, `$c_1$`.\n\n$$\\sum_{i=1}^n w_i x_i$$")
        XCTAssertFalse(html.contains("<em>"), html)
        XCTAssertTrue(html.contains("$x_1$ and $x_2$ is $\\frac{x_1 + x_2}{2}$, $a&lt;b$; not maths: $5 and $10, <code>$c_1$</code>."), html)
        XCTAssertTrue(html.contains("<p>$$\\sum_{i=1}^n w_i x_i$$</p>"), html)
        // An escaped dollar is a dollar, and emphasis outside maths still works.
        XCTAssertTrue(Markdown.html("\\$x_1\\$ *and* $y$").contains("$x_1$ <em>and</em> $y$"))
        XCTAssertEqual(Markdown.terminal("Loss $L_i = (y_i - p_i)^2$", styled: false), "Loss $L_i = (y_i - p_i)^2$")
    }

    func testPathologicalCellsRenderQuickly() {
        // Unmatched markers line after line: each is looked for only within its paragraph.
        let lines = (0..<2000).map { "`a $b <c &d *e _f [g " + String(repeating: "`", count: $0 % 7 + 1) }
        let start = Date()
        let html = Markdown.html(lines.joined(separator: "\n\n"))
        XCTAssertEqual(html.components(separatedBy: "<p>").count, 2001)
        XCTAssertLessThan(Date().timeIntervalSince(start), 5, "rendering took too long")
    }

    func testRawHTMLKeepsOnlyTheAllowList() {
        let cases: [(markdown: String, expected: String)] = [
            ("a <script>alert(1)</script> b", "<p>a &lt;script&gt;alert(1)&lt;/script&gt; b</p>"),
            ("<script>\nalert(1)\n</script>", "&lt;script&gt;\nalert(1)\n&lt;/script&gt;"),
            ("<img src=x onerror=alert(1)>", "<img src=\"x\">"),
            ("<img src=\"javascript:alert(1)\" alt=\"a\">", "<img src=\"#\" alt=\"a\">"),
            ("<img src=\"java&#115;cript:alert(1)\">", "<img src=\"#\">"),
            ("<img src=\"data:text/html;base64,PHNjcmlwdD4=\">", "<img src=\"#\">"),
            ("<img src=\"data:image/png;base64,iVBO\" alt=\"px\">", "<img src=\"data:image/png;base64,iVBO\" alt=\"px\">"),
            ("<IMG SRC=\"images/x.png\" ALT=\"Up\" width=\"600\" height=\"50%\" style=\"x\" id=\"i\" caption=\"c\">",
             "<img src=\"images/x.png\" alt=\"Up\" width=\"600\" height=\"50%\">"),
            ("<img src=\"a.png\" width=\"expression(alert(1))\">", "<img src=\"a.png\">"),
            ("<img src=\"a.png\" alt='\"><script>alert(1)</script>'>", "<img src=\"a.png\" alt=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\">"),
            ("x <a href=\"javascript:alert(1)\" onclick=\"y\">l</a>", "<p>x <a href=\"#\">l</a></p>"),
            ("x <a href=\"https://fast.ai\" target=\"_blank\">l</a>", "<p>x <a href=\"https://fast.ai\">l</a></p>"),
            ("[l](javascript:alert(1)) [m](JaVaScRiPt:alert(1)) ![i](vbscript:x)", "<p><a href=\"#\">l</a> <a href=\"#\">m</a> <img src=\"#\" alt=\"i\" /></p>"),
            ("<iframe src=\"https://evil.example\"></iframe>", "&lt;iframe src=&quot;https://evil.example&quot;&gt;&lt;/iframe&gt;"),
            ("<svg onload=alert(1)>", "&lt;svg onload=alert(1)&gt;"),
            ("H<sub style=\"color:red\" onmouseover=\"x\">2</sub>O x<sup>2</sup> a<br/>b </br>", "<p>H<sub>2</sub>O x<sup>2</sup> a<br>b </p>"),
            ("<div>\n<!-- hidden -->\n&nbsp;text & more\n</div>", "&lt;div&gt;\n\n&nbsp;text &amp; more\n&lt;/div&gt;"),
            ("<img src=\"x.png\" alt=\"unterminated", "<p>&lt;img src=&quot;x.png&quot; alt=&quot;unterminated</p>"),
        ]
        for (markdown, expected) in cases {
            let html = Markdown.html(markdown)
            XCTAssertTrue(html.contains(expected), "\(markdown)\n→ \(html)")
            let lower = html.lowercased()
            XCTAssertFalse(lower.contains("<script") || lower.contains("<iframe") || lower.contains("<svg"), html)
            XCTAssertFalse(lower.contains("javascript:") || lower.contains("vbscript:"), html)
            XCTAssertNil(lower.range(of: "<[^>]*\\son[a-z]+=", options: .regularExpression), html)
        }
    }

    func testExportKeepsTheContentSecurityPolicy() {
        var drawing = DisplayData(plainText: "<graphviz.sources.Source object>")
        let svg = "<svg onload=\"alert(1)\"><text>init</text></svg>"
        drawing["image/svg+xml"] = .text(svg)
        let notebook = Notebook(cells: [
            NotebookCell(kind: .markdown, source: "<img src=\"https://example.com/a.png\" width=\"300\">"),
            NotebookCell(kind: .code, source: "gv('a->b')", outputs: [.executeResult(executionCount: 1, data: drawing)], executionCount: 1),
        ])
        let html = NotebookExporter.export(notebook, format: .html, title: "t").text
        // An SVG output is embedded only as an image, which cannot run its script.
        XCTAssertTrue(html.contains("<img class=\"output\" alt=\"output image\" src=\"data:image/svg+xml;base64,\(Data(svg.utf8).base64EncodedString())\">"), html)
        XCTAssertFalse(html.contains("<svg"), html)
        XCTAssertTrue(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data: https: http:; style-src 'unsafe-inline'\">"))
        XCTAssertTrue(html.contains("<img src=\"https://example.com/a.png\" width=\"300\">"), html)
    }

    func testRunnerShowsMarkdownCellsWhenAskedTo() throws {
        let notebook = Notebook(cells: [NotebookCell(kind: .markdown, source: "## Steps\n\n- *init*"), NotebookCell(kind: .code, source: "1 + 1")])
        func transcript(_ renderer: ((String) -> String)?) throws -> String {
            try onInterpreterThread {
                var text = ""
                let runner = NotebookRunner(session: Session(extensions: KernelExtensions()))
                runner.transcript = { text += $0 }
                runner.markdownRenderer = renderer
                _ = runner.run(notebook)
                return text
            }
        }
        XCTAssertEqual(try transcript { Markdown.terminal($0, styled: false) }, "Steps\n-----\n\n• init\n\nIn [1]: 1 + 1\nOut[1]: 2\n\n")
        XCTAssertEqual(try transcript(nil), "In [1]: 1 + 1\nOut[1]: 2\n\n")
    }

    func testTerminalRendering() {
        let styled = Markdown.terminal("# Title\n\nSome *em*, **bold**, ~~old~~ and `code`.", styled: true)
        XCTAssertTrue(styled.hasPrefix("\u{1B}[1;4mTitle\u{1B}[22;24m\n"), styled)
        XCTAssertTrue(styled.contains("Some \u{1B}[3mem\u{1B}[23m, \u{1B}[1mbold\u{1B}[22m, \u{1B}[9mold\u{1B}[29m and \u{1B}[36mcode\u{1B}[39m."), styled)
        XCTAssertFalse(styled.contains("*") || styled.contains("`"), styled)

        XCTAssertEqual(Markdown.terminal("# Title\nSome **bold**\nreflowed\n```\ncode\n```", styled: false),
                       "Title\n=====\n\nSome bold reflowed\n\n    code")
        XCTAssertEqual(Markdown.terminal("- one\n- two\n  1. deep\n  2. deeper\n- [x] done", styled: false),
                       "• one\n• two\n  1. deep\n  2. deeper\n• [x] done")
        XCTAssertEqual(Markdown.terminal("| a | bb |\n|---|---|\n| ccc | d |", styled: false),
                       "a   │ bb\n────┼───\nccc │ d ")
        XCTAssertEqual(Markdown.terminal("> quoted\n\nSee [fast.ai](https://www.fast.ai) and ![pic](a.png)", styled: false),
                       "│ quoted\n\nSee fast.ai (https://www.fast.ai) and [image: pic]")
    }
}

/// A markdown cell's single newlines are soft breaks: the HTML keeps them as whitespace inside
/// one paragraph, so the browser reflows the text as Jupyter shows it (no `<br>`).
final class MarkdownSoftBreakTests: XCTestCase {
    func testSoftBreaksStayInOneParagraph() {
        XCTAssertEqual(Markdown.html("one line\nand the next"), "<p>one line\nand the next</p>\n")
        XCTAssertEqual(Markdown.html("hard  \nbreak"), "<p>hard<br />\nbreak</p>\n")
    }
}
