/// `F.interpolate` in the nearest and (bi)linear modes over (N, C, W) and (N, C, H, W) float
/// tensors: PyTorch's source-index rules, computed in single precision as its CPU kernels do,
/// and the backward pass that adds each output gradient back with the same weights.
extension Tensor {
    public enum InterpolationMode: Sendable {
        case nearest
        case linear
    }

    /// For one axis: each output position reads `low` and `high` with weights (1 - lambda, lambda)
    /// (nearest: `low` only).
    public struct InterpolationAxis: Sendable {
        var low: [Int]
        var high: [Int]
        var lambda: [Double]
        var inSize: Int
        var outSize: Int

        /// PyTorch's scale for a source coordinate: 1/scale_factor when one was given, else in/out.
        static func scale(_ inSize: Int, _ outSize: Int, _ factor: Double?) -> Float {
            if let f = factor, f > 0 { return Float(1.0 / f) }
            return Float(inSize) / Float(outSize)
        }

        static func nearest(_ inSize: Int, _ outSize: Int, _ factor: Double?) -> InterpolationAxis {
            let s = scale(inSize, outSize, factor)
            let low = (0..<outSize).map { i -> Int in
                if outSize == inSize { return i }
                if outSize == 2 * inSize { return i >> 1 }
                return Swift.min(Int((Float(i) * s).rounded(.down)), inSize - 1)
            }
            return InterpolationAxis(low: low, high: low, lambda: [Double](repeating: 0, count: outSize), inSize: inSize, outSize: outSize)
        }

        static func linear(_ inSize: Int, _ outSize: Int, _ factor: Double?, alignCorners: Bool) -> InterpolationAxis {
            let s: Float = alignCorners ? (outSize > 1 ? Float(inSize - 1) / Float(outSize - 1) : 0) : scale(inSize, outSize, factor)
            var axis = InterpolationAxis(low: [], high: [], lambda: [], inSize: inSize, outSize: outSize)
            for i in 0..<outSize {
                var source = alignCorners ? s * Float(i) : s * (Float(i) + 0.5) - 0.5
                if !alignCorners && source < 0 { source = 0 }
                let index = Swift.min(Int(source.rounded(.down)), inSize - 1)
                let lambda = Swift.min(Swift.max(source - Float(index), 0), 1)
                axis.low.append(index)
                axis.high.append(index + (index < inSize - 1 ? 1 : 0))
                axis.lambda.append(Double(lambda))
            }
            return axis
        }
    }

    /// What the backward pass needs: the tables of both axes and the input's shape.
    public struct InterpolationPlan: Sendable {
        var rows: InterpolationAxis
        var columns: InterpolationAxis
        var mode: InterpolationMode
        var inputShape: [Int]

        var name: String {
            let twoD = inputShape.count == 4
            switch mode {
            case .nearest: return twoD ? "UpsampleNearest2DBackward0" : "UpsampleNearest1DBackward0"
            case .linear: return twoD ? "UpsampleBilinear2DBackward0" : "UpsampleLinear1DBackward0"
            }
        }
    }

    /// `F.interpolate(input, size, scale_factor, mode, align_corners)` with the output size
    /// already resolved; `scales` are the scale factors given (nil where a size was given).
    public func interpolate(size: [Int], scales: [Double?], mode: InterpolationMode, alignCorners: Bool) throws -> Tensor {
        if rank != 3 && rank != 4 {
            throw TensorError.notImplemented("Input Error: Only 3D and 4D input Tensors supported (got \(rank)D) for the modes: nearest | linear | bilinear")
        }
        let spatial = rank - 2
        if size.count != spatial || scales.count != spatial {
            throw TensorError.value("expected \(spatial) output sizes and scales, got \(size.count) and \(scales.count)")
        }
        for (k, s) in size.enumerated() where s <= 0 || shape[2 + k] <= 0 {
            throw TensorError.runtime("Input and output sizes should be greater than 0, but got input (\(spatial == 2 ? "H: \(shape[2]), W: \(shape[3])" : "W: \(shape[2])")) output (\(spatial == 2 ? "H: \(size[0]), W: \(size[1])" : "W: \(size[0])"))")
        }
        if !dtype.isFloatingPoint { throw TensorError.notImplemented("\"upsample\" not implemented for '\(dtype.scalarTypeName)'") }
        // The output, and the per-axis tables sized by it, must fit before any is built: a size
        // of 2**40 is PyTorch's allocator error, not a failed Swift allocation.
        let outputCount = try Shape.elementCount(Array(shape.prefix(2)) + size)
        let (outputBytes, overflow) = outputCount.multipliedReportingOverflow(by: dtype.itemSize)
        if overflow || outputBytes > Storage.allocationLimit { throw Storage.allocationError(overflow ? Int.max : outputBytes) }
        func axis(_ inSize: Int, _ outSize: Int, _ factor: Double?) -> InterpolationAxis {
            mode == .nearest ? .nearest(inSize, outSize, factor) : .linear(inSize, outSize, factor, alignCorners: alignCorners)
        }
        let rows = spatial == 2 ? axis(shape[2], size[0], scales[0]) : InterpolationAxis.nearest(1, 1, nil)
        let columns = axis(shape[rank - 1], size[spatial - 1], scales[spatial - 1])
        let plan = InterpolationPlan(rows: rows, columns: columns, mode: mode, inputShape: shape)
        let out = try Tensor(uninitializedShape: Array(shape.prefix(2)) + size, dtype: dtype)
        let x = try Elementwise.contiguousIfNeeded(self)
        let planes = shape[0] * shape[1]
        if out.count > 0 {
            if dtype == .float32 {
                InterpolationKernels.forward(x.typedPointer(Float.self), out.mutableTypedPointer(Float.self), planes: planes, plan)
            } else {
                InterpolationKernels.forward(x.typedPointer(Double.self), out.mutableTypedPointer(Double.self), planes: planes, plan)
            }
        }
        withExtendedLifetime(x) {}
        return Autograd.record(.interpolate(plan), out, self)
    }

