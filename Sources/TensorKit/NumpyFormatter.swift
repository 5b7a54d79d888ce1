/// A port of numpy's `repr(ndarray)` / `str(ndarray)` (numpy/_core/arrayprint.py with default
/// options: precision 8, floatmode 'maxprec', threshold 1000, edgeitems 3, linewidth 75), so the
/// numpy-lite `array` the book prints looks exactly as numpy prints it.
enum NumpyFormatter {
    static let lineWidth = 75
    static let threshold = 1000
    static let edgeItems = 3

    /// `repr(np.asarray(t))`: "array([[  0,   0]], dtype=uint8)".
    static func repr(_ t: Tensor) -> String {
        let prefix = "array("
        let list: String
        if t.count == 0 {
            list = "[]"
        } else {
            list = arrayToString(t, separator: ", ", prefix: prefix, lineWidth: lineWidth - 1)
        }
        var extras: [String] = []
        if (t.count == 0 && t.shape != [0]) || t.count > threshold {
            extras.append("shape=" + Shape.tupleDescription(t.shape))
        }
        let implied = t.dtype == .int64 || t.dtype == .float64 || t.dtype == .bool
        if !implied || t.count == 0 { extras.append("dtype=\(t.dtype.numpyName)") }
        if extras.isEmpty { return prefix + list + ")" }
        let arrayString = prefix + list + ","
        let extraString = extras.joined(separator: ", ") + ")"
        let chars = Array(arrayString)
        let lastLineLength = chars.count - ((chars.lastIndex(of: "\n") ?? -1) + 1)
        let spacer = lastLineLength + extraString.count + 1 > lineWidth ? "\n" + String(repeating: " ", count: prefix.count) : " "
        return arrayString + spacer + extraString
    }

    /// `str(np.asarray(t))`: "[[0 0]\n [0 0]]".
    static func str(_ t: Tensor) -> String {
        if t.count == 0 { return "[]" }
        return arrayToString(t, separator: " ", prefix: "", lineWidth: lineWidth)
    }

    static func arrayToString(_ t: Tensor, separator: String, prefix: String, lineWidth: Int) -> String {
        let summarize = t.count > threshold
        let data = summarize ? leadingTrailing(t) : t.scalars()
        let format = formatFunction(data, t.dtype, isScalar: t.rank == 0)
        let nextLinePrefix = " " + String(repeating: " ", count: prefix.count)
        return formatArray(t, format, lineWidth: lineWidth, nextLinePrefix: nextLinePrefix,
                           separator: separator, summaryInsert: summarize ? "..." : "")
    }

    /// The values `_leading_trailing` keeps (edge items of every axis), row-major.
    static func leadingTrailing(_ t: Tensor) -> [Scalar] {
        if t.rank == 0 { return t.scalars() }
        let n = t.shape[0]
        let rows = n > 2 * edgeItems ? Array(0..<edgeItems) + Array((n - edgeItems)..<n) : Array(0..<n)
        if t.rank == 1 { return rows.map { ElementAccess.loadScalar(t.plainSelect(0, $0).dataPointer, t.dtype) } }
        return rows.flatMap { leadingTrailing(t.plainSelect(0, $0)) }
    }

    static func formatFunction(_ data: [Scalar], _ dtype: DType, isScalar: Bool) -> (Scalar) -> String {
        switch dtype {
        case .bool:
            let trueString = isScalar ? "True" : " True"
            return { $0.boolValue ? trueString : "False" }
        case .uint8, .int32, .int64:
            let ints = data.map { $0.intValue }
            let width = Swift.max(String(ints.max() ?? 0).count, String(ints.min() ?? 0).count)
            return { v in
                let s = String(v.intValue)
                return String(repeating: " ", count: Swift.max(0, width - s.count)) + s
            }
        case .float32, .float64:
            return FloatingFormat(data.map { $0.doubleValue }, isFloat32: dtype == .float32).format
        }
    }

