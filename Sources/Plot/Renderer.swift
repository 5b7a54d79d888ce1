import CCairo
#if canImport(Glibc)
import Glibc
#endif

/// Lays out and draws a `Figure` with Cairo at matplotlib's pixel size, and encodes it as PNG.
public enum Renderer {
    public enum RenderError: Error, CustomStringConvertible {
        case surface(String)
        public var description: String {
            switch self { case .surface(let what): return "cannot render figure: \(what)" }
        }
    }

    /// The PNG of `figure`; `tight` crops to the drawn content plus `padInches` (savefig's
    /// `bbox_inches='tight'`, `pad_inches`).
    public static func png(_ figure: Figure, tight: Bool = false, padInches: Double = 0.1) throws -> [UInt8] {
        let width = figure.pixelWidth, height = figure.pixelHeight
        guard width <= 16384, height <= 16384 else { throw RenderError.surface("figure of \(width)x\(height) pixels is too large") }
        var crop = Box(x0: 0, y0: 0, x1: Double(width), y1: Double(height))
        if tight {
            let measured = try withSurface(width: 1, height: 1) { cr, _ in
                let painter = Painter(cr: cr, dpi: figure.dpi)
                painter.measuring = true
                return draw(figure, painter: painter, width: Double(width), height: Double(height))
            }
            let pad = padInches * figure.dpi
            crop = Box(x0: (measured.x0 - pad).rounded(.down), y0: (measured.y0 - pad).rounded(.down),
                       x1: (measured.x1 + pad).rounded(.up), y1: (measured.y1 + pad).rounded(.up))
        }
        // Text of a huge font size (or a NaN coordinate) can make the measured box infinite.
        guard crop.width.isFinite, crop.height.isFinite, crop.width <= 16384, crop.height <= 16384 else {
            throw RenderError.surface("figure of \(crop.width)x\(crop.height) pixels is too large")
        }
        let outWidth = Swift.max(1, Int(crop.width)), outHeight = Swift.max(1, Int(crop.height))
        return try withSurface(width: outWidth, height: outHeight) { cr, surface in
            let painter = Painter(cr: cr, dpi: figure.dpi)
            cairo_translate(cr, -crop.x0, -crop.y0)
            painter.setColor(figure.facecolor)
            cairo_paint(cr)
            _ = draw(figure, painter: painter, width: Double(width), height: Double(height))
            cairo_surface_flush(surface)
            return try encode(surface)
        }
    }

