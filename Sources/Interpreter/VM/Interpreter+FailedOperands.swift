import Syntax

/// The operand line of a traceback: when an operation fails, the frame's caret line is followed
/// by its operands, named by their source text, with what the `operandDescriber` says of them
/// (`x: [5, 784] float32   w: [10, 784] float32`). Only values the failed instruction already
/// had are shown: they are still on the value stack (or saved by the general call path), so
/// nothing is evaluated again and normal execution pays nothing.
extension Interpreter {
    struct FailedOperands {
        let site: OperationSite
        let receiver: Value?
        let values: [Value]
    }

    /// The failed instruction's operands for the traceback (nil without a describer), and the
    /// saved call operands cleared. Out of line: the dispatch loop's error handler stays small.
    @inline(never)
    func takeFailedOperands(of frame: Frame, sp: UnsafeMutablePointer<Value>, stackWasCut: Bool) -> FailedOperands? {
        defer { failedCallOperands = nil }
        guard let describe = operandDescriber else { return nil }
        // Most exceptions (a KeyError or ValueError caught in a loop) have no operand the
        // describer knows: a scan of the frame's value stack and the saved call operands
        // finds that without building the operand list.
        guard mayDescribeOperands(describe, from: frame.stackBase, to: sp) else { return nil }
        return failedOperands(of: frame, sp: sp, stackWasCut: stackWasCut)
    }

    /// Whether any value the failed instruction can have as an operand might be described:
    /// one the describer knows, or a list, tuple or bound method, whose items or receiver the
    /// full check (`describesAny`) looks into. Library values (tensors) are objects of kind
    /// `other`, so the interpreter's own kinds (dicts, strs, functions...) are not asked.
    private func mayDescribeOperands(_ describe: (Value) -> String?, from base: UnsafeMutablePointer<Value>,
                                     to top: UnsafeMutablePointer<Value>) -> Bool {
        func mayDescribe(_ value: Value) -> Bool {
            guard case .object(let o) = value else { return describe(value) != nil }
            switch o.objectKind {
            case .list, .tuple, .boundMethod: return true
            case .other, .instance: return describe(value) != nil
            default: return false
            }
        }
        if let saved = failedCallOperands, mayDescribe(saved.receiver) || saved.arguments.contains(where: mayDescribe) {
            return true
        }
        var slot = base
        while slot < top {
            if mayDescribe(slot.pointee) { return true }
            slot += 1
        }
        return false
    }

    /// The operands of the instruction that just threw in `frame`, read from the stack up to `sp`
    /// (which holds initialized values down to the frame's stack base).
    func failedOperands(of frame: Frame, sp: UnsafeMutablePointer<Value>, stackWasCut: Bool) -> FailedOperands? {
        let index = frame.pc - 1
        let code = frame.code
        guard index >= 0, index < code.instructions.count, let site = code.operationSites[index] else { return nil }
        let word = code.instructions[index]
        let argument = Instruction.argument(word)
        let base = frame.stackBase
        func stack(_ count: Int, below top: UnsafeMutablePointer<Value>) -> [Value]? {
            guard count >= 0, top - count >= base, top <= sp else { return nil }
            return Array(UnsafeBufferPointer(start: top - count, count: count))
        }
        func receiver(ofCallable value: Value) -> Value? {
            (value.asObject as? PyBoundMethod)?.receiver
        }
        switch Instruction.opcode(word) {
        case .binary, .inplace, .compare, .binarySubscript:
            return stack(2, below: sp).map { FailedOperands(site: site, receiver: nil, values: $0) }
        case .subscriptMulti:
            return stack(argument + 1, below: sp).map { FailedOperands(site: site, receiver: nil, values: $0) }
        case .unaryNegative, .unaryPositive, .unaryInvert:
            return stack(1, below: sp).map { FailedOperands(site: site, receiver: nil, values: $0) }
        case .callMethod:
            if let saved = failedCallOperands {
                var values = saved.arguments
                var object: Value? = saved.receiver.isUnset ? nil : saved.receiver
                if values.count == argument + 1 { object = values.removeFirst() }
                return FailedOperands(site: site, receiver: object, values: values)
            }
            // Layout: [method | unset, self | callable, arguments...].
            guard !stackWasCut, let values = stack(argument, below: sp), let pair = stack(2, below: sp - argument) else { return nil }
            let object: Value? = pair[0].isUnset ? nil : pair[1]
            return FailedOperands(site: site, receiver: object, values: values)
        case .call, .callKeywords:
            if let saved = failedCallOperands {
                return FailedOperands(site: site, receiver: saved.receiver.isUnset ? nil : saved.receiver, values: saved.arguments)
            }
            guard !stackWasCut, let values = stack(argument, below: sp), let callable = stack(1, below: sp - argument) else { return nil }
            return FailedOperands(site: site, receiver: receiver(ofCallable: callable[0]), values: values)
        default:
            return nil
        }
    }

    /// Whether the describer knows one of the operands (or an element of a list or tuple
    /// operand): only then does a traceback get an operand line.
    func describesAny(_ operands: FailedOperands) -> Bool {
        guard let describe = operandDescriber else { return false }
        func known(_ value: Value) -> Bool {
            if describe(value) != nil { return true }
            switch value.asObject {
            case let list as PyList: return list.items.contains { describe($0) != nil }
            case let tuple as PyTuple: return tuple.items.contains { describe($0) != nil }
            default: return false
            }
        }
        if let receiver = operands.receiver, describe(receiver) != nil { return true }
        return operands.values.contains(where: known)
    }

    /// The operand line for `operands` (relative to the stripped source line, starting at
    /// `column`), or nil when the describer knows none of them: plain Python keeps CPython's
    /// traceback.
    func operandLine(_ operands: FailedOperands, file: SourceFile, column: Int) -> String? {
        guard let describe = operandDescriber else { return nil }
        var parts: [String] = []
        var describedAny = false
        func add(_ source: OperandSource, _ value: Value) {
            if source.isLiteral || value.isUnset { return }
            let items: [Value]?
            switch value.asObject {
            case let list as PyList: items = list.items
            case let tuple as PyTuple: items = tuple.items
            default: items = nil
            }
            if let items, !source.elements.isEmpty, source.elements.count == items.count {
                // `torch.cat([a, b])`: name the elements.
                for (element, item) in zip(source.elements, items) { add(element, item) }
                return
            }
            let text = TracebackCarets.text(from: source.start, to: source.end, in: file)
            if let description = describe(value) {
                describedAny = true
                parts.append("\(text): \(description)")
            } else if let items, items.contains(where: { describe($0) != nil }) {
                describedAny = true
                let shown = items.prefix(6).map { describe($0) ?? $0.typeName }
                parts.append("\(text): [" + shown.joined(separator: ", ") + (items.count > 6 ? ", ...]" : "]"))
            } else {
                parts.append("\(text): \(value.typeName)")
            }
        }
        // A method's object is named when it is a tensor (`x` of `x.view(3, 4)`), not when it
        // is a module (`torch` of `torch.cat`).
        if let source = operands.site.receiver, let value = operands.receiver, describe(value) != nil { add(source, value) }
        for (source, value) in zip(operands.site.operands, operands.values) { add(source, value) }
        guard describedAny else { return nil }
        return String(repeating: " ", count: column) + parts.joined(separator: "   ")
    }
}
