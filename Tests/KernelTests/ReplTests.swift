import Foundation
import Interpreter
@testable import Kernel
import XCTest

final class ReplTests: XCTestCase {
    func complete(_ lines: [String]) -> Bool {
        InputScanner(lines.joined(separator: "\n")).isComplete
    }

    func testCellCompleteness() {
        XCTAssertTrue(complete(["x = 1"]))
        XCTAssertTrue(complete(["if x: y = 1"]))
        XCTAssertTrue(complete(["# just a comment"]))
        XCTAssertFalse(complete(["for i in range(3):"]))
        XCTAssertFalse(complete(["for i in range(3):", "    print(i)"]))
        XCTAssertTrue(complete(["for i in range(3):", "    print(i)", ""]))
        // A dedented line ends the block and belongs to the cell.
        XCTAssertTrue(complete(["def f():", "    return 1", "f()"]))
        XCTAssertFalse(complete(["if x:", "    pass", "else:"]))
        XCTAssertFalse(complete(["@decorator"]))
        XCTAssertFalse(complete(["x = [1,"]))
        XCTAssertTrue(complete(["x = [1,", " 2]"]))
        XCTAssertFalse(complete(["s = '''text"]))
        XCTAssertTrue(complete(["s = '''text", "more'''"]))
        XCTAssertFalse(complete(["x = 1 + \\"]))
        XCTAssertTrue(complete(["d = {'a': 1}  # a colon: in a comment"]))
        XCTAssertTrue(complete(["s = 'ends with colon:'"]))
        XCTAssertTrue(complete(["x = '(' + \"[\""]))
    }

    func testTrailingSemicolon() {
        XCTAssertTrue(InputScanner("x = 1\nx;").endsWithSemicolon)
        XCTAssertTrue(InputScanner("x;  # hidden\n\n").endsWithSemicolon)
        XCTAssertFalse(InputScanner("x\n'a;'").endsWithSemicolon)
        XCTAssertFalse(InputScanner("x  # not;").endsWithSemicolon)
    }

    func testMagicLinesBecomeCallsOnTheSameLine() {
        XCTAssertEqual(MagicLine.transform("for i in range(2):\n    %time f(i)\nt = %pwd\nf?\ns = '''\n%not_a_magic\n'''"),
                       "for i in range(2):\n    __tessera_magic__('time', 'f(i)')\nt = __tessera_magic__('pwd', '')\n"
                       + "__tessera_help__('f', False)\ns = '''\n%not_a_magic\n'''")
        XCTAssertEqual(MagicLine.transform("x = 10 % 3"), "x = 10 % 3")
    }

    func testPipedDriverTranscriptMatchesIPythonsForm() throws {
        var output = ""
        try onInterpreterThread {
            let session = Session(extensions: KernelExtensions())
            let reader = PipedLineReader(lines: ["", "a = 1", "if a:", "    print('yes')", "", "a +", "1", "x = (1,", "2)", "x"], write: { output += $0 })
            let driver = ReplDriver(session: session, reader: reader, write: { output += $0 })
            XCTAssertEqual(driver.run(), 0)
        }
        // An empty line re-prompts with the same number, as on a terminal.
        XCTAssertEqual(output, """
            In [1]: 

            In [1]: a = 1

            In [2]: if a:
               ...:     print('yes')
               ...: 
            yes

            In [3]: a +
              File "<cell 3>", line 1
                a +
                   ^
            SyntaxError: invalid syntax

            In [4]: 1
            Out[4]: 1

            In [5]: x = (1,
               ...: 2)

            In [6]: x
            Out[6]: (1, 2)


            """)
    }

    func testDriverStopsOnExitWithItsStatusAndSavesTheWorkspace() throws {
        let path = try temporaryDirectory(self) + "/ws.tsw"
        var output = ""
        let status: Int32 = try onInterpreterThread {
            let session = Session(extensions: KernelExtensions())
            let driver = ReplDriver(session: session, reader: PipedLineReader(lines: ["kept = 5", "exit(4)", "never = 1"], write: { output += $0 }),
                                    write: { output += $0 })
            driver.workspacePath = path
            return driver.run()
        }
        XCTAssertEqual(status, 4)
        XCTAssertFalse(output.contains("never"))
        XCTAssertTrue(output.hasSuffix("Saved 1 variable to \(path) (\(ByteCount.format((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0))).\n"), output)
        var second = ""
        try onInterpreterThread {
            let driver = ReplDriver(session: Session(extensions: KernelExtensions()), reader: PipedLineReader(lines: ["kept * 2"], write: { second += $0 }), write: { second += $0 })
            driver.workspacePath = path
            driver.restoreWorkspace()
            driver.run()
        }
        XCTAssertTrue(second.hasPrefix("Restored 1 variable from \(path) (saved "), second)
        XCTAssertTrue(second.contains("; tessera --fresh starts empty.\nIn [3]: kept * 2\nOut[3]: 10\n"), second)
    }

