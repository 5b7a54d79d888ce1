/// The GNU C++ library's `std::sort`, `std::partial_sort` and `std::nth_element`, step for step.
///
/// PyTorch's CPU `sort` (without `stable=True`) and `topk` order (value, position) pairs with
/// these algorithms and a comparison of values only, so which of several equal values comes
/// first is decided by the algorithm's exact moves. Reproducing them gives PyTorch's positions
/// for ties: introsort with median-of-three pivots and a final insertion sort over runs of 16,
/// heap select for partial sorts, introselect for nth_element.
struct StandardLibrarySort<Key> {
    typealias Item = (key: Key, position: Int)
    var items: [Item]
    let less: (Key, Key) -> Bool

    init(_ keys: [Key], less: @escaping (Key, Key) -> Bool) {
        items = keys.enumerated().map { (key: $0.element, position: $0.offset) }
        self.less = less
    }

    var positions: [Int] { items.map { $0.position } }

    private func comp(_ a: Item, _ b: Item) -> Bool { less(a.key, b.key) }

    private static func log2(_ n: Int) -> Int { Int.bitWidth - 1 - n.leadingZeroBitCount }

    /// `std::sort(first, last)`.
    mutating func sort(_ first: Int, _ last: Int) {
        guard last - first > 1 else { return }
        introsort(first, last, depth: 2 * Self.log2(last - first))
        finalInsertionSort(first, last)
    }

    /// `std::partial_sort(first, middle, last)`.
    mutating func partialSort(_ first: Int, _ middle: Int, _ last: Int) {
        heapSelect(first, middle, last)
        sortHeap(first, middle)
    }

    /// `std::nth_element(first, nth, last)`.
    mutating func nthElement(_ first: Int, _ nth: Int, _ last: Int) {
        guard first != last, nth != last else { return }
        var first = first, last = last
        var depth = 2 * Self.log2(last - first)
        while last - first > 3 {
            if depth == 0 {
                heapSelect(first, nth + 1, last)
                items.swapAt(first, nth)
                return
            }
            depth -= 1
            let cut = partitionPivot(first, last)
            if cut <= nth { first = cut } else { last = cut }
        }
        insertionSort(first, last)
    }

    private mutating func introsort(_ first: Int, _ last: Int, depth: Int) {
        var last = last, depth = depth
        while last - first > 16 {
            if depth == 0 {
                partialSort(first, last, last)
                return
            }
            depth -= 1
            let cut = partitionPivot(first, last)
            introsort(cut, last, depth: depth)
            last = cut
        }
    }

    private mutating func partitionPivot(_ first: Int, _ last: Int) -> Int {
        let mid = first + (last - first) / 2
        moveMedianToFirst(first, first + 1, mid, last - 1)
        return unguardedPartition(first + 1, last, pivot: first)
    }

    private mutating func moveMedianToFirst(_ result: Int, _ a: Int, _ b: Int, _ c: Int) {
        if comp(items[a], items[b]) {
            if comp(items[b], items[c]) { items.swapAt(result, b) }
            else if comp(items[a], items[c]) { items.swapAt(result, c) }
            else { items.swapAt(result, a) }
        } else if comp(items[a], items[c]) { items.swapAt(result, a) }
        else if comp(items[b], items[c]) { items.swapAt(result, c) }
        else { items.swapAt(result, b) }
    }

    private mutating func unguardedPartition(_ first: Int, _ last: Int, pivot: Int) -> Int {
        var first = first, last = last
        while true {
            while comp(items[first], items[pivot]) { first += 1 }
            last -= 1
            while comp(items[pivot], items[last]) { last -= 1 }
            if !(first < last) { return first }
            items.swapAt(first, last)
            first += 1
        }
    }

    private mutating func insertionSort(_ first: Int, _ last: Int) {
        guard first != last else { return }
        var i = first + 1
        while i < last {
            if comp(items[i], items[first]) {
                let value = items[i]
                var j = i
                while j > first { items[j] = items[j - 1]; j -= 1 }
                items[first] = value
            } else {
                unguardedLinearInsert(i)
            }
            i += 1
        }
    }

    private mutating func unguardedLinearInsert(_ position: Int) {
        let value = items[position]
        var last = position, next = position - 1
        while comp(value, items[next]) {
            items[last] = items[next]
            last = next
            next -= 1
        }
        items[last] = value
    }

    private mutating func finalInsertionSort(_ first: Int, _ last: Int) {
        if last - first > 16 {
            insertionSort(first, first + 16)
            for i in (first + 16)..<last { unguardedLinearInsert(i) }
        } else {
            insertionSort(first, last)
        }
    }

    private mutating func pushHeap(_ first: Int, _ hole: Int, _ top: Int, _ value: Item) {
        var hole = hole
        var parent = (hole - 1) / 2
        while hole > top && comp(items[first + parent], value) {
            items[first + hole] = items[first + parent]
            hole = parent
            parent = (hole - 1) / 2
        }
        items[first + hole] = value
    }

    private mutating func adjustHeap(_ first: Int, _ hole: Int, _ length: Int, _ value: Item) {
        let top = hole
        var hole = hole, second = hole
        while second < (length - 1) / 2 {
            second = 2 * (second + 1)
            if comp(items[first + second], items[first + second - 1]) { second -= 1 }
            items[first + hole] = items[first + second]
            hole = second
        }
        if length % 2 == 0 && second == (length - 2) / 2 {
            second = 2 * (second + 1)
            items[first + hole] = items[first + second - 1]
            hole = second - 1
        }
        pushHeap(first, hole, top, value)
    }

    private mutating func makeHeap(_ first: Int, _ last: Int) {
        let length = last - first
        guard length >= 2 else { return }
        var parent = (length - 2) / 2
        while true {
            adjustHeap(first, parent, length, items[first + parent])
            if parent == 0 { return }
            parent -= 1
        }
    }

    private mutating func popHeap(_ first: Int, _ last: Int, _ result: Int) {
        let value = items[result]
        items[result] = items[first]
        adjustHeap(first, 0, last - first, value)
    }

    private mutating func heapSelect(_ first: Int, _ middle: Int, _ last: Int) {
        makeHeap(first, middle)
        var i = middle
        while i < last {
            if comp(items[i], items[first]) { popHeap(first, middle, i) }
            i += 1
        }
    }

    private mutating func sortHeap(_ first: Int, _ last: Int) {
        var last = last
        while last - first > 1 {
            last -= 1
            popHeap(first, last, last)
        }
    }
}
