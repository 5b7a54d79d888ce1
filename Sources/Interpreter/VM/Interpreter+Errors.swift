/// Exceptions: conversion of Swift errors, traceback bookkeeping, and CPython's rendering.
extension Interpreter {
    /// Any error thrown inside the VM as a Python exception.
    func asPythonException(_ error: Error) -> PyException {
        if let exception = PyException.from(error) { return exception }
        if let convert = errorConverter, let exception = convert(error) { return exception }
        return PyException(BuiltinTypes.systemError, "\(error)")
    }

    /// Adds the frame's line to the traceback, with the caret line under the operation it was
    /// running and, when `operands` are given (the frame where the operation failed), the line
    /// that names them.
    /// A frame adds one entry however often the exception passes through it (a bare `raise`
    /// or the end of a `finally` re-raises without one), except that an explicit `raise exc`
    /// adds a line for itself as CPython does (`raiseStatement`).
    func addTraceback(_ exception: PyException, frame: Frame, operands: FailedOperands? = nil, raiseStatement: Bool = false) {
        let id = frame.serial
        if !raiseStatement, exception.traceback.last?.frameSerial == id { return }
        let index = frame.pc - 1
        var entry = TracebackEntry(code: frame.code, instruction: index, frameSerial: id)
        // Operands the describer knows (tensors) are named now, while they are at hand;
        // otherwise the line, its text and the carets are derived from the instruction only
        // if the traceback is read (a caught exception never needs them).
        if index >= 0, let operands, describesAny(operands) {
            describe(&entry, operands, frame: frame, index: index)
        }
        exception.traceback.append(entry)
    }

    @inline(never)
    private func describe(_ entry: inout TracebackEntry, _ operands: FailedOperands, frame: Frame, index: Int) {
        let line = frame.code.line(at: index)
        guard let site = frame.code.operationSites[index], let source = frame.code.file.line(line),
              let (carets, column) = TracebackCarets.carets(for: site, line: source, lineNumber: line) else { return }
        entry.describedOperation = DescribedOperation(caretLine: carets,
                                                      operandLine: operandLine(operands, file: frame.code.file, column: column))
    }

    func unboundLocal(_ name: String) -> PyException {
        PyException(BuiltinTypes.unboundLocalError, "cannot access local variable '\(name)' where it is not associated with a value")
    }

    func nameError(_ name: String) -> PyException {
        let exception = PyException(type: BuiltinTypes.nameError, pending: .undefinedName(name))
        exception.suggestionSource = .name(name, locals: boundLocals(currentFrame), globals: currentFrame?.globals)
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
