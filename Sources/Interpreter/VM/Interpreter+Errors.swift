/// Exceptions: conversion of Swift errors, traceback bookkeeping, and CPython's rendering.
extension Interpreter {
    /// Any error thrown inside the VM as a Python exception.
    func asPythonException(_ error: Error) -> PyException {
        if let exception = error as? PyException { return exception }
        if let convert = errorConverter, let exception = convert(error) { return exception }
        return PyException(BuiltinTypes.systemError, "\(error)")
    }

    /// Adds the frame's line to the traceback, with the caret line under the operation it was
    /// running and, when `operands` are given (the frame where the operation failed), the line
    /// that names them.
    func addTraceback(_ exception: PyException, frame: Frame, operands: FailedOperands? = nil) {
        let line = frame.currentLine
        let id = frame.serial
        if let last = exception.traceback.last, last.frameSerial == id { return }
        let name = frame.code.name
        var entry = TracebackEntry(file: frame.code.file, line: line, functionName: name)
        entry.frameSerial = id
        let index = frame.pc - 1
        if index >= 0, let site = frame.code.operationSites[index] {
            // Operands the describer knows (tensors) are named now, while they are at hand;
            // otherwise the carets are drawn only if the traceback is printed.
            if let operands, describesAny(operands), let source = frame.code.file.line(line),
               let (carets, column) = TracebackCarets.carets(for: site, line: source, lineNumber: line) {
                entry.caretLine = carets
                entry.operandLine = operandLine(operands, file: frame.code.file, column: column)
            } else {
                entry.caretSite = (site, frame.code.file)
            }
        }
        exception.traceback.append(entry)
    }

    func unboundLocal(_ name: String) -> PyException {
        PyException(BuiltinTypes.unboundLocalError, "cannot access local variable '\(name)' where it is not associated with a value")
    }

    func nameError(_ name: String) -> PyException {
        let exception = PyException(BuiltinTypes.nameError, "name '\(name)' is not defined")
        exception.attributes["name"] = .str(name)
        exception.suggestionSource = .name(name, locals: boundLocalNames(currentFrame), globals: currentFrame?.globals)
        return exception
    }

    func unboundDeref(_ code: CodeObject, _ index: Int) -> PyException {
        if index < code.cellNames.count { return unboundLocal(code.cellNames[index]) }
        let name = code.freeNames[index - code.cellNames.count]
        return PyException(BuiltinTypes.nameError,
                           "cannot access free variable '\(name)' where it is not associated with a value in enclosing scope")
    }

    /// The full traceback text CPython prints for an uncaught exception, including chained
    /// causes and contexts.
    public func formatException(_ exception: PyException) -> String {
        var seen: Set<ObjectIdentifier> = []
        return formatChain(exception, seen: &seen)
    }

    private func formatChain(_ exception: PyException, seen: inout Set<ObjectIdentifier>) -> String {
        seen.insert(ObjectIdentifier(exception))
        var out = ""
        if case .object(let c) = exception.cause, let cause = c as? PyException, !seen.contains(ObjectIdentifier(cause)) {
            out += formatChain(cause, seen: &seen)
            out += "\nThe above exception was the direct cause of the following exception:\n\n"
        } else if !exception.suppressContext, case .object(let c) = exception.context, let context = c as? PyException,
                  !seen.contains(ObjectIdentifier(context)) {
            out += formatChain(context, seen: &seen)
            out += "\nDuring handling of the above exception, another exception occurred:\n\n"
        }
        return out + formatSingle(exception)
    }

    func formatSingle(_ exception: PyException) -> String {
        var out = ""
        if !exception.traceback.isEmpty {
            out += "Traceback (most recent call last):\n"
            for entry in exception.traceback.reversed() {
                out += "  File \"\(entry.fileName)\", line \(entry.line), in \(entry.functionName)\n"
                if let source = entry.sourceLine?.trimmingSpaces(), !source.isEmpty {
                    out += "    \(source)\n"
                    if let carets = entry.caretLine { out += "    \(carets)\n" }
                    if let operands = entry.operandLine { out += "    \(operands)\n" }
                }
            }
        }
        if exception.isInstance(of: BuiltinTypes.syntaxError), case .object(let f) = exception.attributes["_formatted"] ?? .none,
           let formatted = f as? PyStr {
            return out + formatted.value + "\n"
        }
        var line = exceptionLine(exception)
        if let suggestion = suggestion(for: exception) { line += ". Did you mean: '\(suggestion)'?" }
        return out + line + "\n"
    }

    /// The last line of a traceback: `TypeError: message`.
    public func exceptionLine(_ exception: PyException) -> String {
        let text = (try? str(.object(exception))) ?? ""
        var name = exception.type.qualifiedName
        if exception.type.moduleName != "builtins" && exception.type.moduleName != "__main__" {
            name = exception.type.moduleName + "." + name
        }
        return text.isEmpty ? name : "\(name): \(text)"
    }
}

extension String {
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        let end = scalars.lastIndex(where: { $0 != " " && $0 != "\t" && $0 != "\r" }) ?? start
        return String(scalars[start...end])
    }
}
