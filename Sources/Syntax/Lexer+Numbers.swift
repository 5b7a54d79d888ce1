/// Numeric literals: decimal, hex, octal and binary integers with `_` separators, floats
/// (`1e-5`, `1.`, `.5`) and imaginary literals.
extension Lexer {
    mutating func lexNumber() throws {
        let start = location
        let begin = pos
        if bytes[pos] == UInt8(ascii: "0"), let radix = radixFor(peek(1)) {
            pos += 2
            let digitsStart = pos
            while pos < bytes.count && (isRadixDigit(bytes[pos], radix) || bytes[pos] == UInt8(ascii: "_")) { pos += 1 }
            let digits = String(decoding: bytes[digitsStart..<pos], as: UTF8.self)
            try checkUnderscores(digits, at: start)
            if digits.isEmpty || (pos < bytes.count && isIdentifierPart(bytes[pos])) {
                let name = radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary"
                throw error("invalid \(name) literal", at: start)
            }
            let clean = digits.filter { $0 != "_" }
            let text = String(decoding: bytes[begin..<pos], as: UTF8.self)
            if let value = Int(clean, radix: radix) {
                emit(.int(value), text, from: start)
            } else {
                emit(.bigInt(clean.isEmpty ? "0" : "0" + (radix == 16 ? "x" : radix == 8 ? "o" : "b") + clean), text, from: start)
            }
            return
        }
        var isFloat = false
        scanDigits()
        if peek() == UInt8(ascii: ".") {
            isFloat = true
            pos += 1
            scanDigits()
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            let save = pos
            pos += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { pos += 1 }
            if isDigit(peek()) {
                isFloat = true
                scanDigits()
            } else {
                pos = save
                throw error("invalid decimal literal", at: start)
            }
        }
        let text = String(decoding: bytes[begin..<pos], as: UTF8.self)
        try checkUnderscores(text, at: start)
        let clean = text.filter { $0 != "_" }
        if peek() == UInt8(ascii: "j") || peek() == UInt8(ascii: "J") {
            pos += 1
            return emit(.imaginary(Double(clean) ?? 0), text + "j", from: start)
        }
        if pos < bytes.count && isIdentifierStart(bytes[pos]) {
            throw error("invalid decimal literal", at: start)
        }
        if isFloat {
            emit(.float(Double(clean) ?? .infinity), text, from: start)
        } else {
            if clean.count > 1 && clean.hasPrefix("0") && clean.contains(where: { $0 != "0" }) {
                throw error("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", at: start)
            }
            if let value = Int(clean) {
                emit(.int(value), text, from: start)
            } else {
                emit(.bigInt(clean), text, from: start)
            }
        }
    }

    private mutating func scanDigits() {
        while pos < bytes.count && (isDigit(bytes[pos]) || (bytes[pos] == UInt8(ascii: "_") && isDigit(peek(1)))) { pos += 1 }
    }

    private func radixFor(_ c: UInt8) -> Int? {
        switch c {
        case UInt8(ascii: "x"), UInt8(ascii: "X"): return 16
        case UInt8(ascii: "o"), UInt8(ascii: "O"): return 8
        case UInt8(ascii: "b"), UInt8(ascii: "B"): return 2
        default: return nil
        }
    }

    private func isRadixDigit(_ c: UInt8, _ radix: Int) -> Bool {
        switch radix {
        case 16: return isDigit(c) || (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "f")) || (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "F"))
        case 8: return c >= UInt8(ascii: "0") && c <= UInt8(ascii: "7")
        default: return c == UInt8(ascii: "0") || c == UInt8(ascii: "1")
        }
    }

    private func checkUnderscores(_ text: String, at start: SourceLocation) throws {
        if text.hasSuffix("_") || text.contains("__") { throw error("invalid decimal literal", at: start) }
    }
}
