/// `torch.batch_norm` over (N, C, ...) float tensors: per-channel normalisation with batch
/// statistics (training, updating the running statistics in place) or the running statistics
/// (evaluation), forward and backward, recorded as `NativeBatchNormBackward0`.
extension Tensor {
    /// What the backward pass needs besides the inputs: the per-channel mean and 1/sqrt(var+eps)
    /// the forward normalised with, and which optional inputs were recorded.
    public struct BatchNormSaved {
        let mean: [Double]
        let invstd: [Double]
        let training: Bool
        let hasWeight: Bool
        let hasBias: Bool
    }

    /// `torch.batch_norm(input, weight, bias, running_mean, running_var, training, momentum, eps)`.
    /// Training uses the batch's mean and biased variance and, when given, moves the running
    /// statistics toward them by `momentum` (the variance unbiased, as PyTorch does); evaluation
    /// normalises with the running statistics. The result is contiguous.
    public func batchNorm(weight: Tensor?, bias: Tensor?, runningMean: Tensor?, runningVar: Tensor?,
                          training: Bool, momentum: Double, eps: Double) throws -> Tensor {
        _ = try Shape.normalize(dim: 1, rank: rank)
        let channels = shape[1]
        for (name, t) in [("running_mean", runningMean), ("running_var", runningVar), ("weight", weight), ("bias", bias)] {
            if let t = t, t.count != channels {
                throw TensorError.runtime("\(name) should contain \(channels) elements not \(t.count)")
            }
            if let t = t, t.dtype != dtype, dtype.isFloatingPoint {
                throw TensorError.runtime("expected scalar type \(dtype.scalarTypeName) but found \(t.dtype.scalarTypeName)")
            }
        }
        if !dtype.isFloatingPoint { throw TensorError.notImplemented("\"batch_norm\" not implemented for '\(dtype.scalarTypeName)'") }
        if !training && (runningMean == nil || runningVar == nil) {
            throw TensorError.runtime("running_mean and running_var must be defined in evaluation mode")
        }
        let batch = shape[0]
        let inner = shape.dropFirst(2).reduce(1, *)
        let x = try Elementwise.contiguousIfNeeded(self)
        let out = try Tensor(uninitializedShape: shape, dtype: dtype)
        let perChannel = batch * inner
        var mean = [Double](repeating: 0, count: channels), invstd = [Double](repeating: 0, count: channels)
        var variance = [Double](repeating: 0, count: channels)
        let w = try weight.map { try $0.to(.float64).contiguous().toDoubles() }
        let b = try bias.map { try $0.to(.float64).contiguous().toDoubles() }
        if training {
            if perChannel > 0 {
                func run<T: ConvolutionElement>(_: T.Type) {
                    BatchNormKernels.statistics(x.typedPointer(T.self), batch: batch, channels: channels, inner: inner,
                                                mean: &mean, variance: &variance)
                }
                if dtype == .float32 { run(Float.self) } else { run(Double.self) }
            }
            for c in 0..<channels { invstd[c] = perChannel > 0 ? 1 / (variance[c] + eps).squareRoot() : 0 }
            if let rm = runningMean, let rv = runningVar, perChannel > 0 {
                let oldMean = try rm.to(.float64).contiguous().toDoubles(), oldVar = try rv.to(.float64).contiguous().toDoubles()
                let n = Double(perChannel)
                let newMean = (0..<channels).map { momentum * mean[$0] + (1 - momentum) * oldMean[$0] }
                let newVar = (0..<channels).map { momentum * variance[$0] * n / Swift.max(n - 1, 1) + (1 - momentum) * oldVar[$0] }
                _ = try rm.detach().copy_(try Tensor.fromDoubles(newMean, dtype: rm.dtype))
                _ = try rv.detach().copy_(try Tensor.fromDoubles(newVar, dtype: rv.dtype))
            } else if let rm = runningMean, perChannel > 0 {
                let old = try rm.to(.float64).contiguous().toDoubles()
                _ = try rm.detach().copy_(try Tensor.fromDoubles((0..<channels).map { momentum * mean[$0] + (1 - momentum) * old[$0] }, dtype: rm.dtype))
            }
        } else if let rm = runningMean, let rv = runningVar {
            mean = try rm.to(.float64).contiguous().toDoubles()
            let v = try rv.to(.float64).contiguous().toDoubles()
            for c in 0..<channels { invstd[c] = 1 / (v[c] + eps).squareRoot() }
        }
        // out = x * scale + shift per channel, the affine folded in as PyTorch does.
        var scale = [Double](repeating: 0, count: channels), shift = [Double](repeating: 0, count: channels)
        for c in 0..<channels {
            scale[c] = invstd[c] * (w?[c] ?? 1)
            shift[c] = (b?[c] ?? 0) - mean[c] * scale[c]
        }
        if out.count > 0 {
            func run<T: ConvolutionElement>(_: T.Type) {
                BatchNormKernels.affine(x.typedPointer(T.self), out.mutableTypedPointer(T.self), batch: batch, channels: channels,
                                        inner: inner, scale: scale, shift: shift)
            }
            if dtype == .float32 { run(Float.self) } else { run(Double.self) }
        }
        withExtendedLifetime(x) {}
        let saved = BatchNormSaved(mean: mean, invstd: invstd, training: training, hasWeight: weight != nil, hasBias: bias != nil)
        var inputs = [self]
        if let w = weight { inputs.append(w) }
        if let b = bias { inputs.append(b) }
        return Autograd.record(.batchNorm(saved), out, inputs)
    }

