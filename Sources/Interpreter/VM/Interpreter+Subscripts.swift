/// `x[i]`, `x[i] = v`, `del x[i]` for built-in sequences and mappings, with native hooks for
/// library types (tensors take several indices at once without a tuple) and `__getitem__` etc.
extension Interpreter {
    public func getItem(_ container: Value, _ index: Value) throws -> Value {
        if case .object(let o) = container {
            if let method = o.type.userGetItem { return try call(method, Arguments([container, index])) }
            if let hook = o.type.subscriptHook {
                if case .object(let i) = index, let tuple = i as? PyTuple {
                    return try tuple.items.withUnsafeBufferPointer { try hook(self, container, $0) }
                }
                return try withUnsafePointer(to: index) { try hook(self, container, UnsafeBufferPointer(start: $0, count: 1)) }
            }
            switch o {
            case let list as PyList:
                if case .int(let i) = index {
                    let n = list.items.count
                    let k = i < 0 ? i + n : i
                    guard k >= 0 && k < n else { throw PyException(BuiltinTypes.indexError, "list index out of range") }
                    return list.items[k]
                }
                if case .object(let s as PySlice) = index {
                    return .object(PyList(try sliceElements(list.items, s)))
                }
                return list.items[try sequenceIndex(index, count: list.items.count, kind: "list")]
            case let tuple as PyTuple:
                if case .object(let s as PySlice) = index { return .object(PyTuple(try sliceElements(tuple.items, s))) }
                return tuple.items[try sequenceIndex(index, count: tuple.items.count, kind: "tuple")]
            case let s as PyStr:
                if case .object(let slice as PySlice) = index {
                    let (start, _, step, count) = try slice.indices(s.count, interpreter: self)
                    if step == 1 { return .str(s.substring(start..<(start + count))) }
                    let scalars = s.scalars
                    var view = String.UnicodeScalarView()
                    for k in 0..<count { view.append(scalars[start + k * step]) }
                    return .str(String(view))
                }
                let position = try sequenceIndex(index, count: s.count, kind: "string")
                if s.isASCII { return .object(asciiCharacters[Int(s.asciiByte(at: position))]) }
                return .str(s.character(at: position))
            case let dict as PyDict:
                if let value = dict.storage[try hashKey(index)] { return value }
                if o.type !== BuiltinTypes.dict, let missing = o.type.lookup("__missing__") {
                    return try call(missing, Arguments([container, index]))
                }
                throw PyException(type: BuiltinTypes.keyError, args: [index])
            case let range as PyRange:
                if case .object(let slice as PySlice) = index {
                    let (start, stop, step, _) = try slice.indices(try range.checkedCount(), interpreter: self)
                    // The new bounds and step can lie outside 64 bits (CPython computes them as
                    // big ints): OverflowError rather than a trap.
                    // The step as given: indices() clamps -sys.maxsize - 1 for lists, but a
                    // range keeps it (CPython computes range slices on big ints).
                    let givenStep = slice.step.isNone ? step : (try indexValue(slice.step) ?? step)
                    let (newStep, o1) = givenStep.multipliedReportingOverflow(by: range.step)
                    let (offset, o2) = stop.multipliedReportingOverflow(by: range.step)
                    let (newStop, o3) = range.start.addingReportingOverflow(offset)
                    if o1 || o2 || o3 { throw Arithmetic.overflow() }
                    return .object(PyRange(start: range.element(start), stop: newStop, step: newStep))
                }
                if Int(exactly: range.exactCount) == nil, let i = try indexValue(index) {
                    // More elements than Int.max (range(-1, sys.maxsize)): every index is in
                    // range, and a negative one counts back from the UInt length; the element
                    // itself lies between start and stop, so wrapping arithmetic is exact.
                    let position = i >= 0 ? UInt(i) : range.exactCount - i.magnitude
                    return .int(range.start &+ Int(truncatingIfNeeded: position &* UInt(bitPattern: range.step)))
                }
                return .int(range.element(try sequenceIndex(index, count: try range.checkedCount(), kind: "range object")))
            case let bytes as PyBytes:
                if case .object(let slice as PySlice) = index {
                    let (start, _, step, count) = try slice.indices(bytes.bytes.count, interpreter: self)
                    return .object(PyBytes((0..<count).map { bytes.bytes[start + $0 * step] }))
                }
                return .int(Int(bytes.bytes[try sequenceIndex(index, count: bytes.bytes.count, kind: "index")]))
            case let type as PyType:
                // A metaclass's `__getitem__` (enum's `Color['RED']`) comes first, as in CPython.
                if let method = type.type.userOverride("__getitem__") {
                    return try call(method, Arguments([container, index]))
                }
                if let method = type.lookup("__class_getitem__") {
                    return try call(method, Arguments([container, index]))
                }
                // `list[int]`-style annotations: return the class itself.
                if type.isBuiltin { return container }
            default:
                break
            }
            if let method = o.type.getItemMethod {
                return try callSpecial(method, container, index)
            }
        }
        throw PyException(BuiltinTypes.typeError, "'\(container.typeName)' object is not subscriptable")
    }

