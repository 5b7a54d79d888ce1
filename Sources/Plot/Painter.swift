import CCairo
#if canImport(Glibc)
import Glibc
#endif

/// A pixel rectangle, y growing downwards.
public struct Box {
    public var x0, y0, x1, y1: Double
    public init(x0: Double, y0: Double, x1: Double, y1: Double) {
        (self.x0, self.y0, self.x1, self.y1) = (x0, y0, x1, y1)
    }
    public var width: Double { x1 - x0 }
    public var height: Double { y1 - y0 }
    func union(_ other: Box?) -> Box {
        guard let o = other else { return self }
        return Box(x0: Swift.min(x0, o.x0), y0: Swift.min(y0, o.y0), x1: Swift.max(x1, o.x1), y1: Swift.max(y1, o.y1))
    }
    func intersects(_ o: Box) -> Bool { x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1 }
    func contains(_ x: Double, _ y: Double) -> Bool { x >= x0 && x <= x1 && y >= y0 && y <= y1 }
}

/// The Cairo context with matplotlib's units: sizes arrive in points and are scaled by dpi/72.
/// In measuring mode it draws nothing and only records where text would go (tight_layout and
/// bbox_inches='tight' measure a figure before drawing it).
final class Painter {
    let cr: OpaquePointer
    let scale: Double
    var measuring = false
    /// The union of every text box drawn or measured since the last reset.
    var inked: Box?
    /// Each axes' box before a colorbar and a fixed aspect took their share of it.
    var colorbarAreas: [ObjectIdentifier: Box] = [:]

