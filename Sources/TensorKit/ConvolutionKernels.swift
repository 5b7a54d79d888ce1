import COpenBLAS

/// The element types convolution runs on: the two BLAS precisions.
protocol ConvolutionElement: BinaryFloatingPoint {
    /// Row-major C (m x n) = op(A) (m x k) @ op(B) (k x n) + beta * C.
    static func gemm(transA: Bool, transB: Bool, m: Int, n: Int, k: Int,
                     _ a: UnsafePointer<Self>, lda: Int, _ b: UnsafePointer<Self>, ldb: Int,
                     beta: Self, _ c: UnsafeMutablePointer<Self>, ldc: Int)
}

extension Float: ConvolutionElement {
    static func gemm(transA: Bool, transB: Bool, m: Int, n: Int, k: Int,
                     _ a: UnsafePointer<Float>, lda: Int, _ b: UnsafePointer<Float>, ldb: Int,
                     beta: Float, _ c: UnsafeMutablePointer<Float>, ldc: Int) {
        cblas_sgemm(CblasRowMajor, transA ? CblasTrans : CblasNoTrans, transB ? CblasTrans : CblasNoTrans,
                    Int32(m), Int32(n), Int32(k), 1, a, Int32(lda), b, Int32(ldb), beta, c, Int32(ldc))
    }
}

extension Double: ConvolutionElement {
    static func gemm(transA: Bool, transB: Bool, m: Int, n: Int, k: Int,
                     _ a: UnsafePointer<Double>, lda: Int, _ b: UnsafePointer<Double>, ldb: Int,
                     beta: Double, _ c: UnsafeMutablePointer<Double>, ldc: Int) {
        cblas_dgemm(CblasRowMajor, transA ? CblasTrans : CblasNoTrans, transB ? CblasTrans : CblasNoTrans,
                    Int32(m), Int32(n), Int32(k), 1, a, Int32(lda), b, Int32(ldb), beta, c, Int32(ldc))
    }
}

/// im2col convolution on contiguous NCHW buffers: each image's patches are unfolded into a
/// (channels*kH*kW) x (outH*outW) matrix so that one GEMM per image and group computes the
/// output (forward), the weight gradient (gradOut @ cols^T) and the unfolded input gradient
/// (W^T @ gradOut, folded back by col2im).
///
/// Images are independent, so a batch is split in two halves run on both cores, each half with
/// its own im2col buffer (and weight-gradient accumulator). A single image or a tiny batch runs
/// on the calling thread, where OpenBLAS may thread a large GEMM itself.
enum ConvolutionKernels {
    /// Below this many multiply-adds per call, a second thread costs more than it saves.
    static let parallelThreshold = 200_000

    /// How many workers to use for a batch of `geometry`.
    static func workers(_ g: ConvolutionGeometry) -> Int {
        let work = g.batch &* g.outChannels &* g.groupPatch &* g.outPlane
        return g.batch >= 2 && work >= parallelThreshold ? 2 : 1
    }

    /// The range of output columns `ow` whose input column `ow*stride + offset` lies in [0, size).
    @inline(__always)
    static func validRange(offset: Int, stride: Int, size: Int, count: Int) -> Range<Int> {
        // First ow with ow*stride + offset >= 0, and one past the last with ow*stride + offset < size.
        let lo = offset >= 0 ? 0 : (-offset + stride - 1) / stride
        let last = size - 1 - offset
        let hi = last < 0 ? 0 : last / stride + 1
        let a = Swift.min(lo, count), b = Swift.min(Swift.max(hi, a), count)
        return a..<b
    }

    /// Unfolds one group of one image (`x` at its first channel) into `cols` (groupPatch x outPlane).
    static func im2col<T: ConvolutionElement>(_ x: UnsafePointer<T>, _ g: ConvolutionGeometry, into cols: UnsafeMutablePointer<T>) {
        let H = g.inHeight, W = g.inWidth, Ho = g.outHeight, Wo = g.outWidth, L = g.outPlane
        let sw = g.strideW
        var row = cols
        for c in 0..<g.groupInChannels {
            let plane = x + c * H * W
            for ki in 0..<g.kernelHeight {
                for kj in 0..<g.kernelWidth {
                    let colOffset = kj * g.dilationW - g.padW
                    let valid = validRange(offset: colOffset, stride: sw, size: W, count: Wo)
                    for oh in 0..<Ho {
                        let d = row + oh * Wo
                        let ih = oh * g.strideH - g.padH + ki * g.dilationH
                        if ih < 0 || ih >= H {
                            d.update(repeating: 0, count: Wo)
                            continue
                        }
                        let src = plane + ih * W + colOffset
                        if valid.lowerBound > 0 { d.update(repeating: 0, count: valid.lowerBound) }
                        if sw == 1 {
                            (d + valid.lowerBound).update(from: src + valid.lowerBound, count: valid.count)
                        } else {
                            for ow in valid { d[ow] = src[ow * sw] }
                        }
                        if valid.upperBound < Wo { (d + valid.upperBound).update(repeating: 0, count: Wo - valid.upperBound) }
                    }
                    row += L
                }
            }
        }
    }

