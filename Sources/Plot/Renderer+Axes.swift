import CCairo
#if canImport(Glibc)
import Glibc
#endif

/// Data to pixels for one axes (linear or log on each axis; reversed limits invert the axis).
struct AxesTransform {
    let box: Box
    let xlo, xhi, ylo, yhi: Double
    let xLog, yLog: Bool

    func fx(_ v: Double) -> Double { xLog ? (v > 0 ? log10(v) : -Double.infinity) : v }
    func fy(_ v: Double) -> Double { yLog ? (v > 0 ? log10(v) : -Double.infinity) : v }
    func x(_ v: Double) -> Double { box.x0 + (fx(v) - fx(xlo)) / (fx(xhi) - fx(xlo)) * box.width }
    func y(_ v: Double) -> Double { box.y1 - (fy(v) - fy(ylo)) / (fy(yhi) - fy(ylo)) * box.height }
    func x(_ v: Double, _ c: Coordinates) -> Double { c == .data ? x(v) : box.x0 + v * box.width }
    func y(_ v: Double, _ c: Coordinates) -> Double { c == .data ? y(v) : box.y1 - v * box.height }
}

extension Renderer {
    static let tickPad = 3.5, labelPad = 4.0, titlePad = 6.0, offsetTextPad = 3.0

    /// Draws one axes with its artists and decorations; returns the box of all of it.
    static func drawAxes(_ axes: Axes, box: Box, painter: Painter) -> Box {
        guard let view = limits(axes) else { return box }
        let (xlo, xhi, ylo, yhi) = view
        let t = AxesTransform(box: box, xlo: xlo, xhi: xhi == xlo ? xlo + 1 : xhi, ylo: ylo, yhi: yhi == ylo ? ylo + 1 : yhi,
                              xLog: axes.x.scale == .log, yLog: axes.y.scale == .log)
        let cr = painter.cr
        let xTicks = tickLayout(axes.x, lo: t.xlo, hi: t.xhi, lengthPixels: box.width, painter: painter, horizontal: true)
        let yTicks = tickLayout(axes.y, lo: t.ylo, hi: t.yhi, lengthPixels: box.height, painter: painter, horizontal: false)
        if !painter.measuring {
            if axes.showAxis && !axes.isTwin { painter.rectangle(box, fill: axes.facecolor, stroke: nil) }
            cairo_save(cr)
            cairo_rectangle(cr, box.x0, box.y0, box.width, box.height)
            cairo_clip(cr)
            if axes.showAxis {
                if let grid = axes.x.grid { for v in xTicks.major { painter.segment(t.x(v), box.y0, t.x(v), box.y1, color: grid.color, width: grid.width, dashes: grid.dashes) } }
                if let grid = axes.y.grid { for v in yTicks.major { painter.segment(box.x0, t.y(v), box.x1, t.y(v), color: grid.color, width: grid.width, dashes: grid.dashes) } }
            }
            drawArtists(axes, transform: t, painter: painter)
            cairo_restore(cr)
            drawTexts(axes, transform: t, painter: painter)
        } else {
            drawTexts(axes, transform: t, painter: painter)
        }
        var inked = box
        if axes.showAxis {
            if !painter.measuring && !axes.isTwin {
                let lw = 0.8
                let sides: [(String, Double, Double, Double, Double)] = [
                    ("left", box.x0, box.y0, box.x0, box.y1), ("right", box.x1, box.y0, box.x1, box.y1),
                    ("bottom", box.x0, box.y1, box.x1, box.y1), ("top", box.x0, box.y0, box.x1, box.y0),
                ]
                for (name, a, b, c, d) in sides where !axes.hiddenSpines.contains(name) {
                    painter.setColor(axes.frameColor)
                    painter.setLine(width: lw, dashes: [], cap: CAIRO_LINE_CAP_SQUARE)
                    cairo_move_to(cr, a, b)
                    cairo_line_to(cr, c, d)
                    cairo_stroke(cr)
                }
            }
            if !axes.isTwin {
                inked = inked.union(drawXAxis(axes, xTicks, t, painter: painter))
            }
            inked = inked.union(drawYAxis(axes, yTicks, t, painter: painter, right: axes.yAxisOnRight))
        }
        if let title = axes.title {
            inked = inked.union(painter.draw(title, x: (box.x0 + box.x1) / 2, y: box.y0 - painter.px(titlePad)))
        }
        if var title = axes.leftTitle {
            title.horizontal = 0
            inked = inked.union(painter.draw(title, x: box.x0, y: box.y0 - painter.px(titlePad)))
        }
        if var title = axes.rightTitle {
            title.horizontal = 1
            inked = inked.union(painter.draw(title, x: box.x1, y: box.y0 - painter.px(titlePad)))
        }
        if let legend = axes.legend, !legend.entries.isEmpty {
            inked = inked.union(drawLegend(legend, axes: axes, transform: t, painter: painter))
        }
        if let bar = axes.colorbar {
            inked = inked.union(drawColorbar(bar, area: painter.colorbarAreas[ObjectIdentifier(axes)] ?? box, painter: painter))
        }
        return inked.union(painter.inked)
    }

