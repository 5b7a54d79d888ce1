import Interpreter
import Plot
import TensorKit

/// Turns the figure description that `matplotlib` (Python, Sources/Library/Python/matplotlib)
/// builds into a `Plot.Figure`. The description is plain dicts, lists, numbers and arrays, so the
/// Python object model stays free to grow without touching the renderer.
struct FigureSpec {
    let interpreter: Interpreter

    func dict(_ value: Value?) -> PyDict? { value?.asObject as? PyDict }

    /// A count or index from a float, clamped (NaN is 0): never a trap.
    static func int(_ x: Double) -> Int { x.isFinite ? Int(Swift.max(-1e9, Swift.min(1e9, x))) : 0 }

    func number(_ d: PyDict, _ key: String, _ fallback: Double) throws -> Double {
        guard let v = d[key], !v.isNone else { return fallback }
        return try interpreter.doubleArgument(v)
    }

    func optionalNumber(_ d: PyDict, _ key: String) throws -> Double? {
        guard let v = d[key], !v.isNone else { return nil }
        return try interpreter.doubleArgument(v)
    }

    func string(_ d: PyDict, _ key: String) -> String? { d[key]?.stringValue }

    func bool(_ d: PyDict, _ key: String, _ fallback: Bool) -> Bool {
        guard let v = d[key], !v.isNone else { return fallback }
        return (try? interpreter.isTruthy(v)) ?? fallback
    }

    func items(_ value: Value?) throws -> [Value] {
        guard let v = value, !v.isNone else { return [] }
        return try interpreter.collect(v)
    }

    /// Numbers from a tensor, array, list, tuple or range, flattened.
    func doubles(_ value: Value?) throws -> [Double] {
        guard let value, !value.isNone else { return [] }
        return try PlotModule.doubles(value, interpreter)
    }

    func pair(_ value: Value?) throws -> (Double, Double)? {
        let v = try doubles(value)
        return v.count == 2 ? (v[0], v[1]) : nil
    }

    func color(_ value: Value?) throws -> RGBA? {
        guard let value, !value.isNone else { return nil }
        let c = try doubles(value)
        guard c.count >= 3 else { return nil }
        return RGBA(c[0], c[1], c[2], c.count > 3 ? c[3] : 1)
    }

    func colors(_ value: Value?) throws -> [RGBA] {
        try items(value).compactMap { try color($0) }
    }

    func text(_ value: Value?) throws -> Text? {
        guard let d = dict(value) else { return nil }
        var t = Text(string(d, "s") ?? "", size: try number(d, "size", 10))
        t.color = try color(d["color"]) ?? .black
        t.bold = string(d, "weight") == "bold"
        let alignments: [String: Double] = ["left": 0, "center": 0.5, "right": 1]
        t.horizontal = alignments[string(d, "ha") ?? "center"] ?? 0.5
        t.vertical = string(d, "va") ?? "baseline"
        t.rotation = try number(d, "rotation", 0)
        return t
    }

    func figure(_ value: Value) throws -> Figure {
        guard let d = dict(value) else { throw PyException(BuiltinTypes.typeError, "figure description must be a dict") }
        let size = try pair(d["size"]) ?? (6.4, 4.8)
        let figure = Figure(width: size.0, height: size.1, dpi: try number(d, "dpi", 100))
        figure.facecolor = try color(d["facecolor"]) ?? .white
        figure.suptitle = try text(d["suptitle"])
        let params = try doubles(d["subplot"])
        if params.count == 6 {
            figure.subplotParams.left = params[0]
            figure.subplotParams.right = params[1]
            figure.subplotParams.bottom = params[2]
            figure.subplotParams.top = params[3]
            figure.subplotParams.wspace = params[4]
            figure.subplotParams.hspace = params[5]
        }
        figure.tightLayout = bool(d, "tight", false)
        for item in try items(d["axes"]) { figure.axes.append(try axes(item)) }
        for item in try items(d["texts"]) { if let t = try textArtist(item) { figure.texts.append(t) } }
        return figure
    }

