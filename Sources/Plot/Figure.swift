/// A figure of one or more axes, rendered to PNG by `Renderer`. Takes plain arrays: Plot knows
/// nothing of tensors.
public final class Figure {
    /// Size in inches and resolution, as matplotlib's `figsize` and `dpi`.
    public var width: Double
    public var height: Double
    public var dpi: Double
    public private(set) var axes: [Axes] = []
    public var title: String?

    public init(width: Double = 6.4, height: Double = 4.8, dpi: Double = 72) {
        self.width = width
        self.height = height
        self.dpi = dpi
    }

    /// Adds axes laid out on a `rows` x `columns` grid at `index` (1-based, like subplot).
    @discardableResult
    public func addAxes(rows: Int = 1, columns: Int = 1, index: Int = 1) -> Axes {
        let a = Axes(rows: rows, columns: columns, index: index)
        axes.append(a)
        return a
    }

    public var pixelWidth: Int { Swift.max(1, Int((width * dpi).rounded())) }
    public var pixelHeight: Int { Swift.max(1, Int((height * dpi).rounded())) }
}

/// One plotting area: images, lines and scatter points, with ticks, labels and a title.
public final class Axes {
    public enum Artist {
        /// A row-major grid of values (height x width), or RGB(A) bytes when `channels` > 1.
        case image(values: [Double], height: Int, width: Int, channels: Int, colormap: Colormap, vmin: Double?, vmax: Double?)
        case line(x: [Double], y: [Double], color: (Double, Double, Double)?, width: Double, label: String?)
        case scatter(x: [Double], y: [Double], color: (Double, Double, Double)?, size: Double, label: String?)
    }

    public let rows: Int
    public let columns: Int
    public let index: Int
    public private(set) var artists: [Artist] = []
    public var title: String?
    public var xLabel: String?
    public var yLabel: String?
    public var showAxis = true
    public var xLimits: (Double, Double)?
    public var yLimits: (Double, Double)?
    public var showLegend = false

    init(rows: Int, columns: Int, index: Int) {
        self.rows = rows
        self.columns = columns
        self.index = index
    }

    public func imshow(values: [Double], height: Int, width: Int, channels: Int = 1, colormap: Colormap = .greys,
                       vmin: Double? = nil, vmax: Double? = nil) {
        artists.append(.image(values: values, height: height, width: width, channels: channels,
                              colormap: colormap, vmin: vmin, vmax: vmax))
    }

    public func plot(x: [Double], y: [Double], color: (Double, Double, Double)? = nil, width: Double = 1.5, label: String? = nil) {
        artists.append(.line(x: x, y: y, color: color, width: width, label: label))
    }

    public func scatter(x: [Double], y: [Double], color: (Double, Double, Double)? = nil, size: Double = 20, label: String? = nil) {
        artists.append(.scatter(x: x, y: y, color: color, size: size, label: label))
    }

    /// The data range covered by the artists (images span [-0.5, w-0.5] like matplotlib).
    func dataBounds() -> (xmin: Double, xmax: Double, ymin: Double, ymax: Double)? {
        var xs: [Double] = [], ys: [Double] = []
        for artist in artists {
            switch artist {
            case .image(_, let h, let w, _, _, _, _):
                xs += [-0.5, Double(w) - 0.5]
                ys += [-0.5, Double(h) - 0.5]
            case .line(let x, let y, _, _, _), .scatter(let x, let y, _, _, _):
                xs += x.filter { $0.isFinite }
                ys += y.filter { $0.isFinite }
            }
        }
        guard let xmin = xs.min(), let xmax = xs.max(), let ymin = ys.min(), let ymax = ys.max() else { return nil }
        return (xmin, xmax, ymin, ymax)
    }

    var hasImage: Bool {
        artists.contains { if case .image = $0 { return true }; return false }
    }
}