    struct TickLayout {
        var major: [Double] = []
        var labels: [String] = []
        var minor: [Double] = []
        var offsetText = ""
    }

    /// The visible ticks, their labels and the formatter's offset text for one axis.
    static func tickLayout(_ axis: AxisSpec, lo: Double, hi: Double, lengthPixels: Double, painter: Painter, horizontal: Bool) -> TickLayout {
        var layout = TickLayout()
        let (vmin, vmax) = (Swift.min(lo, hi), Swift.max(lo, hi))
        let tolerance = (vmax - vmin) * 1e-10
        let bins = Ticks.bins(lengthPoints: lengthPixels / painter.scale, fontSize: axis.labelSize, horizontal: horizontal)
        var all: [Double]
        if let given = axis.ticks {
            all = given
        } else if axis.scale == .log {
            all = Ticks.logPositions(from: Swift.max(vmin, 1e-300), to: vmax, bins: bins)
            layout.minor = Ticks.logMinorPositions(from: Swift.max(vmin, 1e-300), to: vmax).filter { $0 >= vmin && $0 <= vmax }
        } else {
            all = Ticks.positions(from: vmin, to: vmax, bins: bins)
        }
        let visibleIndices = all.indices.filter { all[$0] >= vmin - tolerance && all[$0] <= vmax + tolerance }
        layout.major = visibleIndices.map { all[$0] }
        if let labels = axis.tickLabels {
            layout.labels = visibleIndices.map { $0 < labels.count ? labels[$0] : "" }
        } else if axis.scale == .log && axis.ticks == nil {
            layout.labels = layout.major.map { v in
                let e = Int(log10(v).rounded())
                return "$\\mathdefault{10^{\(e < 0 ? "-" : "")\(abs(e))}}$"
            }
        } else {
            let formatter = ScalarFormatter(locations: all, viewLow: vmin, viewHigh: vmax, useOffset: axis.useOffset,
                                            scientific: axis.scientific, powerLimits: axis.powerLimits)
            layout.labels = layout.major.map { formatter.label($0) }
            layout.offsetText = formatter.offsetText
        }
        return layout
    }

    static func tickExtent(_ axis: AxisSpec) -> (outside: Double, inside: Double) {
        switch axis.tickDirection {
        case .out: return (axis.tickLength, 0)
        case .inward: return (0, axis.tickLength)
        case .inOut: return (axis.tickLength / 2, axis.tickLength / 2)
        }
    }

    static func drawXAxis(_ axes: Axes, _ ticks: TickLayout, _ t: AxesTransform, painter: Painter) -> Box {
        let box = t.box, axis = axes.x
        let (outside, inside) = tickExtent(axis)
        var bottom = box.y1 + (axis.showTicks ? painter.px(outside) : 0)
        if axis.showTicks && !painter.measuring {
            for v in ticks.major {
                painter.segment(t.x(v), box.y1 - painter.px(inside), t.x(v), box.y1 + painter.px(outside), color: axis.tickColor, width: 0.8)
            }
            for v in ticks.minor {
                painter.segment(t.x(v), box.y1, t.x(v), box.y1 + painter.px(2), color: axis.tickColor, width: 0.6)
            }
        }
        var inked = Box(x0: box.x0, y0: box.y1, x1: box.x1, y1: bottom)
        if axis.showLabels {
            let labelTop = box.y1 + painter.px(outside + tickPad)
            for (v, label) in zip(ticks.major, ticks.labels) {
                var text = Text(label, size: axis.labelSize)
                text.color = axis.labelColor
                text.vertical = "top"
                text.rotation = axis.labelRotation
                let b = painter.drawAligned(text, x: t.x(v), y: labelTop)
                inked = inked.union(b)
                bottom = Swift.max(bottom, b.y1)
            }
        }
        if !ticks.offsetText.isEmpty {
            var text = Text(ticks.offsetText, size: axis.labelSize)
            text.horizontal = 1
            text.vertical = "top"
            let b = painter.draw(text, x: box.x1, y: bottom + painter.px(offsetTextPad))
            inked = inked.union(b)
        }
        if var label = axis.label {
            label.vertical = "top"
            inked = inked.union(painter.draw(label, x: (box.x0 + box.x1) / 2, y: bottom + painter.px(labelPad)))
        }
        return inked
    }

