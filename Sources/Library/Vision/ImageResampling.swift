import Foundation
import Interpreter
import TensorKit

/// Pillow's resampling filters, numbered as `PIL.Image.Resampling` numbers them.
///
/// The kernels are written exactly as Pillow's `Resample.c` writes them (same operation order,
/// same single-precision constants in the Hamming window): the weights are rounded to 22-bit
/// fixed point afterwards, so a different but "equivalent" formula can move a pixel by one.
enum ResamplingFilter: Int, CaseIterable {
    case nearest = 0, lanczos = 1, bilinear = 2, bicubic = 3, box = 4, hamming = 5, mks2013 = 6, mks2021 = 7

    /// The names Pillow lists in its "Unknown resampling filter" message, in its order.
    static let messageOrder: [(ResamplingFilter, String)] = [
        (.nearest, "NEAREST"), (.lanczos, "LANCZOS"), (.bilinear, "BILINEAR"), (.bicubic, "BICUBIC"),
        (.box, "BOX"), (.hamming, "HAMMING"), (.mks2013, "MKS2013"), (.mks2021, "MKS2021"),
    ]

    /// Half-width of the kernel at scale 1 (Pillow's `filter.support`).
    var support: Double {
        switch self {
        case .nearest, .box: return 0.5
        case .bilinear, .hamming: return 1.0
        case .bicubic: return 2.0
        case .mks2013: return 2.5
        case .lanczos: return 3.0
        case .mks2021: return 4.5
        }
    }

    func weight(_ value: Double) -> Double {
        var x = value
        switch self {
        case .nearest, .box:
            return x > -0.5 && x <= 0.5 ? 1.0 : 0.0
        case .bilinear:
            if x < 0.0 { x = -x }
            return x < 1.0 ? 1.0 - x : 0.0
        case .hamming:
            if x < 0.0 { x = -x }
            if x == 0.0 { return 1.0 }
            if x >= 1.0 { return 0.0 }
            x = x * Double.pi
            // Pillow writes the window's constants as C floats (0.54f, 0.46f).
            return sin(x) / x * (Double(Float(0.54)) + Double(Float(0.46)) * cos(x))
        case .bicubic:
            // Keys' cubic convolution with a = -0.5.
            let a = -0.5
            if x < 0.0 { x = -x }
            if x < 1.0 { return ((a + 2.0) * x - (a + 3.0)) * x * x + 1 }
            if x < 2.0 { return (((x - 5) * x + 8) * x - 4) * a }
            return 0.0
        case .lanczos:
            return -3.0 <= x && x < 3.0 ? Self.sinc(x) * Self.sinc(x / 3) : 0.0
        case .mks2013:
            // Costella's Magic Kernel Sharp 2013.
            if x < 0.0 { x = -x }
            if x < 0.5 { return 17.0 / 16.0 - 7.0 / 4.0 * x * x }
            if x < 1.5 { return (1.0 - x) * (7.0 / 4.0 - x) }
            if x < 2.5 { return -1.0 / 8.0 * (x - 5.0 / 2.0) * (x - 5.0 / 2.0) }
            return 0.0
        case .mks2021:
            // Costella's Magic Kernel Sharp 2021.
            if x < 0.0 { x = -x }
            if x < 0.5 { return 577.0 / 576.0 - 239.0 / 144.0 * x * x }
            if x < 1.5 { return 35.0 / 36.0 * (x - 1.0) * (x - 239.0 / 140.0) }
            if x < 2.5 { return 1.0 / 6.0 * (x - 2.0) * (65.0 / 24.0 - x) }
            if x < 3.5 { return 1.0 / 36.0 * (x - 3.0) * (x - 15.0 / 4.0) }
            if x < 4.5 { return -1.0 / 288.0 * (x - 9.0 / 2.0) * (x - 9.0 / 2.0) }
            return 0.0
        }
    }

    private static func sinc(_ value: Double) -> Double {
        if value == 0.0 { return 1.0 }
        let x = value * Double.pi
        return sin(x) / x
    }
}

/// Pillow's `Image.resize` on 8-bit images (its `_resize`, `ImagingResample` and
/// `ImagingScaleAffine`), bit for bit: the separable two-pass convolution (horizontal pass first,
/// only over the source rows the vertical pass will read), with the kernel widened by the
/// downscale factor, normalised weights rounded to 22-bit fixed point, and results rounded and
/// clipped as Pillow does; nearest-neighbour samples pixel centres.
enum ImageResampling {
    /// Pillow's `PRECISION_BITS`: 32 bits minus 8 for the result and 2 for overshoot.
    static let precisionBits: Int32 = 32 - 8 - 2

