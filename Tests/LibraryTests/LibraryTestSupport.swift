import Foundation
import Interpreter
import Library

/// Runs Python source with the Library installed, on a large-stack thread, capturing stdout.
enum LibrarySession {
    /// A per-process temporary data cache, so tests never touch the user's cache.
    static let dataDirectory: String = {
        let path = NSTemporaryDirectory() + "tessera-library-tests-\(getpid())"
        setenv("TESSERA_DATA", path, 1)
        return path
    }()

    static func run(_ source: String) throws -> String {
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
