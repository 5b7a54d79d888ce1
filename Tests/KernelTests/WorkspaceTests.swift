import Foundation
import Interpreter
@testable import Kernel
import XCTest

/// A native object type standing in for a tensor: raw float storage the Kernel knows nothing of.
final class Blob: PyObject {
    static let type = PyType(builtin: "Blob", base: BuiltinTypes.object, module: "testlib")
    var values: [Float]
    init(_ values: [Float]) {
        self.values = values
        super.init(type: Blob.type)
    }
}

/// Stores `Blob`s raw, as the Library will store tensors.
struct BlobSerializer: WorkspaceSerializer {
    let tag = "test.blob"
    func canEncode(_ value: Value) -> Bool { value.asObject is Blob }
    func encode(_ value: Value, to encoder: WorkspaceEncoder) throws {
        guard let blob = value.asObject as? Blob else { return }
        encoder.writeInt(blob.values.count)
        blob.values.withUnsafeBytes { encoder.writeBytes($0) }
    }
    func decode(from decoder: WorkspaceDecoder) throws -> Value {
        let count = try decoder.readInt()
        let values = try decoder.withBytes { raw in Array(raw.bindMemory(to: Float.self).prefix(count)) }
        return .object(Blob(values))
    }
}

final class WorkspaceTests: XCTestCase {
    var directory = ""

    override func setUpWithError() throws {
        directory = try temporaryDirectory(self)
    }

    /// Runs `cells` in a session, saves, restores into a fresh session and runs `checks` there.
    func roundTrip(_ cells: [String], checks: [String], extensions: @escaping () -> KernelExtensions = { KernelExtensions() })
        throws -> (save: WorkspaceSaveReport, restore: WorkspaceRestoreReport, results: [CellResult]) {
        let path = directory + "/ws.tsw"
        return try onInterpreterThread {
            let first = Session(extensions: extensions())
            for cell in cells {
                let result = first.run(cell)
                XCTAssertFalse(result.failed, "\(cell): \(result.text)")
            }
            let save = try first.saveWorkspace(to: path)
            let second = Session(extensions: extensions())
            let restore = try second.restoreWorkspace(from: path)
            return (save, restore, checks.map { second.run($0) })
        }
    }

    func testValuesFunctionsClassesInstancesAndModulesComeBack() throws {
        let (save, restore, results) = try roundTrip([
            "import math\nfrom math import sqrt\nn = 3\nx = 2.5\nflag = True\nnothing = None\ns = 'héllo'\nraw = b'\\x00\\x01'",
            "shared = [1, 2]\nboth = {'a': shared, 'b': shared, (1, 2): {3, 4}}\ncycle = [0]\ncycle.append(cycle)\nr = range(2, 9, 3)\nfs = frozenset({1})",
            "def area(w, h=2):\n    return w * h * n",
            "class Point:\n    def __init__(self, x, y):\n        self.x, self.y = x, y\n    def norm(self):\n        return math.sqrt(self.x ** 2 + self.y ** 2)",
            "p = Point(3, 4)\nm = p.norm\nlength = len\n6 * 7",
        ], checks: [
            "(n, x, flag, nothing, s, raw, r, fs)",
            "both['a'] is both['b'], both[(1, 2)], cycle[1] is cycle",
            "area(5), p.norm(), m(), type(p).__name__, isinstance(p, Point), sqrt(16.0), length('abc'), math.pi > 3",
            "Out[5], _5, In[3].splitlines()[0]",
        ])
        XCTAssertTrue(save.skipped.isEmpty, save.summary)
        XCTAssertTrue(restore.failed.isEmpty, restore.summary)
        XCTAssertEqual(results[0].text, "(3, 2.5, True, None, 'héllo', b'\\x00\\x01', range(2, 9, 3), frozenset({1}))")
        XCTAssertEqual(results[1].text, "(True, {3, 4}, True)")
        XCTAssertEqual(results[2].text, "(30, 5.0, 5.0, 'Point', True, 4.0, 3, True)")
        XCTAssertEqual(results[3].text, "(42, 42, 'def area(w, h=2):')")
        // The counter continues where the saved session stopped.
        XCTAssertEqual(results[0].executionCount, 6)
    }

