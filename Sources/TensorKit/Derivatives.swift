#if canImport(Glibc)
import Glibc
#endif

/// The derivative table: for each recorded operation, the gradients of its inputs given the
/// gradient of its output. Everything here runs on detached tensors, so computing gradients
/// records nothing.
enum Derivatives {
    /// Input gradients for `node` given the output gradient `g` (nil where none flows).
    static func backward(_ node: AutogradNode, _ g: Tensor) throws -> [Tensor?] {
        let inputs = node.inputs.map { $0.detach() }
        let out = node.output
        func x(_ i: Int) -> Tensor { inputs[i] }
        func shape(_ i: Int) -> [Int] { inputs[i].shape }
        switch node.op {
        case .binary(let op, let alpha, _):
            return try binary(op, alpha: alpha, inputs, out, g)
        case .powScalar(let e):
            if e == 0 { return [try Tensor.zerosLike(x(0))] }
            return [try g.mul(try x(0).pow(.float(e - 1)).mul(.float(e)))]
        case .rpowScalar(let base):
            return [try g.mul(out).mul(.float(Glibc.log(base)))]
        case .unary(let op):
            return [try unary(op, x(0), out, g)]
        case .clamp(let lo, let hi):
            var mask = try Tensor.onesLike(x(0), dtype: .bool)
            if let lo = lo { mask = try mask.logicalAnd(try x(0).ge(.float(lo))) }
            if let hi = hi { mask = try mask.logicalAnd(try x(0).le(.float(hi))) }
            return [try g.mul(try mask.to(g.dtype))]
        case .clampTensor(let hasMin, let hasMax):
            var mask = try Tensor.onesLike(x(0), dtype: .bool)
            var grads: [Tensor?] = [nil]
            var k = 1
            if hasMin {
                let lo = x(k)
                mask = try mask.logicalAnd(try x(0).ge(lo))
                grads.append(try unbroadcast(try g.mul(try x(0).lt(lo).to(g.dtype)), to: lo.shape))
                k += 1
            }
            if hasMax {
                let hi = x(k)
                mask = try mask.logicalAnd(try x(0).le(hi))
                grads.append(try unbroadcast(try g.mul(try x(0).gt(hi).to(g.dtype)), to: hi.shape))
            }
            grads[0] = try unbroadcast(try g.mul(try mask.to(g.dtype)), to: shape(0))
            return grads
        case .whereSelect(let condition):
            let zero = try Tensor.zerosLike(g)
            return [try unbroadcast(try Tensor.whereSelect(condition, g, zero), to: shape(0)),
                    try unbroadcast(try Tensor.whereSelect(condition, zero, g), to: shape(1))]
        case .cast(let from):
            return [try g.to(from)]
        case .clone:
            return [g]
        case .sum(let dims, let keepdim, _):
            return [try expandReduced(g, dims: dims, keepdim: keepdim, to: shape(0))]
        case .mean(let dims, let keepdim, _):
            let n = dims.reduce(1) { $0 * shape(0)[$1] }
            return [try expandReduced(g, dims: dims, keepdim: keepdim, to: shape(0)).div(.int(n))]
        case .variance(let dims, let keepdim, let correction, _, let isStd):
            let n = Double(dims.reduce(1) { $0 * shape(0)[$1] })
            let mean = try x(0).mean(dims: dims, keepdim: true)
            let centered = try x(0).sub(mean)
            var factor = try expandReduced(g, dims: dims, keepdim: keepdim, to: shape(0))
            if isStd { factor = try factor.div(try expandReduced(out, dims: dims, keepdim: keepdim, to: shape(0))) }
            let scale = (isStd ? 1.0 : 2.0) / Swift.max(n - correction, 0)
            return [try centered.mul(factor).mul(.float(scale))]
        case .extremumAll:
            // PyTorch spreads the gradient evenly over the elements equal to the extreme.
            let mask = try x(0).eq(try out.expand(shape(0))).to(g.dtype)
            return [try mask.mul(g).div(try mask.sum())]
        case .amax(let dims, let keepdim, _):
            // Even split among the elements equal to each slice's extreme.
            let o = try expandReduced(out, dims: dims, keepdim: keepdim, to: shape(0))
            let mask = try x(0).eq(o).to(g.dtype)
            let counts = try mask.sum(dims: dims, keepdim: true)
            return [try mask.mul(try expandReduced(g, dims: dims, keepdim: keepdim, to: shape(0))).div(counts)]
        case .maskedFill(let mask):
            return [try Tensor.whereSelect(mask, try Tensor.zerosLike(g), g)]
        case .unbind(let dim):
            return [try g.unsqueeze(dim)]
        case .extremumDim(let dim, let keepdim, let indices, _):
            return [try scatterAlong(dim: dim, indices: indices, values: g, keepdim: keepdim, shape: shape(0))]
        case .prod(let dims, let keepdim, _):
            let full = try expandReduced(g.mul(out), dims: dims, keepdim: keepdim, to: shape(0))
            return [try full.div(x(0))]
        case .norm(let p, let dims, let keepdim):
            let n = try expandReduced(out, dims: dims, keepdim: keepdim, to: shape(0))
            let gg = try expandReduced(g, dims: dims, keepdim: keepdim, to: shape(0))
            let safe = try Tensor.whereSelect(try n.eq(0), try Tensor.onesLike(n), n)
            let grad: Tensor
            if p == 2 {
                grad = try x(0).div(safe)
            } else if p == 1 {
                grad = try x(0).sign()
            } else {
                grad = try x(0).mul(try x(0).abs().pow(.float(p - 2))).div(try safe.pow(.float(p - 1)))
            }
            return [try grad.mul(gg)]
        case .logsumexp(let dims, let keepdim):
            let o = try expandReduced(out, dims: dims, keepdim: keepdim, to: shape(0))
            let gg = try expandReduced(g, dims: dims, keepdim: keepdim, to: shape(0))
            return [try gg.mul(try x(0).sub(o).exp())]
        case .softmax(let dim):
            let dot = try g.mul(out).sum(dims: [dim], keepdim: true)
            return [try out.mul(try g.sub(dot))]
        case .logSoftmax(let dim):
            return [try g.sub(try out.exp().mul(try g.sum(dims: [dim], keepdim: true)))]
        case .view(let inputShape), .reshapeCopy(let inputShape), .squeeze(let inputShape, _):
            return [try g.reshape(inputShape)]
        case .expand(let inputShape):
            return [try unbroadcast(g, to: inputShape)]
        case .permute(let perm):
            var inverse = [Int](repeating: 0, count: perm.count)
            for (i, p) in perm.enumerated() { inverse[p] = i }
            return [try g.permute(inverse)]
        case .transpose(let a, let b, let isT):
            return [isT ? try g.t() : try g.transpose(a, b)]
        case .unsqueeze(let d):
            return [try g.squeeze(d)]
        case .select(let dim, let index, let inputShape):
            let z = try Tensor.zeros(inputShape, dtype: g.dtype)
            try Elementwise.copy(g, into: z.plainSelect(dim, index))
            return [z]
        case .slice(let dim, let start, let step, let inputShape, _):
            let z = try Tensor.zeros(inputShape, dtype: g.dtype)
            try Elementwise.copy(g, into: z.plainSlice(dim, start: start, length: g.shape[dim], step: step))
            return [z]
        case .split(let dim, let start, let length, let inputShape):
            let z = try Tensor.zeros(inputShape, dtype: g.dtype)
            try Elementwise.copy(g, into: z.plainSlice(dim, start: start, length: length))
            return [z]
        case .diagonal(let offset, let d1, let d2, let inputShape):
            let z = try Tensor.zeros(inputShape, dtype: g.dtype)
            try Elementwise.copy(g, into: try z.diagonal(offset: offset, dim1: d1, dim2: d2))
            return [z]
        case .asStrided:
            throw TensorError.notImplemented("the derivative for 'as_strided' is not implemented")
        case .index(let indices, let inputShape):
            let z = try Tensor.zeros(inputShape, dtype: g.dtype)
            try z.indexPut(indices, g, accumulate: true)
            return [z]
        case .indexPut(let indices, let accumulate):
            var gSelf = g
            if !accumulate {
                gSelf = try g.clone()
                try gSelf.indexPut(indices, .int(0))
            }
            let gValue = try unbroadcast(try g.index(indices), to: shape(1))
            return [gSelf, gValue]
        case .copyInto:
            return [try Tensor.zerosLike(g), try unbroadcast(g, to: shape(1)).to(x(1).dtype)]
        case .cat(let dim, let sizes):
            return try g.split(sizes: sizes, dim: dim).map { Optional($0) }
        case .stack(let dim):
            return try g.unbind(dim).map { Optional($0) }
        case .mm:
            return [try g.mm(try x(1).t()), try x(0).t().mm(g)]
        case .bmm:
            return [try g.bmm(try x(1).transpose(1, 2)), try x(0).transpose(1, 2).bmm(g)]
        case .mv:
            return [try g.unsqueeze(1).mul(x(1)), try x(0).t().mv(g)]
        case .dot:
            return [try x(1).mul(g), try x(0).mul(g)]
        case .addmm:
            return [try unbroadcast(g, to: shape(0)), try g.mm(try x(2).t()), try x(1).t().mm(g)]
        case .custom(_, let backward):
            return try backward(g)
        case .convolution(let geometry):
            return try Tensor.convolutionBackward(x(0), x(1), hasBias: inputs.count == 3, g, geometry,
                                                  needs: node.inputs.map { $0.requiresGrad })
        case .maxPool2d(let indices, let inputShape):
            return [try Tensor.maxPool2dBackward(g, indices: indices, inputShape: inputShape)]
        case .avgPool2d(let geometry):
            return [try Tensor.avgPool2dBackward(g, geometry)]
        case .adaptiveAvgPool2d(let inputShape):
            return [try Tensor.adaptiveAvgPool2dBackward(g, inputShape: inputShape)]
        case .adaptiveMaxPool2d(let indices, let inputShape):
            return [try Tensor.maxPool2dBackward(g, indices: indices, inputShape: inputShape)]
        case .batchNorm(let saved):
            return try Tensor.batchNormBackward(x(0), weight: saved.hasWeight ? x(1) : nil, g, saved)
        case .unfold(let dim, let size, let step, let inputShape):
            return [try Tensor.unfoldBackward(g, dim: dim, size: size, step: step, inputShape: inputShape)]
        case .im2col(let geometry):
            return [try Tensor.im2colBackward(g, geometry)]
        case .constantPad(let pad):
            return [try g.constantPad(pad.map { 0 &- $0 })]
        case .interpolate(let plan):
            return [try Tensor.interpolateBackward(g, plan)]
        case .mseLoss:
            let diff = try x(0).sub(x(1))
            let n = Double(Swift.max(try Shape.broadcast(shape(0), shape(1)).reduce(1, *), 1))
            let d = try diff.mul(g).mul(.float(2 / n))
            return [try unbroadcast(d, to: shape(0)), try unbroadcast(try d.neg(), to: shape(1))]
        case .nllLoss(let target):
            let rows = shape(0)[0]
            let z = try Tensor.zeros(shape(0), dtype: g.dtype)
            let value = try g.div(.int(-Swift.max(rows, 1)))
            try z.indexPut([.tensor(try Tensor.arange(.int(rows))), .tensor(target)], value)
            return [z, nil]
        case .gatherAlong, .median, .take, .maskedSelect, .scatter, .scatterAdd, .indexAdd, .indexSelect, .flip, .roll,
             .triangle, .diagEmbed, .diagonalCopy, .cumprod, .lerp, .nanToNum:
            return try selection(node.op, inputs, out, g)
        case .matmul, .outer:
            throw TensorError.notImplemented("composite op recorded directly")
        }
    }

