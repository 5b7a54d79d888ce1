/// Translates a Python `re` pattern into an ICU pattern for `NSRegularExpression`, with Python's
/// meaning: `\w`, `\s`, `\d` and `\b` as CPython defines them for str patterns (or ASCII under
/// `re.ASCII`), named groups and their references, verbose mode, `{` as a literal where it is
/// no quantifier, and every literal written as `\x{...}` so no ICU-only syntax (set operations,
/// POSIX classes) can change its meaning. Syntax errors are found here, with CPython's messages
/// and positions, before ICU sees the pattern.
struct RegexTranslator {
    struct SyntaxError: Error {
        let message: String
        let position: Int
    }

    /// Python's flag bits (`re.I` ...), as `re.py` passes them.
    struct Flags: OptionSet {
        let rawValue: Int
        static let ignoreCase = Flags(rawValue: 2)
        static let multiline = Flags(rawValue: 8)
        static let dotAll = Flags(rawValue: 16)
        static let verbose = Flags(rawValue: 64)
        static let ascii = Flags(rawValue: 256)
    }

    struct Result {
        let pattern: String
        let groups: Int
        let groupNames: [(String, Int)]
        /// The flags after the pattern's leading inline flags (`(?i)`), as CPython's `Pattern.flags`.
        let flags: Flags
    }

    private let source: [Unicode.Scalar]
    private var index = 0
    private var output = ""
    private var flags: Flags
    private var groups = 0
    private var names: [(String, Int)] = []
    /// Open groups: where each starts, its number (0 for non-capturing) and the verbose/ascii
    /// flags to restore when it closes (scoped `(?x:...)`).
    private var openGroups: [(position: Int, number: Int, flags: Flags)] = []
    /// Whether the item just written can take a quantifier, and whether it was one.
    private var canRepeat = false
    private var afterQuantifier = false

    private init(_ pattern: String, _ flags: Flags) {
        source = Array(pattern.unicodeScalars)
        self.flags = flags
    }

    static func translate(_ pattern: String, flags: Int) throws -> Result {
        var translator = RegexTranslator(pattern, Flags(rawValue: flags))
        try translator.run()
        return Result(pattern: translator.output, groups: translator.groups, groupNames: translator.names,
                      flags: translator.flags)
    }

