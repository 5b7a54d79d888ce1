/// `F.max_pool2d`, `F.avg_pool2d` and `F.adaptive_avg_pool2d` over (N, C, H, W) or (C, H, W)
/// float tensors, with PyTorch's argument checks, window rules and backward nodes.
extension Tensor {
    /// `F.max_pool2d(input, kernel_size, stride=kernel_size, padding=0, dilation=1, ceil_mode=False)`.
    public func maxPool2d(kernelSize: [Int], stride: [Int] = [], padding: [Int] = [0], dilation: [Int] = [1],
                          ceilMode: Bool = false) throws -> Tensor {
        try maxPool2dWithIndices(kernelSize: kernelSize, stride: stride, padding: padding,
                                 dilation: dilation, ceilMode: ceilMode).values
    }

    /// `F.max_pool2d(..., return_indices=True)`: the maxima and, per output, the flat index
    /// (ih * W + iw) of the maximum within its H x W plane (int64).
    public func maxPool2dWithIndices(kernelSize: [Int], stride: [Int] = [], padding: [Int] = [0], dilation: [Int] = [1],
                                     ceilMode: Bool = false) throws -> (values: Tensor, indices: Tensor) {
        let f = "max_pool2d"
        _ = try PoolingGeometry.pair(kernelSize, "\(f): kernel_size must either be a single int, or a tuple of two ints")
        if !stride.isEmpty { _ = try PoolingGeometry.pair(stride, "\(f): stride must either be omitted, a single int, or a tuple of two ints") }
        _ = try PoolingGeometry.pair(padding, "\(f): padding must either be a single int, or a tuple of two ints")
        _ = try PoolingGeometry.pair(dilation, "\(f): dilation must be either a single int, or a tuple of two ints")
        if rank != 3 && rank != 4 { throw TensorError.runtime("non-empty 3D or 4D (batch mode) tensor expected for input") }
        let g = try PoolingGeometry(f, shape: shape, kernel: kernelSize, stride: stride, padding: padding,
                                    dilation: dilation, ceilMode: ceilMode)
        try Tensor.checkPoolingDType(self, f)
        let out = try Tensor(uninitializedShape: g.outputShape, dtype: dtype)
        let indices = try Tensor(uninitializedShape: g.outputShape, dtype: .int64)
        let x = try Elementwise.contiguousIfNeeded(self)
        let idx = indices.mutableTypedPointer(Int64.self)
        if dtype == .float32 {
            PoolingKernels.maxForward(x.typedPointer(Float.self), out.mutableTypedPointer(Float.self), idx, g)
        } else {
            PoolingKernels.maxForward(x.typedPointer(Double.self), out.mutableTypedPointer(Double.self), idx, g)
        }
        withExtendedLifetime(x) {}
        return (Autograd.record(.maxPool2d(indices: indices, inputShape: shape), out, self), indices)
    }

    /// `F.avg_pool2d(input, kernel_size, stride=kernel_size, padding=0, ceil_mode=False,
    /// count_include_pad=True, divisor_override=None)`.
    public func avgPool2d(kernelSize: [Int], stride: [Int] = [], padding: [Int] = [0], ceilMode: Bool = false,
                          countIncludePad: Bool = true, divisorOverride: Int? = nil) throws -> Tensor {
        let f = "avg_pool2d"
        _ = try PoolingGeometry.pair(kernelSize, "\(f): kernel_size must either be a single int, or a tuple of two ints")
        if !stride.isEmpty { _ = try PoolingGeometry.pair(stride, "\(f): stride must either be omitted, a single int, or a tuple of two ints") }
        _ = try PoolingGeometry.pair(padding, "\(f): padding must either be a single int, or a tuple of two ints")
        if divisorOverride == 0 { throw TensorError.runtime("divisor must be not zero") }
        // PyTorch reads size(-3) before any rank check, so a 2-d input fails as an IndexError.
        _ = try Shape.normalize(dim: -3, rank: rank)
        var g = try PoolingGeometry(f, shape: shape, kernel: kernelSize, stride: stride, padding: padding,
                                    dilation: [1], ceilMode: ceilMode)
        g.countIncludePad = countIncludePad
        g.divisorOverride = divisorOverride
        try Tensor.checkPoolingDType(self, f)
        let out = try Tensor(uninitializedShape: g.outputShape, dtype: dtype)
        let x = try Elementwise.contiguousIfNeeded(self)
        if dtype == .float32 {
            PoolingKernels.averageForward(x.typedPointer(Float.self), out.mutableTypedPointer(Float.self), g)
        } else {
            PoolingKernels.averageForward(x.typedPointer(Double.self), out.mutableTypedPointer(Double.self), g)
        }
        withExtendedLifetime(x) {}
        return Autograd.record(.avgPool2d(g), out, self)
    }

