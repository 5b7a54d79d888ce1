import Foundation
import Interpreter
import XCTest

/// Tracebacks draw CPython 3.11's caret lines: every program of
/// Fixtures/traceback-carets.json (written by Scripts/gen-traceback-carets.py with CPython)
/// fails in Tessera with the traceback CPython printed, byte for byte.
final class TracebackCaretTests: XCTestCase {
    struct Fixture: Decodable {
        struct Program: Decodable {
            let name: String
            let source: String
            let stderr: String
        }
        let programs: [Program]
    }

    func testTracebacksMatchCPython() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/traceback-carets.json")
        let fixture = try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
        XCTAssertEqual(fixture.programs.count, 17)
        for program in fixture.programs {
            let interpreter = Interpreter()
            interpreter.standardOutput = { _ in }
            var traceback = "no exception"
            do {
                try interpreter.run(program.source, fileName: program.name + ".py",
                                    namespace: interpreter.makeNamespace(moduleName: "__main__"))
            } catch let exception as PyException {
                traceback = interpreter.formatException(exception)
            }
            XCTAssertEqual(traceback, program.stderr, program.name)
        }
    }
}
