import Foundation
import XCTest

/// `tessera run --output` and `tessera export --output` never replace what is not a regular
/// file: through a symlink they write its target and keep the link; onto a FIFO or a device
/// node they fail with a message and leave it as it was.
final class OutputTargetCommandTests: XCTestCase {
    var directory = ""

    override func setUpWithError() throws {
        directory = NSTemporaryDirectory() + "tessera-target-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: self.directory) }
        try "# %%\nprint(6 * 7)\n".write(toFile: directory + "/nb.py", atomically: true, encoding: .utf8)
    }

    func tessera(_ arguments: [String]) throws -> TesseraProcess.Result {
        try TesseraProcess.run(arguments, environment: ["TESSERA_HOME": directory + "/home"], directory: directory)
    }

    func fileType(_ name: String) -> mode_t {
        var info = stat()
        guard lstat(directory + "/" + name, &info) == 0 else { return 0 }
        return info.st_mode & S_IFMT
    }

    func checkCommand(_ command: [String], extension ext: String, writes expected: String) throws {
        try FileManager.default.createSymbolicLink(atPath: directory + "/link.\(ext)", withDestinationPath: "real.\(ext)")
        XCTAssertEqual(mkfifo(directory + "/fifo.\(ext)", 0o644), 0)
        let linked = try tessera(command + ["--output", "link.\(ext)"])
        XCTAssertEqual(linked.status, 0, linked.stderr)
        XCTAssertEqual(fileType("link.\(ext)"), S_IFLNK, "\(command): the symlink stays a symlink")
        XCTAssertEqual(fileType("real.\(ext)"), S_IFREG)
        let written = try String(contentsOfFile: directory + "/real.\(ext)", encoding: .utf8)
        XCTAssertTrue(written.contains(expected), "\(command) wrote: \(written)")
        try FileManager.default.removeItem(atPath: directory + "/real.\(ext)")

        let fifo = try tessera(command + ["--output", "fifo.\(ext)"])
        XCTAssertEqual(fifo.status, 1, "\(command) onto a FIFO")
        XCTAssertTrue(fifo.stderr.contains("refusing to replace \(directory)/fifo.\(ext): it is a FIFO, not a regular file")
                      || fifo.stderr.contains("refusing to replace fifo.\(ext): it is a FIFO, not a regular file"), fifo.stderr)
        XCTAssertEqual(fileType("fifo.\(ext)"), S_IFIFO, "\(command): the FIFO is untouched")

        let device = try tessera(command + ["--output", "/dev/null"])
        XCTAssertEqual(device.status, 1, "\(command) onto a device")
        XCTAssertTrue(device.stderr.contains("refusing to replace /dev/null: it is a character device, not a regular file"), device.stderr)
        var info = stat()
        XCTAssertEqual(lstat("/dev/null", &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFCHR, "/dev/null is still a device")
    }

    func testRunOutputFollowsSymlinksAndRefusesSpecialFiles() throws {
        if let reason = TesseraProcess.unusableReason { XCTFail(reason); return }
        try checkCommand(["run", "nb.py"], extension: "ipynb", writes: "\"42\\n\"")
    }

    func testExportOutputFollowsSymlinksAndRefusesSpecialFiles() throws {
        if let reason = TesseraProcess.unusableReason { XCTFail(reason); return }
        try checkCommand(["export", "nb.py", "--to", "markdown", "--execute"], extension: "md", writes: "print(6 * 7)")
    }
}
