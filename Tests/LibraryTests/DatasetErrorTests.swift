import Foundation
import XCTest

/// A data folder that cannot be created is an OSError subclass naming the path, as Python's own
/// `os.makedirs` raises, not Foundation's error text.
final class DatasetErrorTests: XCTestCase {
    func testUnusableDataFolderIsAnOSErrorNamingThePath() throws {
        _ = LibrarySession.dataDirectory
        let saved = getenv("TESSERA_DATA").map { String(cString: $0) }
        defer { if let saved { setenv("TESSERA_DATA", saved, 1) } else { unsetenv("TESSERA_DATA") } }
        // A folder inside a regular file cannot exist, even for root.
        setenv("TESSERA_DATA", "/etc/passwd/tessera-data", 1)
        let output = try LibrarySession.run("""
            from fastai.vision.all import *
            try:
                untar_data(URLs.MNIST_SAMPLE)
            except OSError as e:
                print(type(e).__name__, e.errno, e.filename)
                print(e)
            """)
        XCTAssertEqual(output, "NotADirectoryError 20 /etc/passwd/tessera-data\n"
                           + "[Errno 20] Not a directory: '/etc/passwd/tessera-data'\n")
    }

    /// A data folder the user may not create is a PermissionError naming it. Without root a
    /// read-only parent folder shows it; root may write anywhere, but not make folders in sysfs.
    func testUnwritableDataFolderIsAPermissionErrorNamingThePath() throws {
        _ = LibrarySession.dataDirectory
        let saved = getenv("TESSERA_DATA").map { String(cString: $0) }
        defer { if let saved { setenv("TESSERA_DATA", saved, 1) } else { unsetenv("TESSERA_DATA") } }
        var path = "/sys/tessera-data"
        if getuid() != 0 {
            let parent = NSTemporaryDirectory() + "tessera-readonly-\(UUID().uuidString)"
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
            XCTAssertEqual(chmod(parent, 0o500), 0)
            addTeardownBlock { chmod(parent, 0o700); try? FileManager.default.removeItem(atPath: parent) }
            path = parent + "/data"
        }
        setenv("TESSERA_DATA", path, 1)
        let output = try LibrarySession.run("""
            from fastai.vision.all import *
            try:
                untar_data(URLs.MNIST_SAMPLE)
            except PermissionError as e:
                print(type(e).__name__, e.filename)
            """)
        XCTAssertEqual(output, "PermissionError \(path)\n")
    }
}