    /// The source region of a resize, in Pillow's single-precision coordinates.
    struct Box {
        var left: Float, top: Float, right: Float, bottom: Float
    }

    /// Each output position's first source index, tap count, and fixed-point weights
    /// (`taps` per position, zero beyond the count).
    struct Coefficients {
        var starts: [Int]
        var counts: [Int]
        var weights: [Int32]
        var taps: Int
    }

    /// Resizes `pixels` (H x W or H x W x C, uint8, contiguous) to `width` x `height` from `box`
    /// with `filter`; `box` is checked as Pillow checks it.
    static func resize(_ pixels: Tensor, width: Int, height: Int, filter: ResamplingFilter, box: Box) throws -> Tensor {
        let source = try TorchErrors.run { try pixels.to(.uint8).contiguous() }
        let sourceHeight = source.shape[0], sourceWidth = source.shape[1]
        let channels = source.rank > 2 ? source.shape[2] : 1
        if box.left < 0 || box.top < 0 { throw PyException(BuiltinTypes.valueError, "box offset can't be negative") }
        if box.right > Float(sourceWidth) || box.bottom > Float(sourceHeight) {
            throw PyException(BuiltinTypes.valueError, "box can't exceed original image size")
        }
        if box.right - box.left < 0 || box.bottom - box.top < 0 { throw PyException(BuiltinTypes.valueError, "box can't be empty") }
        // A NaN passes every comparison above in Pillow too; it is refused here because its
        // integer conversions would be undefined.
        guard [box.left, box.top, box.right, box.bottom].allSatisfy({ $0.isFinite }) else {
            throw PyException(BuiltinTypes.valueError, "box can't be empty")
        }
        let shape = channels == 1 && source.rank == 2 ? [height, width] : [height, width, channels]
        // An integer-aligned box of exactly the requested size is a crop, whatever the filter.
        if box.left == box.left.rounded(.towardZero), box.right - box.left == Float(width),
           box.top == box.top.rounded(.towardZero), box.bottom - box.top == Float(height) {
            return try TorchErrors.run {
                try source.narrow(0, Int(box.top), height).narrow(1, Int(box.left), width).contiguous()
            }
        }
        if filter == .nearest {
            return try nearest(source, shape: shape, channels: channels, box: box)
        }
        return try convolve(source, shape: shape, channels: channels, filter: filter, box: box)
    }

    /// Pillow's affine nearest-neighbour scaling: the source coordinate of each output pixel
    /// centre, accumulated step by step in double precision as Pillow accumulates it; positions
    /// that fall outside the source are black.
    static func nearest(_ source: Tensor, shape: [Int], channels: Int, box: Box) throws -> Tensor {
        let output = try TorchErrors.run { try Tensor.empty(shape, dtype: .uint8) }
        let height = shape[0], width = shape[1]
        let sourceHeight = source.shape[0], sourceWidth = source.shape[1]
        let stepX = Double(box.right - box.left) / Double(width)
        let stepY = Double(box.bottom - box.top) / Double(height)
        var columns = [Int](repeating: -1, count: width)
        var xo = Double(box.left) + stepX * 0.5
        for x in 0..<width {
            let column = coordinate(xo)
            if column >= 0 && column < sourceWidth { columns[x] = column }
            xo += stepX
        }
        let input = source.dataPointer.assumingMemoryBound(to: UInt8.self)
        let out = output.dataPointer.assumingMemoryBound(to: UInt8.self)
        var yo = Double(box.top) + stepY * 0.5
        for y in 0..<height {
            let row = coordinate(yo)
            let outRow = out + y * width * channels
            if row >= 0 && row < sourceHeight {
                let inRow = input + row * sourceWidth * channels
                for x in 0..<width {
                    let column = columns[x]
                    for c in 0..<channels { outRow[x * channels + c] = column >= 0 ? inRow[column * channels + c] : 0 }
                }
            } else {
                outRow.update(repeating: 0, count: width * channels)
            }
            yo += stepY
        }
        return output
    }

    /// Pillow's `COORD`: -1 for negative positions, else truncation.
    private static func coordinate(_ v: Double) -> Int {
        v < 0.0 ? -1 : (v < Double(Int32.max) ? Int(v) : Int(Int32.max))
    }

    /// C's truncating `(int)` for the bounded values the coefficient tables produce.
    private static func truncate(_ v: Double) -> Int {
        v.isNaN ? 0 : Int(max(Double(Int32.min), min(Double(Int32.max), v)))
    }

