import XCTest
@testable import TensorKit

/// OpenBLAS's kernel choice: a core without AVX2 kernels on a CPU that runs TensorKit (AVX2 and
/// FMA) is a misdetection and becomes Haswell; a user's OPENBLAS_CORETYPE is kept.
final class BLASKernelChoiceTests: XCTestCase {
    func testCoresWithoutAVX2KernelsAreReplacedByHaswell() {
        XCTAssertEqual(BLASKernelChoice.replacement(detected: "Prescott", userChoice: nil), "Haswell")
        XCTAssertEqual(BLASKernelChoice.replacement(detected: "Sandybridge", userChoice: nil), "Haswell")
        XCTAssertEqual(BLASKernelChoice.replacement(detected: "Unknown", userChoice: ""), "Haswell")
        XCTAssertNil(BLASKernelChoice.replacement(detected: "Haswell", userChoice: nil))
        XCTAssertNil(BLASKernelChoice.replacement(detected: "SkylakeX", userChoice: nil))
        XCTAssertNil(BLASKernelChoice.replacement(detected: "Zen", userChoice: nil))
        XCTAssertNil(BLASKernelChoice.replacement(detected: "Prescott", userChoice: "Prescott"))
    }

    func testAfterTheChoiceOpenBLASRunsAVX2KernelsAndComputesTheSameProduct() throws {
        let generator = Generator(seed: 11)
        let a = try Tensor.randn([200, 300], generator: generator, dtype: .float64)
        let b = try Tensor.randn([300, 150], generator: generator, dtype: .float64)
        let before = try a.matmul(b).doubles()
        BLASKernelChoice.replaceMisdetectedCore()
        XCTAssertTrue(BLASKernelChoice.avx2Cores.contains(BLASKernelChoice.coreName.lowercased()),
                      "OpenBLAS runs \(BLASKernelChoice.coreName)")
        let after = try a.matmul(b).doubles()
        for (x, y) in zip(before, after) { XCTAssertEqual(x, y, accuracy: 1e-9) }
    }
}