    func axes(_ value: Value) throws -> Axes {
        guard let d = dict(value) else { throw PyException(BuiltinTypes.typeError, "axes description must be a dict") }
        let placement: AxesPlacement
        let grid = try doubles(d["grid"]).map(Self.int)
        let rect = try doubles(d["rect"])
        if grid.count == 6 {
            placement = .grid(rows: Swift.max(1, grid[0]), columns: Swift.max(1, grid[1]), row: grid[2], column: grid[3],
                              rowSpan: Swift.max(1, grid[4]), columnSpan: Swift.max(1, grid[5]))
        } else if rect.count == 4 {
            placement = .rect(left: rect[0], bottom: rect[1], width: rect[2], height: rect[3])
        } else {
            placement = .grid(rows: 1, columns: 1, row: 0, column: 0, rowSpan: 1, columnSpan: 1)
        }
        let axes = Axes(placement: placement)
        axes.xLimits = try pair(d["xlim"])
        axes.yLimits = try pair(d["ylim"])
        axes.x = try axis(d["xaxis"])
        axes.y = try axis(d["yaxis"])
        axes.title = try text(d["title"])
        axes.leftTitle = try text(d["title_left"])
        axes.rightTitle = try text(d["title_right"])
        axes.showAxis = bool(d, "axis_on", true)
        axes.aspect = try optionalNumber(d, "aspect")
        axes.isTwin = bool(d, "twin", false)
        axes.yAxisOnRight = bool(d, "right", false)
        axes.facecolor = try color(d["facecolor"]) ?? .white
        axes.hiddenSpines = Set(try items(d["hidden_spines"]).compactMap(\.stringValue))
        if let legend = dict(d["legend"]) { axes.legend = try self.legend(legend) }
        if let bar = dict(d["colorbar"]) {
            var c = Colorbar(colormap: Colormap.named(string(bar, "cmap") ?? "viridis") ?? .viridis,
                             vmin: try number(bar, "vmin", 0), vmax: try number(bar, "vmax", 1))
            c.label = string(bar, "label")
            let levels = try doubles(bar["levels"])
            c.levels = levels.isEmpty ? nil : levels
            c.fraction = try number(bar, "fraction", 0.15)
            c.pad = try number(bar, "pad", 0.05)
            c.shrink = try number(bar, "shrink", 1)
            axes.colorbar = c
        }
        for item in try items(d["artists"]) { if let a = try artist(item) { axes.artists.append(a) } }
        return axes
    }

    func axis(_ value: Value?) throws -> AxisSpec {
        var a = AxisSpec()
        guard let d = dict(value) else { return a }
        a.scale = string(d, "scale") == "log" ? .log : .linear
        if let t = d["ticks"], !t.isNone { a.ticks = try doubles(t) }
        if let l = d["ticklabels"], !l.isNone { a.tickLabels = try items(l).map { try interpreter.str($0) } }
        a.label = try text(d["label"])
        a.useOffset = bool(d, "useoffset", true)
        a.scientific = bool(d, "sci", true)
        let limits = try doubles(d["powerlimits"])
        if limits.count == 2 { a.powerLimits = (Int(limits[0]), Int(limits[1])) }
        a.labelSize = try number(d, "labelsize", 10)
        a.labelRotation = try number(d, "rotation", 0)
        a.tickLength = try number(d, "ticklen", 3.5)
        let directions: [String: TickDirection] = ["in": .inward, "inout": .inOut]
        a.tickDirection = directions[string(d, "direction") ?? "out"] ?? .out
        a.tickColor = try color(d["tickcolor"]) ?? .black
        a.labelColor = try color(d["labelcolor"]) ?? .black
        a.showTicks = bool(d, "ticks_on", true)
        a.showLabels = bool(d, "labels_on", true)
        if let g = dict(d["grid"]) {
            var style = GridStyle()
            style.color = try color(g["color"]) ?? style.color
            style.width = try number(g, "lw", 0.8)
            style.dashes = try doubles(g["dashes"])
            a.grid = style
        }
        return a
    }

    func legend(_ d: PyDict) throws -> Legend {
        var legend = Legend()
        legend.location = Legend.Location(rawValue: string(d, "loc") ?? "best") ?? .best
        legend.anchor = try pair(d["anchor"])
        legend.title = string(d, "title")
        legend.fontSize = try number(d, "fontsize", 10)
        legend.columns = Self.int(try number(d, "ncol", 1))
        legend.frameOn = bool(d, "frameon", true)
        for item in try items(d["entries"]) {
            guard let e = dict(item) else { continue }
            let label = string(e, "label") ?? ""
            switch string(e, "handle") {
            case "patch":
                legend.entries.append(LegendEntry(label: label, handle: .patch(face: try color(e["face"]), edge: try color(e["edge"]))))
            case "points":
                legend.entries.append(LegendEntry(label: label, handle: .points(marker: Marker(string(e, "marker") ?? "o") ?? .circle,
                                                                                 face: try color(e["face"]), edge: try color(e["edge"]),
                                                                                 size: try number(e, "size", 6), edgeWidth: try number(e, "lw", 1))))
            default:
                legend.entries.append(LegendEntry(label: label, handle: .line(try line(e, x: [], y: []))))
            }
        }
        return legend
    }

    func line(_ d: PyDict, x: [Double], y: [Double]) throws -> LineArtist {
        var l = LineArtist(x: x, y: y, color: try color(d["color"]) ?? ColorSpec.cycle[0])
        l.width = try number(d, "lw", 1.5)
        l.dashes = try doubles(d["dashes"])
        l.drawLine = bool(d, "drawline", true)
        l.marker = string(d, "marker").flatMap { Marker($0) }
        l.markerSize = try number(d, "ms", 6)
        l.markerFace = try color(d["mfc"])
        l.markerEdge = try color(d["mec"])
        l.markerEdgeWidth = try number(d, "mew", 1)
        l.drawStyle = string(d, "drawstyle") ?? "default"
        l.xCoordinates = string(d, "xcoords") == "axes" ? .axes : .data
        l.yCoordinates = string(d, "ycoords") == "axes" ? .axes : .data
        return l
    }

