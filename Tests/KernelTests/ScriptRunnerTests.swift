import Interpreter
@testable import Kernel
import XCTest

/// Scripts run on whatever the caller installs (the executable installs the Library), and end
/// with the process exit statuses of `ExitStatus`.
final class ScriptRunnerTests: XCTestCase {
    func testInstallClosureAndExitStatuses() throws {
        let (statuses, installs): ([Int32], Int) = try onInterpreterThread {
            var installs = 0
            let runner = ScriptRunner(install: { interpreter in
                installs += 1
                interpreter.moduleProviders["extra"] = { interpreter in
                    interpreter.makeModule("extra") { namespace in namespace["x"] = .int(7) }
                }
            })
            runner.interpreter.standardOutput = { _ in }
            runner.interpreter.standardError = { _ in }
            let statuses = [
                "import extra\nassert extra.x == 7",
                "def",
                "1 / 0",
                "import sys\nsys.exit(4)",
                // Nothing but the installed modules: no torch in a plain runner.
                "import torch",
            ].map { runner.runSource($0, fileName: "<test>") }
            return (statuses, installs)
        }
        XCTAssertEqual(statuses, [ExitStatus.success, ExitStatus.syntaxError, ExitStatus.runtimeError, 4, ExitStatus.runtimeError])
        XCTAssertEqual(installs, 1)
    }
}
