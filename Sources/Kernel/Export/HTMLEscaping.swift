import Foundation

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

/// Which URLs an exported document may link to or load: http(s), mailto (links only), relative
/// URLs and anchors, and data URIs of raster images (images only). Everything else, including
/// `javascript:`, `vbscript:` and `data:text/html`, becomes the inert `#`.
enum URLPolicy {
    static func safe(_ url: String, image: Bool) -> String {
        // Browsers ignore whitespace and control characters inside a scheme (`java\tscript:`),
        // so the check does too.
        let lower = url.lowercased().unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }.map(String.init).joined()
        if image {
            for type in ["png", "jpeg", "gif", "webp"] where lower.hasPrefix("data:image/\(type);") { return url }
        }
        for scheme in ["http://", "https://"] + (image ? [] : ["mailto:"]) where lower.hasPrefix(scheme) { return url }
        // Relative URLs and anchors have no scheme before their first '/', '?' or '#'.
        let head = lower.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return head.contains(":") ? "#" : url
    }
}