    /// `_formatArray`.
    static func formatArray(_ t: Tensor, _ format: @escaping (Scalar) -> String, lineWidth: Int,
                            nextLinePrefix: String, separator: String, summaryInsert: String) -> String {
        func recurse(_ a: Tensor, hangingIndent: String, currentWidth: Int) -> String {
            if a.rank == 0 { return format(ElementAccess.loadScalar(a.dataPointer, a.dtype)) }
            let nextHangingIndent = hangingIndent + " "
            let nextWidth = currentWidth - 1
            let length = a.shape[0]
            let showSummary = !summaryInsert.isEmpty && 2 * edgeItems < length
            let leading = showSummary ? edgeItems : 0
            let trailing = showSummary ? edgeItems : length
            var s = ""
            if a.rank == 1 {
                let elementWidth = currentWidth - Swift.max(separator.trimmingTrailingSpaces().count, 1)
                var line = hangingIndent
                for i in 0..<leading {
                    let word = recurse(a.plainSelect(0, i), hangingIndent: nextHangingIndent, currentWidth: nextWidth)
                    extendLine(&s, &line, word, elementWidth, hangingIndent)
                    line += separator
                }
                if showSummary {
                    extendLine(&s, &line, summaryInsert, elementWidth, hangingIndent)
                    line += separator
                }
                var i = trailing
                while i > 1 {
                    let word = recurse(a.plainSelect(0, length - i), hangingIndent: nextHangingIndent, currentWidth: nextWidth)
                    extendLine(&s, &line, word, elementWidth, hangingIndent)
                    line += separator
                    i -= 1
                }
                let word = recurse(a.plainSelect(0, length - 1), hangingIndent: nextHangingIndent, currentWidth: nextWidth)
                extendLine(&s, &line, word, elementWidth, hangingIndent)
                s += line
            } else {
                let lineSeparator = separator.trimmingTrailingSpaces() + String(repeating: "\n", count: a.rank - 1)
                for i in 0..<leading {
                    s += hangingIndent + recurse(a.plainSelect(0, i), hangingIndent: nextHangingIndent, currentWidth: nextWidth) + lineSeparator
                }
                if showSummary { s += hangingIndent + summaryInsert + lineSeparator }
                var i = trailing
                while i > 1 {
                    s += hangingIndent + recurse(a.plainSelect(0, length - i), hangingIndent: nextHangingIndent, currentWidth: nextWidth) + lineSeparator
                    i -= 1
                }
                s += hangingIndent + recurse(a.plainSelect(0, length - 1), hangingIndent: nextHangingIndent, currentWidth: nextWidth)
            }
            return "[" + String(s.dropFirst(hangingIndent.count)) + "]"
        }
        return recurse(t, hangingIndent: nextLinePrefix, currentWidth: lineWidth)
    }

    /// `_extendLine_pretty` for words that may span lines (nested rows), else `_extendLine`.
    static func extendLine(_ s: inout String, _ line: inout String, _ word: String, _ width: Int, _ nextLinePrefix: String) {
        let words = word.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if words.count == 1 {
            var needsWrap = line.count + word.count > width
            if line.count <= nextLinePrefix.count { needsWrap = false }
            if needsWrap {
                s += line.trimmingTrailingSpaces() + "\n"
                line = nextLinePrefix
            }
            line += word
            return
        }
        let maxWordLength = words.map { $0.count }.max() ?? 0
        var indent: String
        if line.count + maxWordLength > width && line.count > nextLinePrefix.count {
            s += line.trimmingTrailingSpaces() + "\n"
            line = nextLinePrefix + words[0]
            indent = nextLinePrefix
        } else {
            indent = String(repeating: " ", count: line.count)
            line += words[0]
        }
        for w in words.dropFirst() {
            s += line.trimmingTrailingSpaces() + "\n"
            line = indent + w
        }
        line += String(repeating: " ", count: maxWordLength - (words.last?.count ?? 0))
        _ = indent
    }
}

/// numpy's `FloatingFormat` for floatmode 'maxprec', precision 8, sign '-'.
struct FloatingFormat {
    var expFormat = false
    var padLeft = 0
    var padRight = 0
    var precision = 8
    var expSize = -1
    let isFloat32: Bool

    init(_ data: [Double], isFloat32: Bool) {
        self.isFloat32 = isFloat32
        let finite = data.filter { $0.isFinite }
        let absNonZero = finite.filter { $0 != 0 }.map { Swift.abs($0) }
        if let maxVal = absNonZero.max(), let minVal = absNonZero.min() {
            let cutoff = isFloat32 ? 1e6 : 1e8
            if maxVal >= cutoff || minVal < 0.0001 || maxVal / minVal > 1000 { expFormat = true }
        }
        if finite.isEmpty {
            padLeft = 0
            padRight = 0
        } else if expFormat {
            let strs = finite.map { scientific($0, precision: 8, minDigits: 0) }
            var fracMax = 0, intMax = 0, expMax = 0
            for s in strs {
                let parts = s.split(separator: "e", maxSplits: 1).map(String.init)
                let mant = parts[0].split(separator: ".", omittingEmptySubsequences: false).map(String.init)
                intMax = Swift.max(intMax, mant[0].count)
                fracMax = Swift.max(fracMax, mant.count > 1 ? mant[1].count : 0)
                expMax = Swift.max(expMax, parts.count > 1 ? parts[1].count : 0)
            }
            expSize = expMax - 1
            precision = fracMax
            padLeft = intMax
            padRight = expSize + 2 + precision
        } else {
            var fracMax = 0, intMax = 0
            for v in finite {
                let s = positional(v)
                let parts = s.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
                intMax = Swift.max(intMax, parts[0].count)
                fracMax = Swift.max(fracMax, parts.count > 1 ? parts[1].count : 0)
            }
            padLeft = intMax
            padRight = fracMax
        }
        if finite.count != data.count {
            let negInf = data.contains { $0.isInfinite && $0 < 0 }
            let offset = padRight + 1
            padLeft = Swift.max(padLeft, 3 - offset, 3 + (negInf ? 1 : 0) - offset)
        }
    }

