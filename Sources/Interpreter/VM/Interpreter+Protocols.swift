/// Truth, length, iteration, membership and hashing for every value.
extension Interpreter {
    @inline(__always)
    public func isTruthy(_ value: Value) throws -> Bool {
        switch value {
        case .none, .unset: return false
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .float(let d): return d != 0
        case .object(let o): return try objectTruth(o)
        }
    }

    func objectTruth(_ o: PyObject) throws -> Bool {
        if o.objectKind == .bigInt { return true }
        // The core containers of exactly their built-in type, by their kind byte.
        if o.type.isBuiltin {
            switch o.objectKind {
            case .list: return !unsafeDowncast(o, to: PyList.self).items.isEmpty
            case .tuple: return !unsafeDowncast(o, to: PyTuple.self).items.isEmpty
            case .dict: return !unsafeDowncast(o, to: PyDict.self).storage.isEmpty
            default: break
            }
        }
        // By kind first: an instance of a user class or a native object (`deque`) skips the casts.
        switch o.objectKind {
        case .instance:
            break
        case .other:
            if let r = o as? PyRange { return r.count > 0 }
            if let b = o as? PyBytes, b.type === BuiltinTypes.bytes { return !b.bytes.isEmpty }
        default:
            switch o {
            case let s as PyStr where s.type === BuiltinTypes.str: return !s.value.isEmpty
            case let l as PyList where l.type === BuiltinTypes.list: return !l.items.isEmpty
            case let t as PyTuple where t.type === BuiltinTypes.tuple: return !t.items.isEmpty
            case let d as PyDict where d.type === BuiltinTypes.dict: return !d.storage.isEmpty
            case let s as PySet: return !s.storage.isEmpty
            default: break
            }
        }
        let value = Value.object(o)
        let methods = o.type.truthMethods
        if let method = methods.bool {
            let result = try callSpecial(method, value)
            guard case .bool(let b) = result else {
                throw PyException(BuiltinTypes.typeError, "__bool__ should return bool, returned \(result.typeName)")
            }
            return b
        }
        if let method = methods.length { return try checkedLength(try callSpecial(method, value)) != 0 }
        return true
    }

    /// `len(x)`.
    public func length(_ value: Value) throws -> Int {
        if case .object(let o) = value {
            // The core containers of exactly their built-in type, by a byte compare.
            if o.type.isBuiltin {
                switch o.objectKind {
                case .list: return unsafeDowncast(o, to: PyList.self).items.count
                case .tuple: return unsafeDowncast(o, to: PyTuple.self).items.count
                case .dict: return unsafeDowncast(o, to: PyDict.self).storage.count
                default: break
                }
            } else if let method = o.type.userOverride("__len__") {
                return try checkedLength(try callSpecial(method, value))
            }
            switch o {
            case let s as PyStr: return s.count
            case let l as PyList: return l.items.count
            case let t as PyTuple: return t.items.count
            case let d as PyDict: return d.storage.count
            case let s as PySet: return s.storage.count
            case let r as PyRange: return try r.checkedCount()
            case let b as PyBytes: return b.bytes.count
            case let v as PyDictView: return v.dict.storage.count
            default:
                // The field truth tests keep, not a look-up by name (`len(queue)` in a loop).
                if let method = o.type.truthMethods.length { return try checkedLength(try callSpecial(method, value)) }
            }
        }
        throw PyException(BuiltinTypes.typeError, "object of type '\(value.typeName)' has no len()")
    }

    /// The size of a list, tuple, dict, set or str of exactly its built-in type, else nil.
    @inline(__always)
    static func builtinContainerCount(_ o: PyObject) -> Int? {
        switch o.objectKind {
        case .list: return o.type.isBuiltin ? unsafeDowncast(o, to: PyList.self).items.count : nil
        case .tuple: return o.type.isBuiltin ? unsafeDowncast(o, to: PyTuple.self).items.count : nil
        case .dict: return o.type.isBuiltin ? unsafeDowncast(o, to: PyDict.self).storage.count : nil
        case .set: return o.type.isBuiltin ? unsafeDowncast(o, to: PySet.self).storage.count : nil
        case .str: return o.type.isBuiltin ? unsafeDowncast(o, to: PyStr.self).count : nil
        default: return nil
        }
    }

