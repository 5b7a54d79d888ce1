import Syntax

/// The code object being built for one scope, with its labels, stack-depth bookkeeping and the
/// stack of enclosing control blocks that `break`, `continue` and `return` must unwind.
final class CompilationUnit {
    enum ControlBlock {
        /// A `for` loop keeps its iterator on the stack; a `while` loop does not.
        case loop(continueLabel: Int, breakLabel: Int, hasIterator: Bool)
        /// The protected body of a `try` with handlers (a `setupExcept` block is active).
        case tryBody
        /// The protected body of a `try ... finally`; leaving it runs the final body.
        case finallyBody([Stmt])
        /// Inside an `except` handler: the previous exception is on the stack and a cleanup
        /// block is active.
        case handler
        /// Inside a `finally` body run for an exception: the previous exception and the pending
        /// one are on the stack and a cleanup block is active.
        case finallyHandler
        /// Inside a `with` body: `__exit__` is on the stack and a cleanup block is active.
        case with
    }

    let code: CodeObject
    let scope: Scope
    var depth = 0
    var maxDepth = 0
    var reachable = true
    var labelPositions: [Int?] = []
    var labelDepths: [Int?] = []
    var patches: [(instruction: Int, label: Int)] = []
    var controlBlocks: [ControlBlock] = []
    var line = 1
    /// Whether this body keeps an `__annotations__` dict (a class body or a script's module).
    var recordsAnnotations = false
    var constantIndex: [String: Int] = [:]
    var nameIndex: [String: Int] = [:]
    var globalIndex: [String: Int] = [:]
    let namespace: Namespace

    init(code: CodeObject, scope: Scope, namespace: Namespace) {
        self.code = code
        self.scope = scope
        self.namespace = namespace
    }

    func newLabel() -> Int {
        labelPositions.append(nil)
        labelDepths.append(nil)
        return labelPositions.count - 1
    }

    func bind(_ label: Int) {
        labelPositions[label] = code.instructions.count
        if let recorded = labelDepths[label] {
            depth = reachable ? max(depth, recorded) : recorded
        }
        reachable = true
    }

    func recordDepth(_ label: Int, _ value: Int) {
        labelDepths[label] = max(labelDepths[label] ?? value, value)
        maxDepth = max(maxDepth, value)
    }

    func adjust(_ delta: Int) {
        depth += delta
        maxDepth = max(maxDepth, depth)
    }

    func emit(_ op: Opcode, _ arg: Int = 0) {
        code.instructions.append(Instruction.encode(op, arg))
        code.lines.append(Int32(truncatingIfNeeded: line))
        adjust(CompilationUnit.stackEffect(op, arg))
        switch op {
        case .jump, .returnValue, .raise, .reraise: reachable = false
        default: break
        }
    }

    /// Emits a jump-like instruction to `label`, recording the stack depth at the target.
    func emitJump(_ op: Opcode, to label: Int) {
        let before = depth
        patches.append((code.instructions.count, label))
        emit(op, 0)
        switch op {
        case .jump: recordDepth(label, before)
        case .popJumpIfFalse, .popJumpIfTrue: recordDepth(label, before - 1)
        case .jumpIfFalseOrPop, .jumpIfTrueOrPop: recordDepth(label, before)
        case .forIter: recordDepth(label, before - 1)
        case .setupExcept, .setupFinally: recordDepth(label, before + 1)
        case .setupCleanup: recordDepth(label, before)
        default: break
        }
    }

    func constant(_ value: Value) -> Int {
        var key: String?
        switch value {
        case .none: key = "N"
        case .bool(let b): key = "b\(b)"
        case .int(let i): key = "i\(i)"
        case .float(let d): key = "f\(d.bitPattern)"
        // Strings are keyed by their UTF-8 bytes: String's == would merge canonically
        // equivalent literals ("e\u0301" and "\u00e9"), which are different Python strings.
        case .object(let o):
            if let s = o as? PyStr { key = "s" + s.value.utf8.map { String($0, radix: 16) }.joined(separator: ",") }
            if let b = o as? PyBigInt { key = "I" + (b.value.negative ? "-" : "") + b.value.magnitudeDigits(radix: 16) }
        case .unset: key = nil
        }
        if let key, let index = constantIndex[key] { return index }
        code.constants.append(value)
        let index = code.constants.count - 1
        if let key { constantIndex[key] = index }
        return index
    }

