import Kernel
import XCTest

final class TerminalColoursTests: XCTestCase {
    func testReadsTheEnvironmentAsColourAwareProgramsDo() {
        XCTAssertEqual(TerminalColours.detect(environment: ["TERM": "xterm-256color", "COLORTERM": "truecolor"]), "truecolor")
        XCTAssertEqual(TerminalColours.detect(environment: ["TERM": "xterm", "COLORTERM": "24bit"]), "truecolor")
        XCTAssertEqual(TerminalColours.detect(environment: ["TERM": "xterm-256color"]), "256")
        XCTAssertNil(TerminalColours.detect(environment: ["TERM": "dumb", "COLORTERM": "truecolor"]))
        XCTAssertNil(TerminalColours.detect(environment: ["TERM": "xterm", "NO_COLOR": "1"]))
    }
}
