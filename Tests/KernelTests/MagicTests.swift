import Foundation
import Interpreter
@testable import Kernel
import XCTest

final class MagicTests: XCTestCase {
    func run(_ cells: [String], setUp: ((Session) -> Void)? = nil) throws -> [CellResult] {
        try onInterpreterThread {
            let session = Session(extensions: KernelExtensions())
            setUp?(session)
            return cells.map { session.run($0) }
        }
    }

    func testTimeFormatMatchesIPython() {
        XCTAssertEqual(TimeFormat.format(1.4e-5), "14 µs")
        XCTAssertEqual(TimeFormat.format(8.95e-6), "8.95 µs")
        XCTAssertEqual(TimeFormat.format(0.00123456), "1.23 ms")
        XCTAssertEqual(TimeFormat.format(2.5), "2.5 s")
        XCTAssertEqual(TimeFormat.format(0), "0 ns")
        XCTAssertEqual(TimeFormat.format(3.2e-10), "0.32 ns")
        XCTAssertEqual(TimeFormat.format(125), "2min 5s")
        XCTAssertEqual(TimeitResult(loops: 20, repeats: 7, timings: [14e-6, 14e-6]).description,
                       "14 µs ± 0 ns per loop (mean ± std. dev. of 7 runs, 20 loops each)")
        XCTAssertEqual(TimeitResult(loops: 1000, repeats: 1, timings: [1e-3]).description,
                       "1 ms ± 0 ns per loop (mean ± std. dev. of 1 run, 1,000 loops each)")
    }

    func testTimeitPrintsIPythonsLineAndHonoursLoopsAndRuns() throws {
        let results = try run(["count = [0]", "%timeit -n 3 -r 2 count[0] += 1", "count[0]",
                               "%%timeit -n 2 -r 1 total = 0\ntotal += 1\ncount[0] += 1", "count[0]"])
        // The result line is last; IPython's "The slowest run took..." note may come before it.
        let line = String(results[1].text.split(separator: "\n").last ?? "")
        XCTAssertNotNil(line.range(of: #"^[0-9.]+ (ns|µs|ms|s) ± [0-9.]+ (ns|µs|ms|s) per loop \(mean ± std\. dev\. of 2 runs, 3 loops each\)$"#,
                                   options: .regularExpression), results[1].text)
        XCTAssertTrue(results[1].text.hasSuffix("\n"))
        XCTAssertEqual(results[2].text, "6")
        XCTAssertTrue(results[3].text.hasSuffix("(mean ± std. dev. of 1 run, 2 loops each)\n"), results[3].text)
        XCTAssertEqual(results[4].text, "8")
    }

    func testTimeShowsCPUAndWallTimeAndTheValue() throws {
        let results = try run(["%time sum(range(1000))", "%%time\nx = 2\nx * 21"])
        XCTAssertNotNil(results[0].text.range(of: #"^CPU times: user .+, sys: .+, total: .+\nWall time: .+\n499500$"#,
                                              options: .regularExpression), results[0].text)
        XCTAssertTrue(results[1].text.hasSuffix("42"), results[1].text)
    }

    func testMagicsInsideCodeCellsAndAssignment() throws {
        let results = try run(["import time\nfor i in range(2):\n    %time time.sleep(0)\nw = %pwd\nw == Out.get(99, w)"])
        XCTAssertEqual(results[0].text.components(separatedBy: "Wall time").count, 3, results[0].text)
        XCTAssertTrue(results[0].text.hasSuffix("True"), results[0].text)
    }

    func testUnknownMagicIsAUsageError() throws {
        let results = try run(["%nosuch 1", "%timeit -n x 1"])
        XCTAssertEqual(results[0].error?.traceback, ["UsageError: Line magic function `%nosuch` not found."])
        XCTAssertEqual(results[1].error?.name, "UsageError")
    }

    func testWhoAndWhos() throws {
        let results = try run([
            "%who",
            "import math\nalpha = 1\nbeta = 'text'\nitems = [1, 2, 3]\ndef f(): pass",
            "%who",
            "%who int str",
            "%whos",
        ])
        XCTAssertEqual(results[0].text, "Interactive namespace is empty.\n")
        XCTAssertEqual(results[2].text, "alpha\t beta\t f\t items\t math\t \n")
        XCTAssertEqual(results[3].text, "alpha\t beta\t \n")
        let lines = results[4].text.split(separator: "\n").map(String.init)
        // IPython's layout: columns padded to the widest entry plus 3, a space before Data/Info.
        XCTAssertEqual(lines[0], "Variable   Type        Data/Info")
        XCTAssertEqual(lines[1], String(repeating: "-", count: 32))
        XCTAssertEqual(lines[2], "alpha      int         1")
        XCTAssertEqual(lines[3], "beta       str         text")
        XCTAssertTrue(lines[4].hasPrefix("f          function    <function f"), lines[4])
        XCTAssertEqual(lines[5], "items      list        n=3")
        XCTAssertEqual(lines[6], "math       module      <module 'math'>")
    }

