import Foundation
import XCTest
@testable import TensorKit

/// PNG, IDX, .npy and safetensors against files written by Pillow, numpy and safetensors.
final class IOTests: XCTestCase {
    func path(_ name: String) throws -> String { try Fixture.url("io/" + name).path }

    func testDecodesFilesWrittenByPillowNumpyAndSafetensors() throws {
        let cases = try Fixture.load("io.json")
        var safetensors: [String: Tensor] = [:]
        for (name, t) in try Safetensors.read(path: try path("model.safetensors")) { safetensors[name] = t }
        for c in cases {
            let file = c["file"] as? String ?? ""
            if let expect = c["expect"] as? [String: Any] {
                let t: Tensor
                if file.hasSuffix(".png") {
                    t = try PNGCodec.read(path: try path(file))
                } else if file.hasSuffix(".npy") {
                    t = try NPYFormat.read(path: try path(file))
                } else {
                    guard let s = safetensors[c["name"] as? String ?? ""] else { XCTFail("missing \(c)"); continue }
                    t = s
                }
                XCTAssertNil(Fixture.difference(t, expect), "\(file) \(c["name"] ?? "")")
            } else if let expect16 = c["expect16"] as? [String: Any] {
                // 16-bit PNG: TensorKit scales to 8 bits, round(v / 257).
                let t = try PNGCodec.read(path: try path(file))
                let wide = try Fixture.tensor(expect16).doubles()
                XCTAssertEqual(t.dtype, .uint8)
                for (a, b) in zip(t.doubles(), wide) { XCTAssertEqual(a, (b / 257).rounded(), accuracy: 1, file) }
            }
        }
    }

    func testPNGRoundTripsEveryWritableColourType() throws {
        let g = Generator(seed: 3)
        for shape in [[6, 9], [6, 9, 1], [6, 9, 2], [6, 9, 3], [6, 9, 4]] {
            let t = try Tensor.randint(high: 256, shape, generator: g, dtype: .uint8)
            let bytes = try PNGCodec.encode(t)
            let back = try PNGCodec.decode(bytes)
            let expectedShape = shape.count == 3 && shape[2] == 1 ? [6, 9] : shape
            XCTAssertEqual(back.shape, expectedShape)
            XCTAssertEqual(back.ints(), t.ints(), "\(shape)")
        }
        // A transposed (non-contiguous) view encodes its logical layout.
        let base = try Tensor.randint(high: 256, [9, 6], generator: g, dtype: .uint8)
        let view = try base.t()
        XCTAssertEqual(try PNGCodec.decode(try PNGCodec.encode(view)).ints(), try view.contiguous().ints())
        // Files written by Pillow in palette and palette+transparency modes decode (checked
        // against Pillow's RGB/RGBA conversion in the fixture test above).
        XCTAssertEqual(try PNGCodec.read(path: try path("palette.png")).shape, [5, 7, 3])
        XCTAssertEqual(try PNGCodec.read(path: try path("palette-transparent.png")).shape, [5, 7, 4])
    }

    func testCorruptFilesThrowNamingTheFile() throws {
        let truncated = try path("truncated.png")
        XCTAssertThrowsError(try PNGCodec.read(path: truncated)) { e in
            XCTAssertTrue((e as? TensorError)?.message.contains(truncated) == true, "\(e)")
            XCTAssertEqual((e as? TensorError)?.kind, .io)
        }
        XCTAssertThrowsError(try PNGCodec.decode([1, 2, 3], name: "x.png")) { e in
            XCTAssertEqual((e as? TensorError)?.message, "x.png: not a PNG file (bad signature)")
        }
        XCTAssertThrowsError(try PNGCodec.read(path: "/nonexistent/file.png")) { e in
            XCTAssertEqual((e as? TensorError)?.message, "cannot open '/nonexistent/file.png': No such file or directory")
        }
        XCTAssertThrowsError(try NPYFormat.decode([0x93, 0x4E, 0x55, 0x4D, 0x50, 0x59, 1, 0, 10, 0], name: "a.npy")) { e in
            XCTAssertTrue((e as? TensorError)?.message.hasPrefix("a.npy: file is truncated") == true, "\(e)")
        }
        XCTAssertThrowsError(try Safetensors.decode([200, 0, 0, 0, 0, 0, 0, 0, 123], name: "m.safetensors")) { e in
            XCTAssertTrue((e as? TensorError)?.message.hasPrefix("m.safetensors: file is truncated") == true, "\(e)")
        }
        XCTAssertThrowsError(try IDXReader.decode([0, 0, 8, 1, 0, 0, 0, 9, 1, 2], name: "labels.idx")) { e in
            XCTAssertTrue((e as? TensorError)?.message.hasPrefix("labels.idx: file is truncated") == true, "\(e)")
        }
        let gz = try Gzip.compress(Array(repeating: 7, count: 1000))
        XCTAssertThrowsError(try IDXReader.decode(Array(gz.prefix(gz.count / 2)), name: "images.gz")) { e in
            XCTAssertTrue((e as? TensorError)?.message.hasPrefix("images.gz: compressed data ends early") == true, "\(e)")
        }
    }