    /// Shortest round-trip digits for the element type.
    func digits(_ x: Double) -> (negative: Bool, digits: [UInt8], exponent: Int) {
        if isFloat32 {
            return PythonFloatFormat.shortestDigits(Double(Float(x)), float32: true)
        }
        return PythonFloatFormat.shortestDigits(x)
    }

    /// dragon4_positional(unique, precision 8, trim '.'): e.g. "1.", "0.5", "-2.25".
    func positional(_ x: Double) -> String {
        if x == 0 { return (x.sign == .minus ? "-" : "") + "0." }
        var (negative, ds, decpt) = digits(x)
        // More than `precision` fractional digits: round the exact value instead.
        if ds.count - decpt > precision {
            let rounded = PythonFloatFormat.fixed(x, precision: precision)
            var r = rounded
            while r.hasSuffix("0") { r.removeLast() }
            if r == "-0." || r == "-0" { r = "-0." }
            return r.hasSuffix(".") || r.contains(".") ? r : r + "."
        }
        var s = negative ? "-" : ""
        if decpt <= 0 {
            s += "0." + String(repeating: "0", count: -decpt) + ds.map(String.init).joined()
        } else if decpt >= ds.count {
            s += ds.map(String.init).joined() + String(repeating: "0", count: decpt - ds.count) + "."
        } else {
            let text = ds.map(String.init).joined()
            s += String(text.prefix(decpt)) + "." + String(text.dropFirst(decpt))
        }
        negative = false
        return s
    }

    /// dragon4_scientific(unique, precision, trim): "1.5e-05", with `minDigits` zero padding.
    func scientific(_ x: Double, precision: Int, minDigits: Int) -> String {
        var negative = x.sign == .minus
        var ds: [UInt8] = [0]
        var decpt = 1
        if x != 0 {
            (negative, ds, decpt) = digits(x)
            if ds.count - 1 > precision {
                // Round the exact value to `precision` fractional digits in scientific form.
                let text = PythonFloatFormat.scientific(Swift.abs(x), precision: precision)
                let parts = text.split(separator: "e").map(String.init)
                var mant = parts[0].replacingDot()
                while mant.count > 1 && mant.hasSuffix("0") { mant.removeLast() }
                ds = mant.compactMap { $0.asciiValue.map { $0 - 48 } }
                decpt = (Int(parts[1]) ?? 0) + 1
            }
        }
        var frac = ds.dropFirst().map(String.init).joined()
        while frac.count < minDigits { frac += "0" }
        let e = decpt - 1
        var expDigits = String(Swift.abs(e))
        while expDigits.count < Swift.max(expSize, 2) { expDigits = "0" + expDigits }
        return (negative ? "-" : "") + String(ds[0]) + "." + frac + "e" + (e < 0 ? "-" : "+") + expDigits
    }

    func format(_ v: Scalar) -> String {
        let x = v.doubleValue
        if !x.isFinite {
            let ret = x.isNaN ? "nan" : (x < 0 ? "-inf" : "inf")
            return String(repeating: " ", count: Swift.max(0, padLeft + padRight + 1 - ret.count)) + ret
        }
        let body = expFormat ? scientific(x, precision: precision, minDigits: precision) : positional(x)
        let parts = body.split(separator: expFormat ? "e" : "\u{0}", maxSplits: 1).map(String.init)
        let mantissa = parts[0]
        let pieces = mantissa.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let intPart = pieces[0]
        var result = String(repeating: " ", count: Swift.max(0, padLeft - intPart.count)) + mantissa
        if !expFormat {
            let fracLength = pieces.count > 1 ? pieces[1].count : 0
            result += String(repeating: " ", count: Swift.max(0, padRight - fracLength))
        } else if parts.count > 1 {
            result += "e" + parts[1]
        }
        return result
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }

    func replacingDot() -> String { filter { $0 != "." } }
}

extension Tensor {
    /// numpy's `repr` of this tensor's values as an ndarray ("array([1, 2], dtype=uint8)").
    public var numpyRepr: String { NumpyFormatter.repr(self) }
    /// numpy's `str` of this tensor's values as an ndarray ("[1 2]").
    public var numpyString: String { NumpyFormatter.str(self) }
}
