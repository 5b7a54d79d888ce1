import Foundation
import XCTest

/// The REPL without a terminal: cells from stdin, the transcript on stdout, history and
/// workspace in `TESSERA_HOME`.
final class ReplCommandTests: XCTestCase {
    var home = ""
    var work = ""

    override func setUpWithError() throws {
        let root = NSTemporaryDirectory() + "tessera-repl-\(UUID().uuidString)"
        home = root + "/home"
        work = root + "/work"
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: root) }
    }

    func repl(_ input: String, _ arguments: [String] = [], environment: [String: String] = [:]) throws -> TesseraProcess.Result {
        try TesseraProcess.run(arguments, stdin: input, environment: ["TESSERA_HOME": home].merging(environment) { $1 }, directory: work)
    }

    func testPipedTranscript() throws {
        let result = try repl("""
            x = 20
            x + 22
            for i in range(2):
                print(i)

            def twice(v):
                return 2 * v
            twice(x);
            [twice(1),
             twice(2)]
            1 / 0
            %who
            """)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, """
            In [1]: x = 20

            In [2]: x + 22
            Out[2]: 42

            In [3]: for i in range(2):
               ...:     print(i)
               ...: 
            0
            1

            In [4]: def twice(v):
               ...:     return 2 * v
               ...: twice(x);

            In [5]: [twice(1),
               ...:  twice(2)]
            Out[5]: [2, 4]

            In [6]: 1 / 0
            Traceback (most recent call last):
              File "<cell 6>", line 1, in <module>
                1 / 0
                ~~^~~
            ZeroDivisionError: division by zero

            In [7]: %who
            i\t twice\t x\t 

            Saved 3 variables to \(home)/workspaces/work-\(try workspaceHash()).tsw (\(try workspaceSize())).

            """)
    }

    /// The workspace file name's hash part and size, read back from disk (they depend on the
    /// temporary folder's path).
    func workspaceFile() throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: home + "/workspaces")
        return try XCTUnwrap(names.first { $0.hasSuffix(".tsw") })
    }

    func workspaceHash() throws -> String {
        String(try workspaceFile().dropFirst("work-".count).dropLast(".tsw".count))
    }

    func workspaceSize() throws -> String {
        let bytes = try FileManager.default.attributesOfItem(atPath: home + "/workspaces/" + workspaceFile())[.size] as? Int ?? 0
        return "\(bytes) bytes"
    }

    func testVariablesFunctionsAndInstancesSurviveARestart() throws {
        let first = try repl("""
            import math
            class Circle:
                def __init__(self, r):
                    self.r = r
                def area(self):
                    return math.pi * self.r ** 2

            c = Circle(2)
            def describe(shape):
                return f"{type(shape).__name__} of area {shape.area():.2f}"

            gen = (i for i in range(3))
            c.r
            """)
        XCTAssertTrue(first.stdout.contains("Saved 4 variables"), first.stdout)
        XCTAssertTrue(first.stdout.contains("Not saved: gen (generator objects cannot be saved)"), first.stdout)

        let second = try repl("describe(c)\nOut[6]\n")
        XCTAssertTrue(second.stdout.hasPrefix("Restored 4 variables from \(home)/workspaces/"), second.stdout)
        XCTAssertTrue(second.stdout.contains("In [7]: describe(c)\nOut[7]: 'Circle of area 12.57'"), second.stdout)
        XCTAssertTrue(second.stdout.contains("In [8]: Out[6]\nOut[8]: 2"), second.stdout)

        let fresh = try repl("c\n", ["--fresh"])
        XCTAssertFalse(fresh.stdout.contains("Restored"), fresh.stdout)
        XCTAssertTrue(fresh.stdout.contains("NameError: name 'c' is not defined"), fresh.stdout)
    }

    func testExitStatusFromSysExit() throws {
        let result = try repl("import sys\nsys.exit(3)\nprint('not reached')\n")
        XCTAssertEqual(result.status, 3)
        XCTAssertFalse(result.stdout.contains("not reached"))
    }

    func testTwoProcessesWritingHistoryAtOnceLoseNothing() throws {
        let cells = 200
        @Sendable func script(_ name: String) -> String {
            (0..<cells).map { "marker_\(name) = \($0)" }.joined(separator: "\n") + "\n"
        }
        let otherWork = work + "-b"
        try FileManager.default.createDirectory(atPath: otherWork, withIntermediateDirectories: true)
        let group = DispatchGroup()
        let results = ResultBox()
        for (name, directory) in [("a", work), ("b", otherWork)] {
            group.enter()
            DispatchQueue.global().async {
                let result = try? TesseraProcess.run([], stdin: script(name), environment: ["TESSERA_HOME": self.home], directory: directory)
                results.set(name, result)
                group.leave()
            }
        }
        group.wait()
        for name in ["a", "b"] {
            XCTAssertEqual(results.get(name)?.status, 0)
            XCTAssertEqual(results.get(name)?.stderr, "", "no history warning expected")
        }
        let search = try repl("%history -g marker_\n", ["--fresh"])
        let lines = search.stdout.split(separator: "\n").filter { $0.contains("marker_") && !$0.contains("%history") }
        XCTAssertEqual(lines.filter { $0.contains("marker_a = ") }.count, cells)
        XCTAssertEqual(lines.filter { $0.contains("marker_b = ") }.count, cells)
    }

    func testCorruptHistoryDatabaseIsReportedOnceAndTheReplGoesOn() throws {
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        try Data(repeating: 7, count: 8192).write(to: URL(fileURLWithPath: home + "/history.sqlite"))
        let result = try repl("a = 1\na + 1\n%history\n")
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.stderr.components(separatedBy: "history database").count - 1, 1, result.stderr)
        XCTAssertTrue(result.stdout.contains("Out[2]: 2"), result.stdout)
        XCTAssertTrue(result.stdout.contains("a = 1\na + 1\n%history\n"), result.stdout)
    }

    func testSigkillDuringASaveLeavesThePreviousSnapshotIntact() throws {
        _ = try repl("x = 1\nlabel = 'first snapshot'\n")
        let path = home + "/workspaces/" + (try workspaceFile())
        let before = try Data(contentsOf: URL(fileURLWithPath: path))

        // A second session with a ~6 MB value, saving slowly (a test knob pauses after each
        // mebibyte), killed once the temporary file is being written.
        let process = Process()
        process.executableURL = try TesseraProcess.executable()
        process.currentDirectoryURL = URL(fileURLWithPath: work)
        process.environment = ProcessInfo.processInfo.environment.merging(["TESSERA_HOME": home, "TESSERA_SAVE_THROTTLE_MS": "300"]) { $1 }
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data("x = 2\nlabel = 'second'\nbig = 'b' * 6000000\n".utf8))
        try input.fileHandleForWriting.close()
        let temporary = path + ".tmp-\(process.processIdentifier)"
        let deadline = Date().addingTimeInterval(20)
        var partial = 0
        while Date() < deadline {
            partial = (try? FileManager.default.attributesOfItem(atPath: temporary)[.size] as? Int) ?? 0
            if partial > 0 { break }
            usleep(5_000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .uncaughtSignal)
        XCTAssertGreaterThan(partial, 0, "the save had started writing")
        XCTAssertLessThan(partial, 6_000_000, "the save had not finished")
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), before, "the snapshot is untouched")

        let third = try repl("(x, label)\n")
        XCTAssertTrue(third.stdout.contains("Restored 2 variables"), third.stdout)
        XCTAssertTrue(third.stdout.contains("Out[3]: (1, 'first snapshot')"), third.stdout)
        XCTAssertFalse(FileManager.default.fileExists(atPath: temporary), "the dead save's temporary file is cleaned up")
    }
}

/// Results written from concurrent closures.
final class ResultBox: @unchecked Sendable {
    private var results: [String: TesseraProcess.Result] = [:]
    private let lock = NSLock()

    func set(_ key: String, _ value: TesseraProcess.Result?) {
        lock.lock()
        results[key] = value
        lock.unlock()
    }

    func get(_ key: String) -> TesseraProcess.Result? {
        lock.lock()
        defer { lock.unlock() }
        return results[key]
    }
}