    func testIntsPast64BitsComeBack() throws {
        let (save, restore, results) = try roundTrip([
            "big = 2 ** 200 + 1\nneg = -(3 ** 100)\nkeys = {2 ** 64: [2 ** 65, -(2 ** 70)]}",
        ], checks: [
            "big == 2 ** 200 + 1, neg == -(3 ** 100), keys == {2 ** 64: [2 ** 65, -(2 ** 70)]}, type(big) is int",
        ])
        XCTAssertTrue(save.skipped.isEmpty, save.summary)
        XCTAssertTrue(restore.failed.isEmpty, restore.summary)
        XCTAssertEqual(results[0].text, "(True, True, True, True)")
    }

    func testClassAttributesChangedAfterTheClassStatementComeBack() throws {
        let (save, restore, results) = try roundTrip([
            "class Point:\n    scale = 1\n    unit = 'm'\n    def __init__(self, x):\n        self.x = x\n    def scaled(self):\n        return self.x * self.scale",
            "def describe(self):\n    return f'{self.x} {self.unit}'",
            "Point.scale = 10\nPoint.describe = describe\nPoint.origin = Point(0)\ndel Point.unit\np = Point(4)",
            "class Plain:\n    kind = 'plain'",
        ], checks: [
            "p.scaled(), Point.origin.x, type(Point.origin) is Point, hasattr(Point, 'unit')",
            "Point.unit = 'km'\np.describe()",
            "Plain.kind",
        ])
        XCTAssertTrue(save.skipped.isEmpty, save.summary)
        XCTAssertTrue(restore.failed.isEmpty, restore.summary)
        XCTAssertEqual(results[0].text, "(40, 0, True, False)")
        XCTAssertEqual(results[1].text, "'4 km'")
        XCTAssertEqual(results[2].text, "'plain'")
    }

    func testRestoredCodeKeepsItsCellAndLineInTracebacks() throws {
        let (_, _, results) = try roundTrip(["x = 1\n\ndef bad():\n    return 1 / 0", "def same(f):\n    return f\n\n@same\ndef worse():\n    return [][1]"],
                                            checks: ["bad()", "worse()"])
        XCTAssertEqual(results[0].error?.traceback.suffix(4), ["  File \"<cell 1>\", line 4, in bad", "    return 1 / 0",
                                                               "           ~~^~~", "ZeroDivisionError: division by zero"])
        XCTAssertEqual(results[1].error?.traceback.suffix(4), ["  File \"<cell 2>\", line 6, in worse", "    return [][1]",
                                                               "           ~~^^^", "IndexError: list index out of range"])
    }

    func testWhatCannotBeSavedIsListedWithTheReason() throws {
        let (save, restore, results) = try roundTrip([
            "g = (i for i in range(3))\nsquare = lambda v: v * v\ndef outer():\n    k = 2\n    def inner():\n        return k\n    return inner\ninner = outer()\nkept = [1]\nbad = [1, g]\ndeep = []\nfor _ in range(6000):\n    deep = [deep]",
            "g",
        ], checks: ["kept, 'g' in dir(), 'bad' in dir()"])
        let reasons = Dictionary(save.skipped.map { ($0.name, $0.reason) }, uniquingKeysWith: { a, _ in a })
        XCTAssertEqual(reasons["g"], "generator objects cannot be saved")
        XCTAssertEqual(reasons["square"], "lambda functions cannot be saved (no source is kept for them); use def")
        XCTAssertEqual(reasons["inner"], "function outer.<locals>.inner is nested in another function and uses its variables")
        XCTAssertEqual(reasons["bad"], "bad[1]: generator objects cannot be saved")
        XCTAssertEqual(reasons["Out[2]"], "generator objects cannot be saved")
        XCTAssertEqual(reasons["deep"], "deep[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0...: nested more than 5000 levels deep")
        XCTAssertTrue(save.summary.contains("Not saved: "), save.summary)
        XCTAssertEqual(save.savedNames, ["outer", "kept"])
        XCTAssertTrue(restore.failed.isEmpty, restore.summary)
        XCTAssertEqual(results[0].text, "([1], False, False)")
    }

