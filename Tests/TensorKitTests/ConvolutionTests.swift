import Foundation
import XCTest
@testable import TensorKit

/// conv2d, max/avg/adaptive pooling against PyTorch (Fixtures/conv.json, written by
/// Scripts/gen-conv-fixtures.py): forward values, max-pool indices, every input's gradient,
/// grad_fn names and error messages, over several layouts of the same inputs.
final class ConvolutionTests: XCTestCase {
    static let root: [String: Any] = {
        guard let url = try? Fixture.url("conv.json"), let data = try? Data(contentsOf: url),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return [:] }
        return object
    }()

    func cases(_ key: String) -> [[String: Any]] { ConvolutionTests.root[key] as? [[String: Any]] ?? [] }

    func ints(_ v: Any?) -> [Int] {
        if let n = v as? NSNumber { return [n.intValue] }
        return (v as? [NSNumber] ?? []).map { $0.intValue }
    }

    /// Compares with PyTorch's values. TensorKit sums in a different order than PyTorch
    /// (im2col + OpenBLAS vs oneDNN / its own loops), so float32 results differ by rounding that
    /// grows with the magnitude of the sums, not of each element: a weight gradient adds
    /// batch*outH*outW products. The bound is rtol 1e-4 of the element plus atol 1e-5 of the
    /// largest expected magnitude (float64: 1e-10 and 1e-12), far below any real mistake (a
    /// wrong tap or a missing batch term changes elements by whole input values).
    func difference(_ t: Tensor, _ spec: [String: Any]) -> String? {
        let dt = Fixture.dtype(spec["dtype"] as? String ?? "")
        let shape = ints(spec["shape"])
        if t.dtype != dt { return "dtype \(t.dtype) != \(dt)" }
        if t.shape != shape { return "shape \(t.shape) != \(shape)" }
        let actual = t.doubles()
        let pairs: [(Int, Double)]
        if let data = spec["data"] as? [Any] {
            if data.count != actual.count { return "count \(actual.count) != \(data.count)" }
            pairs = data.enumerated().map { ($0.offset, Fixture.double($0.element)) }
        } else {
            let indices = ints(spec["indices"]), values = spec["values"] as? [Any] ?? []
            if indices.isEmpty && !actual.isEmpty { return "fixture has neither data nor samples" }
            pairs = zip(indices, values).map { ($0, Fixture.double($1)) }
            let sum = actual.reduce(0, +), absSum = actual.reduce(0) { $0 + Swift.abs($1) }
            let es = Fixture.double(spec["sum"] as Any), ea = Fixture.double(spec["abs_sum"] as Any)
            if Swift.abs(absSum - ea) > 1e-5 * Swift.max(ea, 1) { return "abs sum \(absSum) != \(ea)" }
            if Swift.abs(sum - es) > 1e-5 * Swift.max(ea, 1) { return "sum \(sum) != \(es)" }
        }
        if dt == .int64 {
            for (i, y) in pairs where actual[i] != y { return "element \(i): \(actual[i]) != \(y)" }
            return nil
        }
        let scale = pairs.reduce(0) { Swift.max($0, Swift.abs($1.1)) }
        let (rtol, atol) = dt == .float32 ? (1e-4, 1e-5) : (1e-10, 1e-12)
        for (i, y) in pairs where i >= actual.count || Swift.abs(actual[i] - y) > atol * scale + rtol * Swift.abs(y) {
            return "element \(i): \(i < actual.count ? actual[i] : .nan) != \(y)"
        }
        return nil
    }

    /// The fixture script's input formula, ((i*7919 + offset) % 1000 - 500) / 64 (as Fixture.formula).
    static func formula(_ shape: [Int], offset: Int, dtype: DType) throws -> Tensor {
        let values = (0..<shape.reduce(1, *)).map { Double(($0 * 7919 + offset) % 1000 - 500) / 64 }
        return try Tensor(values, shape: shape).to(dtype)
    }

    /// A leaf that requires grad, with the fixture's layout.
    func leaf(_ spec: Any?) throws -> Tensor {
        guard let s = spec as? [String: Any] else { throw TensorError(.value, "missing tensor spec") }
        return try Fixture.input(s).requiresGrad_()
    }

    /// Backpropagates the fixture's output gradient (the same formula at `offset`) and compares
    /// every leaf's gradient.
    func checkGradients(_ result: Tensor, _ leaves: [Tensor], offset: Int, _ c: [String: Any], _ label: String) throws {
        let gradient = try ConvolutionTests.formula(result.shape, offset: offset, dtype: result.dtype)
        try result.backward(gradient: gradient)
        let expected = c["grads"] as? [Any] ?? []
        XCTAssertEqual(expected.count, leaves.count, label)
        for (i, (t, e)) in zip(leaves, expected).enumerated() {
            guard let spec = e as? [String: Any] else { continue }
            guard let grad = t.grad else { XCTFail("\(label): input \(i) has no grad"); continue }
            XCTAssertNil(difference(grad, spec), "\(label): gradient of input \(i)")
        }
    }

    func testConv2dMatchesPyTorch() throws {
        let all = cases("conv2d")
        XCTAssertGreaterThan(all.count, 20)
        for c in all {
            let label = c["label"] as? String ?? ""
            let x = try leaf(c["input"]), w = try leaf(c["weight"])
            let b = c["bias"] is NSNull ? nil : try leaf(c["bias"])
            let y = try x.conv2d(weight: w, bias: b, stride: ints(c["stride"]), padding: ints(c["padding"]),
                                 dilation: ints(c["dilation"]), groups: ints(c["groups"]).first ?? 1)
            XCTAssertEqual(y.gradFn?.name, c["grad_fn"] as? String, label)
            XCTAssertNil(difference(y, c["output"] as? [String: Any] ?? [:]), "\(label): output")
            try checkGradients(y, [x, w] + (b.map { [$0] } ?? []), offset: 271, c, label)
        }
    }

    func testPoolingMatchesPyTorch() throws {
        let all = cases("pooling")
        XCTAssertGreaterThan(all.count, 25)
        for c in all {
            let label = c["label"] as? String ?? ""
            let x = try leaf(c["input"])
            let kernel = ints(c["kernel_size"]), stride = ints(c["stride"]), padding = c["padding"] == nil ? [0] : ints(c["padding"])
            let ceil = (c["ceil_mode"] as? NSNumber)?.boolValue ?? false
            let y: Tensor
            switch c["op"] as? String ?? "" {
            case "max_pool2d":
                let r = try x.maxPool2dWithIndices(kernelSize: kernel, stride: stride, padding: padding,
                                                   dilation: c["dilation"] == nil ? [1] : ints(c["dilation"]), ceilMode: ceil)
                XCTAssertNil(difference(r.indices, c["indices"] as? [String: Any] ?? [:]), "\(label): indices")
                y = r.values
            case "avg_pool2d":
                y = try x.avgPool2d(kernelSize: kernel, stride: stride, padding: padding, ceilMode: ceil,
                                    countIncludePad: (c["count_include_pad"] as? NSNumber)?.boolValue ?? true,
                                    divisorOverride: ints(c["divisor_override"]).first)
            case "adaptive_max_pool2d":
                let r = try x.adaptiveMaxPool2d(ints(c["output_size"]))
                XCTAssertNil(difference(r.indices, c["indices"] as? [String: Any] ?? [:]), "\(label): indices")
                y = r.values
            default:
                y = try x.adaptiveAvgPool2d(ints(c["output_size"]))
            }
            XCTAssertEqual(y.gradFn?.name, c["grad_fn"] as? String, label)
            XCTAssertNil(difference(y, c["output"] as? [String: Any] ?? [:]), "\(label): output")
            try checkGradients(y, [x], offset: 613, c, label)
        }
    }

    func testErrorsMatchPyTorch() throws {
        let all = cases("errors")
        XCTAssertGreaterThan(all.count, 25)
        for c in all {
            let label = c["label"] as? String ?? ""
            let args = c["args"] as? [String: Any] ?? [:]
            func tensor(_ key: String) throws -> Tensor? {
                guard let s = args[key] as? [String: Any] else { return nil }
                return try Tensor.zeros(ints(s["shape"]), dtype: Fixture.dtype(s["dtype"] as? String ?? "float32"))
            }
            func list(_ key: String, _ fallback: [Int]) -> [Int] { args[key] == nil ? fallback : ints(args[key]) }
            do {
                guard let x = try tensor("input") else { XCTFail(label); continue }
                switch c["op"] as? String ?? "" {
                case "conv2d":
                    guard let w = try tensor("weight") else { XCTFail(label); continue }
                    _ = try x.conv2d(weight: w, bias: try tensor("bias"), stride: list("stride", [1]),
                                     padding: list("padding", [0]), dilation: list("dilation", [1]),
                                     groups: list("groups", [1])[0])
                case "max_pool2d":
                    _ = try x.maxPool2d(kernelSize: list("kernel_size", []), stride: list("stride", []),
                                        padding: list("padding", [0]), dilation: list("dilation", [1]))
                case "avg_pool2d":
                    _ = try x.avgPool2d(kernelSize: list("kernel_size", []), stride: list("stride", []),
                                        padding: list("padding", [0]), divisorOverride: list("divisor_override", []).first)
                default:
                    _ = try x.adaptiveAvgPool2d(list("output_size", []))
                }
                XCTFail("\(label): no error")
            } catch let e as TensorError {
                XCTAssertEqual(e.kind.rawValue, c["kind"] as? String, label)
                XCTAssertEqual(e.message, c["message"] as? String, label)
            }
        }
    }
}

