import Foundation
import XCTest
@testable import TensorKit

/// Random streams equal PyTorch's CPU streams for the same seeds (Fixtures/random.json).
final class RandomTests: XCTestCase {
    func testStreamsMatchPyTorch() throws {
        let cases = try Fixture.load("random.json")
        XCTAssertGreaterThan(cases.count, 50)
        let g = Generator()
        for c in cases {
            let seed = (c["seed"] as? NSNumber)?.uint64Value ?? 0
            let op = c["op"] as? String ?? ""
            let args = c["args"] as? [Any] ?? []
            func ints(_ v: Any) -> [Int] {
                if let l = v as? [NSNumber] { return l.map { $0.intValue } }
                return [(v as? NSNumber)?.intValue ?? 0]
            }
            g.manualSeed(seed)
            let r: Tensor
            switch op {
            case "rand": r = try Tensor.rand(args.flatMap(ints), generator: g)
            case "rand64": r = try Tensor.rand(args.flatMap(ints), generator: g, dtype: .float64)
            case "randn": r = try Tensor.randn(args.flatMap(ints), generator: g)
            case "randn64": r = try Tensor.randn(args.flatMap(ints), generator: g, dtype: .float64)
            case "randint":
                r = try Tensor.randint(low: ints(args[0])[0], high: ints(args[1])[0], ints(args[2]), generator: g)
            case "randperm": r = try Tensor.randperm(ints(args[0])[0], generator: g)
            case "normal_":
                r = try Tensor.empty(ints(args[2])).normal_(mean: Fixture.double(args[0]), std: Fixture.double(args[1]), generator: g)
            case "uniform_":
                r = try Tensor.empty(ints(args[2])).uniform_(from: Fixture.double(args[0]), to: Fixture.double(args[1]), generator: g)
            case "randn_then_randn":
                _ = try Tensor.randn(args.flatMap(ints), generator: g)
                r = try Tensor.randn(args.flatMap(ints), generator: g)
            default:
                XCTFail("unknown op \(op)")
                continue
            }
            // Exact: the same bits as PyTorch.
            let values = (c["exact"] as? [String] ?? []).map { Double($0) ?? .nan }
            XCTAssertEqual(r.doubles(), values, "\(op) seed \(seed) \(args)")
        }
    }

    func testGeneratorsAreIndependentObjects() throws {
        let a = Generator(seed: 7), b = Generator(seed: 7)
        let x = try Tensor.rand([4], generator: a)
        _ = try Tensor.rand([100], generator: a)
        let y = try Tensor.rand([4], generator: b)
        XCTAssertEqual(x.doubles(), y.doubles())
        XCTAssertEqual(a.initialSeed, 7)
    }

    func testRandintRejectsEmptyRange() {
        XCTAssertThrowsError(try Tensor.randint(low: 5, high: 0, [3], generator: Generator())) { e in
            XCTAssertEqual((e as? TensorError)?.message, "random_ expects 'from' to be less than 'to', but got from=5 >= to=0")
        }
    }
}
