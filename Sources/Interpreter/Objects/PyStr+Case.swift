/// Case mapping and character classes of `str`, code point by code point with Python's rules:
/// full case mappings ('ß'.upper() == 'SS', 'İ'.lower() == 'i̇'), the final-sigma rule of
/// `lower`, and the classes CPython's unicodedata flags define (`isalpha` is the letter
/// categories, `isspace` Python's whitespace, `isupper` the Uppercase property). Swift's
/// `Character` (a grapheme cluster) is never used: "e\u0301" is two characters in Python.
enum StrCase {
    /// A mapping's result as scalars.
    @inline(__always)
    static func append(_ mapping: String, to out: inout UTF8Writer) {
        for c in mapping.unicodeScalars { out.append(c) }
    }

    /// `str.upper()`.
    static func upper(_ s: PyStr) -> String {
        if s.isASCII { return asciiMapped(s.value, from: 0x61, to: 0x7A) }
        var out = UTF8Writer()
        out.reserveCapacity(s.value.utf8.count)
        for c in s.value.unicodeScalars {
            if c.isASCII {
                out.append(c.value >= 0x61 && c.value <= 0x7A ? Unicode.Scalar(UInt8(c.value) ^ 0x20) : c)
            } else {
                appendUpper(c, to: &out)
            }
        }
        return out.string
    }

    /// `str.lower()`.
    static func lower(_ s: PyStr) -> String {
        if s.isASCII { return asciiMapped(s.value, from: 0x41, to: 0x5A) }
        let scalars = s.scalars
        var out = UTF8Writer()
        out.reserveCapacity(s.value.utf8.count)
        for i in scalars.indices {
            let c = scalars[i]
            if c.isASCII {
                out.append(c.value >= 0x41 && c.value <= 0x5A ? Unicode.Scalar(UInt8(c.value) ^ 0x20) : c)
            } else {
                appendLower(scalars, i, to: &out)
            }
        }
        return out.string
    }

    /// `str.casefold()`: lower case of the upper case, so 'ß' folds to 'ss' and 'ﬁ' to 'fi', as
    /// Unicode's full case folding does for them. Swift has no case-folding table; the dotless
    /// 'ı' and the dotted 'İ', whose round trip would change them, keep CaseFolding.txt's answers.
    static func casefold(_ s: PyStr) -> String {
        if s.isASCII { return asciiMapped(s.value, from: 0x41, to: 0x5A) }
        var out = UTF8Writer()
        for c in s.value.unicodeScalars {
            switch c.value {
            case 0x131: out.append(c)
            case 0x130: out.append("i"); out.append("\u{307}")
            case 0x3A3, 0x3C2: out.append("\u{3C3}")
            default:
                for u in c.properties.uppercaseMapping.unicodeScalars { append(u.properties.lowercaseMapping, to: &out) }
            }
        }
        return out.string
    }

    /// `str.swapcase()`.
    static func swapcase(_ s: PyStr) -> String {
        let scalars = s.scalars
        var out = UTF8Writer()
        for i in scalars.indices {
            let c = scalars[i]
            if c.properties.isUppercase { appendLower(scalars, i, to: &out) }
            else if c.properties.isLowercase { appendUpper(c, to: &out) }
            else { out.append(c) }
        }
        return out.string
    }

    /// `str.capitalize()`: the first character in title case, the rest in lower case.
    static func capitalize(_ s: PyStr) -> String {
        let scalars = s.scalars
        var out = UTF8Writer()
        for i in scalars.indices {
            if i == 0 { append(scalars[0].properties.titlecaseMapping, to: &out) } else { appendLower(scalars, i, to: &out) }
        }
        return out.string
    }

    /// `str.title()`: title case after an uncased character, lower case after a cased one.
    static func title(_ s: PyStr) -> String {
        let scalars = s.scalars
        var out = UTF8Writer()
        var previousIsCased = false
        for i in scalars.indices {
            let c = scalars[i]
            if previousIsCased { appendLower(scalars, i, to: &out) } else { append(c.properties.titlecaseMapping, to: &out) }
            previousIsCased = c.properties.isCased
        }
        return out.string
    }

