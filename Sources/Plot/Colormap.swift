/// Colormaps mapping a value in [0, 1] to RGB, as matplotlib defines them (sampled tables,
/// linearly interpolated).
public struct Colormap: Sendable {
    public let name: String
    /// Evenly spaced control colours from 0 to 1.
    let stops: [(Double, Double, Double)]

    public init(name: String, stops: [(Double, Double, Double)]) {
        self.name = name
        self.stops = stops
    }

    /// matplotlib's "Greys": white at 0, black at 1 (fastai's default for MNIST digits).
    public static let greys = Colormap(name: "Greys", stops: [
        (1.0, 1.0, 1.0), (0.941, 0.941, 0.941), (0.851, 0.851, 0.851), (0.741, 0.741, 0.741),
        (0.588, 0.588, 0.588), (0.451, 0.451, 0.451), (0.322, 0.322, 0.322), (0.145, 0.145, 0.145),
        (0.0, 0.0, 0.0),
    ])
    /// Plain grey: black at 0, white at 1.
    public static let gray = Colormap(name: "gray", stops: [(0, 0, 0), (1, 1, 1)])
    /// matplotlib's default "viridis" (coarse table).
    public static let viridis = Colormap(name: "viridis", stops: [
        (0.267, 0.005, 0.329), (0.283, 0.141, 0.458), (0.254, 0.265, 0.530), (0.207, 0.372, 0.553),
        (0.164, 0.471, 0.558), (0.128, 0.567, 0.551), (0.135, 0.659, 0.518), (0.267, 0.749, 0.441),
        (0.478, 0.821, 0.318), (0.741, 0.873, 0.150), (0.993, 0.906, 0.144),
    ])

    public static func named(_ name: String) -> Colormap? {
        switch name {
        case "Greys": return greys
        case "Greys_r", "gray", "grey": return gray
        case "viridis": return viridis
        default: return nil
        }
    }

    /// The colour for `t` in [0, 1] (clamped).
    public func color(_ t: Double) -> (Double, Double, Double) {
        let x = t.isNaN ? 0 : Swift.min(1, Swift.max(0, t))
        let position = x * Double(stops.count - 1)
        let lower = Int(position.rounded(.down))
        let upper = Swift.min(stops.count - 1, lower + 1)
        let f = position - Double(lower)
        let a = stops[lower], b = stops[upper]
        return (a.0 + (b.0 - a.0) * f, a.1 + (b.1 - a.1) * f, a.2 + (b.2 - a.2) * f)
    }
}