    func name(_ text: String) -> Int {
        if let index = nameIndex[text] { return index }
        code.names.append(text)
        nameIndex[text] = code.names.count - 1
        return code.names.count - 1
    }

    func global(_ text: String) -> Int {
        if let index = globalIndex[text] { return index }
        code.globalRefs.append(CodeObject.GlobalRef(name: text, slot: namespace.slot(for: text)))
        globalIndex[text] = code.globalRefs.count - 1
        return code.globalRefs.count - 1
    }

    /// Resolves jump targets and freezes the code.
    func finish() throws {
        for patch in patches {
            guard let target = labelPositions[patch.label] else { continue }
            guard target <= Instruction.maxArgument else {
                throw SyntaxError("function too large to compile", at: SourceLocation(line: line, column: 1))
            }
            let word = code.instructions[patch.instruction]
            code.instructions[patch.instruction] = (word & 0xFF) | (UInt32(target) << 8)
        }
        code.maxStackDepth = maxDepth + 4
        code.finalize()
    }

    /// How each instruction changes the stack height (for the frame size).
    static func stackEffect(_ op: Opcode, _ arg: Int) -> Int {
        switch op {
        case .nop, .traceValue, .rotTwo, .rotThree, .rotFour, .rotN, .jump, .unaryNegative, .unaryPositive, .unaryNot,
             .unaryInvert, .getIter, .listToTuple, .loadAttr, .deleteFast, .deleteGlobal, .deleteName, .deleteDeref,
             .setupExcept, .setupFinally, .setupCleanup, .popBlock, .setupAnnotations, .yieldValue, .checkExcMatch,
             .importFrom:
            return op == .importFrom ? 1 : 0
        case .popTop, .storeFast, .storeGlobal, .storeName, .storeDeref, .deleteAttr, .binary, .inplace, .compare,
             .isOp, .containsOp, .binarySubscript, .listAppend, .setAdd, .listExtend, .setUpdate, .dictUpdate,
             .dictMerge, .popJumpIfFalse, .popJumpIfTrue, .returnValue, .popExcept, .importStar, .printExpr, .reraise,
             .yieldFrom:
            return -1
        case .dupTop, .loadConst, .loadFast, .loadGlobal, .loadName, .loadDeref, .loadClosure, .loadClassDeref,
             .loadMethod, .loadBuildClass, .withExceptStart, .pushExcInfo, .importName:
            return 1
        case .beforeWith: return 2
        case .dupTopTwo: return 2
        case .dupTopN: return arg
        case .storeAttr: return -2
        case .storeSubscript: return -3
        case .deleteSubscript, .mapAdd: return -2
        case .subscriptMulti: return -arg
        case .storeSubscriptMulti: return -arg - 2
        case .buildTuple, .buildList, .buildSet, .buildString: return 1 - arg
        case .buildMap: return 1 - 2 * arg
        case .buildConstKeyMap: return -arg
        case .buildSlice: return 1 - arg
        case .formatValue: return (arg & 4) != 0 ? -1 : 0
        case .unpackSequence: return arg - 1
        case .unpackEx: return (arg & 0xFF) + (arg >> 8)
        case .jumpIfFalseOrPop, .jumpIfTrueOrPop: return -1
        case .forIter: return 1
        case .call: return -arg
        case .callKeywords: return -arg - 1
        case .callMethod: return -arg - 1
        case .callEx: return (arg & 1) != 0 ? -2 : -1
        case .makeFunction:
            let flags = MakeFunctionFlags(rawValue: arg)
            return -(flags.contains(.defaults) ? 1 : 0) - (flags.contains(.keywordDefaults) ? 1 : 0) - (flags.contains(.closure) ? 1 : 0)
        case .raise: return -arg
        case .loadFastLoadFast, .loadFastLoadConst, .loadConstOperation, .forIterStoreFast, .popTopJump,
             .loadFastLoadAttr, .loadFastLoadMethod, .loadFastStoreAttr, .dupTopLoadAttr, .rotTwoStoreAttr, .loadConstReturn, .loadFastOperation,
             .localAttributeInplaceLocal, .localAttributeInplaceConst:
            return 0  // never emitted by the compiler
        }
    }
}
