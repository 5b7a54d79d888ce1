import Foundation
import XCTest
@testable import TensorKit

/// Gradients and grad_fn names against PyTorch (Fixtures/autograd.json), and grad-mode rules.
final class AutogradTests: XCTestCase {
    func resolve(_ raw: Any, _ values: [Tensor]) throws -> Arg {
        if let d = raw as? [String: Any] {
            if let k = d["ref"] as? NSNumber { return .tensor(values[k.intValue]) }
            if let l = d["list"] as? [Any] { return .list(try l.map { try resolve($0, values) }) }
        }
        return try Arg(raw)
    }

    func testGradientsMatchPyTorch() throws {
        let cases = try Fixture.load("autograd.json")
        XCTAssertGreaterThan(cases.count, 30)
        for c in cases {
            let label = c["label"] as? String ?? ""
            var values: [Tensor] = []
            for spec in c["leaves"] as? [[String: Any]] ?? [] {
                let leaf = try Fixture.input(spec).clone()
                try leaf.requiresGrad_()
                values.append(leaf)
            }
            let leafCount = values.count
            let names = c["grad_fns"] as? [Any] ?? []
            for (k, step) in (c["steps"] as? [[String: Any]] ?? []).enumerated() {
                let op = step["op"] as? String ?? ""
                let args = try (step["args"] as? [Any] ?? []).map { try resolve($0, values) }
                var kwargs: [String: Arg] = [:]
                for (key, v) in step["kwargs"] as? [String: Any] ?? [:] { kwargs[key] = try resolve(v, values) }
                let result: Tensor
                switch try OpRunner.run(op, args, kwargs) {
                case .tensor(let t): result = t
                case .tensors(let ts): result = ts[0]
                default: XCTFail("\(label): step \(op) gave no tensor"); return
                }
                XCTAssertEqual(result.gradFn?.name, names[k] as? String, "\(label) step \(k) \(op)")
                values.append(result)
            }
            guard var final = values.last else { continue }
            XCTAssertEqual(final.repr(), c["repr"] as? String, label)
            if final.count != 1 { final = try final.sum() }
            try final.backward()
            for (i, expected) in (c["grads"] as? [Any] ?? []).enumerated() where i < leafCount {
                if let spec = expected as? [String: Any] {
                    guard let grad = values[i].grad else { XCTFail("\(label): leaf \(i) has no grad"); continue }
                    XCTAssertNil(Fixture.difference(grad, spec), "\(label): leaf \(i)")
                } else {
                    XCTAssertNil(values[i].grad, "\(label): leaf \(i) should have no grad")
                }
            }
        }
    }

    func testGradientsAccumulateAcrossBackwardCalls() throws {
        let x = try Tensor([Float(1), 2, 3]).requiresGrad_()
        try (x * x).sum().backward()
        try (x * x).sum().backward()
        XCTAssertEqual(x.grad?.doubles(), [4, 8, 12])
        try x.grad?.zero_()
        try (x * 3).sum().backward()
        XCTAssertEqual(x.grad?.doubles(), [3, 3, 3])
    }

    func testNoGradIsAScopedFlagOnAContext() throws {
        let session = AutogradContext()
        let w = try Tensor([Float(1), 2]).requiresGrad_(true, in: session)
        let y = try session.withGradDisabled { try w * 2 }
        XCTAssertNil(y.gradFn)
        XCTAssertFalse(y.requiresGrad)
        let z = try w * 2
        XCTAssertEqual(z.gradFn?.name, "MulBackward0")
        XCTAssertTrue(z.autogradContext === session)
        // The SGD step: in-place update of a leaf inside no_grad is allowed.
        try z.sum().backward()
        try session.withGradDisabled {
            let step = try XCTUnwrap(w.grad).mul(0.1)
            try w.sub_(step)
        }
        XCTAssertEqual(w.doubles().map { ($0 * 1000).rounded() / 1000 }, [0.8, 1.8])
        // ... and refused outside it, as PyTorch does.
        XCTAssertThrowsError(try w.add_(1)) { e in
            XCTAssertEqual((e as? TensorError)?.message, "a leaf Variable that requires grad is being used in an in-place operation.")
        }
        // Another session's grad mode does not affect this one.
        let other = AutogradContext()
        other.isGradEnabled = false
        XCTAssertNotNil(try (w * 3).gradFn)
    }

    func testErrorsAndLeafRules() throws {
        let x = try Tensor([Float(1), 2])
        XCTAssertThrowsError(try x.sum().backward()) { e in
            XCTAssertEqual((e as? TensorError)?.message, "element 0 of tensors does not require grad and does not have a grad_fn")
        }
        let w = try Tensor([Float(1), 2]).requiresGrad_()
        XCTAssertThrowsError(try (w * 2).backward()) { e in
            XCTAssertEqual((e as? TensorError)?.message, "grad can be implicitly created only for scalar outputs")
        }
        XCTAssertThrowsError(try Tensor([Int](arrayLiteral: 1)).requiresGrad_()) { e in
            XCTAssertEqual((e as? TensorError)?.message, "only Tensors of floating point dtype can require gradients")
        }
        let y = try w * 2
        try y.backward(gradient: try Tensor([Float(1), 10]))
        XCTAssertEqual(w.grad?.doubles(), [2, 20])
        // Non-float results of differentiable inputs carry no graph.
        XCTAssertNil(try w.gt(0).gradFn)
        XCTAssertNil(try w.argmax().gradFn)
        XCTAssertFalse(w.detach().requiresGrad)
    }

    func testRetainGradAndInPlaceOnNonLeaf() throws {
        let x = try Tensor([Float(1), 2, 3]).requiresGrad_()
        let h = try x * 2
        h.retainGrad()
        try h.add_(1)
        XCTAssertEqual(h.gradFn?.name, "AddBackward0")
        let loss = try (h * h).sum()
        try loss.backward()
        XCTAssertEqual(h.grad?.doubles(), [6, 10, 14])
        XCTAssertEqual(x.grad?.doubles(), [12, 20, 28])
    }

    func testChapter17LinearLayerGradients() throws {
        // A two-layer MLP trained by hand, as in chapter 17: loss decreases under SGD.
        let g = Generator(seed: 1)
        let session = AutogradContext()
        let x = try Tensor.randn([64, 10], generator: g)
        let target = try x.sum(dims: [1], keepdim: true)
        let w1 = try Tensor.randn([10, 16], generator: g).mul(0.3).requiresGrad_(true, in: session)
        let b1 = try Tensor.zeros([16]).requiresGrad_(true, in: session)
        let w2 = try Tensor.randn([16, 1], generator: g).mul(0.3).requiresGrad_(true, in: session)
        var losses: [Double] = []
        for _ in 0..<60 {
            let hidden = try (x.matmul(w1) + b1).clampMin(0.0)
            let loss = try (hidden.matmul(w2) - target).pow(2).mean()
            losses.append(try loss.item().doubleValue)
            try loss.backward()
            try session.withGradDisabled {
                for p in [w1, b1, w2] {
                    try p.sub_(try XCTUnwrap(p.grad).mul(0.05))
                    p.grad = nil
                }
            }
        }
        XCTAssertLessThan(losses.last ?? 1e9, losses[0] * 0.2)
    }
}