    static func binary(_ op: BinaryOp, alpha: Double, _ x: [Tensor], _ out: Tensor, _ g: Tensor) throws -> [Tensor?] {
        let a = x[0], b = x[1]
        func fit(_ t: Tensor, _ like: Tensor) throws -> Tensor? {
            like.isWrappedNumber ? nil : try unbroadcast(t, to: like.shape)
        }
        switch op {
        case .add:
            return [try fit(g, a), try fit(alpha == 1 ? g : try g.mul(.float(alpha)), b)]
        case .sub:
            return [try fit(g, a), try fit(try g.mul(.float(-alpha)), b)]
        case .mul:
            return [try fit(try g.mul(b), a), try fit(try g.mul(a), b)]
        case .div:
            // PyTorch's div_tensor_other_backward, -g * ((a / b) / b): it reads the inputs, not
            // the result, which an in-place change may have overwritten without harm.
            return [try fit(try g.div(b), a), try fit(try g.neg().mul(try a.div(b).div(b)), b)]
        case .pow:
            let ga = try g.mul(b).mul(try a.pow(try b.sub(.int(1))))
            let positive = try a.gt(.int(0))
            let logA = try Tensor.whereSelect(positive, try a.log(), try Tensor.zerosLike(a))
            return [try fit(ga, a), try fit(try g.mul(out).mul(logA), b)]
        case .maximum, .minimum:
            let wins = op == .maximum ? try a.gt(b) : try a.lt(b)
            let ties = try a.eq(b)
            let half = try g.div(.int(2))
            let zero = try Tensor.zerosLike(g)
            let ga = try Tensor.whereSelect(ties, half, try Tensor.whereSelect(wins, g, zero))
            let gb = try Tensor.whereSelect(ties, half, try Tensor.whereSelect(wins, zero, g))
            return [try fit(ga, a), try fit(gb, b)]
        case .atan2:
            let denominator = try a.mul(a).add(try b.mul(b))
            return [try fit(try g.mul(b).div(denominator), a), try fit(try g.neg().mul(a).div(denominator), b)]
        case .remainder:
            return [try fit(g, a), try fit(try g.neg().mul(try a.floorDivide(b)), b)]
        case .floorDivide:
            return [try fit(try Tensor.zerosLike(g), a), try fit(try Tensor.zerosLike(g), b)]
        default:
            return [nil, nil]
        }
    }

