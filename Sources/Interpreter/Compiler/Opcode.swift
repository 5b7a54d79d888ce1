import Syntax

/// The VM's instruction set. An instruction is one 32-bit word: the opcode in the low 8 bits and
/// an unsigned argument in the high 24 bits (`Instruction`).
public enum Opcode: UInt8, CaseIterable {
    case nop
    // Stack manipulation
    case popTop, dupTop, dupTopTwo, rotTwo, rotThree, rotFour
    /// `dupTopN n` duplicates the top n values; `rotN n` rotates the top n values, moving the top one
    /// below the other n-1.
    case dupTopN, rotN
    // Loads and stores. Globals index `CodeObject.globalRefs`; names index `CodeObject.names`.
    case loadConst, loadFast, storeFast, deleteFast
    case loadGlobal, storeGlobal, deleteGlobal
    case loadName, storeName, deleteName
    case loadDeref, storeDeref, deleteDeref, loadClosure, loadClassDeref
    case loadAttr, storeAttr, deleteAttr
    /// Pushes `method, self` (or `value, unset`) for a following `callMethod`.
    case loadMethod
    // Operators. The argument of binary and inplace is a `BinaryOperation`'s raw value, that of
    // compare a `ComparisonOperation`'s.
    case binary, inplace, compare
    case unaryNegative, unaryPositive, unaryNot, unaryInvert
    case isOp, containsOp
    case binarySubscript, storeSubscript, deleteSubscript
    /// `x[a, b, ...]` with `arg` index expressions on the stack, without building a tuple first.
    case subscriptMulti, storeSubscriptMulti
    // Builders
    case buildTuple, buildList, buildSet, buildMap, buildSlice, buildString, buildConstKeyMap
    case listAppend, setAdd, mapAdd, listExtend, setUpdate, dictUpdate, dictMerge, listToTuple
    /// Formats TOS (with a spec below it when `arg & 4`); `arg & 3` is the conversion (1 str, 2 repr, 3 ascii).
    case formatValue
    case unpackSequence, unpackEx
    // Control flow (absolute targets)
    case jump, popJumpIfFalse, popJumpIfTrue, jumpIfFalseOrPop, jumpIfTrueOrPop
    case getIter, forIter
    case returnValue, yieldValue, yieldFrom
    // Calls
    case call, callKeywords, callEx, callMethod
    case makeFunction, loadBuildClass
    // Exceptions and blocks
    /// `setupCleanup` protects an except/finally handler: its height excludes the exception on TOS.
    case setupExcept, setupFinally, setupCleanup, popBlock
    case raise, reraise, pushExcInfo, popExcept, checkExcMatch
    case beforeWith, withExceptStart
    case setupAnnotations
    // Imports
    case importName, importFrom, importStar
    /// Stores TOS as the display value of an interactive cell and pops it.
    case printExpr
    // Superinstructions. The compiler never emits these: `CodeObject.finalize()` writes them
    // into the VM's copy of the code (`bytecode`) in place of the first instruction of a
    // common pair, leaving the second in place, so jump targets and the line table are
    // unchanged and jumping to the second instruction still works.
    /// `loadFast a; loadFast b` (an int operation following them is done at once).
    case loadFastLoadFast
    /// `loadFast a; loadConst c` (an int operation following them is done at once).
    case loadFastLoadConst
    /// `loadConst c; binary|inplace|compare` (done at once when TOS and c are ints).
    case loadConstOperation
    /// `forIter; storeFast x`.
    case forIterStoreFast
    /// `popTop; jump`.
    case popTopJump
    /// `loadFast a; loadAttr x`, `loadFast a; loadMethod m`, `loadFast a; storeAttr x`: the
    /// local's attribute without pushing the local.
    case loadFastLoadAttr, loadFastLoadMethod, loadFastStoreAttr
    /// `dupTop; loadAttr x` (`obj.x += ...`) and `rotTwo; storeAttr x` (its store).
    case dupTopLoadAttr, rotTwoStoreAttr
    /// `loadConst c; returnValue`.
    case loadConstReturn
    /// `loadFast a; binary|inplace|compare` (done at once when TOS and the local are ints).
    case loadFastOperation
    /// `local.x op= b` with `b` a local or a constant: `loadFast a; loadAttr x; loadFast b |
    /// loadConst b; inplace op; loadFast a; storeAttr x`, done at once when `local.x` is an int
    /// in the instance's own attributes and `b` is an int (counters, running totals); otherwise
    /// it is `loadFastLoadAttr` and the rest runs one by one.
    case localAttributeInplaceLocal, localAttributeInplaceConst
    /// Reports the value on top of the stack, unchanged, to the interpreter's expression tracer;
    /// the argument indexes `CodeObject.traceSites`. Only code compiled for `%shapes` has it.
    case traceValue
}

/// One encoded instruction.
public struct Instruction {
    public static let maxArgument = (1 << 24) - 1

    @inline(__always) public static func encode(_ op: Opcode, _ arg: Int) -> UInt32 {
        UInt32(op.rawValue) | (UInt32(truncatingIfNeeded: arg) << 8)
    }

    @inline(__always) public static func opcode(_ word: UInt32) -> Opcode {
        Opcode(rawValue: UInt8(truncatingIfNeeded: word)) ?? .nop
    }

