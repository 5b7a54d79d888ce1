import Syntax

/// Compiled bytecode of one function, class body, module or cell, with everything the VM needs
/// to run it: constants, names, local and closure slots, the line of every instruction.
public final class CodeObject: PyObject {
    public struct Flags: OptionSet {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        public static let generator = Flags(rawValue: 1)
        public static let varArgs = Flags(rawValue: 2)
        public static let varKeywords = Flags(rawValue: 4)
        /// Uses `loadName`/`storeName` on a namespace dictionary (class bodies).
        public static let nameNamespace = Flags(rawValue: 8)
        /// Needs no cells, defaults or argument rearranging: the VM can enter it directly.
        public static let simpleArguments = Flags(rawValue: 16)
    }

    /// A reference from the code to a module-level name: its slot in the module namespace and,
    /// when the name is a builtin, the builtin's slot to fall back on.
    public struct GlobalRef {
        public let name: String
        public let slot: Int
    }

    public let name: String
    public let qualifiedName: String
    public let file: SourceFile
    public let firstLine: Int
    public var instructions: [UInt32] = []
    /// Source line of each instruction (same index).
    public var lines: [Int32] = []
    public var constants: [Value] = []
    public var names: [String] = []
    public var globalRefs: [GlobalRef] = []
    /// Local variable names; the first `argumentCount + keywordOnlyCount (+ varargs, varkw)` are
    /// parameters in order.
    public var localNames: [String] = []
    /// Locals captured by inner functions (their values live in cells).
    public var cellNames: [String] = []
    /// Variables of enclosing functions used here.
    public var freeNames: [String] = []
    /// For each cell variable that is also a parameter, the parameter's local index.
    public var cellParameterIndices: [Int: Int] = [:]
    public var argumentCount = 0
    public var positionalOnlyCount = 0
    public var keywordOnlyCount = 0
    public var flags: Flags = []
    public var maxStackDepth = 0
    /// The docstring, when the body starts with a string literal.
    public var docstring: String?
    /// For the body of a `def` or `class` statement: the statement's source text (the
    /// workspace saves user functions and classes by their source).
    public var definitionSource: String?
    /// The operations that can fail on their operands, by instruction index, for the traceback's
    /// caret line and operand names (read only when an exception passes).
    public var operationSites: [Int: OperationSite] = [:]
    /// Code compiled for `%shapes`: what each `traceValue` instruction reports, and the depth of
    /// each call instruction's expression (so a traced callee's lines nest under the call).
    public var traceSites: [TraceSite] = []
    public var traceCallDepths: [Int: Int] = [:]
    /// Parameter names, for error messages and `help()`.
    public var parameterNames: [String] { Array(localNames.prefix(totalParameterCount)) }

    /// The instructions, copied out of `instructions` by `finalize()` so the VM can read them
    /// through a pointer that stays valid as long as the code object lives.
    private(set) var bytecode: UnsafeMutablePointer<UInt32>?
    /// The constants and global slots, frozen the same way for pointer access in the VM.
    private(set) var constantPointer: UnsafeMutablePointer<Value>?
    private(set) var globalSlots: UnsafeMutablePointer<Int>?
    /// Inline caches of the attribute instructions (`loadAttr`, `storeAttr`, `loadMethod`):
    /// in `bytecode` their argument is the index of their cache here, which holds the name.
    private(set) var attributeCaches: UnsafeMutablePointer<AttributeCache>?
    private(set) var attributeCacheCount = 0
    /// Whether a call with positional arguments only can enter this code in place: its
    /// arguments become its first locals (no cells to create, no `*args`, `**kwargs` or
    /// keyword-only parameters, not a generator or class body).
    private(set) var entersInPlace = false
    /// Whether a call can enter this code in place once its extra arguments are collected into
    /// the `*args` tuple, an empty dict is made for `**kwargs` and the keyword-only parameters
    /// take their defaults: as `entersInPlace`, but with one or more of those parameters.
    private(set) var entersInPlaceCollecting = false
    /// `localNames.count`, `frameSize` and whether there are free variables, as stored values
    /// for the dispatch loop (set by `finalize()`).
    private(set) var localCount = 0
    private(set) var frameSlotCount = 0
    private(set) var hasFreeNames = false

    public init(name: String, qualifiedName: String, file: SourceFile, firstLine: Int) {
        self.name = name
        self.qualifiedName = qualifiedName
        self.file = file
        self.firstLine = firstLine
        super.init(type: BuiltinTypes.code, kind: .code)
    }

    deinit {
        bytecode?.deallocate()
        if let constantPointer {
            constantPointer.deinitialize(count: constants.count)
            constantPointer.deallocate()
        }
        globalSlots?.deallocate()
        if let attributeCaches {
            attributeCaches.deinitialize(count: attributeCacheCount)
            attributeCaches.deallocate()
        }
    }

    public override var acceptsAttributes: Bool { false }

