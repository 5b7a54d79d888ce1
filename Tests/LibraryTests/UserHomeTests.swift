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

    /// With neither `$TESSERA_DATA` nor `$XDG_CACHE_HOME`, datasets go under `$HOME/.cache`: a
    /// `$HOME` that is a regular file shows where untar_data tried, without unpacking anything.
    func testDefaultDataFolderFollowsHome() throws {
        _ = LibrarySession.dataDirectory
        var saved: [String: String?] = [:]
        for name in ["HOME", "TESSERA_DATA", "XDG_CACHE_HOME"] { saved[name] = getenv(name).map { String(cString: $0) } }
        defer {
            for (name, value) in saved {
                if let value { setenv(name, value, 1) } else { unsetenv(name) }
            }
        }
        unsetenv("TESSERA_DATA")
        unsetenv("XDG_CACHE_HOME")
        setenv("HOME", "/etc/passwd", 1)
        let output = try LibrarySession.run("""
            from fastai.vision.all import *
            try:
                untar_data(URLs.MNIST_SAMPLE)
            except OSError as e:
                print(type(e).__name__, e.filename)
            """)
        // The folder that failed, as os.makedirs('/etc/passwd/.cache/tessera/data') names it.
        XCTAssertEqual(output, "NotADirectoryError /etc/passwd/.cache\n")
    }
}
