import Foundation
import Interpreter
import XCTest

/// The standard modules written in Python are embedded at build time from
/// Sources/Interpreter/Python; tracebacks and `__file__` name those files and their real lines.
final class EmbeddedModuleTests: XCTestCase {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func testTracebackNamesTheModuleFileAndItsRealLine() throws {
        let fileName = "Sources/Interpreter/Python/collections/__init__.py"
        let lines = try String(contentsOf: Self.repositoryRoot.appendingPathComponent(fileName), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false)
        let raiseIndex = try XCTUnwrap(lines.firstIndex { $0.contains("Encountered duplicate field name") })

        let interpreter = Interpreter()
        let namespace = interpreter.makeNamespace(moduleName: "__main__")
        do {
            try interpreter.run("from collections import namedtuple\nnamedtuple('P', 'x x')\n",
                                fileName: "<cell>", namespace: namespace)
            XCTFail("a duplicate field name must raise ValueError")
        } catch let exception as PyException {
            let traceback = interpreter.formatException(exception)
            XCTAssertTrue(traceback.contains("File \"\(fileName)\", line \(raiseIndex + 1), in namedtuple\n"), traceback)
            XCTAssertTrue(traceback.contains("    " + lines[raiseIndex].trimmingCharacters(in: .whitespaces) + "\n"), traceback)
            XCTAssertTrue(traceback.hasSuffix("ValueError: Encountered duplicate field name: 'x'\n"), traceback)
        }
    }

    func testModulesKnowTheirFileAndPackagesTheirPath() throws {
        let interpreter = Interpreter()
        var output = ""
        interpreter.standardOutput = { output += $0 }
        try interpreter.run("import collections, functools\nprint(collections.__file__, collections.__path__, functools.__file__)\n",
                            namespace: interpreter.makeNamespace(moduleName: "__main__"))
        XCTAssertEqual(output, "Sources/Interpreter/Python/collections/__init__.py ['Sources/Interpreter/Python/collections'] "
                           + "Sources/Interpreter/Python/functools.py\n")
        for file in ["Sources/Interpreter/Python/collections/__init__.py", "Sources/Interpreter/Python/functools.py"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: Self.repositoryRoot.appendingPathComponent(file).path), file)
        }
    }
}
