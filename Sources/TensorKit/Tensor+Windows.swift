/// Sliding windows: `Tensor.unfold(dim, size, step)` (a view whose last dimension walks each
/// window) and `F.unfold` (im2col: every kernel-sized patch of an image as one column), with
/// their backward passes.
extension Tensor {
    /// `t.unfold(dimension, size, step)`: windows of `size` elements `step` apart along
    /// `dimension`, as a view that adds one trailing dimension of length `size`.
    public func unfold(dimension: Int, size: Int, step: Int) throws -> Tensor {
        let d = try Shape.normalize(dim: dimension, rank: Swift.max(rank, 1))
        let length = rank == 0 ? 1 : shape[d]
        if size > length {
            throw TensorError.runtime("maximum size for tensor at dimension \(d) is \(length) but size is \(size)")
        }
        if step <= 0 { throw TensorError.runtime("step is \(step) but must be > 0") }
        if size < 0 { throw TensorError.runtime("size is \(size) but must be >= 0") }
        let windows = (length - size) / step + 1
        var newShape = shape, newStrides = strides
        if rank == 0 {
            newShape = [size]
            newStrides = [1]
        } else {
            newShape[d] = windows
            newStrides[d] = strides[d] &* step
            newShape.append(size)
            newStrides.append(strides[d])
        }
        let out = view(shape: newShape, strides: newStrides, offset: storageOffset)
        return Autograd.record(.unfold(dim: d, size: size, step: step, inputShape: shape), out, self)
    }

    /// The gradient of `unfold`: each window's gradient added back where the window was read.
    static func unfoldBackward(_ g: Tensor, dim: Int, size: Int, step: Int, inputShape: [Int]) throws -> Tensor {
        let gx = try Tensor(uninitializedShape: inputShape, dtype: g.dtype, zeroed: true)
        if inputShape.isEmpty { return try gx.add(try g.reshape([])) }
        let windows = g.shape[dim]
        let last = g.rank - 1
        // Move the window dimension (last) back to `dim` so each window lines up with its input slice.
        var order = Array(0..<g.rank)
        order.remove(at: last)
        order.insert(last, at: dim + 1)
        for i in 0..<windows {
            let window = try g.permute(order).select(dim, i)
            _ = try gx.plainSlice(dim, start: i * step, length: size).add_(window)
        }
        return gx
    }

    /// `F.unfold(input, kernel_size, dilation=1, padding=0, stride=1)`: (N, C, H, W) to
    /// (N, C*kH*kW, L), one column per output position, as convolution's im2col builds them.
    public func im2col(kernelSize: [Int], dilation: [Int] = [1], padding: [Int] = [0], stride: [Int] = [1]) throws -> Tensor {
        if rank != 3 && rank != 4 {
            throw TensorError.runtime("Input Error: Only 3D or 4D input Tensors are supported (got \(rank)D)")
        }
        let batched = rank == 4 ? self : try unsqueeze(0)
        let k = try ConvolutionGeometry.pair(kernelSize, "kernel_size")
        let g = try ConvolutionGeometry(input: batched.shape, weight: [1, batched.shape[1], k.0, k.1], bias: nil,
                                        stride: stride, padding: padding, dilation: dilation, groups: 1)
        try Tensor.checkConvolutionDTypes(self, self, nil)
        let columns = g.groupPatch, positions = g.outPlane
        let out = try Tensor(uninitializedShape: [g.batch, columns, positions], dtype: dtype)
        if out.count > 0 {
            let x = try Elementwise.contiguousIfNeeded(batched)
            func run<T: ConvolutionElement>(_: T.Type) {
                let source = x.typedPointer(T.self), target = out.mutableTypedPointer(T.self)
                for n in 0..<g.batch {
                    ConvolutionKernels.im2col(source + n * g.inChannels * g.inPlane, g, into: target + n * columns * positions, ld: positions)
                }
            }
            if dtype == .float32 { run(Float.self) } else { run(Double.self) }
            withExtendedLifetime(x) {}
        }
        let recorded = Autograd.record(.im2col(g), out, batched)
        return rank == 4 ? recorded : try recorded.squeeze(0)
    }

    /// The gradient of `im2col`: col2im, every column entry added back to the pixel it was read from.
    static func im2colBackward(_ gradient: Tensor, _ g: ConvolutionGeometry) throws -> Tensor {
        let gx = try Tensor(uninitializedShape: g.inputShape, dtype: gradient.dtype, zeroed: true)
        if gradient.count == 0 { return gx }
        let gy = try Elementwise.contiguousIfNeeded(gradient)
        let columns = g.groupPatch, positions = g.outPlane
        func run<T: ConvolutionElement>(_: T.Type) {
            let source = gy.typedPointer(T.self), target = gx.mutableTypedPointer(T.self)
            for n in 0..<g.batch {
                ConvolutionKernels.col2im(source + n * columns * positions, g, into: target + n * g.inChannels * g.inPlane, ld: positions)
            }
        }
        if gy.dtype == .float32 { run(Float.self) } else { run(Double.self) }
        withExtendedLifetime(gy) {}
        return gx
    }
}
