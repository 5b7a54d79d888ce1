import Foundation
import Kernel
import XCTest

/// Saves never replace what is not a regular file: a symlink is written through to its
/// target, a FIFO or device node is refused, and the session goes on.
final class OutputTargetTests: XCTestCase {
    func testSavesFollowSymlinksAndRefuseSpecialFiles() throws {
        let directory = try temporaryDirectory(self)
        let real = directory + "/real.tsw", link = directory + "/link.tsw", fifo = directory + "/fifo"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real.tsw")
        XCTAssertEqual(mkfifo(fifo, 0o644), 0)
        try onInterpreterThread {
            let session = Session(extensions: KernelExtensions())
            _ = session.run("x = 7")
            _ = try session.saveWorkspace(to: link)
            XCTAssertThrowsError(try session.saveWorkspace(to: fifo)) { error in
                XCTAssertTrue("\(error)".contains("refusing to replace \(fifo): it is a FIFO"), "\(error)")
            }
            XCTAssertThrowsError(try session.saveWorkspace(to: "/dev/null")) { error in
                XCTAssertTrue("\(error)".contains("it is a character device"), "\(error)")
            }
        }
        var info = stat()
        XCTAssertEqual(lstat(link, &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFLNK, "the symlink stays a symlink")
        XCTAssertEqual(lstat(real, &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFREG, "its target holds the workspace")
        XCTAssertGreaterThan(info.st_size, 100)
        XCTAssertEqual(lstat(fifo, &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFIFO, "the FIFO is untouched")
    }

    /// `%save` of code: `-f` through a symlink replaces its target and keeps the link, `-a`
    /// appends to the target; a FIFO is refused before it is opened (reading it to append
    /// would block the session) and stays a FIFO.
    func testSaveCodeFollowsSymlinksAndRefusesSpecialFiles() throws {
        let directory = try temporaryDirectory(self)
        let real = directory + "/real.py", link = directory + "/link.py", fifo = directory + "/fifo.py"
        try "old\n".write(toFile: real, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real.py")
        XCTAssertEqual(mkfifo(fifo, 0o644), 0)
        let results = try onInterpreterThread { () -> [CellResult] in
            let session = Session(extensions: KernelExtensions())
            return [session.run("a = 1"), session.run("%save -f \(link) 1"), session.run("%save -a \(link) 1"),
                    session.run("%save -a \(fifo) 1"), session.run("%save -f \(fifo) 1")]
        }
        XCTAssertNil(results[1].error)
        XCTAssertNil(results[2].error)
        XCTAssertEqual(try String(contentsOfFile: real, encoding: .utf8), "# coding: utf-8\na = 1\na = 1\n")
        for result in results[3...] {
            XCTAssertEqual(result.error?.name, "UsageError")
            XCTAssertTrue(result.error?.value.contains("refusing to replace \(fifo): it is a FIFO, not a regular file") == true, "\(String(describing: result.error))")
        }
        var info = stat()
        XCTAssertEqual(lstat(link, &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFLNK, "the symlink stays a symlink")
        XCTAssertEqual(lstat(fifo, &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFIFO, "the FIFO is untouched")
    }
}
