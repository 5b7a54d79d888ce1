import Foundation
import XCTest
@testable import TensorKit

/// batch_norm, pad, Tensor.unfold, F.unfold (im2col), interpolate and histc against PyTorch
/// (the "batch_norm", "windows" and "histc" sections of Fixtures/conv.json, written by
/// Scripts/gen-conv-fixtures.py): values, gradients of every input and grad_fn names over
/// contiguous, channels-last and sliced layouts.
extension ConvolutionTests {
    func testBatchNormMatchesPyTorch() throws {
        let all = cases("batch_norm")
        XCTAssertGreaterThan(all.count, 10)
        for c in all {
            let label = c["label"] as? String ?? ""
            let x = try leaf(c["input"])
            let dtype = x.dtype, channels = x.shape[1]
            let affine = (c["affine"] as? NSNumber)?.boolValue ?? true
            let running = (c["running"] as? NSNumber)?.boolValue ?? true
            let training = (c["training"] as? NSNumber)?.boolValue ?? true
            // The script's parameters: formulas at offsets 61-64, scaled as it scales them.
            func base(_ offset: Int) throws -> Tensor { try ConvolutionTests.formula([channels], offset: offset, dtype: dtype) }
            let w = affine ? try base(61).div(.int(8)).add(.int(1)).requiresGrad_() : nil
            let b = affine ? try base(62).div(.int(8)).requiresGrad_() : nil
            let rm = running ? try base(63).div(.int(16)) : nil
            let rv = running ? try base(64).abs().div(.int(8)).add(.float(0.5)) : nil
            let y = try x.batchNorm(weight: w, bias: b, runningMean: rm, runningVar: rv, training: training,
                                    momentum: Fixture.double(c["momentum"] as Any), eps: Fixture.double(c["eps"] as Any))
            XCTAssertEqual(y.gradFn?.name, c["grad_fn"] as? String, label)
            XCTAssertNil(difference(y, c["output"] as? [String: Any] ?? [:]), "\(label): output")
            if let rm = rm, let rv = rv {
                XCTAssertNil(difference(rm, c["running_mean"] as? [String: Any] ?? [:]), "\(label): running_mean")
                XCTAssertNil(difference(rv, c["running_var"] as? [String: Any] ?? [:]), "\(label): running_var")
            }
            try checkGradients(y, [x] + (affine ? [w!, b!] : []), offset: 307, c, label)
        }
    }

    func testWindowsPaddingAndInterpolationMatchPyTorch() throws {
        let all = cases("windows")
        XCTAssertGreaterThan(all.count, 20)
        for c in all {
            let label = c["label"] as? String ?? ""
            let x = try leaf(c["input"])
            func list(_ key: String, _ fallback: [Int]) -> [Int] { c[key] == nil ? fallback : ints(c[key]) }
            let y: Tensor
            switch c["op"] as? String ?? "" {
            case "pad":
                y = try x.constantPad(ints(c["pad"]), value: .float(c["value"].map { Fixture.double($0) } ?? 0))
            case "unfold_view":
                y = try x.unfold(dimension: ints(c["dimension"])[0], size: ints(c["size"])[0], step: ints(c["step"])[0])
                XCTAssertEqual(y.strides, ints(c["strides"]), "\(label): strides")
                XCTAssertTrue(y.storage === x.storage, "\(label): a view")
            case "unfold":
                y = try x.im2col(kernelSize: ints(c["kernel_size"]), dilation: list("dilation", [1]),
                                 padding: list("padding", [0]), stride: list("stride", [1]))
            default:
                let spatial = x.rank - 2
                let output = ints((c["output"] as? [String: Any])?["shape"]).suffix(spatial)
                var scales: [Double?] = Array(repeating: nil, count: spatial)
                if let factor = c["scale_factor"] {
                    let factors = (factor as? [Any])?.map { Fixture.double($0) } ?? [Fixture.double(factor)]
                    scales = factors.count == 1 ? Array(repeating: factors[0], count: spatial) : factors
                }
                let mode: Tensor.InterpolationMode = (c["mode"] as? String ?? "nearest") == "nearest" ? .nearest : .linear
                y = try x.interpolate(size: Array(output), scales: scales, mode: mode,
                                      alignCorners: (c["align_corners"] as? NSNumber)?.boolValue ?? false)
            }
            XCTAssertEqual(y.gradFn?.name, c["grad_fn"] as? String, label)
            XCTAssertNil(difference(y, c["output"] as? [String: Any] ?? [:]), "\(label): output")
            try checkGradients(y, [x], offset: 409, c, label)
        }
    }

    func testHistcMatchesPyTorch() throws {
        let all = cases("histc")
        XCTAssertGreaterThan(all.count, 3)
        for c in all {
            let label = c["label"] as? String ?? ""
            let x = try Fixture.input(c["input"] as? [String: Any] ?? [:])
            let y = try x.histc(bins: ints(c["bins"])[0], min: c["min"].map { Fixture.double($0) } ?? 0,
                                max: c["max"].map { Fixture.double($0) } ?? 0)
            XCTAssertNil(difference(y, c["output"] as? [String: Any] ?? [:]), label)
        }
    }
}
