import CPNG
import Plot
import XCTest

/// The renderer's PNGs are decoded (libpng) and checked pixel by pixel at coordinates that the
/// layout fixes: where an image's cells, a line or a point must land, and the white background.
final class RendererTests: XCTestCase {
    /// A decoded 8-bit RGBA image.
    struct Pixels {
        let width: Int, height: Int
        let rgba: [UInt8]

        init(png: [UInt8]) throws {
            var image = png_image()
            image.version = UInt32(PNG_IMAGE_VERSION)
            guard png_image_begin_read_from_memory(&image, png, png.count) != 0 else {
                throw DecodeError(message: "not a PNG libpng can read")
            }
            image.format = UInt32(PNG_FORMAT_FLAG_COLOR | PNG_FORMAT_FLAG_ALPHA)
            var rgba = [UInt8](repeating: 0, count: Int(image.width) * Int(image.height) * 4)
            guard png_image_finish_read(&image, nil, &rgba, 0, nil) != 0 else {
                throw DecodeError(message: "libpng could not decode the PNG")
            }
            (width, height, self.rgba) = (Int(image.width), Int(image.height), rgba)
        }

        /// The colour at column x, row y (0, 0 is the top-left corner), as 0xRRGGBB; every pixel
        /// the renderer writes is opaque, which this also checks.
        func rgb(_ x: Int, _ y: Int, file: StaticString = #filePath, line: UInt = #line) -> Int {
            let i = (y * width + x) * 4
            XCTAssertEqual(rgba[i + 3], 255, "pixel (\(x), \(y)) is not opaque", file: file, line: line)
            return Int(rgba[i]) << 16 | Int(rgba[i + 1]) << 8 | Int(rgba[i + 2])
        }
    }

    struct DecodeError: Error { let message: String }

    static let white = 0xFFFFFF, black = 0x000000
    /// matplotlib's default colour cycle starts tab:blue, tab:orange (its `#1f77b4`, `#ff7f0e`).
    static let tabBlue = 0x1F77B4, tabOrange = 0xFF7F0E

    func hex(_ color: Int) -> String { "#" + String(format: "%06x", color) }

    /// matplotlib's default figure: 6.4 x 4.8 in at 100 dpi is 640 x 480 pixels, and the axes box
    /// spans the subplot fractions .125-.9 of the width and .11-.88 of the height: x 80...576,
    /// y 57.6...427.2 (from the top). The frame is black, 0.8 pt (1.1 px) wide, centred on those
    /// lines. A horizontal 4 pt (5.6 px) line at y = 5 of 0...10 is centred on row 242.4.
    func testDefaultFigureLayoutAndFrame() throws {
        let figure = Figure()
        let axes = figure.addAxes()
        axes.xLimits = (0, 10)
        axes.yLimits = (0, 10)
        axes.plot(x: [0, 10], y: [5, 5], color: ColorSpec.parse("tab:blue") ?? .black, width: 4)
        let pixels = try Pixels(png: try Renderer.png(figure))
        XCTAssertEqual(pixels.width, 640)
        XCTAssertEqual(pixels.height, 480)
        for (x, y) in [(80, 200), (576, 200), (300, 57), (300, 427)] {
            XCTAssertLessThan(pixels.rgb(x, y) & 0xFF, 0x80, "frame at (\(x), \(y)) is dark")
        }
        for (x, y) in [(84, 200), (572, 200), (300, 62), (300, 422), (40, 30), (620, 470)] {
            XCTAssertEqual(hex(pixels.rgb(x, y)), hex(Self.white), "background at (\(x), \(y))")
        }
        for x in [100, 300, 550] {
            XCTAssertEqual(hex(pixels.rgb(x, 241)), hex(Self.tabBlue), "line at (\(x), 241)")
            XCTAssertEqual(hex(pixels.rgb(x, 243)), hex(Self.tabBlue), "line at (\(x), 243)")
            XCTAssertEqual(hex(pixels.rgb(x, 236)), hex(Self.white), "above the line at x \(x)")
        }
    }

    /// A 2x2 image in a 2 x 2 in figure at 50 dpi (100 x 100 px): the axes box is x 12.5...90,
    /// y 12...89; equal aspect makes the image a 77 px square centred in it, x 12.75...89.75, each
    /// cell 38.5 px. Row 0 is at the top (origin 'upper'); 'gray' maps the range to black...white
    /// through matplotlib's 256-entry table (0.25 -> entry 64, 0.75 -> entry 192).
    func testImageCellsLandWhereTheLayoutPutsThem() throws {
        let figure = Figure(width: 2, height: 2, dpi: 50)
        let axes = figure.addAxes()
        axes.showAxis = false
        axes.imshow(values: [0, 0.25, 0.75, 1], height: 2, width: 2, colormap: .gray)
        let pixels = try Pixels(png: try Renderer.png(figure))
        XCTAssertEqual(pixels.width, 100)
        XCTAssertEqual(pixels.height, 100)
        XCTAssertEqual(hex(pixels.rgb(30, 30)), hex(Self.black), "top-left cell (value 0)")
        XCTAssertEqual(hex(pixels.rgb(70, 30)), hex(0x404040), "top-right cell (value 0.25)")
        XCTAssertEqual(hex(pixels.rgb(30, 70)), hex(0xC0C0C0), "bottom-left cell (value 0.75)")
        XCTAssertEqual(hex(pixels.rgb(70, 70)), hex(Self.white), "bottom-right cell (value 1)")
        XCTAssertEqual(hex(pixels.rgb(5, 50)), hex(Self.white), "background left of the image")
        // Nearest-neighbour sampling: the colour changes at the cell boundary (x = 51.25).
        XCTAssertEqual(hex(pixels.rgb(50, 30)), hex(Self.black))
        XCTAssertEqual(hex(pixels.rgb(52, 30)), hex(0x404040))
    }

    /// Colormaps use matplotlib's tables: Greys runs white to black, viridis starts at #440154.
    func testColormapEnds() {
        XCTAssertEqual(Colormap.greys.color(0), RGBA(1, 1, 1))
        XCTAssertEqual(Colormap.greys.color(1), RGBA(0, 0, 0))
        XCTAssertEqual(hex(Int((Colormap.viridis.color(0).r * 255).rounded()) << 16 | Int((Colormap.viridis.color(0).g * 255).rounded()) << 8
                           | Int((Colormap.viridis.color(0).b * 255).rounded())), "#440154")
        XCTAssertEqual(Colormap.named("Greys_r")?.color(0), RGBA(0, 0, 0))
    }

    /// A legend in the upper right corner draws its frame (grey 0.8 edge) where the empty plot
    /// was white; without one the corner stays white.
    func testLegendIsDrawn() throws {
        func corner(_ withLegend: Bool) throws -> Int {
            let figure = Figure()
            let axes = figure.addAxes()
            axes.plot(x: [0, 1], y: [0, 0], color: .black, label: "flat")
            if withLegend {
                var legend = Legend()
                legend.location = .upperRight
                legend.entries = [LegendEntry(label: "flat", handle: .line(LineArtist(x: [], y: [], color: .black)))]
                axes.legend = legend
            }
            let pixels = try Pixels(png: try Renderer.png(figure))
            var dark = 0
            for y in 60..<100 { for x in 480..<574 where pixels.rgb(x, y) != Self.white { dark += 1 } }
            return dark
        }
        XCTAssertEqual(try corner(false), 0)
        XCTAssertGreaterThan(try corner(true), 100)
    }
}
