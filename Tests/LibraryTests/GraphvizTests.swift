import Foundation
import XCTest

/// The `graphviz` module: DOT text as the Python package builds it, drawings by libgvc, and
/// Graphviz's own error messages as Python exceptions.
final class GraphvizTests: XCTestCase {
    func testSourcesMatchThePythonPackage() throws {
        for (program, expected) in GraphvizReference.cases {
            XCTAssertEqual(try LibrarySession.run(program), expected, program)
        }
    }

    func testFastbooksGvDrawsTheSevenSteps() throws {
        let output = try LibrarySession.run("""
            from fastbook import *
            g = gv('''
            init->predict->loss->gradient->step->stop
            step->predict[label=repeat]
            ''')
            svg = g._repr_svg_()
            png = g._repr_png_()
            print(type(svg).__name__, svg.count('class="node"'), svg.count('class="edge"'))
            for name in ['init', 'predict', 'loss', 'gradient', 'step', 'stop', 'repeat']:
                print(name, '>' + name + '</text>' in svg)
            print(type(png).__name__, list(png[:8]) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], len(png) > 1000)
            """)
        XCTAssertEqual(output, """
            str 6 6
            init True
            predict True
            loss True
            gradient True
            step True
            stop True
            repeat True
            bytes True True

            """)
    }

    func testBadDotRaisesGraphvizsMessage() throws {
        let output = try LibrarySession.run("""
            import graphviz
            graphviz.Source('digraph {\\n a -> b\\n}').pipe(format='svg')
            for text in ['digraph G{ a -> ; }', 'graph { a -> b }']:
                try:
                    graphviz.Source(text).pipe(format='svg')
                except graphviz.CalledProcessError as e:
                    print(type(e).__name__, isinstance(e, RuntimeError), '|', str(e).strip())
            try:
                graphviz.Source('digraph { a }').pipe(format='nope')
            except ValueError as e:
                print('ValueError', e)
            # The next drawing after an error works.
            print(graphviz.Digraph(body=['\\ta -> b\\n']).pipe(format='svg', encoding='utf-8').count('class="node"'))
            """)
        XCTAssertEqual(output, """
            CalledProcessError True | Error: syntax error in line 1 near ';'
            CalledProcessError True | Error: syntax error in line 1 near '->'
            ValueError unknown format: 'nope'
            2

            """)
    }

    func testRenderWritesTheSourceAndTheDrawing() throws {
        let directory = NSTemporaryDirectory() + "tessera-gv-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let output = try LibrarySession.run("""
            import graphviz
            g = graphviz.Graph('g', directory='\(directory)', format='png')
            g.edge('a', 'b')
            print(g.render())
            """)
        XCTAssertEqual(output, "\(directory)/g.gv.png\n")
        let png = try Data(contentsOf: URL(fileURLWithPath: directory + "/g.gv.png"))
        XCTAssertEqual(Array(png.prefix(4)), [0x89, 0x50, 0x4E, 0x47])
        XCTAssertEqual(try String(contentsOfFile: directory + "/g.gv", encoding: .utf8), "graph g {\n\ta -- b\n}\n")
    }
}
