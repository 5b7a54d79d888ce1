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
/// (channels*kH*kW) x (outH*outW) matrix, several images side by side, so that one GEMM per
/// chunk of images and group computes the output (forward), the weight gradient
/// (gradOut @ cols^T) and the unfolded input gradient (W^T @ gradOut, folded back by col2im).
///
/// Images are independent, so a batch is split in two halves run on both cores, each half with
/// its own scratch (and weight-gradient accumulator). A single image, a tiny batch or large
/// images run on the calling thread, where OpenBLAS may thread a large GEMM itself.
enum ConvolutionKernels {
    /// Below this many multiply-adds per call, a second thread costs more than it saves.
    static let parallelThreshold = 200_000

    /// OpenBLAS runs a GEMM of at most this many multiply-adds (m*n*k) on the calling thread
    /// and threads larger ones (65536 x GEMM_MULTITHREAD_THRESHOLD of its default build).
    static let blasSerialLimit = 262_144

    /// How many workers to use for a batch of `geometry`. Two workers each calling a threaded
    /// OpenBLAS GEMM would have four threads fight over two cores (measured 10-50x slower), so
    /// the batch is split only when one image's GEMM stays under OpenBLAS's threading limit;
    /// larger images run on one worker and OpenBLAS threads their GEMMs itself.
    static func workers(_ g: ConvolutionGeometry) -> Int {
        let perImage = g.groupOutChannels.multipliedReportingOverflow(by: g.groupPatch)
        let (gemm, o1) = perImage.partialValue.multipliedReportingOverflow(by: g.outPlane)
        if perImage.overflow || o1 || gemm > blasSerialLimit { return 1 }
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

    /// Unfolds one group of `count` images (`x` at the first image's first channel of the group,
    /// images `imageStride` apart) into `cols`: groupPatch rows, each holding the images'
    /// outPlane values side by side, rows `ld` apart. The bounds of a row and of an output row
    /// are worked out once for all images, which then advance by pointer steps: chapter 13's
    /// small planes (7x7 down to 1x1) would otherwise spend their time in per-image set-up.
    static func im2col<T: ConvolutionElement>(_ x: UnsafePointer<T>, images count: Int = 1, imageStride: Int = 0,
                                              _ g: ConvolutionGeometry, into cols: UnsafeMutablePointer<T>, ld: Int) {
        let H = g.inHeight, W = g.inWidth, Ho = g.outHeight, Wo = g.outWidth, L = Ho &* Wo
        let sw = g.strideW
        var row = cols
        for c in 0..<g.groupInChannels {
            let plane = x + c &* H &* W
            for ki in 0..<g.kernelHeight {
                for kj in 0..<g.kernelWidth {
                    let colOffset = kj &* g.dilationW &- g.padW
                    let valid = validRange(offset: colOffset, stride: sw, size: W, count: Wo)
                    let lo = valid.lowerBound, hi = valid.upperBound
                    let firstRow = g.kernelRowOffset(ki), lastRow = (Ho &- 1) &* g.strideH &+ firstRow
                    if lo > 0 || hi < Wo || firstRow < 0 || lastRow >= H {
                        // One fill for the whole row: per-image fills of one or two elements
                        // become a memset call each, which dominated small planes.
                        row.update(repeating: 0, count: count &* L)
                    }
                    for oh in 0..<Ho {
                        let ih = oh &* g.strideH &+ firstRow
                        if ih < 0 || ih >= H { continue }
                        var d = row + oh &* Wo
                        var src = plane + (ih &* W &+ colOffset)
                        for _ in 0..<count {
                            if sw == 1 {
                                for ow in lo..<hi { d[ow] = src[ow] }
                            } else {
                                for ow in lo..<hi { d[ow] = src[ow &* sw] }
                            }
                            d += L
                            src += imageStride
                        }
                    }
                    row += ld
                }
            }
        }
    }

    /// Folds `cols` (laid out as `im2col` writes them, for `count` images) back, adding every
    /// patch entry into the input position it was read from.
    static func col2im<T: ConvolutionElement>(_ cols: UnsafePointer<T>, images count: Int = 1, imageStride: Int = 0,
                                              _ g: ConvolutionGeometry, into x: UnsafeMutablePointer<T>, ld: Int) {
        let H = g.inHeight, W = g.inWidth, Ho = g.outHeight, Wo = g.outWidth, L = Ho &* Wo
        let sw = g.strideW
        var row = cols
        for c in 0..<g.groupInChannels {
            let plane = x + c &* H &* W
            for ki in 0..<g.kernelHeight {
                for kj in 0..<g.kernelWidth {
                    let colOffset = kj &* g.dilationW &- g.padW
                    let valid = validRange(offset: colOffset, stride: sw, size: W, count: Wo)
                    for oh in 0..<Ho {
                        let ih = oh &* g.strideH &- g.padH &+ ki &* g.dilationH
                        if ih < 0 || ih >= H { continue }
                        var s = row + oh &* Wo
                        var dst = plane + (ih &* W &+ colOffset)
                        for _ in 0..<count {
                            for ow in valid { dst[ow &* sw] += s[ow] }
                            s += L
                            dst += imageStride
                        }
                    }
                    row += ld
                }
            }
        }
    }

    /// Images unfolded side by side into one GEMM: a layer with few output positions (chapter
    /// 13's 14x14 down to 2x2) would otherwise spend its time in per-call BLAS overhead. The
    /// im2col block stays around a megabyte so it is still in cache when the GEMM reads it.
    static func imagesPerChunk(_ g: ConvolutionGeometry) -> Int {
        if g.isPointwise { return 1 }
        let L = Swift.max(g.outPlane, 1)
        var columns = Swift.min(2048, (1 << 18) / Swift.max(g.groupPatch, 1))
        if workers(g) == 2 {
            // Keep each chunk's GEMM on the worker's own thread (see `workers`).
            columns = Swift.min(columns, blasSerialLimit / Swift.max(g.groupOutChannels * g.groupPatch, 1))
        }
        return Swift.max(1, Swift.min(g.batch, columns / L))
    }

    /// Scratch elements one worker needs: two im2col blocks and one output-gradient block.
    static func scratchPerWorker(_ g: ConvolutionGeometry) -> Int {
        if g.isPointwise { return 0 }
        let columns = imagesPerChunk(g) * g.outPlane
        return (2 * g.groupPatch + g.groupOutChannels) * columns
    }

    /// Runs `body(firstImage, imageCount, worker)` over chunks of the batch, the batch split
    /// across the workers.
    static func forEachChunk(_ g: ConvolutionGeometry, workers: Int, _ body: (Int, Int, Int) -> Void) {
        let chunk = imagesPerChunk(g)
        func run(_ images: Range<Int>, _ part: Int) {
            var n = images.lowerBound
            while n < images.upperBound {
                let count = Swift.min(chunk, images.upperBound - n)
                body(n, count, part)
                n += count
            }
        }
        if workers < 2 {
            run(0..<g.batch, 0)
            return
        }
        let half = (g.batch + 1) / 2
        ParallelExecutor.shared.run { part in run(part == 0 ? 0..<half : half..<g.batch, part) }
    }

    /// output (N, O, Ho, Wo) = conv(input (N, C, H, W), weight (O, C/groups, kH, kW)) + bias.
    /// `scratch` holds `scratchPerWorker` elements per worker.
    static func forward<T: ConvolutionElement>(input: UnsafePointer<T>, weight: UnsafePointer<T>, bias: UnsafePointer<T>?,
                                               output: UnsafeMutablePointer<T>, scratch: UnsafeMutablePointer<T>,
                                               workers: Int, _ g: ConvolutionGeometry) {
        let L = g.outPlane, K = g.groupPatch, Og = g.groupOutChannels, Cg = g.groupInChannels
        let inImage = g.inChannels * g.inPlane, outImage = g.outChannels * L
        let perWorker = scratchPerWorker(g)
        forEachChunk(g, workers: workers) { first, count, part in
            let cols = scratch + part * perWorker
            let product = cols + 2 * K * count * L
            let ld = count * L
            for group in 0..<g.groups {
                let wg = weight + group * Og * K
                if g.isPointwise {
                    // count is 1: the input rows are the im2col matrix, the output rows the product.
                    let y = output + first * outImage + group * Og * L
                    if let b = bias {
                        for o in 0..<Og { (y + o * L).update(repeating: b[group * Og + o], count: L) }
                    }
                    T.gemm(transA: false, transB: false, m: Og, n: L, k: K, wg, lda: K,
                           input + first * inImage + group * Cg * g.inPlane, ldb: L,
                           beta: bias == nil ? 0 : 1, y, ldc: L)
                    continue
                }
                im2col(input + first * inImage + group * Cg * g.inPlane, images: count, imageStride: inImage, g, into: cols, ld: ld)
                T.gemm(transA: false, transB: false, m: Og, n: ld, k: K, wg, lda: K, cols, ldb: ld,
                       beta: 0, product, ldc: ld)
                for j in 0..<count {
                    for o in 0..<Og {
                        let src = product + o * ld + j * L
                        let dst = output + (first + j) * outImage + (group * Og + o) * L
                        if let b = bias {
                            let v = b[group * Og + o]
                            for i in 0..<L { dst[i] = src[i] + v }
                        } else {
                            dst.update(from: src, count: L)
                        }
                    }
                }
            }
        }
    }

    /// Gradients of a convolution. `gradInput` (zeroed, N x C x H x W) receives col2im of
    /// W^T @ gradOut; `gradWeights` holds `workers` zeroed weight-sized accumulators receiving
    /// gradOut @ cols^T summed over each worker's images (the caller adds them up). `scratch`
    /// holds `scratchPerWorker` elements per worker.
    static func backward<T: ConvolutionElement>(input: UnsafePointer<T>, weight: UnsafePointer<T>, gradOutput: UnsafePointer<T>,
                                                gradInput: UnsafeMutablePointer<T>?, gradWeights: UnsafeMutablePointer<T>?,
                                                scratch: UnsafeMutablePointer<T>, workers: Int, _ g: ConvolutionGeometry) {
        let L = g.outPlane, K = g.groupPatch, Og = g.groupOutChannels, Cg = g.groupInChannels
        let inImage = g.inChannels * g.inPlane, outImage = g.outChannels * L
        let weightSize = g.outChannels * K
        let perWorker = scratchPerWorker(g)
        forEachChunk(g, workers: workers) { first, count, part in
            let cols = scratch + part * perWorker
            let gradCols = cols + K * count * L
            let gathered = gradCols + K * count * L
            let ld = count * L
            for group in 0..<g.groups {
                let wg = weight + group * Og * K
                let gwg = gradWeights.map { $0 + part * weightSize + group * Og * K }
                if g.isPointwise {
                    // count is 1: input rows and output-gradient rows are the GEMM operands as they are.
                    let gy = gradOutput + first * outImage + group * Og * L
                    let offset = first * inImage + group * Cg * g.inPlane
                    if let gi = gradInput {
                        T.gemm(transA: true, transB: false, m: K, n: L, k: Og, wg, lda: K, gy, ldb: L,
                               beta: 0, gi + offset, ldc: L)
                    }
                    if let gw = gwg {
                        T.gemm(transA: false, transB: true, m: Og, n: K, k: L, gy, lda: L, input + offset, ldb: L,
                               beta: 1, gw, ldc: K)
                    }
                    continue
                }
                // The chunk's output gradient, images side by side like the im2col columns.
                for j in 0..<count {
                    for o in 0..<Og {
                        (gathered + o * ld + j * L).update(from: gradOutput + (first + j) * outImage + (group * Og + o) * L, count: L)
                    }
                }
                if let gi = gradInput {
                    T.gemm(transA: true, transB: false, m: K, n: ld, k: Og, wg, lda: K, gathered, ldb: ld,
                           beta: 0, gradCols, ldc: ld)
                    col2im(gradCols, images: count, imageStride: inImage, g, into: gi + first * inImage + group * Cg * g.inPlane, ld: ld)
                }
                if let gw = gwg {
                    im2col(input + first * inImage + group * Cg * g.inPlane, images: count, imageStride: inImage, g, into: cols, ld: ld)
                    T.gemm(transA: false, transB: true, m: Og, n: K, k: ld, gathered, lda: ld, cols, ldb: ld,
                           beta: 1, gw, ldc: K)
                }
            }
        }
    }
}