    func testWhosShowsColumnsFromRegisteredInspectors() throws {
        let results: [CellResult] = try onInterpreterThread {
            let extensions = KernelExtensions()
            extensions.inspectors.register(ClosureVariableInspector(columns: ["dtype", "shape"]) { value, _ in
                guard let list = value.asObject as? PyList else { return nil }
                return VariableDescription(columns: ["dtype": "int64", "shape": "(\(list.items.count),)"], info: "fake tensor")
            })
            let session = Session(extensions: extensions)
            return [session.run("a = [1, 2]\nb = 3"), session.run("%whos"), session.run("%summary")]
        }
        let lines = results[1].text.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines[0], "Variable   Type   dtype   shape    Data/Info")
        XCTAssertEqual(lines[2], "a          list   int64   (2,)     fake tensor")
        XCTAssertEqual(lines[3], "b          int                     3")
        XCTAssertTrue(results[2].text.contains("a     list  (2,)"), results[2].text)
        XCTAssertTrue(results[2].text.contains("In [1]"), results[2].text)
    }

    func testResetForgetsVariablesButKeepsCounting() throws {
        let results = try run(["x = 1", "%reset -f", "x", "%who"])
        XCTAssertEqual(results[2].error?.name, "NameError")
        XCTAssertEqual(results[3].executionCount, 4)
        XCTAssertEqual(results[3].text, "Interactive namespace is empty.\n")
    }

    func testRunPwdAndCd() throws {
        let directory = try temporaryDirectory(self)
        try "import sys\nresult = len(sys.argv)\nclass K:\n    pass\nprint('ran', sys.argv[1:])\n"
            .write(toFile: directory + "/script.py", atomically: true, encoding: .utf8)
        let original = FileManager.default.currentDirectoryPath
        defer { _ = FileManager.default.changeCurrentDirectoryPath(original) }
        let results = try run(["%cd \(directory)", "%pwd", "%run script.py a b", "result", "%cd -", "%run missing.py"])
        let resolved = FileManager.default.changeCurrentDirectoryPath(directory) ? FileManager.default.currentDirectoryPath : directory
        XCTAssertEqual(results[0].text, resolved + "\n")
        XCTAssertEqual(results[1].text, Formatting.quoteString(resolved))
        XCTAssertEqual(results[2].text, "ran ['a', 'b']\n")
        XCTAssertEqual(results[3].text, "3")
        XCTAssertEqual(results[4].text, original + "\n")
        XCTAssertEqual(results[5].error?.traceback, ["UsageError: File `missing.py` not found."])
    }

    func testHistoryMagicOverTheCurrentSession() throws {
        let results = try run(["a = 1", "b = 2", "for i in range(2):\n    a += i", "%history -n 1-2", "%history 3", "%history -g b ="])
        XCTAssertEqual(results[3].text, "1: a = 1\n2: b = 2\n")
        XCTAssertEqual(results[4].text, "for i in range(2):\n    a += i\n")
        // As in IPython, the search sees the %history line itself (recorded before it runs).
        XCTAssertEqual(results[5].text, "2: b = 2\n6: %history -g b =\n")
    }

    func testHistoryWithANegativeLimitIsAUsageError() throws {
        // A negative -l once reached Array.suffix(-1) and killed the process.
        let results = try run(["a = 1", "%history -l -1", "%history -l 1"])
        XCTAssertEqual(results[1].error?.traceback, ["UsageError: %history: -l takes a non-negative number of lines, not -1"])
        XCTAssertNil(results[2].error)
    }

    func testHelpListsMagics() throws {
        let results = try run(["%help"])
        for name in ["%time", "%timeit", "%who", "%whos", "%history", "%reset", "%run", "%pwd", "%cd", "%save", "%load", "%workspace", "%summary", "%sx", "%env", "%autoreload", "%precision"] {
            XCTAssertTrue(results[0].text.contains(name + " "), name)
        }
    }
}
