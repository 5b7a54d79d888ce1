import Foundation
import XCTest

/// Where images go when nothing collects them: `tessera run` piped without `--output` saves them
/// as files and names them; scripts write shown figures to `tessera-output/` under fresh names
/// (never over an earlier run's) and skip figures the script saved itself.
final class ImageFilesTests: XCTestCase {
    var directory = ""
    var home: String { directory + "/home" }

    override func setUpWithError() throws {
        directory = NSTemporaryDirectory() + "tessera-images-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: self.directory) }
    }

    func tessera(_ arguments: [String]) throws -> TesseraProcess.Result {
        try TesseraProcess.run(arguments, environment: ["TESSERA_HOME": home], directory: directory)
    }

    func write(_ text: String, to name: String) throws {
        try text.write(toFile: directory + "/" + name, atomically: true, encoding: .utf8)
    }

    /// The paths a transcript names after "saved to ".
    func savedPaths(in text: String, closing: Character) -> [String] {
        text.components(separatedBy: "saved to ").dropFirst().map { String($0.prefix { $0 != closing }) }
    }

    func testRunWithoutOutputSavesImagesAndSaysWhere() throws {
        try write("# %%\nimport matplotlib.pyplot as plt\nplt.plot([1, 3, 2])\nplt.show()\n\n# %%\nprint('after')\n", to: "plot.py")
        let result = try tessera(["run", "plot.py"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let paths = savedPaths(in: result.stdout, closing: ">")
        XCTAssertEqual(paths.count, 1, result.stdout)
        for path in paths {
            XCTAssertTrue(path.hasPrefix(home), path)
            let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
            XCTAssertEqual(Array(bytes.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        }
        XCTAssertTrue(result.stdout.contains("after\n"), result.stdout)
    }

    func testScriptsNeverOverwriteEarlierFiguresAndSkipSavedOnes() throws {
        try write("import matplotlib.pyplot as plt\nplt.plot([1, 2])\nplt.show()\n", to: "shown.py")
        let first = try tessera(["shown.py"])
        let second = try tessera(["shown.py"])
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertEqual(second.status, 0, second.stderr)
        let firstPaths = savedPaths(in: first.stdout, closing: "]")
        let secondPaths = savedPaths(in: second.stdout, closing: "]")
        XCTAssertEqual(firstPaths, ["tessera-output/figure-1.png"], first.stdout)
        XCTAssertEqual(secondPaths, ["tessera-output/figure-2.png"], second.stdout)

        try write("import matplotlib.pyplot as plt\nplt.plot([1, 2])\nplt.savefig('mine.png')\nplt.show()\n", to: "saved.py")
        let saved = try tessera(["saved.py"])
        XCTAssertEqual(saved.status, 0, saved.stderr)
        XCTAssertFalse(saved.stdout.contains("saved to"), saved.stdout)
        XCTAssertTrue(FileManager.default.fileExists(atPath: directory + "/mine.png"))
        let outputs = try FileManager.default.contentsOfDirectory(atPath: directory + "/tessera-output").sorted()
        XCTAssertEqual(outputs, ["figure-1.png", "figure-2.png"])
    }
}
