import Foundation
import Interpreter

/// Where Tessera keeps its files. Everything lives under one folder, `$TESSERA_HOME`, else
/// `$XDG_DATA_HOME/tessera`, else `~/.local/share/tessera`:
///
/// - `history.sqlite`: the input history of every session (`%history`, up-arrow).
/// - `workspaces/<folder>-<hash>.tsw`: the bare REPL's workspace for one working directory
///   (like R's `.RData`, but outside the project so it never ends up in version control).
/// - `step/<notebook>-<hash>.tsw`: `tessera step`'s state (variables and position) per notebook.
/// - `images/`: PNG outputs the terminal cannot show inline.
///
/// The hash is of the absolute path, so two folders with the same name do not share a workspace.
public struct KernelPaths {
    public let home: String

    public init(home: String) {
        self.home = home
    }

    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> KernelPaths {
        if let home = environment["TESSERA_HOME"], !home.isEmpty { return KernelPaths(home: home) }
        if let data = environment["XDG_DATA_HOME"], !data.isEmpty { return KernelPaths(home: data + "/tessera") }
        let user = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? UserHome.path
        return KernelPaths(home: user + "/.local/share/tessera")
    }

    public var historyPath: String { home + "/history.sqlite" }
    public var imagesDirectory: String { home + "/images" }

    /// The bare REPL's workspace for the working directory `directory`.
    public func workspacePath(forDirectory directory: String) -> String {
        let absolute = KernelPaths.absolute(directory)
        return "\(home)/workspaces/\(KernelPaths.fileSafe((absolute as NSString).lastPathComponent))-\(KernelPaths.stableHash(absolute)).tsw"
    }

    /// `tessera step`'s state for the notebook at `notebook`.
    public func stepStatePath(forNotebook notebook: String) -> String {
        let absolute = KernelPaths.absolute(notebook)
        let name = ((absolute as NSString).lastPathComponent as NSString).deletingPathExtension
        return "\(home)/step/\(KernelPaths.fileSafe(name))-\(KernelPaths.stableHash(absolute)).tsw"
    }

    static func absolute(_ path: String) -> String {
        let expanded = (path as NSString).expandingTildeInPath
        let full = expanded.hasPrefix("/") ? expanded : FileManager.default.currentDirectoryPath + "/" + expanded
        return (full as NSString).standardizingPath
    }

    static func fileSafe(_ name: String) -> String {
        let safe = String(name.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." ? $0 : "_" })
        return safe.isEmpty ? "root" : String(safe.prefix(40))
    }

    /// FNV-1a, 64 bits, as 16 hex digits: stable across runs (Swift's `Hasher` is seeded per
    /// process).
    static func stableHash(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
