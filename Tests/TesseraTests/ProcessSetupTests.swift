@testable import tessera
import XCTest

/// The start-up check for the CPU features TensorKit is built for.
final class ProcessSetupTests: XCTestCase {
    func testCPUFeatureCheckReadsTheFlagsLine() {
        XCTAssertEqual(ProcessSetup.missingFeatures(flagsLine: "flags\t\t: fpu sse2 avx avx2 fma bmi2\n"), [])
        XCTAssertEqual(ProcessSetup.missingFeatures(flagsLine: "flags\t\t: fpu sse2 avx fma4\n"), ["avx2", "fma"])
        XCTAssertEqual(ProcessSetup.missingFeatures(flagsLine: "flags: avx2 fma3"), ["fma"])
    }
}
