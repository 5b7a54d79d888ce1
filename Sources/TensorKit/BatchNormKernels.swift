/// The per-channel loops of batch normalisation on contiguous (N, C, inner) buffers. Channels
/// are independent, so large inputs split them across both cores.
///
/// Sums run in Double (as PyTorch accumulates float32 batch statistics in a wider type) over
/// four independent accumulators: one accumulator chains every add on the previous one and
/// runs at the adder's latency, four keep the adder busy.
enum BatchNormKernels {
    /// Below this many elements a second thread costs more than it saves.
    static let parallelThreshold = 32_768

    /// Runs `body(channelRange)` over all channels, on two threads when the input is large.
    static func forChannels(_ channels: Int, elements: Int, _ body: (Range<Int>) -> Void) {
        if elements < parallelThreshold || channels < 2 {
            body(0..<channels)
            return
        }
        let half = channels / 2
        ParallelExecutor.shared.run { part in body(part == 0 ? 0..<half : half..<channels) }
    }

    /// The sum of `n` elements.
    @inline(__always)
    static func sum<T: ConvolutionElement>(_ p: UnsafePointer<T>, _ n: Int) -> Double {
        var s0: Double = 0, s1: Double = 0, s2: Double = 0, s3: Double = 0
        var i = 0
        while i &+ 4 <= n {
            s0 += Double(p[i]); s1 += Double(p[i &+ 1]); s2 += Double(p[i &+ 2]); s3 += Double(p[i &+ 3])
            i &+= 4
        }
        while i < n { s0 += Double(p[i]); i &+= 1 }
        return (s0 + s1) + (s2 + s3)
    }

    /// The sum of squared deviations from `mu`.
    @inline(__always)
    static func squaredDeviations<T: ConvolutionElement>(_ p: UnsafePointer<T>, _ n: Int, from mu: Double) -> Double {
        var s0: Double = 0, s1: Double = 0, s2: Double = 0, s3: Double = 0
        var i = 0
        while i &+ 4 <= n {
            let d0 = Double(p[i]) - mu, d1 = Double(p[i &+ 1]) - mu, d2 = Double(p[i &+ 2]) - mu, d3 = Double(p[i &+ 3]) - mu
            s0 += d0 * d0; s1 += d1 * d1; s2 += d2 * d2; s3 += d3 * d3
            i &+= 4
        }
        while i < n {
            let d = Double(p[i]) - mu
            s0 += d * d
            i &+= 1
        }
        return (s0 + s1) + (s2 + s3)
    }

    /// The sum of `g`, and of `g` times `x` centred on `mu`.
    @inline(__always)
    static func gradientSums<T: ConvolutionElement>(_ g: UnsafePointer<T>, _ x: UnsafePointer<T>, _ n: Int,
                                                    centredOn mu: Double) -> (Double, Double) {
        var s0: Double = 0, s1: Double = 0, s2: Double = 0, s3: Double = 0
        var c0: Double = 0, c1: Double = 0, c2: Double = 0, c3: Double = 0
        var i = 0
        while i &+ 4 <= n {
            let g0 = Double(g[i]), g1 = Double(g[i &+ 1]), g2 = Double(g[i &+ 2]), g3 = Double(g[i &+ 3])
            s0 += g0; s1 += g1; s2 += g2; s3 += g3
            c0 += g0 * (Double(x[i]) - mu); c1 += g1 * (Double(x[i &+ 1]) - mu)
            c2 += g2 * (Double(x[i &+ 2]) - mu); c3 += g3 * (Double(x[i &+ 3]) - mu)
            i &+= 4
        }
        while i < n {
            let gi = Double(g[i])
            s0 += gi
            c0 += gi * (Double(x[i]) - mu)
            i &+= 1
        }
        return ((s0 + s1) + (s2 + s3), (c0 + c1) + (c2 + c3))
    }

    /// Per channel: the mean and the biased variance (two passes, as the centred sum is exact
    /// where E[x^2] - E[x]^2 would cancel).
    static func statistics<T: ConvolutionElement>(_ x: UnsafePointer<T>, batch: Int, channels: Int, inner: Int,
                                                  mean: inout [Double], variance: inout [Double]) {
        let n = Double(batch * inner)
        mean.withUnsafeMutableBufferPointer { meanBuffer in
            variance.withUnsafeMutableBufferPointer { varianceBuffer in
                let m = meanBuffer, v = varianceBuffer
                forChannels(channels, elements: batch * channels * inner) { range in
                    for c in range {
                        var total: Double = 0
                        for b in 0..<batch { total += sum(x + (b * channels + c) * inner, inner) }
                        let mu = total / n
                        var squares: Double = 0
                        for b in 0..<batch { squares += squaredDeviations(x + (b * channels + c) * inner, inner, from: mu) }
                        m[c] = mu
                        v[c] = squares / n
                    }
                }
            }
        }
    }

    static func affine<T: ConvolutionElement>(_ x: UnsafePointer<T>, _ y: UnsafeMutablePointer<T>, batch: Int, channels: Int,
                                              inner: Int, scale: [Double], shift: [Double]) {
        forChannels(channels, elements: batch * channels * inner) { range in
            for c in range {
                let s = T(scale[c]), t = T(shift[c])
                for b in 0..<batch {
                    let offset = (b * channels + c) * inner
                    let p = x + offset, q = y + offset
                    for i in 0..<inner { q[i] = p[i] * s + t }
                }
            }
        }
    }

    /// Per channel: the sum of the output gradient, and of the gradient times the centred input.
    static func gradientSums<T: ConvolutionElement>(_ x: UnsafePointer<T>, _ gy: UnsafePointer<T>, batch: Int, channels: Int,
                                                    inner: Int, mean: [Double], sumGrad: inout [Double], sumGradCentred: inout [Double]) {
        sumGrad.withUnsafeMutableBufferPointer { sg in
            sumGradCentred.withUnsafeMutableBufferPointer { sgc in
                let a = sg, b2 = sgc
                forChannels(channels, elements: batch * channels * inner) { range in
                    for c in range {
                        var s: Double = 0, sc: Double = 0
                        for b in 0..<batch {
                            let offset = (b * channels + c) * inner
                            let (plain, centred) = gradientSums(gy + offset, x + offset, inner, centredOn: mean[c])
                            s += plain
                            sc += centred
                        }
                        a[c] = s
                        b2[c] = sc
                    }
                }
            }
        }
    }

    /// gx = (g - projection * (x - mean) - meanGradient) * scale, per channel.
    static func inputGradient<T: ConvolutionElement>(_ x: UnsafePointer<T>, _ gy: UnsafePointer<T>, _ gx: UnsafeMutablePointer<T>,
                                                     batch: Int, channels: Int, inner: Int, mean: [Double],
                                                     projection: [Double], meanGradient: [Double], scale: [Double]) {
        forChannels(channels, elements: batch * channels * inner) { range in
            for c in range {
                let mu = T(mean[c]), a = T(projection[c]), m = T(meanGradient[c]), k = T(scale[c])
                for b in 0..<batch {
                    let offset = (b * channels + c) * inner
                    let p = x + offset, g = gy + offset, q = gx + offset
                    for i in 0..<inner { q[i] = (g[i] - a * (p[i] - mu) - m) * k }
                }
            }
        }
    }
}
