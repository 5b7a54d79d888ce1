import Foundation
import XCTest

/// The REPL on a real pseudo-terminal, driven through tmux (installed by Scripts/setup): line
/// editing, Tab completion, Ctrl-C, Ctrl-D, history across sessions and the restored workspace.
final class TerminalReplTests: XCTestCase {
    var root = ""
    var socket = ""

    override func setUpWithError() throws {
        root = NSTemporaryDirectory() + "tessera-pty-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: root + "/work", withIntermediateDirectories: true)
        // A private tmux server, so the test never touches a user's sessions.
        socket = "tessera-test-\(getpid())-\(UUID().uuidString.prefix(8))"
        addTeardownBlock {
            _ = try? self.tmux(["kill-server"])
            try? FileManager.default.removeItem(atPath: self.root)
        }
    }

    /// Runs a tmux client command and returns its output. It is spawned directly (not with
    /// Foundation's Process): the tmux server that `new-session` forks inherits the client's
    /// descriptors, and Process would wait for those to close, which never happens while the
    /// server runs.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let outputPath = root + "/tmux-output"
        let argv = ["tmux", "-L", socket] + arguments
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var cArguments = argv.map { strdup($0) } + [nil]
        defer { for pointer in cArguments { free(pointer) } }
        var pid: pid_t = 0
        let status = posix_spawnp(&pid, "tmux", &actions, nil, &cArguments, environ)
        guard status == 0 else { throw NSError(domain: "tmux", code: Int(status)) }
        var exitStatus: Int32 = 0
        while waitpid(pid, &exitStatus, 0) < 0 && errno == EINTR {}
        return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    }

    /// Starts tessera in a new tmux window (120x50) in the work folder.
    func start() throws {
        _ = try? tmux(["kill-server"])
        let tessera = try TesseraProcess.executable().path
        let command = "env TESSERA_HOME='\(root)/home' TERM=xterm '\(tessera)'"
        try tmux(["new-session", "-d", "-s", "repl", "-x", "120", "-y", "50", "-c", root + "/work", command])
        // Keep the pane after tessera exits, to read what it printed last.
        try tmux(["set-option", "-t", "repl", "remain-on-exit", "on"])
    }

    /// Starts `command` (run by tmux's shell) in a new tmux window in the work folder.
    func start(command: String) throws {
        _ = try? tmux(["kill-server"])
        try tmux(["new-session", "-d", "-s", "repl", "-x", "120", "-y", "50", "-c", root + "/work", command])
        try tmux(["set-option", "-t", "repl", "remain-on-exit", "on"])
    }

    /// A script on a terminal: Ctrl-C raises KeyboardInterrupt inside its loop (which the script
    /// can catch); uncaught, it ends the script with a traceback and status 130, as CPython does.
    func testCtrlCRaisesKeyboardInterruptInAScript() throws {
        let script = root + "/work/spin.py"
        try """
            try:
                print("ready", flush=True)
                i = 0
                while True: i += 1
            except KeyboardInterrupt:
                print("caught KeyboardInterrupt")
            print("spinning again", flush=True)
            while True: i -= 1
            """.write(toFile: script, atomically: true, encoding: .utf8)
        let tessera = try TesseraProcess.executable().path
        try start(command: "'\(tessera)' spin.py; echo exit-status=$?")
        try waitFor("ready")
        try type("C-c")
        try waitFor("spinning again")
        try type("C-c")
        let screen = try waitFor("exit-status=130")
        XCTAssertTrue(screen.contains("caught KeyboardInterrupt"), screen)
        XCTAssertTrue(screen.contains("line 8, in <module>"), screen)
        XCTAssertTrue(screen.contains("\nKeyboardInterrupt\n"), screen)
    }

    /// A pandas Styler typed at the prompt shows its cells on their colours: 24-bit backgrounds
    /// where COLORTERM says the terminal has them (the colours pandas gives Greys: white for the
    /// column minimum, black for the maximum).
    func testStyledFrameShowsCellBackgrounds() throws {
        let tessera = try TesseraProcess.executable().path
        // A user's terminal, whatever the test runner's environment says (it may set NO_COLOR).
        try start(command: "env -u NO_COLOR TESSERA_HOME='\(root)/home' TERM=xterm-256color COLORTERM=truecolor '\(tessera)' --fresh")
        try waitFor("In [1]: ")
        try text("import pandas as pd; pd.DataFrame([[1, 2], [3, 4]]).style.background_gradient('Greys')")
        try type("Enter")
        try waitFor("In [2]: ")
        let coloured = try tmux(["capture-pane", "-t", "repl", "-p", "-e", "-S", "-50"])
        XCTAssertTrue(coloured.contains("48;2;255;255;255m 1"), coloured)
        XCTAssertTrue(coloured.contains("48;2;0;0;0m 3"), coloured)
        try type("C-d")
    }

    /// A class pasted with blank lines between its methods is one cell, as in IPython: the
    /// terminal brackets the paste (ESC[200~ ... ESC[201~, newlines as CR), the blank lines do
    /// not end the cell, and Enter after the paste runs it.
    func testBracketedPasteWithBlankLinesIsOneCell() throws {
        let tessera = try TesseraProcess.executable().path
        try start(command: "env TESSERA_HOME='\(root)/home' TERM=xterm '\(tessera)' --fresh")
        try waitFor("In [1]: ")
        try text("\u{1b}[200~class Pair:\r    def first(self):\r        return 1\r\r    def second(self):\r        return 2\r\u{1b}[201~")
        try waitFor("   ...:         return 2")
        try type("Enter")
        try waitFor("In [2]: ")
        try text("Pair().first() + Pair().second()")
        try type("Enter")
        let screen = try waitFor("Out[2]: 3")
        XCTAssertFalse(screen.contains("Error"), screen)
        XCTAssertTrue(screen.contains("In [1]: class Pair:\n   ...:     def first(self):"), screen)
        try type("C-d")
    }

    func screen() throws -> String {
        try tmux(["capture-pane", "-t", "repl", "-p", "-J", "-S", "-500"])
    }

    func type(_ keys: String...) throws {
        for key in keys {
            try tmux(["send-keys", "-t", "repl", key])
            usleep(30_000)
        }
    }

    /// Sends literal text (no key-name interpretation).
    func text(_ line: String) throws {
        try tmux(["send-keys", "-t", "repl", "-l", line])
        usleep(30_000)
    }

    /// Waits until the screen contains `expected` `count` times; fails with the screen.
    @discardableResult
    func waitFor(_ expected: String, count: Int = 1, timeout: Double = 15) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if last.components(separatedBy: expected).count - 1 >= count { return last }
            usleep(50_000)
        }
        XCTFail("timed out waiting for \(expected.debugDescription); screen:\n\(last)")
        throw CancellationError()
    }

    func testTerminalSessionAcrossARestart() throws {
        try start()
        try waitFor("In [1]: ")

        try text("def sq(v):"); try type("Enter")
        try text("    return v * v"); try type("Enter", "Enter")
        try waitFor("In [2]: ")
        try text("class Box:"); try type("Enter")
        try text("    def __init__(self, v):"); try type("Enter")
        try text("        self.value = v"); try type("Enter", "Enter")
        try waitFor("In [3]: ")
        try text("box = Box(7)"); try type("Enter")
        try waitFor("In [4]: ")

        // Tab completes the attribute: `box.val` + Tab runs as `box.value`.
        try text("box.val"); try type("Tab")
        try waitFor("In [4]: box.value")
        try type("Enter")
        try waitFor("Out[4]: 7")

        // Ctrl-C stops a running loop; the session keeps its state and goes on.
        try text("n = 0"); try type("Enter")
        try waitFor("In [6]: ")
        try text("while True: n += 1"); try type("Enter")
        usleep(400_000)
        try type("C-c")
        try waitFor("KeyboardInterrupt")
        try text("n > 0"); try type("Enter")
        try waitFor("Out[7]: True")

        // Ctrl-C at the prompt drops the half-typed line.
        try text("half typed"); try type("C-c")
        try waitFor("KeyboardInterrupt", count: 2)
        try text("sq(3)"); try type("Enter")
        try waitFor("Out[8]: 9")

        try text("import torch; t = torch.tensor([1., 2., 3.]).requires_grad_()"); try type("Enter")
        try waitFor("In [10]: ")
        try text("history_marker = 12345"); try type("Enter")
        try waitFor("In [11]: ")
        // Ctrl-D saves and quits.
        try type("C-d")
        try waitFor("Saved 7 variables")

        try start()
        let restored = try waitFor("In [11]: ")
        XCTAssertTrue(restored.contains("Restored 7 variables"), restored)
        // Up-arrow recalls the last line of the previous session.
        try type("Up")
        try waitFor("In [11]: history_marker = 12345")
        try type("C-u")
        try text("sq(box.value), type(box).__name__, n > 0, t * 2"); try type("Enter")
        try waitFor("Out[11]: (49, 'Box', True, tensor([2., 4., 6.], grad_fn=<MulBackward0>))")
        try type("C-d")
        try waitFor("Saved 7 variables", count: 1)
    }
}
