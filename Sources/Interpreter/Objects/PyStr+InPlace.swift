/// `s += t` on a str held by a local, in place when nothing else refers to `s` (CPython does
/// the same): a loop of appends reuses one growing buffer instead of copying the text each time.
extension Interpreter {
    /// For `loadFast s; <t>; inplace add; storeFast s` with two exact strs on the stack (`sp - 2`
    /// and `sp - 1`) and `nextWord` the storeFast: leaves `s + t` in `sp - 2` and returns true.
    /// The local's reference is dropped first (the storeFast overwrites it anyway), so a str
    /// referenced only by that local and the stack is appended to in place.
    @inline(never)
    static func appendedStringInPlace(_ sp: UnsafeMutablePointer<Value>, _ locals: UnsafeMutablePointer<Value>, _ nextWord: UInt32) -> Bool {
        // Inspected through unmanaged references: a strong reference held here would itself
        // make the str look shared.
        guard UInt8(truncatingIfNeeded: nextWord) == Opcode.storeFast.rawValue,
              let leftReference = (sp - 2).unretainedObject,
              leftReference._withUnsafeGuaranteedRef({ $0.objectKind == .str && $0.storedType === BuiltinTypes.str }),
              let right = (sp - 1).unretainedObject?.takeUnretainedValue(), right.objectKind == .str else { return false }
        let local = locals + Int(nextWord >> 8)
        guard let held = local.unretainedObject, held.toOpaque() == leftReference.toOpaque() else { return false }
        let addition = unsafeDowncast(right, to: PyStr.self)
        // A text too large to grow here goes the general way, which raises MemoryError.
        let total = leftReference._withUnsafeGuaranteedRef { unsafeDowncast($0, to: PyStr.self).value.utf8.count } + addition.value.utf8.count
        if total >= Allocation.headroomCheckBytes, (try? Allocation.ensureHeadroom(bytes: 2 * total)) == nil { return false }
        var target = unsafeDowncast(leftReference.takeUnretainedValue(), to: PyStr.self)
        local.pointee = .none
        (sp - 2).pointee = .none
        if isKnownUniquelyReferenced(&target) {
            target.appendInPlace(addition)
        } else {
            target = PyStr(target.value + addition.value, isASCII: target.isASCII && addition.isASCII)
        }
        (sp - 2).pointee = .object(target)
        return true
    }
}