    static func appendUpper(_ c: Unicode.Scalar, to out: inout UTF8Writer) {
        // Latin-1 letters map within Latin-1 except 'ß' (to "SS"), 'µ' and 'ÿ': no table lookup.
        if (c.value >= 0xE0 && c.value <= 0xFE && c.value != 0xF7) || (c.value >= 0x61 && c.value <= 0x7A) {
            return out.append(Unicode.Scalar(UInt8(c.value) - 0x20))
        }
        if c.value < 0xDF && c.value != 0xB5 { return out.append(c) }
        if c.properties.changesWhenUppercased { append(c.properties.uppercaseMapping, to: &out) } else { out.append(c) }
    }

    /// The lower case of `scalars[i]`; a capital sigma at the end of a word becomes 'ς'
    /// (Unicode's Final_Sigma condition, as CPython applies it).
    static func appendLower(_ scalars: [Unicode.Scalar], _ i: Int, to out: inout UTF8Writer) {
        let c = scalars[i]
        if (c.value >= 0xC0 && c.value <= 0xDE && c.value != 0xD7) || (c.value >= 0x41 && c.value <= 0x5A) {
            return out.append(Unicode.Scalar(UInt8(c.value) + 0x20))
        }
        if c.value <= 0xFF { return out.append(c) }
        // The mapping is built as a String; most characters have none (a quick property lookup).
        guard c.properties.changesWhenLowercased else { return out.append(c) }
        guard c.value == 0x3A3 else { return append(c.properties.lowercaseMapping, to: &out) }
        var j = i - 1
        while j >= 0 && scalars[j].properties.isCaseIgnorable { j -= 1 }
        let afterCased = j >= 0 && scalars[j].properties.isCased
        var k = i + 1
        while k < scalars.count && scalars[k].properties.isCaseIgnorable { k += 1 }
        let beforeCased = k < scalars.count && scalars[k].properties.isCased
        out.append(afterCased && !beforeCased ? "\u{3C2}" : "\u{3C3}")
    }

    /// An ASCII string with the bytes in `from...to` shifted by 0x20 (upper or lower case).
    static func asciiMapped(_ text: String, from: UInt8, to: UInt8) -> String {
        var text = text
        return text.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { out in
                for i in 0..<bytes.count {
                    let b = bytes[i]
                    out[i] = (b >= from && b <= to) ? b ^ 0x20 : b
                }
                return bytes.count
            }
        }
    }

    // MARK: Classes

    static func isAlpha(_ c: Unicode.Scalar) -> Bool {
        switch c.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    static func isTitle(_ c: Unicode.Scalar) -> Bool { c.properties.generalCategory == .titlecaseLetter }

    static func isAlnum(_ c: Unicode.Scalar) -> Bool { isAlpha(c) || c.properties.numericType != nil }

    /// `str.isupper()`: some cased character and no lower- or title-case one.
    static func isUpper(_ text: String) -> Bool {
        var cased = false
        for c in text.unicodeScalars {
            if c.properties.isLowercase || isTitle(c) { return false }
            if c.properties.isUppercase { cased = true }
        }
        return cased
    }

    /// `str.islower()`.
    static func isLower(_ text: String) -> Bool {
        var cased = false
        for c in text.unicodeScalars {
            if c.properties.isUppercase || isTitle(c) { return false }
            if c.properties.isLowercase { cased = true }
        }
        return cased
    }

    /// `str.istitle()`: upper- and title-case characters only after uncased ones, lower-case
    /// ones only after cased ones, and at least one cased character.
    static func isTitleCased(_ text: String) -> Bool {
        var cased = false, previousIsCased = false
        for c in text.unicodeScalars {
            if c.properties.isUppercase || isTitle(c) {
                if previousIsCased { return false }
                previousIsCased = true
                cased = true
            } else if c.properties.isLowercase {
                if !previousIsCased { return false }
                previousIsCased = true
                cased = true
            } else {
                previousIsCased = false
            }
        }
        return cased
    }
}

/// A string built code point by code point as UTF-8 bytes: appending to a
/// `String.UnicodeScalarView` costs a call into String's append machinery per scalar.
struct UTF8Writer {
    var bytes: [UInt8] = []

    mutating func reserveCapacity(_ count: Int) { bytes.reserveCapacity(count) }

    @inline(__always)
    mutating func append(_ c: Unicode.Scalar) {
        if c.value < 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: c.value))
        } else {
            UTF8.encode(c) { bytes.append($0) }
        }
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }
}
