import Foundation
import Kernel

/// The kernel's variables across a restart. After each successful cell the session's workspace
/// (variables, `Out`, the counter: what `tessera step` keeps) is saved to one file per notebook;
/// a new kernel for the same notebook moves the previous kernel's file aside and offers it back:
/// `%restore` loads it, and the first cell's output says so once.
///
/// Not restored automatically: a restart is how Jupyter users clear state (a stale variable, a
/// "Restart & Run All" that must prove the notebook runs from the top), so bringing everything
/// back unasked would defeat it; a learner who restarted by mistake gets the trained model back
/// with one magic.
final class KernelWorkspace {
    /// Where this kernel saves.
    let path: String
    /// The previous kernel's save, moved aside so this kernel's first save does not overwrite it
    /// before the user could restore it; nil when there was none.
    private(set) var previousPath: String?
    private var noticeGiven = false
    let log: (String) -> Void

    /// - Parameter key: what identifies the notebook: Jupyter Server's `JPY_SESSION_NAME` (the
    ///   notebook's path).
    init(home: String, key: String, log: @escaping (String) -> Void) {
        self.log = log
        let name = ((key as NSString).lastPathComponent as NSString).deletingPathExtension
        let safeName = String(name.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "_" }.prefix(60))
        path = "\(home)/kernel-workspaces/\(safeName.isEmpty ? "kernel" : safeName)-\(KernelWorkspace.hash(key)).tsw"
        let previous = String(path.dropLast(4)) + ".previous.tsw"
        let files = FileManager.default
        guard files.fileExists(atPath: path) else {
            if files.fileExists(atPath: previous) { previousPath = previous }
            return
        }
        try? files.removeItem(atPath: previous)
        do {
            try files.moveItem(atPath: path, toPath: previous)
            previousPath = previous
        } catch {
            log("cannot keep the previous workspace \(path): \(error)")
        }
    }

    /// FNV-1a of the key, so two notebooks with the same name in different folders differ.
    static func hash(_ text: String) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            value = (value ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return String(value, radix: 16)
    }

    /// Saves the session's workspace; a failure is logged, never shown in a cell.
    func save(_ session: Session) {
        do {
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try session.saveWorkspace(to: path)
        } catch {
            log("cannot save the workspace to \(path): \(error)")
        }
    }

    /// The one-time note for the first cell of a kernel that has a previous workspace to offer:
    /// which variables it holds, and how to get them back. nil when there is nothing to say.
    func notice(beforeRunning code: String) -> String? {
        guard !noticeGiven, let previousPath else { return nil }
        noticeGiven = true
        if code.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("%restore") { return nil }
        guard let file = try? WorkspaceFile(path: previousPath) else { return nil }
        let names = file.entries.filter { $0.kind == .global }.map(\.name)
        guard !names.isEmpty else { return nil }
        let listed = names.prefix(8).joined(separator: ", ") + (names.count > 8 ? ", ..." : "")
        return "The previous kernel's variables (\(listed)) are saved: %restore brings them back.\n"
    }

    /// `%restore`: loads the previous kernel's workspace into the session.
    var magic: Magic {
        Magic(name: "restore", summary: "Load the variables the previous kernel of this notebook saved (kept across a kernel restart).",
              line: { [weak self] session, _ in
                  guard let self, let previousPath = self.previousPath, FileManager.default.fileExists(atPath: previousPath) else {
                      session.interpreter.standardOutput("No workspace from a previous kernel of this notebook.\n")
                      return .none
                  }
                  let report = try session.restoreWorkspace(from: previousPath)
                  session.interpreter.standardOutput(report.summary + "\n")
                  return .none
              })
    }
}