    static func interpolateBackward(_ gradient: Tensor, _ plan: InterpolationPlan) throws -> Tensor {
        let gx = try Tensor(uninitializedShape: plan.inputShape, dtype: gradient.dtype, zeroed: true)
        let gy = try Elementwise.contiguousIfNeeded(gradient)
        let planes = plan.inputShape[0] * plan.inputShape[1]
        if gy.count > 0 {
            if gy.dtype == .float32 {
                InterpolationKernels.backward(gy.typedPointer(Float.self), gx.mutableTypedPointer(Float.self), planes: planes, plan)
            } else {
                InterpolationKernels.backward(gy.typedPointer(Double.self), gx.mutableTypedPointer(Double.self), planes: planes, plan)
            }
        }
        withExtendedLifetime(gy) {}
        return gx
    }
}

/// The loops of interpolation on contiguous planes.
enum InterpolationKernels {
    static func forward<T: BinaryFloatingPoint>(_ x: UnsafePointer<T>, _ y: UnsafeMutablePointer<T>, planes: Int, _ plan: Tensor.InterpolationPlan) {
        let r = plan.rows, c = plan.columns
        let inPlane = r.inSize * c.inSize, outPlane = r.outSize * c.outSize
        let linear = plan.mode == .linear
        PoolingKernels.forEachPlanes(planes, work: planes &* outPlane &* 4) { range in
            for p in range {
                let src = x + p * inPlane, dst = y + p * outPlane
                for oh in 0..<r.outSize {
                    let top = src + r.low[oh] * c.inSize, bottom = src + r.high[oh] * c.inSize
                    let h1 = T(r.lambda[oh]), h0 = 1 - h1
                    let row = dst + oh * c.outSize
                    if !linear {
                        for ow in 0..<c.outSize { row[ow] = top[c.low[ow]] }
                        continue
                    }
                    for ow in 0..<c.outSize {
                        let w1 = T(c.lambda[ow]), w0 = 1 - w1
                        let l = c.low[ow], h = c.high[ow]
                        if plan.inputShape.count == 3 {
                            row[ow] = w0 * top[l] + w1 * top[h]
                        } else {
                            row[ow] = h0 * (w0 * top[l] + w1 * top[h]) + h1 * (w0 * bottom[l] + w1 * bottom[h])
                        }
                    }
                }
            }
        }
    }

    static func backward<T: BinaryFloatingPoint>(_ gy: UnsafePointer<T>, _ gx: UnsafeMutablePointer<T>, planes: Int, _ plan: Tensor.InterpolationPlan) {
        let r = plan.rows, c = plan.columns
        let inPlane = r.inSize * c.inSize, outPlane = r.outSize * c.outSize
        let linear = plan.mode == .linear
        PoolingKernels.forEachPlanes(planes, work: planes &* outPlane &* 4) { range in
            for p in range {
                let src = gy + p * outPlane, dst = gx + p * inPlane
                for oh in 0..<r.outSize {
                    let top = dst + r.low[oh] * c.inSize, bottom = dst + r.high[oh] * c.inSize
                    let h1 = T(r.lambda[oh]), h0 = 1 - h1
                    let row = src + oh * c.outSize
                    if !linear {
                        for ow in 0..<c.outSize { top[c.low[ow]] += row[ow] }
                        continue
                    }
                    for ow in 0..<c.outSize {
                        let w1 = T(c.lambda[ow]), w0 = 1 - w1
                        let l = c.low[ow], h = c.high[ow], g = row[ow]
                        if plan.inputShape.count == 3 {
                            top[l] += w0 * g
                            top[h] += w1 * g
                        } else {
                            top[l] += h0 * w0 * g
                            top[h] += h0 * w1 * g
                            bottom[l] += h1 * w0 * g
                            bottom[h] += h1 * w1 * g
                        }
                    }
                }
            }
        }
    }
}
