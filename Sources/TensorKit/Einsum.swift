/// `torch.einsum` for any valid equation: operands are reduced to distinct labels (diagonals
/// for repeated labels, sums for labels used nowhere else), then contracted pairwise from the
/// left with permute + reshape + bmm, and finally permuted to the output order. Built from
/// recorded ops, so it is differentiable.
extension Tensor {
    /// `torch.einsum(equation, *operands)`: Einstein summation over the labelled dimensions.
    public static func einsum(_ equation: String, _ operands: [Tensor]) throws -> Tensor {
        if operands.isEmpty { throw TensorError.runtime("einsum(): must provide at least one operand") }
        let parsed = try EinsumEquation(equation, operandCount: operands.count)
        // Expand "..." into placeholder labels (numbered below 0) aligned from the right.
        var ellipsisRank = 0
        for (i, t) in operands.enumerated() {
            let explicit = parsed.inputs[i].filter { $0 >= 0 }.count
            if parsed.inputs[i].contains(EinsumEquation.ellipsis) {
                if t.rank < explicit {
                    throw TensorError.runtime("einsum(): the number of subscripts in the equation (\(explicit)) is more than the number of dimensions (\(t.rank)) for operand \(i)")
                }
                ellipsisRank = Swift.max(ellipsisRank, t.rank - explicit)
            } else if t.rank != explicit {
                throw TensorError.runtime("einsum(): the number of subscripts in the equation (\(explicit)) does not match the number of dimensions (\(t.rank)) for operand \(i) and no ellipsis was given")
            }
        }
        let ellipsisLabels = (0..<ellipsisRank).map { -2 - $0 }.reversed().map { $0 }
        func expand(_ labels: [Int], rank: Int) -> [Int] {
            guard let at = labels.firstIndex(of: EinsumEquation.ellipsis) else { return labels }
            let count = rank - (labels.count - 1)
            return Array(labels[..<at]) + Array(ellipsisLabels.suffix(count)) + Array(labels[(at + 1)...])
        }
        var terms: [(tensor: Tensor, labels: [Int])] = []
        var sizes: [Int: Int] = [:]
        for (i, t) in operands.enumerated() {
            var labels = expand(parsed.inputs[i], rank: t.rank)
            var tensor = t
            // Repeated labels within one operand take the diagonal.
            var d = 0
            while d < labels.count {
                if let j = labels[(d + 1)...].firstIndex(of: labels[d]) {
                    if tensor.shape[d] != tensor.shape[j] {
                        throw TensorError.runtime("einsum(): subscript \(EinsumEquation.name(labels[d])) is repeated for operand \(i) but the sizes don't match, \(tensor.shape[j]) != \(tensor.shape[d])")
                    }
                    tensor = try tensor.diagonal(offset: 0, dim1: d, dim2: j)
                    let label = labels[d]
                    labels.remove(at: j)
                    labels.remove(at: d)
                    labels.append(label)
                    d = 0
                    continue
                }
                d += 1
            }
            for (k, label) in labels.enumerated() {
                let size = tensor.shape[k]
                if let seen = sizes[label], seen != size {
                    if seen == 1 { sizes[label] = size } else if size != 1 {
                        throw TensorError.runtime("einsum(): subscript \(EinsumEquation.name(label)) has size \(size) for operand \(i) which does not broadcast with previously seen size \(seen)")
                    }
                } else if sizes[label] == nil {
                    sizes[label] = size
                }
            }
            terms.append((tensor, labels))
        }
        let output: [Int]
        if let explicit = parsed.output {
            output = expand(explicit, rank: explicit.filter { $0 >= 0 }.count + ellipsisRank)
        } else {
            var counts: [Int: Int] = [:]
            for labels in parsed.inputs { for l in labels where l >= 0 { counts[l, default: 0] += 1 } }
            let singles = counts.filter { $0.key >= 0 && $0.value == 1 }.map { $0.key }.sorted()
            output = ellipsisLabels + singles
        }
        for label in output where sizes[label] == nil {
            throw TensorError.runtime("einsum(): output subscript \(EinsumEquation.name(label)) does not appear in the equation for any input operand")
        }
        // Contract from the left.
        var current = try sumUnused(terms[0], keep: Set(output + terms.dropFirst().flatMap { $0.labels }))
        for k in 1..<terms.count {
            let later = Set(output + terms.dropFirst(k + 1).flatMap { $0.labels })
            let right = try sumUnused(terms[k], keep: later.union(current.labels))
            current = try contract(current, right, keep: later, sizes: sizes)
        }
        current = try sumUnused(current, keep: Set(output))
        // Broadcast size-1 labels up to their full size, then order as the output.
        let perm = output.compactMap { current.labels.firstIndex(of: $0) }
        var result = perm == Array(0..<perm.count) ? current.tensor : try current.tensor.permute(perm)
        let fullShape = output.map { sizes[$0] ?? 1 }
        if result.shape != fullShape { result = try result.expand(fullShape) }
        return result
    }

