import XCTest
#if canImport(Glibc)
import Glibc
#endif
@testable import TensorKit

/// The hand-vectorised kernels (float32 exp/sigmoid, argmax/argmin) against straightforward
/// references, over the layouts and values that take their special paths: SIMD bodies and
/// scalar tails, strided inputs, NaN, infinities, overflow and subnormal results, ties.
final class FastKernelTests: XCTestCase {
    /// Distance in units in the last place between two finite floats of the same sign.
    private func ulps(_ a: Float, _ b: Float) -> Int {
        if a == b { return 0 }
        return abs(Int(Int32(bitPattern: a.bitPattern)) - Int(Int32(bitPattern: b.bitPattern)))
    }

    /// exp rounded from the double-precision result (what a correctly rounded expf gives).
    private func referenceExp(_ x: Float) -> Float { Float(Glibc.exp(Double(x))) }

    func testExpIsWithinTwoUlpsOverTheWholeRange() throws {
        // A dense sweep of [-104, 89], small arguments, and the polynomial's edges (-87, 88).
        var xs: [Float] = Array(stride(from: Float(-104), to: 89, by: 0.00731))
        xs += Array(stride(from: Float(-0.01), to: 0.01, by: 0.0000173))
        let edges: [Float] = [-87.0, Float(-87.0).nextUp, -86.99999, Float(88.0).nextDown, 88.0, 88.7, 88.72283, 88.72284, -103.97, -103.98]
        xs += edges
        let out = try Tensor(xs).exp().floats()
        var worst = 0
        for (x, y) in zip(xs, out) {
            let r = referenceExp(x)
            if r.isInfinite || r == 0 {
                XCTAssertEqual(y, r, "exp(\(x))")
                continue
            }
            let u = ulps(y, r)
            worst = max(worst, u)
            XCTAssertLessThanOrEqual(u, 2, "exp(\(x)) = \(y), expected \(r)")
        }
        XCTAssertLessThanOrEqual(worst, 2)
    }

    func testExpEdgeValuesMatchPyTorch() throws {
        // torch.exp: nan -> nan, inf -> inf, -inf -> 0, overflow -> inf, underflow -> 0,
        // subnormal results correctly rounded; the same in the SIMD body and in the tail.
        var edges: [Float] = [.nan, .infinity, -.infinity, 88.8, 89, 100, -104]
        edges += [-110, -1000, -88, -95, -100, -103, 0, -0.0]
        for padding in [0, 16, 21] {
            let xs = [Float](repeating: 1, count: padding) + edges
            let out = try Tensor(xs).exp().floats()
            for (k, x) in edges.enumerated() {
                let y = out[padding + k]
                if x.isNaN {
                    XCTAssertTrue(y.isNaN)
                } else {
                    XCTAssertEqual(y, Glibc.expf(x), "exp(\(x)) at \(padding + k)")
                }
            }
        }
        XCTAssertEqual(try Tensor([Float](repeating: 88.8, count: 40)).exp().floats(), [Float](repeating: .infinity, count: 40))
        XCTAssertEqual(try Tensor([Float](repeating: -104, count: 40)).exp().floats(), [Float](repeating: 0, count: 40))
        let denormal = try Tensor([Float](repeating: -100, count: 40)).exp().floats()
        XCTAssertTrue(denormal.allSatisfy { $0 == Glibc.expf(-100) && $0.isSubnormal })
    }

    func testExpOnStridedAndOddSizedInputs() throws {
        let values: [Float] = (0..<(37 * 19)).map { (k: Int) -> Float in Float(k % 53) * 0.37 - 9.5 }
        let base = try Tensor(values, shape: [37, 19])
        let contiguous = try base.exp().floats()
        let transposed = try base.t().exp()
        XCTAssertEqual(transposed.shape, [19, 37])
        let back = try transposed.t().floats()
        for (a, b) in zip(contiguous, back) { XCTAssertLessThanOrEqual(ulps(a, b), 2) }
        // A float64 tensor still goes through libm.
        let d = try Tensor([0.5, -1.25, 700.0]).exp().doubles()
        XCTAssertEqual(d, [Glibc.exp(0.5), Glibc.exp(-1.25), Glibc.exp(700.0)])
    }

    func testSigmoidEdges() throws {
        var xs: [Float] = [.nan, .infinity, -.infinity, 100, -100]
        xs += [-88, 87.5, 0, 3, -3]
        for padding in [0, 16, 23] {
            let all = [Float](repeating: 0.25, count: padding) + xs
            let out = Array(try Tensor(all).sigmoid().floats().suffix(xs.count))
            XCTAssertTrue(out[0].isNaN)
            XCTAssertEqual(out[1], 1)
            XCTAssertEqual(out[2], 0)
            XCTAssertEqual(out[3], 1)
            XCTAssertEqual(out[4], 1 / (1 + Glibc.expf(100)))
            XCTAssertEqual(out[5], 1 / (1 + Glibc.expf(88)))
            XCTAssertEqual(out[7], 0.5)
            for k in 6..<xs.count {
                let r = Float(1 / (1 + Glibc.exp(-Double(xs[k]))))
                XCTAssertLessThanOrEqual(ulps(out[k], r), 2, "sigmoid(\(xs[k]))")
            }
        }
    }

