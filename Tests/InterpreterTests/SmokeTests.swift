import Interpreter
import XCTest

final class SmokeTests: XCTestCase {
    func run(_ source: String) throws -> String {
        let interpreter = Interpreter()
        var output = ""
        interpreter.standardOutput = { output += $0 }
        try interpreter.run(source, namespace: interpreter.makeNamespace())
        return output
    }

    func testPrintArithmetic() throws {
        XCTAssertEqual(try run("print(1 + 2, 3.5 * 2, 'a' + 'b')"), "3 7.0 ab\n")
    }
}
