/// `product`, `permutations`, `combinations` and `combinations_with_replacement`: each reads its
/// inputs into arrays once (as CPython does) and then yields one tuple per step from an index
/// vector, so the first item of `product(range(2000), range(2000))` comes at once.
extension ItertoolsModule {
    static let permutationsParameters = [Parameter(name: "iterable", defaultValue: nil), Parameter(name: "r", defaultValue: Value.none)]
    static let combinationsParameters = [Parameter(name: "iterable", defaultValue: nil), Parameter(name: "r", defaultValue: nil)]

    static func product(_ interpreter: Interpreter, _ cls: PyType, _ arguments: Arguments) throws -> Value {
        var repeatCount = 1
        for (name, value) in arguments.keywords {
            guard name == "repeat" else {
                throw PyException(BuiltinTypes.typeError, "'\(name)' is an invalid keyword argument for product()")
            }
            repeatCount = try interpreter.intArgument(value)
        }
        if repeatCount < 0 { throw PyException(BuiltinTypes.valueError, "repeat argument cannot be negative") }
        let distinct = try arguments.positional.map { try interpreter.collect($0) }
        if !distinct.isEmpty && repeatCount > Int.max / distinct.count {
            throw PyException(BuiltinTypes.overflowError, "repeat argument too large")
        }
        var pools: [[Value]] = []
        try Allocation.check(count: distinct.count * repeatCount, elementSize: MemoryLayout<[Value]>.stride)
        pools.reserveCapacity(distinct.count * repeatCount)
        for _ in 0..<repeatCount { pools.append(contentsOf: distinct) }
        let width = pools.count
        var indices = [Int](filledWith: 0, count: width)
        var started = false
        var recycled = TupleRecycler()
        var done = pools.contains { $0.isEmpty }
        return .object(PyNativeIterator(type: cls) { _ in
            if done { return nil }
            if started {
                // Advance the rightmost index that can move; those after it restart at 0.
                var position = width - 1
                while position >= 0 {
                    indices[position] += 1
                    if indices[position] < pools[position].count { break }
                    indices[position] = 0
                    position -= 1
                }
                if position < 0 { done = true; return nil }
            } else {
                started = true
            }
            return recycled.tuple(count: width) { pools[$0][indices[$0]] }
        })
    }

    static func permutations(_ interpreter: Interpreter, _ cls: PyType, _ arguments: Arguments) throws -> Value {
        let values = try bindKeywords(arguments, "permutations", permutationsParameters)
        let pool = try interpreter.collect(values[0])
        let n = pool.count
        let r: Int
        if values[1].isNone {
            r = n
        } else {
            guard case .int(let given) = values[1] else {
                if case .bool(let b) = values[1] { return try permutationsObject(cls, pool, b ? 1 : 0) }
                // An int past 64 bits is an int all the same: CPython's conversion overflows.
                if values[1].asBigInt != nil { throw PyException(BuiltinTypes.overflowError, "Python int too large to convert to C ssize_t") }
                throw PyException(BuiltinTypes.typeError, "Expected int as r")
            }
            r = given
        }
        if r < 0 { throw PyException(BuiltinTypes.valueError, "r must be non-negative") }
        return try permutationsObject(cls, pool, r)
    }

    /// CPython's algorithm (Modules/itertoolsmodule.c): a rotating index vector and one cycle
    /// counter per position.
    static func permutationsObject(_ cls: PyType, _ pool: [Value], _ r: Int) throws -> Value {
        let n = pool.count
        var indices = Array(0..<n)
        var cycles = r <= n ? Array(stride(from: n, to: n - r, by: -1)) : []
        var started = false
        var recycled = TupleRecycler()
        var done = r > n
        return .object(PyNativeIterator(type: cls) { _ in
            if done { return nil }
            if started {
                if n == 0 { done = true; return nil }
                var i = r - 1
                while i >= 0 {
                    cycles[i] -= 1
                    if cycles[i] == 0 {
                        let moved = indices[i]
                        indices.remove(at: i)
                        indices.append(moved)
                        cycles[i] = n - i
                        i -= 1
                    } else {
                        let j = cycles[i]
                        indices.swapAt(i, n - j)
                        break
                    }
                }
                if i < 0 { done = true; return nil }
            } else {
                started = true
            }
            return recycled.tuple(count: r) { pool[indices[$0]] }
        })
    }

    /// `r` of `combinations` and `combinations_with_replacement`: an int, or CPython's errors.
    static func combinationLength(_ interpreter: Interpreter, _ value: Value) throws -> Int {
        let r = try interpreter.intArgument(value)
        if r < 0 { throw PyException(BuiltinTypes.valueError, "r must be non-negative") }
        return r
    }

    static func combinations(_ interpreter: Interpreter, _ cls: PyType, _ arguments: Arguments) throws -> Value {
        let values = try bindKeywords(arguments, "combinations", combinationsParameters)
        let pool = try interpreter.collect(values[0])
        let r = try combinationLength(interpreter, values[1])
        let n = pool.count
        // CPython allocates the r indices first (MemoryError for r = sys.maxsize); r past the
        // pool's size then gives nothing, so no index vector is made.
        try Allocation.check(count: r, elementSize: MemoryLayout<Int>.stride)
        var indices = r > n ? [] : Array(0..<r)
        var started = false
        var recycled = TupleRecycler()
        var done = r > n
        return .object(PyNativeIterator(type: cls) { _ in
            if done { return nil }
            if started {
                // The rightmost index not at its maximum moves up; those after it follow it.
                var i = r - 1
                while i >= 0 && indices[i] == i + n - r { i -= 1 }
                if i < 0 { done = true; return nil }
                indices[i] += 1
                var j = i + 1
                while j < r { indices[j] = indices[j - 1] + 1; j += 1 }
            } else {
                started = true
            }
            return recycled.tuple(count: r) { pool[indices[$0]] }
        })
    }

    static func combinationsWithReplacement(_ interpreter: Interpreter, _ cls: PyType, _ arguments: Arguments) throws -> Value {
        let values = try bindKeywords(arguments, "combinations_with_replacement", combinationsParameters)
        let pool = try interpreter.collect(values[0])
        let r = try combinationLength(interpreter, values[1])
        let n = pool.count
        let emptyPool = n == 0 && r > 0
        try Allocation.check(count: r, elementSize: MemoryLayout<Int>.stride)
        var indices = emptyPool ? [] : [Int](filledWith: 0, count: r)
        var started = false
        var recycled = TupleRecycler()
        var done = emptyPool
        return .object(PyNativeIterator(type: cls) { _ in
            if done { return nil }
            if started {
                var i = r - 1
                while i >= 0 && indices[i] == n - 1 { i -= 1 }
                if i < 0 { done = true; return nil }
                let value = indices[i] + 1
                var j = i
                while j < r { indices[j] = value; j += 1 }
            } else {
                started = true
            }
            return recycled.tuple(count: r) { pool[indices[$0]] }
        })
    }
}
