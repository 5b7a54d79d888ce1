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
}