    /// First index of the max (or min) of `row`, NaN winning, as PyTorch defines it.
    private func referenceArg(_ row: [Float], isMax: Bool) -> Int {
        var best = 0
        for i in 1..<row.count {
            if row[best].isNaN { break }
            if row[i].isNaN || (isMax ? row[i] > row[best] : row[i] < row[best]) { best = i }
        }
        return best
    }

    func testArgmaxRowsTiesNaNAndLayouts() throws {
        for length in [1, 5, 31, 32, 33, 100, 257] {
            let rows = 7
            var values: [Float] = []
            for r in 0..<rows {
                for i in 0..<length { values.append(Float((i * 7 + r * 3) % 11)) }  // many ties
            }
            if length > 3 {
                values[2 * length + length / 2] = .nan             // a NaN in row 2
                values[3 * length + 1] = .nan                      // two NaNs in row 3
                values[3 * length + length - 1] = .nan
                values[4 * length + length - 1] = 50               // the max in the tail
                values[5 * length] = -.infinity
            }
            let t = try Tensor(values, shape: [rows, length])
            for isMax in [true, false] {
                let got = isMax ? try t.argmax(dim: 1).ints() : try t.argmin(dim: 1).ints()
                let (vals, idx) = isMax ? try t.max(dim: 1) : try t.min(dim: 1)
                for r in 0..<rows {
                    let row = Array(values[(r * length)..<((r + 1) * length)])
                    let expected = referenceArg(row, isMax: isMax)
                    XCTAssertEqual(got[r], expected, "length \(length) row \(r) max \(isMax)")
                    XCTAssertEqual(idx.ints()[r], expected)
                    let v = vals.floats()[r]
                    XCTAssertTrue(v == row[expected] || (v.isNaN && row[expected].isNaN))
                }
                // Along dim 0 (the column path) and on a transposed (non-contiguous) view.
                let cols = isMax ? try t.argmax(dim: 0).ints() : try t.argmin(dim: 0).ints()
                let colsT = isMax ? try t.t().argmax(dim: 1).ints() : try t.t().argmin(dim: 1).ints()
                for c in 0..<length {
                    let column = (0..<rows).map { values[$0 * length + c] }
                    XCTAssertEqual(cols[c], referenceArg(column, isMax: isMax), "column \(c)")
                    XCTAssertEqual(colsT[c], cols[c])
                }
            }
        }
    }

    func testArgmaxOtherDTypesKeepdimAndLargeInputs() throws {
        let ints = try Tensor([3, 9, 9, -2, 9, 0, -7, -7, 1, 4, 4, 4], shape: [3, 4])
        XCTAssertEqual(try ints.argmax(dim: 1).ints(), [1, 0, 1])
        XCTAssertEqual(try ints.argmin(dim: 1).ints(), [3, 2, 0])
        XCTAssertEqual(try ints.argmax(dim: 1, keepdim: true).shape, [3, 1])
        XCTAssertEqual(try ints.argmax().ints(), [1])
        let doubles = try Tensor([1.0, .nan, 2.0, 2.0], shape: [2, 2])
        XCTAssertEqual(try doubles.argmax(dim: 1).ints(), [1, 0])
        XCTAssertEqual(try doubles.argmax(dim: 0).ints(), [1, 0])
        // Large enough to be split across threads: the max of each row sits at a known column.
        let n = 600
        var big = [Float](repeating: 0, count: n * n)
        for r in 0..<n {
            for c in 0..<n { big[r * n + c] = Float((r * 31 + c * 17) % 97) }
            big[r * n + (r * 13) % n] = 1000
            big[r * n + (r * 13 + 5) % n] = 1000  // a later tie
        }
        let t = try Tensor(big, shape: [n, n])
        let rowArg = try t.argmax(dim: 1).ints()
        for r in 0..<n {
            let a = (r * 13) % n, b = (r * 13 + 5) % n
            XCTAssertEqual(rowArg[r], min(a, b))
        }
        let colArg = try t.argmax(dim: 0).ints()
        let colRef = (0..<n).map { c in referenceArg((0..<n).map { big[$0 * n + c] }, isMax: true) }
        XCTAssertEqual(colArg, colRef)
        XCTAssertThrowsError(try Tensor.zeros([3, 0]).argmax(dim: 1))
        XCTAssertEqual(try Tensor.zeros([0, 3]).argmax(dim: 1).shape, [0])
    }