    /// Gradients for input, weight (when recorded) and bias (when recorded).
    static func batchNormBackward(_ input: Tensor, weight: Tensor?, _ gradOutput: Tensor, _ saved: BatchNormSaved) throws -> [Tensor?] {
        let shape = input.shape, channels = shape[1], batch = shape[0]
        let inner = shape.dropFirst(2).reduce(1, *)
        let dtype = input.dtype
        let x = try Elementwise.contiguousIfNeeded(input)
        let gy = try Elementwise.contiguousIfNeeded(try gradOutput.to(dtype))
        let w = try weight.map { try $0.to(.float64).contiguous().toDoubles() }
        var sumGrad = [Double](repeating: 0, count: channels), sumGradCentred = [Double](repeating: 0, count: channels)
        let gx = try Tensor(uninitializedShape: shape, dtype: dtype)
        if gx.count > 0 {
            func run<T: ConvolutionElement>(_: T.Type) {
                BatchNormKernels.gradientSums(x.typedPointer(T.self), gy.typedPointer(T.self), batch: batch, channels: channels,
                                              inner: inner, mean: saved.mean, sumGrad: &sumGrad, sumGradCentred: &sumGradCentred)
                // gx = (g - a*(x - mean) - b) * k per channel: training subtracts the mean gradient
                // and the projection on the centred input; evaluation only scales.
                let n = Double(Swift.max(batch * inner, 1))
                var k = [Double](repeating: 0, count: channels), a = [Double](repeating: 0, count: channels)
                var c0 = [Double](repeating: 0, count: channels)
                for c in 0..<channels {
                    let invstd = saved.invstd[c]
                    k[c] = invstd * (w?[c] ?? 1)
                    if saved.training {
                        a[c] = sumGradCentred[c] * invstd * invstd / n
                        c0[c] = sumGrad[c] / n
                    }
                }
                BatchNormKernels.inputGradient(x.typedPointer(T.self), gy.typedPointer(T.self), gx.mutableTypedPointer(T.self),
                                               batch: batch, channels: channels, inner: inner, mean: saved.mean,
                                               projection: a, meanGradient: c0, scale: k)
            }
            if dtype == .float32 { run(Float.self) } else { run(Double.self) }
        }
        withExtendedLifetime((x, gy)) {}
        var grads: [Tensor?] = [gx]
        if saved.hasWeight {
            grads.append(try Tensor.fromDoubles((0..<channels).map { sumGradCentred[$0] * saved.invstd[$0] }, dtype: weight?.dtype ?? dtype))
        }
        if saved.hasBias { grads.append(try Tensor.fromDoubles(sumGrad, dtype: dtype)) }
        return grads
    }

    /// A 1-d tensor of `dtype` holding `values`.
    static func fromDoubles(_ values: [Double], dtype: DType) throws -> Tensor {
        let t = try Tensor(uninitializedShape: [values.count], dtype: .float64)
        let p = t.mutableTypedPointer(Double.self)
        for (i, v) in values.enumerated() { p[i] = v }
        return dtype == .float64 ? t : try t.to(dtype)
    }

    /// The elements of a contiguous float64 tensor.
    func toDoubles() -> [Double] {
        Array(UnsafeBufferPointer(start: typedPointer(Double.self), count: count))
    }
}
