#if canImport(Glibc)
import Glibc
#endif

/// "Nice" tick positions (steps of 1, 2, 2.5 or 5 times a power of ten), as matplotlib's
/// default locator chooses them, and their labels.
enum Ticks {
    static func positions(from low: Double, to high: Double, maxCount: Int = 8) -> [Double] {
        guard low.isFinite, high.isFinite, high > low else { return low.isFinite ? [low] : [] }
        let rawStep = (high - low) / Double(max(1, maxCount - 1))
        let magnitude = pow(10, floor(log10(rawStep)))
        let step = [1.0, 2.0, 2.5, 5.0, 10.0].map { $0 * magnitude }.first { $0 >= rawStep } ?? 10 * magnitude
        var ticks: [Double] = []
        var t = ceil(low / step - 1e-9) * step
        while t <= high + step * 1e-9 {
            ticks.append(abs(t) < step * 1e-9 ? 0 : t)
            t += step
        }
        return ticks
    }

    static func label(_ value: Double, step: Double) -> String {
        if value == value.rounded() && abs(value) < 1e15 && step >= 1 { return String(Int(value)) }
        let decimals = max(0, min(6, Int(ceil(-log10(step) + 1e-9))))
        var buffer = [CChar](repeating: 0, count: 64)
        _ = withVaList([Int32(decimals), value]) { vsnprintf(&buffer, 64, "%.*f", $0) }
        return String(cString: buffer)
    }
}
