/// A figure as matplotlib describes one: its size, the axes on it and their artists. The
/// pyplot layer (Python) builds it once per render; `Renderer` lays it out and draws it.
/// Plot takes plain arrays and knows nothing of tensors or of Python.
public final class Figure {
    /// Size in inches and resolution, as matplotlib's `figsize` and `dpi`.
    public var width: Double
    public var height: Double
    public var dpi: Double
    public var facecolor = RGBA.white
    public var axes: [Axes] = []
    public var suptitle: Text?
    /// matplotlib's `figure.subplot.*` fractions (rcParams defaults).
    public var subplotParams = SubplotParams()
    /// `tight_layout()`: move the subplot fractions so labels fit (done by the renderer, which
    /// knows text sizes).
    public var tightLayout = false
    /// Free texts in figure coordinates (`fig.text`).
    public var texts: [TextArtist] = []

    public init(width: Double = 6.4, height: Double = 4.8, dpi: Double = 100) {
        self.width = width
        self.height = height
        self.dpi = dpi
    }

    /// Adds axes in a `rows` x `columns` grid at `index` (1-based, like subplot).
    @discardableResult
    public func addAxes(rows: Int = 1, columns: Int = 1, index: Int = 1) -> Axes {
        let r = Swift.max(1, rows), c = Swift.max(1, columns)
        let i = Swift.min(Swift.max(1, index), r * c) - 1
        let a = Axes(placement: .grid(rows: r, columns: c, row: i / c, column: i % c, rowSpan: 1, columnSpan: 1))
        axes.append(a)
        return a
    }

    public var pixelWidth: Int { Swift.max(1, Int((width * dpi).rounded())) }
    public var pixelHeight: Int { Swift.max(1, Int((height * dpi).rounded())) }
}

public struct SubplotParams {
    public var left = 0.125, right = 0.9, bottom = 0.11, top = 0.88, wspace = 0.2, hspace = 0.2
    public init() {}
}

/// Where an axes sits: a cell (or span) of its figure's subplot grid, or an explicit rectangle
/// in figure fractions (left, bottom, width, height), as `fig.add_axes`.
public enum AxesPlacement {
    case grid(rows: Int, columns: Int, row: Int, column: Int, rowSpan: Int, columnSpan: Int)
    case rect(left: Double, bottom: Double, width: Double, height: Double)
}

public enum Scale { case linear, log }

/// One axis's ticks: automatic (MaxNLocator / LogLocator with ScalarFormatter) or given.
public struct AxisSpec {
    public var scale = Scale.linear
    public var ticks: [Double]?
    public var tickLabels: [String]?
    public var label: Text?
    /// ScalarFormatter options (`ticklabel_format`).
    public var useOffset = true
    public var scientific = true
    public var powerLimits = (-5, 6)
    public var labelSize = 10.0
    public var labelRotation = 0.0
    public var tickLength = 3.5
    public var tickDirection = TickDirection.out
    public var tickColor = RGBA.black
    public var labelColor = RGBA.black
    public var showTicks = true
    public var showLabels = true
    public var grid: GridStyle?
    public init() {}
}

public enum TickDirection { case out, inward, inOut }

public struct GridStyle {
    public var color = RGBA(0xb0 / 255.0, 0xb0 / 255.0, 0xb0 / 255.0, 1)
    public var width = 0.8
    public var dashes: [Double] = []
    public init() {}
}

/// One plotting area. Limits are final (the pyplot layer autoscales, shares and inverts them:
/// a reversed pair means an inverted axis).
public final class Axes {
    public var placement: AxesPlacement
    public var artists: [Artist] = []
    public var title: Text?
    public var leftTitle: Text?
    public var rightTitle: Text?
    public var x = AxisSpec()
    public var y = AxisSpec()
    public var xLimits: (Double, Double)?
    public var yLimits: (Double, Double)?
    public var showAxis = true
    /// `set_aspect('equal')` or a ratio: the box shrinks so one data unit has this y/x ratio.
    public var aspect: Double?
    /// A twin's y axis is drawn on the right (`twinx`), and it draws no frame of its own.
    public var yAxisOnRight = false
    public var isTwin = false
    public var legend: Legend?
    public var colorbar: Colorbar?
    public var facecolor = RGBA.white
    public var frameColor = RGBA.black
    public var hiddenSpines: Set<String> = []