/// Properties that hold whatever PyTorch does: the two-core batch split changes nothing, the
/// derivatives agree with finite differences, and gradients flow only where asked.
final class ConvolutionPropertyTests: XCTestCase {
    func values(_ shape: [Int], _ offset: Int, dtype: DType = .float32) throws -> Tensor {
        try ConvolutionTests.formula(shape, offset: offset, dtype: dtype)
    }

    func testBatchSplitAcrossCoresMatchesImageByImage() throws {
        // Large enough for ConvolutionKernels to use both workers; odd so the halves differ in size.
        let x = try values([9, 3, 20, 20], 1).requiresGrad_(), b = try values([8], 3)
        let w = try values([8, 3, 3, 3], 2).div(.int(10)).requiresGrad_()
        let g = try ConvolutionGeometry(input: x.shape, weight: w.shape, bias: b.shape, stride: [1], padding: [1],
                                        dilation: [1], groups: 1)
        XCTAssertEqual(ConvolutionKernels.workers(g), 2)
        XCTAssertGreaterThan(ConvolutionKernels.imagesPerChunk(g), 1)
        let y = try x.conv2d(weight: w, bias: b, padding: [1])
        try y.sum().backward()
        let batchInputGrad = try XCTUnwrap(x.grad), batchWeightGrad = try XCTUnwrap(w.grad)
        var weightGrad = try Tensor.zeros(w.shape)
        func close(_ a: [Float], _ e: [Float], _ what: String) {
            XCTAssertEqual(a.count, e.count, what)
            let scale = e.reduce(1) { Swift.max($0, Swift.abs($1)) }
            for (u, v) in zip(a, e) where Swift.abs(u - v) > 1e-5 * scale {
                XCTFail("\(what): \(u) != \(v)")
                return
            }
        }
        for n in 0..<9 {
            let image = try x.detach().select(0, n).unsqueeze(0).requiresGrad_()
            let filters = try w.detach().requiresGrad_()
            let single = try image.conv2d(weight: filters, bias: b, padding: [1])
            try single.sum().backward()
            // The same im2col and GEMM terms on either core, whichever chunk the image is in.
            close(try y.select(0, n).floats(), try single.squeeze(0).floats(), "output of image \(n)")
            close(try batchInputGrad.select(0, n).floats(), try XCTUnwrap(image.grad).squeeze(0).floats(), "input grad \(n)")
            weightGrad = try weightGrad.add(try XCTUnwrap(filters.grad))
        }
        close(batchWeightGrad.floats(), weightGrad.floats(), "weight grad (both workers' sums)")
    }

