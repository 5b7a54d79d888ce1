import Foundation
import XCTest
@testable import TensorKit

/// Every case of Fixtures/ops.json (made by Scripts/gen-tensorkit-fixtures.py from PyTorch):
/// values, dtypes, shapes, strides, storage sharing, and errors with PyTorch's wording.
final class ReferenceOpsTests: XCTestCase {
    func testAllReferenceCases() throws {
        let cases = try Fixture.load("ops.json")
        XCTAssertGreaterThan(cases.count, 2000)
        var failures: [String] = []
        var checked = 0
        for c in cases {
            let op = c["op"] as? String ?? ""
            let label = c["label"] as? String ?? op
            guard let expect = c["expect"] as? [String: Any] else { continue }
            checked += 1
            do {
                let args = try (c["args"] as? [Any] ?? []).map { try Arg($0) }
                var kwargs: [String: Arg] = [:]
                for (k, v) in c["kwargs"] as? [String: Any] ?? [:] { kwargs[k] = try Arg(v) }
                let inputs = args.compactMap { a -> Tensor? in if case .tensor(let t) = a { return t }; return nil }
                let outcome: Outcome
                do {
                    outcome = try OpRunner.run(op, args, kwargs)
                } catch let error as TensorError {
                    if let kind = expect["error"] as? String {
                        let message = expect["message"] as? String ?? ""
                        if error.kind.rawValue != kind || error.message != message {
                            failures.append("\(label): error \(error) != \(kind): \(message)")
                        }
                    } else {
                        failures.append("\(label): unexpected error \(error)")
                    }
                    continue
                }
                if let kind = expect["error"] as? String {
                    failures.append("\(label): expected \(kind): \(expect["message"] ?? "") but succeeded")
                    continue
                }
                if let problem = compare(outcome, expect, inputs: inputs) {
                    failures.append("\(label): \(problem)")
                }
            } catch {
                failures.append("\(label): harness error \(error)")
            }
        }
        XCTAssertEqual(checked, cases.count)
        for f in failures.prefix(200) { XCTFail(f) }
        if failures.count > 200 { XCTFail("... and \(failures.count - 200) more failures") }
    }

    func compare(_ outcome: Outcome, _ expect: [String: Any], inputs: [Tensor]) -> String? {
        switch outcome {
        case .tensor(let t):
            return compareTensor(t, expect, inputs: inputs)
        case .tensors(let ts):
            guard let list = expect["tensors"] as? [[String: Any]] else { return "expected \(expect.keys), got tensors" }
            if list.count != ts.count { return "got \(ts.count) tensors, expected \(list.count)" }
            for (i, (t, e)) in zip(ts, list).enumerated() {
                if let p = compareTensor(t, e, inputs: inputs) { return "tensor \(i): \(p)" }
            }
            return nil
        case .scalar(let s):
            if let b = expect["bool"] as? NSNumber, case .bool(let v) = s { return b.boolValue == v ? nil : "\(v) != \(b)" }
            if let i = expect["int"] as? NSNumber, case .int(let v) = s { return i.intValue == v ? nil : "\(v) != \(i)" }
            if let f = expect["float"], case .float(let v) = s {
                let e = Fixture.double(f)
                return (v == e || (v.isNaN && e.isNaN) || Swift.abs(v - e) <= 1e-6 * Swift.abs(e)) ? nil : "\(v) != \(e)"
            }
            return "scalar \(s) vs \(expect)"
        case .string(let s):
            return s == expect["str"] as? String ? nil : "\(s) != \(expect["str"] ?? "")"
        case .list(let l):
            guard let e = expect["list"] else { return "expected \(expect.keys)" }
            let expected = String(describing: e)
            let flatActual = l.description.filter { !" \n".contains($0) }
            let flatExpected = expected.filter { !" \n()".contains($0) }
            return flatActual == flatExpected ? nil : "\(l) != \(expected)"
        }
    }

    func compareTensor(_ t: Tensor, _ expect: [String: Any], inputs: [Tensor]) -> String? {
        if let sample = expect["sample"] as? [String: Any] {
            if let d = Fixture.sampleDifference(t, sample) { return d }
            let strides = (expect["strides"] as? [NSNumber])?.map { $0.intValue } ?? []
            for d in 0..<t.rank where t.shape[d] > 1 && strides.count == t.rank && t.strides[d] != strides[d] {
                return "strides \(t.strides) != \(strides)"
            }
            return nil
        }
        guard let spec = expect["tensor"] as? [String: Any] else { return "expected \(expect.keys), got a tensor" }
        let strides = (expect["strides"] as? [NSNumber])?.map { $0.intValue }
        if let d = Fixture.difference(t, spec, strides: strides) { return d }
        if let shares = (expect["shares"] as? NSNumber)?.boolValue {
            let actual = t.count > 0 && inputs.contains { $0.count > 0 && t.sharesStorage(with: $0) }
            if actual != shares { return "shares storage: \(actual), PyTorch: \(shares)" }
        }
        return nil
    }
}
