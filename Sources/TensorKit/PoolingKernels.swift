/// Max, average and adaptive-average pooling loops over contiguous planes, following PyTorch's
/// CPU kernels element for element (window clipping, NaN propagation, first-maximum index,
/// divisors), so results and indices match exactly.
enum PoolingKernels {
    /// Below this many window reads, a second thread costs more than it saves.
    static let parallelThreshold = 100_000

    /// Runs `body(planeRange)` over `planes`, split across both cores when the work is large.
    static func forEachPlanes(_ planes: Int, work: Int, _ body: (Range<Int>) -> Void) {
        if planes < 2 || work < parallelThreshold {
            body(0..<planes)
            return
        }
        let half = (planes + 1) / 2
        ParallelExecutor.shared.run { part in body(part == 0 ? 0..<half : half..<planes) }
    }

    /// Max pooling; `indices` receive the flat position (ih * W + iw) of each maximum in its plane.
    static func maxForward<T: BinaryFloatingPoint>(_ x: UnsafePointer<T>, _ out: UnsafeMutablePointer<T>,
                                                   _ indices: UnsafeMutablePointer<Int64>, _ g: PoolingGeometry) {
        let H = g.inHeight, W = g.inWidth, Ho = g.outHeight, Wo = g.outWidth
        let work = g.planes &* g.outPlane &* g.kernelH &* g.kernelW
        forEachPlanes(g.planes, work: work) { range in
            for p in range {
                let plane = x + p * g.inPlane
                var o = p * g.outPlane
                for oh in 0..<Ho {
                    var ih0 = oh * g.strideH - g.padH
                    let ih1 = Swift.min(ih0 + (g.kernelH - 1) * g.dilationH + 1, H)
                    while ih0 < 0 { ih0 += g.dilationH }
                    for ow in 0..<Wo {
                        var iw0 = ow * g.strideW - g.padW
                        let iw1 = Swift.min(iw0 + (g.kernelW - 1) * g.dilationW + 1, W)
                        while iw0 < 0 { iw0 += g.dilationW }
                        var best = ih0 * W + iw0
                        var value = -T.infinity
                        var ih = ih0
                        while ih < ih1 {
                            var iw = iw0
                            while iw < iw1 {
                                let v = plane[ih * W + iw]
                                if v > value || v.isNaN {
                                    value = v
                                    best = ih * W + iw
                                }
                                iw += g.dilationW
                            }
                            ih += g.dilationH
                        }
                        out[o] = value
                        indices[o] = Int64(best)
                        o += 1
                    }
                }
            }
        }
    }

    /// Max pooling backward: each output gradient goes to the input position that was the maximum.
    static func maxBackward<T: BinaryFloatingPoint>(_ gy: UnsafePointer<T>, _ indices: UnsafePointer<Int64>,
                                                    _ gx: UnsafeMutablePointer<T>, planes: Int, inPlane: Int, outPlane: Int) {
        forEachPlanes(planes, work: planes &* outPlane) { range in
            for p in range {
                let dst = gx + p * inPlane
                for o in p * outPlane..<(p + 1) * outPlane {
                    let i = Int(indices[o])
                    // Indices come from the forward pass, so they lie in the plane.
                    if i >= 0 && i < inPlane { dst[i] += gy[o] }
                }
            }
        }
    }

    /// The clipped window and divisor of average-pooling output (oh, ow), as PyTorch computes them.
    @inline(__always)
    static func averageWindow(_ oh: Int, _ ow: Int, _ g: PoolingGeometry) -> (h: Range<Int>, w: Range<Int>, divisor: Int) {
        var ih0 = oh * g.strideH - g.padH, iw0 = ow * g.strideW - g.padW
        var ih1 = Swift.min(ih0 + g.kernelH, g.inHeight + g.padH)
        var iw1 = Swift.min(iw0 + g.kernelW, g.inWidth + g.padW)
        let poolSize = (ih1 - ih0) * (iw1 - iw0)
        ih0 = Swift.max(ih0, 0)
        iw0 = Swift.max(iw0, 0)
        ih1 = Swift.min(ih1, g.inHeight)
        iw1 = Swift.min(iw1, g.inWidth)
        if ih0 >= ih1 || iw0 >= iw1 { return (0..<0, 0..<0, 1) }
        let divisor = g.divisorOverride ?? (g.countIncludePad ? poolSize : (ih1 - ih0) * (iw1 - iw0))
        return (ih0..<ih1, iw0..<iw1, divisor)
    }

