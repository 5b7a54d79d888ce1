import Foundation
import Interpreter

/// Running cells: numbering, magics and help, compiling in interactive mode, capturing output,
/// showing the last expression's value and turning exceptions into tracebacks.
extension Session {
    /// Runs one cell. `storeHistory: false` runs it without a number, history or `Out` entry
    /// (IPython's silent execution), for front-end helpers.
    @discardableResult
    public func run(_ source: String, storeHistory: Bool = true) -> CellResult {
        var result = CellResult()
        if source.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return result }
        let count: Int
        if storeHistory {
            executionCount += 1
            count = executionCount
            result.executionCount = count
            inputs.items.append(.str(source))
            namespace["_i\(count)"] = .str(source)
            history?.record(line: count, source: source)
        } else {
            count = executionCount
        }
        let collector = OutputCollector(live: outputHandler)
        let outer = self.collector
        self.collector = collector
        interruptFlag.pointee = 0
        let start = DispatchTime.now().uptimeNanoseconds
        do {
            try reloadChangedModules()
            let value = try execute(cell: source, number: count)
            if let value, storeHistory, !value.isNone, !InputScanner(source).endsWithSemicolon {
                try show(value, number: count, into: collector)
                result.value = value
            }
        } catch let exception as PyException where exception.isInstance(of: BuiltinTypes.systemExit) {
            result.status = .exitRequested(exitStatus(of: exception))
        } catch {
            collector.append(.error(errorOutput(for: error)))
            result.status = .error
            rememberLastError(error)
            debugAfterError(into: collector)
        }
        var exiting = false
        if case .exitRequested = result.status { exiting = true }
        if !exiting {
            // Jupyter's post-execute step: what the flushers show (figures a cell left open)
            // belongs to the cell, and their error is its error.
            do {
                try interpreter.flushPendingDisplays()
            } catch {
                collector.append(.error(errorOutput(for: error)))
                result.status = .error
            }
        }
        classSources.adopt(from: namespace)
        autoreload.rememberNew(interpreter.sourceModulePaths)
        result.duration = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        result.outputs = collector.outputs
        self.collector = outer
        if storeHistory {
            cellRecords.append(CellRecord(executionCount: count, source: source, duration: result.duration, failed: result.failed))
        }
        return result
    }

    /// Runs the text of a cell: a cell magic, help (`obj?`), a lone line magic, or Python code
    /// whose magic lines become calls. Returns the value to show, if any.
    func execute(cell source: String, number: Int) throws -> Value? {
        let trimmed = source.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.hasPrefix("%%") && !(trimmed.hasSuffix("?") && !trimmed.contains("\n")) {
            let firstLine = trimmed.prefix { $0 != "\n" }
            let body = trimmed.count > firstLine.count ? String(trimmed[trimmed.index(after: firstLine.endIndex)...]) : ""
            let (name, arguments) = MagicLine.split(String(firstLine.dropFirst(2)))
            return try runCellMagic(name: name, arguments: arguments, body: body)
        }
        if !trimmed.contains("\n") {
            if let help = HelpRequest(line: trimmed) {
                page(try helpText(for: help.expression, detailed: help.detailed))
                return nil
            }
            if trimmed.hasPrefix("%") {
                let (name, arguments) = MagicLine.split(String(trimmed.drop { $0 == "%" }))
                return try runLineMagic(name: name, arguments: arguments)
            }
        }
        let transformed = MagicLine.transform(source)
        return try executeCode(transformed, fileName: "<cell \(number)>", interactive: true)
    }

    /// Whether a cell compiles (its magic lines turned into calls, as `run` does): a front end's
    /// `is_complete` answers `invalid` for code no further input can fix. Compiled against a
    /// scratch namespace, so asking changes nothing.
    public func compiles(_ source: String) -> Bool {
        let trimmed = source.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.hasPrefix("%%") { return true }
        if !trimmed.contains("\n") && (HelpRequest(line: trimmed) != nil || trimmed.hasPrefix("%")) { return true }
        let scratch = interpreter.makeNamespace(moduleName: "__main__")
        return (try? interpreter.compile(MagicLine.transform(source), fileName: "<input>", namespace: scratch, interactive: true)) != nil
    }

    /// Compiles and runs Python code in the session namespace, noting class definitions.
    public func executeCode(_ source: String, fileName: String, interactive: Bool) throws -> Value {
        let code = try interpreter.compile(source, fileName: fileName, namespace: namespace, interactive: interactive)
        classSources.noteDefinitions(in: code)
        defer { classSources.adopt(from: namespace) }
        return try interpreter.execute(code, in: namespace)
    }

    /// Shows a cell's value: stores it as `Out[n]`, `_n` and `_` (shifting `__`, `___`), and
    /// adds its display data as the cell's `execute_result`.
    func show(_ value: Value, number: Int, into collector: OutputCollector) throws {
        // Formatting first: a value whose repr raises is reported and not stored.
        let data = try displayData(for: value)
        outputs.storage[HashKey(.int(number))] = value
        namespace["___"] = namespace["__"] ?? .str("")
        namespace["__"] = namespace["_"] ?? .str("")
        namespace["_"] = value
        namespace["_\(number)"] = value
        collector.append(.executeResult(executionCount: number, data: data))
    }

    /// The error output of an exception: CPython's traceback text, one line per entry (as
    /// Jupyter's `traceback` field holds it). A magic's usage error shows only its message.
    func errorOutput(for error: Error) -> ErrorOutput {
        guard let exception = error as? PyException else {
            let text = "\(error)"
            return ErrorOutput(name: "SystemError", value: text, traceback: ["SystemError: \(text)"])
        }
        let value = (try? interpreter.str(.object(exception))) ?? exception.message
        if exception.type === MagicError.usageErrorType || exceptionMode == "Minimal" {
            return ErrorOutput(name: exception.type.name, value: value, traceback: ["\(exception.type.name): \(value)"])
        }
        var text = interpreter.formatException(exception)
        if text.hasSuffix("\n") { text.removeLast() }
        return ErrorOutput(name: exception.type.name, value: value,
                           traceback: text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
    }

    /// `sys.exit(code)`: None is 0, an int is itself, anything else is printed and gives 1.
    func exitStatus(of exception: PyException) -> Int32 {
        guard let code = exception.args.first else { return 0 }
        switch code {
        case .none: return 0
        case .int(let n): return Int32(truncatingIfNeeded: n)
        case .bool(let b): return b ? 1 : 0
        default:
            write(stream: "stderr", ((try? interpreter.str(code)) ?? "") + "\n")
            return 1
        }
    }
}

/// `obj?` and `obj??` (also `?obj`): IPython's help syntax.
struct HelpRequest {
    let expression: String
    let detailed: Bool

    init?(line: String) {
        var text = line
        var detailed = false
        if text.hasSuffix("??") {
            text.removeLast(2)
            detailed = true
        } else if text.hasSuffix("?") {
            text.removeLast()
        } else if text.hasPrefix("??") {
            text.removeFirst(2)
            detailed = true
        } else if text.hasPrefix("?") {
            text.removeFirst()
        } else {
            return nil
        }
        text = text.trimmingCharacters(in: .whitespaces)
        // Only names and attribute chains: `a ? b` or `x[1]?` are not help requests.
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "_."))
        guard !text.isEmpty, text.unicodeScalars.allSatisfy({ allowed.contains($0) }),
              let first = text.unicodeScalars.first, !CharacterSet.decimalDigits.contains(first) else { return nil }
        expression = text
        self.detailed = detailed
    }
}
