#if canImport(Glibc)
import Glibc
#endif

/// The user's home folder as Python's `os.path.expanduser` finds it: `$HOME` when it is set and
/// not empty, else the password database's entry for the current user. Foundation's
/// `NSHomeDirectory()` reads only the latter, so a changed `$HOME` (tests, containers, sudo -E)
/// was ignored.
public enum UserHome {
    public static var path: String {
        if let home = getenv("HOME"), home.pointee != 0 { return String(cString: home) }
        return passwordEntryHome(getpwuid(getuid())) ?? "/"
    }

    /// `expanduser`: `~` and `~/rest` use `path`; `~name/rest` looks `name` up; anything else,
    /// or an unknown user, is returned unchanged (as Python does).
    public static func expand(_ text: String) -> String {
        guard text.hasPrefix("~") else { return text }
        let afterTilde = text.dropFirst()
        let name = afterTilde.prefix { $0 != "/" }
        let rest = afterTilde.dropFirst(name.count)
        let home: String
        if name.isEmpty {
            home = path
        } else if let found = passwordEntryHome(getpwnam(String(name))) {
            home = found
        } else {
            return text
        }
        // A home of "/" followed by "/rest" keeps one slash, as posixpath strips the trailing one.
        let trimmed = home.count > 1 && home.hasSuffix("/") ? String(home.dropLast()) : home
        return (trimmed == "/" && rest.hasPrefix("/") ? "" : trimmed) + rest
    }

    private static func passwordEntryHome(_ entry: UnsafeMutablePointer<passwd>?) -> String? {
        guard let entry, let directory = entry.pointee.pw_dir else { return nil }
        return String(cString: directory)
    }
}
