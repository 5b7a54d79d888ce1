/// Colormaps mapping a value in [0, 1] to a colour through matplotlib's lookup tables
/// (`ColormapTables.swift`, generated from matplotlib): the value picks entry `floor(t * N)`,
/// as matplotlib's `Colormap.__call__` does. A `_r` suffix reverses a map.
public struct Colormap: Sendable {
    public let name: String
    /// Lookup table as RGB triples in [0, 1].
    let table: [RGBA]

    public init(name: String, table: [RGBA]) {
        self.name = name
        self.table = table.isEmpty ? [RGBA.black] : table
    }

    public static let viridis = named("viridis") ?? Colormap(name: "viridis", table: [.black, .white])
    public static let greys = named("Greys") ?? Colormap(name: "Greys", table: [.white, .black])
    public static let gray = named("gray") ?? Colormap(name: "gray", table: [.black, .white])

    public static func named(_ name: String) -> Colormap? {
        let reversed = name.hasSuffix("_r")
        let base = reversed ? String(name.dropLast(2)) : name
        let key = base == "grey" ? "gray" : base == "Grays" ? "Greys" : base
        guard let hex = tables[key] else { return nil }
        var entries: [RGBA] = []
        var bytes: [Double] = []
        var pending: UInt8 = 0, high = true
        for c in hex.utf8 {
            let v: UInt8 = c >= 97 ? c - 87 : c - 48
            if high { pending = v << 4 } else { bytes.append(Double(pending | v) / 255) }
            high.toggle()
            if bytes.count == 3 {
                entries.append(RGBA(bytes[0], bytes[1], bytes[2]))
                bytes.removeAll(keepingCapacity: true)
            }
        }
        return Colormap(name: name, table: reversed ? entries.reversed() : entries)
    }

    public var size: Int { table.count }

    public static var names: [String] { tables.keys.sorted() }

    /// The colour for `t` in [0, 1] (clamped; NaN is transparent as matplotlib's "bad" colour).
    public func color(_ t: Double) -> RGBA {
        if t.isNaN { return .none }
        let n = table.count
        let index = Swift.min(n - 1, Swift.max(0, Int((Swift.min(1, Swift.max(0, t)) * Double(n)).rounded(.down))))
        return table[index]
    }
}

/// Colour specifications as matplotlib's `to_rgba` reads them.
public enum ColorSpec {
    /// matplotlib's default property cycle (tab10).
    public static var cycle: [RGBA] { NamedColors.cycle }

    /// 'red', 'tab:orange', 'C3', '#1f77b4', '#abc', '#rrggbbaa', 'r', '0.5' (grey); nil when
    /// the string is not a colour.
    public static func parse(_ spec: String) -> RGBA? {
        let s = spec.lowercased()
        if s == "none" { return RGBA.none }
        if let c = NamedColors.table[spec] ?? NamedColors.table[s] { return c }
        if s.hasPrefix("xkcd:") { return nil }
        if s.count == 2, s.hasPrefix("c"), let n = Int(s.dropFirst()) { return cycle[n % cycle.count] }
        if s.hasPrefix("#") { return hex(String(s.dropFirst())) }
        if let grey = Double(s), grey >= 0, grey <= 1 { return RGBA(grey, grey, grey) }
        return nil
    }

    static func hex(_ digits: String) -> RGBA? {
        let values = digits.utf8.map { c -> Int in
            switch c {
            case 48...57: return Int(c) - 48
            case 97...102: return Int(c) - 87
            default: return -1
            }
        }
        guard !values.contains(-1) else { return nil }
        switch values.count {
        case 3, 4:
            let v = values.map { Double($0 * 17) / 255 }
            return RGBA(v[0], v[1], v[2], values.count == 4 ? v[3] : 1)
        case 6, 8:
            let v = stride(from: 0, to: values.count, by: 2).map { Double(values[$0] * 16 + values[$0 + 1]) / 255 }
            return RGBA(v[0], v[1], v[2], values.count == 8 ? v[3] : 1)
        default:
            return nil
        }
    }
}
