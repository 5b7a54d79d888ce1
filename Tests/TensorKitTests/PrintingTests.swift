import Foundation
import XCTest
@testable import TensorKit

/// `repr(t)` of 100+ tensors equals PyTorch's character for character (Fixtures/printing.json),
/// and numpy's `repr`/`str` of arrays (Fixtures/numpy-printing.json).
final class PrintingTests: XCTestCase {
    func testTensorReprMatchesPyTorch() throws {
        let cases = try Fixture.load("printing.json")
        XCTAssertGreaterThanOrEqual(cases.count, 100)
        for c in cases {
            let label = c["label"] as? String ?? ""
            var t = try Fixture.input(c["input"] as? [String: Any] ?? [:])
            if (c["requires_grad"] as? NSNumber)?.boolValue == true {
                t = try t.clone()
                try t.requiresGrad_()
            }
            XCTAssertEqual(t.repr(), c["repr"] as? String, label)
            XCTAssertEqual(t.description, c["str"] as? String, label)
        }
    }

    func testNumpyReprMatchesNumpy() throws {
        let cases = try Fixture.load("numpy-printing.json")
        XCTAssertGreaterThanOrEqual(cases.count, 20)
        for c in cases {
            let label = c["label"] as? String ?? ""
            let t = try Fixture.tensor(c["input"] as? [String: Any] ?? [:])
            XCTAssertEqual(t.numpyRepr, c["repr"] as? String, label)
            XCTAssertEqual(t.numpyString, c["str"] as? String, label)
        }
    }

    func testSizeAndStorageDescriptions() throws {
        XCTAssertEqual(Tensor.sizeDescription([2, 3]), "torch.Size([2, 3])")
        XCTAssertEqual(Tensor.sizeDescription([]), "torch.Size([])")
        let c = try Tensor([Float(10), 20, 30])
        XCTAssertEqual(c.storageDescription(), " 10.0\n 20.0\n 30.0\n[torch.storage.TypedStorage(dtype=torch.float32, device=cpu) of size 3]")
    }

    func testGradFnSuffix() throws {
        let x = try Tensor([Float(1), 2, 3]).requiresGrad_()
        let y = try x * 2
        XCTAssertEqual(y.repr(), "tensor([2., 4., 6.], grad_fn=<MulBackward0>)")
        XCTAssertEqual(try x.sum().repr(), "tensor(6., grad_fn=<SumBackward0>)")
    }
}
