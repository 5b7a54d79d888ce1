import Foundation
import Interpreter
import Kernel
import Library
import XCTest

/// The Library's session adapters: tensors in workspace files (raw bytes, their grad and Python
/// class) and the tensor columns of `%whos`.
final class SessionAdapterTests: XCTestCase {
    /// Prints every saved variable with the properties the workspace keeps (views come back as
    /// contiguous copies, so contiguity is not one of them).
    static let check = """
        print(t, tt, w, w.requires_grad, w.grad, p, type(p).__name__, i, i.dtype,
              a, type(a).__name__, e.shape, sep='\\n')
        """

    static let definitions = """
        import torch, numpy as np
        from torch import nn
        t = torch.arange(6.).reshape(2, 3)
        tt = t.t()
        w = torch.tensor([1.5, -2.0], requires_grad=True)
        (w * w).sum().backward()
        p = nn.Parameter(torch.ones(2, 2))
        i = torch.tensor([[1, 2], [3, 4]], dtype=torch.int32)[:, 1]
        a = np.array([1.0, 2.0])
        e = torch.zeros(0, 3)
        """

    /// A workspace saved (with `%workspace save`, then called `%save`) by the version whose Kernel held the tensor serializer,
    /// from `definitions`: the file format must not change with where the code lives.
    static let earlierWorkspace = """
        VFNXUwEAAACtAQAAAAAAAHsiY2VsbFRpbWVzIjpbWzEsMC4wMzI1NzA0MDhdXSwiZXhlY3V0aW9uQ291bnQiOjIsImlucHV0
        cyI6WyIiLCJpbXBvcnQgdG9yY2gsIG51bXB5IGFzIG5wXG5mcm9tIHRvcmNoIGltcG9ydCBublxudCA9IHRvcmNoLmFyYW5n
        ZSg2LikucmVzaGFwZSgyLCAzKVxudHQgPSB0LnQoKVxudyA9IHRvcmNoLnRlbnNvcihbMS41LCAtMi4wXSwgcmVxdWlyZXNf
        Z3JhZD1UcnVlKVxuKHcgKiB3KS5zdW0oKS5iYWNrd2FyZCgpXG5wID0gbm4uUGFyYW1ldGVyKHRvcmNoLm9uZXMoMiwgMikp
        XG5pID0gdG9yY2gudGVuc29yKFtbMSwgMl0sIFszLCA0XV0sIGR0eXBlPXRvcmNoLmludDMyKVs6LCAxXVxuYSA9IG5wLmFy
        cmF5KFsxLjAsIDIuMF0pXG5lID0gdG9yY2guemVyb3MoMCwgMykiLCIlc2F2ZSB3cy50c3ciXSwic2F2ZWRBdCI6MTc5NjYw
        ODEzMi4wOTcxMjMxfQoAAAAABQAAAAAAAAB0b3JjaA4AAAAAAAAAEQUAAAAAAAAAdG9yY2gAAgAAAAAAAABucA4AAAAAAAAA
        EQUAAAAAAAAAbnVtcHkAAgAAAAAAAABubhEAAAAAAAAAEQgAAAAAAAAAdG9yY2gubm4AAQAAAAAAAAB0ZgAAAAAAAAAUAQAA
        AA4AAAAAAAAAdG9yY2guVGVuc29yLzFDAAAAAAAAAAQAAAAAAAAAAgAAAAAAAAACAAAAAAAAAAMAAAAAAAAAGAAAAAAAAAAA
        AAAAAACAPwAAAEAAAEBAAACAQAAAoEAAAAAAAgAAAAAAAAB0dGYAAAAAAAAAFAIAAAAOAAAAAAAAAHRvcmNoLlRlbnNvci8x
        QwAAAAAAAAAEAAAAAAAAAAIAAAAAAAAAAwAAAAAAAAACAAAAAAAAABgAAAAAAAAAAAAAAAAAQEAAAIA/AACAQAAAAEAAAKBA
        AAAAAAEAAAAAAAAAd5sAAAAAAAAAFAMAAAAOAAAAAAAAAHRvcmNoLlRlbnNvci8xeAAAAAAAAAAEAAAAAAAAAAEAAAAAAAAA
        AgAAAAAAAAAIAAAAAAAAAAAAwD8AAADAARQEAAAADgAAAAAAAAB0b3JjaC5UZW5zb3IvMSsAAAAAAAAABAAAAAAAAAABAAAA
        AAAAAAIAAAAAAAAACAAAAAAAAAAAAEBAAACAwAAAAAAAAQAAAAAAAABwfwAAAAAAAAAUBQAAAA4AAAAAAAAAdG9yY2guVGVu
        c29yLzFcAAAAAAAAAAQAAAAAAAAAAgAAAAAAAAACAAAAAAAAAAIAAAAAAAAAEAAAAAAAAAAAAIA/AACAPwAAgD8AAIA/AQAS
        CAAAAAAAAAB0b3JjaC5ubgkAAAAAAAAAUGFyYW1ldGVyAAEAAAAAAAAAaU4AAAAAAAAAFAYAAAAOAAAAAAAAAHRvcmNoLlRl
        bnNvci8xKwAAAAAAAAACAAAAAAAAAAEAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAIAAAAEAAAAAAAAAAEAAAAAAAAAYXIAAAAA
        AAAAFAcAAAAOAAAAAAAAAHRvcmNoLlRlbnNvci8xTwAAAAAAAAAFAAAAAAAAAAEAAAAAAAAAAgAAAAAAAAAQAAAAAAAAAAAA
        AAAAAPA/AAAAAAAAAEAAABIFAAAAAAAAAG51bXB5BwAAAAAAAABuZGFycmF5AAEAAAAAAAAAZU4AAAAAAAAAFAgAAAAOAAAA
        AAAAAHRvcmNoLlRlbnNvci8xKwAAAAAAAAAEAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAVFNX
        RQ==
        """

