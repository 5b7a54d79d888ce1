#if canImport(Glibc)
import Glibc
#endif

/// Tick positions and labels by matplotlib's rules (ticker.py): `MaxNLocator` with
/// steps [1, 2, 2.5, 5, 10] as the default `AutoLocator`, `ScalarFormatter` with its offset and
/// scientific multiplier, and `LogLocator` for log axes.
public enum Ticks {
    /// AutoLocator's steps [1, 2, 2.5, 5, 10], extended a decade down and one step up.
    public static let extendedSteps: [Double] = [0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5, 10, 20]
    /// MaxNLocator's default steps [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10] (contour levels use them), extended.
    public static let defaultLocatorSteps: [Double] = [0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.8, 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10, 15]

    /// How many intervals an axis of `lengthPoints` has room for: matplotlib's
    /// `get_tick_space`, labels 3 font sizes apart on x and 2 on y, clipped to 1...9.
    public static func bins(lengthPoints: Double, fontSize: Double, horizontal: Bool) -> Int {
        let space = (lengthPoints / (fontSize * (horizontal ? 3 : 2))).rounded(.down)
        return Int(Swift.min(9, Swift.max(1, space.isFinite ? space : 9)))
    }

    /// matplotlib's `nonsingular`: widen empty or tiny ranges.
    static func nonsingular(_ lo: Double, _ hi: Double) -> (Double, Double) {
        guard lo.isFinite, hi.isFinite else { return (-0.001, 0.001) }
        var (a, b) = lo <= hi ? (lo, hi) : (hi, lo)
        let maxAbs = Swift.max(abs(a), abs(b))
        if maxAbs < (1e6 / 1e-14) * Double.leastNormalMagnitude {
            (a, b) = (-0.001, 0.001)
        } else if b - a <= maxAbs * 1e-13 {
            if b == 0 && a == 0 { (a, b) = (-0.001, 0.001) } else { a -= 0.001 * abs(a); b += 0.001 * abs(b) }
        }
        return (a, b)
    }

    /// `MaxNLocator(nbins, steps=[1, 2, 2.5, 5, 10]).tick_values(lo, hi)`: may include one tick
    /// beyond each end, as matplotlib's does.
    public static func positions(from lo: Double, to hi: Double, bins: Int = 9, steps extended: [Double] = extendedSteps,
                                 minimumTicks: Int = 2) -> [Double] {
        let (vmin, vmax) = nonsingular(lo, hi)
        let nbins = Double(Swift.max(1, bins))
        let dv = vmax - vmin
        let meanv = (vmax + vmin) / 2
        let offset = abs(meanv) / dv < 100 ? 0 : copysign(pow(10, floor(log10(abs(meanv)))), meanv)
        let scale = pow(10, floor(log10(dv / nbins)))
        let v0 = vmin - offset, v1 = vmax - offset
        let steps = extended.map { $0 * scale }
        let rawStep = (v1 - v0) / nbins
        let istep = steps.firstIndex { $0 >= rawStep } ?? (steps.count - 1)
        var ticks: [Double] = []
        for step in steps[0...istep].reversed() {
            let best = floorDiv(v0, step) * step
            let low = edgeLE(v0 - best, step: step, offset: offset)
            let high = edgeGE(v1 - best, step: step, offset: offset)
            guard high >= low, high - low < 10_000 else { continue }
            ticks = (Int(low)...Int(high)).map { Double($0) * step + best }
            let visible = ticks.filter { $0 <= v1 && $0 >= v0 }.count
            if visible >= minimumTicks { break }
        }
        return ticks.map { $0 + offset }
    }

    private static func closeTo(_ ms: Double, _ edge: Double, step: Double, offset: Double) -> Bool {
        let tolerance = offset > 0 ? Swift.max(1e-10, pow(10, log10(offset / step) - 12)) : 1e-10
        return abs(ms - edge) < tolerance
    }

