/// Shape and stride arithmetic shared by every operation, with PyTorch's error wording.
enum Shape {
    /// Row-major strides for `shape` (`torch.empty(shape).stride()`).
    static func contiguousStrides(_ shape: [Int]) -> [Int] {
        if shape.isEmpty { return [] }
        var strides = [Int](repeating: 1, count: shape.count)
        var acc = 1
        for d in stride(from: shape.count - 1, through: 0, by: -1) {
            strides[d] = acc
            acc &*= max(shape[d], 1)
        }
        return strides
    }

    /// Number of elements, checking for negative sizes and overflow.
    static func elementCount(_ shape: [Int]) throws -> Int {
        var n = 1
        for size in shape {
            if size < 0 {
                throw TensorError.runtime("Trying to create tensor with negative dimension \(size): \(describe(shape))")
            }
            let (m, overflow) = n.multipliedReportingOverflow(by: size)
            if overflow { throw Storage.allocationError(Int.max) }
            n = m
        }
        return n
    }

    /// Wraps a possibly negative dimension index; a 0-d tensor accepts -1 and 0 like PyTorch.
    @inline(__always)
    static func normalize(dim: Int, rank: Int) throws -> Int {
        let r = max(rank, 1)
        if dim < -r || dim >= r {
            throw TensorError.index("Dimension out of range (expected to be in range of [\(-r), \(r - 1)], but got \(dim))")
        }
        return dim < 0 ? dim + r : dim
    }

    /// Normalises a list of reduction dims, rejecting repeats like PyTorch.
    static func normalize(dims: [Int], rank: Int) throws -> [Int] {
        var seen = [Bool](repeating: false, count: max(rank, 1))
        var result: [Int] = []
        for d in dims {
            let n = try normalize(dim: d, rank: rank)
            if seen[n] { throw TensorError.runtime("dim \(n) appears multiple times in the list of dims") }
            seen[n] = true
            result.append(n)
        }
        return result
    }

    /// PyTorch's list form of a shape, "[2, 3]".
    static func describe(_ shape: [Int]) -> String {
        "[" + shape.map(String.init).joined(separator: ", ") + "]"
    }

    /// Python's tuple form of a shape, "(2, 3)" or "(0,)".
    static func tupleDescription(_ shape: [Int]) -> String {
        if shape.count == 1 { return "(\(shape[0]),)" }
        return "(" + shape.map(String.init).joined(separator: ", ") + ")"
    }

    /// The shape two operands broadcast to, or PyTorch's size-mismatch error.
    static func broadcast(_ a: [Int], _ b: [Int]) throws -> [Int] {
        if a == b { return a }
        let n = max(a.count, b.count)
        var result = [Int](repeating: 0, count: n)
        // From the last dimension, as PyTorch checks them: the error names the last mismatch.
        for i in (0..<n).reversed() {
            let da = i < n - a.count ? 1 : a[i - (n - a.count)]
            let db = i < n - b.count ? 1 : b[i - (n - b.count)]
            if da == db || db == 1 {
                result[i] = da
            } else if da == 1 {
                result[i] = db
            } else {
                throw TensorError.runtime("The size of tensor a (\(da)) must match the size of tensor b (\(db)) at non-singleton dimension \(i)")
            }
        }
        return result
    }

    /// The shape several operands broadcast to.
    static func broadcast(_ shapes: [[Int]]) throws -> [Int] {
        guard var result = shapes.first else { return [] }
        for s in shapes.dropFirst() { result = try broadcast(result, s) }
        return result
    }

    /// Resolves a single -1 in a requested view/reshape shape against `count` elements.
    static func infer(_ requested: [Int], count: Int) throws -> [Int] {
        var inferred: Int? = nil
        var known = 1
        for (i, size) in requested.enumerated() {
            if size == -1 {
                if inferred != nil { throw TensorError.runtime("only one dimension can be inferred") }
                inferred = i
            } else if size < 0 {
                throw TensorError.runtime("invalid shape dimension \(size)")
            } else {
                known = known.multipliedReportingOverflow(by: size).partialValue
            }
        }
        var shape = requested
        if let i = inferred {
            if known == 0 || count % known != 0 {
                throw TensorError.runtime("shape '\(describe(requested))' is invalid for input of size \(count)")
            }
            shape[i] = count / known
        } else if known != count {
            throw TensorError.runtime("shape '\(describe(requested))' is invalid for input of size \(count)")
        }
        return shape
    }

    /// Strides for viewing a tensor of `oldShape`/`oldStrides` as `newShape` without copying, or
    /// nil when some new dimension would span two non-contiguous chunks (PyTorch's
    /// `computeStride`).
    static func viewStrides(oldShape: [Int], oldStrides: [Int], newShape: [Int]) -> [Int]? {
        if oldShape.isEmpty { return [Int](repeating: 1, count: newShape.count) }
        let numel = oldShape.reduce(1, *)
        if numel == 0 {
            return oldShape == newShape ? oldStrides : contiguousStrides(newShape)
        }
        var newStrides = [Int](repeating: 0, count: newShape.count)
        var viewD = newShape.count - 1
        var chunkBaseStride = oldStrides.last ?? 1
        var tensorNumel = 1
        var viewNumel = 1
        var tensorD = oldShape.count - 1
        while tensorD >= 0 {
            tensorNumel *= oldShape[tensorD]
            if tensorD == 0 || (oldShape[tensorD - 1] != 1 && oldStrides[tensorD - 1] != tensorNumel * chunkBaseStride) {
                while viewD >= 0 && (viewNumel < tensorNumel || newShape[viewD] == 1) {
                    newStrides[viewD] = viewNumel * chunkBaseStride
                    viewNumel *= newShape[viewD]
                    viewD -= 1
                }
                if viewNumel != tensorNumel { return nil }
                if tensorD > 0 {
                    chunkBaseStride = oldStrides[tensorD - 1]
                    tensorNumel = 1
                    viewNumel = 1
                }
            }
            tensorD -= 1
        }
        if viewD != -1 { return nil }
        return newStrides
    }
}
