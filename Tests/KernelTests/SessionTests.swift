import Foundation
import Interpreter
@testable import Kernel
import XCTest

final class SessionTests: XCTestCase {
    /// Runs cells in one fresh session and returns their results.
    func run(_ cells: [String], in session: Session? = nil) throws -> [CellResult] {
        try onInterpreterThread {
            let session = session ?? Session(extensions: KernelExtensions())
            return cells.map { session.run($0) }
        }
    }

    func testCellsAreNumberedAndTheLastExpressionIsShown() throws {
        let results = try run(["x = 20", "x + 22", "print('hi')", "x * 2;"])
        XCTAssertEqual(results.map(\.executionCount), [1, 2, 3, 4])
        XCTAssertEqual(results[0].outputs, [])
        XCTAssertEqual(results[1].outputs, [.executeResult(executionCount: 2, data: DisplayData(plainText: "42"))])
        XCTAssertEqual(results[2].outputs, [.stream(name: "stdout", text: "hi\n")])
        // A trailing semicolon hides the value (and keeps it out of Out).
        XCTAssertEqual(results[3].outputs, [])
    }

    func testEmptyCellsUseNoNumber() throws {
        let results = try run(["  \n", "1", "\n"])
        XCTAssertEqual(results.map(\.executionCount), [nil, 1, nil])
    }

    func testOutUnderscoreAndNumberedNames() throws {
        let session = try onInterpreterThread { Session(extensions: KernelExtensions()) }
        let results = try run(["'a'", "'b'", "'c'", "(_, __, ___, _1, Out[2], In[3])", "len(Out)"], in: session)
        XCTAssertEqual(results[3].text, "('c', 'b', 'a', 'a', 'b', \"'c'\")")
        XCTAssertEqual(results[4].text, "4")
    }

    func testPrintsAndResultKeepTheirOrderAndStreamsMerge() throws {
        let results = try run(["import sys\nprint(1)\nprint(2)\nsys.stderr.write('e\\n')\nprint(3)\n'done'"])
        XCTAssertEqual(results[0].outputs, [
            .stream(name: "stdout", text: "1\n2\n"),
            .stream(name: "stderr", text: "e\n"),
            .stream(name: "stdout", text: "3\n"),
            .executeResult(executionCount: 1, data: DisplayData(plainText: "'done'")),
        ])
    }

    func testErrorsAreTracebacksNamingTheCell() throws {
        let results = try run(["def f(x):\n    return 1 / x", "y = 1\nf(0)"])
        XCTAssertEqual(results[1].status, .error)
        let error = try XCTUnwrap(results[1].error)
        XCTAssertEqual(error.name, "ZeroDivisionError")
        XCTAssertEqual(error.value, "division by zero")
        XCTAssertEqual(error.traceback, [
            "Traceback (most recent call last):",
            "  File \"<cell 2>\", line 2, in <module>",
            "    f(0)",
            "  File \"<cell 1>\", line 2, in f",
            "    return 1 / x",
            "           ~~^~~",
            "ZeroDivisionError: division by zero",
        ])
    }

    func testSyntaxErrorsAreReportedAndTheSessionGoesOn() throws {
        let results = try run(["x = (1 +", "x = 5", "x"])
        XCTAssertEqual(results[0].error?.name, "SyntaxError")
        XCTAssertTrue(results[0].error?.text.contains("<cell 1>") ?? false, results[0].error?.text ?? "")
        XCTAssertEqual(results[2].text, "5")
    }

    func testAValueWhoseReprRaisesIsAnErrorAndNotStored() throws {
        let results = try run(["class Bad:\n    def __repr__(self):\n        raise ValueError('no repr')", "Bad()", "len(Out), 'Bad' in repr(_)"])
        XCTAssertEqual(results[1].error?.name, "ValueError")
        XCTAssertEqual(results[1].error?.traceback.last, "ValueError: no repr")
        XCTAssertEqual(results[2].text, "(0, False)")
    }

    func testExitIsReportedToTheFrontEnd() throws {
        let results = try run(["exit()", "import sys\nsys.exit(3)"])
        XCTAssertEqual(results[0].status, .exitRequested(0))
        XCTAssertEqual(results[1].status, .exitRequested(3))
    }

    func testInterruptFlagRaisesKeyboardInterruptAndIsClearedForTheNextCell() throws {
        let results: [CellResult] = try onInterpreterThread {
            let session = Session(extensions: KernelExtensions())
            session.interruptFlag.pointee = 1
            // A set flag left over from the prompt does not interrupt the next cell.
            let first = session.run("1 + 1")
            session.outputHandler = { output in
                if case .stream = output { session.interruptFlag.pointee = 1 }
            }
            let second = session.run("print('start')\nwhile True:\n    pass")
            session.outputHandler = nil
            let third = session.run("'still here'")
            return [first, second, third]
        }
        XCTAssertEqual(results[0].text, "2")
        XCTAssertEqual(results[1].error?.name, "KeyboardInterrupt")
        XCTAssertEqual(results[2].text, "'still here'")
    }