    func testLargeStoragesAreMappedZeroedAndReused() throws {
        // Sizes around the 1 MB mapping threshold and the 2 MB huge-page alignment, odd sizes
        // included; a block coming back from the cache must be zeroed again for `zeros`.
        for count in [262_143, 262_144, 262_145, 524_289, 3_000_001] {
            do {
                let t = try Tensor.zeros([count])
                XCTAssertEqual(try t.sum().item().doubleValue, 0)
                try t.fill_(.float(2))
                XCTAssertEqual(try t.element(at: count - 1), .float(2))
            }
            let again = try Tensor.zeros([count])
            XCTAssertEqual(try again.abs().max().item().doubleValue, 0)
            let added = try again + 1
            XCTAssertEqual(try added.sum().item().doubleValue, Double(count))
        }
        XCTAssertThrowsError(try Tensor.zeros([Int.max / 8]))
    }

    func testStackOfContiguousTensorsAlongEveryDim() throws {
        // Inputs built so that every element is distinct: out[...] must equal inputs[k][...].
        let inputs = try (0..<5).map { k in try Tensor.arange(.int(k * 100), .int(k * 100 + 24)).reshape([2, 3, 4]) }
        for dim in 0...3 {
            let out = try Tensor.stack(inputs, dim: dim)
            var expectedShape = [2, 3, 4]
            expectedShape.insert(5, at: dim)
            XCTAssertEqual(out.shape, expectedShape)
            let general = try Tensor.cat(inputs.map { try $0.unsqueeze(dim) }, dim: dim)
            XCTAssertEqual(out.ints(), general.ints(), "dim \(dim)")
        }
        // Non-contiguous or mixed-dtype inputs take the general path and give the same values.
        let transposed = try inputs.map { try $0.transpose(1, 2) }
        let expected = try Tensor.stack(try transposed.map { try $0.contiguous() }, dim: 1)
        XCTAssertEqual(try Tensor.stack(transposed, dim: 1).ints(), expected.ints())
        let mixed = try Tensor.stack([try Tensor([1, 2]), try Tensor([Float(0.5), 1.5])])
        XCTAssertEqual(mixed.dtype, .float32)
        XCTAssertEqual(mixed.floats(), [1, 2, 0.5, 1.5])
        let images = try (0..<300).map { k in try (Tensor.arange(.int(k), .int(k + 784)).remainder(256)).to(.uint8).reshape([28, 28]) }
        let stacked = try Tensor.stack(images)
        XCTAssertEqual(stacked.shape, [300, 28, 28])
        XCTAssertEqual(try stacked.index([.int(299), .int(27), .int(27)]).item(), .int((299 + 783) % 256))
    }

    func testIntegerToFloatCasts() throws {
        let bytes = try Tensor.arange(.int(0), .int(256)).to(.uint8)
        XCTAssertEqual(try bytes.to(.float32).floats(), (0..<256).map { Float($0) })
        XCTAssertEqual(try bytes.to(.float64).doubles(), (0..<256).map { Double($0) })
        let ints = try Tensor([Int(Int32.min), -1, 0, 16_777_217, Int(Int32.max)]).to(.int32)
        XCTAssertEqual(try ints.to(.float32).floats(), [Float(Int32.min), -1, 0, 16_777_216, Float(Int32.max)])
        XCTAssertEqual(try ints.to(.float64).doubles(), [Double(Int32.min), -1, 0, 16_777_217, Double(Int32.max)])
    }

    func testZeroDimFloatArithmetic() throws {
        let a = try Tensor(scalar: .float(1.5), dtype: .float32)
        let b = try Tensor(scalar: .float(-0.25), dtype: .float32)
        XCTAssertEqual(try (a + b).item(), .float(1.25))
        XCTAssertEqual(try (a - b).item(), .float(1.75))
        XCTAssertEqual(try (a * b).item(), .float(-0.375))
        XCTAssertEqual(try (a / b).item(), .float(-6))
        let zero = try Tensor(scalar: .float(0), dtype: .float32)
        XCTAssertEqual(try (a / zero).item(), .float(.infinity))
        XCTAssertTrue(try (zero / zero).item().doubleValue.isNaN)
        // A float32 0-d tensor with a Python number, or with float64, promotes as before.
        XCTAssertEqual(try (a * 0.1).dtype, .float32)
        XCTAssertEqual(try (a + Tensor(scalar: .float(0.1), dtype: .float64)).dtype, .float64)
        // In place, through a 0-d view into a matrix (`c[i, j] += a * b`).
        let c = try Tensor.zeros([2, 2])
        let view = try c.index([.int(1), .int(0)])
        try view.add_(try a * b)
        try view.mul_(b)
        XCTAssertEqual(c.floats(), [0, 0, 0.09375, 0])
        // With autograd the recording path runs.
        let g = try Tensor(scalar: .float(2), dtype: .float32)
        g.requiresGrad = true
        let y = try g * a
        XCTAssertNotNil(y.gradFn)
        try y.backward()
        XCTAssertEqual(try g.grad?.item(), .float(1.5))
    }