    func checkedLength(_ result: Value) throws -> Int {
        guard let n = try indexValue(result) else {
            throw PyException(BuiltinTypes.typeError, "'\(result.typeName)' object cannot be interpreted as an integer")
        }
        if n < 0 { throw PyException(BuiltinTypes.valueError, "__len__() should return >= 0") }
        return n
    }

    /// Strings up to this many bytes are iterated from an array of their characters (16 bytes
    /// per character while the loop runs).
    static let eagerStringIterationLimit = 1 << 20

    /// `iter(x)`.
    public func iterate(_ value: Value) throws -> Value {
        guard case .object(let o) = value else {
            throw PyException(BuiltinTypes.typeError, "'\(value.typeName)' object is not iterable")
        }
        // Lists, tuples and the iterators native loops (any, sum, sorted...) meet most, by their
        // kind byte before any cast.
        switch o.objectKind {
        case .list where o.type === BuiltinTypes.list: return .object(PySequenceIterator(list: unsafeDowncast(o, to: PyList.self)))
        case .tuple where o.type === BuiltinTypes.tuple:
            return .object(PySequenceIterator(items: unsafeDowncast(o, to: PyTuple.self).items))
        case .rangeIterator, .sequenceIterator, .nativeIterator, .generator: return value
        default: break
        }
        switch o {
        case let r as PyRange: return .object(PyRangeIterator(r))
        case let l as PyList where l.type === BuiltinTypes.list: return .object(PySequenceIterator(list: l))
        case let t as PyTuple where t.type === BuiltinTypes.tuple: return .object(PySequenceIterator(items: t.items))
        case let s as PyStr where s.type === BuiltinTypes.str:
            let ascii = asciiCharacters
            if s.value.utf8.count <= Interpreter.eagerStringIterationLimit {
                // The characters up front (shared one-character strs for ASCII), so the loop
                // takes the dispatch loop's sequence-iterator fast path; longer strings go lazily.
                var items: [Value] = []
                items.reserveCapacity(s.value.utf8.count)
                for c in s.value.unicodeScalars {
                    items.append(.object(c.isASCII ? ascii[Int(c.value)] : PyStr(String(c), isASCII: false)))
                }
                return .object(PySequenceIterator(items: items, type: BuiltinTypes.iterator))
            }
            var iterator = s.value.unicodeScalars.makeIterator()
            return .object(PyNativeIterator { _ in
                iterator.next().map { .object($0.isASCII ? ascii[Int($0.value)] : PyStr(String($0), isASCII: false)) }
            })
        case let d as PyDict where d.type === BuiltinTypes.dict:
            return .object(dictIterator(d, kind: .keys))
        case let v as PyDictView:
            return .object(dictIterator(v.dict, kind: v.kind == .keys ? .keys : v.kind == .values ? .values : .items))
        case let s as PySet:
            // Iterates the live set, as CPython does: adding or removing an element during the
            // loop is a RuntimeError rather than a silently stale (or skipped) element.
            // Like CPython's, it walks the table's slots and stays finished once finished.
            var position = 0
            var expectedCount = s.storage.count
            var finished = false
            return .object(PyNativeIterator { _ in
                if finished { return nil }
                guard s.storage.count == expectedCount else {
                    expectedCount = -1  // the error repeats on later calls
                    throw PyException(BuiltinTypes.runtimeError, "Set changed size during iteration")
                }
                guard let (key, next) = s.storage.key(atOrAfter: position) else {
                    finished = true
                    return nil
                }
                position = next
                return key.value
            })
        case let b as PyBytes:
            var index = 0
            return .object(PyNativeIterator { _ in
                guard index < b.bytes.count else { return nil }
                defer { index += 1 }
                return .int(Int(b.bytes[index]))
            })
        case is PyRangeIterator, is PySequenceIterator, is PyNativeIterator, is PyGenerator, is PyGetItemIterator:
            return value
        default:
            break
        }
        if let method = o.type.lookup("__iter__") {
            let result = try callSpecial(method, value)
            if result.type.lookup("__next__") == nil, !(result.asObject.map(isBuiltinIterator) ?? false) {
                throw PyException(BuiltinTypes.typeError, "iter() returned non-iterator of type '\(result.typeName)'")
            }
            return result
        }
        if let l = o as? PyList { return .object(PySequenceIterator(list: l)) }
        if let t = o as? PyTuple { return .object(PySequenceIterator(items: t.items)) }
        if let d = o as? PyDict { return .object(dictIterator(d, kind: .keys)) }
        if o.type.lookup("__getitem__") != nil { return .object(PyGetItemIterator(value)) }
        throw PyException(BuiltinTypes.typeError, "'\(value.typeName)' object is not iterable")
    }

