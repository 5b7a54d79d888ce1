import Foundation

/// A small Markdown renderer for notebook markdown cells: headings, paragraphs, fenced code,
/// block quotes, lists, rules, and inline code, emphasis, links and images. Everything the
/// source says is escaped: raw HTML in a cell shows as text, and links or images whose URL is
/// not http(s), mailto, relative or a data URI of an image become inert. The exported file can
/// therefore never run script that came from a notebook.
public enum MarkdownRenderer {
    public static func html(_ markdown: String) -> String {
        var out = ""
        var lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)[...]
        var paragraph: [String] = []

        func flushParagraph() {
            if !paragraph.isEmpty {
                out += "<p>" + inline(paragraph.joined(separator: "\n")) + "</p>\n"
                paragraph = []
            }
        }

        while let line = lines.first {
            lines = lines.dropFirst()
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                flushParagraph()
            } else if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                flushParagraph()
                let fence = String(trimmed.prefix { $0 == trimmed.first })
                var code: [String] = []
                while let next = lines.first {
                    lines = lines.dropFirst()
                    if next.trimmingCharacters(in: .whitespaces).hasPrefix(fence) { break }
                    code.append(next)
                }
                out += "<pre><code>" + HTMLEscaping.escape(code.joined(separator: "\n")) + "</code></pre>\n"
            } else if let level = headingLevel(trimmed) {
                flushParagraph()
                let text = trimmed.dropFirst(level).trimmingCharacters(in: .whitespaces)
                out += "<h\(level)>" + inline(text.trimmingCharacters(in: CharacterSet(charactersIn: "#")).trimmingCharacters(in: .whitespaces)) + "</h\(level)>\n"
            } else if trimmed.allSatisfy({ $0 == "-" || $0 == " " }) && trimmed.filter({ $0 == "-" }).count >= 3
                        || trimmed.allSatisfy({ $0 == "*" || $0 == " " }) && trimmed.filter({ $0 == "*" }).count >= 3 {
                flushParagraph()
                out += "<hr>\n"
            } else if trimmed.hasPrefix(">") {
                flushParagraph()
                var quoted = [String(trimmed.dropFirst()).trimmingCharacters(in: .whitespaces)]
                while let next = lines.first, next.trimmingCharacters(in: .whitespaces).hasPrefix(">") {
                    lines = lines.dropFirst()
                    quoted.append(String(next.trimmingCharacters(in: .whitespaces).dropFirst()).trimmingCharacters(in: .whitespaces))
                }
                out += "<blockquote>\n" + html(quoted.joined(separator: "\n")) + "</blockquote>\n"
            } else if let item = listItem(trimmed) {
                flushParagraph()
                let tag = item.ordered ? "ol" : "ul"
                out += "<\(tag)>\n<li>" + inline(item.text) + "</li>\n"
                while let next = lines.first, let nextItem = listItem(next.trimmingCharacters(in: .whitespaces)), nextItem.ordered == item.ordered {
                    lines = lines.dropFirst()
                    out += "<li>" + inline(nextItem.text) + "</li>\n"
                }
                out += "</\(tag)>\n"
            } else {
                paragraph.append(trimmed)
            }
        }
        flushParagraph()
        return out
    }

    static func headingLevel(_ line: String) -> Int? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let rest = line.dropFirst(hashes)
        return rest.isEmpty || rest.first == " " ? hashes : nil
    }

    static func listItem(_ line: String) -> (ordered: Bool, text: String)? {
        for bullet in ["- ", "* ", "+ "] where line.hasPrefix(bullet) {
            return (false, String(line.dropFirst(2)))
        }
        let digits = line.prefix { $0.isNumber }
        if !digits.isEmpty, line.dropFirst(digits.count).hasPrefix(". ") {
            return (true, String(line.dropFirst(digits.count + 2)))
        }
        return nil
    }

    /// Inline markup of one block, escaped.
    static func inline(_ text: String) -> String {
        let chars = Array(text)
        var out = ""
        var i = 0
        // Closing markers are looked for within a bounded distance, so a long paragraph full of
        // unmatched `*` stays linear.
        func find(_ needle: [Character], from start: Int) -> Int? {
            guard needle.count <= chars.count else { return nil }
            var j = start
            while j + needle.count <= min(chars.count, start + 2000) {
                if Array(chars[j..<(j + needle.count)]) == needle { return j }
                j += 1
            }
            return nil
        }
        while i < chars.count {
            let c = chars[i]
            if c == "\\", i + 1 < chars.count, chars[i + 1].isPunctuation || chars[i + 1].isSymbol {
                out += HTMLEscaping.escape(String(chars[i + 1]))
                i += 2
            } else if c == "`" {
                let run = chars[i...].prefix { $0 == "`" }.count
                if let close = find(Array(repeating: "`", count: run), from: i + run) {
                    out += "<code>" + HTMLEscaping.escape(String(chars[(i + run)..<close]).trimmingCharacters(in: .whitespaces)) + "</code>"
                    i = close + run
                } else {
                    out += HTMLEscaping.escape(String(repeating: "`", count: run))
                    i += run
                }
            } else if (c == "[" || (c == "!" && i + 1 < chars.count && chars[i + 1] == "[")),
                      let link = parseLink(chars, at: c == "!" ? i + 1 : i) {
                if c == "!" {
                    out += "<img alt=\"\(HTMLEscaping.escape(link.text))\" src=\"\(HTMLEscaping.escape(URLPolicy.safe(link.url, image: true)))\">"
                } else {
                    out += "<a href=\"\(HTMLEscaping.escape(URLPolicy.safe(link.url, image: false)))\">\(inline(link.text))</a>"
                }
                i = link.end
            } else if (c == "*" || c == "_"), i + 1 < chars.count, chars[i + 1] == c,
                      let close = find([c, c], from: i + 2), close > i + 2 {
                out += "<strong>" + inline(String(chars[(i + 2)..<close])) + "</strong>"
                i = close + 2
            } else if (c == "*" || c == "_"), i + 1 < chars.count, chars[i + 1] != " ",
                      c == "*" || i == 0 || !(chars[i - 1].isLetter || chars[i - 1].isNumber),
                      let close = find([c], from: i + 1), close > i + 1,
                      c == "*" || close + 1 >= chars.count || !(chars[close + 1].isLetter || chars[close + 1].isNumber) {
                out += "<em>" + inline(String(chars[(i + 1)..<close])) + "</em>"
                i = close + 1
            } else {
                out += HTMLEscaping.escape(String(c))
                i += 1
            }
        }
        return out.replacingOccurrences(of: "\n", with: "<br>\n")
    }

    /// `[text](url)` starting at `start` (the `[`).
    static func parseLink(_ chars: [Character], at start: Int) -> (text: String, url: String, end: Int)? {
        var depth = 0
        var j = start
        while j < chars.count {
            if chars[j] == "[" { depth += 1 }
            if chars[j] == "]" {
                depth -= 1
                if depth == 0 { break }
            }
            j += 1
        }
        guard j + 1 < chars.count, chars[j + 1] == "(", let close = chars[(j + 2)...].firstIndex(of: ")") else { return nil }
        let text = String(chars[(start + 1)..<j])
        let target = String(chars[(j + 2)..<close]).trimmingCharacters(in: .whitespaces)
        let url = target.split(separator: " ").first.map(String.init) ?? ""
        return (text, url, close + 1)
    }

    /// Markdown as terminal text (step mode): headings underlined, markers dropped, code
    /// indented.
    public static func plainText(_ markdown: String) -> String {
        var out: [String] = []
        var inFence = false
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                inFence.toggle()
                continue
            }
            if inFence {
                out.append("    " + line)
            } else if let level = headingLevel(trimmed) {
                let text = trimmed.dropFirst(level).trimmingCharacters(in: .whitespaces)
                out.append(text)
                if level <= 2 { out.append(String(repeating: level == 1 ? "=" : "-", count: text.count)) }
            } else {
                out.append(line.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "__", with: ""))
            }
        }
        return out.joined(separator: "\n")
    }
}

/// Which URLs an exported document may link to or load.
enum URLPolicy {
    static func safe(_ url: String, image: Bool) -> String {
        let lower = url.lowercased().filter { !$0.isWhitespace && !$0.isNewline }
        if image, lower.hasPrefix("data:image/png;") || lower.hasPrefix("data:image/jpeg;") || lower.hasPrefix("data:image/gif;") {
            return url
        }
        for scheme in ["http://", "https://", "mailto:"] where lower.hasPrefix(scheme) { return url }
        // Relative URLs and anchors have no scheme before their first '/', '?' or '#'.
        let head = lower.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return head.contains(":") ? "#" : url
    }
}

/// HTML escaping for text and attribute values.
public enum HTMLEscaping {
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