    /// `F.adaptive_avg_pool2d(input, output_size)`: output_size is one value for both sides or two.
    public func adaptiveAvgPool2d(_ outputSize: [Int]) throws -> Tensor {
        let (oh, ow): (Int, Int)
        switch outputSize.count {
        case 1: (oh, ow) = (outputSize[0], outputSize[0])
        case 2: (oh, ow) = (outputSize[0], outputSize[1])
        default: throw TensorError.runtime("adaptive_avg_pool2d: output_size must be 2")
        }
        if oh < 0 || ow < 0 {
            throw TensorError.runtime("adaptive_avg_pool2d: elements of output_size must be greater than or equal to 0 but received {\(oh), \(ow)}")
        }
        if rank != 3 && rank != 4 {
            throw TensorError.runtime("adaptive_avg_pool2d(): Expected 3D or 4D tensor, but got \(Shape.describe(shape))")
        }
        for d in [-2, -1] where shape[rank + d] <= 0 {
            throw TensorError.runtime("adaptive_avg_pool2d(): Expected input to have non-zero size for non-batch dimensions, but input has sizes \(Shape.describe(shape)) with dimension \(rank + d) being empty")
        }
        try Tensor.checkPoolingDType(self, "adaptive_avg_pool2d")
        if oh == 1 && ow == 1 {
            // PyTorch computes a 1x1 adaptive average as a mean (and records MeanBackward1).
            return try mean(dims: [-2, -1], keepdim: true)
        }
        let outShape = Array(shape.dropLast(2)) + [oh, ow]
        let out = try Tensor(uninitializedShape: outShape, dtype: dtype)
        let x = try Elementwise.contiguousIfNeeded(self)
        let planes = shape.dropLast(2).reduce(1, *)
        if dtype == .float32 {
            PoolingKernels.adaptiveAverage(x.typedPointer(Float.self), out.mutableTypedPointer(Float.self), planes: planes,
                                           inH: shape[rank - 2], inW: shape[rank - 1], outH: oh, outW: ow, backward: false)
        } else {
            PoolingKernels.adaptiveAverage(x.typedPointer(Double.self), out.mutableTypedPointer(Double.self), planes: planes,
                                           inH: shape[rank - 2], inW: shape[rank - 1], outH: oh, outW: ow, backward: false)
        }
        withExtendedLifetime(x) {}
        return Autograd.record(.adaptiveAvgPool2d(inputShape: shape), out, self)
    }

    /// `F.adaptive_max_pool2d(input, output_size, return_indices=True)`: the window maxima and
    /// their flat indices within each H x W plane, as `max_pool2d` gives them.
    public func adaptiveMaxPool2d(_ outputSize: [Int]) throws -> (values: Tensor, indices: Tensor) {
        let (oh, ow): (Int, Int)
        switch outputSize.count {
        case 1: (oh, ow) = (outputSize[0], outputSize[0])
        case 2: (oh, ow) = (outputSize[0], outputSize[1])
        default: throw TensorError.runtime("adaptive_max_pool2d(): internal error: output_size.size() must be 2")
        }
        if rank != 3 && rank != 4 {
            throw TensorError.runtime("adaptive_max_pool2d(): Expected 3D or 4D tensor, but got: \(Shape.describe(shape))")
        }
        for d in [-2, -1] where shape[rank + d] <= 0 {
            throw TensorError.runtime("adaptive_max_pool2d(): Expected input to have non-zero size for non-batch dimensions, but input has sizes \(Shape.describe(shape)) with dimension \(rank + d) being empty")
        }
        if oh < 0 || ow < 0 {
            throw TensorError.runtime("adaptive_max_pool2d: elements of output_size must be greater than or equal to 0 but received {\(oh), \(ow)}")
        }
        try Tensor.checkPoolingDType(self, "adaptive_max_pool2d")
        let outShape = Array(shape.dropLast(2)) + [oh, ow]
        let out = try Tensor(uninitializedShape: outShape, dtype: dtype)
        let indices = try Tensor(uninitializedShape: outShape, dtype: .int64)
        let x = try Elementwise.contiguousIfNeeded(self)
        let planes = shape.dropLast(2).reduce(1, *)
        let idx = indices.mutableTypedPointer(Int64.self)
        if dtype == .float32 {
            PoolingKernels.adaptiveMax(x.typedPointer(Float.self), out.mutableTypedPointer(Float.self), idx, planes: planes,
                                       inH: shape[rank - 2], inW: shape[rank - 1], outH: oh, outW: ow)
        } else {
            PoolingKernels.adaptiveMax(x.typedPointer(Double.self), out.mutableTypedPointer(Double.self), idx, planes: planes,
                                       inH: shape[rank - 2], inW: shape[rank - 1], outH: oh, outW: ow)
        }
        withExtendedLifetime(x) {}
        return (Autograd.record(.adaptiveMaxPool2d(indices: indices, inputShape: shape), out, self), indices)
    }