    /// `x[a, b]` compiled without a tuple: native hooks get the indices directly.
    func getItem(_ container: Value, multiIndex indices: UnsafeBufferPointer<Value>) throws -> Value {
        if case .object(let o) = container, let hook = o.type.subscriptHook { return try hook(self, container, indices) }
        return try getItem(container, .object(PyTuple(Array(indices))))
    }

    func setItem(_ container: Value, multiIndex indices: UnsafeBufferPointer<Value>, _ value: Value) throws {
        if case .object(let o) = container, let hook = o.type.storeSubscriptHook { return try hook(self, container, indices, value) }
        try setItem(container, .object(PyTuple(Array(indices))), value)
    }

    public func setItem(_ container: Value, _ index: Value, _ value: Value) throws {
        if case .object(let o) = container, let method = o.type.userSetItem {
            _ = try call(method, Arguments([container, index, value]))
            return
        }
        try builtinSetItem(container, index, value)
    }

    /// `container[index] = value` by the built-in type's own rules, whatever a subclass
    /// overrides: `list.__setitem__(self, i, v)` inside an override must not call it again.
    func builtinSetItem(_ container: Value, _ index: Value, _ value: Value) throws {
        if case .object(let o) = container {
            if let hook = o.type.storeSubscriptHook {
                if case .object(let i) = index, let tuple = i as? PyTuple {
                    return try tuple.items.withUnsafeBufferPointer { try hook(self, container, $0, value) }
                }
                return try withUnsafePointer(to: index) { try hook(self, container, UnsafeBufferPointer(start: $0, count: 1), value) }
            }
            switch o {
            case let list as PyList:
                if case .object(let slice as PySlice) = index {
                    let replacement = try collect(value)
                    let (start, stop, step, count) = try slice.indices(list.items.count, interpreter: self)
                    if step == 1 {
                        list.items.replaceSubrange(start..<max(start, stop), with: replacement)
                    } else {
                        guard replacement.count == count else {
                            throw PyException(BuiltinTypes.valueError,
                                              "attempt to assign sequence of size \(replacement.count) to extended slice of size \(count)")
                        }
                        for k in 0..<count { list.items[start + k * step] = replacement[k] }
                    }
                    return
                }
                list.items[try sequenceIndex(index, count: list.items.count, kind: "list assignment")] = value
                return
            case let dict as PyDict:
                dict.storage[try hashKey(index)] = value
                return
            default:
                if let method = o.type.lookup("__setitem__") {
                    _ = try call(method, Arguments([container, index, value]))
                    return
                }
            }
        }
        throw PyException(BuiltinTypes.typeError, "'\(container.typeName)' object does not support item assignment")
    }

    public func deleteItem(_ container: Value, _ index: Value) throws {
        if case .object(let o) = container, let method = o.type.userOverride("__delitem__") {
            _ = try call(method, Arguments([container, index]))
            return
        }
        try builtinDeleteItem(container, index)
    }

    /// `del container[index]` by the built-in type's own rules (see `builtinSetItem`).
    func builtinDeleteItem(_ container: Value, _ index: Value) throws {
        if case .object(let o) = container {
            switch o {
            case let list as PyList:
                if case .object(let slice as PySlice) = index {
                    let (start, _, step, count) = try slice.indices(list.items.count, interpreter: self)
                    let doomed = Set((0..<count).map { start + $0 * step })
                    list.items = list.items.enumerated().filter { !doomed.contains($0.offset) }.map(\.element)
                    return
                }
                list.items.remove(at: try sequenceIndex(index, count: list.items.count, kind: "list assignment"))
                return
            case let dict as PyDict:
                guard dict.storage.removeValue(forKey: try hashKey(index)) != nil else {
                    throw PyException(type: BuiltinTypes.keyError, args: [index])
                }
                return
            default:
                if let method = o.type.lookup("__delitem__") {
                    _ = try call(method, Arguments([container, index]))
                    return
                }
            }
        }
        throw PyException(BuiltinTypes.typeError, "'\(container.typeName)' object doesn't support item deletion")
    }