    static func drawYAxis(_ axes: Axes, _ ticks: TickLayout, _ t: AxesTransform, painter: Painter, right: Bool) -> Box {
        let box = t.box, axis = axes.y
        let (outside, inside) = tickExtent(axis)
        let edge = right ? box.x1 : box.x0, direction = right ? 1.0 : -1.0
        var far = edge + direction * (axis.showTicks ? painter.px(outside) : 0)
        if axis.showTicks && !painter.measuring {
            for v in ticks.major {
                painter.segment(edge - direction * painter.px(inside), t.y(v), edge + direction * painter.px(outside), t.y(v),
                                color: axis.tickColor, width: 0.8)
            }
            for v in ticks.minor {
                painter.segment(edge, t.y(v), edge + direction * painter.px(2), t.y(v), color: axis.tickColor, width: 0.6)
            }
        }
        var inked = Box(x0: Swift.min(edge, far), y0: box.y0, x1: Swift.max(edge, far), y1: box.y1)
        if axis.showLabels {
            let anchor = edge + direction * painter.px(outside + tickPad)
            for (v, label) in zip(ticks.major, ticks.labels) {
                var text = Text(label, size: axis.labelSize)
                text.color = axis.labelColor
                text.horizontal = right ? 0 : 1
                text.vertical = "center_baseline"
                text.rotation = axis.labelRotation
                let b = painter.drawAligned(text, x: anchor, y: t.y(v))
                inked = inked.union(b)
                far = right ? Swift.max(far, b.x1) : Swift.min(far, b.x0)
            }
        }
        if !ticks.offsetText.isEmpty {
            var text = Text(ticks.offsetText, size: axis.labelSize)
            text.horizontal = right ? 1 : 0
            text.vertical = "baseline"
            inked = inked.union(painter.draw(text, x: right ? box.x1 : box.x0, y: box.y0 - painter.px(offsetTextPad)))
        }
        if var label = axis.label {
            label.rotation = 90
            label.vertical = right ? "top" : "bottom"
            inked = inked.union(painter.draw(label, x: far + direction * painter.px(labelPad), y: (box.y0 + box.y1) / 2))
        }
        return inked
    }

    /// A colorbar beside its parent's box: the gradient (or level bands) with ticks on its right.
    /// `area` is the parent's cell before the colorbar's share was taken from it: the bar's cell is
    /// its last `fraction`, and the bar (20 times as tall as wide) sits at that cell's left.
    static func drawColorbar(_ bar: Colorbar, area: Box, painter: Painter) -> Box {
        let height = area.height * bar.shrink
        let width = height / 20
        let x0 = area.x0 + area.width * (1 - bar.fraction)
        let box = Box(x0: x0, y0: area.y0 + (area.height - height) / 2, x1: x0 + width, y1: area.y0 + (area.height + height) / 2)
        let lo = bar.vmin, hi = bar.vmax > bar.vmin ? bar.vmax : bar.vmin + 1
        if !painter.measuring {
            let steps = bar.colormap.size
            let bands = bar.levels.map { levels in zip(levels, levels.dropFirst()).map { ($0, $1) } }
            if let bands {
                for (a, b) in bands {
                    let y0 = box.y1 - (a - lo) / (hi - lo) * box.height, y1 = box.y1 - (b - lo) / (hi - lo) * box.height
                    let c = bar.colormap.color(((a + b) / 2 - lo) / (hi - lo))
                    painter.rectangle(Box(x0: box.x0, y0: y1, x1: box.x1, y1: y0), fill: c, stroke: nil)
                }
            } else {
                // One column of the colormap's entries, stretched over the bar (a drawn image, so
                // no seams between the bands).
                var image = ImageArtist(values: (0..<steps).map { Double(steps - 1 - $0) }, height: steps, width: 1, channels: 1,
                                        colormap: bar.colormap, vmin: 0, vmax: Double(steps - 1))
                image.extent = (0, 1, 0, 1)
                image.originLower = false
                let t = AxesTransform(box: box, xlo: 0, xhi: 1, ylo: 0, yhi: 1, xLog: false, yLog: false)
                drawImage(image, t, painter: painter)
            }
            painter.rectangle(box, fill: nil, stroke: .black, width: 0.8)
        }
        let axis = AxisSpec()
        let t = AxesTransform(box: box, xlo: 0, xhi: 1, ylo: lo, yhi: hi, xLog: false, yLog: false)
        var ticks = tickLayout(axis, lo: lo, hi: hi, lengthPixels: box.height, painter: painter, horizontal: false)
        if let levels = bar.levels, levels.count <= 12 {
            let formatter = ScalarFormatter(locations: levels, viewLow: lo, viewHigh: hi)
            ticks.major = levels
            ticks.labels = levels.map { formatter.label($0) }
        }
        let holder = Axes(placement: .rect(left: 0, bottom: 0, width: 0, height: 0))
        holder.y.label = bar.label.map { Text($0) }
        return drawYAxis(holder, ticks, t, painter: painter, right: true).union(box)
    }
}

extension Painter {
    /// Draws text whose rotated box (not its anchor) is aligned at (x, y), as matplotlib's
    /// default rotation_mode does for tick labels.
    @discardableResult
    func drawAligned(_ text: Text, x: Double, y: Double) -> Box {
        guard text.rotation != 0 else { return draw(text, x: x, y: y) }
        var probe = text
        probe.horizontal = 0
        probe.vertical = "baseline"
        let wasMeasuring = measuring, saved = inked
        measuring = true
        let b = draw(probe, x: 0, y: 0)
        measuring = wasMeasuring
        inked = saved
        let ax = b.x0 + b.width * text.horizontal
        let ay: Double
        switch text.vertical {
        case "top": ay = b.y0
        case "bottom": ay = b.y1
        default: ay = (b.y0 + b.y1) / 2
        }
        // Rotated text is aligned by its rotated box, whatever the vertical alignment says.
        return draw(probe, x: x - ax, y: y - ay)
    }
}