    init(cr: OpaquePointer, dpi: Double) {
        self.cr = cr
        self.scale = dpi / 72
        cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL)
    }

    func px(_ points: Double) -> Double { points * scale }

    func setColor(_ c: RGBA) { cairo_set_source_rgba(cr, c.r, c.g, c.b, c.a) }

    // MARK: text

    /// A piece of text in one size and vertical shift, as the minimal mathtext produces.
    struct Run { var text: String; var scale: Double; var rise: Double; var italic: Bool }

    /// Metrics of matplotlib's text layout: the box is as tall as "lp" at this size at least.
    struct TextMetrics { var width: Double; var ascent: Double; var descent: Double }

    func setFont(size: Double, bold: Bool, italic: Bool = false) {
        cairo_select_font_face(cr, "DejaVu Sans", italic ? CAIRO_FONT_SLANT_OBLIQUE : CAIRO_FONT_SLANT_NORMAL,
                               bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL)
        cairo_set_font_size(cr, px(size))
    }

    func measure(_ text: Text) -> TextMetrics {
        let runs = MathText.runs(text.string)
        var width = 0.0, ascent = 0.0, descent = 0.0
        var extents = cairo_text_extents_t()
        // matplotlib makes a line at least as tall as the font's typographic ascent and descent
        // (DejaVu Sans' OS/2 sTypoAscender 1556 and sTypoDescender -492 of 2048 units).
        ascent = px(text.size) * 1556 / 2048
        descent = px(text.size) * 492 / 2048
        for run in runs {
            setFont(size: text.size * run.scale, bold: text.bold, italic: run.italic)
            cairo_text_extents(cr, run.text, &extents)
            width += extents.x_advance
            let rise = px(text.size) * run.rise
            ascent = Swift.max(ascent, -extents.y_bearing + rise)
            descent = Swift.max(descent, extents.height + extents.y_bearing - rise)
        }
        return TextMetrics(width: width, ascent: ascent, descent: descent)
    }

    /// Draws `text` anchored at (x, y) pixels with its alignment; returns its box. Rotation is
    /// in degrees counter-clockwise about the anchor, as matplotlib's rotation_mode 'anchor'.
    @discardableResult
    func draw(_ text: Text, x: Double, y: Double) -> Box {
        guard !text.string.isEmpty else { return Box(x0: x, y0: y, x1: x, y1: y) }
        let m = measure(text)
        let dx = -m.width * text.horizontal
        let dy: Double
        switch text.vertical {
        case "top": dy = m.ascent
        case "center": dy = (m.ascent - m.descent) / 2
        case "center_baseline": dy = m.ascent / 2
        case "bottom": dy = -m.descent
        default: dy = 0
        }
        let angle = -text.rotation * Double.pi / 180
        let corners = [(dx, dy - m.ascent), (dx + m.width, dy - m.ascent), (dx, dy + m.descent), (dx + m.width, dy + m.descent)]
            .map { (cx, cy) in (x + cx * cos(angle) - cy * sin(angle), y + cx * sin(angle) + cy * cos(angle)) }
        let box = Box(x0: corners.map { $0.0 }.min() ?? x, y0: corners.map { $0.1 }.min() ?? y,
                      x1: corners.map { $0.0 }.max() ?? x, y1: corners.map { $0.1 }.max() ?? y)
        inked = box.union(inked)
        if measuring { return box }
        cairo_save(cr)
        cairo_translate(cr, x, y)
        cairo_rotate(cr, angle)
        setColor(text.color)
        var pen = dx
        for run in MathText.runs(text.string) {
            setFont(size: text.size * run.scale, bold: text.bold, italic: run.italic)
            cairo_move_to(cr, pen, dy - px(text.size) * run.rise)
            cairo_show_text(cr, run.text)
            var extents = cairo_text_extents_t()
            cairo_text_extents(cr, run.text, &extents)
            pen += extents.x_advance
        }
        cairo_restore(cr)
        return box
    }

    // MARK: shapes

    /// Dash pattern in points at line width 1, scaled by the width as matplotlib does.
    func setLine(width: Double, dashes: [Double], cap: cairo_line_cap_t = CAIRO_LINE_CAP_BUTT) {
        cairo_set_line_width(cr, px(width))
        if dashes.isEmpty {
            cairo_set_dash(cr, nil, 0, 0)
        } else {
            let scaled = dashes.map { px($0 * Swift.max(width, 1)) }
            cairo_set_dash(cr, scaled, Int32(scaled.count), 0)
        }
        cairo_set_line_cap(cr, cap)
        cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
    }

    func rectangle(_ b: Box, fill: RGBA?, stroke: RGBA?, width: Double = 1) {
        guard !measuring else { return }
        cairo_rectangle(cr, b.x0, b.y0, b.width, b.height)
        finish(fill: fill, stroke: stroke, width: width)
    }

    func finish(fill: RGBA?, stroke: RGBA?, width: Double) {
        if let f = fill, f.a > 0 {
            setColor(f)
            if let s = stroke, s.a > 0 { cairo_fill_preserve(cr) } else { cairo_fill(cr) }
        }
        if let s = stroke, s.a > 0 {
            setColor(s)
            setLine(width: width, dashes: [])
            cairo_stroke(cr)
        }
        cairo_new_path(cr)
    }

    func segment(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double, color: RGBA, width: Double, dashes: [Double] = []) {
        guard !measuring else { return }
        setColor(color)
        setLine(width: width, dashes: dashes)
        cairo_move_to(cr, x0, y0)
        cairo_line_to(cr, x1, y1)
        cairo_stroke(cr)
    }

    /// A marker path centred at (x, y), `size` in points (matplotlib's markersize).
    func markerPath(_ marker: Marker, x: Double, y: Double, size: Double) {
        // A radius past any surface (figures are at most 16384 pixels) draws the same as a
        // larger one, and Cairo flattens an arc of radius 1e150 into endless segments.
        let radius = px(size) / 2
        guard !radius.isNaN else { return }
        let r = Swift.min(Swift.max(radius, 0), Painter.largestMarkerRadius)
        func polygon(_ points: [(Double, Double)]) {
            guard let first = points.first else { return }
            cairo_move_to(cr, x + first.0 * r, y - first.1 * r)
            for p in points.dropFirst() { cairo_line_to(cr, x + p.0 * r, y - p.1 * r) }
            cairo_close_path(cr)
        }
        func regular(_ n: Int, inner: Double? = nil) {
            var points: [(Double, Double)] = []
            for k in 0..<(inner == nil ? n : 2 * n) {
                let step = Double.pi * 2 / Double(inner == nil ? n : 2 * n)
                let angle = Double.pi / 2 + Double(k) * step
                let radius = (k % 2 == 1 ? inner : nil) ?? 1
                points.append((radius * cos(angle), radius * sin(angle)))
            }
            polygon(points)
        }
        switch marker {
        case .circle: cairo_new_sub_path(cr); cairo_arc(cr, x, y, r, 0, 2 * Double.pi)
        case .point: cairo_new_sub_path(cr); cairo_arc(cr, x, y, r / 2, 0, 2 * Double.pi)
        case .pixel: cairo_rectangle(cr, x - 0.5, y - 0.5, 1, 1)
        case .square: polygon([(-1, -1), (1, -1), (1, 1), (-1, 1)])
        case .diamond: polygon([(0, -1.414), (1.414, 0), (0, 1.414), (-1.414, 0)])
        case .thinDiamond: polygon([(0, -1), (0.6, 0), (0, 1), (-0.6, 0)])
        case .triangleUp: polygon([(0, 1), (-1, -1), (1, -1)])
        case .triangleDown: polygon([(0, -1), (1, 1), (-1, 1)])
        case .triangleLeft: polygon([(-1, 0), (1, -1), (1, 1)])
        case .triangleRight: polygon([(1, 0), (-1, 1), (-1, -1)])
        case .star: regular(5, inner: 0.381966)
        case .pentagon: regular(5)
        case .hexagon: regular(6)
        case .plus:
            cairo_move_to(cr, x - r, y); cairo_line_to(cr, x + r, y)
            cairo_move_to(cr, x, y - r); cairo_line_to(cr, x, y + r)
        case .cross:
            cairo_move_to(cr, x - r, y - r); cairo_line_to(cr, x + r, y + r)
            cairo_move_to(cr, x - r, y + r); cairo_line_to(cr, x + r, y - r)
        case .hline: cairo_move_to(cr, x - r, y); cairo_line_to(cr, x + r, y)
        case .vline: cairo_move_to(cr, x, y - r); cairo_line_to(cr, x, y + r)
        case .filledPlus:
            let t = 1.0 / 3
            polygon([(-t, -1), (t, -1), (t, -t), (1, -t), (1, t), (t, t), (t, 1), (-t, 1), (-t, t), (-1, t), (-1, -t), (-t, -t)])
        case .filledX:
            let t = 1.0 / 3
            let points = [(-t, -1), (t, -1), (t, -t), (1, -t), (1, t), (t, t), (t, 1), (-t, 1), (-t, t), (-1, t), (-1, -t), (-t, -t)]
            polygon(points.map { ($0.0 * 0.7071 - $0.1 * 0.7071, $0.0 * 0.7071 + $0.1 * 0.7071) }.map { ($0.0 * 1.2, $0.1 * 1.2) })
        }
    }

    static let largestMarkerRadius = 100_000.0

    func marker(_ marker: Marker, x: Double, y: Double, size: Double, face: RGBA?, edge: RGBA?, edgeWidth: Double) {
        guard !measuring else { return }
        markerPath(marker, x: x, y: y, size: size)
        if marker.isUnfilled {
            finish(fill: nil, stroke: edge ?? face, width: edgeWidth)
        } else {
            finish(fill: face, stroke: edge, width: edgeWidth)
        }
    }
}

