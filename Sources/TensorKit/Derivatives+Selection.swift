/// Backward rules of the selection and rearrangement operations (sort, gather, scatter, flip,
/// roll, tril/triu, diag, cumprod, lerp, ...), PyTorch's formulas from derivatives.yaml.
extension Derivatives {
    static func selection(_ op: GradOp, _ inputs: [Tensor], _ out: Tensor, _ g: Tensor) throws -> [Tensor?] {
        func x(_ i: Int) -> Tensor { inputs[i] }
        switch op {
        case .gatherAlong(let dim, let index, let squeezed, _):
            let grad = squeezed ? try g.unsqueeze(dim) : g
            let z = try Tensor.zeros(x(0).shape, dtype: g.dtype)
            try z.scatterValues(dim, index, source: grad, value: nil, reduction: .add, name: "scatter_add")
            return [z]
        case .median:
            // PyTorch's evenly_distribute_backward: the gradient is shared by every element equal
            // to the result (every NaN when the result is NaN).
            let isNaN = try out.isnan().item().boolValue
            let mask = isNaN ? try x(0).isnan() : try x(0).eq(try out.expand(x(0).shape))
            let share = try g.div(try mask.sum())
            return [try Tensor.whereSelect(mask, try share.expand(x(0).shape), try Tensor.zerosLike(x(0), dtype: g.dtype))]
        case .take(let index, let inputShape):
            let z = try Tensor.zeros([inputShape.reduce(1, *)], dtype: g.dtype)
            try z.indexPut([.tensor(try index.reshape([index.count]))], try g.reshape([g.count]), accumulate: true)
            return [try z.reshape(inputShape)]
        case .maskedSelect(let mask):
            let z = try Tensor.zeros(mask.shape, dtype: g.dtype)
            try z.indexPut([.tensor(mask)], g)
            return [z]
        case .scatter(let dim, let index, let hasSource):
            let gSelf = try Elementwise.contiguousCopy(g)
            try gSelf.scatterValues(dim, index, source: nil, value: .int(0), reduction: .replace, name: "scatter")
            return hasSource ? [gSelf, try g.gather(dim, index)] : [gSelf]
        case .scatterAdd(let dim, let index):
            return inputs.count > 1 ? [g, try g.gather(dim, index)] : [g]
        case .indexAdd(let dim, let index, let alpha):
            var selector = [TensorIndex](repeating: .all, count: g.rank == 0 ? 0 : dim)
            selector.append(.tensor(index.rank == 0 ? try index.reshape([1]) : index))
            var gSource = g.rank == 0 ? g : try g.index(selector)
            if alpha != 1 { gSource = try gSource.mul(.float(alpha)) }
            return [g, try gSource.reshape(x(1).shape)]
        case .indexSelect(let dim, let index, let inputShape):
            let z = try Tensor.zeros(inputShape, dtype: g.dtype)
            var selector = [TensorIndex](repeating: .all, count: dim)
            selector.append(.tensor(index))
            try z.indexPut(selector, g, accumulate: true)
            return [z]
        case .flip(let dims):
            return [try g.flip(dims)]
        case .roll(let shifts, let dims):
            return [try g.roll(shifts.map { 0 &- $0 }, dims: dims)]
        case .triangle(let diagonal, let upper):
            return [try g.triangle(diagonal: diagonal, upper: upper)]
        case .diagEmbed(let offset):
            return [try Elementwise.contiguousCopy(try g.diagonal(offset: offset))]
        case .diagonalCopy(let offset, let inputShape):
            let z = try Tensor.zeros(inputShape, dtype: g.dtype)
            try Elementwise.copy(g, into: try z.diagonal(offset: offset))
            return [z]
        case .cumprod(let dim):
            return [try cumprodBackward(x(0), out, g, dim: dim)]
        case .lerp(let weight):
            if let w = weight {
                return [try unbroadcast(try g.mul(.float(1 - w)), to: x(0).shape), try unbroadcast(try g.mul(.float(w)), to: x(1).shape)]
            }
            let w = x(2)
            let gSelf = try g.mul(try Tensor.binary(.sub, try .wrapping(.int(1)), w))
            return [try unbroadcast(gSelf, to: x(0).shape), try unbroadcast(try g.mul(w), to: x(1).shape),
                    try unbroadcast(try g.mul(try x(1).sub(x(0))), to: w.shape)]
        case .nanToNum:
            return [try g.mul(try Tensor.computeUnary(.isfinite, x(0)))]
        default:
            throw TensorError.notImplemented("no selection derivative for \(op.name)")
        }
    }

    /// The gradient of a running product, exact when the input has zeros: before a slice's first
    /// zero it is the reversed running sum of `g * out` divided by the input (PyTorch's formula);
    /// at the first zero, the product of the elements before it times the running products after
    /// it weighted by `g`; after it, zero.
    static func cumprodBackward(_ input: Tensor, _ out: Tensor, _ g: Tensor, dim d: Int) throws -> Tensor {
        if input.rank == 0 { return g }
        let (xRows, length, _) = try input.to(g.dtype).rowsAlong(d)
        let (outRows, _, _) = try out.to(g.dtype).rowsAlong(d)
        let (gRows, _, _) = try g.rowsAlong(d)
        let result = try Tensor(uninitializedShape: xRows.shape, dtype: g.dtype)
        let rowCount = length == 0 ? 0 : xRows.count / length
        let isFloat = g.dtype == .float32
        func round(_ v: Double) -> Double { isFloat ? Double(Float(v)) : v }
        let item = g.dtype.itemSize
        for r in 0..<rowCount {
            func load(_ t: Tensor, _ i: Int) -> Double { ElementAccess.loadDouble(t.dataPointer + (r &* length &+ i) &* item, g.dtype) }
            var grads = [Double](repeating: 0, count: length)
            let firstZero = (0..<length).first { load(xRows, $0) == 0 } ?? length
            var running = 0.0
            for i in stride(from: firstZero - 1, through: 0, by: -1) {
                running = round(running + round(load(outRows, i) * load(gRows, i)))
                grads[i] = round(running / load(xRows, i))
            }
            if firstZero < length {
                let before = firstZero == 0 ? 1.0 : load(outRows, firstZero - 1)
                var product = 1.0, sum = 0.0
                for k in firstZero..<length {
                    if k > firstZero {
                        let v = load(xRows, k)
                        if v == 0 { break }
                        product = round(product * v)
                    }
                    sum = round(sum + round(product * load(gRows, k)))
                }
                grads[firstZero] = round(sum * before)
            }
            for i in 0..<length { ElementAccess.storeDouble(grads[i], result.dataPointer + (r &* length &+ i) &* item, g.dtype) }
        }
        var perm = Array(0..<(input.rank - 1))
        perm.insert(input.rank - 1, at: d)
        let back = result.view(shape: perm.map { xRows.shape[$0] }, strides: perm.map { result.strides[$0] }, offset: 0)
        return try Elementwise.contiguousCopy(back)
    }
}
