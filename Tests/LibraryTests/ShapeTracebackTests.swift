import Foundation
import Interpreter
import Kernel
import Library
import XCTest

/// A failed tensor operation's traceback shows, under the caret line of the frame where it
/// failed, the operands by their source text with shape and dtype; the message itself stays
/// PyTorch's word for word (taken from TorchPrograms/shape_errors.out, which PyTorch wrote).
final class ShapeTracebackTests: XCTestCase {
    static let definitions = """
        import torch
        from torch import nn
        import torch.nn.functional as F
        x = torch.ones(5, 784)
        w = torch.ones(10, 784)
        bias = torch.ones(10)
        a = torch.ones(2, 3)
        b = torch.ones(3, 2)
        t = torch.ones(10)
        m = torch.ones(3, 4)
        layer = nn.Linear(20, 10)
        def lin(x): return x @ w + bias
        """

    /// PyTorch's `Type: message` line for a case of shape_errors.py.
    static func pytorchMessage(_ name: String) throws -> String {
        let output = try String(contentsOf: TorchProgramTests.folder.appendingPathComponent("shape_errors.out"), encoding: .utf8)
        let line = output.split(separator: "\n").first { $0.hasPrefix(name + " ") }
        return String(try XCTUnwrap(line, name).dropFirst(name.count + 1))
    }

    /// The traceback lines of `cell`, run after the definitions (cell 1) in a library session.
    static func traceback(_ cell: String) -> [String] {
        InterpreterThread.run {
            let session = SessionAdapterTests.librarySession()
            session.run(definitions)
            return session.run(cell).error?.traceback ?? ["no error"]
        }
    }

    func check(_ cell: String, case name: String, frames: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        let expected = ["Traceback (most recent call last):"] + frames + [try Self.pytorchMessage(name)]
        XCTAssertEqual(Self.traceback(cell).joined(separator: "\n"), expected.joined(separator: "\n"), file: file, line: line)
    }

    func testMatmulInsideAFunctionNamesBothMatrices() throws {
        try check("lin(x)", case: "matmul", frames: [
            "  File \"<cell 2>\", line 1, in <module>",
            "    lin(x)",
            "  File \"<cell 1>\", line 12, in lin",
            "    def lin(x): return x @ w + bias",
            "                       ~~^~~",
            "                       x: [5, 784] float32   w: [10, 784] float32",
        ])
    }

    func testBroadcastArithmetic() throws {
        try check("y = a + b", case: "broadcast", frames: [
            "  File \"<cell 2>\", line 1, in <module>",
            "    y = a + b",
            "        ~~^~~",
            "        a: [2, 3] float32   b: [3, 2] float32",
        ])
    }

    func testBroadcastComparisonOverTheWholeLineHasNoCaretsButOperands() throws {
        try check("a < b", case: "broadcast_compare", frames: [
            "  File \"<cell 2>\", line 1, in <module>",
            "    a < b",
            "    a: [2, 3] float32   b: [3, 2] float32",
        ])
    }

    func testCatNamesTheListElements() throws {
        try check("c = torch.cat([a, torch.ones(2, 4)])", case: "cat", frames: [
            "  File \"<cell 2>\", line 1, in <module>",
            "    c = torch.cat([a, torch.ones(2, 4)])",
            "        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
            "        a: [2, 3] float32   torch.ones(2, 4): [2, 4] float32",
        ])
    }

    func testStackOfAListVariableShowsEachShape() throws {
        try check("pair = [a, torch.ones(2, 4)]\ntorch.stack(pair)", case: "stack", frames: [
            "  File \"<cell 2>\", line 2, in <module>",
            "    torch.stack(pair)",
            "    pair: [[2, 3] float32, [2, 4] float32]",
        ])
    }

    func testViewNamesTheTensorNotTheLiteralSizes() throws {
        try check("v = t.view(-1, 7)", case: "view", frames: [
            "  File \"<cell 2>\", line 1, in <module>",
            "    v = t.view(-1, 7)",
            "        ^^^^^^^^^^^^^",
            "        t: [10] float32",
        ])
    }

    func testReshapeWithAVariableSizeShowsItsType() throws {
        try check("n = 3\nr = t.reshape(n, 4)", case: "reshape", frames: [
            "  File \"<cell 2>\", line 2, in <module>",
            "    r = t.reshape(n, 4)",
            "        ^^^^^^^^^^^^^^^",
            "        t: [10] float32   n: int",
        ])
    }

    func testIndexing() throws {
        try check("m[5]", case: "index", frames: [
            "  File \"<cell 2>\", line 1, in <module>",
            "    m[5]",
            "    ~^^^",
            "    m: [3, 4] float32",
        ])
        try check("row = m[0, 7]", case: "index_second", frames: [
            "  File \"<cell 2>\", line 1, in <module>",
            "    row = m[0, 7]",
            "          ~^^^^^^",
            "          m: [3, 4] float32",
        ])
    }

    /// The layer's call names its input in the cell's frame (the call path saved the arguments);
    /// the frame of `forward` (Python in the Library) names the input, weight and bias.
    func testLinearLayerNamesItsInputAndWeight() throws {
        let lines = Self.traceback("out = layer(x)")
        XCTAssertEqual(Array(lines.prefix(5)), [
            "Traceback (most recent call last):",
            "  File \"<cell 2>\", line 1, in <module>",
            "    out = layer(x)",
            "          ^^^^^^^^",
            "          x: [5, 784] float32",
        ], lines.joined(separator: "\n"))
        XCTAssertEqual(Array(lines.suffix(4)), [
            "    return F.linear(input, self.weight, self.bias)",
            "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
            "           input: [5, 784] float32   self.weight: [10, 20] float32   self.bias: [10] float32",
            try Self.pytorchMessage("linear_layer"),
        ], lines.joined(separator: "\n"))
    }

    func testFunctionalLinear() throws {
        try check("F.linear(x, torch.ones(10, 20))", case: "functional_linear", frames: [
            "  File \"<cell 2>\", line 1, in <module>",
            "    F.linear(x, torch.ones(10, 20))",
            "    x: [5, 784] float32   torch.ones(10, 20): [10, 20] float32",
        ])
    }

    func testMatrixTimesVector() throws {
        try check("m @ torch.ones(5)", case: "matrix_vector", frames: [
            "  File \"<cell 2>\", line 1, in <module>",
            "    m @ torch.ones(5)",
            "    ~~^~~~~~~~~~~~~~~",
            "    m: [3, 4] float32   torch.ones(5): [5] float32",
        ])
    }

    /// Plain Python keeps CPython 3.11's traceback: carets, and no operand line.
    func testPlainPythonErrorsHaveCaretsOnly() {
        let lines = Self.traceback("n = 1\ns = 'a'\nr = n + s")
        XCTAssertEqual(lines, [
            "Traceback (most recent call last):",
            "  File \"<cell 2>\", line 3, in <module>",
            "    r = n + s",
            "        ~~^~~",
            "TypeError: unsupported operand type(s) for +: 'int' and 'str'",
        ])
    }
}
