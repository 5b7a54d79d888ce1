import Foundation
import Interpreter
@testable import Kernel
import XCTest

/// `!cmd`, `x = !cmd`, `!!cmd`, `%sx`, `%env`, aliases, `$var` expansion, and the IPython set-up
/// magics (`%precision`, `%xmode`, `%autoreload`, `%save`/`%load` of code).
final class ShellMagicTests: XCTestCase {
    func run(_ cells: [String], in directory: String? = nil) throws -> [CellResult] {
        try onInterpreterThread {
            let session = Session(extensions: KernelExtensions())
            return cells.map { session.run($0) }
        }
    }

    func testBangRunsTheShellAndStreamsItsOutput() throws {
        let results = try run(["!echo hello; echo oops >&2; exit 3", "_exit_code", "for i in range(2):\n    !echo line $i"])
        XCTAssertEqual(results[0].streamText("stdout"), "hello\n")
        XCTAssertEqual(results[0].streamText("stderr"), "oops\n")
        XCTAssertEqual(results[1].text, "3")
        XCTAssertEqual(results[2].streamText("stdout"), "line 0\nline 1\n")
    }

    func testCapturedOutputIsAnSList() throws {
        let results = try run(["files = !printf 'a b\\nc d\\n'", "files", "type(files).__name__, files.s, files.n, files.l == ['a b', 'c d']",
                               "files.grep('c'), files.fields(1)", "!!echo twice", "%sx echo magic"])
        XCTAssertNil(results[0].error)
        XCTAssertEqual(results[1].text, "['a b', 'c d']")
        XCTAssertEqual(results[2].text, "('SList', 'a b c d', 'a b\\nc d', True)")
        XCTAssertEqual(results[3].text, "(['c d'], ['b', 'd'])")
        XCTAssertEqual(results[4].text, "['twice']")
        XCTAssertEqual(results[5].text, "['magic']")
    }

    func testExpansionOfNamesAndExpressionsAsIPython() {
        let values = ["name": "world", "n": "3", "p.stem": "file"]
        func evaluate(_ expression: String) throws -> String {
            if let value = values[expression] { return value }
            if expression == "n * 2" { return "6" }
            throw PyException(BuiltinTypes.nameError, expression)
        }
        XCTAssertEqual(ShellExpansion.expand("echo $name {n * 2} $$HOME", evaluate: evaluate), "echo world 6 $HOME")
        XCTAssertEqual(ShellExpansion.expand("ls $p.stem.", evaluate: evaluate), "ls file.")
        // `$name` inside single quotes is the shell's, not Python's.
        XCTAssertEqual(ShellExpansion.expand("echo '$name' $name", evaluate: evaluate), "echo '$name' world")
        // `{print $1}` is not Python, so (as in IPython) the line runs as typed.
        XCTAssertEqual(ShellExpansion.expand("awk '{print $1}' $name", evaluate: evaluate), "awk '{print $1}' $name")
        // One part that cannot be evaluated leaves the whole line as typed (`{}` of find).
        XCTAssertEqual(ShellExpansion.expand("find . -name $name -exec rm {} \\;", evaluate: evaluate), "find . -name $name -exec rm {} \\;")
        XCTAssertEqual(ShellExpansion.expand("echo $missing", evaluate: evaluate), "echo $missing")
        XCTAssertEqual(ShellExpansion.expand("echo {{braces}}", evaluate: evaluate), "echo {braces}")
    }

    func testPipInstallOfAProvidedModuleSaysSo() throws {
        let results = try run(["!pip install -Uqq itertools>=1.0 collections", "_exit_code"])
        XCTAssertEqual(results[0].text, "Tessera provides itertools, collections itself (no install needed): import them directly.\n")
        XCTAssertEqual(results[1].text, "0")
        XCTAssertNil(try onInterpreterThread {
            Session(extensions: KernelExtensions()).providedPackagesNote("pip install some-package-tessera-lacks")
        })
        XCTAssertEqual(Session.importName(ofDistribution: "Pillow"), "PIL")
    }

    func testEnvGetsAndSetsForLaterCommands() throws {
        let results = try run(["%env TESSERA_TEST_VARIABLE=seven", "%env TESSERA_TEST_VARIABLE", "!echo $TESSERA_TEST_VARIABLE",
                               "%env TESSERA_NOT_SET_ANYWHERE"])
        XCTAssertEqual(results[0].text, "env: TESSERA_TEST_VARIABLE=seven\n")
        XCTAssertEqual(results[1].text, "'seven'")
        // `$NAME` is Python's expansion first; unknown to Python, the shell expands it.
        XCTAssertEqual(results[2].text, "seven\n")
        XCTAssertEqual(results[3].error?.traceback, ["UsageError: Environment does not have key: TESSERA_NOT_SET_ANYWHERE"])
        unsetenv("TESSERA_TEST_VARIABLE")
    }

