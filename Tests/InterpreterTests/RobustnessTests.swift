import Foundation
import Interpreter
import XCTest

/// Hostile input must end in a Python exception, never a crash.
final class RobustnessTests: XCTestCase {
    /// Runs `source` on a thread with a large stack (as the tessera executable does) and returns
    /// the exception's type name, or "no exception".
    func outcome(_ source: String) -> String {
        onLargeStack {
            let interpreter = Interpreter()
            interpreter.standardOutput = { _ in }
            do {
                try interpreter.run(source, namespace: interpreter.makeNamespace())
                return "no exception"
            } catch let exception as PyException {
                return exception.type.name
            } catch {
                return "Swift error \(error)"
            }
        }
    }

    func testTruncatedSourcesAreSyntaxErrors() {
        let source = "def f(x):\n    return [x for x in range(10) if x % 2]\nprint(f(3), {'a': (1, 2)})\n"
        for cut in 1..<source.count {
            let prefix = String(source.prefix(cut))
            let result = outcome(prefix)
            XCTAssertTrue(["no exception", "SyntaxError", "IndentationError", "NameError"].contains(result),
                          "\(prefix.debugDescription) gave \(result)")
        }
    }

    /// Random sources from a fixed seed, so a failure reproduces: the message names the seed and
    /// the case. `TESSERA_TEST_SEED=N swift test --filter RobustnessTests` tries another seed.
    func testGarbageSourcesAreSyntaxErrors() {
        let seed = ProcessInfo.processInfo.environment["TESSERA_TEST_SEED"].flatMap { UInt64($0) } ?? 20_261_207
        var generator = SplitMix64(seed: seed)
        let alphabet = Array("()[]{}:;,.'\"\\ \n\tabcxyz0123456789+-*/%@=<>!&|^~#$?`")
        for index in 0..<200 {
            let text = String((0..<Int.random(in: 1...80, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            let result = outcome(text)
            XCTAssertFalse(result.hasPrefix("Swift error"), "seed \(seed), case \(index): \(text.debugDescription) gave \(result)")
        }
        XCTAssertEqual(outcome("\u{0}\u{1}\u{ff}"), "SyntaxError")
    }

    func testDeepNestingIsAnError() {
        XCTAssertEqual(outcome(String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000)), "SyntaxError")
        XCTAssertEqual(outcome("x = " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)), "SyntaxError")
        XCTAssertEqual(outcome("x = " + String(repeating: "-", count: 100_000) + "1"), "RecursionError")
        XCTAssertEqual(outcome("x = 1" + String(repeating: " + 1", count: 100_000)), "RecursionError")
    }

    func testDeepRecursionIsRecursionError() {
        XCTAssertEqual(outcome("def f(n): return f(n + 1)\nf(0)"), "RecursionError")
        XCTAssertEqual(outcome("def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nf(100000)"), "RecursionError")
        // Recursion through native code: a __repr__ that calls repr on itself, sorted with a key.
        XCTAssertEqual(outcome("class A:\n    def __repr__(self): return repr(self)\nrepr(A())"), "RecursionError")
        XCTAssertEqual(outcome("def k(x): return sorted([1, 2], key=k)\nk(0)"), "RecursionError")
        XCTAssertEqual(outcome("a = []\nfor i in range(100000): a = [a]\nrepr(a)"), "RecursionError")
    }

    func testHugeAllocationsAreMemoryErrors() {
        XCTAssertEqual(outcome("x = [0] * 10**12"), "MemoryError")
        XCTAssertEqual(outcome("x = 'ab' * 10**15"), "MemoryError")
        XCTAssertEqual(outcome("x = list(range(10**12))"), "MemoryError")
    }

    /// Ranges stay 64-bit in Tessera (ints of any size do not): where CPython would go past 64
    /// bits there, Tessera raises OverflowError. These once overflowed in Swift arithmetic and
    /// killed the process.
    func testRangesPast64BitsAreOverflowErrors() {
        let cases = [
            "import sys\nrange(-sys.maxsize - 1, sys.maxsize)[::2]",
            "import sys\nrange(-sys.maxsize - 1, sys.maxsize).index(5)",
        ]
        for source in cases {
            XCTAssertEqual(outcome(source), "OverflowError", source)
        }
        XCTAssertEqual(outcome("import sys\nround(-sys.maxsize - 1, -sys.maxsize - 1)"), "no exception")
    }

    /// User-sized allocations are checked against physical memory and `ulimit -v` before Swift
    /// tries them (Swift aborts on allocation failure).
    func testAllocationCeiling() {
        XCTAssertLessThanOrEqual(Allocation.byteLimit, Int(clamping: ProcessInfo.processInfo.physicalMemory))
        XCTAssertThrowsError(try Allocation.check(count: Allocation.byteLimit / 16 + 1, elementSize: 16))
        XCTAssertThrowsError(try Allocation.check(count: Int.max, elementSize: 2))
        XCTAssertNoThrow(try Allocation.check(count: 1 << 20, elementSize: 16))
        XCTAssertNoThrow(try Allocation.check(count: -5, elementSize: 16))
        XCTAssertEqual(outcome("x = [0] * (\(Allocation.byteLimit) // 16 + 1)"), "MemoryError")
        XCTAssertEqual(outcome("x = list(range(\(Allocation.byteLimit) // 16 + 1))"), "MemoryError")
        XCTAssertEqual(outcome("x = bytes(\(Allocation.byteLimit) + 1)"), "MemoryError")
        XCTAssertEqual(outcome("x = 'x'.ljust(\(Allocation.byteLimit) + 2)"), "MemoryError")
    }

    func testInterruptFlagRaisesKeyboardInterrupt() {
        let interpreter = Interpreter()
        let flag = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
        defer { flag.deallocate() }
        flag.pointee = 1
        interpreter.interruptFlag = flag
        do {
            try interpreter.run("while True:\n    pass", namespace: interpreter.makeNamespace())
            XCTFail("the loop was not interrupted")
        } catch let exception as PyException {
            XCTAssertEqual(exception.type.name, "KeyboardInterrupt")
            XCTAssertEqual(flag.pointee, 0)
        } catch {
            XCTFail("\(error)")
        }
    }
}

/// SplitMix64 (Steele, Lea and Flood): a small PRNG whose stream depends only on its seed, unlike
/// SystemRandomNumberGenerator, so a random test case can be regenerated from the seed.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
