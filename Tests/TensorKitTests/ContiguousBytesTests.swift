import TensorKit
import XCTest

/// `withContiguousBytes`: the elements' bytes in row-major order, whatever the layout.
final class ContiguousBytesTests: XCTestCase {
    func floats(_ t: Tensor) throws -> [Float] {
        try t.withContiguousBytes { Array($0.bindMemory(to: Float.self)) }
    }

    func testContiguousTensorsGiveTheirStorage() throws {
        let t = try Tensor([1, 2, 3, 4, 5, 6] as [Float], shape: [2, 3])
        XCTAssertEqual(try floats(t), [1, 2, 3, 4, 5, 6])
        let address = try t.withContiguousBytes { $0.baseAddress }
        XCTAssertEqual(address, UnsafeRawPointer(t.dataPointer), "no copy for a contiguous tensor")
    }

    func testViewsGiveRowMajorCopies() throws {
        let t = try Tensor([1, 2, 3, 4, 5, 6] as [Float], shape: [2, 3])
        XCTAssertEqual(try floats(try t.t()), [1, 4, 2, 5, 3, 6])
        XCTAssertEqual(try t.t().withContiguousBytes { $0.count }, 6 * 4)
        let empty = try Tensor([] as [Float], shape: [0, 3])
        XCTAssertEqual(try empty.withContiguousBytes { $0.count }, 0)
    }
}
