import Foundation

/// Where a file Tessera writes (workspace, executed notebook, export) really goes. Saves write a
/// temporary file and rename it over the target, which would silently replace a symlink, a
/// FIFO or a device node with a regular file (`%save /dev/full` replaced the device). So, as
/// editors do, a symlink is followed to its target, and anything that exists but is not a
/// regular file is refused.
public enum OutputTarget {
    public struct Refused: Error, CustomStringConvertible {
        public let description: String
    }

    /// The regular file to write for `path`: `path` itself, or what its symlinks lead to.
    public static func resolve(_ path: String) throws -> String {
        var target = path
        var info = stat()
        for _ in 0..<40 {
            guard lstat(target, &info) == 0 else { return target }  // does not exist yet: created as a file
            guard (info.st_mode & S_IFMT) == S_IFLNK else { break }
            guard let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: target) else {
                throw Refused(description: "cannot follow the symbolic link \(target)")
            }
            target = destination.hasPrefix("/") ? destination
                : ((target as NSString).deletingLastPathComponent as NSString).appendingPathComponent(destination)
        }
        guard lstat(target, &info) != 0 || (info.st_mode & S_IFMT) == S_IFREG else {
            throw Refused(description: "refusing to replace \(path): it is \(kind(info.st_mode)), not a regular file")
        }
        return target
    }

    private static func kind(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFDIR: return "a directory"
        case S_IFIFO: return "a FIFO"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFSOCK: return "a socket"
        case S_IFLNK: return "a chain of symbolic links too long to follow"
        default: return "not a regular file"
        }
    }
}
