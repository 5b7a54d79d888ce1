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
    // Operators. The argument of binary/inplace/compare is the operator's index.
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
    case returnValue, yieldValue, getYieldFromIter, yieldFrom
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

/// Flags of `makeFunction`: which optional parts are on the stack below the code object.
public struct MakeFunctionFlags: OptionSet {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    public static let defaults = MakeFunctionFlags(rawValue: 1)
    public static let keywordDefaults = MakeFunctionFlags(rawValue: 2)
    public static let closure = MakeFunctionFlags(rawValue: 8)
}