    /// Folds `cols` back, adding every patch entry into the input position it was read from.
    static func col2im<T: ConvolutionElement>(_ cols: UnsafePointer<T>, _ g: ConvolutionGeometry, into x: UnsafeMutablePointer<T>) {
        let H = g.inHeight, W = g.inWidth, Ho = g.outHeight, Wo = g.outWidth, L = g.outPlane
        let sw = g.strideW
        var row = cols
        for c in 0..<g.groupInChannels {
            let plane = x + c * H * W
            for ki in 0..<g.kernelHeight {
                for kj in 0..<g.kernelWidth {
                    let colOffset = kj * g.dilationW - g.padW
                    let valid = validRange(offset: colOffset, stride: sw, size: W, count: Wo)
                    for oh in 0..<Ho {
                        let ih = oh * g.strideH - g.padH + ki * g.dilationH
                        if ih < 0 || ih >= H { continue }
                        let s = row + oh * Wo
                        let dst = plane + ih * W + colOffset
                        for ow in valid { dst[ow * sw] += s[ow] }
                    }
                    row += L
                }
            }
        }
    }

    /// Runs `body(images, worker)` over the batch, split across the workers.
    static func forEachImage(_ g: ConvolutionGeometry, workers: Int, _ body: (Range<Int>, Int) -> Void) {
        if workers < 2 {
            body(0..<g.batch, 0)
            return
        }
        let half = (g.batch + 1) / 2
        ParallelExecutor.shared.run { part in
            body(part == 0 ? 0..<half : half..<g.batch, part)
        }
    }

    /// output (N, O, Ho, Wo) = conv(input (N, C, H, W), weight (O, C/groups, kH, kW)) + bias.
    /// `scratch` holds `workers` im2col buffers of groupPatch x outPlane each.
    static func forward<T: ConvolutionElement>(input: UnsafePointer<T>, weight: UnsafePointer<T>, bias: UnsafePointer<T>?,
                                               output: UnsafeMutablePointer<T>, scratch: UnsafeMutablePointer<T>,
                                               workers: Int, _ g: ConvolutionGeometry) {
        let L = g.outPlane, K = g.groupPatch, Og = g.groupOutChannels, Cg = g.groupInChannels
        let inImage = g.inChannels * g.inPlane, outImage = g.outChannels * L
        let bufferSize = g.isPointwise ? 0 : K * L
        forEachImage(g, workers: workers) { images, part in
            let cols = scratch + part * bufferSize
            for n in images {
                let x = input + n * inImage, y = output + n * outImage
                if let b = bias {
                    for o in 0..<g.outChannels { (y + o * L).update(repeating: b[o], count: L) }
                }
                for group in 0..<g.groups {
                    let xg = x + group * Cg * g.inPlane
                    let source: UnsafePointer<T>
                    if g.isPointwise {
                        source = xg
                    } else {
                        im2col(xg, g, into: cols)
                        source = UnsafePointer(cols)
                    }
                    T.gemm(transA: false, transB: false, m: Og, n: L, k: K,
                           weight + group * Og * K, lda: K, source, ldb: L,
                           beta: bias == nil ? 0 : 1, y + group * Og * L, ldc: L)
                }
            }
        }
    }

    /// Gradients of a convolution. `gradInput` (zeroed, N x C x H x W) receives col2im of
    /// W^T @ gradOut; `gradWeights` holds `workers` zeroed weight-sized accumulators receiving
    /// gradOut @ cols^T summed over each worker's images (the caller adds them up). `scratch`
    /// holds two im2col buffers per worker.
    static func backward<T: ConvolutionElement>(input: UnsafePointer<T>, weight: UnsafePointer<T>, gradOutput: UnsafePointer<T>,
                                                gradInput: UnsafeMutablePointer<T>?, gradWeights: UnsafeMutablePointer<T>?,
                                                scratch: UnsafeMutablePointer<T>, workers: Int, _ g: ConvolutionGeometry) {
        let L = g.outPlane, K = g.groupPatch, Og = g.groupOutChannels, Cg = g.groupInChannels
        let inImage = g.inChannels * g.inPlane, outImage = g.outChannels * L
        let weightSize = g.outChannels * K
        let bufferSize = g.isPointwise ? 0 : K * L
        forEachImage(g, workers: workers) { images, part in
            let cols = scratch + 2 * part * bufferSize, gradCols = cols + bufferSize
            for n in images {
                let x = input + n * inImage, gy = gradOutput + n * outImage
                for group in 0..<g.groups {
                    let gyg = gy + group * Og * L
                    let wg = weight + group * Og * K
                    if let gi = gradInput {
                        let gig = gi + n * inImage + group * Cg * g.inPlane
                        // Groups read disjoint channels, so a pointwise kernel writes its rows directly.
                        let target = g.isPointwise ? gig : gradCols
                        T.gemm(transA: true, transB: false, m: K, n: L, k: Og, wg, lda: K, gyg, ldb: L,
                               beta: 0, target, ldc: L)
                        if !g.isPointwise { col2im(UnsafePointer(gradCols), g, into: gig) }
                    }
                    if let gws = gradWeights {
                        let xg = x + group * Cg * g.inPlane
                        let source: UnsafePointer<T>
                        if g.isPointwise {
                            source = xg
                        } else {
                            im2col(xg, g, into: cols)
                            source = UnsafePointer(cols)
                        }
                        T.gemm(transA: false, transB: true, m: Og, n: K, k: L, gyg, lda: L, source, ldb: L,
                               beta: 1, gws + part * weightSize + group * Og * K, ldc: K)
                    }
                }
            }
        }
    }
}
