/// The orderings behind sort, topk, kthvalue and median, one 1-D slice at a time.
///
/// Keys are read once into Swift arrays (Double for floating dtypes, which holds float32 and
/// float64 exactly; Int for the integer dtypes and bool), so comparisons never go through
/// `Scalar`. NaN sorts above every number, as in PyTorch and numpy.
enum SortOrder {
    /// One slice's keys: floating values or integers.
    enum Keys {
        case floating([Double])
        case integral([Int])

        /// Reads `count` elements of `dtype` spaced `stride` elements apart.
        init(_ base: UnsafeRawPointer, count: Int, stride: Int, dtype: DType) {
            let item = dtype.itemSize
            if dtype.isFloatingPoint {
                self = .floating((0..<count).map { ElementAccess.loadDouble(base + $0 &* stride &* item, dtype) })
            } else {
                self = .integral((0..<count).map { ElementAccess.loadInt(base + $0 &* stride &* item, dtype) })
            }
        }

        var count: Int {
            switch self {
            case .floating(let v): return v.count
            case .integral(let v): return v.count
            }
        }

        func isNaN(_ i: Int) -> Bool {
            if case .floating(let v) = self { return v[i].isNaN }
            return false
        }
    }

    /// The positions of `keys` in stable sorted order: equal keys keep their original order, in
    /// both directions (PyTorch's `sort(stable=True)`). NaN is the largest key.
    static func stable(_ keys: Keys, descending: Bool) -> [Int] {
        var order = Array(0..<keys.count)
        switch keys {
        case .floating(let v):
            v.withUnsafeBufferPointer { k in
                order.sort { a, b in
                    let x = k[a], y = k[b]
                    if x < y { return !descending }
                    if x > y { return descending }
                    let xn = x.isNaN, yn = y.isNaN
                    if xn != yn { return descending ? xn : yn }
                    return a < b
                }
            }
        case .integral(let v):
            v.withUnsafeBufferPointer { k in
                order.sort { a, b in
                    let x = k[a], y = k[b]
                    if x != y { return descending ? x > y : x < y }
                    return a < b
                }
            }
        }
        return order
    }

    /// PyTorch's comparisons: NaN above every number, both ways.
    private static func floatingLess(descending: Bool) -> (Double, Double) -> Bool {
        descending ? { x, y in (x.isNaN && !y.isNaN) || x > y } : { x, y in (!x.isNaN && y.isNaN) || x < y }
    }

    private static func integralLess(descending: Bool) -> (Int, Int) -> Bool {
        descending ? { x, y in x > y } : { x, y in x < y }
    }

    /// The order PyTorch's `sort` without `stable=True` gives: `std::sort` of (value, position)
    /// pairs by value (stable only for slices of up to 16 elements).
    static func unstable(_ keys: Keys, descending: Bool) -> [Int] {
        switch keys {
        case .floating(let v):
            var sorter = StandardLibrarySort(v, less: floatingLess(descending: descending))
            sorter.sort(0, v.count)
            return sorter.positions
        case .integral(let v):
            var sorter = StandardLibrarySort(v, less: integralLess(descending: descending))
            sorter.sort(0, v.count)
            return sorter.positions
        }
    }

    /// The first `k` positions PyTorch's `topk` returns: a partial sort when k is small against
    /// the slice (k * 64 <= n), otherwise nth_element and, when `sorted`, a sort of the first k - 1.
    static func top(_ keys: Keys, k: Int, largest: Bool, sorted: Bool) -> [Int] {
        let n = keys.count
        guard k > 0 else { return [] }
        func select<K>(_ sorter: inout StandardLibrarySort<K>) -> [Int] {
            if k * 64 <= n {
                sorter.partialSort(0, k, n)
            } else {
                sorter.nthElement(0, k - 1, n)
                if sorted { sorter.sort(0, k - 1) }
            }
            return Array(sorter.positions.prefix(k))
        }
        switch keys {
        case .floating(let v):
            var sorter = StandardLibrarySort(v, less: floatingLess(descending: largest))
            return select(&sorter)
        case .integral(let v):
            var sorter = StandardLibrarySort(v, less: integralLess(descending: largest))
            return select(&sorter)
        }
    }

    /// PyTorch's `quick_select_template` (median-of-three quickselect): moves the k-th smallest
    /// key (NaN largest) to position k of `order`. kthvalue uses it, so which of several equal
    /// keys it reports is the one PyTorch reports.
    static func quickSelect(_ keys: Keys, k: Int) -> [Int] {
        var order = Array(0..<keys.count)
        switch keys {
        case .floating(var v):
            quickSelect(&v, &order, k) { x, y in (x.isNaN && !y.isNaN) || x > y }
        case .integral(var v):
            quickSelect(&v, &order, k) { x, y in x > y }
        }
        return order
    }

    private static func quickSelect<T>(_ values: inout [T], _ order: inout [Int], _ k: Int,
                                       _ greaterOrNaN: (T, T) -> Bool) {
        func swapAt(_ i: Int, _ j: Int) {
            values.swapAt(i, j)
            order.swapAt(i, j)
        }
        var left = 0, right = values.count - 1
        while true {
            if right <= left { return }
            if right == left + 1 {
                if greaterOrNaN(values[left], values[right]) { swapAt(left, right) }
                return
            }
            let pivotPosition = left + (right - left) / 2
            swapAt(pivotPosition, left + 1)
            if greaterOrNaN(values[left + 1], values[right]) { swapAt(left + 1, right) }
            if greaterOrNaN(values[left], values[right]) { swapAt(left, right) }
            if greaterOrNaN(values[left + 1], values[left]) { swapAt(left + 1, left) }
            var i = left + 1, j = right
            let pivot = values[left]
            while true {
                repeat { i += 1 } while greaterOrNaN(pivot, values[i])
                repeat { j -= 1 } while greaterOrNaN(values[j], pivot)
                if j < i { break }
                swapAt(i, j)
            }
            swapAt(left, j)
            if j <= k { left = i }
            if j >= k { right = j - 1 }
        }
    }
}
