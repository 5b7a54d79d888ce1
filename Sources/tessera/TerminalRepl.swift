import Foundation
import Interpreter
import Kernel

/// `tessera` with no arguments: the REPL, on the terminal with a line editor, or reading cells
/// from stdin when it is not a terminal (same transcript, so it can be scripted and tested).
enum TerminalRepl {
    static func run(fresh: Bool) -> Int32 {
        let paths = KernelPaths.fromEnvironment()
        let interactive = isatty(0) != 0
        let workingDirectory = FileManager.default.currentDirectoryPath
        InterruptSignal.install()
        return InterpreterThread.runHandlingInterrupts {
            let write: (String) -> Void = { FileOutput.standardOutput.write($0) }
            let session = Composition.makeSession(interruptFlag: InterruptSignal.flag)
            session.interpreter.searchPaths = [workingDirectory]
            session.history = HistoryStore(path: paths.historyPath, warn: { FileOutput.standardError.write($0 + "\n") })
            session.workspacePath = paths.workspacePath(forDirectory: workingDirectory)
            let reader: LineReader
            if interactive, let editor = LineEditor(programName: "tessera") {
                let completer = Completer(session: session)
                editor.completer = completer
                editor.preload(session.history?.recent(limit: 5000) ?? [])
                reader = editor
                write("Tessera \(TesseraVersion.current) (a Python subset). %help lists the magics, obj? shows help; Ctrl-D saves and quits.\n")
            } else {
                reader = PipedLineReader(write: write)
            }
            let driver = ReplDriver(session: session, reader: reader, write: write)
            driver.workspacePath = session.workspacePath
            driver.imageRenderer = TerminalImages.detect(imageDirectory: paths.imagesDirectory).render
            if interactive && isatty(1) != 0 {
                DisplaySupport.of(session.interpreter).colourTerminal = TerminalColours.detect()
            }
            driver.claimWorkspace()
            if fresh { driver.startFresh() } else { driver.restoreWorkspace() }
            let status = driver.run()
            session.history?.close()
            return status
        }
    }
}

extension InterpreterThread {
    /// Runs `body` on the interpreter thread with SIGINT delivered to that thread only: the main
    /// thread (waiting for it) blocks the signal, so a Ctrl-C at the prompt interrupts the line
    /// editor's read instead of landing on a thread that ignores it.
    static func runHandlingInterrupts(_ body: @escaping () -> Int32) -> Int32 {
        var interrupt = sigset_t()
        sigemptyset(&interrupt)
        sigaddset(&interrupt, SIGINT)
        pthread_sigmask(SIG_BLOCK, &interrupt, nil)
        return run {
            var unblock = sigset_t()
            sigemptyset(&unblock)
            sigaddset(&unblock, SIGINT)
            pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
            InterruptSignal.deliverToCurrentThread()
            return body()
        }
    }
}
