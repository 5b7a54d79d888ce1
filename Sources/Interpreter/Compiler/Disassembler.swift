/// A readable listing of bytecode, for debugging the compiler and VM (`tessera --dis FILE`).
public enum Disassembler {
    public static func listing(_ code: CodeObject, nested: Bool = true) -> String {
        var out = "Disassembly of <code \(code.qualifiedName)> (args \(code.argumentCount), locals \(code.localNames), "
        out += "cells \(code.cellNames), frees \(code.freeNames), stack \(code.maxStackDepth)):\n"
        var line = -1
        for (index, word) in code.instructions.enumerated() {
            let op = Instruction.opcode(word)
            let arg = Instruction.argument(word)
            let lineNumber = code.line(at: index)
            let lineText = lineNumber != line ? String(lineNumber).leftPadded(to: 4, with: " ") : "    "
            line = lineNumber
            var detail = ""
            switch op {
            case .loadConst:
                if arg < code.constants.count { detail = describe(code.constants[arg]) }
            case .loadFast, .storeFast, .deleteFast:
                if arg < code.localNames.count { detail = code.localNames[arg] }
            case .loadGlobal, .storeGlobal, .deleteGlobal:
                if arg < code.globalRefs.count { detail = code.globalRefs[arg].name }
            case .loadName, .storeName, .deleteName, .loadAttr, .storeAttr, .deleteAttr, .loadMethod, .importFrom:
                if arg < code.names.count { detail = code.names[arg] }
            case .importName:
                if arg >> 1 < code.names.count { detail = code.names[arg >> 1] }
            case .loadDeref, .storeDeref, .deleteDeref, .loadClosure, .loadClassDeref:
                let names = code.cellNames + code.freeNames
                if arg < names.count { detail = names[arg] }
            case .binary, .inplace:
                detail = UInt8(exactly: arg).flatMap(BinaryOperation.init(rawValue:))?.symbol ?? ""
            case .compare:
                detail = UInt8(exactly: arg).flatMap(ComparisonOperation.init(rawValue:))?.symbol ?? ""
            default:
                break
            }
            out += "\(lineText) \(String(index).leftPadded(to: 5, with: " ")) \(String(describing: op).padding(toLength: 20, right: true)) \(arg)"
            out += detail.isEmpty ? "\n" : " (\(detail))\n"
        }
        if nested {
            for constant in code.constants {
                if case .object(let o) = constant, let child = o as? CodeObject { out += "\n" + listing(child) }
            }
        }
        return out
    }

    static func describe(_ value: Value) -> String {
        switch value {
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .float(let d): return Formatting.floatRepr(d)
        case .object(let o):
            if let s = o as? PyStr { return Formatting.quoteString(s.value) }
            if let c = o as? CodeObject { return "<code \(c.qualifiedName)>" }
            return "<\(o.type.name)>"
        case .unset: return "<unset>"
        }
    }
}
