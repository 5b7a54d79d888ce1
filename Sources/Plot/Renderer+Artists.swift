import CCairo
#if canImport(Glibc)
import Glibc
#endif

extension Renderer {
    /// matplotlib's default z-orders: images 0, patches and collections 1, lines 2, text 3.
    static func zorder(_ artist: Artist) -> Int {
        switch artist {
        case .image: return 0
        case .polygons, .scatter: return 1
        case .line, .segments: return 2
        case .text: return 3
        }
    }

    static func drawArtists(_ axes: Axes, transform t: AxesTransform, painter: Painter) {
        let ordered = axes.artists.enumerated().sorted { (zorder($0.element), $0.offset) < (zorder($1.element), $1.offset) }
        for (_, artist) in ordered {
            switch artist {
            case .image(let image): drawImage(image, t, painter: painter)
            case .polygons(let p): drawPolygons(p, t, painter: painter)
            case .scatter(let s): drawScatter(s, t, painter: painter)
            case .line(let line): drawLine(line, t, painter: painter)
            case .segments(let s): drawSegments(s, t, painter: painter)
            case .text: break
            }
        }
    }

    /// The line through its points in pixels. Runs of points inside one pixel column keep only
    /// their first, lowest, highest and last point: the drawn pixels are the same, and a million
    /// points cost one pass (matplotlib simplifies paths for the same reason).
    static func drawLine(_ line: LineArtist, _ t: AxesTransform, painter: Painter) {
        let cr = painter.cr
        let n = Swift.min(line.x.count, line.y.count)
        guard n > 0 else { return }
        var xs = [Double](), ys = [Double]()
        xs.reserveCapacity(n)
        ys.reserveCapacity(n)
        for i in 0..<n {
            xs.append(t.x(line.x[i], line.xCoordinates))
            ys.append(t.y(line.y[i], line.yCoordinates))
        }
        if line.drawStyle != "default" { (xs, ys) = steps(xs, ys, style: line.drawStyle) }
        if line.drawLine && line.width > 0 {
            painter.setColor(line.color)
            painter.setLine(width: line.width, dashes: line.dashes, cap: line.dashes.isEmpty ? CAIRO_LINE_CAP_SQUARE : CAIRO_LINE_CAP_BUTT)
            var started = false
            var i = 0
            let count = xs.count
            let dashed = !line.dashes.isEmpty
            while i < count {
                let x = xs[i], y = ys[i]
                guard x.isFinite && y.isFinite else { started = false; i += 1; continue }
                if !started {
                    cairo_move_to(cr, x, y)
                    started = true
                    i += 1
                    continue
                }
                // A run in the same pixel column (dashes need every point to keep their phase).
                let column = x.rounded(.down)
                var j = i
                var minY = y, maxY = y, minIndex = i, maxIndex = i
                if !dashed {
                    while j + 1 < count, xs[j + 1].isFinite, ys[j + 1].isFinite, xs[j + 1].rounded(.down) == column {
                        j += 1
                        if ys[j] < minY { minY = ys[j]; minIndex = j }
                        if ys[j] > maxY { maxY = ys[j]; maxIndex = j }
                    }
                }
                if j - i >= 3 {
                    let (a, b) = minIndex < maxIndex ? (minIndex, maxIndex) : (maxIndex, minIndex)
                    for k in [i, a, b, j] { cairo_line_to(cr, xs[k], ys[k]) }
                } else {
                    for k in i...j { cairo_line_to(cr, xs[k], ys[k]) }
                }
                i = j + 1
            }
            cairo_stroke(cr)
        }
        if let marker = line.marker {
            let face = line.markerFace ?? line.color
            let edge = line.markerEdge ?? line.color
            var lastX = -Double.infinity, lastY = -Double.infinity
            let many = n > 100_000
            for i in 0..<n where xs.count == n && xs[i].isFinite && ys[i].isFinite {
                // Markers drawn on the same pixel as the previous one add nothing.
                if many && abs(xs[i] - lastX) < 0.5 && abs(ys[i] - lastY) < 0.5 { continue }
                (lastX, lastY) = (xs[i], ys[i])
                painter.marker(marker, x: xs[i], y: ys[i], size: line.markerSize, face: face, edge: edge, edgeWidth: line.markerEdgeWidth)
            }
        }
    }

