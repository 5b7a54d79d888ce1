import Foundation

/// Shows PNG outputs in a terminal: inline through the kitty graphics protocol or iTerm2's
/// inline images when the terminal says it supports them (by its environment variables), else
/// by saving the image and printing the file's path.
public struct TerminalImages {
    public enum Method: Equatable {
        case kitty
        case iterm2
        /// Save the PNG in this folder and print its path.
        case file(directory: String)
    }

    public let method: Method
    private let counter = Counter()

    public init(method: Method) {
        self.method = method
    }

    /// The method the terminal described by `environment` supports.
    public static func detect(environment: [String: String] = ProcessInfo.processInfo.environment, imageDirectory: String) -> TerminalImages {
        if environment["TERM"] == "xterm-kitty" || environment["KITTY_WINDOW_ID"] != nil || environment["TERM_PROGRAM"] == "ghostty" {
            return TerminalImages(method: .kitty)
        }
        if ["iTerm.app", "WezTerm"].contains(environment["TERM_PROGRAM"] ?? "") || environment["LC_TERMINAL"] == "iTerm2" {
            return TerminalImages(method: .iterm2)
        }
        return TerminalImages(method: .file(directory: imageDirectory))
    }

    /// The text that shows `png` in the terminal (ends with a newline).
    public func render(_ png: Data) -> String {
        switch method {
        case .kitty:
            return TerminalImages.kitty(png) + "\n"
        case .iterm2:
            return "\u{1B}]1337;File=inline=1;size=\(png.count);preserveAspectRatio=1:\(png.base64EncodedString())\u{07}\n"
        case .file(let directory):
            let path = "\(directory)/output-\(getpid())-\(counter.next()).png"
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
                try png.write(to: URL(fileURLWithPath: path))
                var note = "<image/png"
                if let size = PNGInfo.size(of: png) { note += " \(size.width)x\(size.height)" }
                return note + " saved to \(path)>\n"
            } catch {
                return Transcript.placeholder(png)
            }
        }
    }

    /// kitty's protocol: base64 PNG (`f=100`) in chunks of at most 4096 bytes, `m=1` on all but
    /// the last chunk.
    static func kitty(_ png: Data) -> String {
        let encoded = Array(png.base64EncodedString().utf8)
        var out = ""
        var offset = 0
        repeat {
            let end = min(offset + 4096, encoded.count)
            let chunk = String(decoding: encoded[offset..<end], as: UTF8.self)
            let more = end < encoded.count ? 1 : 0
            let control = offset == 0 ? "f=100,a=T,m=\(more)" : "m=\(more)"
            out += "\u{1B}_G\(control);\(chunk)\u{1B}\\"
            offset = end
        } while offset < encoded.count
        return out
    }

    /// Numbers saved images within one process.
    private final class Counter {
        var value = 0
        func next() -> Int {
            value += 1
            return value
        }
    }
}