    /// Sums away labels not in `keep`.
    private static func sumUnused(_ term: (tensor: Tensor, labels: [Int]), keep: Set<Int>) throws -> (tensor: Tensor, labels: [Int]) {
        let drop = term.labels.indices.filter { !keep.contains(term.labels[$0]) }
        if drop.isEmpty { return term }
        let summed = try term.tensor.sum(dims: drop)
        return (summed, term.labels.enumerated().filter { !drop.contains($0.offset) }.map { $0.element })
    }

    /// One pairwise contraction as a batched matrix product.
    private static func contract(_ a: (tensor: Tensor, labels: [Int]), _ b: (tensor: Tensor, labels: [Int]),
                                 keep: Set<Int>, sizes: [Int: Int]) throws -> (tensor: Tensor, labels: [Int]) {
        let inB = Set(b.labels), inA = Set(a.labels)
        let batch = a.labels.filter { inB.contains($0) && keep.contains($0) }
        let contracted = a.labels.filter { inB.contains($0) && !keep.contains($0) }
        let leftOnly = a.labels.filter { !inB.contains($0) }
        let rightOnly = b.labels.filter { !inA.contains($0) }
        func size(_ l: Int) -> Int { sizes[l] ?? 1 }
        func arrange(_ t: (tensor: Tensor, labels: [Int]), _ order: [Int]) throws -> Tensor {
            let perm = order.compactMap { t.labels.firstIndex(of: $0) }
            let permuted = perm == Array(0..<perm.count) ? t.tensor : try t.tensor.permute(perm)
            let target = order.map(size)
            return permuted.shape == target ? permuted : try permuted.expand(target)
        }
        let bs = batch.map(size).reduce(1, *), ls = leftOnly.map(size).reduce(1, *)
        let cs = contracted.map(size).reduce(1, *), rs = rightOnly.map(size).reduce(1, *)
        let a3 = try arrange(a, batch + leftOnly + contracted).reshape([bs, ls, cs])
        let b3 = try arrange(b, batch + contracted + rightOnly).reshape([bs, cs, rs])
        let product = try a3.bmm(b3)
        let labels = batch + leftOnly + rightOnly
        return (try product.reshape(labels.map(size)), labels)
    }
}

/// A parsed einsum equation: labels per operand (letters as 0...51, `...` as -1).
struct EinsumEquation {
    static let ellipsis = -1
    var inputs: [[Int]]
    var output: [Int]?

    init(_ equation: String, operandCount: Int) throws {
        let text = equation.filter { $0 != " " }
        let sides = text.components(separatedByString: "->")
        if sides.count > 2 { throw TensorError.runtime("einsum(): more than one '->' found in the equation") }
        let lhs = sides[0].components(separatedByString: ",")
        if lhs.count != operandCount {
            throw TensorError.runtime("einsum(): more operands were provided than specified in the equation")
        }
        inputs = try lhs.map { try EinsumEquation.labels($0) }
        if sides.count == 2 {
            let out = try EinsumEquation.labels(sides[1])
            var seen = Set<Int>()
            for l in out where l >= 0 {
                if seen.contains(l) {
                    throw TensorError.runtime("einsum(): output subscript \(EinsumEquation.name(l)) appears more than once in the output")
                }
                seen.insert(l)
            }
            output = out
        } else {
            output = nil
        }
    }

    static func labels(_ s: String) throws -> [Int] {
        var result: [Int] = []
        let chars = Array(s)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "." {
                guard i + 2 < chars.count, chars[i + 1] == ".", chars[i + 2] == "." else {
                    throw TensorError.runtime("einsum(): found '.' for operand 0 that is not part of any ellipsis")
                }
                if result.contains(ellipsis) {
                    throw TensorError.runtime("einsum(): found more than one ellipsis")
                }
                result.append(ellipsis)
                i += 3
                continue
            }
            guard let v = c.asciiValue, (v >= 65 && v <= 90) || (v >= 97 && v <= 122) else {
                throw TensorError.runtime("einsum(): invalid subscript given at index \(i) in the equation string, subscripts must be in [a-zA-Z]")
            }
            result.append(v >= 97 ? Int(v) - 97 + 26 : Int(v) - 65)
            i += 1
        }
        return result
    }

    /// The letter for a label (placeholders for ellipsis dims print as "...").
    static func name(_ label: Int) -> String {
        if label < 0 { return "..." }
        let v = label >= 26 ? UInt8(label - 26 + 97) : UInt8(label + 65)
        return String(UnicodeScalar(v))
    }
}

extension String {
    /// Splits on a literal separator, keeping empty pieces (Foundation-free).
    func components(separatedByString separator: String) -> [String] {
        var parts: [String] = []
        var current = ""
        let sep = Array(separator)
        let chars = Array(self)
        var i = 0
        while i < chars.count {
            if i + sep.count <= chars.count && Array(chars[i..<(i + sep.count)]) == sep {
                parts.append(current)
                current = ""
                i += sep.count
            } else {
                current.append(chars[i])
                i += 1
            }
        }
        parts.append(current)
        return parts
    }
}
