import Foundation
import Interpreter

/// `_tessera_re`: the matching core under `re` (Sources/Library/Python/re.py). Patterns are
/// translated to ICU (`RegexTranslator`) and run by Foundation's `NSRegularExpression`; positions
/// cross the boundary as code-point offsets, as Python counts them, while ICU counts UTF-16 units.
enum RegexModule {
    /// A compiled pattern: the ICU expression, and the one anchored at the end for `fullmatch`.
    final class Handle: PyObject {
        let expression: NSRegularExpression
        let translated: String
        let options: NSRegularExpression.Options
        private var fullExpression: NSRegularExpression?

        init(expression: NSRegularExpression, translated: String, options: NSRegularExpression.Options) {
            self.expression = expression
            self.translated = translated
            self.options = options
            super.init(type: handleType)
        }

        func full() throws -> NSRegularExpression {
            if let fullExpression { return fullExpression }
            let made = try NSRegularExpression(pattern: "(?:" + translated + ")\\z", options: options)
            fullExpression = made
            return made
        }
    }

    static let handleType = PyType(builtin: "_Regex", base: BuiltinTypes.object, subclassable: false, module: "_tessera_re") { _ in }

    /// A subject string with the mapping between code points and UTF-16 offsets (identity when
    /// every character is in the BMP).
    struct Subject {
        let text: NSString
        let string: String
        /// UTF-16 offset of each code point, and one past the end; nil when they are equal.
        let utf16Offsets: [Int]?
        let count: Int

        init(_ string: String, endpos: Int?) {
            let scalars = string.unicodeScalars
            var total = scalars.count
            let end = min(max(endpos ?? total, 0), total)
            let kept = end == total ? string : String(String.UnicodeScalarView(scalars.prefix(end)))
            total = end
            self.string = kept
            self.text = kept as NSString
            self.count = total
            if kept.utf16.count == total {
                utf16Offsets = nil
            } else {
                var offsets: [Int] = []
                offsets.reserveCapacity(total + 1)
                var offset = 0
                for s in kept.unicodeScalars {
                    offsets.append(offset)
                    offset += s.utf16.count
                }
                offsets.append(offset)
                utf16Offsets = offsets
            }
        }

        func utf16(_ codePoint: Int) -> Int { utf16Offsets?[codePoint] ?? codePoint }

        func codePoint(_ utf16Offset: Int) -> Int {
            guard let offsets = utf16Offsets else { return utf16Offset }
            // Binary search: the code point whose UTF-16 offset this is.
            var low = 0, high = offsets.count - 1
            while low < high {
                let middle = (low + high) / 2
                if offsets[middle] < utf16Offset { low = middle + 1 } else { high = middle }
            }
            return low
        }

        /// A match's spans as a flat tuple (start, end per group, -1 for groups that took no part).
        func spans(_ result: NSTextCheckingResult) -> Value {
            var values: [Value] = []
            values.reserveCapacity(result.numberOfRanges * 2)
            for group in 0..<result.numberOfRanges {
                let range = result.range(at: group)
                if range.location == NSNotFound {
                    values.append(.int(-1)); values.append(.int(-1))
                } else {
                    values.append(.int(codePoint(range.location)))
                    values.append(.int(codePoint(range.location + range.length)))
                }
            }
            return .object(PyTuple(values))
        }
    }

    static func options(_ flags: RegexTranslator.Flags) -> NSRegularExpression.Options {
        var options: NSRegularExpression.Options = [.useUnixLineSeparators]
        if flags.contains(.ignoreCase) { options.insert(.caseInsensitive) }
        if flags.contains(.multiline) { options.insert(.anchorsMatchLines) }
        if flags.contains(.dotAll) { options.insert(.dotMatchesLineSeparators) }
        return options
    }

    static func handle(_ value: Value) throws -> Handle {
        guard case .object(let o) = value, let handle = o as? Handle else {
            throw PyException(BuiltinTypes.typeError, "expected a compiled pattern")
        }
        return handle
    }

    /// The search range: from `pos` (clamped as Python does) to the end of the subject, which
    /// already stops at `endpos`. Bounds are transparent and not anchoring, so `^` matches only at
    /// the real start and lookbehind sees text before `pos`, as in sre.
    static func range(_ subject: Subject, _ pos: Int) -> NSRange {
        let start = subject.utf16(min(max(pos, 0), subject.count))
        return NSRange(location: start, length: subject.text.length - start)
    }

    static func make(_ interpreter: Interpreter) throws -> PyModule {
        interpreter.makeModule("_tessera_re") { ns in
            // compile(pattern, flags) -> (handle, groups, [(name, index)], flags) or (None, message, position)
            ns.function("compile", "pattern, flags") { i, a in
                let pattern = try i.stringArgument(a[0])
                let flags = try i.intArgument(a[1])
                do {
                    let result = try RegexTranslator.translate(pattern, flags: flags)
                    let options = options(result.flags)
                    let expression: NSRegularExpression
                    do { expression = try NSRegularExpression(pattern: result.pattern, options: options) } catch {
                        return .object(PyTuple([.none, .str("invalid pattern: \(error.localizedDescription)"), .int(0)]))
                    }
                    let names = result.groupNames.map { Value.object(PyTuple([.str($0.0), .int($0.1)])) }
                    return .object(PyTuple([.object(Handle(expression: expression, translated: result.pattern, options: options)),
                                            .int(result.groups), .object(PyList(names)), .int(result.flags.rawValue)]))
                } catch let error as RegexTranslator.SyntaxError {
                    return .object(PyTuple([.none, .str(error.message), .int(error.position)]))
                }
            }
            // match(handle, string, pos, endpos, mode): mode 0 search, 1 match, 2 fullmatch.
            ns.function("match", "handle, string, pos, endpos, mode") { i, a in
                let handle = try handle(a[0])
                let string = try i.stringArgument(a[1])
                let subject = Subject(string, endpos: try i.intArgument(a[3]))
                let mode = try i.intArgument(a[4])
                let expression = mode == 2 ? try handle.full() : handle.expression
                var options: NSRegularExpression.MatchingOptions = [.withTransparentBounds, .withoutAnchoringBounds]
                if mode != 0 { options.insert(.anchored) }
                let position = try i.intArgument(a[2])
                guard position <= subject.count else { return .none }
                guard let result = expression.firstMatch(in: subject.string, options: options, range: range(subject, position)) else { return .none }
                return subject.spans(result)
            }
            // scan(handle, string, pos, endpos) -> every match's spans, left to right.
            ns.function("scan", "handle, string, pos, endpos") { i, a in
                let handle = try handle(a[0])
                let subject = Subject(try i.stringArgument(a[1]), endpos: try i.intArgument(a[3]))
                let position = try i.intArgument(a[2])
                guard position <= subject.count else { return .object(PyList([])) }
                let results = handle.expression.matches(in: subject.string, options: [.withTransparentBounds, .withoutAnchoringBounds],
                                                        range: range(subject, position))
                return .object(PyList(results.map { subject.spans($0) }))
            }
        }
    }
}