    static func withSurface<T>(width: Int, height: Int, _ body: (OpaquePointer, OpaquePointer) throws -> T) throws -> T {
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height)),
              cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            throw RenderError.surface("Cairo could not create a \(width)x\(height) surface")
        }
        defer { cairo_surface_destroy(surface) }
        guard let cr = cairo_create(surface) else { throw RenderError.surface("no Cairo context") }
        defer { cairo_destroy(cr) }
        return try body(cr, surface)
    }

    /// Draws (or measures) the whole figure; returns the box of everything drawn.
    static func draw(_ figure: Figure, painter: Painter, width: Double, height: Double) -> Box {
        var params = figure.subplotParams
        var suptitleBottom: Double?
        let wasMeasuring = painter.measuring
        if let title = figure.suptitle {
            var t = title
            t.vertical = "top"
            painter.measuring = true
            suptitleBottom = painter.draw(t, x: width / 2, y: height * 0.02).height
            painter.measuring = wasMeasuring
        }
        if figure.tightLayout {
            params = tightParams(figure, painter: painter, width: width, height: height, suptitleBottom: suptitleBottom)
        }
        var areas: [ObjectIdentifier: Box] = [:]
        let boxes = figure.axes.map { axesBox($0, in: figure, params: params, width: width, height: height, colorbarAreas: &areas) }
        painter.colorbarAreas = areas
        var total = Box(x0: 0, y0: 0, x1: 0, y1: 0)
        var first = true
        for (axes, box) in zip(figure.axes, boxes) {
            painter.inked = nil
            let drawn = drawAxes(axes, box: box, painter: painter)
            total = first ? drawn : drawn.union(total)
            first = false
        }
        painter.inked = nil
        if var title = figure.suptitle {
            title.vertical = "top"
            let b = painter.draw(title, x: width / 2, y: height * 0.02)
            total = first ? b : b.union(total)
            first = false
        }
        for text in figure.texts {
            let b = painter.draw(text.text, x: width * text.x, y: height * (1 - text.y))
            total = first ? b : b.union(total)
            first = false
        }
        return total
    }

    /// The axes' box in pixels: its grid cell (or rectangle), less room for a colorbar, shrunk to
    /// a fixed aspect ratio when one is set (centred, as matplotlib's anchor 'C').
    static func axesBox(_ axes: Axes, in figure: Figure, params: SubplotParams, width: Double, height: Double,
                        colorbarAreas: inout [ObjectIdentifier: Box]) -> Box {
        var box: Box
        switch axes.placement {
        case .rect(let l, let b, let w, let h):
            box = Box(x0: l * width, y0: (1 - b - h) * height, x1: (l + w) * width, y1: (1 - b) * height)
        case .grid(let rows, let columns, let row, let column, let rowSpan, let columnSpan):
            let availableW = (params.right - params.left) * width, availableH = (params.top - params.bottom) * height
            let cellW = availableW / (Double(columns) + params.wspace * Double(columns - 1))
            let cellH = availableH / (Double(rows) + params.hspace * Double(rows - 1))
            let x0 = params.left * width + Double(column) * cellW * (1 + params.wspace)
            let y0 = (1 - params.top) * height + Double(row) * cellH * (1 + params.hspace)
            let x1 = x0 + cellW * Double(columnSpan) + cellW * params.wspace * Double(columnSpan - 1)
            let y1 = y0 + cellH * Double(rowSpan) + cellH * params.hspace * Double(rowSpan - 1)
            box = Box(x0: x0, y0: y0, x1: x1, y1: y1)
        }
        if let bar = axes.colorbar {
            colorbarAreas[ObjectIdentifier(axes)] = box
            if bar.horizontal {
                box.y1 = box.y0 + box.height * (1 - bar.fraction - bar.pad)
            } else {
                box.x1 = box.x0 + box.width * (1 - bar.fraction - bar.pad)
            }
        }
        if let aspect = axes.aspect, let view = limits(axes) {
            let (xlo, xhi, ylo, yhi) = view
            let fx = axes.x.scale == .log ? log10(Swift.max(xhi, 1e-300)) - log10(Swift.max(xlo, 1e-300)) : xhi - xlo
            let fy = axes.y.scale == .log ? log10(Swift.max(yhi, 1e-300)) - log10(Swift.max(ylo, 1e-300)) : yhi - ylo
            let target = aspect * abs(fy) / Swift.max(abs(fx), 1e-300)
            if target.isFinite && target > 0 {
                if box.height / box.width > target {
                    let h = box.width * target
                    box = Box(x0: box.x0, y0: box.y0 + (box.height - h) / 2, x1: box.x1, y1: box.y0 + (box.height + h) / 2)
                } else {
                    // Centred (anchor 'C'); beside a colorbar, against it (matplotlib's panchor (1, 0.5)).
                    let w = box.height / target
                    let x0 = axes.colorbar != nil ? box.x1 - w : box.x0 + (box.width - w) / 2
                    box = Box(x0: x0, y0: box.y0, x1: x0 + w, y1: box.y1)
                }
            }
        }
        return box
    }

    /// The view limits: given, or the data range with matplotlib's 5% margins.
    static func limits(_ axes: Axes) -> (Double, Double, Double, Double)? {
        if let x = axes.xLimits, let y = axes.yLimits { return (x.0, x.1, y.0, y.1) }
        let bounds = axes.dataBounds()
        func padded(_ lo: Double, _ hi: Double, _ log: Bool, images: Bool) -> (Double, Double) {
            if images { return (lo, hi) }
            if log && lo > 0 {
                let a = log10(lo), b = log10(hi), m = (b - a) * 0.05
                return (pow(10, a - m), pow(10, b + m))
            }
            let (a, b) = Ticks.nonsingular(lo, hi)
            let m = (b - a) * 0.05
            return (a - m, b + m)
        }
        let images = axes.hasImage
        let x = axes.xLimits ?? bounds.map { padded($0.xmin, $0.xmax, axes.x.scale == .log, images: images) } ?? (0, 1)
        var y = axes.yLimits ?? bounds.map { padded($0.ymin, $0.ymax, axes.y.scale == .log, images: images) } ?? (0, 1)
        if images && axes.yLimits == nil, let b = bounds { y = (b.ymax, b.ymin) }
        return (x.0, x.1, y.0, y.1)
    }

    /// tight_layout: subplot fractions that leave each axes' labels `pad` (1.08 font sizes) of room,
    /// from one measuring pass at the current fractions.
    static func tightParams(_ figure: Figure, painter: Painter, width: Double, height: Double, suptitleBottom: Double?) -> SubplotParams {
        var params = figure.subplotParams
        let pad = painter.px(1.08 * 10)
        var rows = 1, columns = 1
        for a in figure.axes { if case .grid(let r, let c, _, _, _, _) = a.placement { rows = Swift.max(rows, r); columns = Swift.max(columns, c) } }
        for _ in 0..<2 {
            var left = [Double](repeating: 0, count: columns), right = left
            var top = [Double](repeating: 0, count: rows), bottom = top
            let wasMeasuring = painter.measuring
            painter.measuring = true
            for axes in figure.axes {
                guard case .grid(_, _, let row, let column, let rowSpan, let columnSpan) = axes.placement else { continue }
                var areas: [ObjectIdentifier: Box] = [:]
                let box = axesBox(axes, in: figure, params: params, width: width, height: height, colorbarAreas: &areas)
                painter.colorbarAreas = areas
                painter.inked = nil
                let inked = drawAxes(axes, box: box, painter: painter)
                left[column] = Swift.max(left[column], box.x0 - inked.x0)
                right[column + columnSpan - 1] = Swift.max(right[column + columnSpan - 1], inked.x1 - box.x1)
                top[row] = Swift.max(top[row], box.y0 - inked.y0)
                bottom[row + rowSpan - 1] = Swift.max(bottom[row + rowSpan - 1], inked.y1 - box.y1)
            }
            painter.measuring = wasMeasuring
            // matplotlib's tight_layout adds the suptitle's height and one more pad to the top.
            let topLimit = suptitleBottom.map { $0 + pad } ?? 0
            params.left = ((left.first ?? 0) + pad) / width
            params.right = 1 - ((right.last ?? 0) + pad) / width
            params.top = 1 - (topLimit + (top.first ?? 0) + pad) / height
            params.bottom = ((bottom.last ?? 0) + pad) / height
            if columns > 1 {
                let gap = (0..<(columns - 1)).map { right[$0] + left[$0 + 1] + pad }.max() ?? pad
                let cell = ((params.right - params.left) * width - Double(columns - 1) * gap) / Double(columns)
                params.wspace = cell > 0 ? gap / cell : 0.2
            }
            if rows > 1 {
                let gap = (0..<(rows - 1)).map { bottom[$0] + top[$0 + 1] + pad }.max() ?? pad
                let cell = ((params.top - params.bottom) * height - Double(rows - 1) * gap) / Double(rows)
                params.hspace = cell > 0 ? gap / cell : 0.2
            }
            if params.left >= params.right || params.bottom >= params.top { return figure.subplotParams }
        }
        return params
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
