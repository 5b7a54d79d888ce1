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
            order = try mergeSort(order) { try self.isTruthy(try self.compareOperation(.less, keys[$0], keys[$1])) }
        }
        if reverse { order.reverse() }
        return order.map { items[$0] }
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
