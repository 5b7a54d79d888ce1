import CPNG
import XCTest

final class PNGTests: XCTestCase {
    /// Encodes an 8-bit gray image with libpng's simplified API and decodes it again: every byte
    /// must come back unchanged.
    func testGrayImageRoundTripIsByteExact() throws {
        let width = 7, height = 5
        let pixels: [UInt8] = (0..<(width * height)).map { UInt8(($0 * 37) % 256) }

        var image = png_image()
        image.version = UInt32(PNG_IMAGE_VERSION)
        image.width = UInt32(width)
        image.height = UInt32(height)
        image.format = UInt32(PNG_FORMAT_GRAY)
        var size: png_alloc_size_t = 0
        XCTAssertNotEqual(png_image_write_to_memory(&image, nil, &size, 0, pixels, 0, nil), 0)
        var encoded = [UInt8](repeating: 0, count: Int(size))
        XCTAssertNotEqual(png_image_write_to_memory(&image, &encoded, &size, 0, pixels, 0, nil), 0)
        XCTAssertEqual(Array(encoded.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])

        var decoded = png_image()
        decoded.version = UInt32(PNG_IMAGE_VERSION)
        XCTAssertNotEqual(png_image_begin_read_from_memory(&decoded, encoded, Int(size)), 0)
        XCTAssertEqual(Int(decoded.width), width)
        XCTAssertEqual(Int(decoded.height), height)
        decoded.format = UInt32(PNG_FORMAT_GRAY)
        var back = [UInt8](repeating: 0, count: width * height)
        XCTAssertNotEqual(png_image_finish_read(&decoded, nil, &back, 0, nil), 0)
        XCTAssertEqual(back, pixels)
    }
}