    /// A normalised index into a sequence of `count` elements, with CPython's messages.
    func sequenceIndex(_ index: Value, count: Int, kind: String) throws -> Int {
        if index.asBigInt != nil {
            throw PyException(BuiltinTypes.indexError, "cannot fit 'int' into an index-sized integer")
        }
        guard let i = try indexValue(index) else {
            let what = kind == "list assignment" ? "list" : kind == "range object" ? "range" : kind
            throw PyException(BuiltinTypes.typeError, "\(what) indices must be integers or slices, not \(index.typeName)")
        }
        let k = i < 0 ? i + count : i
        guard k >= 0 && k < count else { throw PyException(BuiltinTypes.indexError, "\(kind) index out of range") }
        return k
    }

    /// An integer from an int, bool or an object with `__index__`.
    /// A big int does not fit: OverflowError, as CPython's conversion to Py_ssize_t.
    public func indexValue(_ value: Value) throws -> Int? {
        if let i = Arithmetic.intValue(value) { return i }
        if value.asBigInt != nil { throw Interpreter.indexOverflow() }
        if case .object(let o) = value, let method = o.type.lookup("__index__") {
            let result = try call(method, Arguments([value]))
            if result.asBigInt != nil { throw Interpreter.indexOverflow() }
            return Arithmetic.intValue(result)
        }
        return nil
    }

    static func indexOverflow() -> PyException {
        PyException(BuiltinTypes.overflowError, "cannot fit 'int' into an index-sized integer")
    }

    func sliceElements(_ items: [Value], _ slice: PySlice) throws -> [Value] {
        let (start, _, step, count) = try slice.indices(items.count, interpreter: self)
        if count <= 0 { return [] }
        // `indices` keeps every position start + k * step (k < count) inside the list. Each
        // value is copied as a stack slot is (a tag test, a retain only for objects), not
        // through the generic array copy.
        return items.withUnsafeBufferPointer { source in
            [Value](unsafeUninitializedCapacity: count) { buffer, initialized in
                let from = UnsafeMutablePointer(mutating: source.baseAddress.unsafelyUnwrapped)
                let to = buffer.baseAddress.unsafelyUnwrapped
                var position = start
                for k in 0..<count {
                    (to + k).initialize(copying: from + position)
                    position &+= step
                }
                initialized = count
            }
        }
    }
}

extension PySlice {
    /// `slice.indices(length)`: clamped start, stop, step and the number of elements.
    public func indices(_ length: Int, interpreter: Interpreter) throws -> (start: Int, stop: Int, step: Int, count: Int) {
        var step = 1
        // Slice bounds past 64 bits are clamped, as CPython's _PyEval_SliceIndex does.
        if let big = self.step.asBigInt {
            step = big.value.negative ? -Int.max : Int.max
        } else if !self.step.isNone {
            guard let s = try interpreter.indexValue(self.step) else {
                throw PyException(BuiltinTypes.typeError, "slice indices must be integers or None or have an __index__ method")
            }
            if s == 0 { throw PyException(BuiltinTypes.valueError, "slice step cannot be zero") }
            // CPython clamps the step to -sys.maxsize so that it can be negated.
            step = max(s, -Int.max)
        }
        func bound(_ value: Value, default defaultValue: Int, lower: Int, upper: Int) throws -> Int {
            if value.isNone { return defaultValue }
            if let big = value.asBigInt { return big.value.negative ? lower : upper }
            guard let i = try interpreter.indexValue(value) else {
                throw PyException(BuiltinTypes.typeError, "slice indices must be integers or None or have an __index__ method")
            }
            if i < 0 { return max(i + length, lower) }
            return min(i, upper)
        }
        let start: Int, stop: Int
        if step > 0 {
            start = try bound(self.start, default: 0, lower: 0, upper: length)
            stop = try bound(self.stop, default: length, lower: 0, upper: length)
        } else {
            start = try bound(self.start, default: length - 1, lower: -1, upper: length - 1)
            stop = try bound(self.stop, default: -1, lower: -1, upper: length - 1)
        }
        let count: Int
        if step > 0 { count = start < stop ? (stop - start - 1) / step + 1 : 0 }
        else { count = start > stop ? (start - stop - 1) / (-step) + 1 : 0 }
        return (start, stop, step, count)
    }
}
