import CCairo
import XCTest

final class CairoTests: XCTestCase {
    /// Draws a filled rectangle on an ARGB surface, checks the pixels, and encodes it as PNG.
    func testSurfaceDrawnAndEncodedAsPNG() {
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 20, 10) else {
            return XCTFail("no surface")
        }
        defer { cairo_surface_destroy(surface) }
        let cr = cairo_create(surface)
        cairo_set_source_rgb(cr, 1, 1, 1)
        cairo_paint(cr)
        cairo_set_source_rgb(cr, 1, 0, 0)
        cairo_rectangle(cr, 0, 0, 10, 10)
        cairo_fill(cr)
        cairo_destroy(cr)
        cairo_surface_flush(surface)

        let stride = Int(cairo_image_surface_get_stride(surface))
        let data = cairo_image_surface_get_data(surface)!
        func pixel(_ x: Int, _ y: Int) -> UInt32 {
            data.advanced(by: y * stride + x * 4).withMemoryRebound(to: UInt32.self, capacity: 1) { $0.pointee }
        }
        XCTAssertEqual(pixel(2, 2), 0xFFFF_0000)  // opaque red
        XCTAssertEqual(pixel(15, 5), 0xFFFF_FFFF)  // opaque white

        final class Sink { var bytes: [UInt8] = [] }
        let sink = Sink()
        let status = cairo_surface_write_to_png_stream(surface, { closure, data, length in
            let sink = Unmanaged<Sink>.fromOpaque(closure!).takeUnretainedValue()
            sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
            return CAIRO_STATUS_SUCCESS
        }, Unmanaged.passUnretained(sink).toOpaque())
        XCTAssertEqual(status, CAIRO_STATUS_SUCCESS)
        XCTAssertEqual(Array(sink.bytes.prefix(4)), [0x89, 0x50, 0x4E, 0x47])
        XCTAssertGreaterThan(sink.bytes.count, 50)
    }
}
