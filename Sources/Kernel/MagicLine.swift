import Foundation
import Interpreter

/// The syntax of magics inside cells. A lone `%name args` cell runs directly; inside larger
/// cells each magic line (and `x = %name args`, and `obj?`) becomes a call of a session builtin
/// on the same line, as IPython's input transformers do, so line numbers in tracebacks stay
/// right and magics can sit inside loops.
enum MagicLine {
    /// `"timeit -n 3 f(x)"` -> `("timeit", "-n 3 f(x)")`.
    static func split(_ text: String) -> (name: String, arguments: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let space = trimmed.firstIndex(where: { $0 == " " || $0 == "\t" }) else { return (trimmed, "") }
        return (String(trimmed[..<space]), String(trimmed[space...]).trimmingCharacters(in: .whitespaces))
    }

    private static let assignment = try? NSRegularExpression(
        pattern: #"^([A-Za-z_][A-Za-z0-9_ ,.\[\]]*?)\s*=\s*(?:%([A-Za-z_][A-Za-z0-9_]*)|!(.*))(.*)$"#)

    /// The cell with its magic and help lines rewritten as calls; other lines unchanged.
    static func transform(_ source: String) -> String {
        let scan = InputScanner(source)
        var changed = false
        let lines = scan.lines.map { line -> String in
            guard line.startsLogicalLine else { return line.text }
            let indent = line.text.indentation
            let body = String(line.text.dropFirst(indent.count))
            if body.hasPrefix("!") {
                // `!!cmd` is IPython's `%sx cmd` (the lines as a value); `!cmd` is `%system cmd`.
                changed = true
                let captures = body.hasPrefix("!!")
                return indent + call(captures ? "sx" : "system", String(body.dropFirst(captures ? 2 : 1)).trimmingCharacters(in: .whitespaces))
            }
            if body.hasPrefix("%") && !body.hasPrefix("%%") {
                let (name, arguments) = split(String(body.dropFirst()))
                changed = true
                return indent + call(name, arguments)
            }
            let code = line.code.trimmingCharacters(in: .whitespaces)
            if code.hasSuffix("?") || code.hasPrefix("?"), let help = HelpRequest(line: code) {
                changed = true
                return indent + "__tessera_help__(\(Formatting.quoteString(help.expression)), \(help.detailed ? "True" : "False"))"
            }
            if body.contains("%") || body.contains("!"), let regex = assignment,
               let match = regex.firstMatch(in: body, range: NSRange(body.startIndex..., in: body)),
               let target = Range(match.range(at: 1), in: body) {
                // `x = %name args` calls the magic; `x = !cmd` captures the command's lines.
                if let name = Range(match.range(at: 2), in: body), let rest = Range(match.range(at: 4), in: body) {
                    changed = true
                    return indent + body[target] + " = " + call(String(body[name]), String(body[rest]).trimmingCharacters(in: .whitespaces))
                }
                if let command = Range(match.range(at: 3), in: body) {
                    changed = true
                    return indent + body[target] + " = " + call("sx", String(body[command]).trimmingCharacters(in: .whitespaces))
                }
            }
            return line.text
        }
        return changed ? lines.joined(separator: "\n") : source
    }

    static func call(_ name: String, _ arguments: String) -> String {
        "__tessera_magic__(\(Formatting.quoteString(name)), \(Formatting.quoteString(arguments)))"
    }
}

/// Errors of magics shown without a traceback, as IPython's `UsageError`.
enum MagicError {
    /// The class of usage errors. Like the built-in exception classes it is created once and
    /// never changed.
    static let usageErrorType = PyType(builtin: "UsageError", base: BuiltinTypes.exception, module: "IPython")

    static func usage(_ message: String) -> PyException {
        PyException(usageErrorType, message)
    }
}
