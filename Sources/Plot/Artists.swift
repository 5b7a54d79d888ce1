/// A colour with alpha, each component in [0, 1].
public struct RGBA: Equatable, Sendable {
    public var r, g, b, a: Double
    public init(_ r: Double, _ g: Double, _ b: Double, _ a: Double = 1) {
        (self.r, self.g, self.b, self.a) = (r, g, b, a)
    }
    public static let white = RGBA(1, 1, 1), black = RGBA(0, 0, 0), none = RGBA(0, 0, 0, 0)
    public func withAlpha(_ alpha: Double?) -> RGBA { alpha.map { RGBA(r, g, b, $0) } ?? self }
}

/// Text with its font size in points and placement options, as matplotlib's `Text`.
public struct Text {
    public var string: String
    public var size = 10.0
    public var color = RGBA.black
    public var bold = false
    /// Horizontal alignment: 0 left, 0.5 center, 1 right.
    public var horizontal = 0.5
    /// Vertical alignment: "top", "center", "baseline", "bottom".
    public var vertical = "baseline"
    public var rotation = 0.0
    public init(_ string: String, size: Double = 10) {
        self.string = string
        self.size = size
    }
}

/// Where an artist's coordinates live: data units, or fractions of the axes box.
public enum Coordinates { case data, axes, figure }

public enum Marker: Equatable {
    case circle, point, pixel, square, diamond, thinDiamond, triangleUp, triangleDown, triangleLeft, triangleRight,
         plus, cross, star, pentagon, hexagon, hline, vline, filledPlus, filledX
    public init?(_ code: String) {
        switch code {
        case "o": self = .circle
        case ".": self = .point
        case ",": self = .pixel
        case "s": self = .square
        case "D": self = .diamond
        case "d": self = .thinDiamond
        case "^": self = .triangleUp
        case "v": self = .triangleDown
        case "<": self = .triangleLeft
        case ">": self = .triangleRight
        case "+": self = .plus
        case "x": self = .cross
        case "*": self = .star
        case "p": self = .pentagon
        case "h", "H": self = .hexagon
        case "_": self = .hline
        case "|": self = .vline
        case "P": self = .filledPlus
        case "X": self = .filledX
        default: return nil
        }
    }
    /// Line-art markers have no face; they are drawn in the edge (line) colour.
    public var isUnfilled: Bool { [.plus, .cross, .hline, .vline].contains(self) }
}

/// `plot`: a polyline with optional dashes and markers. Dashes are in points at line width 1
/// (matplotlib scales them with the width).
public struct LineArtist {
    public var x: [Double]
    public var y: [Double]
    public var color: RGBA
    public var width = 1.5
    public var dashes: [Double] = []
    public var drawLine = true
    public var marker: Marker?
    public var markerSize = 6.0
    public var markerFace: RGBA?
    public var markerEdge: RGBA?
    public var markerEdgeWidth = 1.0
    /// "default", "steps-pre", "steps-mid", "steps-post".
    public var drawStyle = "default"
    public var label: String?
    public var xCoordinates = Coordinates.data
    public var yCoordinates = Coordinates.data
    public init(x: [Double], y: [Double], color: RGBA) {
        self.x = x
        self.y = y
        self.color = color
    }
}

/// `scatter`: markers with per-point sizes (points squared) and colours.
public struct ScatterArtist {
    public var x: [Double]
    public var y: [Double]
    public var sizes: [Double] = [36]
    public var faces: [RGBA]
    public var edges: [RGBA]?
    public var edgeWidth = 1.0
    public var marker = Marker.circle
    public var label: String?
    public init(x: [Double], y: [Double], faces: [RGBA]) {
        self.x = x
        self.y = y
        self.faces = faces
    }
}

/// Filled shapes: bars, histogram bars, fill_between and stackplot areas, pie wedges.
public struct PolygonArtist {
    public var polygons: [[(Double, Double)]]
    /// One face colour for all polygons, or one per polygon.
    public var faces: [RGBA?]
    public var edge: RGBA?
    public var lineWidth = 1.0
    public var label: String?
    public var closed = true
    /// Bars are Rectangles: the legend's 'best' avoids their boxes; other shapes count as paths.
    public var isRectangle = false
    public init(polygons: [[(Double, Double)]], faces: [RGBA?]) {
        self.polygons = polygons
        self.faces = faces
    }
}

/// Separate line segments in one style: contour lines, error bars, hlines/vlines.
public struct SegmentsArtist {
    public var segments: [[(Double, Double)]]
    public var colors: [RGBA]
    public var width = 1.5
    public var dashes: [Double] = []
    public var label: String?
    public init(segments: [[(Double, Double)]], colors: [RGBA]) {
        self.segments = segments
        self.colors = colors
    }
}

/// `imshow`: a grid of values through a colormap, or RGB(A) pixels, over `extent`
/// (left, right, bottom, top in data units). Row 0 is drawn at the top unless `originLower`.
public struct ImageArtist {
    public var values: [Double]
    public var height: Int
    public var width: Int
    public var channels: Int
    public var colormap: Colormap
    public var vmin: Double?
    public var vmax: Double?
    public var extent: (Double, Double, Double, Double)?
    public var originLower = false
    public var alpha = 1.0
    /// Discrete levels (contourf): values are coloured by the band they fall in.
    public var levels: [Double]?
    public init(values: [Double], height: Int, width: Int, channels: Int, colormap: Colormap, vmin: Double?, vmax: Double?) {
        self.values = values
        self.height = height
        self.width = width
        self.channels = channels
        self.colormap = colormap
        self.vmin = vmin
        self.vmax = vmax
    }
    public var resolvedExtent: (Double, Double, Double, Double) {
        extent ?? (-0.5, Double(width) - 0.5, originLower ? -0.5 : Double(height) - 0.5, originLower ? Double(height) - 0.5 : -0.5)
    }
}

/// `text` and `annotate`: text at a point, with an optional arrow from the text to `arrowTo`.
public struct TextArtist {
    public var text: Text
    public var x: Double
    public var y: Double
    public var coordinates = Coordinates.data
    public var arrowTo: (Double, Double)?
    public var arrowColor = RGBA.black
    public var arrowWidth = 1.0
    public var arrowHead = true
    /// annotate's arrow without an arrowstyle: a filled arrow 4 pt wide with a 12 x 12 pt head,
    /// shortened by `arrowShrink` of its length at both ends.
    public var arrowFat = false
    public var arrowShrink = 0.0
    public var box: RGBA?
    public init(text: Text, x: Double, y: Double) {
        self.text = text
        self.x = x
        self.y = y
    }
}

public enum Artist {
    case line(LineArtist)
    case scatter(ScatterArtist)
    case polygons(PolygonArtist)
    case segments(SegmentsArtist)
    case image(ImageArtist)
    case text(TextArtist)

    func extend(_ bounds: inout Bounds) {
        switch self {
        case .line(let l):
            if l.xCoordinates == .data && l.yCoordinates == .data { for (a, b) in zip(l.x, l.y) { bounds.add(x: a, y: b) } }
        case .scatter(let s): for (a, b) in zip(s.x, s.y) { bounds.add(x: a, y: b) }
        case .polygons(let p): for polygon in p.polygons { for (a, b) in polygon { bounds.add(x: a, y: b) } }
        case .segments(let s): for segment in s.segments { for (a, b) in segment { bounds.add(x: a, y: b) } }
        case .image(let i):
            let e = i.resolvedExtent
            bounds.add(x: e.0, y: e.2)
            bounds.add(x: e.1, y: e.3)
        case .text: break
        }
    }
}
