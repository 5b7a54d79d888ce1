import CCairo
#if canImport(Glibc)
import Glibc
#endif

/// The legend box by legend.py's rules: sizes in units of the legend font size (borderpad 0.4,
/// labelspacing 0.5, handlelength 2, handleheight 0.7, handletextpad 0.8, borderaxespad 0.5,
/// columnspacing 2), a white frame at alpha 0.8 with a grey 0.8 edge and rounded corners, and
/// 'best' as the first of the nine places that covers the fewest data points.
extension Renderer {
    static func drawLegend(_ legend: Legend, axes: Axes, transform t: AxesTransform, painter: Painter) -> Box {
        let fs = painter.px(legend.fontSize)
        let entries = legend.entries
        let columns = Swift.max(1, Swift.min(legend.columns, entries.count))
        let rowsPerColumn = (entries.count + columns - 1) / columns
        let textMetrics = entries.map { painter.measure(Text($0.label, size: legend.fontSize)) }
        let rowHeight = textMetrics.map { $0.ascent + $0.descent }.max() ?? fs
        let handleWidth = 2 * fs, handleTextPad = 0.8 * fs
        var columnWidths: [Double] = []
        for c in 0..<columns {
            let range = (c * rowsPerColumn)..<Swift.min(entries.count, (c + 1) * rowsPerColumn)
            columnWidths.append(handleWidth + handleTextPad + (range.map { textMetrics[$0].width }.max() ?? 0))
        }
        var titleHeight = 0.0, titleWidth = 0.0
        if let title = legend.title {
            let m = painter.measure(Text(title, size: legend.fontSize))
            titleHeight = m.ascent + m.descent + 0.5 * fs
            titleWidth = m.width
        }
        let contentWidth = Swift.max(titleWidth, columnWidths.reduce(0, +) + Double(columns - 1) * 2 * fs)
        let contentHeight = titleHeight + Double(rowsPerColumn) * rowHeight + Double(rowsPerColumn - 1) * 0.5 * fs
        let boxWidth = contentWidth + 0.8 * fs, boxHeight = contentHeight + 0.8 * fs
        let inset = 0.5 * fs
        let box = t.box

        func place(_ location: Legend.Location) -> Box {
            var x: Double, y: Double
            let name = location == .right ? Legend.Location.centerRight : location
            if let anchor = legend.anchor {
                let (ax, ay) = anchor
                let px = box.x0 + ax * box.width, py = box.y1 - ay * box.height
                let (hx, hy) = anchorFractions(name)
                x = px - hx * boxWidth + (hx == 0 ? inset : hx == 1 ? -inset : 0)
                y = py - hy * boxHeight + (hy == 0 ? inset : hy == 1 ? -inset : 0)
                return Box(x0: x, y0: y, x1: x + boxWidth, y1: y + boxHeight)
            }
            let (hx, hy) = anchorFractions(name)
            x = box.x0 + inset + hx * (box.width - 2 * inset - boxWidth)
            y = box.y0 + inset + hy * (box.height - 2 * inset - boxHeight)
            return Box(x0: x, y0: y, x1: x + boxWidth, y1: y + boxHeight)
        }

        var frame: Box
        if legend.location == .best && legend.anchor == nil {
            let candidates: [Legend.Location] = [.upperRight, .upperLeft, .lowerLeft, .lowerRight, .right, .centerLeft,
                                                 .centerRight, .lowerCenter, .upperCenter, .center]
            let obstacles = Obstacles(axes, t)
            var best = place(.upperRight), bestScore = Int.max
            for location in candidates {
                let candidate = place(location)
                let score = obstacles.badness(candidate)
                if score < bestScore { best = candidate; bestScore = score }
                if score == 0 { break }
            }
            frame = best
        } else {
            frame = place(legend.location)
        }
        guard !painter.measuring else { return frame }
        let cr = painter.cr
        if legend.frameOn {
            let r = 0.2 * fs
            cairo_new_sub_path(cr)
            cairo_arc(cr, frame.x1 - r, frame.y0 + r, r, -Double.pi / 2, 0)
            cairo_arc(cr, frame.x1 - r, frame.y1 - r, r, 0, Double.pi / 2)
            cairo_arc(cr, frame.x0 + r, frame.y1 - r, r, Double.pi / 2, Double.pi)
            cairo_arc(cr, frame.x0 + r, frame.y0 + r, r, Double.pi, 3 * Double.pi / 2)
            cairo_close_path(cr)
            painter.finish(fill: RGBA(1, 1, 1, 0.8), stroke: RGBA(0.8, 0.8, 0.8), width: 1)
        }
        var top = frame.y0 + 0.4 * fs
        if let title = legend.title {
            var text = Text(title, size: legend.fontSize)
            text.vertical = "top"
            painter.draw(text, x: (frame.x0 + frame.x1) / 2, y: top)
            top += titleHeight
        }
        var columnX = frame.x0 + 0.4 * fs
        for c in 0..<columns {
            for r in 0..<rowsPerColumn {
                let index = c * rowsPerColumn + r
                guard index < entries.count else { break }
                let rowTop = top + Double(r) * (rowHeight + 0.5 * fs)
                let centerY = rowTop + rowHeight / 2
                drawHandle(entries[index].handle, x0: columnX, x1: columnX + handleWidth, centerY: centerY, height: 0.7 * fs, painter: painter)
                var text = Text(entries[index].label, size: legend.fontSize)
                text.horizontal = 0
                text.vertical = "top"
                painter.draw(text, x: columnX + handleWidth + handleTextPad, y: rowTop)
            }
            columnX += columnWidths[c] + 2 * fs
        }
        return frame
    }

