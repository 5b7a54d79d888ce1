/// `quantile`, composed as PyTorch composes it (sort, ranks, gather, lerp), so values and
/// gradients follow its arithmetic.
extension Tensor {
    /// How a quantile between two sorted values is chosen.
    public enum QuantileInterpolation: String {
        case linear, lower, higher, midpoint, nearest
    }

    /// `t.quantile(q, dim, keepdim, interpolation=)`: `q` is a 0-d or 1-D tensor of the input's
    /// dtype; a 1-D q puts its dimension first in the result. A slice with a NaN gives NaN.
    public func quantile(_ q: Tensor, dim: Int?, keepdim: Bool = false, interpolation: QuantileInterpolation = .linear) throws -> Tensor {
        guard dtype.isFloatingPoint else { throw TensorError.runtime("quantile() input tensor must be either float or double dtype") }
        guard q.rank <= 1 else { throw TensorError.runtime("quantile() q must be a scalar or 1D tensor") }
        guard q.dtype == dtype else { throw TensorError.runtime("quantile() q tensor must be same dtype as the input tensor") }
        guard count > 0 else { throw TensorError.runtime("quantile() input tensor must be non-empty") }
        if q.doubles().contains(where: { !($0 >= 0 && $0 <= 1) }) {
            throw TensorError.runtime("quantile() q values must be in the range [0, 1]")
        }
        // The kept shape R of the result (without q's dimension) and the sorted slices, R + [n].
        var kept: [Int]
        var sorted: Tensor
        if let dim {
            let d = try Shape.normalize(dim: dim, rank: rank)
            kept = shape
            if rank > 0 {
                if keepdim { kept[d] = 1 } else { kept.remove(at: d) }
            }
            sorted = try unsqueeze(-1).transpose(d, -1).sort(dim: -1).values
        } else {
            kept = keepdim ? [Int](repeating: 1, count: rank) : []
            sorted = try reshape([count]).sort(dim: -1).values
        }
        let n = sorted.shape[sorted.rank - 1]
        sorted = try sorted.reshape(kept + [n])
        let qs = try q.detach().reshape([q.count])
        let lastIndex = n - 1
        var ranks = try qs.mul(.int(lastIndex)).expand(kept + [q.count])
        let hasNaN = try sorted.detach().isnan().any(dims: [sorted.rank - 1], keepdim: true)
        ranks = try Tensor.whereSelect(hasNaN, try Tensor.full([], .int(lastIndex), dtype: dtype), ranks)
        switch interpolation {
        case .lower: ranks = try ranks.floor()
        case .higher: ranks = try ranks.ceil()
        case .nearest: ranks = try ranks.round()
        case .linear, .midpoint: break
        }
        let below = try ranks.to(.int64)
        var values = try sorted.gather(-1, below)
        if interpolation == .linear || interpolation == .midpoint {
            let weights = interpolation == .midpoint ? try Tensor.fullLike(ranks, .float(0.5)) : try ranks.sub(below)
            let above = try ranks.ceil().to(.int64)
            values = try values.lerp(try sorted.gather(-1, above), weight: weights)
        }
        if q.rank == 0 { return try values.squeeze(values.rank - 1) }
        return try values.movedim([values.rank - 1], [0])
    }
}