    func isBuiltinIterator(_ o: PyObject) -> Bool {
        o is PyRangeIterator || o is PySequenceIterator || o is PyNativeIterator || o is PyGenerator || o is PyGetItemIterator
    }

    enum DictIterationKind { case keys, values, items }

    /// Iterates the live dict as CPython's dict iterator does: a change of size is an error at
    /// the next step; a same-size change (keys removed and others added) moves the position to
    /// just after the last key yielded, where CPython's position in its entry table is, and
    /// finding more entries than the dict had when the loop began is "keys changed".
    func dictIterator(_ dict: PyDict, kind: DictIterationKind) -> PyNativeIterator {
        var index = 0
        let expectedCount = dict.storage.count
        var remaining = expectedCount
        var seenRemovals = dict.storage.removals
        var lastKey: HashKey?
        var recycled = TupleRecycler()
        return PyNativeIterator { _ in
            guard dict.storage.count == expectedCount else {
                throw PyException(BuiltinTypes.runtimeError, "dictionary changed size during iteration")
            }
            if dict.storage.removals != seenRemovals {
                let removedSince = dict.storage.removals &- seenRemovals
                seenRemovals = dict.storage.removals
                if let key = lastKey, let position = dict.storage.index(forKey: key) {
                    index = position + 1
                } else {
                    // The last key yielded was removed: the entries after it moved down.
                    index = Swift.max(0, index - removedSince)
                }
            }
            guard index < dict.storage.count else { return nil }
            if remaining == 0 {
                throw PyException(BuiltinTypes.runtimeError, "dictionary keys changed during iteration")
            }
            remaining -= 1
            defer { index += 1 }
            let element = dict.storage.entry(at: index)
            lastKey = element.key
            switch kind {
            case .keys: return element.key.value
            case .values: return element.value
            case .items:
                if let tuple = recycled.reusable(count: 2) {
                    tuple.items[0] = element.key.value
                    tuple.items[1] = element.value
                    return .object(tuple)
                }
                return .object(recycled.keep(PyTuple([element.key.value, element.value])))
            }
        }
    }

    /// The next element of an iterator object, or nil when it is exhausted.
    public func next(_ iterator: PyObject) throws -> Value? {
        // Native loops (sum, max, `in`, list(...)) over an endless iterator stop at Ctrl-C: the
        // flag is read here, once per item, as the VM reads it on a loop's back-edge.
        if let flag = interruptFlag, flag.pointee != 0 { try checkInterrupt() }
        // Every iterator the VM makes, by its kind byte: `sum(x for x in ...)`, `list(zip(...))`
        // and a `for` loop over a generator or a native iterator ask here once per item.
        switch iterator.objectKind {
        case .sequenceIterator: return unsafeDowncast(iterator, to: PySequenceIterator.self).next()
        case .rangeIterator: return unsafeDowncast(iterator, to: PyRangeIterator.self).next().map { .int($0) }
        case .nativeIterator: return try unsafeDowncast(iterator, to: PyNativeIterator.self).producer(self)
        case .generator: return try resume(unsafeDowncast(iterator, to: PyGenerator.self))
        default: break
        }
        switch iterator {
        case let r as PyRangeIterator: return r.next().map { .int($0) }
        case let s as PySequenceIterator: return s.next()
        case let n as PyNativeIterator: return try n.producer(self)
        case let g as PyGenerator: return try resume(g)
        case let g as PyGetItemIterator:
            do {
                let value = try getItem(g.target, .int(g.index))
                g.index += 1
                return value
            } catch let error as PyException where error.isInstance(of: BuiltinTypes.indexError) || error.isInstance(of: BuiltinTypes.stopIteration) {
                return nil
            }
        default:
            guard let method = iterator.type.lookup("__next__") else {
                throw PyException(BuiltinTypes.typeError, "'\(iterator.type.name)' object is not an iterator")
            }
            do {
                return try callSpecial(method, .object(iterator))
            } catch let error as PyException where error.isInstance(of: BuiltinTypes.stopIteration) {
                return nil
            }
        }
    }