    static func librarySession() -> Session {
        let extensions = KernelExtensions()
        Library.extend(extensions)
        return Session(extensions: extensions)
    }

    func temporaryPath() -> String {
        let path = NSTemporaryDirectory() + "tessera-library-\(UUID().uuidString).tsw"
        addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
        return path
    }

    func testTensorsSurviveASaveAndRestore() throws {
        let path = temporaryPath()
        let (original, restored): (String, String) = InterpreterThread.run {
            let first = SessionAdapterTests.librarySession()
            let defined = first.run(SessionAdapterTests.definitions)
            guard !defined.failed, (try? first.saveWorkspace(to: path)) != nil else { return (defined.text, "not saved") }
            let second = SessionAdapterTests.librarySession()
            guard (try? second.restoreWorkspace(from: path)) != nil else { return ("", "not restored") }
            return (first.run(SessionAdapterTests.check).text, second.run(SessionAdapterTests.check).text)
        }
        XCTAssertTrue(original.contains("Parameter containing:"), original)
        XCTAssertEqual(restored, original)
    }

    func testWorkspaceWrittenByAnEarlierVersionStillLoads() throws {
        let path = temporaryPath()
        let bytes = try XCTUnwrap(Data(base64Encoded: SessionAdapterTests.earlierWorkspace, options: .ignoreUnknownCharacters))
        try bytes.write(to: URL(fileURLWithPath: path))
        let (expected, restored): (String, String) = InterpreterThread.run {
            let fresh = SessionAdapterTests.librarySession()
            fresh.run(SessionAdapterTests.definitions)
            let loaded = SessionAdapterTests.librarySession()
            guard let report = try? loaded.restoreWorkspace(from: path) else { return ("", "not restored") }
            return (fresh.run(SessionAdapterTests.check).text, "\(report.restoredNames.count) " + loaded.run(SessionAdapterTests.check).text)
        }
        XCTAssertEqual(restored, "10 " + expected)
    }

    func testWhosShowsTensorColumns() throws {
        let text: String = InterpreterThread.run {
            let session = SessionAdapterTests.librarySession()
            session.run("import torch\nx = torch.zeros(2, 3, requires_grad=True)\nn = 1")
            return session.run("%whos").text
        }
        let lines = text.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first?.split(separator: " ").map(String.init), ["Variable", "Type", "dtype", "shape", "bytes", "grad", "Data/Info"], text)
        XCTAssertTrue(lines.contains { $0.contains("torch.float32") && $0.contains("(2, 3)") && $0.contains("24") && $0.contains("requires_grad") }, text)
    }
}
