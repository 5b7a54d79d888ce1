import Foundation
import XCTest

/// `Image.resize` gives Pillow's pixels byte for byte (Fixtures/pil-resize.json, written with
/// Pillow 13 by Scripts/gen-pil-resize-fixtures.py): every resampling filter, up- and
/// down-scaling, non-integer ratios, 1-pixel targets, `box=`, alpha images, and Pillow's errors.
final class ImageResizeTests: XCTestCase {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/pil-resize.json").path

    static let checker = (try? String(contentsOfFile: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/pil-resize-check.py").path, encoding: .utf8)) ?? "raise SystemExit('checker missing')"

    struct Counts: Decodable {
        let cases: [IgnoredCase]
        let errors: [IgnoredCase]
        let constants: [String: IgnoredCase]
        struct IgnoredCase: Decodable {
            init(from decoder: Decoder) throws {}
        }
    }

    func testEveryFilterMatchesPillowBitForBit() throws {
        let counts = try JSONDecoder().decode(Counts.self, from: Data(contentsOf: URL(fileURLWithPath: Self.fixture)))
        let output = try LibrarySession.run("FIXTURE_PATH = \(String(reflecting: Self.fixture))\n" + Self.checker)
        // Every mismatch, wrong error or wrong constant is printed as its own line.
        XCTAssertEqual(output, """
            cases \(counts.cases.count) failures 0
            errors \(counts.errors.count)
            constants \(counts.constants.count)

            """)
    }

    /// fastai passes the filter through, and its Resize crops as fastai does (a 7x9 image to 5x6
    /// crops rows 0-6, columns 0-7; checked with fastai 2.8) and then resizes images bilinearly and
    /// masks by nearest neighbour.
    func testFastaiPassesResampleThrough() throws {
        let output = try LibrarySession.run("""
            import torch
            from PIL import Image
            from fastai.vision.all import PILImage, PILMask, Resize
            t = (torch.arange(7 * 9 * 3) * 37 % 256).to(torch.uint8).reshape(7, 9, 3)
            im = PILImage.create(t)
            def same(a, b): return torch.equal(torch.tensor(a.__array__()), torch.tensor(b.__array__()))
            print(same(im.resize((4, 3), Image.LANCZOS), Image.fromarray(t).resize((4, 3), Image.LANCZOS)))
            print(same(im.resize((4, 3), Image.LANCZOS), Image.fromarray(t).resize((4, 3))))
            r = Resize((5, 6))
            print(same(r(im, split_idx=1), Image.fromarray(t[0:7, 0:8]).resize((6, 5), Image.BILINEAR)))
            m = PILMask.create((torch.arange(7 * 9) % 5).to(torch.uint8).reshape(7, 9))
            print(same(r(m, split_idx=1), Image.fromarray(torch.tensor(m.__array__())[0:7, 0:8]).resize((6, 5), Image.NEAREST)))
            """)
        XCTAssertEqual(output, "True\nFalse\nTrue\nTrue\n")
    }

    /// Sizes Pillow refuses stay Python exceptions: empty, beyond a C int, and a coefficient
    /// table too large for memory.
    func testHostileSizesRaise() throws {
        let output = try LibrarySession.run("""
            import torch
            from PIL import Image
            im = Image.fromarray(torch.zeros(4, 5, 3, dtype=torch.uint8))
            for size, resample in [((0, 3), None), ((3, -1), 0), ((2**31, 1), None), ((1, 2**40), 2),
                                   ((2**31 - 1, 1), None), ((1, 2**31 - 1), 1)]:
                try:
                    im.resize(size, resample)
                    print('no error', size)
                except Exception as e:
                    print(type(e).__name__, e)
            """)
        XCTAssertEqual(output, """
            ValueError height and width must be > 0
            ValueError height and width must be > 0
            OverflowError signed integer is greater than maximum
            OverflowError signed integer is greater than maximum
            MemoryError\u{20}
            MemoryError\u{20}

            """)
    }
}
