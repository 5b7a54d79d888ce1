import Foundation
import Interpreter
@testable import Kernel
import XCTest

/// Runs `body` on an interpreter thread (sessions need its big stack).
func onInterpreterThread<T>(_ body: @escaping () throws -> T) throws -> T {
    let result: Result<T, Error> = InterpreterThread.run { Result { try body() } }
    return try result.get()
}

/// A fresh temporary directory, removed when the test ends.
func temporaryDirectory(_ test: XCTestCase) throws -> String {
    let path = NSTemporaryDirectory() + "tessera-kernel-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    test.addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
    return path
}
