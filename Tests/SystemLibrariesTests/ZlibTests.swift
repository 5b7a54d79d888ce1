import CZlib
import XCTest

final class ZlibTests: XCTestCase {
    func testCompressUncompressRoundTrip() {
        let source = Array(String(repeating: "tessera ", count: 100).utf8)
        var compressedSize = compressBound(uLong(source.count))
        var compressed = [UInt8](repeating: 0, count: Int(compressedSize))
        XCTAssertEqual(compress(&compressed, &compressedSize, source, uLong(source.count)), Z_OK)
        XCTAssertLessThan(Int(compressedSize), source.count)
        var restoredSize = uLong(source.count)
        var restored = [UInt8](repeating: 0, count: source.count)
        XCTAssertEqual(uncompress(&restored, &restoredSize, compressed, compressedSize), Z_OK)
        XCTAssertEqual(restored, source)
    }
}
