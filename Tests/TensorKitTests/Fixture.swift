import Foundation
import XCTest
@testable import TensorKit

/// Loading the reference fixtures written by Scripts/gen-tensorkit-fixtures.py and turning their
/// encoded tensors back into TensorKit tensors.
enum Fixture {
    static func url(_ name: String) throws -> URL {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures") else {
            throw TensorError(.io, "missing fixture \(name)")
        }
        return url
    }

    static func load(_ name: String) throws -> [[String: Any]] {
        let data = try Data(contentsOf: try url(name))
        guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any],
              let cases = root["cases"] as? [[String: Any]] else {
            throw TensorError(.io, "bad fixture \(name)")
        }
        return cases
    }

    static func double(_ v: Any) -> Double {
        if let s = v as? String {
            switch s {
            case "nan": return .nan
            case "inf": return .infinity
            case "-inf": return -.infinity
            case "-0.0": return -0.0
            default: return Double(s) ?? .nan
            }
        }
        if let n = v as? NSNumber { return n.doubleValue }
        return .nan
    }

    static func dtype(_ name: String) -> DType {
        DType(name: name) ?? .float32
    }

    /// A contiguous tensor from {"dtype", "shape", "data"}.
    static func tensor(_ spec: [String: Any]) throws -> Tensor {
        let dt = dtype(spec["dtype"] as? String ?? "float32")
        let shape = (spec["shape"] as? [NSNumber] ?? []).map { $0.intValue }
        let data = spec["data"] as? [Any] ?? []
        let t = try Tensor.zeros(shape, dtype: dt)
        for (i, v) in data.enumerated() {
            let value: Scalar
            switch dt {
            case .bool: value = .bool((v as? NSNumber)?.boolValue ?? false)
            case .float32, .float64: value = .float(double(v))
            default: value = .int((v as? NSNumber)?.intValue ?? 0)
            }
            try t.setElement(at: i, to: value)
        }
        return t
    }

    /// An input: a tensor or {"base": tensor, "view": [[op, args...]]} replayed as views.
    static func input(_ spec: [String: Any]) throws -> Tensor {
        var t: Tensor
        if let f = spec["formula"] as? [String: Any] {
            t = try formula(f)
        } else if let baseSpec = spec["base"] as? [String: Any] {
            t = try tensor(baseSpec)
        } else {
            return try tensor(spec)
        }
        for step in spec["view"] as? [[Any]] ?? [] {
            let op = step[0] as? String ?? ""
            let ints = step.dropFirst().map { ($0 as? NSNumber)?.intValue }
            switch op {
            case "t": t = try t.t()
            case "transpose": t = try t.transpose(ints[0] ?? 0, ints[1] ?? 0)
            case "permute": t = try t.permute((step[1] as? [NSNumber] ?? []).map { $0.intValue })
            case "slice": t = try t.slice(ints[0] ?? 0, start: ints[1], stop: ints[2], step: ints[3])
            case "select": t = try t.select(ints[0] ?? 0, ints[1] ?? 0)
            case "expand": t = try t.expand((step[1] as? [NSNumber] ?? []).map { $0.intValue })
            case "unsqueeze": t = try t.unsqueeze(ints[0] ?? 0)
            case "view": t = try t.view((step[1] as? [NSNumber] ?? []).map { $0.intValue })
            default: throw TensorError(.value, "unknown view step \(op)")
            }
        }
        return t
    }

    /// The script's deterministic large inputs: ((i*7919+offset) % 1000 - 500) / 64, or the
    /// positive variant, converted to the dtype.
    static func formula(_ f: [String: Any]) throws -> Tensor {
        let shape = (f["shape"] as? [NSNumber] ?? []).map { $0.intValue }
        let dt = dtype(f["dtype"] as? String ?? "float32")
        let offset = (f["offset"] as? NSNumber)?.intValue ?? 0
        let positive = (f["positive"] as? NSNumber)?.boolValue ?? false
        let n = shape.reduce(1, *)
        var values = [Double](repeating: 0, count: n)
        for i in 0..<n {
            let r = Double((i * 7919 + offset) % 1000 - (positive ? 0 : 500)) / 64.0
            values[i] = positive ? r + 0.5 : r
        }
        return try Tensor(values, shape: shape).to(dt)
    }

    /// Compares a large result with its sampled summary (chosen elements, sum and |sum|).
    static func sampleDifference(_ t: Tensor, _ spec: [String: Any]) -> String? {
        let dt = dtype(spec["dtype"] as? String ?? "")
        let shape = (spec["shape"] as? [NSNumber] ?? []).map { $0.intValue }
        if t.dtype != dt { return "dtype \(t.dtype) != \(dt)" }
        if t.shape != shape { return "shape \(t.shape) != \(shape)" }
        let values = t.doubles()
        let indices = (spec["indices"] as? [NSNumber] ?? []).map { $0.intValue }
        let expected = spec["values"] as? [Any] ?? []
        for (k, e) in zip(indices, expected) {
            let x = values[k]
            let y: Double = dt == .bool ? (((e as? NSNumber)?.boolValue ?? false) ? 1 : 0) : double(e)
            if x.isNaN && y.isNaN { continue }
            if Swift.abs(x - y) > 1e-6 + 3e-6 * Swift.abs(y) { return "element \(k): \(x) != \(y)" }
        }
        let sum = values.reduce(0, +), absSum = values.reduce(0) { $0 + Swift.abs($1) }
        let es = double(spec["sum"] as Any), ea = double(spec["abs_sum"] as Any)
        if Swift.abs(sum - es) > 1e-5 * Swift.max(ea, 1) { return "sum \(sum) != \(es)" }
        if Swift.abs(absSum - ea) > 1e-5 * Swift.max(ea, 1) { return "abs sum \(absSum) != \(ea)" }
        return nil
    }

    /// Compares a tensor with an encoded expectation; returns a description of the first
    /// difference, or nil when they agree.
    static func difference(_ t: Tensor, _ spec: [String: Any], strides: [Int]? = nil) -> String? {
        let dt = dtype(spec["dtype"] as? String ?? "")
        let shape = (spec["shape"] as? [NSNumber] ?? []).map { $0.intValue }
        if t.dtype != dt { return "dtype \(t.dtype) != \(dt)" }
        if t.shape != shape { return "shape \(t.shape) != \(shape)" }
        if let expected = strides {
            for d in 0..<t.rank where t.shape[d] > 1 && t.strides[d] != expected[d] {
                return "strides \(t.strides) != \(expected)"
            }
        }
        let data = spec["data"] as? [Any] ?? []
        let actual = t.scalars()
        if actual.count != data.count { return "count \(actual.count) != \(data.count)" }
        for (i, (a, e)) in zip(actual, data).enumerated() {
            switch dt {
            case .float32, .float64:
                let x = a.doubleValue, y = double(e)
                if x.isNaN && y.isNaN { continue }
                if x.isInfinite || y.isInfinite {
                    if x != y { return "element \(i): \(x) != \(y)" }
                    continue
                }
                let tolerance = dt == .float32 ? 1e-6 + 3e-6 * Swift.abs(y) : 1e-12 + 1e-12 * Swift.abs(y)
                if Swift.abs(x - y) > tolerance { return "element \(i): \(x) != \(y)" }
            case .bool:
                if a.boolValue != ((e as? NSNumber)?.boolValue ?? false) { return "element \(i): \(a) != \(e)" }
            default:
                if a.intValue != ((e as? NSNumber)?.intValue ?? Int.min) { return "element \(i): \(a) != \(e)" }
            }
        }
        return nil
    }
}
