import Foundation

/// Which session owns a folder's workspace file. Two REPLs in one folder both restore the same
/// workspace; if both saved back to it on exit, the last one to exit would silently replace the
/// other's variables. So the first session takes an exclusive lock beside the file and owns it;
/// a second session is told at its start that it is not the owner and saves under a name of its
/// own, which it names, so neither session's variables are lost.
///
/// The lock is `flock` on `<workspace>.lock` (holding the owner's pid for the message): the
/// kernel drops it when the owner exits, however it exits (`kill -9` included), so a crashed
/// session never leaves the folder locked. The descriptor is close-on-exec, so a shell command
/// the session starts cannot keep the lock alive after it.
public final class WorkspaceOwnership {
    public enum Claim {
        /// This session owns the workspace until the process exits.
        case owner(WorkspaceOwnership)
        /// Another live session owns it (its pid, when it could be read).
        case heldByOther(pid: Int32?)
    }

    public let lockPath: String
    private let descriptor: Int32

    private init(lockPath: String, descriptor: Int32) {
        self.lockPath = lockPath
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// The lock file beside a workspace file.
    public static func lockPath(for workspacePath: String) -> String { workspacePath + ".lock" }

    /// Claims the workspace at `workspacePath`. When the lock file cannot be made at all (a
    /// read-only folder) the session is the owner, as before locks existed: a folder nobody can
    /// lock is one where saving would fail anyway.
    public static func claim(_ workspacePath: String) -> Claim? {
        let path = lockPath(for: workspacePath)
        let directory = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: directory.isEmpty ? "." : directory, withIntermediateDirectories: true)
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return nil }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let holder = readPid(fd)
            close(fd)
            return .heldByOther(pid: holder)
        }
        let text = Array("\(getpid())\n".utf8)
        _ = ftruncate(fd, 0)
        _ = text.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        return .owner(WorkspaceOwnership(lockPath: path, descriptor: fd))
    }

    private static func readPid(_ fd: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        guard n > 0 else { return nil }
        return Int32(String(decoding: buffer[0..<n], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
