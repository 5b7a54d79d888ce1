import Foundation
import XCTest

/// torch.save / torch.load in PyTorch's zip format, against files real PyTorch wrote and read
/// (Tests/LibraryTests/Fixtures/torch-save, made by Scripts/gen-torch-save-fixtures.py).
final class TorchSerializationTests: XCTestCase {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures").appendingPathComponent("torch-save")

    private func program(_ name: String) throws -> String {
        "FIXTURES = \"\(Self.folder.path)\"\n" + (try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8))
    }

    /// Files written by real torch.save load with the values PyTorch loads from them.
    func testLoadsWhatPyTorchSaved() throws {
        let expected = try String(contentsOf: Self.folder.appendingPathComponent("load_pytorch_fixtures.out"), encoding: .utf8)
        XCTAssertEqual(try LibrarySession.run(try program("load_pytorch_fixtures.py")), expected)
    }

    /// `written_by_tessera.pt` is what write_from_tessera.py saved in Tessera and real PyTorch
    /// read back equal to its own save of the same values (gen-torch-save-fixtures.py --verify,
    /// see the README there). Tessera must keep writing those bytes: everything but the random
    /// `.data/serialization_id` entry is compared.
    func testWritesTheBytesPyTorchAccepted() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("tessera-torch-save-\(getpid())")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let source = try String(contentsOf: Self.folder.appendingPathComponent("write_from_tessera.py"), encoding: .utf8)
        _ = try LibrarySession.run("import sys\nsys.argv = ['write_from_tessera.py', \"\(scratch.path)\"]\n" + source)
        for name in ["written_by_tessera.pt", "single_tensor.pt"] {
            let written = try Data(contentsOf: scratch.appendingPathComponent(name))
            let accepted = try Data(contentsOf: Self.folder.appendingPathComponent(name))
            XCTAssertEqual(written.count, accepted.count, name)
            let prefix = Self.withoutSerializationID(accepted)
            XCTAssertGreaterThan(prefix.count, 256, name)
            XCTAssertEqual(Self.withoutSerializationID(written), prefix, name)
        }
    }

    /// The archive up to the `.data/serialization_id` entry (random digits, and so its CRC):
    /// every other entry comes before it. Tessera's local headers carry the sizes, so the
    /// entries can be walked in order.
    static func withoutSerializationID(_ data: Data) -> Data {
        let bytes = [UInt8](data)
        func read(_ p: Int, _ n: Int) -> Int { (0..<n).reduce(0) { $0 | Int(bytes[p + $1]) << (8 * $1) } }
        var p = 0
        while p + 30 <= bytes.count, read(p, 4) == 0x0403_4b50 {
            let size = read(p + 18, 4), nameLength = read(p + 26, 2), extraLength = read(p + 28, 2)
            guard p + 30 + nameLength <= bytes.count else { break }
            let name = String(decoding: bytes[(p + 30)..<(p + 30 + nameLength)], as: UTF8.self)
            if name.hasSuffix("/.data/serialization_id") { return Data(bytes[0..<p]) }
            p += 30 + nameLength + extraLength + size
        }
        return Data()
    }
}
