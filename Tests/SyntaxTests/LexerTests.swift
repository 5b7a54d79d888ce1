@testable import Syntax
import XCTest

final class LexerTests: XCTestCase {
    func kinds(_ source: String) throws -> [String] {
        try Lexer.tokenize(SourceFile(name: "<test>", text: source)).map(\.description)
    }

    func testIndentationProducesIndentAndDedent() throws {
        XCTAssertEqual(try kinds("if x:\n    y = 1\nz\n"),
                       ["if", "x", ":", "NEWLINE", "INDENT", "y", "=", "1", "NEWLINE", "DEDENT", "z", "NEWLINE", "EOF"])
    }

    func testBracketsAndBackslashJoinLines() throws {
        XCTAssertEqual(try kinds("a = (1,\n  2)\nb = 1 + \\\n 2\n"),
                       ["a", "=", "(", "1", ",", "2", ")", "NEWLINE", "b", "=", "1", "+", "2", "NEWLINE", "EOF"])
    }

    func testNumbers() throws {
        let tokens = try Lexer.tokenize(SourceFile(name: "t", text: "4_000_000 0xff 1e-5 1. .5 0o17 0b101"))
        XCTAssertEqual(tokens[0].kind, .int(4_000_000))
        XCTAssertEqual(tokens[1].kind, .int(255))
        XCTAssertEqual(tokens[2].kind, .float(1e-5))
        XCTAssertEqual(tokens[3].kind, .float(1.0))
        XCTAssertEqual(tokens[4].kind, .float(0.5))
        XCTAssertEqual(tokens[5].kind, .int(15))
        XCTAssertEqual(tokens[6].kind, .int(5))
    }

    func testStringQuotingsAndEscapes() throws {
        let tokens = try Lexer.tokenize(SourceFile(name: "t", text: #"'a\tb' "c\"d" r'\n' '''x\ny''' "\x41\u00e9""#))
        XCTAssertEqual(tokens[0].kind, .string("a\tb"))
        XCTAssertEqual(tokens[1].kind, .string("c\"d"))
        XCTAssertEqual(tokens[2].kind, .string("\\n"))
        XCTAssertEqual(tokens[3].kind, .string("x\ny"))
        XCTAssertEqual(tokens[4].kind, .string("Aé"))
    }

    func testFStringPieces() throws {
        let tokens = try Lexer.tokenize(SourceFile(name: "t", text: "f'a{x!r:>{w}}b{{c}}{y=}'"))
        guard case .fstring(let pieces) = tokens[0].kind else { return XCTFail("not an f-string") }
        XCTAssertEqual(pieces.count, 4)
        XCTAssertEqual(pieces[0], .literal("a"))
        guard case .field(let field) = pieces[1] else { return XCTFail() }
        XCTAssertEqual(field.source, "x")
        XCTAssertEqual(field.conversion, "r")
        XCTAssertEqual(field.formatSpec?.count, 2)
        XCTAssertEqual(pieces[2], .literal("b{c}"))
        guard case .field(let debug) = pieces[3] else { return XCTFail() }
        XCTAssertEqual(debug.debugText, "y=")
    }

    func testErrorsHaveCPythonWording() {
        func message(_ source: String) -> String {
            do { _ = try Parser.parse(SourceFile(name: "t", text: source)); return "no error" }
            catch let error as SyntaxError { return "\(error.kind.rawValue): \(error.message)" }
            catch { return "\(error)" }
        }
        XCTAssertEqual(message("x = 'abc"), "SyntaxError: unterminated string literal (detected at line 1)")
        XCTAssertEqual(message("x = (1,"), "SyntaxError: '(' was never closed")
        XCTAssertEqual(message("a=1\n  b=2"), "IndentationError: unexpected indent")
        XCTAssertEqual(message("if x:\n    a\n  b"), "IndentationError: unindent does not match any outer indentation level")
        XCTAssertEqual(message(String(repeating: "(", count: 10_000)), "SyntaxError: too many nested parentheses")
        XCTAssertEqual(message("x = 012"), "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
    }
}