    private var atEnd: Bool { index >= source.count }
    private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        index + offset < source.count ? source[index + offset] : nil
    }

    private static func literal(_ scalar: Unicode.Scalar) -> String {
        "\\x{" + String(scalar.value, radix: 16) + "}"
    }

    // Python's classes. `\w` is str.isalnum() or '_' (letters and numbers), `\s` is
    // str.isspace(), `\d` is the decimal digits (Nd), as sre's unicode categories.
    private var wordSet: String { flags.contains(.ascii) ? "A-Za-z0-9_" : "\\p{L}\\p{N}_" }
    private var spaceSet: String {
        flags.contains(.ascii) ? "\\x{9}-\\x{d}\\x{20}"
            : "\\x{9}-\\x{d}\\x{1c}-\\x{20}\\x{85}\\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}"
    }
    private var digitSet: String { flags.contains(.ascii) ? "0-9" : "\\p{Nd}" }

    /// The ICU text for `\d \D \w \W \s \S`, inside a set (`inSet`) or on its own.
    private func classEscape(_ letter: Unicode.Scalar, inSet: Bool) -> String? {
        let body: String
        switch letter {
        case "d", "D": body = digitSet
        case "w", "W": body = wordSet
        case "s", "S": body = spaceSet
        default: return nil
        }
        let negated = letter.properties.isUppercase
        if inSet && !negated { return body }
        return negated ? "[^" + body + "]" : "[" + body + "]"
    }

    private mutating func run() throws {
        while !atEnd {
            let start = index
            let c = source[index]
            if flags.contains(.verbose) {
                if c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{0B}" || c == "\u{0C}" { index += 1; continue }
                if c == "#" {
                    while let next = peek(), next != "\n" { index += 1 }
                    continue
                }
            }
            switch c {
            case "\\": try escape()
            case "[": try characterSet()
            case "(": try openGroup()
            case ")":
                guard let group = openGroups.popLast() else { throw SyntaxError(message: "unbalanced parenthesis", position: start) }
                flags = group.flags
                output += ")"
                index += 1
                item()
            case "*", "+", "?": try quantifier(String(c), at: start, consumed: 1)
            case "{":
                if let (text, length) = try braceQuantifier() { try quantifier(text, at: start, consumed: length) } else {
                    output += Self.literal(c); index += 1; item()
                }
            case "|", "^", "$":
                output.unicodeScalars.append(c)
                index += 1
                canRepeat = false; afterQuantifier = false
            case ".":
                // Explicit sets: ICU's `.` treats "\r\n" as one character under DOTALL.
                output += flags.contains(.dotAll) ? "[\\x{0}-\\x{10ffff}]" : "[^\\n]"
                index += 1
                item()
            default:
                output += Self.literal(c)
                index += 1
                item()
            }
        }
        if let open = openGroups.last {
            throw SyntaxError(message: "missing ), unterminated subpattern", position: open.position)
        }
        // ICU rejects an empty pattern; Python's matches the empty string.
        if output.isEmpty { output = "(?:)" }
    }

    private mutating func item() {
        canRepeat = true
        afterQuantifier = false
    }

    private mutating func quantifier(_ text: String, at start: Int, consumed: Int) throws {
        if afterQuantifier { throw SyntaxError(message: "multiple repeat", position: start) }
        if !canRepeat { throw SyntaxError(message: "nothing to repeat", position: start) }
        output += text
        index += consumed
        if peek() == "?" || peek() == "+" {
            output.unicodeScalars.append(source[index])
            index += 1
        }
        canRepeat = false
        afterQuantifier = true
    }

    /// `{m}`, `{m,}`, `{,n}`, `{m,n}` at the index: the ICU text and its length; nil when the
    /// brace is a literal, as in Python.
    private func braceQuantifier() throws -> (String, Int)? {
        var cursor = index + 1
        func digits() -> String {
            var text = ""
            while cursor < source.count, let d = source[cursor].properties.numericType, d == .decimal, source[cursor].isASCII {
                text.unicodeScalars.append(source[cursor]); cursor += 1
            }
            return text
        }
        let low = digits()
        var high: String? = low
        if cursor < source.count, source[cursor] == "," {
            cursor += 1
            high = digits()
        }
        guard cursor < source.count, source[cursor] == "}", !(low.isEmpty && high == low) else { return nil }
        let minimum = low.isEmpty ? "0" : low
        if let high, !high.isEmpty, let lo = Int(minimum), let hi = Int(high), lo > hi {
            throw SyntaxError(message: "min repeat greater than max repeat", position: index + 1)
        }
        guard (Int(minimum) ?? Int.max) < 100_000, (high.flatMap { Int($0) } ?? 0) < 100_000 else {
            throw SyntaxError(message: "the repetition number is too large", position: index + 1)
        }
        return ("{" + minimum + (high == low ? "" : "," + (high ?? "")) + "}", cursor + 1 - index)
    }

    private func isHexDigit(_ s: Unicode.Scalar) -> Bool { s.isASCII && s.properties.isASCIIHexDigit }
    private func isOctal(_ s: Unicode.Scalar?) -> Bool { s.map { $0 >= "0" && $0 <= "7" } ?? false }
    private func isDigit(_ s: Unicode.Scalar?) -> Bool { s.map { $0 >= "0" && $0 <= "9" } ?? false }

    /// The code point of a `\x`, `\u`, `\U`, octal or one-letter escape whose letter is at the
    /// index (the backslash at `start`), advancing past it; nil when the letter is no such escape.
    private mutating func characterEscape(start: Int) throws -> Unicode.Scalar? {
        guard let letter = peek() else { return nil }
        func hex(_ count: Int, _ name: String) throws -> Unicode.Scalar {
            var value: UInt32 = 0
            for offset in 1...count {
                guard let d = peek(offset), isHexDigit(d), let v = UInt32(String(d), radix: 16) else {
                    throw SyntaxError(message: "incomplete escape \\\(name)" + String(String.UnicodeScalarView(source[(index + 1)..<min(index + offset, source.count)])),
                                      position: start)
                }
                value = value * 16 + v
            }
            index += count + 1
            guard let scalar = Unicode.Scalar(value) else {
                throw SyntaxError(message: "bad escape \\\(name)" + String(value, radix: 16), position: start)
            }
            return scalar
        }
        switch letter {
        case "x": return try hex(2, "x")
        case "u": return try hex(4, "u")
        case "U": return try hex(8, "U")
        case "a": index += 1; return "\u{07}"
        case "f": index += 1; return "\u{0C}"
        case "n": index += 1; return "\n"
        case "r": index += 1; return "\r"
        case "t": index += 1; return "\t"
        case "v": index += 1; return "\u{0B}"
        default: return nil
        }
    }

    /// An octal escape at the index (`\0`, `\012`): up to three digits, at most 0o377.
    private mutating func octal(start: Int, maxDigits: Int = 3) throws -> Unicode.Scalar {
        var value: UInt32 = 0
        var count = 0
        while count < maxDigits, let d = peek(), isOctal(d) {
            value = value * 8 + (d.value - 48); index += 1; count += 1
        }
        if value > 0o377 {
            throw SyntaxError(message: "octal escape value \\" + String(value, radix: 8) + " outside of range 0-0o377", position: start)
        }
        return Unicode.Scalar(value) ?? "\0"
    }

    private mutating func escape() throws {
        let start = index
        index += 1
        guard let letter = peek() else { throw SyntaxError(message: "bad escape (end of pattern)", position: start) }
        if let scalar = try characterEscape(start: start) {
            output += Self.literal(scalar); item(); return
        }
        if let text = classEscape(letter, inSet: false) {
            output += text; index += 1; item(); return
        }
        switch letter {
        case "A": output += "\\A"
        case "Z": output += "\\z"
        case "b", "B":
            let word = "[" + wordSet + "]"
            output += letter == "b" ? "(?:(?<=\(word))(?!\(word))|(?<!\(word))(?=\(word)))"
                : "(?:(?<=\(word))(?=\(word))|(?<!\(word))(?!\(word)))"
        case "N": try namedCharacter(start: start); return
        case "0": output += Self.literal(try octal(start: start)); item(); return
        case "1"..."9":
            if isOctal(letter), isOctal(peek(1)), isOctal(peek(2)) {
                output += Self.literal(try octal(start: start)); item(); return
            }
            var number = Int(letter.value - 48)
            index += 1
            if isDigit(peek()), let d = peek() { number = number * 10 + Int(d.value - 48); index += 1 }
            try reference(number, at: start + 1)
            return
        default:
            if letter.isASCII && letter.properties.isAlphabetic {
                throw SyntaxError(message: "bad escape \\" + String(letter), position: start)
            }
            output += Self.literal(letter); index += 1; item(); return
        }
        index += 1
        canRepeat = false; afterQuantifier = false
    }

    private mutating func namedCharacter(start: Int) throws {
        index += 1
        guard peek() == "{", let close = source[index...].firstIndex(of: "}") else {
            throw SyntaxError(message: "missing {", position: index)
        }
        let name = String(String.UnicodeScalarView(source[(index + 1)..<close]))
        output += "\\N{" + name + "}"
        index = close + 1
        item()
    }

    private mutating func reference(_ number: Int, at position: Int) throws {
        guard number <= groups else { throw SyntaxError(message: "invalid group reference \(number)", position: position) }
        if openGroups.contains(where: { $0.number == number }) {
            throw SyntaxError(message: "cannot refer to an open group", position: position - 1)
        }
        output += "(?:\\\(number))"
        item()
    }

    private mutating func characterSet() throws {
        let start = index
        index += 1
        output += "["
        if peek() == "^" { output += "^"; index += 1 }
        var first = true
        while true {
            guard let c = peek() else { throw SyntaxError(message: "unterminated character set", position: start) }
            if c == "]" && !first { index += 1; break }
            first = false
            let itemStart = index
            guard let low = try setMember() else { continue }
            if peek() == "-", let after = peek(1), after != "]" {
                index += 1
                guard let high = try setMember() else {
                    throw SyntaxError(message: "bad character range " + String(String.UnicodeScalarView(source[itemStart..<index])), position: itemStart)
                }
                if high.value < low.value {
                    throw SyntaxError(message: "bad character range " + String(String.UnicodeScalarView(source[itemStart..<index])), position: itemStart)
                }
                output += Self.literal(low) + "-" + Self.literal(high)
            } else {
                output += Self.literal(low)
            }
        }
        output += "]"
        item()
    }

    /// One member of a set: a character (returned) or a class such as `\d` (written, nil).
    private mutating func setMember() throws -> Unicode.Scalar? {
        let start = index
        let c = source[index]
        guard c == "\\" else { index += 1; return c }
        index += 1
        guard let letter = peek() else { throw SyntaxError(message: "unterminated character set", position: start) }
        if let scalar = try characterEscape(start: start) { return scalar }
        if let text = classEscape(letter, inSet: true) { output += text; index += 1; return nil }
        switch letter {
        case "b": index += 1; return "\u{08}"
        case "0"..."7": return try octal(start: start)
        case "8", "9": throw SyntaxError(message: "bad escape \\" + String(letter), position: start)
        case "N":
            index += 1
            guard peek() == "{", let close = source[index...].firstIndex(of: "}") else {
                throw SyntaxError(message: "missing {", position: index)
            }
            output += "\\N{" + String(String.UnicodeScalarView(source[(index + 1)..<close])) + "}"
            index = close + 1
            return nil
        default:
            if letter.isASCII && letter.properties.isAlphabetic {
                throw SyntaxError(message: "bad escape \\" + String(letter), position: start)
            }
            index += 1
            return letter
        }
    }

    private mutating func openGroup() throws {
        let start = index
        index += 1
        let saved = flags
        guard peek() == "?" else {
            groups += 1
            openGroups.append((start, groups, saved))
            output += "("
            canRepeat = false; afterQuantifier = false
            return
        }
        index += 1
        guard let kind = peek() else { throw SyntaxError(message: "unexpected end of pattern", position: index) }
        switch kind {
        case ":", "=", "!", ">":
            output += "(?" + String(kind)
            index += 1
        case "<":
            guard let next = peek(1), next == "=" || next == "!" else {
                // `(?<name>...)` is Python 3.12 syntax; 3.11 says this.
                throw SyntaxError(message: "unknown extension ?<" + (peek(1).map { String($0) } ?? ""), position: start + 1)
            }
            output += "(?<" + String(next)
            index += 2
        case "#":
            while let c = peek(), c != ")" { index += 1 }
            if atEnd { throw SyntaxError(message: "missing ), unterminated comment", position: start) }
            index += 1
            return
        case "P": try pythonGroup(start: start, saved: saved); return
        case "(":
            throw SyntaxError(message: "conditional groups (?(...)) are not supported", position: start + 1)
        default:
            try inlineFlags(start: start, saved: saved)
            return
        }
        openGroups.append((start, 0, saved))
        canRepeat = false; afterQuantifier = false
    }

    private mutating func groupName(until terminator: Unicode.Scalar, start: Int) throws -> String {
        let nameStart = index
        while let c = peek(), c != terminator { index += 1 }
        if atEnd { throw SyntaxError(message: "missing \(terminator), unterminated name", position: nameStart) }
        let name = String(String.UnicodeScalarView(source[nameStart..<index]))
        index += 1
        if name.isEmpty { throw SyntaxError(message: "missing group name", position: nameStart) }
        let valid = name.unicodeScalars.enumerated().allSatisfy { offset, s in
            s == "_" || s.properties.isAlphabetic || (offset > 0 && s.properties.numericType == .decimal)
        }
        if !valid { throw SyntaxError(message: "bad character in group name '\(name)'", position: nameStart) }
        return name
    }

    private mutating func pythonGroup(start: Int, saved: Flags) throws {
        index += 1
        switch peek() {
        case "<":
            index += 1
            let nameStart = index
            let name = try groupName(until: ">", start: start)
            groups += 1
            if let previous = names.first(where: { $0.0 == name }) {
                throw SyntaxError(message: "redefinition of group name '\(name)' as group \(groups); was group \(previous.1)", position: nameStart)
            }
            names.append((name, groups))
            openGroups.append((start, groups, saved))
            output += "("
            canRepeat = false; afterQuantifier = false
        case "=":
            index += 1
            let nameStart = index
            let name = try groupName(until: ")", start: start)
            guard let number = names.first(where: { $0.0 == name })?.1 else {
                throw SyntaxError(message: "unknown group name '\(name)'", position: nameStart)
            }
            if openGroups.contains(where: { $0.number == number }) {
                throw SyntaxError(message: "cannot refer to an open group", position: nameStart)
            }
            output += "(?:\\\(number))"
            item()
        default:
            let c = peek().map { String($0) } ?? ""
            throw SyntaxError(message: c.isEmpty ? "unexpected end of pattern" : "unknown extension ?P" + c, position: start + 1)
        }
    }

    /// `(?aiLmsux)` at the start of the pattern, or scoped `(?i-s:...)`.
    private mutating func inlineFlags(start: Int, saved: Flags) throws {
        var on: Flags = [], off: Flags = []
        var negative = false
        while let c = peek() {
            let flag: Flags
            switch c {
            case "i": flag = .ignoreCase
            case "m": flag = .multiline
            case "s": flag = .dotAll
            case "x": flag = .verbose
            case "a": flag = .ascii
            case "u", "L": flag = []
            case "-":
                if negative { throw SyntaxError(message: "unknown flag", position: index) }
                negative = true; index += 1; continue
            case ")", ":":
                index += 1
                if c == ")" {
                    if negative { throw SyntaxError(message: "missing :", position: index - 1) }
                    if start != 0 {
                        throw SyntaxError(message: "global flags not at the start of the expression", position: start)
                    }
                    flags.formUnion(on)
                    return
                }
                flags = flags.union(on).subtracting(off)
                var icuOn = "", icuOff = ""
                for (bit, letter) in [(Flags.ignoreCase, "i"), (.multiline, "m"), (.dotAll, "s")] {
                    if on.contains(bit) { icuOn += letter }
                    if off.contains(bit) { icuOff += letter }
                }
                output += "(?" + icuOn + (icuOff.isEmpty ? "" : "-" + icuOff) + ":"
                openGroups.append((start, 0, saved))
                canRepeat = false; afterQuantifier = false
                return
            default:
                let message = c.properties.isAlphabetic ? "unknown flag" : "missing -, : or )"
                throw SyntaxError(message: message, position: index)
            }
            if negative { off.formUnion(flag) } else { on.formUnion(flag) }
            index += 1
        }
        throw SyntaxError(message: "missing -, : or )", position: index)
    }
}
