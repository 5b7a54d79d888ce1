import XCTest
@testable import TensorKit

final class SmokeTests: XCTestCase {
    func testPrintSome() throws {
        let g = Generator()
        g.manualSeed(42); print(try Tensor.rand([5], generator: g).doubles())
        g.manualSeed(42); print(try Tensor.randn([3], generator: g).doubles())
        g.manualSeed(42); print(try Tensor.randn([20], generator: g).doubles().prefix(4), try Tensor.randn([20], generator: g).doubles().suffix(2))
        g.manualSeed(42); print(try Tensor.randint(high: 10, [8], generator: g).ints())
        g.manualSeed(42); print(try Tensor.randperm(10, generator: g).ints())
        g.manualSeed(0); print(try Tensor.randn([17], generator: g).doubles())
        g.manualSeed(0); print(try Tensor.rand([3], generator: g, dtype: .float64).doubles())
    }
}