    func testEntriesThatNeedLaterEntriesAreRetried() throws {
        let (_, restore, results) = try roundTrip([
            "def f(x=None):\n    return x",
            "class Base:\n    kind = 'base'",
            "K = 5",
            "def f(x=K):\n    return x",
            "class Base:\n    kind = 'base2'\nclass Child(Base):\n    pass\nc = Child()",
        ], checks: ["f(), c.kind, Child.__mro__[1] is Base"])
        XCTAssertTrue(restore.failed.isEmpty, restore.summary)
        XCTAssertEqual(results[0].text, "(5, 'base2', True)")
    }

    func testRegisteredSerializerStoresNativeValuesRaw() throws {
        let makeExtensions = { () -> KernelExtensions in
            let extensions = KernelExtensions()
            extensions.serializers.register(BlobSerializer())
            extensions.interpreterSetup.append { interpreter in
                interpreter.builtins["make_blob"] = .object(PyBuiltinFunction("make_blob", "n") { i, a in
                    .object(Blob((0..<(try i.intArgument(a[0]))).map { Float($0) / 2 }))
                })
                interpreter.builtins["blob_sum"] = .object(PyBuiltinFunction("blob_sum", "b") { _, a in
                    .float(Double((a[0].asObject as? Blob)?.values.reduce(0, +) ?? -1))
                })
            }
            return extensions
        }
        let (save, restore, results) = try roundTrip(["b = make_blob(1000)\npair = [b, b]"],
                                                     checks: ["blob_sum(b), pair[0] is b"], extensions: makeExtensions)
        XCTAssertEqual(save.savedNames, ["b", "pair"])
        XCTAssertTrue(restore.failed.isEmpty, restore.summary)
        XCTAssertEqual(results[0].text, "(249750.0, True)")

        // Without the serializer the entries are reported, not dropped silently or crashing.
        let report = try onInterpreterThread { try Session(extensions: KernelExtensions()).restoreWorkspace(from: self.directory + "/ws.tsw") }
        XCTAssertEqual(report.failed.map(\.name), ["b", "pair"])
        XCTAssertEqual(report.failed.first?.reason, "no serializer for saved 'test.blob' values is available in this build")
    }

    func testDamagedFilesAreErrorsNotCrashes() throws {
        let path = directory + "/ws.tsw"
        try onInterpreterThread {
            let session = Session(extensions: KernelExtensions())
            session.run("data = list(range(100))\ntext = 'x' * 50")
            try session.saveWorkspace(to: path)
        }
        let whole = try XCTUnwrap(FileManager.default.contents(atPath: path))
        for cut in [0, 3, 11, 40, whole.count / 2, whole.count - 1] {
            try whole.prefix(cut).write(to: URL(fileURLWithPath: path))
            XCTAssertThrowsError(try onInterpreterThread { try Session(extensions: KernelExtensions()).restoreWorkspace(from: path) }, "cut at \(cut)")
        }
    }

    /// One flipped bit anywhere in the file (header, metadata, names, lengths, values,
    /// checksums) is either an error or a reported damaged part: never a silently wrong value.
    func testEveryFlippedBitIsReportedNeverRestoredWrong() throws {
        let path = directory + "/ws.tsw"
        let cells = ["floats = [0.5 * i for i in range(12)]", "text = 'abc' * 4", "n = 12345678901234"]
        try onInterpreterThread {
            let session = Session(extensions: KernelExtensions())
            for cell in cells { session.run(cell) }
            try session.saveWorkspace(to: path)
        }
        let whole = try XCTUnwrap(FileManager.default.contents(atPath: path))
        let expected = ["floats": "[0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 4.5, 5.0, 5.5]", "text": "'abcabcabcabc'", "n": "12345678901234"]
        var reported = 0
        for position in 0..<whole.count {
            var flipped = whole
            flipped[position] ^= UInt8(1 << (position % 8))
            try flipped.write(to: URL(fileURLWithPath: path))
            try onInterpreterThread {
                let session = Session(extensions: KernelExtensions())
                guard let report = try? session.restoreWorkspace(from: path) else { reported += 1; return }
                if report.foundDamage { reported += 1 }
                // Whatever was restored holds exactly the saved value.
                for name in report.restoredNames {
                    XCTAssertEqual(session.run(name).text, expected[name], "bit flipped at byte \(position) changed \(name)")
                }
                XCTAssertEqual(report.foundDamage, !report.failed.isEmpty, "byte \(position): \(report.summary)")
            }
        }
        XCTAssertEqual(reported, whole.count, "every flip is detected")
    }

