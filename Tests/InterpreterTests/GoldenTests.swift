#if canImport(Glibc)
import Glibc
#endif
import Interpreter
import XCTest

/// Runs every program of the golden corpus (Tests/InterpreterTests/Golden, outputs made by
/// CPython 3.11 with Scripts/gen-golden) and compares Tessera's output byte for byte.
///
/// One test method per group folder, named after it (`classes` -> `testClasses`,
/// `modules_math` -> `testModulesMath`), so `swift test --filter GoldenTests/testClasses` runs one
/// group. `testEveryGroupFolderHasATestMethod` fails when a folder has no method, so a new group
/// cannot be left out silently.
final class GoldenTests: XCTestCase {
    func testArithmetic() throws { try checkGroup() }
    func testAttributeCaches() throws { try checkGroup() }
    func testBookIdioms() throws { try checkGroup() }
    func testBuiltins() throws { try checkGroup() }
    func testBytesMethods() throws { try checkGroup() }
    func testClasses() throws { try checkGroup() }
    func testClosures() throws { try checkGroup() }
    func testComparisons() throws { try checkGroup() }
    func testComprehensions() throws { try checkGroup() }
    func testControlFlow() throws { try checkGroup() }
    func testDecorators() throws { try checkGroup() }
    func testDicts() throws { try checkGroup() }
    func testDynamicExecution() throws { try checkGroup() }
    func testDunder() throws { try checkGroup() }
    func testErrors() throws { try checkGroup() }
    func testExceptions() throws { try checkGroup() }
    func testFloats() throws { try checkGroup() }
    func testFstrings() throws { try checkGroup() }
    func testFunctions() throws { try checkGroup() }
    func testGenerators() throws { try checkGroup() }
    func testHelp() throws { try checkGroup() }
    func testHostileInput() throws { try checkGroup() }
    func testImports() throws { try checkGroup() }
    func testInheritance() throws { try checkGroup() }
    func testInts() throws { try checkGroup() }
    func testBigint() throws { try checkGroup() }
    func testLambdas() throws { try checkGroup() }
    func testLists() throws { try checkGroup() }
    func testLiterals() throws { try checkGroup() }
    func testLoops() throws { try checkGroup() }
    func testModulesCollections() throws { try checkGroup() }
    func testModulesDatetime() throws { try checkGroup() }
    func testModulesFunctools() throws { try checkGroup() }
    func testModulesItertools() throws { try checkGroup() }
    func testModulesJson() throws { try checkGroup() }
    func testModulesMath() throws { try checkGroup() }
    func testModulesOperator() throws { try checkGroup() }
    func testModulesRandom() throws { try checkGroup() }
    func testModulesString() throws { try checkGroup() }
    func testModulesSys() throws { try checkGroup() }
    func testModulesTime() throws { try checkGroup() }
    func testModulesHeapq() throws { try checkGroup() }
    func testModulesBisect() throws { try checkGroup() }
    func testModulesIo() throws { try checkGroup() }
    func testModulesTextwrap() throws { try checkGroup() }
    func testModulesPprint() throws { try checkGroup() }
    func testModulesFractions() throws { try checkGroup() }
    func testModulesCsv() throws { try checkGroup() }
    func testModulesLogging() throws { try checkGroup() }
    func testModulesArgparse() throws { try checkGroup() }
    func testModulesStruct() throws { try checkGroup() }
    func testModulesCopy() throws { try checkGroup() }
    func testModulesTyping() throws { try checkGroup() }
    func testModulesDataclasses() throws { try checkGroup() }
    func testModulesEnum() throws { try checkGroup() }
    func testModulesAbc() throws { try checkGroup() }
    func testModulesContextlib() throws { try checkGroup() }
    func testModulesWarnings() throws { try checkGroup() }
    func testModulesTypes() throws { try checkGroup() }
    func testModulesInspect() throws { try checkGroup() }
    func testModulesNumbers() throws { try checkGroup() }
    func testModulesBase64() throws { try checkGroup() }
    func testModulesUuid() throws { try checkGroup() }
    func testPercentFormat() throws { try checkGroup() }
    func testProperties() throws { try checkGroup() }
    func testSets() throws { try checkGroup() }
    func testStatements() throws { try checkGroup() }
    func testStrMethods() throws { try checkGroup() }
    func testStrings() throws { try checkGroup() }
    func testStringsUnicode() throws { try checkGroup() }
    func testSyntaxErrors() throws { try checkGroup() }
    func testTuples() throws { try checkGroup() }
    func testUnpacking() throws { try checkGroup() }
    func testWalrus() throws { try checkGroup() }
    func testWith() throws { try checkGroup() }
    func testYieldFrom() throws { try checkGroup() }