    /// Pillow's `precompute_coeffs` followed by `normalize_coeffs_8bpc`.
    static func coefficients(inputSize: Int, start: Float, end: Float, outputSize: Int,
                             filter: ResamplingFilter) throws -> Coefficients {
        // Pillow subtracts the box edges in single precision before widening.
        let scale = Double(end - start) / Double(outputSize)
        let filterScale = max(scale, 1.0)
        let support = filter.support * filterScale
        let taps = Int(ceil(support)) * 2 + 1
        if outputSize > Int(Int32.max) / (taps * MemoryLayout<Double>.size) {
            throw PyException(BuiltinTypes.memoryError, "")
        }
        var starts = [Int](repeating: 0, count: outputSize)
        var counts = [Int](repeating: 0, count: outputSize)
        var weights = [Int32](repeating: 0, count: outputSize * taps)
        var row = [Double](repeating: 0, count: taps)
        let inverseScale = 1.0 / filterScale
        let one = Double(1 << precisionBits)
        for xx in 0..<outputSize {
            let center = Double(start) + (Double(xx) + 0.5) * scale
            let first = max(0, truncate(center - support + 0.5))
            let count = max(0, min(taps, min(inputSize, truncate(center + support + 0.5)) - first))
            var total = 0.0
            for x in 0..<count {
                let w = filter.weight((Double(x + first) - center + 0.5) * inverseScale)
                row[x] = w
                total += w
            }
            for x in 0..<taps {
                var w = x < count ? row[x] : 0
                if total != 0.0 && x < count { w /= total }
                weights[xx * taps + x] = Int32(truncatingIfNeeded: truncate(w < 0 ? -0.5 + w * one : 0.5 + w * one))
            }
            starts[xx] = first
            counts[xx] = count
        }
        return Coefficients(starts: starts, counts: counts, weights: weights, taps: taps)
    }

    /// Pillow's `clip8`: the fixed-point sum's integer part, clamped to a byte.
    @inline(__always)
    private static func clip8(_ sum: Int32) -> UInt8 {
        UInt8(truncatingIfNeeded: min(255, max(0, sum >> precisionBits)))
    }

    /// Pillow's `ImagingResampleInner`: horizontal pass (over the source rows the vertical pass
    /// needs) when the width or horizontal box changes, then the vertical pass.
    static func convolve(_ source: Tensor, shape: [Int], channels: Int, filter: ResamplingFilter, box: Box) throws -> Tensor {
        let height = shape[0], width = shape[1]
        let sourceHeight = source.shape[0], sourceWidth = source.shape[1]
        // Pillow compares the box's right edge with the requested width, not the source width.
        let horizontal = width != sourceWidth || box.left != 0 || box.right != Float(width)
        let vertical = height != sourceHeight || box.top != 0 || box.bottom != Float(height)
        // The tables come first, as in Pillow: a size whose table would not fit is its
        // MemoryError before any image is allocated.
        var rows = try coefficients(inputSize: sourceHeight, start: box.top, end: box.bottom, outputSize: height, filter: filter)
        let columns = horizontal
            ? try coefficients(inputSize: sourceWidth, start: box.left, end: box.right, outputSize: width, filter: filter) : nil
        let output = try TorchErrors.run { try Tensor.empty(shape, dtype: .uint8) }
        // Pillow 13 resizes vertically first when the height shrinks, by more than twice as many
        // pixels as the width (found by comparing both orders with Pillow 13 over 40x30, 60x20,
        // 20x60 and 50x50 images; its source for the rule was not available): the 8-bit
        // rounding between the passes makes the order visible in the result.
        // The rule reads the image's sizes, not the box's.
        let heightLoss = sourceHeight - height, widthLoss = sourceWidth - width
        if let columns, vertical, heightLoss > 0, heightLoss > 2 * widthLoss {
            let tempShape = [height, sourceWidth] + (shape.count > 2 ? [channels] : [])
            let temp = try TorchErrors.run { try Tensor.empty(tempShape, dtype: .uint8) }
            verticalPass(from: source, into: temp, channels: channels, rows)
            horizontalPass(from: temp, rowOffset: 0, into: output, channels: channels, columns)
            return output
        }
        var current = source
        if let columns {
            let firstRow = rows.starts[0]
            let lastRow = rows.starts[height - 1] + rows.counts[height - 1]
            for i in 0..<height { rows.starts[i] -= firstRow }
            let tempShape = [max(0, lastRow - firstRow), width] + (shape.count > 2 ? [channels] : [])
            let temp = vertical ? try TorchErrors.run { try Tensor.empty(tempShape, dtype: .uint8) } : output
            horizontalPass(from: source, rowOffset: firstRow, into: temp, channels: channels, columns)
            current = temp
        }
        if vertical {
            verticalPass(from: current, into: output, channels: channels, rows)
        } else if !horizontal {
            return source
        }
        return output
    }

