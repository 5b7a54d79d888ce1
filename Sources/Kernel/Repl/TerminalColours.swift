import Foundation

/// How many colours the terminal shows, from its environment as colour-aware programs read it:
/// `COLORTERM=truecolor` (or `24bit`) means 24-bit escapes; any other terminal gets the xterm
/// 256-colour palette; `NO_COLOR` or `TERM=dumb` means none.
public enum TerminalColours {
    /// "truecolor", "256", or nil for no colour.
    public static func detect(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if environment["NO_COLOR"].map({ !$0.isEmpty }) ?? false { return nil }
        if environment["TERM"] == "dumb" { return nil }
        if ["truecolor", "24bit"].contains(environment["COLORTERM"]?.lowercased() ?? "") { return "truecolor" }
        return "256"
    }
}
