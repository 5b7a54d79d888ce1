import Foundation
import Interpreter
@testable import Kernel
import XCTest

/// `%debug` and `%pdb`: the post-mortem debugger on the last error prints what CPython 3.11's
/// pdb prints for the same cells and commands (Fixtures/pdb_post_mortem.json, made by
/// Scripts/gen-pdb-reference.py).
final class DebuggerMagicTests: XCTestCase {
    struct Scenario: Decodable {
        let name: String
        let cells: [String]
        let commands: [String]
        let output: String
    }

    struct Fixture: Decodable { let scenarios: [Scenario] }

    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/pdb_post_mortem.json")

    /// A session whose `input()` answers come from `commands`, in order (nil once they run out).
    private func makeSession(answering commands: [String]) -> Session {
        let session = Session(extensions: KernelExtensions())
        var pending = commands[...]
        session.interpreter.readLine = { [weak session] prompt in
            session?.write(stream: "stdout", prompt)
            return pending.popFirst()
        }
        return session
    }

    func testPostMortemMatchesCPythonPdb() throws {
        let fixture = try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: Self.fixture))
        XCTAssertFalse(fixture.scenarios.isEmpty)
        for scenario in fixture.scenarios {
            let (failed, debug): (CellResult, CellResult) = try onInterpreterThread {
                let session = self.makeSession(answering: scenario.commands)
                var last = CellResult()
                for cell in scenario.cells { last = session.run(cell) }
                return (last, session.run("%debug"))
            }
            XCTAssertTrue(failed.failed, scenario.name)
            XCTAssertFalse(debug.failed, "\(scenario.name): \(debug.error?.traceback ?? [])")
            XCTAssertEqual(debug.text, scenario.output, scenario.name)
        }
    }

    func testDebugWithoutAnErrorSaysSo() throws {
        let result: CellResult = try onInterpreterThread {
            let session = Session(extensions: KernelExtensions())
            return session.run("%debug")
        }
        XCTAssertEqual(result.text, "ERROR: No traceback has been produced, nothing to debug.\n")
    }

    /// `%pdb on` opens the debugger right after a failing cell; the variables of the failing
    /// frame are there, and the session goes on afterwards.
    func testAutomaticDebuggerOpensAfterAnError() throws {
        let results: [CellResult] = try onInterpreterThread {
            let session = self.makeSession(answering: ["p secret", "q"])
            return [session.run("%pdb on"), session.run("def f():\n    secret = 41\n    return secret + None\n"),
                    session.run("f()"), session.run("%pdb"), session.run("f()"), session.run("1 + 1")]
        }
        XCTAssertEqual(results[0].text, "Automatic pdb calling has been turned ON\n")
        XCTAssertTrue(results[2].failed)
        XCTAssertEqual(results[2].error?.name, "TypeError")
        XCTAssertTrue(results[2].text.hasSuffix("> <cell 2>(3)f()\n-> return secret + None\n(Pdb) 41\n(Pdb) "), results[2].text)
        XCTAssertEqual(results[3].text, "Automatic pdb calling has been turned OFF\n")
        XCTAssertFalse(results[4].text.contains("(Pdb)"), results[4].text)
        XCTAssertEqual(results[5].text.trimmingCharacters(in: .whitespacesAndNewlines), "2")
    }
}
