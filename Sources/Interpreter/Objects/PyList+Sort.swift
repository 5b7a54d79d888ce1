/// The stable sort shared by `list.sort` and `sorted()`.
extension Interpreter {
    /// A stable sort with Python's rules: `key` applied once per element, `reverse` keeps equal
    /// elements in their original order, comparisons through `<`.
    public func sorted(_ items: [Value], key: Value, reverse: Bool) throws -> [Value] {
        let keys = key.isNone ? items : try items.map { try call(key, Arguments([$0])) }
        var order = Array(items.indices)
        if reverse { order.reverse() }
        // Fast path: all ints, all floats or all strings compare natively.
        if keys.allSatisfy({ if case .int = $0 { return true }; return false }) {
            let values = keys.map { Arithmetic.intValue($0) ?? 0 }
            order = try mergeSort(order) { values[$0] < values[$1] }
        } else if let strings = Optional(keys.compactMap { $0.asObject as? PyStr }), strings.count == keys.count {
            order = try mergeSort(order) { PyStr.compare(strings[$0], strings[$1]) < 0 }
        } else if let comparison = PyComparisonKey.sharedComparison(keys) {
            // `key=cmp_to_key(f)`: f decides each comparison, called without the keys' `__lt__`.
            let objects = keys.map { ($0.asObject as? PyComparisonKey)?.object ?? .none }
            order = try mergeSort(order) { i, j in
                let result = try self.call(comparison, Arguments([objects[i], objects[j]]))
                if case .int(let r) = result { return r < 0 }
                return try self.isTruthy(try self.compareOperation(.less, result, .int(0)))
            }
        } else {
            order = try mergeSort(order) { try self.sortLess(keys[$0], keys[$1]) }
        }
        if reverse { order.reverse() }
        return order.map { items[$0] }
    }

    /// `a < b` as `sorted()` asks it: exact tuples (the usual compound key) are compared item by
    /// item here, ints and floats by value, and everything else by the `<` operator. Tuples
    /// follow Python's rule: the first items that are not equal decide, by `<`.
    func sortLess(_ a: Value, _ b: Value) throws -> Bool {
        switch (a, b) {
        case let (.int(x), .int(y)): return x < y
        case let (.float(x), .float(y)): return x < y
        case let (.object(p), .object(q)):
            if p.objectKind == .tuple, q.objectKind == .tuple, p.storedType === BuiltinTypes.tuple, q.storedType === BuiltinTypes.tuple {
                let xs = unsafeDowncast(p, to: PyTuple.self).items, ys = unsafeDowncast(q, to: PyTuple.self).items
                for i in 0..<Swift.min(xs.count, ys.count) {
                    switch (xs[i], ys[i]) {
                    case let (.int(u), .int(v)):
                        if u != v { return u < v }
                    case let (.float(u), .float(v)) where !u.isNaN && !v.isNaN:
                        if u != v { return u < v }
                    case let (x, y):
                        if x.isIdentical(to: y) { continue }
                        if try equals(x, y) { continue }
                        return try sortLess(x, y)
                    }
                }
                return xs.count < ys.count
            }
        default:
            break
        }
        return try isTruthy(try compareOperation(.less, a, b))
    }

    /// Stable merge sort with a throwing comparison.
    func mergeSort(_ input: [Int], _ less: (Int, Int) throws -> Bool) throws -> [Int] {
        if input.count < 2 { return input }
        var source = input
        var buffer = input
        var width = 1
        let n = input.count
        // Insertion-sort small runs first for speed.
        let run = 16
        var start = 0
        while start < n {
            let end = min(start + run, n)
            for i in (start + 1)..<end {
                let value = source[i]
                var j = i - 1
                while j >= start, try less(value, source[j]) {
                    source[j + 1] = source[j]
                    j -= 1
                }
                source[j + 1] = value
            }
            start = end
        }
        width = run
        while width < n {
            var low = 0
            while low < n {
                let middle = min(low + width, n), high = min(low + 2 * width, n)
                var i = low, j = middle, k = low
                while i < middle && j < high {
                    if try less(source[j], source[i]) { buffer[k] = source[j]; j += 1 } else { buffer[k] = source[i]; i += 1 }
                    k += 1
                }
                while i < middle { buffer[k] = source[i]; i += 1; k += 1 }
                while j < high { buffer[k] = source[j]; j += 1; k += 1 }
                low = high
            }
            swap(&source, &buffer)
            width *= 2
        }
        return source
    }
}