    func testDisplayBuiltinAndRichDisplayProtocol() throws {
        let results = try run([
            "class Pic:\n    def _repr_png_(self):\n        return b'\\x89PNG'\n    def __repr__(self):\n        return 'Pic()'",
            "display(1, 'two')\nPic()",
            "from IPython.display import display\ndisplay(Pic())",
        ])
        XCTAssertEqual(results[1].outputs.count, 3)
        XCTAssertEqual(results[1].outputs[0], .displayData(DisplayData(plainText: "1")))
        XCTAssertEqual(results[1].outputs[1], .displayData(DisplayData(plainText: "'two'")))
        guard case .executeResult(_, let data) = results[1].outputs[2] else { return XCTFail("\(results[1].outputs)") }
        XCTAssertEqual(data.plainText, "Pic()")
        XCTAssertEqual(data.png, Data([0x89, 0x50, 0x4E, 0x47]))
        XCTAssertEqual(data.mimeTypes, ["text/plain", "image/png"])
        guard case .displayData(let shown) = results[2].outputs.first else { return XCTFail("\(results[2].outputs)") }
        XCTAssertNotNil(shown.png)
    }

    func testRegisteredDisplayRendererWins() throws {
        let results: [CellResult] = try onInterpreterThread {
            let extensions = KernelExtensions()
            extensions.interpreterSetup.append { interpreter in
                DisplaySupport.of(interpreter).renderers.append { _, value in
                    guard case .int(let i) = value else { return nil }
                    return [DisplayItem(mimeType: "text/markdown", text: "**\(i)**"), DisplayItem(mimeType: "text/plain", text: "int<\(i)>")]
                }
            }
            let session = Session(extensions: extensions)
            return [session.run("7"), session.run("'s'")]
        }
        guard case .executeResult(_, let data) = results[0].outputs.first else { return XCTFail() }
        XCTAssertEqual(data.plainText, "int<7>")
        XCTAssertEqual(data["text/markdown"], .text("**7**"))
        XCTAssertEqual(data.mimeTypes, ["text/plain", "text/markdown"])
        XCTAssertEqual(results[1].text, "'s'")
    }

    func testPublishedItemsAndFlushersBelongToTheCell() throws {
        let results: [CellResult] = try onInterpreterThread {
            let extensions = KernelExtensions()
            extensions.sessionSetup.append { session in
                session.namespace["pending"] = .object(PyList())
                // Like matplotlib's inline backend: figures left open by a cell are shown after it.
                DisplaySupport.of(session.interpreter).flushers.append { [weak session] interpreter in
                    guard let session, let pending = session.namespace["pending"]?.asObject as? PyList else { return }
                    for item in pending.items { try session.display(item) }
                    pending.items = []
                    interpreter.display(DisplayItem(mimeType: "image/png", data: [0x89], text: "<figure>"))
                    if session.namespace["fail_after"] != nil {
                        session.namespace["fail_after"] = nil
                        throw PyException(BuiltinTypes.runtimeError, "flush failed")
                    }
                }
            }
            let session = Session(extensions: extensions)
            return [session.run("pending.append('figure')\n1"), session.run("2"), session.run("fail_after = 1")]
        }
        var figure = DisplayData()
        figure["image/png"] = .binary(Data([0x89]))
        figure["text/plain"] = .text("<figure>")
        XCTAssertEqual(results[0].outputs, [.executeResult(executionCount: 1, data: DisplayData(plainText: "1")),
                                            .displayData(DisplayData(plainText: "'figure'")),
                                            .displayData(figure)])
        XCTAssertEqual(results[1].outputs.count, 2)
        XCTAssertEqual(results[2].status, .error)
        XCTAssertEqual(results[2].error?.traceback, ["RuntimeError: flush failed"])
    }

    func testPlainSessionHasNoLibrary() throws {
        let results = try run([
            "import math\nmath.sqrt(16)",
            "import torch",
            "import numpy",
        ])
        XCTAssertEqual(results[0].text, "4.0")
        XCTAssertEqual(results[1].error?.name, "ModuleNotFoundError")
        XCTAssertEqual(results[2].error?.name, "ModuleNotFoundError")
    }

    func testHelpShowsSignatureDocstringAndSource() throws {
        let results = try run([
            "def area(w, h=2):\n    \"\"\"Rectangle area.\"\"\"\n    return w * h",
            "area?",
            "area??",
            "nothing_here?",
        ])
        XCTAssertTrue(results[1].text.contains("Signature: area(w, h=2)"), results[1].text)
        XCTAssertTrue(results[1].text.contains("Docstring: Rectangle area."), results[1].text)
        XCTAssertFalse(results[1].text.contains("return w * h"), results[1].text)
        XCTAssertTrue(results[2].text.contains("return w * h"), results[2].text)
        XCTAssertEqual(results[3].text, "Object `nothing_here` not found.\n")
    }

    func testClassSourcesAreRecorded() throws {
        let source: String? = try onInterpreterThread {
            let session = Session(extensions: KernelExtensions())
            session.run("class P:\n    def __init__(self):\n        self.v = 42")
            guard case .object(let o)? = session.namespace["P"], let type = o as? PyType else { return nil }
            return session.classSources.source(of: type)
        }
        XCTAssertEqual(source, "class P:\n    def __init__(self):\n        self.v = 42")
    }
}