    static func horizontalPass(from source: Tensor, rowOffset: Int, into output: Tensor, channels: Int, _ k: Coefficients) {
        let input = source.dataPointer.assumingMemoryBound(to: UInt8.self)
        let out = output.dataPointer.assumingMemoryBound(to: UInt8.self)
        let outHeight = output.shape[0], outWidth = output.shape[1], inWidth = source.shape[1]
        let half: Int32 = 1 << (precisionBits - 1)
        k.weights.withUnsafeBufferPointer { weights in
            var sums = [Int32](repeating: 0, count: channels)
            sums.withUnsafeMutableBufferPointer { sum in
                for yy in 0..<outHeight {
                    let inRow = input + (yy + rowOffset) * inWidth * channels
                    let outRow = out + yy * outWidth * channels
                    for xx in 0..<outWidth {
                        let first = k.starts[xx], count = k.counts[xx]
                        let w = weights.baseAddress! + xx * k.taps
                        for c in 0..<channels { sum[c] = half }
                        var p = inRow + first * channels
                        for x in 0..<count {
                            let weight = w[x]
                            for c in 0..<channels { sum[c] &+= Int32(p[c]) &* weight }
                            p += channels
                        }
                        for c in 0..<channels { outRow[xx * channels + c] = clip8(sum[c]) }
                    }
                }
            }
        }
    }

    /// The vertical pass accumulates whole rows at a time (integer sums, so the order of the
    /// additions does not change the result) to read the source sequentially.
    static func verticalPass(from source: Tensor, into output: Tensor, channels: Int, _ k: Coefficients) {
        let input = source.dataPointer.assumingMemoryBound(to: UInt8.self)
        let out = output.dataPointer.assumingMemoryBound(to: UInt8.self)
        let outHeight = output.shape[0]
        let rowLength = output.shape[1] * channels
        let half: Int32 = 1 << (precisionBits - 1)
        var sums = [Int32](repeating: 0, count: rowLength)
        k.weights.withUnsafeBufferPointer { weights in
            sums.withUnsafeMutableBufferPointer { sum in
                for yy in 0..<outHeight {
                    let first = k.starts[yy], count = k.counts[yy]
                    let w = weights.baseAddress! + yy * k.taps
                    for i in 0..<rowLength { sum[i] = half }
                    for y in 0..<count {
                        let weight = w[y]
                        let inRow = input + (first + y) * rowLength
                        for i in 0..<rowLength { sum[i] &+= Int32(inRow[i]) &* weight }
                    }
                    let outRow = out + yy * rowLength
                    for i in 0..<rowLength { outRow[i] = clip8(sum[i]) }
                }
            }
        }
    }

    /// Pillow's RGBA -> RGBa (and LA -> La): colour scaled by alpha, rounded as `MULDIV255`.
    static func premultiply(_ pixels: Tensor) throws -> Tensor {
        try mapColourChannels(pixels) { px, colours in
            let alpha = UInt32(px[colours])
            for c in 0..<colours {
                let t = UInt32(px[c]) * alpha + 128
                px[c] = UInt8(truncatingIfNeeded: ((t >> 8) + t) >> 8)
            }
        }
    }

    /// Pillow's RGBa -> RGBA (and La -> LA): colour divided by alpha (truncating), clipped;
    /// alpha 0 and 255 leave the colour as it is.
    static func unpremultiply(_ pixels: Tensor) throws -> Tensor {
        try mapColourChannels(pixels) { px, colours in
            let alpha = Int(px[colours])
            guard alpha != 0 && alpha != 255 else { return }
            for c in 0..<colours { px[c] = UInt8(min(255, 255 * Int(px[c]) / alpha)) }
        }
    }

    /// A contiguous copy of an HxWxC uint8 image with `body` applied to each pixel in place; it
    /// gets the pixel and its number of colour channels (alpha is the last channel, at that index).
    private static func mapColourChannels(_ pixels: Tensor, _ body: (UnsafeMutablePointer<UInt8>, Int) -> Void) throws -> Tensor {
        let out = try TorchErrors.run { try pixels.contiguous().clone() }
        let channels = out.shape[2], count = out.shape[0] * out.shape[1]
        let p = out.dataPointer.assumingMemoryBound(to: UInt8.self)
        for i in 0..<count { body(p + i * channels, channels - 1) }
        return out
    }
}
