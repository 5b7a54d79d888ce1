import Foundation

/// Raw HTML that a markdown cell may keep in an export. Notebook authors write a little HTML in
/// markdown (fastbook sizes its figures with `<img ... width="600">`), but an exported file must
/// never run script that came from a notebook. So each raw HTML fragment cmark-gfm finds is
/// tokenized here and rebuilt: tags on the allow-list come back in a normalized form with only
/// their allowed attributes (values re-escaped, URLs checked by `URLPolicy`); any other tag, and
/// any text, is escaped so that it shows as the characters the author typed. Comments are dropped,
/// as a notebook front end hides them. None of the allowed tags or attributes can run script, and
/// the export's Content-Security-Policy forbids script besides.
enum HTMLAllowList {
    enum AttributeKind { case text, length, url(image: Bool) }

    /// Allowed tags and, for each, its allowed attributes.
    static let tags: [String: [String: AttributeKind]] = [
        "img": ["src": .url(image: true), "alt": .text, "title": .text, "width": .length, "height": .length],
        "a": ["href": .url(image: false), "title": .text],
        "br": [:], "sub": [:], "sup": [:], "b": [:], "i": [:], "em": [:], "strong": [:],
        "code": [:], "kbd": [:], "s": [:], "del": [:], "u": [:], "small": [:],
    ]
    /// Elements without content: their end tags (`</br>`) are dropped.
    static let voidTags: Set<String> = ["img", "br"]

    /// The safe form of one raw HTML fragment (an HTML_INLINE or HTML_BLOCK node's text).
    static func sanitize(_ html: String) -> String {
        let s = Array(html.unicodeScalars)
        var out = ""
        var i = 0
        while i < s.count {
            if s[i] == "<" {
                if let end = commentEnd(s, from: i) {
                    i = end
                    continue
                }
                if let tag = parseTag(s, from: i) {
                    // A tag off the list shows as the text the author typed.
                    out += emit(tag) ?? HTMLEscaping.escape(String(String.UnicodeScalarView(s[i..<tag.end])))
                    i = tag.end
                    continue
                }
                out += "&lt;"
            } else if s[i] == "&", let end = entityEnd(s, from: i) {
                // A well-formed character reference is kept: it can only stand for a character.
                out += String(String.UnicodeScalarView(s[i..<end]))
                i = end
                continue
            } else {
                out += HTMLEscaping.escape(String(s[i]))
            }
            i += 1
        }
        return out
    }

    struct Tag {
        var name: String
        var closing: Bool
        var attributes: [(name: String, value: String)]
        var end: Int
    }