    /// Central differences in float64 for every input of a strided, dilated, grouped convolution.
    func testGradientsMatchFiniteDifferences() throws {
        let x = try values([2, 4, 7, 6], 5, dtype: .float64).div(.int(8)).requiresGrad_()
        let w = try values([6, 2, 3, 2], 6, dtype: .float64).div(.int(8)).requiresGrad_()
        let b = try values([6], 7, dtype: .float64).requiresGrad_()
        func loss(_ x: Tensor, _ w: Tensor, _ b: Tensor) throws -> Tensor {
            let y = try x.conv2d(weight: w, bias: b, stride: [2, 1], padding: [1, 2], dilation: [2, 1], groups: 2)
            return try y.mul(try values(y.shape, 9, dtype: .float64)).sum()
        }
        try loss(x, w, b).backward()
        let h = 1e-6
        for (k, t) in [x, w, b].enumerated() {
            guard let grad = t.grad else { XCTFail("input \(k) has no grad"); continue }
            let analytic = grad.doubles()
            for i in Swift.stride(from: 0, to: t.count, by: Swift.max(t.count / 25, 1)) {
                var shifted = [x, w, b].map { $0.detach() }
                let base = t.detach().doubles()
                var plus = base, minus = base
                plus[i] += h
                minus[i] -= h
                shifted[k] = try Tensor(plus, shape: t.shape)
                let fPlus = try loss(shifted[0], shifted[1], shifted[2]).item().doubleValue
                shifted[k] = try Tensor(minus, shape: t.shape)
                let fMinus = try loss(shifted[0], shifted[1], shifted[2]).item().doubleValue
                let numeric = (fPlus - fMinus) / (2 * h)
                XCTAssertEqual(analytic[i], numeric, accuracy: 1e-5 * Swift.max(1, Swift.abs(numeric)), "input \(k) element \(i)")
            }
        }
    }