    /// Where in the free area the legend's box goes (0 left/top, 1 right/bottom).
    static func anchorFractions(_ location: Legend.Location) -> (Double, Double) {
        switch location {
        case .best, .upperRight: return (1, 0)
        case .upperLeft: return (0, 0)
        case .lowerLeft: return (0, 1)
        case .lowerRight: return (1, 1)
        case .right, .centerRight: return (1, 0.5)
        case .centerLeft: return (0, 0.5)
        case .lowerCenter: return (0.5, 1)
        case .upperCenter: return (0.5, 0)
        case .center: return (0.5, 0.5)
        }
    }

    /// What 'best' avoids, as legend.py counts it: data vertices inside the box, lines crossing
    /// it, and patches whose bounding boxes overlap it (lines are sampled to about 20000 points).
    struct Obstacles {
        var vertices: [(Double, Double)] = []
        var lines: [[(Double, Double)]] = []
        var boxes: [Box] = []

        init(_ axes: Axes, _ t: AxesTransform) {
            func points(_ xs: [Double], _ ys: [Double]) -> [(Double, Double)] {
                let n = Swift.min(xs.count, ys.count)
                let step = Swift.max(1, n / 20000)
                return Swift.stride(from: 0, to: n, by: step).map { (t.x(xs[$0]), t.y(ys[$0])) }
            }
            for artist in axes.artists {
                switch artist {
                case .line(let l) where l.xCoordinates == .data && l.yCoordinates == .data:
                    let p = points(l.x, l.y)
                    vertices += p
                    if l.drawLine { lines.append(p) }
                case .scatter(let s):
                    vertices += points(s.x, s.y)
                case .polygons(let p) where !p.isRectangle:
                    for polygon in p.polygons {
                        let q = points(polygon.map { $0.0 }, polygon.map { $0.1 })
                        vertices += q
                        lines.append(p.closed && !q.isEmpty ? q + [q[0]] : q)
                    }
                case .polygons(let p):
                    for polygon in p.polygons {
                        let q = points(polygon.map { $0.0 }, polygon.map { $0.1 })
                        let xs = q.map { $0.0 }.filter { $0.isFinite }, ys = q.map { $0.1 }.filter { $0.isFinite }
                        if let x0 = xs.min(), let x1 = xs.max(), let y0 = ys.min(), let y1 = ys.max() {
                            boxes.append(Box(x0: x0, y0: y0, x1: x1, y1: y1))
                        }
                    }
                case .segments(let s):
                    for segment in s.segments { lines.append(points(segment.map { $0.0 }, segment.map { $0.1 })) }
                default:
                    break
                }
            }
        }

        func badness(_ box: Box) -> Int {
            var score = 0
            for (x, y) in vertices where box.contains(x, y) { score += 1 }
            for line in lines where Self.crosses(line, box) { score += 1 }
            for b in boxes where b.intersects(box) { score += 1 }
            return score
        }

        /// Whether any segment of the polyline passes through the box.
        static func crosses(_ line: [(Double, Double)], _ box: Box) -> Bool {
            guard line.count > 1 else { return false }
            for k in 1..<line.count {
                let (ax, ay) = line[k - 1], (bx, by) = line[k]
                guard ax.isFinite, ay.isFinite, bx.isFinite, by.isFinite else { continue }
                if Swift.max(ax, bx) < box.x0 || Swift.min(ax, bx) > box.x1 || Swift.max(ay, by) < box.y0 || Swift.min(ay, by) > box.y1 { continue }
                if box.contains(ax, ay) || box.contains(bx, by) { return true }
                // The segment crosses the box when the box's corners are not all on one side of it.
                let corners = [(box.x0, box.y0), (box.x1, box.y0), (box.x0, box.y1), (box.x1, box.y1)]
                let sides = corners.map { (bx - ax) * ($0.1 - ay) - (by - ay) * ($0.0 - ax) }
                if sides.contains(where: { $0 > 0 }) && sides.contains(where: { $0 < 0 }) { return true }
            }
            return false
        }
    }

    static func drawHandle(_ handle: LegendEntry.Handle, x0: Double, x1: Double, centerY: Double, height: Double, painter: Painter) {
        let cr = painter.cr
        switch handle {
        case .line(let line):
            if line.drawLine && line.width > 0 {
                painter.setColor(line.color)
                painter.setLine(width: line.width, dashes: line.dashes, cap: line.dashes.isEmpty ? CAIRO_LINE_CAP_SQUARE : CAIRO_LINE_CAP_BUTT)
                cairo_move_to(cr, x0, centerY)
                cairo_line_to(cr, x1, centerY)
                cairo_stroke(cr)
            }
            if let marker = line.marker {
                painter.marker(marker, x: (x0 + x1) / 2, y: centerY, size: line.markerSize, face: line.markerFace ?? line.color,
                               edge: line.markerEdge ?? line.color, edgeWidth: line.markerEdgeWidth)
            }
        case .patch(let face, let edge):
            cairo_rectangle(cr, x0, centerY - height / 2, x1 - x0, height)
            painter.finish(fill: face, stroke: edge, width: 1)
        case .points(let marker, let face, let edge, let size, let edgeWidth):
            painter.marker(marker, x: x0 + (x1 - x0) * 0.5, y: centerY, size: size, face: marker.isUnfilled ? nil : face,
                           edge: marker.isUnfilled ? face : (edge ?? face), edgeWidth: edgeWidth)
        }
    }
}