    static func averageForward<T: BinaryFloatingPoint>(_ x: UnsafePointer<T>, _ out: UnsafeMutablePointer<T>, _ g: PoolingGeometry) {
        let W = g.inWidth
        forEachPlanes(g.planes, work: g.planes &* g.outPlane &* g.kernelH &* g.kernelW) { range in
            for p in range {
                let plane = x + p * g.inPlane
                var o = p * g.outPlane
                for oh in 0..<g.outHeight {
                    for ow in 0..<g.outWidth {
                        let window = averageWindow(oh, ow, g)
                        var sum: T = 0
                        for ih in window.h {
                            for iw in window.w { sum += plane[ih * W + iw] }
                        }
                        out[o] = window.h.isEmpty ? 0 : sum / T(window.divisor)
                        o += 1
                    }
                }
            }
        }
    }

    static func averageBackward<T: BinaryFloatingPoint>(_ gy: UnsafePointer<T>, _ gx: UnsafeMutablePointer<T>, _ g: PoolingGeometry) {
        let W = g.inWidth
        forEachPlanes(g.planes, work: g.planes &* g.outPlane &* g.kernelH &* g.kernelW) { range in
            for p in range {
                let plane = gx + p * g.inPlane
                var o = p * g.outPlane
                for oh in 0..<g.outHeight {
                    for ow in 0..<g.outWidth {
                        let window = averageWindow(oh, ow, g)
                        let share = gy[o] / T(window.divisor)
                        for ih in window.h {
                            for iw in window.w { plane[ih * W + iw] += share }
                        }
                        o += 1
                    }
                }
            }
        }
    }

    /// PyTorch's adaptive window for output index `i` of `outSize` over `inSize`: [floor(i*in/out), ceil((i+1)*in/out)).
    @inline(__always)
    static func adaptiveRange(_ i: Int, _ outSize: Int, _ inSize: Int) -> Range<Int> {
        let start = (i * inSize) / outSize
        let end = ((i + 1) * inSize + outSize - 1) / outSize
        return start..<Swift.max(end, start)
    }

    /// Adaptive average pooling (`backward` false) or its gradient (`backward` true: `a` is the
    /// output gradient, `b` the input gradient).
    static func adaptiveAverage<T: BinaryFloatingPoint>(_ a: UnsafePointer<T>, _ b: UnsafeMutablePointer<T>, planes: Int,
                                                        inH: Int, inW: Int, outH: Int, outW: Int, backward: Bool) {
        let inPlane = inH * inW, outPlane = outH * outW
        forEachPlanes(planes, work: planes &* inPlane) { range in
            for p in range {
                var o = p * outPlane
                for oh in 0..<outH {
                    let hs = adaptiveRange(oh, outH, inH)
                    for ow in 0..<outW {
                        let ws = adaptiveRange(ow, outW, inW)
                        let count = T(hs.count * ws.count)
                        if backward {
                            let share = a[o] / count
                            let plane = b + p * inPlane
                            for ih in hs { for iw in ws { plane[ih * inW + iw] += share } }
                        } else {
                            let plane = a + p * inPlane
                            var sum: T = 0
                            for ih in hs { for iw in ws { sum += plane[ih * inW + iw] } }
                            b[o] = sum / count
                        }
                        o += 1
                    }
                }
            }
        }
    }

    /// Adaptive max pooling: each output is the maximum of its window (NaN wins, as in PyTorch)
    /// and its flat index ih * inW + iw within the plane.
    static func adaptiveMax<T: BinaryFloatingPoint>(_ x: UnsafePointer<T>, _ y: UnsafeMutablePointer<T>, _ indices: UnsafeMutablePointer<Int64>,
                                                    planes: Int, inH: Int, inW: Int, outH: Int, outW: Int) {
        let inPlane = inH * inW, outPlane = outH * outW
        forEachPlanes(planes, work: planes &* inPlane) { range in
            for p in range {
                var o = p * outPlane
                let plane = x + p * inPlane
                for oh in 0..<outH {
                    let hs = adaptiveRange(oh, outH, inH)
                    for ow in 0..<outW {
                        let ws = adaptiveRange(ow, outW, inW)
                        var best = -T.infinity, bestIndex = hs.lowerBound * inW + ws.lowerBound
                        search: for ih in hs {
                            for iw in ws {
                                let v = plane[ih * inW + iw]
                                if v > best || v.isNaN {
                                    best = v
                                    bestIndex = ih * inW + iw
                                    if v.isNaN { break search }
                                }
                            }
                        }
                        y[o] = best
                        indices[o] = Int64(bestIndex)
                        o += 1
                    }
                }
            }
        }
    }
}
