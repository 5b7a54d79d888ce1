import Foundation
import Interpreter
import Kernel
import Library
import XCTest

/// `%shapes` and `%%shapes` on the book's cells print what PyTorch computes for every
/// tensor-valued sub-expression (Fixtures/shapes-reference.json, written with PyTorch by
/// Scripts/gen-shapes-reference.py, an independent implementation over CPython's ast).
final class ShapesMagicTests: XCTestCase {
    struct Reference: Decodable {
        struct Scenario: Decodable {
            let name: String
            let cells: [Cell]
        }
        struct Cell: Decodable {
            let source: String
            let shapes: Bool
            let output: String?
        }
        let scenarios: [Scenario]
    }

    static func reference() throws -> Reference {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/shapes-reference.json")
        return try JSONDecoder().decode(Reference.self, from: Data(contentsOf: url))
    }

    static func stdout(_ result: CellResult) -> String {
        result.outputs.map { output -> String in
            if case .stream(name: "stdout", let text) = output { return text }
            return ""
        }.joined()
    }

    func testBookCellsPrintPyTorchsShapes() throws {
        let reference = try Self.reference()
        XCTAssertEqual(reference.scenarios.count, 2)
        for scenario in reference.scenarios {
            let results: [(String, String?, CellResult)] = InterpreterThread.run {
                let session = SessionAdapterTests.librarySession()
                session.run("import torch")
                return scenario.cells.map { cell in
                    let source = cell.shapes && !cell.source.hasPrefix("%shapes ") ? "%%shapes\n" + cell.source : cell.source
                    return (cell.source, cell.shapes ? cell.output : nil, session.run(source))
                }
            }
            for (source, expected, result) in results {
                XCTAssertFalse(result.failed, "\(scenario.name): \(source)\n\(result.text)")
                if let expected { XCTAssertEqual(Self.stdout(result), expected, "\(scenario.name): \(source)") }
            }
        }
    }

    /// On a failure, `%shapes` has printed everything up to the failing operation, then the
    /// error's traceback names the operands.
    func testFailureShowsTheShapesSoFarThenTheAnnotatedError() throws {
        let result: CellResult = InterpreterThread.run {
            let session = SessionAdapterTests.librarySession()
            session.run("import torch\nx = torch.ones(5, 784)\nw = torch.ones(10, 784)\nb = torch.ones(10)")
            return session.run("%shapes y = (x + 1) @ w + b")
        }
        XCTAssertEqual(Self.stdout(result), "      x: [5, 784] float32\n    x + 1: [5, 784] float32\n    w: [10, 784] float32\n")
        let traceback = result.error?.traceback ?? []
        XCTAssertEqual(Array(traceback.suffix(5)), [
            "  File \"<shapes>\", line 1, in <module>",
            "    y = (x + 1) @ w + b",
            "        ~~~~~~~~^~~",
            "        x + 1: [5, 784] float32   w: [10, 784] float32",
            "RuntimeError: mm: mat1 and mat2 shapes cannot be multiplied (5x784 and 10x784)",
        ], traceback.joined(separator: "\n"))
    }

    /// Without `%shapes`, code compiled for it stays silent: a function defined under
    /// `%%shapes` reports only while a `%shapes` statement runs.
    func testTracedFunctionsAreSilentOutsideShapes() throws {
        let outputs: [String] = InterpreterThread.run {
            let session = SessionAdapterTests.librarySession()
            session.run("import torch\nx = torch.ones(2, 3)")
            return [session.run("%%shapes\ndef double(v): return v * 2"), session.run("y = double(x)"),
                    session.run("%shapes y = double(x)")].map(Self.stdout)
        }
        XCTAssertEqual(outputs, ["", "", "  x: [2, 3] float32\n    v: [2, 3] float32\n  v * 2: [2, 3] float32\ndouble(x): [2, 3] float32\n"])
    }
}
