import COpenBLAS
import XCTest

final class OpenBLASTests: XCTestCase {
    /// [[1,2],[3,4]] @ [[5,6],[7,8]] = [[19,22],[43,50]] computed by OpenBLAS's sgemm.
    func testSgemm2x2() {
        let a: [Float] = [1, 2, 3, 4]
        let b: [Float] = [5, 6, 7, 8]
        var c = [Float](repeating: 0, count: 4)
        cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, 2, 2, 2, 1, a, 2, b, 2, 0, &c, 2)
        XCTAssertEqual(c, [19, 22, 43, 50])
    }

    /// A transposed operand is read through BLAS's transpose flag, without a copy.
    func testSgemmTransposedOperand() {
        let a: [Float] = [1, 3, 2, 4]  // [[1,2],[3,4]] stored column-major
        let b: [Float] = [5, 6, 7, 8]
        var c = [Float](repeating: 0, count: 4)
        cblas_sgemm(CblasRowMajor, CblasTrans, CblasNoTrans, 2, 2, 2, 1, a, 2, b, 2, 0, &c, 2)
        XCTAssertEqual(c, [19, 22, 43, 50])
    }
}
