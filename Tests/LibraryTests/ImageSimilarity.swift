import CPNG
import Foundation

/// The image comparison of Scripts/gen-plot-references.py, line for line: grayscale (ITU-R 601
/// luma over white), box averages, a 3x3 box blur applied twice, then SSIM over 7x7 uniform
/// windows (K1 0.01, K2 0.03), averaged over tiles of 16x16 windows every 8; the score is the worst
/// tile, so a missing legend or title counts even on a mostly white plot.
struct GrayImage {
    var width: Int
    var height: Int
    var pixels: [Double]

    /// Decodes a PNG (any colour type) to luma, composited over white.
    init(png: [UInt8]) throws {
        var image = png_image()
        image.version = UInt32(PNG_IMAGE_VERSION)
        guard png_image_begin_read_from_memory(&image, png, png.count) != 0 else {
            throw LibraryTestError(message: "not a PNG libpng can read")
        }
        image.format = UInt32(PNG_FORMAT_FLAG_COLOR | PNG_FORMAT_FLAG_ALPHA)
        var rgba = [UInt8](repeating: 0, count: Int(image.width) * Int(image.height) * 4)
        guard png_image_finish_read(&image, nil, &rgba, 0, nil) != 0 else {
            throw LibraryTestError(message: "libpng could not decode the PNG")
        }
        width = Int(image.width)
        height = Int(image.height)
        pixels = (0..<(width * height)).map { i in
            let a = Double(rgba[i * 4 + 3]) / 255
            func c(_ k: Int) -> Double { Double(rgba[i * 4 + k]) * a + 255 * (1 - a) }
            return c(0) * 0.299 + c(1) * 0.587 + c(2) * 0.114
        }
    }

    init(width: Int, height: Int, pixels: [Double]) {
        self.width = width
        self.height = height
        self.pixels = pixels
    }

    /// Box average over factor x factor blocks (the right and bottom remainders dropped).
    func box(_ factor: Int) -> GrayImage {
        let w = width / factor, h = height / factor
        var out = [Double](repeating: 0, count: w * h)
        for y in 0..<h {
            for x in 0..<w {
                var sum = 0.0
                for dy in 0..<factor { for dx in 0..<factor { sum += pixels[(y * factor + dy) * width + x * factor + dx] } }
                out[y * w + x] = sum / Double(factor * factor)
            }
        }
        return GrayImage(width: w, height: h, pixels: out)
    }

    func rounded() -> GrayImage {
        GrayImage(width: width, height: height, pixels: pixels.map { Swift.min(255, Swift.max(0, $0.rounded(.toNearestOrEven))) })
    }

    /// 3x3 box blur with edge replication, twice.
    func blurred() -> GrayImage {
        var current = self
        for _ in 0..<2 {
            var out = [Double](repeating: 0, count: width * height)
            for y in 0..<height {
                for x in 0..<width {
                    var sum = 0.0
                    for dy in -1...1 {
                        for dx in -1...1 {
                            let yy = Swift.min(height - 1, Swift.max(0, y + dy)), xx = Swift.min(width - 1, Swift.max(0, x + dx))
                            sum += current.pixels[yy * width + xx]
                        }
                    }
                    out[y * width + x] = sum / 9
                }
            }
            current = GrayImage(width: width, height: height, pixels: out)
        }
        return current
    }

    /// The worst tile's mean SSIM between two images of one size.
    static func tiledSSIM(_ a: GrayImage, _ b: GrayImage, window: Int = 7, tile: Int = 16) -> Double {
        let c1 = (0.01 * 255) * (0.01 * 255), c2 = (0.03 * 255) * (0.03 * 255)
        let h = a.height - window + 1, w = a.width - window + 1
        guard h > 0, w > 0, a.width == b.width, a.height == b.height else { return 0 }
        let n = Double(window * window)
        var map = [Double](repeating: 0, count: h * w)
        for y in 0..<h {
            for x in 0..<w {
                var sa = 0.0, sb = 0.0, saa = 0.0, sbb = 0.0, sab = 0.0
                for dy in 0..<window {
                    for dx in 0..<window {
                        let i = (y + dy) * a.width + x + dx
                        let u = a.pixels[i], v = b.pixels[i]
                        sa += u; sb += v; saa += u * u; sbb += v * v; sab += u * v
                    }
                }
                let ma = sa / n, mb = sb / n
                let va = (saa / n - ma * ma) * n / (n - 1), vb = (sbb / n - mb * mb) * n / (n - 1)
                let cov = (sab / n - ma * mb) * n / (n - 1)
                map[y * w + x] = ((2 * ma * mb + c1) * (2 * cov + c2)) / ((ma * ma + mb * mb + c1) * (va + vb + c2))
            }
        }
        var worst = 1.0
        var y = 0
        while y < Swift.max(1, h - tile / 2) {
            var x = 0
            while x < Swift.max(1, w - tile / 2) {
                var sum = 0.0, count = 0
                for yy in y..<Swift.min(h, y + tile) { for xx in x..<Swift.min(w, x + tile) { sum += map[yy * w + xx]; count += 1 } }
                if count > 0 { worst = Swift.min(worst, sum / Double(count)) }
                x += tile / 2
            }
            y += tile / 2
        }
        return worst
    }

    /// The score of a full-size rendering against a stored (2x downscaled) reference.
    static func score(reference: GrayImage, rendering: GrayImage) -> Double {
        let candidate = rendering.box(2).rounded()
        let a = reference.box(2).blurred(), b = candidate.box(2).blurred()
        let w = Swift.min(a.width, b.width), h = Swift.min(a.height, b.height)
        func crop(_ g: GrayImage) -> GrayImage {
            GrayImage(width: w, height: h, pixels: (0..<(w * h)).map { g.pixels[($0 / w) * g.width + $0 % w] })
        }
        return tiledSSIM(crop(a), crop(b))
    }
}