    /// Every element of an iterable, as an array.
    public func collect(_ value: Value) throws -> [Value] {
        if case .object(let o) = value {
            if let l = o as? PyList, l.type === BuiltinTypes.list { return l.items }
            if let t = o as? PyTuple, t.type === BuiltinTypes.tuple { return t.items }
            if let view = o as? PyDictView { return dictViewItems(view) }
            if let r = o as? PyRange {
                if r.count > 1 << 31 { throw PyException(BuiltinTypes.memoryError, "") }
                try Allocation.check(count: r.count, elementSize: MemoryLayout<Value>.stride)
                return (0..<r.count).map { .int(r.element($0)) }
            }
        }
        guard case .object(let iterator) = try iterate(value) else { return [] }
        var items: [Value] = []
        while let item = try next(iterator) {
            try Allocation.checkGrowth(count: items.count, capacity: items.capacity, elementSize: MemoryLayout<Value>.stride)
            items.append(item)
            if items.count & 0xFFFF == 0 { try checkInterrupt() }
        }
        return items
    }

    /// `list(d.keys())`, `list(d.items())`: read from the dict's entries at once, not through
    /// an iterator item by item.
    func dictViewItems(_ view: PyDictView) -> [Value] {
        let storage = view.dict.storage
        var items: [Value] = []
        items.reserveCapacity(storage.count)
        for index in 0..<storage.count {
            let element = storage.entry(at: index)
            switch view.kind {
            case .keys: items.append(element.key.value)
            case .values: items.append(element.value)
            case .items: items.append(.object(PyTuple([element.key.value, element.value])))
            }
        }
        return items
    }

    /// Unpacking `a, b = x`: exactly `count` elements.
    func unpack(_ value: Value, count: Int) throws -> [Value] {
        // Exact tuples and lists only: a subclass may define its own `__iter__`.
        if case .object(let o) = value, o.type === BuiltinTypes.tuple, let t = o as? PyTuple, t.items.count == count { return t.items }
        if case .object(let o) = value, o.type === BuiltinTypes.list, let l = o as? PyList, l.items.count == count { return l.items }
        // A subclass that keeps its base's `__iter__` (a namedtuple, most list subclasses)
        // iterates over its items all the same: take them without an iterator.
        if case .object(let o) = value, o.objectKind == .tuple || o.objectKind == .list, o.type.keepsBuiltinIteration {
            let items = o.objectKind == .tuple ? unsafeDowncast(o, to: PyTuple.self).items : unsafeDowncast(o, to: PyList.self).items
            if items.count == count { return items }
        }
        let iterated: Value
        do {
            iterated = try iterate(value)
        } catch let error as PyException where error.isInstance(of: BuiltinTypes.typeError) {
            throw PyException(BuiltinTypes.typeError, "cannot unpack non-iterable \(value.typeName) object")
        }
        guard case .object(let iterator) = iterated else { return [] }
        var items: [Value] = []
        while let item = try next(iterator) {
            items.append(item)
            if items.count > count {
                throw PyException(BuiltinTypes.valueError, "too many values to unpack (expected \(count))")
            }
        }
        if items.count < count {
            throw PyException(BuiltinTypes.valueError, "not enough values to unpack (expected \(count), got \(items.count))")
        }
        return items
    }

