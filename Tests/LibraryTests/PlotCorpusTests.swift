import Foundation
import XCTest

/// matplotlib's image_comparison for Tessera: every script of Tests/PlotTests/Corpus runs here and
/// its figure is compared with the PNG real matplotlib drew from the same script
/// (Scripts/gen-plot-references.py wrote the references, their pixel sizes and the threshold).
final class PlotCorpusTests: XCTestCase {
    static let plotTests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("PlotTests")
    static let corpus = plotTests.appendingPathComponent("Corpus")
    static let references = plotTests.appendingPathComponent("References")

    struct Manifest: Decodable {
        let threshold: Double
        let sizes: [String: [Int]]
    }

    /// Scripts whose figure still differs from matplotlib's by more than the threshold, each
    /// with the reason. The test fails when one of these passes (so the list shrinks) as well as
    /// when any other script fails.
    static let knownDifferent: [String: String] = [:]

    func manifest() throws -> Manifest {
        try JSONDecoder().decode(Manifest.self, from: Data(contentsOf: Self.references.appendingPathComponent("references.json")))
    }

    /// Runs a script in Tessera and returns the PNG of its current figure.
    func render(_ source: String) throws -> [UInt8] {
        let path = NSTemporaryDirectory() + "tessera-plot-\(UUID().uuidString).png"
        defer { try? FileManager.default.removeItem(atPath: path) }
        _ = try LibrarySession.run(source + "\nimport matplotlib.pyplot as plt\nplt.gcf().savefig(\(String(reflecting: path)))\n")
        return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    func reference(_ name: String) throws -> GrayImage {
        try GrayImage(png: [UInt8](try Data(contentsOf: Self.references.appendingPathComponent(name + ".png"))))
    }

    func script(_ name: String) throws -> String {
        try String(contentsOf: Self.corpus.appendingPathComponent(name + ".py"), encoding: .utf8)
    }

    func testEveryScriptLooksLikeMatplotlibsAtItsPixelSize() throws {
        let manifest = try manifest()
        var failing: [String: String] = [:]
        var report: [String] = []
        for name in manifest.sizes.keys.sorted() {
            do {
                let image = try GrayImage(png: try render(try script(name)))
                let size = manifest.sizes[name] ?? []
                if size != [image.width, image.height] {
                    failing[name] = "size \(image.width)x\(image.height), matplotlib's \(size)"
                    continue
                }
                let score = GrayImage.score(reference: try reference(name), rendering: image)
                report.append(String(format: "%.3f %@", score, name))
                if score < manifest.threshold { failing[name] = String(format: "SSIM %.3f", score) }
            } catch {
                failing[name] = "error: \(error)"
            }
        }
        print("plot corpus scores:\n" + report.joined(separator: "\n"))
        print("plot corpus: \(manifest.sizes.count - failing.count) of \(manifest.sizes.count) pass")
        for (name, reason) in failing.sorted(by: { $0.key < $1.key }) where Self.knownDifferent[name] == nil {
            XCTFail("\(name): \(reason)")
        }
        for name in Self.knownDifferent.keys.sorted() where failing[name] == nil {
            XCTFail("\(name) now matches matplotlib: remove it from knownDifferent")
        }
    }

    /// The same scripts without their legend, title, markers or dashes must fail the comparison
    /// against the complete figure's reference: the threshold is not so loose that it passes
    /// anything.
    func testFiguresMissingPartsFail() throws {
        let manifest = try manifest()
        let variants: [(String, String, String)] = [
            ("03_two_lines_legend", "plt.legend()", ""),
            ("11_scatter_markers", "plt.legend()", ""),
            ("02_line_labels", "plt.title(\"Signal over time\")", ""),
            ("12_bar", "plt.title('Fruit')", ""),
            ("05_markers", "marker=m", "marker=None"),
            ("06_fmt_strings", "'r--o'", "'r--'"),
            ("04_linestyles", "linestyle=ls", "linestyle='-'"),
        ]
        for (name, old, new) in variants {
            let source = try script(name)
            XCTAssertTrue(source.contains(old), "\(name) contains \(old)")
            let image = try GrayImage(png: try render(source.replacingOccurrences(of: old, with: new)))
            let score = GrayImage.score(reference: try reference(name), rendering: image)
            XCTAssertLessThan(score, manifest.threshold, "\(name) without \(old) still scores \(score)")
        }
    }
}
