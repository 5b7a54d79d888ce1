import XCTest
@testable import TensorKit

/// Hostile inputs produce errors, never crashes.
final class RobustnessTests: XCTestCase {
    func testHostileInputsThrowInsteadOfTrapping() throws {
        let t = try Tensor.arange(.int(24)).reshape([2, 3, 4])
        XCTAssertEqual(try t.index([.slice(start: nil, stop: nil, step: Int.max)]).shape, [1, 3, 4])
        XCTAssertEqual(try t.index([.slice(start: Int.min, stop: Int.max, step: nil)]).shape, [2, 3, 4])
        XCTAssertThrowsError(try t.index([.ellipsis, .ellipsis, .int(0)]))
        XCTAssertThrowsError(try t.narrow(0, 1, Int.max))
        XCTAssertThrowsError(try t.index([.int(Int.min)]))
        XCTAssertThrowsError(try Tensor.randperm(1 << 50, generator: Generator()))
        XCTAssertThrowsError(try Tensor.arange(.int(0), .int(Int.max)))
        XCTAssertThrowsError(try Tensor.linspace(0, 1, steps: 1 << 50))
        XCTAssertThrowsError(try Tensor.eye(1 << 31, 1 << 31))
        XCTAssertThrowsError(try Tensor.full([1 << 40, 1 << 40], .int(1)))
        XCTAssertThrowsError(try t.view([-1, -1]))
        XCTAssertThrowsError(try t.reshape([5, -1]))
        XCTAssertThrowsError(try t.expand([Int.max, 3, 4]).add(1))
        XCTAssertThrowsError(try t.permute([0, 1, 5]))
        XCTAssertThrowsError(try t.sum(dims: [7]))
        XCTAssertThrowsError(try t.floorDivide(0))
        XCTAssertThrowsError(try t.remainder(try Tensor.zeros([4], dtype: .int64)))
        XCTAssertThrowsError(try t.asStrided([10, 10], [100, 100]))
        XCTAssertThrowsError(try Tensor(.list([.list([.scalar(1)]), .scalar(2)])))
        XCTAssertThrowsError(try Tensor.einsum("ij,jk->ik", [t]))
        XCTAssertThrowsError(try Tensor.einsum("i..j", [t]))
        XCTAssertThrowsError(try Tensor.einsum("ij->i", []))
        XCTAssertThrowsError(try NPYFormat.decode([]))
        XCTAssertThrowsError(try Safetensors.decode(Array(repeating: 255, count: 16)))
        XCTAssertThrowsError(try IDXReader.decode([0, 0, 8, 2, 255, 255, 255, 255, 255, 255, 255, 255]))
        XCTAssertThrowsError(try PNGCodec.decode(Array(repeating: 0x89, count: 100)))
        XCTAssertThrowsError(try Tensor(values: [Int64](), shape: [-1], dtype: .int64))
        // Integer arithmetic wraps like C++ instead of trapping.
        let big = try Tensor([Int.max, Int.min])
        XCTAssertEqual(try (big + 1).ints(), [Int.min, Int.min + 1])
        XCTAssertEqual(try (big * 2).ints(), [-2, 0])
        XCTAssertEqual(try big.floorDivide(-1).ints(), [-Int.max, Int.min])
        XCTAssertEqual(try big.abs().ints(), [Int.max, Int.min])
        XCTAssertEqual(try (try Tensor([Float.nan, 1e30])).long().ints(), [Int.min, Int.min])
    }
}