    /// Python's float divmod (floatobject.c), which ticker.py's arithmetic relies on: the
    /// remainder from fmod, the quotient from it, rounded to the nearest integer.
    static func divmod(_ a: Double, _ b: Double) -> (Double, Double) {
        guard b != 0, a.isFinite, b.isFinite else { return ((a / b).rounded(.down), 0) }
        var mod = fmod(a, b)
        var div = (a - mod) / b
        if mod != 0 {
            if (b < 0) != (mod < 0) { mod += b; div -= 1 }
        } else {
            mod = copysign(0, b)
        }
        var floorDiv: Double
        if div != 0 {
            floorDiv = floor(div)
            if div - floorDiv > 0.5 { floorDiv += 1 }
        } else {
            floorDiv = copysign(0, a / b)
        }
        return (floorDiv, mod)
    }

    static func floorDiv(_ a: Double, _ b: Double) -> Double { divmod(a, b).0 }

    private static func edgeLE(_ x: Double, step: Double, offset: Double) -> Double {
        let (d, m) = divmod(x, step)
        return closeTo(m / step, 1, step: step, offset: offset) ? d + 1 : d
    }

    private static func edgeGE(_ x: Double, step: Double, offset: Double) -> Double {
        let (d, m) = divmod(x, step)
        return closeTo(m / step, 0, step: step, offset: offset) ? d : d + 1
    }

    /// `LogLocator(base=10)`: decades (every n-th when there are many) from below `lo` to above `hi`.
    public static func logPositions(from lo: Double, to hi: Double, bins: Int = 9) -> [Double] {
        guard lo > 0, hi > 0 else { return [] }
        let a = log10(Swift.min(lo, hi)), b = log10(Swift.max(lo, hi))
        let first = Int(a.rounded(.down)), last = Int(b.rounded(.up))
        let decades = last - first
        let stride = Swift.max(1, (decades + bins) / (bins + 1) + (decades > bins ? 0 : 0))
        var result: [Double] = []
        var e = first - first % stride - (first < 0 && first % stride != 0 ? stride : 0)
        while e <= last + stride {
            result.append(pow(10, Double(e)))
            e += stride
        }
        return result
    }

    /// `LogLocator(subs='auto')`'s minor ticks 2..9 of each decade, when decades are few.
    public static func logMinorPositions(from lo: Double, to hi: Double) -> [Double] {
        guard lo > 0, hi > 0 else { return [] }
        let a = Int(log10(Swift.min(lo, hi)).rounded(.down)), b = Int(log10(Swift.max(lo, hi)).rounded(.up))
        guard b - a <= 8 else { return [] }
        var result: [Double] = []
        for e in a...b { for k in 2...9 { result.append(Double(k) * pow(10, Double(e))) } }
        return result
    }

    public static let minus = "\u{2212}"

    static func format(_ spec: String, _ value: Double) -> String {
        var buffer = [CChar](repeating: 0, count: 64)
        _ = withVaList([value]) { vsnprintf(&buffer, 64, spec, $0) }
        return String(cString: buffer)
    }

    static func fixMinus(_ s: String) -> String { s.replacingAll("-", with: minus) }
}

/// matplotlib's `ScalarFormatter` for one axis: given the tick locations and the view interval,
/// an offset ("+1e3"), an order of magnitude ("1e6") and a `%1.Nf` format for the labels.
public struct ScalarFormatter {
    public var offset = 0.0
    public var orderOfMagnitude = 0
    public var decimals = 0
    let locations: [Double]

