import Foundation
import Interpreter
import Kernel
import Library
import XCTest

/// The first cells of the fastbook notebooks, as published: `!pip install`, `import fastbook`,
/// `setup_book()`, fastai's star imports and the standard modules they carry.
final class FastbookSetupTests: XCTestCase {
    func run(_ cells: [String]) -> [CellResult] {
        InterpreterThread.run {
            let session = SessionAdapterTests.librarySession()
            return cells.map { session.run($0) }
        }
    }

    func testTheNotebooksFirstCellsRun() {
        let results = run(["!pip install -Uqq fastbook", "import fastbook\nfastbook.setup_book()",
                           "from fastai.vision.all import *\nfrom fastbook import *",
                           // Chapter 4's cell.
                           "ds = L(enumerate(string.ascii_lowercase))\nds",
                           "partial, Path, np.__name__, plt.__name__, F.__name__, nn.__name__, os.sep, math.pi, random.__name__, re.__name__, json.__name__, glob.__name__, shutil.__name__"])
        XCTAssertEqual(results[0].text, "Tessera provides fastbook itself (no install needed): import it directly.\n")
        for result in results { XCTAssertNil(result.error, "\(result.error?.traceback ?? [])") }
        // fastcore 1.5's coll_repr, which the chapter references were made with; the printed
        // book, from an older fastcore, has a space after each comma.
        XCTAssertEqual(results[3].text, "(#26) [(0, 'a'),(1, 'b'),(2, 'c'),(3, 'd'),(4, 'e'),(5, 'f'),(6, 'g'),(7, 'h'),(8, 'i'),(9, 'j')...]")
    }

    /// Chapter 17 starts with `from fastai.gen_doc.nbdoc import *`, and its `class Model(Module)`
    /// then needs no `super().__init__()`: fastai's Module.
    func testNbdocBringsFastaisModule() {
        let results = run(["from fastai.gen_doc.nbdoc import *",
                           "class Model(Module):\n    def __init__(self):\n        self.lin = nn.Linear(2, 1)\n    def forward(self, x):\n        return self.lin(x)",
                           "Model()(torch.ones(3, 2)).shape", "len(list(Model().parameters()))"])
        for result in results { XCTAssertNil(result.error, "\(result.error?.traceback ?? [])") }
        XCTAssertEqual(results[2].text, "torch.Size([3, 1])")
        XCTAssertEqual(results[3].text, "2")
    }

    func testEnvReachesOsEnviron() {
        let results = run(["import os", "%env TESSERA_LIBRARY_ENV_TEST=on", "os.environ['TESSERA_LIBRARY_ENV_TEST']"])
        XCTAssertEqual(results[2].text, "'on'")
        unsetenv("TESSERA_LIBRARY_ENV_TEST")
    }
}

/// `obj?` on native functions shows the reference's docstring (CPython's for builtins, PyTorch's
/// for torch), from the tables Scripts/gen-builtin-docs.py writes.
final class NativeHelpTests: XCTestCase {
    func testHelpOnBuiltinsMethodsAndTorchFunctions() throws {
        let results: [CellResult] = InterpreterThread.run {
            let session = SessionAdapterTests.librarySession()
            return ["import torch\nimport torch.nn.functional as F\nx = torch.ones(2)\nlst = [1]", "len?", "lst.append?", "torch.cat?", "x.sum?", "F.relu?"].map { session.run($0) }
        }
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let docs = try String(contentsOf: repository.appendingPathComponent("Sources/Interpreter/Python/_builtin_docs.py"), encoding: .utf8)
        let torchDocs = try String(contentsOf: repository.appendingPathComponent("Sources/Library/Python/torch/_docs.py"), encoding: .utf8)
        func entry(_ table: String, _ name: String) -> String? {
            // The generated line `    'name': 'text',` holds the docstring as a Python literal;
            // its first line is enough to recognise it.
            guard let line = table.split(separator: "\n").first(where: { $0.hasPrefix("    '\(name)': ") }) else { return nil }
            let literal = line.dropFirst("    '\(name)': '".count)
            return String(literal.prefix { $0 != "\\" && $0 != "'" })
        }
        XCTAssertNil(results[0].error)
        for (index, table, name) in [(1, docs, "len"), (2, docs, "list.append"), (3, torchDocs, "torch.cat"), (4, torchDocs, "Tensor.sum"),
                                     (5, torchDocs, "torch.nn.functional.relu")] {
            let first = try XCTUnwrap(entry(table, name), name)
            XCTAssertFalse(first.isEmpty, name)
            XCTAssertTrue(results[index].text.contains("Docstring:"), results[index].text)
            XCTAssertTrue(results[index].text.contains(first), "\(name): \(results[index].text)")
        }
        XCTAssertTrue(results[2].text.hasPrefix("Signature: lst.append("), results[2].text)
    }
}
