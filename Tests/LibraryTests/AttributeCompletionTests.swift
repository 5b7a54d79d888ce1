import Foundation
import Interpreter
import Kernel
import Library
import XCTest

/// Tab after `x.` offers only names PyTorch's dir() lists for the same object
/// (Fixtures/pytorch_public_names.json, made by Scripts/gen-public-names.py): a learner who
/// completes to a name expects it to exist in PyTorch too. A model's parameters and submodules,
/// which it gains at run time, are offered.
final class AttributeCompletionTests: XCTestCase {
    func testAttributeCompletionOffersOnlyPyTorchNames() throws {
        let fixtureURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/pytorch_public_names.json")
        let fixture = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: fixtureURL)) as? [String: Any])
        let setup = try XCTUnwrap(fixture["setup"] as? String)
        let reference = try XCTUnwrap(fixture["names"] as? [String: [String]])
        let (setupResult, offered): (CellResult, [String: [String]]) = InterpreterThread.run {
            let session = SessionAdapterTests.librarySession()
            let result = session.run(setup)
            let completer = Completer(session: session)
            var offered: [String: [String]] = [:]
            for name in reference.keys { offered[name] = completer.complete(name + ".").candidates }
            return (result, offered)
        }
        XCTAssertNil(setupResult.error, setupResult.text)
        for (name, pytorchNames) in reference {
            let candidates = offered[name] ?? []
            XCTAssertFalse(candidates.isEmpty, "\(name).<Tab> offers nothing")
            let extra = Set(candidates).subtracting(pytorchNames)
            XCTAssertEqual(extra, [], "\(name).<Tab> offers names PyTorch does not have: \(extra.sorted())")
        }
        for (name, expected) in [("lin", ["weight", "bias", "forward", "parameters"]), ("bn", ["running_mean", "weight"]),
                                 ("t", ["sum", "shape", "grad", "backward"]), ("nn", ["Linear", "Conv2d", "functional"])] {
            for attribute in expected {
                XCTAssertTrue(offered[name]?.contains(attribute) == true, "\(name).<Tab> does not offer \(attribute)")
            }
        }
    }
}