    public init(locations: [Double], viewLow: Double, viewHigh: Double, useOffset: Bool = true,
                scientific: Bool = true, powerLimits: (Int, Int) = (-5, 6)) {
        self.locations = locations
        let (vmin, vmax) = viewLow <= viewHigh ? (viewLow, viewHigh) : (viewHigh, viewLow)
        let visible = locations.filter { $0 >= vmin && $0 <= vmax }
        if useOffset { offset = Self.computeOffset(visible) }
        if scientific && !visible.isEmpty {
            var oom = 0
            if offset != 0 {
                oom = Int(floor(log10(vmax - vmin)))
            } else if let val = visible.map(abs).max(), val != 0 {
                oom = Int(floor(log10(val)))
            }
            if oom <= powerLimits.0 || oom >= powerLimits.1 { orderOfMagnitude = oom }
        }
        var locs = locations.count < 2 ? locations + [vmin, vmax] : locations
        let scale = pow(10, Double(orderOfMagnitude))
        locs = locs.map { ($0 - offset) / scale }
        var range = (locs.max() ?? 0) - (locs.min() ?? 0)
        if range == 0 { range = locs.map(abs).max() ?? 0 }
        if range == 0 { range = 1 }
        if locations.count < 2 { locs = Array(locs.dropLast(2)) }
        let rangeOOM = Int(floor(log10(range)))
        var sigfigs = Swift.max(0, 3 - rangeOOM)
        let threshold = 1e-3 * pow(10, Double(rangeOOM))
        while sigfigs >= 0 {
            let p = pow(10, Double(sigfigs))
            let worst = locs.map { abs($0 - ($0 * p).rounded(.toNearestOrEven) / p) }.max() ?? 0
            if worst < threshold { sigfigs -= 1 } else { break }
        }
        decimals = sigfigs + 1
    }

    static func computeOffset(_ locs: [Double]) -> Double {
        guard let lmin = locs.min(), let lmax = locs.max(), lmin != lmax, !(lmin <= 0 && 0 <= lmax) else { return 0 }
        let absMin = Swift.min(abs(lmin), abs(lmax)), absMax = Swift.max(abs(lmin), abs(lmax))
        let sign = lmin < 0 ? -1.0 : 1.0
        let oomMax = ceil(log10(absMax))
        var oom = oomMax
        while oom > oomMax - 400 {
            let p = pow(10, oom)
            if Ticks.floorDiv(absMin, p) != Ticks.floorDiv(absMax, p) { break }
            oom -= 1
        }
        oom += 1
        if (absMax - absMin) / pow(10, oom) <= 1e-2 {
            // Straddling a multiple of a large power of ten: the smallest power at which the two
            // are more than 1 apart.
            oom = oomMax
            while oom > oomMax - 400 && !(Ticks.floorDiv(absMax, pow(10, oom)) - Ticks.floorDiv(absMin, pow(10, oom)) > 1) { oom -= 1 }
            oom += 1
        }
        let p = pow(10, oom)
        return Ticks.floorDiv(absMax, p) >= 1000 ? sign * Ticks.floorDiv(absMax, p) * p : 0
    }

    public func label(_ value: Double) -> String {
        var xp = (value - offset) / pow(10, Double(orderOfMagnitude))
        if abs(xp) < 1e-8 { xp = 0 }
        return Ticks.fixMinus(Ticks.format("%1.\(decimals)f", xp))
    }

    /// The text shown at the axis end: "1e6", "+1e3", "1e−5+2".
    public var offsetText: String {
        guard !locations.isEmpty, orderOfMagnitude != 0 || offset != 0 else { return "" }
        var s = orderOfMagnitude != 0 ? "1e\(orderOfMagnitude)" : ""
        if offset != 0 { s += (offset > 0 ? "+" : "") + Self.formatData(offset) }
        return Ticks.fixMinus(s)
    }

    static func formatData(_ value: Double) -> String {
        let e = Int(floor(log10(abs(value))))
        let s = (value / pow(10, Double(e)) * 1e10).rounded() / 1e10
        let significand = s.truncatingRemainder(dividingBy: 1) == 0 ? String(Int(s)) : Ticks.format("%1.10g", s)
        return e == 0 ? significand : "\(significand)e\(e)"
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
