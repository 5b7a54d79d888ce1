import XCTest

/// The release binary allocates through mimalloc (linked ahead of libc), not glibc's malloc,
/// which cost a quarter of the instructions of allocation-heavy Python loops.
final class AllocatorTests: XCTestCase {
    func testReleaseBinaryMapsMimallocAndItServesTheHeap() throws {
        if let reason = TesseraProcess.unusableReason { XCTFail(reason); return }
        let directory = NSTemporaryDirectory() + "tessera-allocator-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let script = """
            maps = open('/proc/self/maps').read()
            print('mimalloc mapped:', 'libmimalloc' in maps)
            kept = [str(i) * 3 for i in range(200000)]
            print(len(kept))
            """
        try script.write(toFile: directory + "/allocate.py", atomically: true, encoding: .utf8)
        // mimalloc prints its heap statistics at exit when asked; memory it committed (the peak,
        // in MiB) holds the 200,000 strs only if its malloc is the one the process called.
        let result = try TesseraProcess.run(["allocate.py"], environment: ["MIMALLOC_SHOW_STATS": "1"], directory: directory)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "mimalloc mapped: True\n200000\n")
        let committed = result.stderr.split(separator: "\n").first { $0.contains("committed:") }
        let fields = committed?.split(separator: " ") ?? []
        guard fields.count >= 3, let peak = Double(fields[1]) else {
            XCTFail("no committed line in mimalloc's statistics: \(result.stderr)")
            return
        }
        let peakMiB = fields[2] == "GiB" ? peak * 1024 : fields[2] == "MiB" ? peak : 0
        XCTAssertGreaterThan(peakMiB, 8, result.stderr)
    }
}
