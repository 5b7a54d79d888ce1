import Foundation
import Interpreter
import Library

/// Runs Python source with the Library installed, on a large-stack thread, capturing stdout.
enum LibrarySession {
    /// The test run's shared data folder (never the user's cache), set for `untar_data`.
    static let dataDirectory: String = {
        setenv("TESSERA_DATA", TestData.directory, 1)
        return TestData.directory
    }()

    static func run(_ source: String, configure: @escaping (Interpreter) -> Void = { _ in }) throws -> String {
        _ = dataDirectory
        var output = ""
        var failure: Error?
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            let interpreter = Interpreter()
            Library.install(into: interpreter)
            interpreter.standardOutput = { output += $0 }
            interpreter.standardError = { _ in }
            DisplaySupport.of(interpreter).publish = { _ in }
            configure(interpreter)
            do {
                try interpreter.run(source, fileName: "<test>", namespace: interpreter.makeNamespace())
            } catch let exception as PyException {
                failure = LibraryTestError(message: interpreter.formatException(exception))
            } catch {
                failure = error
            }
            done.signal()
        }
        thread.stackSize = 256 << 20
        thread.start()
        done.wait()
        if let failure { throw failure }
        return output
    }
}

struct LibraryTestError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
