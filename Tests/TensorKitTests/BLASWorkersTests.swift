import XCTest
@testable import TensorKit

/// Stopping OpenBLAS's idle workers at start-up must not change what BLAS computes: the next
/// multi-threaded call restarts them.
final class BLASWorkersTests: XCTestCase {
    func testMatmulAfterStoppingWorkersMatchesNaiveProduct() throws {
        BLASWorkers.stopUntilNeeded()
        let generator = Generator(seed: 7)
        // Large enough for OpenBLAS to split the work across its threads.
        let n = 384
        let a = try Tensor.randn([n, n], generator: generator, dtype: .float64)
        let b = try Tensor.randn([n, n], generator: generator, dtype: .float64)
        let product = try a.matmul(b).doubles()
        let x = a.doubles(), y = b.doubles()
        for (i, j) in [(0, 0), (17, 300), (n - 1, n - 1), (200, 5)] {
            var expected = 0.0
            for k in 0..<n { expected += x[i * n + k] * y[k * n + j] }
            XCTAssertEqual(product[i * n + j], expected, accuracy: 1e-9)
        }
        BLASWorkers.stopUntilNeeded()
        BLASWorkers.stopUntilNeeded()
        XCTAssertEqual(try a.matmul(b).doubles(), product)
    }
}
