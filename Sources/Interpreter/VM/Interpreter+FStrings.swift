/// The f-string instructions of the dispatch loop: `formatValue` and `buildString`.
extension Interpreter {
    /// `formatValue`: formats TOS (with a spec below it when `arg & 4`) after the conversion
    /// `arg & 3` (1 str, 2 repr, 3 ascii). Returns the new stack pointer.
    @inline(never)
    func formatValueInstruction(_ arg: Int, sp stackPointer: UnsafeMutablePointer<Value>) throws -> UnsafeMutablePointer<Value> {
        var sp = stackPointer
        var spec: PyStr?
        if arg & 4 != 0 {
            if case .object(let o) = (sp - 1).pointee, o.objectKind == .str {
                spec = unsafeDowncast(o, to: PyStr.self)
            }
            sp -= 1
            sp.deinitialize(count: 1)
        }
        let value = (sp - 1).pointee
        let text: String
        var asciiResult = false
        // `!s` and `!r` of an int or float without a spec are its plain form (repr and str
        // agree for numbers), so they take the unconverted path below.
        var conversion = arg & 3
        if conversion != 0, spec == nil {
            switch value {
            case .int, .float: if conversion != 3 { conversion = 0 }
            default: break
            }
        }
        do {
            switch conversion {
            case 1: text = try converted(try str(value), spec)
            case 2: text = try converted(try repr(value), spec)
            case 3: text = try converted(Formatting.asciiOnly(try repr(value)), spec)
            default:
                if spec == nil {
                    switch value {
                    case .object(let o) where o.objectKind == .str && o.storedType === BuiltinTypes.str:
                        // Already an exact str: it is its own formatted form.
                        return sp
                    case .int, .float:
                        // A buildString follows and writes the number itself (flag 8).
                        if arg & 8 != 0 { return sp }
                    default:
                        break
                    }
                }
                text = try formatField(value, spec)
                if case .object = value {} else { asciiResult = spec?.isASCII ?? true }
            }
        } catch {
            pendingUnwindStackPointer = sp
            throw error
        }
        if !asciiResult { asciiResult = PyStr.isASCII(text) }
        (sp - 1).pointee = .object(PyStr(text, isASCII: asciiResult))
        return sp
    }

    /// The text of a converted field (`!s`, `!r`, `!a`): the conversion itself when there is no
    /// spec, else formatted as a str.
    @inline(__always)
    fileprivate func converted(_ text: String, _ spec: PyStr?) throws -> String {
        guard let spec, !spec.value.isEmpty else { return text }
        return try format(.str(text), spec.value)
    }

    /// Concatenates the pieces of an f-string in `count` slots from `start` into one new str,
    /// with a single allocation. Pieces are strs, or ints and floats left unformatted by
    /// `formatValue` (their str form is written here).
    func buildString(_ start: UnsafeMutablePointer<Value>, count: Int) -> PyStr {
        var length = 0
        var ascii = true
        for i in 0..<count {
            let slot = start + i
            if let object = slot.unretainedObject {
                object._withUnsafeGuaranteedRef { o in
                    if o.objectKind == .str {
                        let piece = unsafeDowncast(o, to: PyStr.self)
                        length += piece.value.utf8.count
                        ascii = ascii && piece.isASCII
                    }
                }
            } else if case .int(let n) = slot.pointee {
                length += Formatting.decimalLength(n)
            } else if case .float(let d) = slot.pointee {
                // Rare: formatted here once, in place, as a str piece.
                slot.pointee = .object(PyStr(Formatting.floatRepr(d), isASCII: true))
                length += (slot.pointee.asObject as? PyStr)?.value.utf8.count ?? 0
            }
        }
        let text = String(unsafeUninitializedCapacity: length) { buffer in
            guard let base = buffer.baseAddress else { return 0 }
            var offset = 0
            for i in 0..<count {
                let slot = start + i
                if let object = slot.unretainedObject {
                    object._withUnsafeGuaranteedRef { o in
                        guard o.objectKind == .str else { return }
                        let written = unsafeDowncast(o, to: PyStr.self).value.utf8.withContiguousStorageIfAvailable { bytes -> Int in
                            if let source = bytes.baseAddress, bytes.count > 0 {
                                (base + offset).initialize(from: source, count: bytes.count)
                            }
                            return bytes.count
                        }
                        if let written {
                            offset += written
                        } else {
                            for byte in unsafeDowncast(o, to: PyStr.self).value.utf8 {
                                base[offset] = byte
                                offset += 1
                            }
                        }
                    }
                } else if case .int(let n) = slot.pointee {
                    offset += Formatting.writeDecimal(n, to: base + offset)
                }
            }
            return offset
        }
        return PyStr(text, isASCII: ascii)
    }
}
