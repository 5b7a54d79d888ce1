import Foundation
import XCTest

/// Every program in TorchPrograms/ prints in Tessera exactly what it prints with CPython and
/// PyTorch (the `.out` files, made by Scripts/gen-torch-programs.py).
final class TorchProgramTests: XCTestCase {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("TorchPrograms")

    func testProgramsPrintWhatPyTorchPrints() throws {
        let programs = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".py") }.sorted()
        XCTAssertFalse(programs.isEmpty)
        for program in programs {
            let source = try String(contentsOf: Self.folder.appendingPathComponent(program), encoding: .utf8)
            let expected = try String(contentsOf: Self.folder.appendingPathComponent(String(program.dropLast(3)) + ".out"), encoding: .utf8)
            XCTAssertEqual(try LibrarySession.run(source), expected, program)
        }
    }
}
