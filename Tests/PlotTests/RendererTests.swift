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

    /// A 2x2 grey image without axes in a 2x2-inch figure at 50 dpi (100x100 pixels). The axes'
    /// margins are 6 pt left, 10 right, 8 top and 6 bottom (at 50/72 px per pt), and the square
    /// image is centred in what is left: it covers x 4.2...93.1 and y 6.3...95.1, each data cell
    /// 44.4 pixels wide. So (20, 20) is in the top-left cell, (75, 80) in the bottom-right one,
    /// and (1, 1) and (98, 98) are outside the image.
    func testImageCellsLandWhereTheLayoutPutsThem() throws {
        let figure = Figure(width: 2, height: 2, dpi: 50)
        let axes = figure.addAxes()
        axes.showAxis = false
        axes.imshow(values: [0, 0.25, 0.75, 1], height: 2, width: 2, colormap: .gray)
        let pixels = try Pixels(png: try Renderer.png(figure))
        XCTAssertEqual(pixels.width, 100)
        XCTAssertEqual(pixels.height, 100)
        // gray maps the smallest value to black and the largest to white; 0.25 and 0.75 of the
        // range to 64 and 191 (0.25 * 255 = 63.75 and 0.75 * 255 = 191.25, rounded).
        XCTAssertEqual(hex(pixels.rgb(20, 20)), hex(Self.black), "top-left cell (value 0)")
        XCTAssertEqual(hex(pixels.rgb(75, 20)), hex(0x404040), "top-right cell (value 0.25)")
        XCTAssertEqual(hex(pixels.rgb(20, 80)), hex(0xBFBFBF), "bottom-left cell (value 0.75)")
        XCTAssertEqual(hex(pixels.rgb(75, 80)), hex(Self.white), "bottom-right cell (value 1)")
        XCTAssertEqual(hex(pixels.rgb(1, 1)), hex(Self.white), "background at the top-left corner")
        XCTAssertEqual(hex(pixels.rgb(2, 50)), hex(Self.white), "background left of the image")
        XCTAssertEqual(hex(pixels.rgb(98, 98)), hex(Self.white), "background at the bottom-right corner")
        // Nearest-neighbour sampling: the colour changes at the cell boundary (x = 48.6), with no
        // blend on either side of it.
        XCTAssertEqual(hex(pixels.rgb(47, 20)), hex(Self.black))
        XCTAssertEqual(hex(pixels.rgb(50, 20)), hex(0x404040))
    }

    /// Greys (imshow's default, as in matplotlib) runs from white at the low end to black.
    func testGreysImageAndRGBImagePixels() throws {
        let figure = Figure(width: 2, height: 2, dpi: 50)
        let axes = figure.addAxes()
        axes.showAxis = false
        axes.imshow(values: [0, 1, 1, 0], height: 2, width: 2)
        let greys = try Pixels(png: try Renderer.png(figure))
        XCTAssertEqual(hex(greys.rgb(20, 20)), hex(Self.white))
        XCTAssertEqual(hex(greys.rgb(75, 20)), hex(Self.black))
        XCTAssertEqual(hex(greys.rgb(20, 80)), hex(Self.black))
        XCTAssertEqual(hex(greys.rgb(75, 80)), hex(Self.white))

        // RGB bytes are drawn as given (same layout: a 2x2 image).
        let rgbFigure = Figure(width: 2, height: 2, dpi: 50)
        let rgbAxes = rgbFigure.addAxes()
        rgbAxes.showAxis = false
        rgbAxes.imshow(values: [255, 0, 0, 0, 255, 0, 0, 0, 255, 255, 255, 0], height: 2, width: 2, channels: 3)
        let rgb = try Pixels(png: try Renderer.png(rgbFigure))
        XCTAssertEqual(hex(rgb.rgb(20, 20)), hex(0xFF0000))
        XCTAssertEqual(hex(rgb.rgb(75, 20)), hex(0x00FF00))
        XCTAssertEqual(hex(rgb.rgb(20, 80)), hex(0x0000FF))
        XCTAssertEqual(hex(rgb.rgb(75, 80)), hex(0xFFFF00))
    }

    /// Two lines without axes in a 3x2-inch figure at 72 dpi (216x144 pixels): the plot area is
    /// x 6...206, y 8...138, and the data range 0...10 padded by 5% on each side maps x = 5 to
    /// pixel 106 and y = 5 to pixel 73. A 4-pixel-wide horizontal line at y = 5 fully covers rows
    /// 71...74, the vertical line at x = 5 columns 104...107; the lines take the colour cycle's
    /// first two colours, and the second is drawn over the first where they cross.
    func testLinesPassThroughTheirPixelsInTheCycleColours() throws {
        let figure = Figure(width: 3, height: 2)
        let axes = figure.addAxes()
        axes.showAxis = false
        axes.plot(x: [0, 10], y: [5, 5], width: 4)
        axes.plot(x: [5, 5], y: [0, 10], width: 4)
        let pixels = try Pixels(png: try Renderer.png(figure))
        XCTAssertEqual(pixels.width, 216)
        XCTAssertEqual(pixels.height, 144)
        for x in [20, 60, 150, 190] {
            XCTAssertEqual(hex(pixels.rgb(x, 72)), hex(Self.tabBlue), "horizontal line at (\(x), 72)")
            XCTAssertEqual(hex(pixels.rgb(x, 73)), hex(Self.tabBlue), "horizontal line at (\(x), 73)")
            XCTAssertEqual(hex(pixels.rgb(x, 65)), hex(Self.white), "above the horizontal line at x \(x)")
            XCTAssertEqual(hex(pixels.rgb(x, 80)), hex(Self.white), "below the horizontal line at x \(x)")
        }
        for y in [15, 40, 100, 130] {
            XCTAssertEqual(hex(pixels.rgb(105, y)), hex(Self.tabOrange), "vertical line at (105, \(y))")
            XCTAssertEqual(hex(pixels.rgb(106, y)), hex(Self.tabOrange), "vertical line at (106, \(y))")
            XCTAssertEqual(hex(pixels.rgb(98, y)), hex(Self.white), "left of the vertical line at y \(y)")
            XCTAssertEqual(hex(pixels.rgb(114, y)), hex(Self.white), "right of the vertical line at y \(y)")
        }
        XCTAssertEqual(hex(pixels.rgb(106, 73)), hex(Self.tabOrange), "the crossing shows the line drawn last")
        XCTAssertEqual(hex(pixels.rgb(0, 0)), hex(Self.white), "background at the top-left corner")
        XCTAssertEqual(hex(pixels.rgb(215, 143)), hex(Self.white), "background at the bottom-right corner")
        // The lines end at the data's ends: x = 0 is pixel 15.1 (plot.x + 0.5/11 of the width).
        XCTAssertEqual(hex(pixels.rgb(8, 73)), hex(Self.white), "the horizontal line does not reach the plot's edge")
    }

    /// A scatter point is a filled disc (radius sqrt(size)/2 pixels at 72 dpi) at its position,
    /// in the colour given; with axes shown, the frame is black.
    func testScatterPointAndAxesFrame() throws {
        let figure = Figure(width: 3, height: 2)
        let axes = figure.addAxes()
        axes.xLimits = (0, 10)
        axes.yLimits = (0, 10)
        axes.scatter(x: [5], y: [5], color: (1, 0, 0), size: 144)
        let pixels = try Pixels(png: try Renderer.png(figure))
        // Margins with axes: 48 left, 10 right, 8 top, 36 bottom, so the plot area is x 48...206,
        // y 8...108, and (5, 5) is at (127, 58); the disc's radius is 6.
        XCTAssertEqual(hex(pixels.rgb(127, 58)), hex(0xFF0000), "centre of the point")
        XCTAssertEqual(hex(pixels.rgb(124, 56)), hex(0xFF0000), "inside the point")
        XCTAssertEqual(hex(pixels.rgb(127, 68)), hex(Self.white), "below the point")
        XCTAssertEqual(hex(pixels.rgb(115, 58)), hex(Self.white), "left of the point")
        // The frame's left side is a black line 0.8 pixels wide centred on x = 48, so it covers
        // 0.4 of columns 47 and 48 each: both are the same grey, 60% white (153 = 0.6 * 255,
        // give or take Cairo's coverage rounding). Row 53 (y = 5.5) has no tick mark.
        let left = pixels.rgb(47, 53), right = pixels.rgb(48, 53)
        XCTAssertEqual(hex(left), hex(right), "the frame line straddles x = 48 evenly")
        XCTAssertEqual(left >> 16, left & 0xFF, "the frame is grey (black, antialiased)")
        XCTAssertEqual(Double(left & 0xFF), 153, accuracy: 3, "the frame covers 0.4 of a pixel column")
        XCTAssertEqual(hex(pixels.rgb(45, 53)), hex(Self.white), "left of the frame")
        XCTAssertEqual(hex(pixels.rgb(60, 53)), hex(Self.white), "inside the frame")
    }

    func testColormapEnds() {
        XCTAssertEqual(Colormap.greys.color(0).0, 1, accuracy: 1e-9)
        XCTAssertEqual(Colormap.greys.color(1).0, 0, accuracy: 1e-9)
        XCTAssertEqual(Colormap.gray.color(0.5).1, 0.5, accuracy: 1e-9)
    }
}
