import Foundation
import XCTest

/// A script's output into a pipe is block-buffered; what it flushed (`print(flush=True)`,
/// `sys.stdout.flush()`) must already be out when the process is killed afterwards.
final class OutputFlushTests: XCTestCase {
    func testFlushedOutputSurvivesAKill() throws {
        if let reason = TesseraProcess.unusableReason { XCTFail(reason); return }
        let directory = NSTemporaryDirectory() + "tessera-flush-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let script = directory + "/flush.py"
        try """
            import sys
            print("printed with flush", flush=True)
            sys.stdout.write("written, then sys.stdout.flush()\\n")
            sys.stdout.flush()
            print("buffered when killed")
            while True:
                pass

            """.write(toFile: script, atomically: true, encoding: .utf8)
        // The script never ends: SIGKILL after a second, while its stdout is a pipe.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
        process.arguments = ["-s", "KILL", "1", TesseraProcess.executableURL.path, script]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        // timeout passes the SIGKILL on (exit 137, or itself killed by signal 9).
        XCTAssertTrue(process.terminationReason == .uncaughtSignal || process.terminationStatus == 137,
                      "the script was not killed: \(process.terminationReason) \(process.terminationStatus)")
        XCTAssertTrue(output.hasPrefix("printed with flush\nwritten, then sys.stdout.flush()\n"), output)
    }

    /// Every way a script ends flushes what it printed into a pipe, in order with its error
    /// output: normal end, sys.exit with a status, SystemExit with a message, an uncaught
    /// exception, KeyboardInterrupt, exit() from the site builtins.
    func testEveryWayOutOfAScriptFlushesItsOutput() throws {
        if let reason = TesseraProcess.unusableReason { XCTFail(reason); return }
        let directory = NSTemporaryDirectory() + "tessera-flush-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let endings: [(code: String, status: Int32)] = [("pass", 0), ("import sys; sys.exit(3)", 3), ("raise SystemExit('bye')", 1),
                                                        ("raise ValueError('late')", 1), ("raise KeyboardInterrupt", 130), ("exit(2)", 2)]
        for (code, status) in endings {
            try "for i in range(2000):\n    print('line', i)\n\(code)\n".write(toFile: directory + "/end.py", atomically: true, encoding: .utf8)
            let result = try TesseraProcess.run(["end.py"], directory: directory)
            XCTAssertEqual(result.status, status, code)
            let lines = result.stdout.split(separator: "\n")
            XCTAssertEqual(lines.count, 2000, code)
            XCTAssertEqual(lines.last, "line 1999", code)
        }
    }
}
