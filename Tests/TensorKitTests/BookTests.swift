import XCTest
@testable import TensorKit

/// What the fastai book shows about views, storage and memory.
final class BookTests: XCTestCase {
    /// Chapter 17: `c.expand_as(m)` has stride (0, 1); after `c.unsqueeze(1)` it is (1, 0); both
    /// share c's storage of three floats.
    func testExpandAsStridesAndStorage() throws {
        let c = try Tensor([Float(10), 20, 30])
        let m = try Tensor([Float(1), 2, 3, 4, 5, 6, 7, 8, 9], shape: [3, 3])
        let t = try c.expandAs(m)
        XCTAssertEqual(t.strides, [0, 1])
        XCTAssertTrue(t.sharesStorage(with: c))
        XCTAssertEqual(t.storage.byteCount, 12)
        XCTAssertEqual(t.storageDescription(), c.storageDescription())
        XCTAssertEqual(t.repr(), "tensor([[10., 20., 30.],\n        [10., 20., 30.],\n        [10., 20., 30.]])")
        let u = try c.unsqueeze(1).expandAs(m)
        XCTAssertEqual(u.strides, [1, 0])
        XCTAssertTrue(u.sharesStorage(with: c))
        XCTAssertEqual(try (m + c).repr(), "tensor([[11., 22., 33.],\n        [14., 25., 36.],\n        [17., 28., 39.]])")
        XCTAssertEqual(try c.unsqueeze(0).shape, [1, 3])
        XCTAssertEqual(try c.index([.newAxis, .all]).shape, [1, 3])
        XCTAssertEqual(try c.index([.all, .newAxis]).shape, [3, 1])
    }

    /// Chapter 17's triple loop: `c[i,j] += a[i,k] * b[k,j]` through 0-d views.
    func testScalarLoopMatmul() throws {
        let g = Generator(seed: 0)
        let a = try Tensor.randn([5, 4], generator: g), b = try Tensor.randn([4, 3], generator: g)
        let c = try Tensor.zeros([5, 3])
        for i in 0..<5 {
            for j in 0..<3 {
                for k in 0..<4 {
                    let product = try a.index([.int(i), .int(k)]) * b.index([.int(k), .int(j)])
                    let target = try c.index([.int(i), .int(j)])
                    try target.add_(product)
                    try c.indexPut([.int(i), .int(j)], target)
                }
            }
        }
        let expected = try a.matmul(b)
        for (x, y) in zip(c.doubles(), expected.doubles()) { XCTAssertEqual(x, y, accuracy: 1e-5) }
    }

    /// An allocation that cannot be satisfied is an error, not a crash.
    func testAbsurdAllocationThrows() {
        XCTAssertThrowsError(try Tensor.zeros([1_000_000_000_000])) { e in
            XCTAssertEqual((e as? TensorError)?.kind, .runtime)
            XCTAssertEqual((e as? TensorError)?.message, "DefaultCPUAllocator: can't allocate memory: you tried to allocate 4000000000000 bytes. Error code 12 (Cannot allocate memory)")
        }
        XCTAssertThrowsError(try Tensor.ones([Int.max / 2, 4]))
        XCTAssertThrowsError(try Tensor.zeros([-1]))
    }

    /// Storage is freed when the last view goes away.
    func testStorageFreedWithLastView() throws {
        weak var weakStorage: Storage?
        var view: Tensor?
        do {
            let t = try Tensor.zeros([1000])
            weakStorage = t.storage
            view = try t.index([.slice(start: 10, stop: 20, step: nil)])
        }
        XCTAssertNotNil(weakStorage)
        view = nil
        XCTAssertNil(weakStorage)
        _ = view
    }

    /// Errors carry the Python exception kind and PyTorch's wording.
    func testErrorsMapToPythonExceptions() throws {
        let t = try Tensor([Int](arrayLiteral: 1, 2, 3))
        XCTAssertThrowsError(try t.index([.int(5)])) { e in
            XCTAssertEqual((e as? TensorError)?.description, "IndexError: index 5 is out of bounds for dimension 0 with size 3")
        }
        XCTAssertThrowsError(try t.sum(dims: [1])) { e in
            XCTAssertEqual((e as? TensorError)?.description, "IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)")
        }
        XCTAssertThrowsError(try t.add(try Tensor([Int](arrayLiteral: 1, 2)))) { e in
            XCTAssertEqual((e as? TensorError)?.description, "RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 0")
        }
        XCTAssertThrowsError(try t.item()) { e in
            XCTAssertEqual((e as? TensorError)?.message, "a Tensor with 3 elements cannot be converted to Scalar")
        }
        XCTAssertThrowsError(try t.truthValue()) { e in
            XCTAssertEqual((e as? TensorError)?.message, "Boolean value of Tensor with more than one value is ambiguous")
        }
        XCTAssertThrowsError(try t.mean()) { e in
            XCTAssertEqual((e as? TensorError)?.kind, .notImplemented)
        }
    }

    /// Promotion of tensors with Python scalars, as torch.result_type.
    func testScalarPromotion() throws {
        let longs = try Tensor([Int](arrayLiteral: 1, 2))
        XCTAssertEqual(try (longs * 1.5).dtype, .float32)
        XCTAssertEqual(try (longs / 2).dtype, .float32)
        XCTAssertEqual(try (longs + 1).dtype, .int64)
        let bytes = try Tensor(bytes: [1, 2])
        XCTAssertEqual(try (bytes + 300).dtype, .uint8)
        let doubles = try Tensor([Double(1)])
        XCTAssertEqual(try (doubles * 0.1).doubles(), [0.1])
        XCTAssertEqual(try (try Tensor([true]) + true).dtype, .bool)
        XCTAssertEqual(Elementwise.resultType([try Tensor([Float(1)]), try Tensor(.float(1), dtype: .float64)]), .float32)
        XCTAssertEqual(Elementwise.resultType([try Tensor([Int](arrayLiteral: 1)), try Tensor(.float(1), dtype: .float64)]), .float64)
    }
}
