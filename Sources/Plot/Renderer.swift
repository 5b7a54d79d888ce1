import CCairo

/// Draws a `Figure` with Cairo and encodes it as PNG bytes.
public enum Renderer {
    public enum RenderError: Error, CustomStringConvertible {
        case surface(String)
        public var description: String {
            switch self { case .surface(let what): return "cannot render figure: \(what)" }
        }
    }

    static let cycle: [(Double, Double, Double)] = [
        (0.122, 0.467, 0.706), (1.0, 0.498, 0.055), (0.173, 0.627, 0.173), (0.839, 0.153, 0.157),
        (0.580, 0.404, 0.741), (0.549, 0.337, 0.294),
    ]

    public static func png(_ figure: Figure) throws -> [UInt8] {
        let width = figure.pixelWidth, height = figure.pixelHeight
        guard width <= 8192, height <= 8192 else { throw RenderError.surface("figure of \(width)x\(height) pixels is too large") }
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height)),
              cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            throw RenderError.surface("Cairo could not create a \(width)x\(height) surface")
        }
        defer { cairo_surface_destroy(surface) }
        guard let cr = cairo_create(surface) else { throw RenderError.surface("no Cairo context") }
        defer { cairo_destroy(cr) }
        cairo_set_source_rgb(cr, 1, 1, 1)
        cairo_paint(cr)
        cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL)
        let scale = figure.dpi / 72
        for axes in figure.axes {
            draw(axes, in: cellRect(axes, width: Double(width), height: Double(height), scale: scale), cr: cr, scale: scale)
        }
        cairo_surface_flush(surface)
        return try encode(surface)
    }

    /// The pixel rectangle of an axes in its subplot grid, leaving room for labels.
    static func cellRect(_ axes: Axes, width: Double, height: Double, scale: Double) -> (x: Double, y: Double, w: Double, h: Double) {
        let cellW = width / Double(max(1, axes.columns)), cellH = height / Double(max(1, axes.rows))
        let column = Double((axes.index - 1) % max(1, axes.columns)), row = Double((axes.index - 1) / max(1, axes.columns))
        let left = axes.showAxis ? 48 * scale : 6 * scale, right = 10 * scale
        let top = (axes.title != nil ? 24 : 8) * scale, bottom = axes.showAxis ? 36 * scale : 6 * scale
        return (cellW * column + left, cellH * row + top, max(1, cellW - left - right), max(1, cellH - top - bottom))
    }

    static func draw(_ axes: Axes, in rect: (x: Double, y: Double, w: Double, h: Double), cr: OpaquePointer, scale: Double) {
        guard let bounds = axes.dataBounds() else { return }
        var (xmin, xmax, ymin, ymax) = bounds
        if let limits = axes.xLimits { (xmin, xmax) = limits }
        if let limits = axes.yLimits { (ymin, ymax) = limits }
        if xmax <= xmin { xmin -= 0.5; xmax += 0.5 }
        if ymax <= ymin { ymin -= 0.5; ymax += 0.5 }
        var plot = rect
        if axes.hasImage {
            // Images keep square pixels: shrink the plotting area to the data's aspect ratio.
            let aspect = (ymax - ymin) / (xmax - xmin)
            if plot.h / plot.w > aspect {
                let h = plot.w * aspect
                plot = (plot.x, plot.y + (plot.h - h) / 2, plot.w, h)
            } else {
                let w = plot.h / aspect
                plot = (plot.x + (plot.w - w) / 2, plot.y, w, plot.h)
            }
        } else {
            let xPad = (xmax - xmin) * 0.05, yPad = (ymax - ymin) * 0.05
            if axes.xLimits == nil { xmin -= xPad; xmax += xPad }
            if axes.yLimits == nil { ymin -= yPad; ymax += yPad }
        }
        let imageYDown = axes.hasImage
        func px(_ x: Double) -> Double { plot.x + (x - xmin) / (xmax - xmin) * plot.w }
        func py(_ y: Double) -> Double {
            imageYDown ? plot.y + (y - ymin) / (ymax - ymin) * plot.h : plot.y + plot.h - (y - ymin) / (ymax - ymin) * plot.h
        }
        var colorIndex = 0
        for artist in axes.artists {
            switch artist {
            case .image(let values, let h, let w, let channels, let colormap, let vmin, let vmax):
                drawImage(values, height: h, width: w, channels: channels, colormap: colormap, vmin: vmin, vmax: vmax,
                          into: plot, cr: cr)
            case .line(let x, let y, let color, let lineWidth, _):
                let c = color ?? cycle[colorIndex % cycle.count]
                colorIndex += 1
                cairo_set_source_rgb(cr, c.0, c.1, c.2)
                cairo_set_line_width(cr, lineWidth * scale)
                var started = false
                for (a, b) in zip(x, y) where a.isFinite && b.isFinite {
                    if started { cairo_line_to(cr, px(a), py(b)) } else { cairo_move_to(cr, px(a), py(b)); started = true }
                }
                cairo_stroke(cr)
            case .scatter(let x, let y, let color, let size, _):
                let c = color ?? cycle[colorIndex % cycle.count]
                colorIndex += 1
                cairo_set_source_rgb(cr, c.0, c.1, c.2)
                let radius = max(1, size.squareRoot() / 2) * scale
                for (a, b) in zip(x, y) where a.isFinite && b.isFinite {
                    cairo_new_sub_path(cr)
                    cairo_arc(cr, px(a), py(b), radius, 0, 2 * Double.pi)
                }
                cairo_fill(cr)
            }
        }
        cairo_set_source_rgb(cr, 0, 0, 0)
        cairo_set_font_size(cr, 10 * scale)
        if axes.showAxis {
            cairo_set_line_width(cr, 0.8 * scale)
            cairo_rectangle(cr, plot.x, plot.y, plot.w, plot.h)
            cairo_stroke(cr)
            let xTicks = Ticks.positions(from: xmin, to: xmax, maxCount: 7)
            let xStep = xTicks.count > 1 ? xTicks[1] - xTicks[0] : 1
            for t in xTicks {
                let x = px(t)
                cairo_move_to(cr, x, plot.y + plot.h)
                cairo_line_to(cr, x, plot.y + plot.h + 3.5 * scale)
                cairo_stroke(cr)
                text(Ticks.label(t, step: xStep), x: x, y: plot.y + plot.h + 14 * scale, align: 0.5, cr: cr)
            }
            let yTicks = Ticks.positions(from: ymin, to: ymax, maxCount: 7)
            let yStep = yTicks.count > 1 ? yTicks[1] - yTicks[0] : 1
            for t in yTicks {
                let y = py(t)
                cairo_move_to(cr, plot.x, y)
                cairo_line_to(cr, plot.x - 3.5 * scale, y)
                cairo_stroke(cr)
                text(Ticks.label(t, step: yStep), x: plot.x - 5 * scale, y: y + 3.5 * scale, align: 1, cr: cr)
            }
            if let label = axes.xLabel { text(label, x: plot.x + plot.w / 2, y: plot.y + plot.h + 28 * scale, align: 0.5, cr: cr) }
            if let label = axes.yLabel { text(label, x: plot.x - 30 * scale, y: plot.y - 6 * scale, align: 0, cr: cr) }
        }
        if let title = axes.title {
            cairo_set_font_size(cr, 12 * scale)
            text(title, x: plot.x + plot.w / 2, y: plot.y - 7 * scale, align: 0.5, cr: cr)
        }
    }

    static func text(_ string: String, x: Double, y: Double, align: Double, cr: OpaquePointer) {
        var extents = cairo_text_extents_t()
        cairo_text_extents(cr, string, &extents)
        cairo_move_to(cr, x - extents.x_advance * align, y)
        cairo_show_text(cr, string)
    }

    static func drawImage(_ values: [Double], height: Int, width: Int, channels: Int, colormap: Colormap,
                          vmin: Double?, vmax: Double?, into rect: (x: Double, y: Double, w: Double, h: Double), cr: OpaquePointer) {
        guard width > 0, height > 0, values.count >= width * height * channels,
              let image = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height)) else { return }
        defer { cairo_surface_destroy(image) }
        let finite = values.filter { $0.isFinite }
        let low = vmin ?? finite.min() ?? 0
        let high = vmax ?? finite.max() ?? 1
        let span = high > low ? high - low : 1
        cairo_surface_flush(image)
        guard let data = cairo_image_surface_get_data(image) else { return }
        let stride = Int(cairo_image_surface_get_stride(image))
        for row in 0..<height {
            let line = (data + row * stride).withMemoryRebound(to: UInt32.self, capacity: width) { $0 }
            for column in 0..<width {
                let base = (row * width + column) * channels
                let (r, g, b): (Double, Double, Double)
                if channels >= 3 {
                    let divisor = (values[base...].prefix(3).allSatisfy { $0 <= 1 } && high <= 1) ? 1.0 : 255.0
                    (r, g, b) = (values[base] / divisor, values[base + 1] / divisor, values[base + 2] / divisor)
                } else {
                    (r, g, b) = colormap.color((values[base] - low) / span)
                }
                func byte(_ v: Double) -> UInt32 { UInt32(max(0, min(255, (v * 255).rounded()))) }
                line[column] = (byte(r) << 16) | (byte(g) << 8) | byte(b)
            }
        }
        cairo_surface_mark_dirty(image)
        cairo_save(cr)
        cairo_translate(cr, rect.x, rect.y)
        cairo_scale(cr, rect.w / Double(width), rect.h / Double(height))
        cairo_set_source_surface(cr, image, 0, 0)
        // Nearest-neighbour sampling keeps pixels crisp, like matplotlib's default for small images.
        cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_NEAREST)
        cairo_paint(cr)
        cairo_restore(cr)
    }

    /// Encodes the surface through Cairo's PNG writer.
    static func encode(_ surface: OpaquePointer) throws -> [UInt8] {
        final class Sink { var bytes: [UInt8] = [] }
        let sink = Sink()
        let status = cairo_surface_write_to_png_stream(surface, { closure, data, length in
            guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
            let sink = Unmanaged<Sink>.fromOpaque(closure).takeUnretainedValue()
            sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
            return CAIRO_STATUS_SUCCESS
        }, Unmanaged.passUnretained(sink).toOpaque())
        guard status == CAIRO_STATUS_SUCCESS else { throw RenderError.surface("PNG encoding failed") }
        return sink.bytes
    }
}