    /// Files written before entries had checksums (format version 1) are still read.
    func testVersionOneFilesAreStillRead() throws {
        let path = directory + "/ws.tsw"
        try onInterpreterThread {
            let session = Session(extensions: KernelExtensions())
            session.run("kept = {'a': [1, 2.5]}")
            try session.saveWorkspace(to: path)
        }
        // Version 2 -> 1: drop the metadata's and each entry's checksum.
        let v2 = Array(try XCTUnwrap(FileManager.default.contents(atPath: path)))
        func u64(_ at: Int) -> Int { (0..<8).reduce(0) { $0 | Int(v2[at + $1]) << (8 * $1) } }
        var v1 = Array(v2[0..<4]) + [1, 0, 0, 0]
        var at = 8
        let metadataLength = u64(at)
        v1 += v2[at..<(at + 8 + metadataLength)]
        at += 8 + metadataLength + 4
        let count = Int(v2[at]) | Int(v2[at + 1]) << 8
        v1 += v2[at..<(at + 4)]
        at += 4
        for _ in 0..<count {
            let nameLength = u64(at + 1)
            let valueLength = u64(at + 9 + nameLength)
            let end = at + 17 + nameLength + valueLength
            v1 += v2[at..<end]
            at = end + 4
        }
        v1 += v2[at...]
        try Data(v1).write(to: URL(fileURLWithPath: path))
        let (report, text) = try onInterpreterThread { () -> (WorkspaceRestoreReport, String) in
            let session = Session(extensions: KernelExtensions())
            let report = try session.restoreWorkspace(from: path)
            return (report, session.run("kept").text)
        }
        XCTAssertEqual(report.restoredNames, ["kept"])
        XCTAssertFalse(report.foundDamage)
        XCTAssertEqual(text, "{'a': [1, 2.5]}")
    }

    func testWorkspaceSaveAndLoadMagics() throws {
        let path = directory + "/magic.tsw"
        let results: [CellResult] = try onInterpreterThread {
            let session = Session(extensions: KernelExtensions())
            session.workspacePath = path
            let a = session.run("v = {'k': [1, 2]}")
            let b = session.run("%workspace save")
            let c = session.run("%reset -f")
            let d = session.run("%workspace load")
            let e = session.run("v")
            return [a, b, c, d, e]
        }
        XCTAssertEqual(results[1].text, "Saved 1 variable to \(path) (\(ByteCount.format((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0))).\n")
        XCTAssertTrue(results[3].text.hasPrefix("Restored 1 variable from \(path) (saved "), results[3].text)
        XCTAssertEqual(results[4].text, "{'k': [1, 2]}")
    }

    func testSavingReplacesTheFileAtomicallyAndCleansStaleTemporaries() throws {
        let path = directory + "/ws.tsw"
        // A temporary left by a process that no longer exists (pid 2^22 + 1 is above Linux's
        // default pid_max) is removed by the next save.
        let stale = path + ".tmp-4194305"
        try Data("junk".utf8).write(to: URL(fileURLWithPath: stale))
        try onInterpreterThread {
            let session = Session(extensions: KernelExtensions())
            session.run("x = 1")
            try session.saveWorkspace(to: path)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: stale))
        let names = try FileManager.default.contentsOfDirectory(atPath: directory)
        XCTAssertEqual(names, ["ws.tsw"])
    }
}
