/// Contours of a grid of values by marching squares: for each level, the segments where the
/// bilinear surface crosses it. `xs` are the column coordinates, `ys` the row coordinates.
public enum Contour {
    public static func segments(values z: [Double], rows: Int, columns: Int, xs: [Double], ys: [Double], level: Double) -> [[(Double, Double)]] {
        guard rows > 1, columns > 1, z.count >= rows * columns, xs.count >= columns, ys.count >= rows else { return [] }
        var result: [[(Double, Double)]] = []
        func point(_ r0: Int, _ c0: Int, _ r1: Int, _ c1: Int) -> (Double, Double) {
            let a = z[r0 * columns + c0], b = z[r1 * columns + c1]
            let f = b == a ? 0.5 : (level - a) / (b - a)
            return (xs[c0] + (xs[c1] - xs[c0]) * f, ys[r0] + (ys[r1] - ys[r0]) * f)
        }
        for r in 0..<(rows - 1) {
            for c in 0..<(columns - 1) {
                let v0 = z[r * columns + c], v1 = z[r * columns + c + 1]
                let v2 = z[(r + 1) * columns + c + 1], v3 = z[(r + 1) * columns + c]
                guard v0.isFinite, v1.isFinite, v2.isFinite, v3.isFinite else { continue }
                var code = 0
                if v0 > level { code |= 1 }
                if v1 > level { code |= 2 }
                if v2 > level { code |= 4 }
                if v3 > level { code |= 8 }
                if code == 0 || code == 15 { continue }
                // Edges: bottom (0-1), right (1-2), top (3-2), left (0-3) in grid order.
                let e0 = { point(r, c, r, c + 1) }, e1 = { point(r, c + 1, r + 1, c + 1) }
                let e2 = { point(r + 1, c, r + 1, c + 1) }, e3 = { point(r, c, r + 1, c) }
                switch code {
                case 1, 14: result.append([e3(), e0()])
                case 2, 13: result.append([e0(), e1()])
                case 3, 12: result.append([e3(), e1()])
                case 4, 11: result.append([e1(), e2()])
                case 6, 9: result.append([e0(), e2()])
                case 7, 8: result.append([e3(), e2()])
                case 5:
                    result.append([e3(), e2()]); result.append([e0(), e1()])
                case 10:
                    result.append([e3(), e0()]); result.append([e1(), e2()])
                default: break
                }
            }
        }
        return result
    }

    /// The grid resampled bilinearly to `outRows` x `outColumns` (filled contours are drawn as an
    /// image at this finer resolution, so band edges follow the interpolated surface).
    public static func resample(values z: [Double], rows: Int, columns: Int, outRows: Int, outColumns: Int) -> [Double] {
        guard rows > 0, columns > 0, outRows > 0, outColumns > 0, z.count >= rows * columns else { return [] }
        var out = [Double](repeating: 0, count: outRows * outColumns)
        for i in 0..<outRows {
            let fy = outRows > 1 ? Double(i) / Double(outRows - 1) * Double(rows - 1) : 0
            let r0 = Swift.min(rows - 1, Int(fy)), r1 = Swift.min(rows - 1, r0 + 1), ty = fy - Double(r0)
            for j in 0..<outColumns {
                let fx = outColumns > 1 ? Double(j) / Double(outColumns - 1) * Double(columns - 1) : 0
                let c0 = Swift.min(columns - 1, Int(fx)), c1 = Swift.min(columns - 1, c0 + 1), tx = fx - Double(c0)
                let a = z[r0 * columns + c0] * (1 - tx) + z[r0 * columns + c1] * tx
                let b = z[r1 * columns + c0] * (1 - tx) + z[r1 * columns + c1] * tx
                out[i * outColumns + j] = a * (1 - ty) + b * ty
            }
        }
        return out
    }
}
