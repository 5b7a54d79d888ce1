import Foundation
import Interpreter
import Kernel
import Library
import XCTest

/// What the session's inspection commands say of a tensor: `%whos`'s Data/Info column (IPython's
/// ndarray line: shape, elements, dtype, size, and requires_grad), and `x?`, which starts with
/// the tensor's layout and autograd state. The values are those PyTorch reports for the same
/// tensors (`y.shape`, `y.stride()`, `y.is_contiguous()`, `y.grad_fn`: torch.Size([3, 2]),
/// (1, 3), False, TBackward0).
final class TensorInspectionTests: XCTestCase {
    static let definitions = """
        import torch
        x = torch.ones(5, 784)
        w = torch.ones(2, 3, requires_grad=True)
        y = (w * 2).t()
        big = torch.zeros(1000, 300, dtype=torch.float64)
        n = torch.tensor(3)
        """

    func testWhosDataInfoIsIPythonsArrayLine() throws {
        let text: String = InterpreterThread.run {
            let session = SessionAdapterTests.librarySession()
            session.run(Self.definitions)
            return session.run("%whos").text
        }
        let info = Dictionary(uniqueKeysWithValues: text.split(separator: "\n").dropFirst(2).compactMap { line -> (String, String)? in
            guard let name = line.split(separator: " ").first, let range = line.range(of: "   ", options: .backwards) else { return nil }
            return (String(name), String(line[range.upperBound...]).trimmingCharacters(in: .whitespaces))
        })
        XCTAssertEqual(info["x"], "5x784: 3920 elems, torch.float32, 15.3 KB", text)
        XCTAssertEqual(info["w"], "2x3: 6 elems, torch.float32, 24 bytes, requires_grad", text)
        XCTAssertEqual(info["y"], "3x2: 6 elems, torch.float32, 24 bytes, requires_grad", text)
        XCTAssertEqual(info["big"], "1000x300: 300000 elems, torch.float64, 2.3 MB", text)
        XCTAssertEqual(info["n"], ": 1 elems, torch.int64, 8 bytes", text)
    }

    func testInspectingATensorStartsWithItsLayout() throws {
        let text: String = InterpreterThread.run {
            let session = SessionAdapterTests.librarySession()
            session.run(Self.definitions)
            return session.run("y?").text
        }
        let lines = text.split(separator: "\n").map(String.init)
        XCTAssertEqual(Array(lines.prefix(8)), [
            "Shape:         torch.Size([3, 2])",
            "Dtype:         torch.float32",
            "Device:        cpu",
            "Strides:       (1, 3)",
            "Contiguous:    False",
            "Requires grad: True",
            "Grad fn:       <TBackward0>",
            "Type:          Tensor",
        ], text)
    }
}