    func testColumnSumsOfNarrowAndStridedMatrices() throws {
        for cols in [1, 3, 10, 15, 16, 17, 33, 50] {
            for rows in [1, 2, 63, 64, 65, 784] {
                let values = (0..<(rows * cols)).map { Float(($0 * 37) % 101) - 50 }
                let t = try Tensor(values, shape: [rows, cols])
                let expected = (0..<cols).map { c in (0..<rows).reduce(Float(0)) { $0 + values[$1 * cols + c] } }
                XCTAssertEqual(try t.sum(0).floats(), expected, "\(rows)x\(cols)")
                // A column slice: rows are further apart than the columns kept.
                if cols > 2 {
                    let sliced = try t.index([.all, .slice(start: 1, stop: cols - 1, step: nil)])
                    XCTAssertEqual(try sliced.sum(0).floats(), Array(expected[1..<(cols - 1)]), "sliced \(rows)x\(cols)")
                }
            }
        }
        // An expanded input (stride 0 along the reduced dim).
        let row = try Tensor([Float(1), 2, 3])
        XCTAssertEqual(try row.expand([500, 3]).sum(0).floats(), [500, 1000, 1500])
        XCTAssertEqual(try row.unsqueeze(1).expand([3, 40]).sum(0).floats(), [Float](repeating: 6, count: 40))
    }

    func testBroadcastWithShortInnerRuns() throws {
        // [n, 1] * [n, k] with k below the SIMD width: iterated along n; the values must be
        // those of the plain definition, for contiguous, transposed and in-place forms.
        for k in [1, 2, 10, 15] {
            let n = 784
            let column = try Tensor((0..<n).map { Float($0 % 13) - 6 }, shape: [n, 1])
            let matrix = try Tensor((0..<(n * k)).map { Float($0 % 7) * 0.5 }, shape: [n, k])
            let product = try column * matrix
            XCTAssertEqual(product.shape, [n, k])
            XCTAssertTrue(product.isContiguous)
            let c = column.floats(), m = matrix.floats()
            XCTAssertEqual(product.floats(), (0..<(n * k)).map { c[$0 / k] * m[$0] }, "k \(k)")
            let transposed = try matrix.t() + column.t()
            XCTAssertEqual(transposed.shape, [k, n])
            XCTAssertEqual(try transposed.t().floats(), (0..<(n * k)).map { m[$0] + c[$0 / k] })
            let target = try matrix.clone()
            try target.add_(column)
            XCTAssertEqual(target.floats(), (0..<(n * k)).map { m[$0] + c[$0 / k] })
        }
    }

    func testIntAndFullSliceSubscriptsAreViews() throws {
        let base = try Tensor.arange(.int(60)).reshape([3, 4, 5])
        for t in [base, try base.permute([2, 0, 1]), try base.index([.all, .slice(start: 1, stop: 3, step: nil)])] {
            let s = t.shape
            let cases: [[TensorIndex]] = [[.int(1)], [.int(-1), .all], [.all, .int(1)], [.int(0), .all, .int(-1)],
                                          [.all, .all, .int(1)], [.all], [.int(1), .int(0)]]
            for indices in cases {
                let view = try t.index(indices)
                XCTAssertTrue(view.sharesStorage(with: t))
                // The same elements as selecting one dim at a time.
                var expected = t
                var dim = 0
                for index in indices {
                    if case .int(let i) = index {
                        expected = try expected.select(dim, i < 0 ? i + expected.shape[dim] : i)
                    } else {
                        dim += 1
                    }
                }
                XCTAssertEqual(view.shape, expected.shape, "\(s) \(indices)")
                XCTAssertEqual(view.ints(), expected.ints(), "\(s) \(indices)")
            }
            XCTAssertThrowsError(try t.index([.all, .int(s[1])]))
            XCTAssertThrowsError(try t.index([.int(-s[0] - 1)]))
        }
        // Writing through the view writes the base.
        try base.index([.int(2), .all]).fill_(.int(-7))
        XCTAssertEqual(try base.index([.int(2), .int(3), .int(4)]).item(), .int(-7))
        let g = try Tensor.ones([2, 3])
        g.requiresGrad = true
        XCTAssertNotNil(try g.index([.int(1), .all]).gradFn)
    }
}
