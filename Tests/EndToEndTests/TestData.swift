import Foundation

/// The MNIST folder (`TESSERA_DATA`) of the whole test run. `untar_data` unpacks the bundled
/// MNIST into it once (about 14,000 PNG files for MNIST_SAMPLE) and every later test, in this
/// process or in a `tessera` it starts, reuses it.
///
/// `Scripts/test` makes one fresh folder per run and passes it in `TESSERA_TEST_DATA`, so
/// LibraryTests and EndToEndTests share it (and a changed dataset layout is never read from an
/// old cache). Without it (a bare `swift test`), the folder is one per test process, removed when
/// the process exits. The same definition is in LibraryTests and EndToEndTests (test targets
/// cannot share a file); the two agree, so one process shares one folder.
enum TestData {
    static let directory: String = {
        if let given = ProcessInfo.processInfo.environment["TESSERA_TEST_DATA"], !given.isEmpty { return given }
        atexit { try? FileManager.default.removeItem(atPath: TestData.fallback) }
        return fallback
    }()

    static let fallback = NSTemporaryDirectory() + "tessera-test-data-\(getpid())"
}