/// The part of matplotlib's mathtext people put in labels: `$...$` with `^`/`_` scripts and
/// common TeX symbols, drawn in the text font (letters in math italic).
enum MathText {
    static let symbols: [String: String] = [
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "theta": "θ", "lambda": "λ",
        "mu": "μ", "pi": "π", "sigma": "σ", "tau": "τ", "phi": "φ", "omega": "ω", "eta": "η", "rho": "ρ",
        "Delta": "Δ", "Sigma": "Σ", "Omega": "Ω", "Pi": "Π", "Gamma": "Γ", "Theta": "Θ", "Lambda": "Λ", "Phi": "Φ",
        "cdot": "·", "times": "×", "pm": "±", "infty": "∞", "leq": "≤", "geq": "≥", "neq": "≠", "approx": "≈",
        "sqrt": "√", "degree": "°", "circ": "°", "nabla": "∇", "partial": "∂", "sum": "∑", "int": "∫",
        "rightarrow": "→", "leftarrow": "←", "%": "%", "$": "$", ",": " ", ";": " ", "quad": "  ", " ": " ",
        "mathdefault": "", "mathrm": "", "mathit": "", "mathbf": "", "text": "", "ell": "ℓ", "cdots": "⋯", "ldots": "…",
    ]

    static func runs(_ string: String) -> [Painter.Run] {
        guard string.contains("$") else { return [Painter.Run(text: string, scale: 1, rise: 0, italic: false)] }
        var result: [Painter.Run] = []
        var inMath = false
        var chars = Array(string)
        var i = 0
        var plain = ""
        func flush() {
            if !plain.isEmpty { result.append(Painter.Run(text: plain, scale: 1, rise: 0, italic: false)) }
            plain = ""
        }
        func group(_ from: inout Int) -> String {
            guard from < chars.count else { return "" }
            if chars[from] == "{" {
                var depth = 0, out = ""
                while from < chars.count {
                    let c = chars[from]
                    from += 1
                    if c == "{" { depth += 1; if depth == 1 { continue } }
                    if c == "}" { depth -= 1; if depth == 0 { break } }
                    out.append(c)
                }
                return out
            }
            if chars[from] == "\\" {
                var out = "\\"
                from += 1
                while from < chars.count, chars[from].isLetter { out.append(chars[from]); from += 1 }
                return out
            }
            defer { from += 1 }
            return String(chars[from])
        }
        func symbolsReplaced(_ s: String) -> String {
            var out = "", k = s.startIndex
            while k < s.endIndex {
                if s[k] == "\\" {
                    var name = ""
                    var j = s.index(after: k)
                    if j < s.endIndex, !s[j].isLetter { name = String(s[j]); j = s.index(after: j) } else {
                        while j < s.endIndex, s[j].isLetter { name.append(s[j]); j = s.index(after: j) }
                    }
                    out += symbols[name] ?? name
                    k = j
                } else if s[k] == "{" || s[k] == "}" {
                    k = s.index(after: k)
                } else {
                    out.append(s[k] == "-" ? "\u{2212}" : s[k])
                    k = s.index(after: k)
                }
            }
            return out
        }
        var math = ""
        func flushMath() {
            if !math.isEmpty {
                let text = symbolsReplaced(math)
                result.append(Painter.Run(text: text, scale: 1, rise: 0, italic: text.contains { $0.isLetter && $0.isASCII }))
            }
            math = ""
        }
        while i < chars.count {
            let c = chars[i]
            if c == "$" {
                if inMath { flushMath() } else { flush() }
                inMath.toggle()
                i += 1
                continue
            }
            if inMath && (c == "^" || c == "_") {
                flushMath()
                i += 1
                let script = symbolsReplaced(group(&i))
                result.append(Painter.Run(text: script, scale: 0.7, rise: c == "^" ? 0.45 : -0.2, italic: false))
                continue
            }
            if inMath { math.append(c) } else { plain.append(c) }
            i += 1
        }
        flush()
        flushMath()
        chars = []
        return result
    }
}