    /// The normalized form of an allowed tag; nil for a tag off the list.
    static func emit(_ tag: Tag) -> String? {
        guard let allowed = tags[tag.name] else { return nil }
        if tag.closing { return voidTags.contains(tag.name) ? "" : "</\(tag.name)>" }
        var out = "<" + tag.name
        var seen: Set<String> = []
        for (name, value) in tag.attributes {
            guard let kind = allowed[name], seen.insert(name).inserted else { continue }
            switch kind {
            case .text:
                out += " \(name)=\"\(HTMLEscaping.escape(value))\""
            case .length:
                // A number of pixels or a percentage, nothing that CSS or script could read more into.
                let valid = !value.isEmpty && value.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || $0 == "%" || $0 == "." }
                    || value.hasSuffix("px") && Double(value.dropLast(2)) != nil
                if valid { out += " \(name)=\"\(HTMLEscaping.escape(value))\"" }
            case .url(let image):
                out += " \(name)=\"\(HTMLEscaping.escape(URLPolicy.safe(value, image: image)))\""
            }
        }
        return out + ">"
    }

    /// `<!-- ... -->` starting at `i`: the index after it.
    static func commentEnd(_ s: [Unicode.Scalar], from i: Int) -> Int? {
        guard i + 3 < s.count, s[i + 1] == "!", s[i + 2] == "-", s[i + 3] == "-" else { return nil }
        var j = i + 4
        while j + 2 < s.count {
            if s[j] == "-", s[j + 1] == "-", s[j + 2] == ">" { return j + 3 }
            j += 1
        }
        return nil
    }

    /// `&name;`, `&#123;` or `&#x1F;` starting at `i`: the index after it.
    static func entityEnd(_ s: [Unicode.Scalar], from i: Int) -> Int? {
        var j = i + 1
        var numeric = false, hex = false
        if j < s.count, s[j] == "#" {
            numeric = true
            j += 1
            if j < s.count, s[j] == "x" || s[j] == "X" { hex = true; j += 1 }
        }
        let start = j
        while j < s.count, j - start < 32 {
            let c = s[j]
            let ok = hex ? c.properties.isASCIIHexDigit : numeric ? ("0"..."9").contains(c) : (c.isASCII && c.properties.isAlphabetic || ("0"..."9").contains(c))
            if !ok { break }
            j += 1
        }
        guard j > start, j < s.count, s[j] == ";" else { return nil }
        if !numeric, !(s[start].isASCII && s[start].properties.isAlphabetic) { return nil }
        return j + 1
    }

    static func isNameScalar(_ c: Unicode.Scalar) -> Bool {
        c.isASCII && (c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "-" || c == "_" || c == ":" || c == ".")
    }

    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{0C}"
    }

    /// An open or closing tag starting at `i` (the `<`), as the HTML tokenizer reads one;
    /// nil when the text there is not a complete tag.
    static func parseTag(_ s: [Unicode.Scalar], from i: Int) -> Tag? {
        var j = i + 1
        var closing = false
        if j < s.count, s[j] == "/" { closing = true; j += 1 }
        guard j < s.count, s[j].isASCII, s[j].properties.isAlphabetic else { return nil }
        let nameStart = j
        while j < s.count, isNameScalar(s[j]) { j += 1 }
        let name = String(String.UnicodeScalarView(s[nameStart..<j])).lowercased()
        var attributes: [(name: String, value: String)] = []
        while j < s.count {
            while j < s.count, isSpace(s[j]) || s[j] == "/" { j += 1 }
            guard j < s.count else { return nil }
            if s[j] == ">" { return Tag(name: name, closing: closing, attributes: attributes, end: j + 1) }
            let attrStart = j
            while j < s.count, !isSpace(s[j]), s[j] != "=", s[j] != ">", s[j] != "/" { j += 1 }
            let attrName = String(String.UnicodeScalarView(s[attrStart..<j])).lowercased()
            while j < s.count, isSpace(s[j]) { j += 1 }
            var value = ""
            if j < s.count, s[j] == "=" {
                j += 1
                while j < s.count, isSpace(s[j]) { j += 1 }
                guard j < s.count else { return nil }
                if s[j] == "\"" || s[j] == "'" {
                    let quote = s[j]
                    let valueStart = j + 1
                    j = valueStart
                    while j < s.count, s[j] != quote { j += 1 }
                    guard j < s.count else { return nil }
                    value = String(String.UnicodeScalarView(s[valueStart..<j]))
                    j += 1
                } else {
                    let valueStart = j
                    while j < s.count, !isSpace(s[j]), s[j] != ">" { j += 1 }
                    value = String(String.UnicodeScalarView(s[valueStart..<j]))
                }
            }
            attributes.append((attrName, decodeEntities(value)))
        }
        return nil
    }

    /// Attribute values are decoded before they are checked, so `javascript&#58;` is seen as the
    /// browser would see it; they are escaped again when emitted.
    static func decodeEntities(_ value: String) -> String {
        guard value.contains("&") else { return value }
        let named: [String: String] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "colon": ":", "tab": "\t", "newline": "\n", "nbsp": "\u{A0}"]
        let s = Array(value.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < s.count {
            if s[i] == "&", let end = entityEnd(s, from: i) {
                let body = String(String.UnicodeScalarView(s[(i + 1)..<(end - 1)]))
                var decoded: Unicode.Scalar?
                if body.hasPrefix("#x") || body.hasPrefix("#X") {
                    decoded = UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
                } else if body.hasPrefix("#") {
                    decoded = UInt32(body.dropFirst()).flatMap(Unicode.Scalar.init)
                } else if let text = named[body.lowercased()] {
                    out.append(contentsOf: text.unicodeScalars)
                    i = end
                    continue
                }
                if let decoded {
                    out.append(decoded)
                    i = end
                    continue
                }
            }
            out.append(s[i])
            i += 1
        }
        return String(out)
    }
}