    /// `item in container`.
    public func contains(_ container: Value, _ item: Value) throws -> Bool {
        // An exact dict or set and a key that needs no hashing checks: one probe.
        if case .object(let o) = container, o.storedType === dictType || o.storedType === BuiltinTypes.set,
           let key = item.simpleHashKey {
            if o.objectKind == .dict { return unsafeDowncast(o, to: PyDict.self).storage.value(forKey: key, hash: key.fastHash) != nil }
            if o.objectKind == .set { return unsafeDowncast(o, to: PySet.self).contains(key) }
        }
        if case .object(let o) = container {
            switch o {
            case let s as PyStr:
                guard case .object(let i) = item, let needle = i as? PyStr else {
                    throw PyException(BuiltinTypes.typeError, "'in <string>' requires string as left operand, not \(item.typeName)")
                }
                return TextSearch.contains(s.value, needle.value)
            case let l as PyList where o.type.userOverride("__contains__") == nil:
                for element in l.items where try equals(element, item) { return true }
                return false
            case let t as PyTuple where o.type.userOverride("__contains__") == nil:
                for element in t.items where try equals(element, item) { return true }
                return false
            case let d as PyDict where o.type.userOverride("__contains__") == nil:
                return d.storage[try hashKey(item)] != nil
            case let s as PySet:
                return s.contains(try SetMethods.lookupKey(item, self))
            case let v as PyDictView:
                switch v.kind {
                case .keys: return v.dict.storage[try hashKey(item)] != nil
                case .values:
                    for value in v.dict.storage.values where try equals(value, item) { return true }
                    return false
                case .items:
                    guard let pair = item.asObject as? PyTuple, pair.items.count == 2,
                          let value = v.dict.storage[try hashKey(pair.items[0])] else { return false }
                    return try equals(value, pair.items[1])
                }
            case let r as PyRange:
                // Range bounds are 64-bit: an int past that is never inside.
                if item.asBigInt != nil { return false }
                guard let i = Arithmetic.intValue(item) else { break }
                if r.step > 0 ? (i < r.start || i >= r.stop) : (i > r.start || i <= r.stop) { return false }
                return r.distance(to: i) % r.step.magnitude == 0
            default:
                break
            }
            if let method = o.type.lookup("__contains__") {
                return try isTruthy(try callSpecial(method, container, item))
            }
        }
        let iterable: Value
        do {
            iterable = try iterate(container)
        } catch let error as PyException where error.isInstance(of: BuiltinTypes.typeError)
                    && error.message == "'\(container.typeName)' object is not iterable" {
            // What `in` says of a container with neither __contains__ nor iteration, as CPython.
            throw PyException(BuiltinTypes.typeError, "argument of type '\(container.typeName)' is not iterable")
        }
        guard case .object(let iterator) = iterable else { return false }
        while let element = try next(iterator) {
            if try equals(element, item) { return true }
        }
        return false
    }

    /// A dictionary key for `value`, or TypeError for unhashable values.
    public func hashKey(_ value: Value) throws -> HashKey {
        if case .object(let o) = value {
            // By the object's Swift class (a byte compare, not a chain of dynamic casts).
            switch o.objectKind {
            case .str, .type, .function, .builtinFunction, .module:
                break
            case .tuple:
                for item in unsafeDowncast(o, to: PyTuple.self).items { _ = try hashKey(item) }
            case .list, .dict:
                throw PyException(BuiltinTypes.typeError, "unhashable type: '\(o.type.name)'")
            case .set where !unsafeDowncast(o, to: PySet.self).isFrozen:
                throw PyException(BuiltinTypes.typeError, "unhashable type: 'set'")
            default:
                if let hash = o.type.lookup("__hash__") {
                    if hash.isNone { throw PyException(BuiltinTypes.typeError, "unhashable type: '\(o.type.name)'") }
                    if !o.type.isBuiltin && !isObjectDefault(hash, "__hash__") {
                        let result = try callSpecial(hash, value)
                        guard let h = Arithmetic.intValue(result) else {
                            throw PyException(BuiltinTypes.typeError, "__hash__ method should return an integer")
                        }
                        return HashKey(value, custom: CustomHash(hash: h, interpreter: self))
                    }
                }
            }
        }
        return HashKey(value)
    }

    /// `dict.update(other)` / `{**a, **b}` / `f(**kw)`.
    func mergeMapping(into dict: PyDict, _ other: Value, rejectDuplicates: Bool) throws {
        if case .object(let o) = other, let source = o as? PyDict {
            for (key, value) in source.storage {
                if rejectDuplicates && dict.storage[key] != nil {
                    throw PyException(BuiltinTypes.typeError, "got multiple values for keyword argument '\(try str(key.value))'")
                }
                dict.storage[key] = value
            }
            return
        }
        if let keysMethod = try lookupAttribute(other, "keys") {
            for key in try collect(try call(keysMethod, Arguments([]))) {
                dict.storage[try hashKey(key)] = try getItem(other, key)
            }
            return
        }
        throw PyException(BuiltinTypes.typeError, "'\(other.typeName)' object is not a mapping")
    }
}
