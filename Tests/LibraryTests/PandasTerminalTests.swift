import Interpreter
import XCTest

/// A Styler's text form: pandas' object repr where output is plain, the grid with each cell on
/// its gradient colour where the host says the terminal shows colour. The colours themselves are
/// checked against pandas' HTML in TorchPrograms/pandas_html_style.py.
final class PandasTerminalTests: XCTestCase {
    // Greys per column: 1 and 2 are their column's minimum (white, black text), 3 and 4 the
    // maximum (black, text #f1f1f1).
    static let program = """
        import pandas as pd
        styler = pd.DataFrame([[1, 2], [3, 4]]).style.background_gradient('Greys')
        print(repr(styler))
        """

    func testPlainOutputKeepsPandasObjectRepr() throws {
        let output = try LibrarySession.run(Self.program)
        XCTAssertTrue(output.hasPrefix("<pandas.io.formats.style.Styler object at 0x"), output)
        XCTAssertFalse(output.contains("\u{1B}["), output)
    }

    func testTrueColourTerminalShowsCellBackgrounds() throws {
        let output = try LibrarySession.run(Self.program) { DisplaySupport.of($0).colourTerminal = "truecolor" }
        let white = "\u{1B}[38;2;0;0;0m\u{1B}[48;2;255;255;255m"
        let black = "\u{1B}[38;2;241;241;241m\u{1B}[48;2;0;0;0m"
        XCTAssertEqual(output, "   0  1\n0 \(white) 1\u{1B}[0m \(white) 2\u{1B}[0m\n1 \(black) 3\u{1B}[0m \(black) 4\u{1B}[0m\n")
    }

    func testPaletteTerminalUsesNearest256Colours() throws {
        let output = try LibrarySession.run(Self.program) { DisplaySupport.of($0).colourTerminal = "256" }
        XCTAssertTrue(output.contains("\u{1B}[38;5;16m\u{1B}[48;5;231m 1\u{1B}[0m"), output)
        XCTAssertTrue(output.contains("\u{1B}[38;5;254m\u{1B}[48;5;16m 3\u{1B}[0m"), output)
    }
}