    static func unary(_ op: UnaryOp, _ a: Tensor, _ out: Tensor, _ g: Tensor) throws -> Tensor {
        switch op {
        case .neg: return try g.neg()
        case .abs: return try g.mul(try a.sign())
        case .sqrt: return try g.div(try out.mul(.int(2)))
        case .rsqrt: return try g.mul(try out.pow(.int(3))).mul(.float(-0.5))
        case .exp: return try g.mul(out)
        case .expm1: return try g.mul(try out.add(.int(1)))
        case .log: return try g.div(a)
        case .log2: return try g.div(try a.mul(.float(M_LN2)))
        case .log10: return try g.div(try a.mul(.float(M_LN10)))
        case .log1p: return try g.div(try a.add(.int(1)))
        case .sigmoid: return try g.mul(out).mul(try Tensor.binary(.sub, try .wrapping(.int(1)), out))
        case .tanh: return try g.mul(try Tensor.binary(.sub, try .wrapping(.int(1)), try out.mul(out)))
        case .relu: return try g.mul(try out.gt(.int(0)).to(g.dtype))
        case .sign, .floor, .ceil, .round, .trunc: return try Tensor.zerosLike(g)
        case .frac: return g
        case .reciprocal: return try g.neg().mul(try out.mul(out))
        case .sin: return try g.mul(try a.unary(.cos))
        case .cos: return try g.neg().mul(try a.unary(.sin))
        case .tan: return try g.mul(try out.mul(out).add(.int(1)))
        case .asin: return try g.div(try Tensor.binary(.sub, try .wrapping(.int(1)), try a.mul(a)).sqrt())
        case .acos: return try g.neg().div(try Tensor.binary(.sub, try .wrapping(.int(1)), try a.mul(a)).sqrt())
        case .atan: return try g.div(try a.mul(a).add(.int(1)))
        case .sinh: return try g.mul(try a.unary(.cosh))
        case .cosh: return try g.mul(try a.unary(.sinh))
        case .erf: return try g.mul(try a.mul(a).neg().exp().mul(.float(2 / Double.pi.squareRoot())))
        case .square: return try g.mul(try a.mul(.int(2)))
        case .logicalNot, .bitwiseNot, .isnan, .isinf, .isfinite: return try Tensor.zerosLike(g)
        }
    }