    public init(placement: AxesPlacement) {
        self.placement = placement
    }

    // The old Axes API, kept for the existing renderer tests and simple callers.
    public var xLabel: String? {
        get { x.label?.string }
        set { x.label = newValue.map { Text($0) } }
    }
    public var yLabel: String? {
        get { y.label?.string }
        set { y.label = newValue.map { Text($0) } }
    }

    public func imshow(values: [Double], height: Int, width: Int, channels: Int = 1, colormap: Colormap = .viridis,
                       vmin: Double? = nil, vmax: Double? = nil) {
        artists.append(.image(ImageArtist(values: values, height: height, width: width, channels: channels,
                                          colormap: colormap, vmin: vmin, vmax: vmax)))
    }

    public func plot(x: [Double], y: [Double], color: RGBA, width: Double = 1.5, label: String? = nil) {
        var line = LineArtist(x: x, y: y, color: color)
        line.width = width
        line.label = label
        artists.append(.line(line))
    }

    /// The finite range of the artists' data (images span their extent).
    public func dataBounds() -> (xmin: Double, xmax: Double, ymin: Double, ymax: Double)? {
        var bounds = Bounds()
        for artist in artists { artist.extend(&bounds) }
        return bounds.result
    }

    var hasImage: Bool {
        artists.contains { if case .image = $0 { return true }; return false }
    }
}

struct Bounds {
    var xmin = Double.infinity, xmax = -Double.infinity, ymin = Double.infinity, ymax = -Double.infinity
    mutating func add(x: Double, y: Double) {
        if x.isFinite { xmin = Swift.min(xmin, x); xmax = Swift.max(xmax, x) }
        if y.isFinite { ymin = Swift.min(ymin, y); ymax = Swift.max(ymax, y) }
    }
    var result: (xmin: Double, xmax: Double, ymin: Double, ymax: Double)? {
        xmin <= xmax && ymin <= ymax ? (xmin, xmax, ymin, ymax) : nil
    }
}

public struct Legend {
    public enum Location: String, CaseIterable {
        case best, upperRight = "upper right", upperLeft = "upper left", lowerLeft = "lower left",
             lowerRight = "lower right", right, centerLeft = "center left", centerRight = "center right",
             lowerCenter = "lower center", upperCenter = "upper center", center
    }
    public var location = Location.best
    /// Explicit anchor in axes fractions (`bbox_to_anchor`) with the location naming the corner.
    public var anchor: (Double, Double)?
    public var entries: [LegendEntry] = []
    public var title: String?
    public var fontSize = 10.0
    public var columns = 1
    public var frameOn = true
    public init() {}
}

public struct LegendEntry {
    public enum Handle {
        case line(LineArtist)
        case patch(face: RGBA?, edge: RGBA?)
        case points(marker: Marker, face: RGBA?, edge: RGBA?, size: Double, edgeWidth: Double)
    }
    public var label: String
    public var handle: Handle
    public init(label: String, handle: Handle) {
        self.label = label
        self.handle = handle
    }
}

public struct Colorbar {
    public var colormap: Colormap
    public var vmin: Double
    public var vmax: Double
    public var label: String?
    public var horizontal = false
    /// Discrete levels (contourf): the bar shows bands.
    public var levels: [Double]?
    public var fraction = 0.15
    public var pad = 0.05
    public var shrink = 1.0
    public init(colormap: Colormap, vmin: Double, vmax: Double) {
        self.colormap = colormap
        self.vmin = vmin
        self.vmax = vmax
    }
}
