import Foundation

/// TeX maths in markdown cells (`$x_1$`, `$$\sum_i x_i$$`). Markdown must not read maths as
/// markup (`_` in `$a_1 + b_1$` is not emphasis), so, as the Jupyter front ends do before they
/// hand a cell to their markdown parser, each maths span is swapped for an opaque placeholder
/// first and put back, as plain text, in the parsed document. The renderers then escape it like
/// any text: the HTML keeps the `$` delimiters for MathJax, and the terminal shows the TeX.
struct MathSpans {
    /// The spans taken out, in order; placeholder `n` stands for `spans[n]`.
    private(set) var spans: [String] = []

    // Private-use characters: not markdown punctuation or whitespace, so a placeholder reads as
    // one word and cannot open or close emphasis, links or code.
    static let open: Unicode.Scalar = "\u{F8F0}"
    static let close: Unicode.Scalar = "\u{F8F1}"

    /// `markdown` with its maths spans replaced by placeholders (code spans and fenced code are
    /// left alone, and `\$` is a literal dollar).
    mutating func protect(_ markdown: String) -> String {
        let s = Array(markdown.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        var inFence: Unicode.Scalar?
        var atLineStart = true
        while i < s.count {
            if atLineStart, let fence = fenceMarker(s, at: i), inFence == nil || inFence == fence {
                inFence = inFence == nil ? fence : nil
                let lineEnd = s[i...].firstIndex(of: "\n").map { $0 + 1 } ?? s.count
                out.append(contentsOf: s[i..<lineEnd])
                i = lineEnd
                continue
            }
            let c = s[i]
            atLineStart = c == "\n"
            if inFence != nil || (c != "$" && c != "`" && c != "\\") {
                out.append(c)
                i += 1
            } else if c == "\\" {
                out.append(contentsOf: s[i..<min(i + 2, s.count)])
                atLineStart = i + 1 < s.count && s[i + 1] == "\n"
                i += 2
            } else if c == "`" {
                let run = s[i...].prefix { $0 == "`" }.count
                let end = closingBackticks(s, from: i + run, count: run) ?? (i + run)
                out.append(contentsOf: s[i..<end])
                i = end
            } else if let end = mathEnd(s, from: i) {
                out.append(Self.open)
                out.append(contentsOf: String(spans.count).unicodeScalars)
                out.append(Self.close)
                spans.append(String(String.UnicodeScalarView(s[i..<end])))
                i = end
            } else {
                out.append(c)
                i += 1
            }
        }
        return String(out)
    }

    /// `text` with its placeholders replaced by the maths they stand for.
    func restore(_ text: String) -> String {
        guard !spans.isEmpty, text.unicodeScalars.contains(Self.open) else { return text }
        let s = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < s.count {
            if s[i] == Self.open, let close = s[(i + 1)...].firstIndex(of: Self.close),
               let index = Int(String(String.UnicodeScalarView(s[(i + 1)..<close]))), spans.indices.contains(index) {
                out.append(contentsOf: spans[index].unicodeScalars)
                i = close + 1
            } else {
                out.append(s[i])
                i += 1
            }
        }
        return String(out)
    }

    /// The fence character when a code fence (```` ``` ```` or `~~~`, up to three spaces in) starts at `i`.
    private func fenceMarker(_ s: [Unicode.Scalar], at i: Int) -> Unicode.Scalar? {
        var j = i
        while j < s.count, j - i < 3, s[j] == " " { j += 1 }
        guard j + 2 < s.count, s[j] == "`" || s[j] == "~", s[j + 1] == s[j], s[j + 2] == s[j] else { return nil }
        return s[j]
    }

    /// The end of the code span whose opening run of `count` backticks ends at `start`. A code
    /// span does not cross a blank line, which also keeps a cell full of unmatched backticks
    /// from being scanned to its end once per backtick.
    private func closingBackticks(_ s: [Unicode.Scalar], from start: Int, count: Int) -> Int? {
        var j = start
        while j < s.count {
            if s[j] == "\n", isBlankLine(s, after: j) { return nil }
            if s[j] == "`" {
                let run = s[j...].prefix { $0 == "`" }.count
                if run == count { return j + run }
                j += run
            } else {
                j += 1
            }
        }
        return nil
    }

    /// The end of a maths span starting at `i` (a `$`). Display maths `$$...$$` may span lines;
    /// inline `$...$` must hug its content (`$ 5` is not maths) and its closing `$` must not be
    /// followed by a digit, so prices like "$5 and $10" stay text; it does not reach into a code
    /// span. Neither crosses a blank line.
    private func mathEnd(_ s: [Unicode.Scalar], from i: Int) -> Int? {
        let display = i + 1 < s.count && s[i + 1] == "$"
        let start = i + (display ? 2 : 1)
        guard start < s.count, display || !isSpace(s[start]) else { return nil }
        var j = start
        while j < s.count {
            let c = s[j]
            if c == "\\" { j += 2; continue }
            // A code span takes precedence over inline maths around it.
            if c == "`", !display { return nil }
            if c == "\n", isBlankLine(s, after: j) { return nil }
            if c == "$" {
                if display {
                    if j + 1 < s.count, s[j + 1] == "$", j > start { return j + 2 }
                    return nil
                }
                if j > start, !isSpace(s[j - 1]), !(j + 1 < s.count && ("0"..."9").contains(s[j + 1])) { return j + 1 }
            }
            j += 1
        }
        return nil
    }

    private func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" || c == "\n" }

    /// Whether the line after the newline at `i` is blank (or the text ends there).
    private func isBlankLine(_ s: [Unicode.Scalar], after i: Int) -> Bool {
        var k = i + 1
        while k < s.count, s[k] == " " || s[k] == "\t" { k += 1 }
        return k >= s.count || s[k] == "\n"
    }
}