    /// Synthesised MNIST-style files: a 3-D ubyte image file and a 1-D label file, gzipped.
    func testIDXReadsGzippedImagesAndLabels() throws {
        var images: [UInt8] = [0, 0, 8, 3, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0, 4]
        images += (0..<24).map { UInt8($0 * 10) }
        let labels: [UInt8] = [0, 0, 8, 1, 0, 0, 0, 2, 7, 3]
        let dir = NSTemporaryDirectory() + "tensorkit-idx-\(getpid())"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data(try Gzip.compress(images)).write(to: URL(fileURLWithPath: dir + "/images-idx3-ubyte.gz"))
        try Data(labels).write(to: URL(fileURLWithPath: dir + "/labels-idx1-ubyte"))
        let x = try IDXReader.read(path: dir + "/images-idx3-ubyte.gz")
        XCTAssertEqual(x.shape, [2, 3, 4])
        XCTAssertEqual(x.dtype, .uint8)
        XCTAssertEqual(x.ints(), (0..<24).map { $0 * 10 })
        let y = try IDXReader.read(path: dir + "/labels-idx1-ubyte")
        XCTAssertEqual(y.ints(), [7, 3])
        // Big-endian float and int element types.
        let floats: [UInt8] = [0, 0, 0x0D, 1, 0, 0, 0, 1, 0x3F, 0xC0, 0, 0]
        XCTAssertEqual(try IDXReader.decode(floats).doubles(), [1.5])
        let shorts: [UInt8] = [0, 0, 0x0B, 1, 0, 0, 0, 1, 0xFF, 0xFE]
        XCTAssertEqual(try IDXReader.decode(shorts).ints(), [-2])
    }

    /// The MNIST files Tessera ships (Sources/Library/Resources/mnist).
    func testShippedMNIST() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/Library/Resources/mnist")
        let labels = try IDXReader.read(path: folder.appendingPathComponent("t10k-labels-idx1-ubyte.gz").path)
        XCTAssertEqual(labels.shape, [10000])
        XCTAssertEqual(Array(labels.ints().prefix(5)), [7, 2, 1, 0, 4])
        let images = try IDXReader.read(path: folder.appendingPathComponent("t10k-images-idx3-ubyte.gz").path)
        XCTAssertEqual(images.shape, [10000, 28, 28])
    }

    func testNPYAndSafetensorsRoundTrip() throws {
        let g = Generator(seed: 5)
        let tensors: [(String, Tensor)] = [
            ("a", try Tensor.randn([3, 4], generator: g)),
            ("b", try Tensor.randint(high: 100, [5], generator: g)),
            ("c", try Tensor([true, false])),
            ("d", try Tensor.randn([2, 3], generator: g, dtype: .float64).t()),
            ("e", try Tensor.randint(high: 255, [2, 2], generator: g, dtype: .uint8)),
            ("f", try Tensor(.int(3), dtype: .int32)),
        ]
        for (_, t) in tensors {
            let back = try NPYFormat.decode(try NPYFormat.encode(t))
            XCTAssertEqual(back.shape, t.shape)
            XCTAssertEqual(back.dtype, t.dtype)
            XCTAssertEqual(back.doubles(), t.doubles())
        }
        let decoded = try Safetensors.decode(try Safetensors.encode(tensors, metadata: ["format": "pt"]))
        XCTAssertEqual(decoded.metadata, ["format": "pt"])
        XCTAssertEqual(decoded.tensors.map { $0.name }, tensors.map { $0.0 })
        for ((_, a), (_, b)) in zip(decoded.tensors, tensors) {
            XCTAssertEqual(a.shape, b.shape)
            XCTAssertEqual(a.dtype, b.dtype)
            XCTAssertEqual(a.doubles(), b.doubles())
        }
    }
}