    /// TensorKit pools float32 and float64 (PyTorch also pools integers, with the same rules).
    static func checkPoolingDType(_ t: Tensor, _ function: String) throws {
        if !t.dtype.isFloatingPoint {
            throw TensorError.notImplemented("\"\(function)\" not implemented for '\(t.dtype.scalarTypeName)'")
        }
    }

    // MARK: Derivatives

    static func maxPool2dBackward(_ gradOutput: Tensor, indices: Tensor, inputShape: [Int]) throws -> Tensor {
        let gx = try Tensor(uninitializedShape: inputShape, dtype: gradOutput.dtype, zeroed: true)
        let gy = try Elementwise.contiguousIfNeeded(gradOutput)
        let r = inputShape.count
        let planes = inputShape.dropLast(2).reduce(1, *), inPlane = inputShape[r - 2] * inputShape[r - 1]
        let outPlane = indices.shape[r - 2] * indices.shape[r - 1]
        let idx = indices.typedPointer(Int64.self)
        if gy.dtype == .float32 {
            PoolingKernels.maxBackward(gy.typedPointer(Float.self), idx, gx.mutableTypedPointer(Float.self),
                                       planes: planes, inPlane: inPlane, outPlane: outPlane)
        } else {
            PoolingKernels.maxBackward(gy.typedPointer(Double.self), idx, gx.mutableTypedPointer(Double.self),
                                       planes: planes, inPlane: inPlane, outPlane: outPlane)
        }
        withExtendedLifetime((gy, indices)) {}
        return gx
    }

    static func avgPool2dBackward(_ gradOutput: Tensor, _ g: PoolingGeometry) throws -> Tensor {
        let gx = try Tensor(uninitializedShape: g.inputShape, dtype: gradOutput.dtype, zeroed: true)
        let gy = try Elementwise.contiguousIfNeeded(gradOutput)
        if gy.dtype == .float32 {
            PoolingKernels.averageBackward(gy.typedPointer(Float.self), gx.mutableTypedPointer(Float.self), g)
        } else {
            PoolingKernels.averageBackward(gy.typedPointer(Double.self), gx.mutableTypedPointer(Double.self), g)
        }
        withExtendedLifetime(gy) {}
        return gx
    }

    static func adaptiveAvgPool2dBackward(_ gradOutput: Tensor, inputShape: [Int]) throws -> Tensor {
        let gx = try Tensor(uninitializedShape: inputShape, dtype: gradOutput.dtype, zeroed: true)
        let gy = try Elementwise.contiguousIfNeeded(gradOutput)
        let r = inputShape.count
        let planes = inputShape.dropLast(2).reduce(1, *)
        let (inH, inW, outH, outW) = (inputShape[r - 2], inputShape[r - 1], gy.shape[r - 2], gy.shape[r - 1])
        if gy.dtype == .float32 {
            PoolingKernels.adaptiveAverage(gy.typedPointer(Float.self), gx.mutableTypedPointer(Float.self), planes: planes,
                                           inH: inH, inW: inW, outH: outH, outW: outW, backward: true)
        } else {
            PoolingKernels.adaptiveAverage(gy.typedPointer(Double.self), gx.mutableTypedPointer(Double.self), planes: planes,
                                           inH: inH, inW: inW, outH: outH, outW: outW, backward: true)
        }
        withExtendedLifetime(gy) {}
        return gx
    }
}