    func testGradientsFlowOnlyWhereRequired() throws {
        let x = try values([2, 2, 5, 5], 1)
        let w = try values([3, 2, 3, 3], 2).requiresGrad_()
        let y = try x.conv2d(weight: w, stride: [2])
        XCTAssertEqual(y.gradFn?.name, "ConvolutionBackward0")
        try y.sum().backward()
        XCTAssertNil(x.grad)
        XCTAssertEqual(w.grad?.shape, [3, 2, 3, 3])

        let context = AutogradContext()
        let v = try values([1, 2, 4, 4], 3).requiresGrad_(true, in: context)
        let pooled = try context.withGradDisabled { try v.maxPool2d(kernelSize: [2]) }
        XCTAssertNil(pooled.gradFn)
        XCTAssertNil(try values([1, 2, 4, 4], 3).conv2d(weight: try values([1, 2, 1, 1], 4)).gradFn)
    }

    func testEmptyBatchAndIntegerInputs() throws {
        let y = try Tensor.zeros([0, 3, 5, 5]).conv2d(weight: try values([2, 3, 3, 3], 1))
        XCTAssertEqual(y.shape, [0, 2, 3, 3])
        XCTAssertThrowsError(try Tensor.zeros([1, 1, 4, 4], dtype: .int64).conv2d(weight: Tensor.zeros([1, 1, 3, 3], dtype: .int64)))
        XCTAssertThrowsError(try Tensor.zeros([1, 1, 4, 4], dtype: .int64).maxPool2d(kernelSize: [2]))
    }
}
