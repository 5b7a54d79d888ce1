import Foundation
import Interpreter

/// `%debug` and `%pdb`: IPython's post-mortem debugger on the last error. The interpreter keeps
/// the variables of every frame an exception leaves (on its traceback), so after a cell fails
/// its frames can be walked and evaluated in with `pdb`'s commands; input comes through
/// `input()`, so the same debugger works in the terminal and in a Jupyter front end.
extension Session {
    static var debuggerMagics: [Magic] {
        [
            Magic(name: "debug", summary: "Post-mortem debugger on the last error: up, down, where, list, p EXPR, args, quit.",
                  line: { session, _ in try session.debugLastError(); return .none }),
            Magic(name: "pdb", summary: "Open the debugger after every error: %pdb on | off (no argument toggles).",
                  line: { session, arguments in try session.setAutomaticDebugger(arguments); return .none }),
        ]
    }

    /// What CPython's REPL records of an uncaught error (`sys.last_type`, `last_value`,
    /// `last_traceback`, and 3.12's `last_exc`), which `%debug` and `pdb.pm()` read.
    func rememberLastError(_ error: Error) {
        guard let exception = error as? PyException, exception.type !== MagicError.usageErrorType,
              let sys = try? interpreter.importModule("sys", returnTopLevel: false) else { return }
        let traceback = (try? interpreter.getAttribute(.object(exception), "__traceback__")) ?? .none
        sys.namespace["last_type"] = .object(exception.type)
        sys.namespace["last_value"] = .object(exception)
        sys.namespace["last_exc"] = .object(exception)
        sys.namespace["last_traceback"] = traceback
    }

    func debugLastError() throws {
        let sys = try interpreter.importModule("sys", returnTopLevel: false)
        guard let traceback = sys.namespace["last_traceback"], !traceback.isNone else {
            write(stream: "stdout", "ERROR: No traceback has been produced, nothing to debug.\n")
            return
        }
        let pdb = try interpreter.importModule("pdb", returnTopLevel: false)
        _ = try interpreter.call(try interpreter.getAttribute(.object(pdb), "post_mortem"), traceback)
    }

    func setAutomaticDebugger(_ arguments: String) throws {
        switch MagicArguments.words(arguments).first?.lowercased() {
        case nil: automaticDebugger.toggle()
        case "on", "1", "true": automaticDebugger = true
        case "off", "0", "false": automaticDebugger = false
        case let word?: throw MagicError.usage("Incorrect argument. Use on/1, off/0, or nothing for a toggle (got \(word)).")
        }
        write(stream: "stdout", "Automatic pdb calling has been turned \(automaticDebugger ? "ON" : "OFF")\n")
    }

    /// After a failed cell, with `%pdb on`: the debugger opens on its error. A failure of the
    /// debugger itself is reported and does not replace the cell's error.
    func debugAfterError(into collector: OutputCollector) {
        guard automaticDebugger else { return }
        do {
            try debugLastError()
        } catch {
            collector.append(.error(errorOutput(for: error)))
        }
    }
}