    /// Freezes the instruction list into `bytecode`; called once by the compiler.
    func finalize() {
        let buffer = UnsafeMutablePointer<UInt32>.allocate(capacity: max(1, instructions.count))
        buffer.initialize(from: instructions, count: instructions.count)
        bytecode = buffer
        var caches: [AttributeCache] = []
        for (index, word) in instructions.enumerated() {
            switch Instruction.opcode(word) {
            case .loadAttr, .storeAttr, .loadMethod:
                caches.append(AttributeCache(name: names[Instruction.argument(word)]))
                buffer[index] = (word & 0xFF) | (UInt32(caches.count - 1) << 8)
            default:
                break
            }
        }
        // Superinstructions (see `Opcode`): the first of a pair is replaced, the second kept.
        for index in 0..<max(0, instructions.count - 1) {
            let first = Instruction.opcode(instructions[index])
            let second = Instruction.opcode(instructions[index + 1])
            let fused: Opcode?
            switch (first, second) {
            case (.loadFast, .loadFast): fused = .loadFastLoadFast
            case (.loadFast, .loadConst): fused = .loadFastLoadConst
            case (.loadConst, .binary), (.loadConst, .inplace), (.loadConst, .compare): fused = .loadConstOperation
            case (.forIter, .storeFast): fused = .forIterStoreFast
            case (.popTop, .jump): fused = .popTopJump
            case (.loadFast, .loadAttr): fused = .loadFastLoadAttr
            case (.loadFast, .loadMethod): fused = .loadFastLoadMethod
            case (.loadFast, .storeAttr): fused = .loadFastStoreAttr
            case (.dupTop, .loadAttr): fused = .dupTopLoadAttr
            case (.rotTwo, .storeAttr): fused = .rotTwoStoreAttr
            case (.loadConst, .returnValue): fused = .loadConstReturn
            case (.loadFast, .binary), (.loadFast, .inplace), (.loadFast, .compare): fused = .loadFastOperation
            default: fused = nil
            }
            if let fused { buffer[index] = (buffer[index] & ~0xFF) | UInt32(fused.rawValue) }
        }
        fuseLocalAttributeInplace(buffer)
        let cacheBuffer = UnsafeMutablePointer<AttributeCache>.allocate(capacity: max(1, caches.count))
        cacheBuffer.initialize(from: caches, count: caches.count)
        attributeCaches = cacheBuffer
        attributeCacheCount = caches.count
        localCount = localNames.count
        frameSlotCount = frameSize
        hasFreeNames = !freeNames.isEmpty
        entersInPlace = cellNames.isEmpty && !flags.contains(.generator) && !flags.contains(.varArgs)
            && !flags.contains(.varKeywords) && !flags.contains(.nameNamespace) && keywordOnlyCount == 0
        entersInPlaceCollecting = cellNames.isEmpty && !flags.contains(.generator) && !flags.contains(.nameNamespace)
            && (flags.contains(.varArgs) || flags.contains(.varKeywords) || keywordOnlyCount > 0)
        let values = UnsafeMutablePointer<Value>.allocate(capacity: max(1, constants.count))
        values.initialize(from: constants, count: constants.count)
        constantPointer = values
        let slots = UnsafeMutablePointer<Int>.allocate(capacity: max(1, globalRefs.count))
        slots.initialize(from: globalRefs.map(\.slot), count: globalRefs.count)
        globalSlots = slots
    }

    /// Marks `local.x op= b` (six instructions, see `Opcode.localAttributeInplaceLocal`) by
    /// replacing the first one's opcode; the other five stay, so jumps into them still work.
    private func fuseLocalAttributeInplace(_ buffer: UnsafeMutablePointer<UInt32>) {
        guard instructions.count >= 6 else { return }
        for index in 0...(instructions.count - 6) {
            let words = instructions[index..<(index + 6)].map { (Instruction.opcode($0), Instruction.argument($0)) }
            guard words[0].0 == .loadFast, words[1].0 == .loadAttr, words[3].0 == .inplace,
                  words[4] == words[0], words[5].0 == .storeAttr, words[5].1 == words[1].1 else { continue }
            let fused: Opcode
            switch words[2].0 {
            case .loadFast: fused = .localAttributeInplaceLocal
            case .loadConst: fused = .localAttributeInplaceConst
            default: continue
            }
            buffer[index] = (buffer[index] & ~0xFF) | UInt32(fused.rawValue)
        }
    }

    public var totalParameterCount: Int {
        argumentCount + keywordOnlyCount + (flags.contains(.varArgs) ? 1 : 0) + (flags.contains(.varKeywords) ? 1 : 0)
    }

    /// Stack slots a frame needs: locals, then the operand stack.
    public var frameSize: Int { localNames.count + maxStackDepth }

    public func line(at index: Int) -> Int {
        guard index >= 0 && index < lines.count else { return firstLine }
        return Int(lines[index])
    }
}