    func testFreshSessionKeepsTheSkippedWorkspace() throws {
        let directory = try temporaryDirectory(self)
        let path = directory + "/ws.tsw"
        func session(_ lines: [String], at workspace: String, fresh: Bool) throws -> String {
            var output = ""
            try onInterpreterThread {
                let driver = ReplDriver(session: Session(extensions: KernelExtensions()), reader: PipedLineReader(lines: lines, write: { output += $0 }),
                                        write: { output += $0 })
                driver.workspacePath = workspace
                if fresh { driver.startFresh() } else { driver.restoreWorkspace() }
                driver.run()
            }
            return output
        }
        _ = try session(["trained = 42"], at: path, fresh: false)
        let fresh = try session(["other = 1"], at: path, fresh: true)
        XCTAssertTrue(fresh.hasPrefix("Starting empty (--fresh); the saved workspace \(path) is kept.\n"), fresh)
        let kept = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasPrefix("ws.before-fresh-") }
        XCTAssertEqual(kept.count, 1, "\(kept)")
        XCTAssertTrue(fresh.contains("The workspace skipped by --fresh is kept as \(directory)/\(kept.first ?? "?").\n"), fresh)
        // The kept file holds the first session's variable, the new workspace the fresh session's.
        XCTAssertTrue(try session(["trained"], at: directory + "/" + (kept.first ?? "?"), fresh: false).contains("Out[2]: 42\n"))
        let current = try session(["other", "trained"], at: path, fresh: false)
        XCTAssertTrue(current.contains("Out[2]: 1\n") && current.contains("NameError"), current)
    }

    func testDamagedWorkspaceIsMovedAsideNotOverwritten() throws {
        let directory = try temporaryDirectory(self)
        let path = directory + "/ws.tsw"
        let damaged = Array("not a workspace file".utf8)
        FileManager.default.createFile(atPath: path, contents: Data(damaged))
        var output = ""
        try onInterpreterThread {
            let driver = ReplDriver(session: Session(extensions: KernelExtensions()), reader: PipedLineReader(lines: ["x = 1"], write: { output += $0 }),
                                    write: { output += $0 })
            driver.workspacePath = path
            driver.restoreWorkspace()
            driver.run()
        }
        let kept = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasPrefix("ws.damaged-") }
        XCTAssertEqual(kept.count, 1, "\(kept)")
        XCTAssertTrue(output.contains("It is kept as \(directory)/\(kept.first ?? "?"); starting empty.\n"), output)
        XCTAssertEqual(FileManager.default.contents(atPath: directory + "/" + (kept.first ?? "?")).map { Array($0) }, damaged)
        XCTAssertTrue(output.contains("Saved 1 variable to \(path)"), output)
    }

    /// Truncated, from a future format version, or not a workspace at all: with no input at all
    /// the session still moves the file aside before its save, says so exactly once, and a later
    /// session neither restores nor removes the kept copy.
    func testEveryKindOfDamagedFileIsKeptAndReportedOnce() throws {
        let directory = try temporaryDirectory(self)
        let path = directory + "/ws.tsw"
        func run(_ lines: [String]) throws -> String {
            var output = ""
            try onInterpreterThread {
                let driver = ReplDriver(session: Session(extensions: KernelExtensions()), reader: PipedLineReader(lines: lines, write: { output += $0 }),
                                        write: { output += $0 })
                driver.workspacePath = path
                driver.restoreWorkspace()
                driver.run()
            }
            return output
        }
        _ = try run(["weights = [0.25] * 30"])
        let whole = Array(try XCTUnwrap(FileManager.default.contents(atPath: path)))
        var future = whole
        future[4] = 99  // the format version, little-endian u32 after "TSWS"
        let damages: [(String, [UInt8])] = [("truncated", Array(whole.prefix(whole.count / 2))), ("future version", future),
                                             ("not a workspace", Array("not a workspace file".utf8))]
        var keptSoFar: Set<String> = []
        for (kind, bytes) in damages {
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            let output = try run([])
            let kept = Set(try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasPrefix("ws.damaged-") })
                .subtracting(keptSoFar)
            XCTAssertEqual(kept.count, 1, "\(kind): \(kept)")
            let keptPath = directory + "/" + (kept.first ?? "?")
            XCTAssertEqual(output.components(separatedBy: "It is kept as \(keptPath); starting empty.").count, 2, "\(kind): said once\n\(output)")
            XCTAssertEqual(output.components(separatedBy: "damaged-").count, 2, "\(kind): no other mention\n\(output)")
            XCTAssertEqual(FileManager.default.contents(atPath: keptPath).map { Array($0) }, bytes, kind)
            keptSoFar.formUnion(kept)
        }
        // A later session starts from the new (empty) save and leaves every kept copy alone.
        let later = try run(["1"])
        XCTAssertFalse(later.contains("damaged"), later)
        XCTAssertEqual(Set(try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasPrefix("ws.damaged-") }), keptSoFar)
    }

    /// A file whose entry fails its checksum restores the rest, names the damaged entry, and
    /// is copied aside before this session's save replaces it.
    func testDamagedEntryIsReportedAndTheFileKept() throws {
        let directory = try temporaryDirectory(self)
        let path = directory + "/ws.tsw"
        func run(_ lines: [String]) throws -> String {
            var output = ""
            try onInterpreterThread {
                let driver = ReplDriver(session: Session(extensions: KernelExtensions()), reader: PipedLineReader(lines: lines, write: { output += $0 }),
                                        write: { output += $0 })
                driver.workspacePath = path
                driver.restoreWorkspace()
                driver.run()
            }
            return output
        }
        _ = try run(["good = 'fine'", "values = [1.5] * 40"])
        var bytes = Array(try XCTUnwrap(FileManager.default.contents(atPath: path)))
        // A bit inside the last entry's value (the list of floats); the end marker and the
        // entry's checksum follow it.
        bytes[bytes.count - 30] ^= 0x10
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let output = try run(["good", "values"])
        XCTAssertTrue(output.contains("Restored 1 variable from \(path)"), output)
        XCTAssertTrue(output.contains("Not restored: values (its bytes do not match their checksum: the file was damaged after it was saved)"), output)
        let kept = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasPrefix("ws.damaged-") }
        XCTAssertEqual(kept.count, 1, "\(kept)")
        XCTAssertTrue(output.contains("The damaged file is kept as \(directory)/\(kept.first ?? "?").\n"), output)
        XCTAssertEqual(FileManager.default.contents(atPath: directory + "/" + (kept.first ?? "?")).map { Array($0) }, bytes)
        XCTAssertTrue(output.contains("Out[3]: 'fine'") && output.contains("NameError: name 'values' is not defined"), output)
    }

    /// Two sessions in one folder: the first owns the workspace; the second is told so at its
    /// start and saves under its own name, so whichever exits last, neither's variables are lost.
    func testSecondSessionIsNotTheOwnerAndSavesUnderItsOwnName() throws {
        let directory = try temporaryDirectory(self)
        let path = directory + "/ws.tsw"
        func driver(_ lines: [String], _ output: @escaping (String) -> Void) -> ReplDriver {
            let driver = ReplDriver(session: Session(extensions: KernelExtensions()), reader: PipedLineReader(lines: lines, write: output), write: output)
            driver.workspacePath = path
            driver.claimWorkspace()
            driver.restoreWorkspace()
            return driver
        }
        var first = "", second = ""
        try onInterpreterThread {
            let owner = driver(["from_first = 1"], { first += $0 })
            let other = driver(["from_second = 2"], { second += $0 })
            // The owner exits first; the other session's later save must not replace its file.
            owner.run()
            other.run()
        }
        XCTAssertFalse(first.contains("not its owner"), first)
        let own = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasPrefix("ws.session-") && $0.hasSuffix(".tsw") }
        XCTAssertEqual(own.count, 1, "\(own)")
        let ownPath = directory + "/" + (own.first ?? "?")
        XCTAssertTrue(second.hasPrefix("Another Tessera session (pid \(getpid())) owns this folder's workspace \(path). This session is not its owner: it saves to \(ownPath) (load it later with %workspace load).\n"), second)
        XCTAssertTrue(first.hasSuffix("Saved 1 variable to \(path) (\(ByteCount.format((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0))).\n"), first)
        XCTAssertTrue(second.contains("Saved 1 variable to \(ownPath)"), second)
        let owned = try onInterpreterThread { try Session(extensions: KernelExtensions()).restoreWorkspace(from: path) }
        let other = try onInterpreterThread { try Session(extensions: KernelExtensions()).restoreWorkspace(from: ownPath) }
        XCTAssertEqual(owned.restoredNames, ["from_first"])
        XCTAssertEqual(other.restoredNames, ["from_second"])
    }

    /// The lock goes with its owner: once the owning session is gone, the next one owns the folder.
    func testOwnershipEndsWithTheOwner() throws {
        let path = try temporaryDirectory(self) + "/ws.tsw"
        var owner = WorkspaceOwnership.claim(path)
        guard case .owner? = owner else { return XCTFail("the first claim owns the workspace") }
        guard case .heldByOther(let pid)? = WorkspaceOwnership.claim(path) else { return XCTFail("a second claim is refused") }
        XCTAssertEqual(pid, getpid())
        owner = nil
        guard case .owner? = WorkspaceOwnership.claim(path) else { return XCTFail("the workspace is free again") }
        XCTAssertNil(owner)
    }

    func testCompletion() throws {
        let directory = try temporaryDirectory(self)
        try FileManager.default.createDirectory(atPath: directory + "/data_dir", withIntermediateDirectories: true)
        try Data().write(to: URL(fileURLWithPath: directory + "/data.txt"))
        let results: [Completer.Completion] = try onInterpreterThread {
            let session = Session(extensions: KernelExtensions())
            session.run("class Stack:\n    def __init__(self):\n        self.items = []\n        self._hidden = 1\n    def push(self, x):\n        pass")
            session.run("stacked_threes = Stack()\nsettings = {'lr': 0.1, 'loss': 'mse', 3: 'x'}\nimport math")
            let completer = Completer(session: session)
            return [
                completer.complete("stacked_threes.p"),
                completer.complete("x = stacked_threes."),
                completer.complete("stacked_threes._h"),
                completer.complete("stac"),
                completer.complete("settings['l"),
                completer.complete("math.sq"),
                completer.complete("open('\(directory)/da"),
                completer.complete("%run \(directory)/data.t"),
                completer.complete("%ti"),
                completer.complete("print(undefined_thing.x"),
            ]
        }
        XCTAssertEqual(results[0], .init(fragment: "p", candidates: ["push"]))
        XCTAssertEqual(results[1].candidates, ["items", "push"])
        XCTAssertEqual(results[2].candidates, ["_hidden"])
        XCTAssertEqual(results[3].candidates, ["stacked_threes"])
        XCTAssertEqual(results[4], .init(fragment: "l", candidates: ["loss']", "lr']"]))
        XCTAssertEqual(results[4].commonPrefix, "l")
        XCTAssertEqual(results[5].candidates, ["sqrt"])
        XCTAssertEqual(results[6].candidates, ["\(directory)/data.txt", "\(directory)/data_dir/"])
        XCTAssertEqual(results[6].commonPrefix, "\(directory)/data")
        XCTAssertEqual(results[7].candidates, ["\(directory)/data.txt"])
        XCTAssertEqual(results[8].candidates, ["%time", "%timeit"])
        XCTAssertEqual(results[9].candidates, [])
    }

    func testTerminalImages() {
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 2, 128, 0, 0, 1, 224])
        XCTAssertEqual(PNGInfo.size(of: png)?.width, 640)
        XCTAssertEqual(PNGInfo.size(of: png)?.height, 480)
        XCTAssertEqual(TerminalImages.detect(environment: ["TERM": "xterm-kitty"], imageDirectory: "/x").method, .kitty)
        XCTAssertEqual(TerminalImages.detect(environment: ["TERM_PROGRAM": "iTerm.app"], imageDirectory: "/x").method, .iterm2)
        XCTAssertEqual(TerminalImages.detect(environment: ["TERM": "xterm"], imageDirectory: "/x").method, .file(directory: "/x"))
        let kitty = TerminalImages(method: .kitty).render(Data(repeating: 1, count: 5000))
        XCTAssertTrue(kitty.hasPrefix("\u{1B}_Gf=100,a=T,m=1;"))
        XCTAssertTrue(kitty.contains("\u{1B}\\\u{1B}_Gm=0;"))
        XCTAssertTrue(TerminalImages(method: .iterm2).render(png).hasPrefix("\u{1B}]1337;File=inline=1;size=24;"))
    }

    func testImagesSavedToFilesWhenTheTerminalCannotShowThem() throws {
        let directory = try temporaryDirectory(self)
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 8, 0, 0, 0, 4])
        let note = TerminalImages(method: .file(directory: directory)).render(png)
        let path = try XCTUnwrap(note.firstMatch(#"saved to (\S+)>"#)?[1])
        XCTAssertTrue(note.hasPrefix("<image/png 8x4 saved to \(directory)/"), note)
        XCTAssertEqual(FileManager.default.contents(atPath: path), png)
    }

    func testStepControllerInProcess() throws {
        let statePath = try temporaryDirectory(self) + "/step.tsw"
        let notebook = Notebook(cells: [NotebookCell(kind: .code, source: "a = 2"), NotebookCell(kind: .code, source: "a * 21")])
        var output = ""
        try onInterpreterThread {
            let controller = StepController(session: Session(extensions: KernelExtensions()), notebook: notebook, name: "nb", statePath: statePath,
                                            reader: PipedLineReader(lines: ["", "e", "a * 50", ".", "b", "q"], write: { output += $0 }),
                                            write: { output += $0 })
            controller.start(restart: false)
            controller.run()
            XCTAssertEqual(controller.position, 1)
        }
        XCTAssertTrue(output.contains("Out[2]: 100"), output)
        XCTAssertTrue(output.hasSuffix("Saved position (cell 2 of 2) and 1 variable.\n"), output)
    }
}
