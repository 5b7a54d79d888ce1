import XCTest

final class CommandLineTests: XCTestCase {
    func testVersionPrintsVersionAndSucceeds() throws {
        let result = try TesseraProcess.run(["--version"])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.stdout.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil, result.stdout)
    }

    func testHelpDescribesUsageAndSucceeds() throws {
        let result = try TesseraProcess.run(["--help"])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.stdout.contains("USAGE: tessera"), result.stdout)
    }

    func testUnknownOptionIsAUsageErrorWithStatus2() throws {
        let result = try TesseraProcess.run(["--no-such-option"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("--no-such-option"), result.stderr)
    }
}
