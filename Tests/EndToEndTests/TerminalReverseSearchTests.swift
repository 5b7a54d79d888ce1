import Foundation
import XCTest

/// Ctrl-R in the REPL on a real terminal, as readline and IPython show it: the search prompt
/// on the input line, Ctrl-R again for older matches, an arrow key that ends the search with a
/// clean line and then moves the cursor, and Ctrl-G that gives back the line as it was.
extension TerminalReplTests {
    func testReverseSearchShowsItsPromptAndEndsCleanlyOnAnArrowKey() throws {
        let tessera = try TesseraProcess.executable().path
        try start(command: "env TESSERA_HOME='\(root)/home' TERM=xterm '\(tessera)' --fresh")
        try waitFor("In [1]: ")
        for line in ["alpha = 11", "beta = 22", "alpha * 2"] {
            try text(line)
            try type("Enter")
        }
        try waitFor("In [4]: ")
        try type("C-r")
        try text("alp")
        try waitFor("(reverse-i-search)`alp': alpha * 2")
        try type("C-r")
        try waitFor("(reverse-i-search)`alp': alpha = 11")
        try text("q")
        try waitFor("(failed reverse-i-search)`alpq': alpha = 11")
        try type("BSpace")
        try waitFor("(reverse-i-search)`alp': alpha = 11")
        try type("Left")
        try text("+1")
        try type("Enter")
        var screen = try waitFor("In [5]: ")
        XCTAssertTrue(screen.contains("In [4]: alpha = 1+11\n"), screen)
        XCTAssertFalse(screen.contains("[D"), screen)
        try text("alpha")
        try type("Enter")
        try waitFor("Out[5]: 12")
        try text("beta")
        try type("C-r")
        try text("zzz")
        try waitFor("(failed reverse-i-search)`zzz': ")
        try type("C-g")
        try type("Enter")
        screen = try waitFor("Out[6]: 22")
        XCTAssertTrue(screen.contains("In [6]: beta\n"), screen)
        try type("C-d")
    }
}