    func testPrecisionFormatsFloatsShownAsOut() throws {
        let results = try run(["%precision 3", "1/3", "[1/3, (2.0,), {'k': 0.5}]", "%precision %.2e", "12345.678", "%precision", "1/3"])
        XCTAssertEqual(results[0].text, "'%.3f'")
        XCTAssertEqual(results[1].text, "0.333")
        XCTAssertEqual(results[2].text, "[0.333, (2.000,), {'k': 0.500}]")
        XCTAssertEqual(results[4].text, "1.23e+04")
        XCTAssertEqual(results[5].text, "'%r'")
        XCTAssertEqual(results[6].text, "0.3333333333333333")
    }

    func testMinimalExceptionModeShowsOnlyTheLastLine() throws {
        let results = try run(["def f():\n    return 1 / 0", "%xmode Minimal", "f()", "%xmode Context", "f()"])
        XCTAssertEqual(results[1].text, "Exception reporting mode: Minimal\n")
        XCTAssertEqual(results[2].error?.traceback, ["ZeroDivisionError: division by zero"])
        XCTAssertGreaterThan(results[4].error?.traceback.count ?? 0, 1)
    }

    func testAutoreloadRunsAChangedModuleBeforeTheNextCell() throws {
        let directory = try temporaryDirectory(self)
        let module = directory + "/tessera_autoreload_probe.py"
        try "def answer():\n    return 1\n".write(toFile: module, atomically: true, encoding: .utf8)
        let results: [CellResult] = try onInterpreterThread {
            let session = Session(extensions: KernelExtensions())
            var results = [session.run("%load_ext autoreload"), session.run("%autoreload 2"),
                           session.run("import sys\nsys.path.insert(0, \(Formatting.quoteString(directory)))\nimport tessera_autoreload_probe as probe\nfrom tessera_autoreload_probe import answer"),
                           session.run("probe.answer(), answer()")]
            // A later modification time than the first load, whatever the file system's resolution.
            try? "def answer():\n    return 2\n".write(toFile: module, atomically: true, encoding: .utf8)
            try? FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(5)], ofItemAtPath: module)
            results.append(session.run("probe.answer(), answer()"))
            return results
        }
        XCTAssertNil(results[2].error)
        XCTAssertEqual(results[3].text, "(1, 1)")
        XCTAssertEqual(results[4].text, "(2, 2)")
    }

    func testSaveWritesCellsAndLoadPutsAFileInTheNextInput() throws {
        let directory = try temporaryDirectory(self)
        let path = directory + "/work"
        let (results, nextInput): ([CellResult], String?) = try onInterpreterThread {
            let session = Session(extensions: KernelExtensions())
            let results = [session.run("a = 1"), session.run("b = a + 1"), session.run("%save \(path) 1-2"),
                           session.run("%save \(path) 1"), session.run("%load \(path).py -r 2-3")]
            return (results, session.nextInput)
        }
        XCTAssertEqual(results[2].text, "The following commands were written to file `\(path).py`:\na = 1\nb = a + 1\n")
        XCTAssertEqual(try String(contentsOfFile: path + ".py", encoding: .utf8), "# coding: utf-8\na = 1\nb = a + 1\n")
        // An existing file is not replaced without -f.
        XCTAssertEqual(results[3].error?.name, "UsageError")
        XCTAssertEqual(nextInput, "# %load \(path).py -r 2-3\na = 1\nb = a + 1")
    }

    func testTerminalCellMagicsAndLoadedCodeEndAtABlankLine() throws {
        var output = ""
        try onInterpreterThread {
            let session = Session(extensions: KernelExtensions())
            let reader = PipedLineReader(lines: ["%%time", "x = 1", "y = 2", "", "x + y"], write: { output += $0 })
            let driver = ReplDriver(session: session, reader: reader, write: { output += $0 })
            driver.run()
        }
        XCTAssertTrue(output.contains("In [1]: %%time\n   ...: x = 1\n   ...: y = 2\n   ...: \n"), output)
        XCTAssertTrue(output.contains("In [2]: x + y\nOut[2]: 3\n"), output)
    }
}

extension CellResult {
    /// The text of one stream (stdout or stderr) of the cell.
    func streamText(_ name: String) -> String {
        outputs.compactMap { output -> String? in
            if case .stream(let stream, let text) = output, stream == name { return text }
            return nil
        }.joined()
    }
}