    static func steps(_ xs: [Double], _ ys: [Double], style: String) -> ([Double], [Double]) {
        guard xs.count > 1 else { return (xs, ys) }
        var ox = [xs[0]], oy = [ys[0]]
        for i in 1..<xs.count {
            switch style {
            case "steps-post":
                ox += [xs[i], xs[i]]; oy += [ys[i - 1], ys[i]]
            case "steps-mid":
                let m = (xs[i - 1] + xs[i]) / 2
                ox += [m, m, xs[i]]; oy += [ys[i - 1], ys[i], ys[i]]
            default:
                ox += [xs[i - 1], xs[i]]; oy += [ys[i], ys[i]]
            }
        }
        return (ox, oy)
    }

    static func drawScatter(_ s: ScatterArtist, _ t: AxesTransform, painter: Painter) {
        let n = Swift.min(s.x.count, s.y.count)
        // One opaque colour and size for every point, edge included: the marker is drawn once
        // and stamped at each point, whole pixels apart, as Agg's draw_markers does (the same
        // picture when nothing is translucent, at a fraction of the cost of 10^4 Cairo paths).
        if s.faces.count == 1, s.sizes.count == 1, (s.edges?.count ?? 1) == 1, !painter.measuring {
            let face = s.faces[0], edge = s.edges?.first ?? face
            let size = Swift.max(0, s.sizes[0]).squareRoot()
            let half = (painter.px(size) * 0.75 + painter.px(s.edgeWidth) + 2).rounded(.up)
            // A marker larger than the stamp's largest size is drawn the general way.
            if face.a == 1 && edge == face && half <= 1024 {
                let dimension = Int32(Swift.min(2048, Swift.max(1, 2 * half)))
                if let stamp = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, dimension, dimension),
                   let stampContext = cairo_create(stamp) {
                    defer { cairo_surface_destroy(stamp) }
                    let stampPainter = Painter(cr: stampContext, dpi: painter.scale * 72)
                    stampPainter.markerPath(s.marker, x: half, y: half, size: size)
                    if s.marker.isUnfilled {
                        stampPainter.finish(fill: nil, stroke: face, width: s.edgeWidth)
                    } else {
                        stampPainter.finish(fill: face, stroke: edge, width: s.edgeWidth)
                    }
                    cairo_destroy(stampContext)
                    cairo_surface_flush(stamp)
                    let cr = painter.cr
                    for i in 0..<n {
                        let x = t.x(s.x[i]), y = t.y(s.y[i])
                        guard x.isFinite, y.isFinite, abs(x) < 1e7, abs(y) < 1e7 else { continue }
                        cairo_set_source_surface(cr, stamp, x.rounded() - half, y.rounded() - half)
                        cairo_paint(cr)
                    }
                    return
                }
            }
        }
        for i in 0..<n {
            let x = t.x(s.x[i]), y = t.y(s.y[i])
            guard x.isFinite, y.isFinite else { continue }
            let size = s.sizes.isEmpty ? 36 : s.sizes[i % s.sizes.count]
            let face = s.faces.isEmpty ? RGBA.black : s.faces[i % s.faces.count]
            let edge = s.edges.map { $0.isEmpty ? face : $0[i % $0.count] } ?? face
            painter.marker(s.marker, x: x, y: y, size: Swift.max(0, size).squareRoot(), face: s.marker.isUnfilled ? nil : face,
                           edge: s.marker.isUnfilled ? face : edge, edgeWidth: s.edgeWidth)
        }
    }

    static func drawPolygons(_ p: PolygonArtist, _ t: AxesTransform, painter: Painter) {
        let cr = painter.cr
        for (k, polygon) in p.polygons.enumerated() where !polygon.isEmpty {
            var first = true
            for (a, b) in polygon {
                let x = t.x(a), y = t.y(b)
                guard x.isFinite, y.isFinite else { continue }
                if first { cairo_move_to(cr, x, y); first = false } else { cairo_line_to(cr, x, y) }
            }
            if p.closed { cairo_close_path(cr) }
            let face = p.faces.isEmpty ? nil : p.faces[k % p.faces.count]
            painter.finish(fill: face, stroke: p.edge, width: p.lineWidth)
        }
    }

    static func drawSegments(_ s: SegmentsArtist, _ t: AxesTransform, painter: Painter) {
        let cr = painter.cr
        painter.setLine(width: s.width, dashes: s.dashes)
        for (k, segment) in s.segments.enumerated() where segment.count > 1 {
            painter.setColor(s.colors.isEmpty ? .black : s.colors[k % s.colors.count])
            var first = true
            for (a, b) in segment {
                let x = t.x(a), y = t.y(b)
                guard x.isFinite, y.isFinite else { first = true; continue }
                if first { cairo_move_to(cr, x, y); first = false } else { cairo_line_to(cr, x, y) }
            }
            cairo_stroke(cr)
        }
    }

    static func drawTexts(_ axes: Axes, transform t: AxesTransform, painter: Painter) {
        for case .text(let item) in axes.artists {
            let x = t.x(item.x, item.coordinates), y = t.y(item.y, item.coordinates)
            guard x.isFinite, y.isFinite else { continue }
            if let box = item.box, !painter.measuring {
                let wasMeasuring = painter.measuring
                painter.measuring = true
                let b = painter.drawAligned(item.text, x: x, y: y)
                painter.measuring = wasMeasuring
                let pad = painter.px(item.text.size * 0.3)
                painter.rectangle(Box(x0: b.x0 - pad, y0: b.y0 - pad, x1: b.x1 + pad, y1: b.y1 + pad), fill: box, stroke: .black, width: 1)
            }
            let b = painter.drawAligned(item.text, x: x, y: y)
            if let target = item.arrowTo, !painter.measuring {
                drawArrow(from: b, to: (t.x(target.0), t.y(target.1)), item: item, painter: painter)
            }
        }
    }

    /// annotate's arrow: from the text box's nearest edge point to the target, shrunk a little,
    /// with a filled head.
    static func drawArrow(from b: Box, to target: (Double, Double), item: TextArtist, painter: Painter) {
        let cr = painter.cr
        guard target.0.isFinite, target.1.isFinite else { return }
        let cx = Swift.min(Swift.max(target.0, b.x0), b.x1), cy = Swift.min(Swift.max(target.1, b.y0), b.y1)
        let start = (cx == target.0 && cy == target.1) ? ((b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2) : (cx, cy)
        let dx = target.0 - start.0, dy = target.1 - start.1
        let length = (dx * dx + dy * dy).squareRoot()
        guard length > 1 else { return }
        let ux = dx / length, uy = dy / length
        if item.arrowFat {
            let s = Swift.max(0, Swift.min(0.45, item.arrowShrink)) * length
            let a = (start.0 + ux * s, start.1 + uy * s), tip = (target.0 - ux * s, target.1 - uy * s)
            let head = Swift.min(painter.px(12), length - 2 * s), half = painter.px(2), headHalf = painter.px(6)
            let base = (tip.0 - ux * head, tip.1 - uy * head)
            let points = [(a.0 - uy * half, a.1 + ux * half), (base.0 - uy * half, base.1 + ux * half),
                          (base.0 - uy * headHalf, base.1 + ux * headHalf), tip,
                          (base.0 + uy * headHalf, base.1 - ux * headHalf), (base.0 + uy * half, base.1 - ux * half),
                          (a.0 + uy * half, a.1 - ux * half)]
            cairo_move_to(cr, points[0].0, points[0].1)
            for p in points.dropFirst() { cairo_line_to(cr, p.0, p.1) }
            cairo_close_path(cr)
            painter.finish(fill: item.arrowColor, stroke: item.arrowColor, width: 1)
            return
        }
        let shrink = painter.px(2)
        let tip = (target.0 - ux * shrink, target.1 - uy * shrink)
        let head = painter.px(item.arrowHead ? 8 : 6)
        let base = (tip.0 - ux * head, tip.1 - uy * head)
        painter.setColor(item.arrowColor)
        painter.setLine(width: item.arrowWidth, dashes: [])
        cairo_move_to(cr, start.0 + ux * shrink, start.1 + uy * shrink)
        cairo_line_to(cr, item.arrowHead ? base.0 : tip.0, item.arrowHead ? base.1 : tip.1)
        cairo_stroke(cr)
        let w = head * 0.5
        if item.arrowHead {
            cairo_move_to(cr, tip.0, tip.1)
            cairo_line_to(cr, base.0 - uy * w, base.1 + ux * w)
            cairo_line_to(cr, base.0 + uy * w, base.1 - ux * w)
            cairo_close_path(cr)
            cairo_fill(cr)
        } else {
            cairo_move_to(cr, base.0 - uy * w, base.1 + ux * w)
            cairo_line_to(cr, tip.0, tip.1)
            cairo_line_to(cr, base.0 + uy * w, base.1 - ux * w)
            cairo_stroke(cr)
        }
    }

    static func drawImage(_ image: ImageArtist, _ t: AxesTransform, painter: Painter) {
        let cr = painter.cr
        let width = image.width, height = image.height, channels = image.channels
        guard width > 0, height > 0, image.values.count >= width * height * channels,
              let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height)) else { return }
        defer { cairo_surface_destroy(surface) }
        let values = image.values
        var low = image.vmin ?? Double.infinity, high = image.vmax ?? -Double.infinity
        if image.vmin == nil || image.vmax == nil, channels == 1 {
            var lo = Double.infinity, hi = -Double.infinity
            for v in values where v.isFinite { lo = Swift.min(lo, v); hi = Swift.max(hi, v) }
            if image.vmin == nil { low = lo.isFinite ? lo : 0 }
            if image.vmax == nil { high = hi.isFinite ? hi : 1 }
        }
        let span = high > low ? high - low : 1
        var floatRGB = true
        if channels >= 3 { for v in values where v > 1 { floatRGB = false; break } }
        cairo_surface_flush(surface)
        guard let data = cairo_image_surface_get_data(surface) else { return }
        let stride = Int(cairo_image_surface_get_stride(surface))
        let levels = image.levels
        for row in 0..<height {
            let line = (data + row * stride).withMemoryRebound(to: UInt32.self, capacity: width) { $0 }
            for column in 0..<width {
                let base = (row * width + column) * channels
                var c: RGBA
                if channels >= 3 {
                    let d = floatRGB ? 1.0 : 255.0
                    c = RGBA(values[base] / d, values[base + 1] / d, values[base + 2] / d, channels == 4 ? values[base + 3] / d : 1)
                } else if let levels, levels.count > 1 {
                    let v = values[base]
                    var band = 0
                    while band + 2 < levels.count && v >= levels[band + 1] { band += 1 }
                    c = v.isNaN || v < levels[0] || v > levels[levels.count - 1] ? .none
                        : image.colormap.color(((levels[band] + levels[band + 1]) / 2 - levels[0]) / Swift.max(levels[levels.count - 1] - levels[0], 1e-300))
                } else {
                    c = image.colormap.color((values[base] - low) / span)
                    if values[base].isFinite && high > low {
                        // matplotlib's top value maps to the last entry, not past it.
                        if values[base] >= high { c = image.colormap.color(1) }
                    }
                }
                let a = Swift.max(0, Swift.min(1, c.a * image.alpha))
                func byte(_ v: Double) -> UInt32 { UInt32(Swift.max(0, Swift.min(255, (v * a * 255).rounded()))) }
                line[column] = (UInt32((a * 255).rounded()) << 24) | (byte(c.r) << 16) | (byte(c.g) << 8) | byte(c.b)
            }
        }
        cairo_surface_mark_dirty(surface)
        let e = image.resolvedExtent
        let left = t.x(e.0), right = t.x(e.1), top = t.y(e.3), bottom = t.y(e.2)
        guard left.isFinite, right.isFinite, top.isFinite, bottom.isFinite, abs(right - left) > 0, abs(bottom - top) > 0 else { return }
        cairo_save(cr)
        cairo_translate(cr, left, top)
        cairo_scale(cr, (right - left) / Double(width), (bottom - top) / Double(height))
        // Rows are stored top row first: for origin 'lower' (or an inverted extent) the first
        // row belongs at the bottom.
        if image.originLower {
            cairo_translate(cr, 0, Double(height))
            cairo_scale(cr, 1, -1)
        }
        cairo_set_source_surface(cr, surface, 0, 0)
        let upsampling = abs(right - left) >= Double(width)
        cairo_pattern_set_filter(cairo_get_source(cr), upsampling ? CAIRO_FILTER_NEAREST : CAIRO_FILTER_GOOD)
        cairo_paint(cr)
        cairo_restore(cr)
    }
}
