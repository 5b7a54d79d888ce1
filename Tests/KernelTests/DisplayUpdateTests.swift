import Foundation
import Interpreter
@testable import Kernel
import XCTest

/// IPython's updatable displays: `display(obj, display_id=...)`, `DisplayHandle.update`,
/// `update_display` and `clear_output`, as the session keeps them (the running cell's outputs
/// change in place), as live front ends hear of them (display events), and as a notebook run
/// stores them (only each display's final state, as nbclient stores it).
final class DisplayUpdateTests: XCTestCase {
    private func plainTexts(_ outputs: [CellOutput]) -> [String] {
        outputs.compactMap { output in
            if case .displayData(let data) = output { return data.plainText }
            return nil
        }
    }

    func testAnUpdateReplacesTheOutputInPlaceAndKeepsItsPosition() throws {
        let (result, events): (CellResult, [DisplayEvent]) = try onInterpreterThread {
            let session = Session(extensions: KernelExtensions())
            var events: [DisplayEvent] = []
            session.displayEventHandler = { events.append($0) }
            let result = session.run("""
                h = display('first', display_id=True)
                display('other')
                h.update('second')
                print(type(h).__name__, len(h.display_id))
                """)
            return (result, events)
        }
        XCTAssertEqual(plainTexts(result.outputs), ["'second'", "'other'"])
        XCTAssertEqual(result.outputs.last, .stream(name: "stdout", text: "DisplayHandle 32\n"))
        guard case .update(let data)? = events.first, events.count == 1 else { return XCTFail("\(events)") }
        XCTAssertEqual(data.plainText, "'second'")
        guard case .displayData(let shown) = result.outputs[0] else { return XCTFail("\(result.outputs)") }
        XCTAssertNotNil(shown.displayID)
        XCTAssertEqual(shown.displayID, data.displayID)
    }

    func testTheSameIdShownTwiceIsUpdatedInBothPlaces() throws {
        let result: CellResult = try onInterpreterThread {
            let session = Session(extensions: KernelExtensions())
            return session.run("""
                from IPython.display import display, update_display
                display('a', display_id='bar')
                display('b')
                display('c', display_id='bar')
                update_display('d', display_id='bar')
                """)
        }
        XCTAssertEqual(plainTexts(result.outputs), ["'d'", "'b'", "'d'"])
    }

    func testUpdateWithoutAnIdIsATypeError() throws {
        let result: CellResult = try onInterpreterThread {
            Session(extensions: KernelExtensions()).run("display(1, update=True)")
        }
        XCTAssertEqual(result.error?.name, "TypeError")
        XCTAssertEqual(result.error?.value, "display_id required for update_display")
    }

    func testClearOutputRemovesTheCellsOutputsNowOrBeforeTheNextOne() throws {
        let results: [CellResult] = try onInterpreterThread {
            let session = Session(extensions: KernelExtensions())
            return [
                session.run("from IPython.display import clear_output\nprint('a')\nclear_output()\nprint('b')"),
                session.run("print('a')\nclear_output(wait=True)\nprint('c')"),
                session.run("print('a')\nclear_output(wait=True)"),
            ]
        }
        XCTAssertEqual(results[0].outputs, [.stream(name: "stdout", text: "b\n")])
        XCTAssertEqual(results[1].outputs, [.stream(name: "stdout", text: "c\n")])
        // Nothing came after the waiting clear: the output stays, as in Jupyter.
        XCTAssertEqual(results[2].outputs, [.stream(name: "stdout", text: "a\n")])
    }

    func testRawBundlesAndTheRichDisplayClasses() throws {
        let results: [CellResult] = try onInterpreterThread {
            let session = Session(extensions: KernelExtensions())
            return [
                session.run("display({'text/plain': 'plain', 'text/html': '<b>bold</b>'}, raw=True)"),
                session.run("from IPython.display import HTML, Markdown, Latex\nHTML('<i>x</i>')"),
                session.run("Markdown('# title')"),
                session.run("Latex(r'$x^2$')"),
            ]
        }
        guard case .displayData(let raw) = results[0].outputs.first else { return XCTFail("\(results[0].outputs)") }
        XCTAssertEqual(raw["text/html"]?.text, "<b>bold</b>")
        XCTAssertEqual(raw.plainText, "plain")
        let shown = results[1...].map { result -> DisplayData? in
            if case .executeResult(_, let data)? = result.outputs.first { return data }
            return nil
        }
        XCTAssertEqual(shown.count, 3)
        guard shown.count == 3 else { return }
        XCTAssertEqual(shown[0]?.plainText, "<IPython.core.display.HTML object>")
        XCTAssertEqual(shown[0]?["text/html"]?.text, "<i>x</i>")
        XCTAssertEqual(shown[1]?["text/markdown"]?.text, "# title")
        XCTAssertEqual(shown[2]?["text/latex"]?.text, "$x^2$")
    }

    func testGetIpythonNamesTheShellLibrariesProbe() throws {
        let results: [CellResult] = try onInterpreterThread {
            let session = Session(extensions: KernelExtensions())
            let terminal = session.run("from IPython import get_ipython\nprint(get_ipython().__class__.__name__, get_ipython().kernel)")
            session.shellClassName = "ZMQInteractiveShell"
            let kernel = session.run("print(get_ipython().__class__.__name__, bool(get_ipython().kernel), get_ipython() is get_ipython())")
            return [terminal, kernel]
        }
        XCTAssertEqual(results[0].text, "TerminalInteractiveShell None\n")
        XCTAssertEqual(results[1].text, "ZMQInteractiveShell True True\n")
    }

    func testANotebookRunKeepsTheFinalStateOfADisplayShownInAnEarlierCell() throws {
        let report: NotebookRunner.Report = try onInterpreterThread {
            let session = Session(extensions: KernelExtensions())
            let notebook = Notebook(cells: [
                NotebookCell(kind: .code, source: "h = display('0%', display_id=True)"),
                NotebookCell(kind: .code, source: "for step in range(1, 5):\n    h.update(f'{step * 25}%')"),
            ])
            return NotebookRunner(session: session).run(notebook)
        }
        XCTAssertEqual(plainTexts(report.notebook.cells[0].outputs), ["'100%'"])
        XCTAssertEqual(report.notebook.cells[1].outputs, [])
    }

    func testATerminalPrintsTextUpdatesAndNotRichOnes() {
        var text = DisplayData(plainText: "epoch 2")
        text.displayID = "x"
        XCTAssertEqual(Transcript.renderUpdate(text), "epoch 2\n")
        var html = DisplayData(plainText: "<IPython.core.display.HTML object>")
        html["text/html"] = .text("<progress value='2'></progress>")
        XCTAssertNil(Transcript.renderUpdate(html))
    }
}