    static let goldenDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// Output as the corpus records it: stdout, then the last traceback line of an uncaught
    /// exception on a line of its own.
    static func output(of program: URL) -> String {
        let directory = program.deletingLastPathComponent().path
        let interpreter = Interpreter()
        var output = ""
        interpreter.standardOutput = { output += $0 }
        interpreter.standardError = { _ in }
        // CPython makes the references with stdin at its end: input() writes its prompt and
        // meets end of input.
        interpreter.readLine = { prompt in
            output += prompt
            return nil
        }
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

    /// The group folders of the corpus, sorted.
    static func groups() -> [String] {
        let fm = FileManager.default
        let entries = (try? fm.contentsOfDirectory(atPath: goldenDirectory.path)) ?? []
        return entries.filter { entry in
            var isFolder: ObjCBool = false
            return fm.fileExists(atPath: goldenDirectory.appendingPathComponent(entry).path, isDirectory: &isFolder) && isFolder.boolValue
        }.sorted()
    }

    /// The programs of a group: its `.py` files one folder deep (deeper ones are support modules).
    static func programs(in group: String) -> [URL] {
        let folder = goldenDirectory.appendingPathComponent(group)
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".py") }.sorted().map { folder.appendingPathComponent($0) }
    }

    /// The test method that runs a group: `modules_math` -> `testModulesMath`.
    static func methodName(for group: String) -> String {
        "test" + group.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// Runs the group the calling method is named after and compares every program's output.
    func checkGroup(_ function: String = #function) throws {
        let method = String(function.prefix { $0 != "(" })
        guard let group = GoldenTests.groups().first(where: { GoldenTests.methodName(for: $0) == method }) else {
            XCTFail("\(method) names no folder of \(GoldenTests.goldenDirectory.path)")
            return
        }
        let programs = GoldenTests.programs(in: group)
        XCTAssertFalse(programs.isEmpty, "the golden group \(group) has no programs")
        var failures: [String] = []
        for program in programs {
            let name = group + "/" + program.deletingPathExtension().lastPathComponent
            let expectedURL = program.deletingPathExtension().appendingPathExtension("out")
            guard let expected = try? String(contentsOf: expectedURL, encoding: .utf8) else {
                failures.append("\(name).py: no .out file (run Scripts/gen-golden)")
                continue
            }
            let actual = onLargeStack { GoldenTests.output(of: program) }
            if actual != expected {
                failures.append("\(name).py\n--- expected\n\(expected)--- actual\n\(actual)")
            }
        }
        if !failures.isEmpty {
            XCTFail("\(failures.count) of \(programs.count) programs of \(group) differ:\n\n" + failures.joined(separator: "\n\n"))
        }
    }

    /// Every group folder has its method (one of the one-line methods at the top of this class,
    /// found by reading this file), and every such method has a folder.
    func testEveryGroupFolderHasATestMethod() throws {
        let groups = GoldenTests.groups()
        XCTAssertGreaterThanOrEqual(groups.count, 40, "the golden corpus is missing")
        XCTAssertGreaterThanOrEqual(groups.reduce(0) { $0 + GoldenTests.programs(in: $1).count }, 200, "the golden corpus is missing")
        let source = try String(contentsOfFile: #filePath, encoding: .utf8)
        let pattern = try NSRegularExpression(pattern: #"func (test\w+)\(\) throws \{ try checkGroup\(\) \}"#)
        let methods = Set(pattern.matches(in: source, range: NSRange(source.startIndex..., in: source)).compactMap {
            Range($0.range(at: 1), in: source).map { String(source[$0]) }
        })
        let missing = groups.filter { !methods.contains(GoldenTests.methodName(for: $0)) }
        XCTAssertTrue(missing.isEmpty, "golden groups without a test method; add to GoldenTests:\n"
                      + missing.map { "    func \(GoldenTests.methodName(for: $0))() throws { try checkGroup() }" }.joined(separator: "\n"))
        let orphans = methods.subtracting(groups.map(GoldenTests.methodName(for:)))
        XCTAssertTrue(orphans.isEmpty, "test methods without a golden folder: \(orphans.sorted())")
    }
}
