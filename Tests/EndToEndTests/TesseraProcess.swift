import Foundation
import XCTest

/// Runs the built `tessera` executable as a child process, as a user's shell would.
struct TesseraProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The package's root folder (this file is Tests/EndToEndTests/TesseraProcess.swift).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The release `tessera` that users run (`Scripts/setup`, the README's first command). These
    /// tests check that binary rather than a debug build made for them: release is what ships,
    /// and it runs the chapter notebooks several times faster. `Scripts/test` builds it before
    /// `swift test`; run by hand, build it with `swift build -c release --product tessera`.
    static let executableURL: URL = packageRoot.appendingPathComponent(".build/release/tessera")

    /// Why the release binary cannot be used (missing, or built before a change to a source file,
    /// Swift or a Python module file embedded at build time, so the tests would check old code),
    /// or nil when it is usable. Checked once per test
    /// process. A source counts as built when the binary, or its module's dependency file that
    /// SwiftPM rewrites on every compile (.build/release/<Module>.build/<Module>.d), is newer:
    /// a recompile that changes no object file does not relink, so the binary alone can be older
    /// than a merely touched source and still be up to date.
    static let unusableReason: String? = {
        let fm = FileManager.default
        let binary = executableURL.path
        func modified(_ path: String) -> Date? { (try? fm.attributesOfItem(atPath: path))?[.modificationDate] as? Date }
        let rebuild = "build it with `swift build -c release --product tessera` (Scripts/test does this), then rerun"
        guard fm.isExecutableFile(atPath: binary), let built = modified(binary) else {
            return "the end-to-end tests run the release binary \(binary), which does not exist: \(rebuild)"
        }
        let sources = packageRoot.appendingPathComponent("Sources")
        let release = packageRoot.appendingPathComponent(".build/release")
        for case let file as String in fm.enumerator(atPath: sources.path) ?? FileManager.DirectoryEnumerator()
        where file.hasSuffix(".swift") || file.hasSuffix(".py") {
            guard let changed = modified(sources.appendingPathComponent(file).path), changed > built else { continue }
            let module = String(file.prefix { $0 != "/" })
            if let compiled = modified(release.appendingPathComponent("\(module).build/\(module).d").path), compiled >= changed { continue }
            return "the release binary \(binary) was built before the last change to Sources/\(file): \(rebuild)"
        }
        return nil
    }()

    /// The release binary's path; throws (failing the calling test with the reason) when it is
    /// missing or stale.
    static func executable() throws -> URL {
        if let reason = unusableReason { throw MissingBinary(description: reason) }
        return executableURL
    }

    struct MissingBinary: Error, CustomStringConvertible {
        let description: String
    }

    static func run(_ arguments: [String], stdin: String = "", environment: [String: String] = [:],
                    directory: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = try executable()
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        var env = ProcessInfo.processInfo.environment
        // Every run shares the test run's MNIST folder unless the test names its own.
        env["TESSERA_DATA"] = TestData.directory
        env.merge(environment) { _, new in new }
        process.environment = env
        let input = Pipe(), output = Pipe(), error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()
        // Read both pipes before waiting so a large output cannot fill a pipe and block the child.
        let errData = ReadInBackground(error.fileHandleForReading)
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData.wait(), as: UTF8.self))
    }
}

/// Reads a pipe to its end on another thread (so a full pipe cannot block the child).
final class ReadInBackground: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        DispatchQueue.global().async {
            self.data = handle.readDataToEndOfFile()
            self.done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
