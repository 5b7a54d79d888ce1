/// The loss functions of `torch.nn.functional` that PyTorch computes as single operations with
/// their own backward nodes (so `grad_fn` prints as in PyTorch).
extension Tensor {
    /// `F.mse_loss(self, target)`: mean of squared differences (grad_fn MseLossBackward0).
    public func mseLoss(_ target: Tensor) throws -> Tensor {
        let diff = try detach().sub(target.detach())
        let out = try diff.mul(diff).mean()
        return Autograd.record(.mseLoss, out, self, target)
    }

    /// `F.nll_loss(self, target)`: minus the mean of `self[i, target[i]]` for log-probabilities
    /// of shape (N, C) and int64 class indices of shape (N) (grad_fn NllLossBackward0).
    public func nllLoss(_ target: Tensor) throws -> Tensor {
        guard rank == 2 else {
            throw TensorError.value("Expected 2 dimensions for nll_loss input (got \(rank))")
        }
        guard target.rank == 1, target.dtype == .int64 || target.dtype == .int32 else {
            throw TensorError.runtime("expected scalar type Long but found \(target.dtype.scalarTypeName)")
        }
        if target.shape[0] != shape[0] {
            throw TensorError.value("Expected input batch_size (\(shape[0])) to match target batch_size (\(target.shape[0])).")
        }
        for t in target.ints() where t < 0 || t >= shape[1] {
            throw TensorError.index("Target \(t) is out of bounds.")
        }
        let rows = try Tensor.arange(.int(shape[0]))
        let picked = try detach().index([.tensor(rows), .tensor(target)])
        let out = try picked.mean().neg()
        return Autograd.record(.nllLoss(target: target), out, self)
    }

    /// `F.cross_entropy(self, target)`: `nll_loss(log_softmax(self, 1), target)`.
    public func crossEntropy(_ target: Tensor) throws -> Tensor {
        try logSoftmax(dim: 1).nllLoss(target)
    }
}