    /// Sums a broadcast gradient back to `shape` (leading dims, and dims that were 1).
    static func unbroadcast(_ g: Tensor, to shape: [Int]) throws -> Tensor {
        if g.shape == shape { return g }
        let lead = g.rank - shape.count
        var dims: [Int] = Array(0..<Swift.max(lead, 0))
        for (i, size) in shape.enumerated() where size == 1 && g.shape[lead + i] != 1 { dims.append(lead + i) }
        var r = g
        if !dims.isEmpty { r = try g.sum(dims: dims, keepdim: true) }
        return try r.reshape(shape)
    }

    /// A reduction's output gradient broadcast back over the reduced dims.
    static func expandReduced(_ g: Tensor, dims: [Int], keepdim: Bool, to shape: [Int]) throws -> Tensor {
        var r = g
        if !keepdim {
            for d in dims.sorted() where r.rank < shape.count { r = try r.unsqueeze(d) }
        }
        if r.rank != shape.count { r = try r.reshape(shape.map { _ in 1 }) }
        return try r.expand(shape)
    }

    /// Zeros of `shape` with `values` placed at `indices` along `dim` (max/min with dim).
    static func scatterAlong(dim: Int, indices: Tensor, values: Tensor, keepdim: Bool, shape: [Int]) throws -> Tensor {
        let z = try Tensor.zeros(shape, dtype: values.dtype)
        if shape.isEmpty {
            try Elementwise.copy(values, into: z)
            return z
        }
        let idx = keepdim ? try indices.squeeze(dim) : indices
        let vals = keepdim ? try values.squeeze(dim) : values
        let positions = idx.ints()
        let items = vals.scalars()
        var kept = shape
        kept.remove(at: dim)
        var counter = [Int](repeating: 0, count: kept.count)
        for (k, position) in positions.enumerated() {
            var full = counter
            full.insert(position, at: dim)
            var offset = 0
            for (d, i) in full.enumerated() { offset += i * z.strides[d] }
            ElementAccess.store(items[k], z.dataPointer + offset * z.dtype.itemSize, z.dtype)
            var d = kept.count - 1
            while d >= 0 {
                counter[d] += 1
                if counter[d] < kept[d] { break }
                counter[d] = 0
                d -= 1
            }
        }
        return z
    }
}
