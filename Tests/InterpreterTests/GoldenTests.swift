#if canImport(Glibc)
import Glibc
#endif
import Interpreter
import XCTest

/// Runs every program of the golden corpus (Tests/InterpreterTests/Golden, outputs made by
/// CPython 3.11 with Scripts/gen-golden) and compares Tessera's output byte for byte.
final class GoldenTests: XCTestCase {
    static let goldenDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// Output as the corpus records it: stdout, then the last traceback line of an uncaught
    /// exception on a line of its own.
    static func output(of program: URL) -> String {
        let directory = program.deletingLastPathComponent().path
        let interpreter = Interpreter()
        var output = ""
        interpreter.standardOutput = { output += $0 }
        interpreter.standardError = { _ in }
        interpreter.searchPaths = [directory]
        interpreter.argv = [program.lastPathComponent]
        let previous = FileManager.default.currentDirectoryPath
        FileManager.default.changeCurrentDirectoryPath(directory)
        defer { FileManager.default.changeCurrentDirectoryPath(previous) }
        let source = (try? String(contentsOf: program, encoding: .utf8)) ?? ""
        let namespace = interpreter.makeNamespace(moduleName: "__main__")
        namespace["__file__"] = .str(program.lastPathComponent)
        do {
            try interpreter.run(source, fileName: program.lastPathComponent, namespace: namespace)
        } catch let exception as PyException {
            if !output.isEmpty && !output.hasSuffix("\n") { output += "\n" }
            let line = interpreter.formatException(exception).split(separator: "\n").last.map(String.init) ?? ""
            output += line + "\n"
        } catch {
            output += "Swift error: \(error)\n"
        }
        return output
    }

    static func programs() -> [URL] {
        let fm = FileManager.default
        guard let groups = try? fm.contentsOfDirectory(atPath: goldenDirectory.path) else { return [] }
        var result: [URL] = []
        for group in groups.sorted() {
            let folder = goldenDirectory.appendingPathComponent(group)
            guard let files = try? fm.contentsOfDirectory(atPath: folder.path) else { continue }
            for file in files.sorted() where file.hasSuffix(".py") {
                result.append(folder.appendingPathComponent(file))
            }
        }
        return result
    }

    func testGoldenCorpus() throws {
        let programs = GoldenTests.programs()
        XCTAssertGreaterThanOrEqual(programs.count, 200, "the golden corpus is missing")
        var failures: [String] = []
        for program in programs {
            let expectedURL = program.deletingPathExtension().appendingPathExtension("out")
            guard let expected = try? String(contentsOf: expectedURL, encoding: .utf8) else {
                failures.append("\(program.path): no .out file")
                continue
            }
            let actual = GoldenTests.output(of: program)
            if actual != expected {
                let name = program.deletingLastPathComponent().lastPathComponent + "/" + program.lastPathComponent
                failures.append("\(name)\n--- expected\n\(expected)--- actual\n\(actual)")
            }
        }
        if !failures.isEmpty {
            XCTFail("\(failures.count) of \(programs.count) golden programs differ:\n\n" + failures.joined(separator: "\n\n"))
        }
    }
}
