import Foundation
import Plot
import XCTest

/// Tick locations, labels and offset texts against matplotlib's for the x axis of a default
/// figure (Tests/PlotTests/Fixtures/ticks.json, written by Scripts/gen-plot-tick-fixtures.py).
final class TickTests: XCTestCase {
    struct Case: Decodable {
        let view: [Double]
        let all: [Double]
        let labels: [String]
        let offset: String
    }
    struct Fixture: Decodable { let cases: [Case] }

    func testMaxNLocatorAndScalarFormatterMatchMatplotlib() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/ticks.json")
        let fixture = try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
        XCTAssertGreaterThan(fixture.cases.count, 10)
        // The default axes are 0.775 x 6.4 in = 357 pt wide: 357 / 30 gives 11, clipped to 9 bins.
        XCTAssertEqual(Ticks.bins(lengthPoints: 0.775 * 6.4 * 72, fontSize: 10, horizontal: true), 9)
        for c in fixture.cases {
            let ticks = Ticks.positions(from: c.view[0], to: c.view[1], bins: 9)
            XCTAssertEqual(ticks.count, c.all.count, "ticks for \(c.view): \(ticks) vs \(c.all)")
            for (a, b) in zip(ticks, c.all) {
                XCTAssertEqual(a, b, accuracy: 1e-9 * Swift.max(1, abs(b)), "tick for \(c.view)")
            }
            let formatter = ScalarFormatter(locations: c.all, viewLow: c.view[0], viewHigh: c.view[1])
            XCTAssertEqual(c.all.map { formatter.label($0) }, c.labels, "labels for \(c.view)")
            XCTAssertEqual(formatter.offsetText, c.offset, "offset text for \(c.view)")
        }
    }

    func assertClose(_ a: RGBA?, _ b: RGBA?, file: StaticString = #filePath, line: UInt = #line) {
        guard let a, let b else { return XCTFail("missing colour", file: file, line: line) }
        for (x, y) in [(a.r, b.r), (a.g, b.g), (a.b, b.b), (a.a, b.a)] {
            XCTAssertEqual(x, y, accuracy: 1e-6, file: file, line: line)
        }
    }

    func testColorSpecifications() {
        assertClose(ColorSpec.parse("tab:orange"), ColorSpec.parse("#ff7f0e"))
        assertClose(ColorSpec.parse("C1"), ColorSpec.parse("tab:orange"))
        assertClose(ColorSpec.parse("#abc"), ColorSpec.parse("#aabbcc"))
        assertClose(ColorSpec.parse("aqua"), RGBA(0, 1, 1))
        XCTAssertEqual(ColorSpec.parse("#ff000080")?.a ?? 0, 128.0 / 255, accuracy: 1e-9)
        XCTAssertEqual(ColorSpec.parse("0.25"), RGBA(0.25, 0.25, 0.25))
        XCTAssertEqual(ColorSpec.parse("r"), RGBA(1, 0, 0))
        XCTAssertNotNil(ColorSpec.parse("darkolivegreen"))
        XCTAssertNil(ColorSpec.parse("notacolour"))
        XCTAssertNil(ColorSpec.parse("#12345"))
    }
}