    func polylines(_ value: Value?) throws -> [[(Double, Double)]] {
        try items(value).map { item in
            let parts = try items(item)
            guard parts.count == 2 else { return [] }
            let xs = try doubles(parts[0]), ys = try doubles(parts[1])
            return Array(zip(xs, ys))
        }
    }

    func artist(_ value: Value) throws -> Artist? {
        guard let d = dict(value) else { return nil }
        switch string(d, "kind") {
        case "line":
            return .line(try line(d, x: try doubles(d["x"]), y: try doubles(d["y"])))
        case "scatter":
            var s = ScatterArtist(x: try doubles(d["x"]), y: try doubles(d["y"]), faces: try colors(d["faces"]))
            let sizes = try doubles(d["s"])
            if !sizes.isEmpty { s.sizes = sizes }
            if let e = d["edges"], !e.isNone { s.edges = try colors(e) }
            s.edgeWidth = try number(d, "lw", 1)
            s.marker = string(d, "marker").flatMap { Marker($0) } ?? .circle
            return .scatter(s)
        case "polygons":
            var p = PolygonArtist(polygons: try polylines(d["polygons"]), faces: try items(d["faces"]).map { try color($0) })
            p.edge = try color(d["edge"])
            p.lineWidth = try number(d, "lw", 1)
            p.closed = bool(d, "closed", true)
            p.isRectangle = bool(d, "rectangle", false)
            return .polygons(p)
        case "segments":
            var s = SegmentsArtist(segments: try polylines(d["segments"]), colors: try colors(d["colors"]))
            s.width = try number(d, "lw", 1.5)
            s.dashes = try doubles(d["dashes"])
            return .segments(s)
        case "image":
            return .image(try image(d))
        case "text":
            return try textArtist(value).map { .text($0) }
        default:
            return nil
        }
    }

    func image(_ d: PyDict) throws -> ImageArtist {
        guard let data = d["data"] else { throw PyException(BuiltinTypes.typeError, "image without data") }
        var t: Tensor
        if let o = data.asObject as? TensorConvertible { t = try o.asTensor() } else { t = try TensorConversions.tensor(data, interpreter) }
        if t.shape.count == 3, t.shape[2] == 1 { t = try TorchErrors.run { try t.squeeze(2) } }
        guard t.shape.count == 2 || (t.shape.count == 3 && (t.shape[2] == 3 || t.shape[2] == 4)) else {
            throw PyException(BuiltinTypes.typeError, "Invalid shape \(Tensor.sizeDescription(t.shape)) for image data")
        }
        let channels = t.shape.count == 3 ? t.shape[2] : 1
        let contiguous = try TorchErrors.run { try t.contiguous() }
        var values = contiguous.doubles()
        if t.dtype == .bool { values = values.map { $0 != 0 ? 1 : 0 } }
        var image = ImageArtist(values: values, height: t.shape[0], width: t.shape[1], channels: channels,
                                colormap: Colormap.named(string(d, "cmap") ?? "viridis") ?? .viridis,
                                vmin: try optionalNumber(d, "vmin"), vmax: try optionalNumber(d, "vmax"))
        let extent = try doubles(d["extent"])
        if extent.count == 4 { image.extent = (extent[0], extent[1], extent[2], extent[3]) }
        image.originLower = string(d, "origin") == "lower"
        image.alpha = try number(d, "alpha", 1)
        let levels = try doubles(d["levels"])
        if !levels.isEmpty { image.levels = levels }
        if channels >= 3, t.dtype == .uint8 {
            // uint8 pixels are 0...255 even when every value happens to be 0 or 1.
            image.values = values.map { $0 / 255 }
        }
        return image
    }

    func textArtist(_ value: Value) throws -> TextArtist? {
        guard let d = dict(value), let t = try text(d["text"]) else { return nil }
        var a = TextArtist(text: t, x: try number(d, "x", 0), y: try number(d, "y", 0))
        let coordinates: [String: Coordinates] = ["axes": .axes, "figure": .figure]
        a.coordinates = coordinates[string(d, "coords") ?? "data"] ?? .data
        a.arrowTo = try pair(d["arrow_to"])
        a.arrowColor = try color(d["arrow_color"]) ?? .black
        a.arrowWidth = try number(d, "arrow_lw", 1)
        a.arrowHead = bool(d, "arrow_head", true)
        a.arrowFat = bool(d, "arrow_fat", false)
        a.arrowShrink = try number(d, "arrow_shrink", 0)
        a.box = try color(d["box"])
        return a
    }
}