    @inline(__always) public static func argument(_ word: UInt32) -> Int { Int(word >> 8) }
}

/// The operator of a `binary` or `inplace` instruction (`x + y` and `x += y` carry the same
/// one; the opcode tells them apart). The VM and library hooks switch on these names, never on
/// numbers, and the compiler maps the parser's operators onto them in one place
/// (`init(_: BinaryOperator)`), so reordering either enum cannot change what an operator does.
/// The cases take no explicit raw values: decoding relies on each being its case index.
public enum BinaryOperation: UInt8, CaseIterable, Sendable {
    case add, subtract, multiply, matrixMultiply, divide, floorDivide, modulo, power,
         leftShift, rightShift, bitOr, bitXor, bitAnd

    /// The operator in an instruction's argument, decoded the way the dispatch loop decodes
    /// opcodes: the cases have consecutive raw values from 0, the same as their case indices,
    /// so the byte is the enum value. Only the compiler writes these arguments (bytecode is never
    /// loaded from outside), and only raw values of this enum. `init(rawValue:)` would check
    /// the range, but the optimizer does not inline it into the dispatch loop, and the call
    /// made every int operation measurably slower.
    @inline(__always)
    init(argument: Int) {
        self = unsafeBitCast(UInt8(truncatingIfNeeded: argument), to: BinaryOperation.self)
    }

    /// The operation of a parsed operator: the one place the two enums meet.
    init(_ op: BinaryOperator) {
        switch op {
        case .add: self = .add
        case .subtract: self = .subtract
        case .multiply: self = .multiply
        case .matrixMultiply: self = .matrixMultiply
        case .divide: self = .divide
        case .floorDivide: self = .floorDivide
        case .modulo: self = .modulo
        case .power: self = .power
        case .leftShift: self = .leftShift
        case .rightShift: self = .rightShift
        case .bitOr: self = .bitOr
        case .bitXor: self = .bitXor
        case .bitAnd: self = .bitAnd
        }
    }

    /// The operator as Python writes it (`+`, `//`, ...), for error messages and listings.
    public var symbol: String {
        switch self {
        case .add: return "+"
        case .subtract: return "-"
        case .multiply: return "*"
        case .matrixMultiply: return "@"
        case .divide: return "/"
        case .floorDivide: return "//"
        case .modulo: return "%"
        case .power: return "**"
        case .leftShift: return "<<"
        case .rightShift: return ">>"
        case .bitOr: return "|"
        case .bitXor: return "^"
        case .bitAnd: return "&"
        }
    }
}

/// The operator of a `compare` instruction. `is`, `in` and their negations have instructions
/// of their own (`isOp`, `containsOp`). As with `BinaryOperation`, no explicit raw values.
public enum ComparisonOperation: UInt8, CaseIterable, Sendable {
    case equal, notEqual, less, lessEqual, greater, greaterEqual

    /// The comparison in an instruction's argument (decoded as `BinaryOperation.init(argument:)`
    /// decodes operators, for the same reasons).
    @inline(__always)
    init(argument: Int) {
        self = unsafeBitCast(UInt8(truncatingIfNeeded: argument), to: ComparisonOperation.self)
    }

    public var symbol: String {
        switch self {
        case .equal: return "=="
        case .notEqual: return "!="
        case .less: return "<"
        case .lessEqual: return "<="
        case .greater: return ">"
        case .greaterEqual: return ">="
        }
    }

    /// The comparison to try on the right operand when the left one does not support it
    /// (`a < b` is `b > a`).
    public var reflected: ComparisonOperation {
        switch self {
        case .equal: return .equal
        case .notEqual: return .notEqual
        case .less: return .greater
        case .lessEqual: return .greaterEqual
        case .greater: return .less
        case .greaterEqual: return .lessEqual
        }
    }

    /// `==` and `!=`, which every pair of values supports (by identity at worst).
    public var isEquality: Bool { self == .equal || self == .notEqual }

    /// `a op b` for ints and floats as Python does them (IEEE for NaN: only `!=` holds).
    @inline(__always)
    func compare<T: Comparable>(_ a: T, _ b: T) -> Bool {
        switch self {
        case .equal: return a == b
        case .notEqual: return a != b
        case .less: return a < b
        case .lessEqual: return a <= b
        case .greater: return a > b
        case .greaterEqual: return a >= b
        }
    }

    /// The outcome for two values ordered as -1, 0 or 1 (`order` compares left to right).
    @inline(__always)
    func holds(forOrder order: Int) -> Bool {
        switch self {
        case .equal: return order == 0
        case .notEqual: return order != 0
        case .less: return order < 0
        case .lessEqual: return order <= 0
        case .greater: return order > 0
        case .greaterEqual: return order >= 0
        }
    }
}

/// Flags of `makeFunction`: which optional parts are on the stack below the code object.
public struct MakeFunctionFlags: OptionSet {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    public static let defaults = MakeFunctionFlags(rawValue: 1)
    public static let keywordDefaults = MakeFunctionFlags(rawValue: 2)
    /// A dict of the parameter and return annotations (`__annotations__`).
    public static let annotations = MakeFunctionFlags(rawValue: 4)
    public static let closure = MakeFunctionFlags(rawValue: 8)
}
