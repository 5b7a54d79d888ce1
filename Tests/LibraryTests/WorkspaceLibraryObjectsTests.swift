import Foundation
import Interpreter
import Kernel
import Library
import XCTest

/// What a learner has after chapter 4 survives a workspace save and restore: a fastai `Learner`
/// (model, optimizer state, recorder) over `DataLoaders` with their shuffling generator,
/// `random.Random` states, PIL images and `torch.Size` values. The restored session must go on
/// exactly as the original does from the moment of the save.
final class WorkspaceLibraryObjectsTests: XCTestCase {
    static let definitions = """
        from fastai.vision.all import *
        import random
        torch.manual_seed(0)
        x = torch.randn(64, 8)
        y = (x.sum(dim=1, keepdim=True) > 0).float()
        dset = list(zip(x, y))
        dls = DataLoaders(DataLoader(dset, batch_size=16, shuffle=True), DataLoader(dset, batch_size=16))
        def loss(p, t): return torch.where(t == 1, 1 - p.sigmoid(), p.sigmoid()).mean()
        learn = Learner(dls, nn.Linear(8, 1), opt_func=SGD, loss_func=loss)
        learn.fit(1, 0.1)
        rng = random.Random(3)
        first = rng.random()
        img = Image.fromarray((x[:4] * 40 + 128).clamp(0, 255).to(torch.uint8).numpy())
        size = x.shape
        """

    /// Run in both sessions after the save: the same numbers must come out.
    static let continuation = """
        print(first, rng.random(), rng.random())
        print(img.size, img.mode, tensor(img).sum().item(), size, type(size).__name__, size.numel())
        print([(p.shape, None if p.grad is None else p.grad.shape) for p in learn.model.parameters()])
        print(len(learn.recorder.values))
        learn.fit(2, 0.1)
        print(learn.recorder.values[-1], learn.model.weight.sum().item())
        """

    func temporaryPath() -> String {
        let path = NSTemporaryDirectory() + "tessera-objects-\(UUID().uuidString).tsw"
        addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
        return path
    }

    func testAChapterFourLearnerAndItsRandomStatesGoOnAfterARestore() throws {
        let path = temporaryPath()
        let (original, restored, report): (String, String, String) = InterpreterThread.run {
            let first = SessionAdapterTests.librarySession()
            let defined = first.run(WorkspaceLibraryObjectsTests.definitions)
            guard !defined.failed else { return (defined.text, "", "") }
            guard let saved = try? first.saveWorkspace(to: path) else { return ("", "not saved", "") }
            let second = SessionAdapterTests.librarySession()
            guard let restore = try? second.restoreWorkspace(from: path) else { return ("", "not restored", saved.summary) }
            let names = ["dls", "learn", "rng", "img", "size"]
            let missing = names.filter { !restore.restoredNames.contains($0) }
            let notes = saved.skipped.filter { names.contains($0.name) }.map { "\($0.name): \($0.reason)" }
                + restore.failed.map { "\($0.name): \($0.reason)" }
            return (first.run(WorkspaceLibraryObjectsTests.continuation).text,
                    second.run(WorkspaceLibraryObjectsTests.continuation).text,
                    "missing \(missing) " + notes.joined(separator: "; "))
        }
        XCTAssertEqual(report, "missing [] ", report)
        XCTAssertTrue(original.contains("torch.Size([64, 8]) Size 512"), original)
        XCTAssertTrue(original.contains("(torch.Size([1]), torch.Size([1]))"), original)
        XCTAssertEqual(restored, original)
    }

    func testAWorkspaceOver100MBSaysWhatTakesTheRoom() throws {
        let path = temporaryPath()
        let summary: String = InterpreterThread.run {
            let session = SessionAdapterTests.librarySession()
            session.run("import torch\nbig = torch.zeros(27_000_000)\nsmall = torch.ones(10)")
            return (try? session.saveWorkspace(to: path))?.summary ?? "not saved"
        }
        XCTAssertTrue(summary.contains("The workspace is over 100 MB; most of it is big (103.0 MB), "), summary)
    }
}
