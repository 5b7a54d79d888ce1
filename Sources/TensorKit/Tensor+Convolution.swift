/// `torch.nn.functional.conv2d`: 2-d convolution (cross-correlation, as PyTorch computes it)
/// over NCHW float tensors, forward and backward.
extension Tensor {
    /// `F.conv2d(input, weight, bias, stride, padding, dilation, groups)`.
    ///
    /// `self` is (N, C, H, W) or unbatched (C, H, W); `weight` is (O, C/groups, kH, kW); `bias`
    /// is (O). `stride`, `padding` and `dilation` take one value for both dimensions or two.
    /// Any layout is accepted (channels-last, sliced, transposed): inputs are made contiguous
    /// first. The result is contiguous NCHW, recorded as `ConvolutionBackward0`.
    public func conv2d(weight: Tensor, bias: Tensor? = nil, stride: [Int] = [1], padding: [Int] = [0],
                       dilation: [Int] = [1], groups: Int = 1) throws -> Tensor {
        if rank != 3 && rank != 4 {
            throw TensorError.runtime("Expected 3D (unbatched) or 4D (batched) input to conv2d, but got input of size: \(Shape.describe(shape))")
        }
        let batched = rank == 4 ? self : try unsqueeze(0)
        let geometry = try ConvolutionGeometry(input: batched.shape, weight: weight.shape, bias: bias?.shape,
                                               stride: stride, padding: padding, dilation: dilation, groups: groups)
        try Tensor.checkConvolutionDTypes(self, weight, bias)
        let out = try Tensor.convolutionForward(batched, weight, bias, geometry)
        let inputs = bias.map { [batched, weight, $0] } ?? [batched, weight]
        let recorded = Autograd.record(.convolution(geometry), out, inputs)
        return rank == 4 ? recorded : try recorded.squeeze(0)
    }

    /// PyTorch's dtype rules: input, weight and bias share one floating dtype.
    static func checkConvolutionDTypes(_ input: Tensor, _ weight: Tensor, _ bias: Tensor?) throws {
        if input.dtype != weight.dtype {
            throw TensorError.runtime("expected scalar type \(input.dtype.scalarTypeName) but found \(weight.dtype.scalarTypeName)")
        }
        if let b = bias, b.dtype != input.dtype {
            throw TensorError.runtime("Input type (\(cppTypeName(input.dtype))) and bias type (\(cppTypeName(b.dtype))) should be the same")
        }
        if !input.dtype.isFloatingPoint {
            // Recent PyTorch also convolves integers; TensorKit's kernels are BLAS-only.
            throw TensorError.notImplemented("\"slow_conv2d_cpu\" not implemented for '\(input.dtype.scalarTypeName)'")
        }
    }

    /// The forward kernel on contiguous copies of the operands.
    static func convolutionForward(_ input: Tensor, _ weight: Tensor, _ bias: Tensor?, _ g: ConvolutionGeometry) throws -> Tensor {
        let out = try Tensor(uninitializedShape: g.outputShape, dtype: input.dtype)
        if out.count == 0 { return out }
        if g.groupPatch == 0 {
            // No input channels: the output is the bias alone (or zeros), as in PyTorch.
            try Elementwise.fill(out, with: .int(0))
            if let b = bias { try out.add_(try b.reshape([g.outChannels, 1, 1])) }
            return out
        }
        try checkBLASSizes(g.groupPatch, g.outPlane * ConvolutionKernels.imagesPerChunk(g), g.groupOutChannels)
        let x = try Elementwise.contiguousIfNeeded(input)
        let w = try Elementwise.contiguousIfNeeded(weight)
        let b = try bias.map { try Elementwise.contiguousIfNeeded($0) }
        let workers = ConvolutionKernels.workers(g)
        let scratch = try Tensor(uninitializedShape: [workers, ConvolutionKernels.scratchPerWorker(g)], dtype: input.dtype)
        func run<T: ConvolutionElement>(_: T.Type) {
            ConvolutionKernels.forward(input: x.typedPointer(T.self), weight: w.typedPointer(T.self),
                                       bias: b.map { $0.typedPointer(T.self) }, output: out.mutableTypedPointer(T.self),
                                       scratch: scratch.mutableTypedPointer(T.self), workers: workers, g)
        }
        if input.dtype == .float32 { run(Float.self) } else { run(Double.self) }
        withExtendedLifetime((x, w, b, scratch)) {}
        return out
    }

    /// Gradients for input, weight and bias (in that order, bias only when `hasBias`).
    static func convolutionBackward(_ input: Tensor, _ weight: Tensor, hasBias: Bool, _ gradOutput: Tensor,
                                    _ g: ConvolutionGeometry, needs: [Bool]) throws -> [Tensor?] {
        let dtype = input.dtype
        let needInput = needs.first ?? true, needWeight = needs.count > 1 ? needs[1] : true
        let gy = try Elementwise.contiguousIfNeeded(try gradOutput.to(dtype))
        var gradBias: Tensor?
        if hasBias { gradBias = try gy.sum(dims: [0, 2, 3]) }
        let gradInput = needInput ? try Tensor(uninitializedShape: g.inputShape, dtype: dtype, zeroed: true) : nil
        var gradWeight = needWeight ? try Tensor(uninitializedShape: g.weightShape, dtype: dtype, zeroed: true) : nil
        if gy.count > 0 && g.groupPatch > 0 && (needInput || needWeight) {
            try checkBLASSizes(g.groupPatch, g.outPlane * ConvolutionKernels.imagesPerChunk(g), g.groupOutChannels)
            let x = try Elementwise.contiguousIfNeeded(input)
            let w = try Elementwise.contiguousIfNeeded(weight)
            let workers = ConvolutionKernels.workers(g)
            let scratch = try Tensor(uninitializedShape: [workers, ConvolutionKernels.scratchPerWorker(g)], dtype: dtype)
            let partials = needWeight ? try Tensor(uninitializedShape: [workers] + g.weightShape, dtype: dtype, zeroed: true) : nil
            func run<T: ConvolutionElement>(_: T.Type) {
                ConvolutionKernels.backward(input: x.typedPointer(T.self), weight: w.typedPointer(T.self),
                                            gradOutput: gy.typedPointer(T.self),
                                            gradInput: gradInput?.mutableTypedPointer(T.self),
                                            gradWeights: partials?.mutableTypedPointer(T.self),
                                            scratch: scratch.mutableTypedPointer(T.self), workers: workers, g)
            }
            if dtype == .float32 { run(Float.self) } else { run(Double.self) }
            withExtendedLifetime((x, w, gy, scratch)) {}
            if let p = partials { gradWeight = workers == 1 ? try p.squeeze(0) : try p.sum(dims: [0]) }
        }
        var grads: [Tensor?] = [gradInput, gradWeight]
        if hasBias { grads.append(gradBias) }
        return grads
    }

    func typedPointer<T>(_: T.Type) -> UnsafePointer<T> {
        UnsafePointer(dataPointer.assumingMemoryBound(to: T.self))
    }

    func mutableTypedPointer<T>(_: T.Type) -> UnsafeMutablePointer<T> {
        dataPointer.assumingMemoryBound(to: T.self)
    }
}
