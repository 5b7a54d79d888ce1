import Foundation
import XCTest

/// `Path.home()`, `os.path.expanduser` and `Path.expanduser` follow `$HOME` first, as Python's
/// posixpath does (the password database is the fallback).
final class UserHomeTests: XCTestCase {
    func testHomeFollowsTheEnvironment() throws {
        let saved = getenv("HOME").map { String(cString: $0) }
        defer { if let saved { setenv("HOME", saved, 1) } else { unsetenv("HOME") } }
        setenv("HOME", "/tmp/tessera-home-test", 1)
        let output = try LibrarySession.run("""
            import os
            from pathlib import Path
            print(Path.home(), os.path.expanduser('~/x'), Path('~/y').expanduser())
            print(os.path.expanduser('~'), os.path.expanduser('a~'), os.path.expanduser('~no-such-user-here/q'))
            """)
        XCTAssertEqual(output, "/tmp/tessera-home-test /tmp/tessera-home-test/x /tmp/tessera-home-test/y\n"
                           + "/tmp/tessera-home-test a~ ~no-such-user-here/q\n")
    }
}
