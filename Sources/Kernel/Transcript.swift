import Foundation

/// IPython's terminal transcript: `In [3]: ` prompts, `   ...: ` continuation prompts aligned
/// under them, `Out[3]: ` before a shown value (on its own line when the value spans several
/// lines), tracebacks as text. The REPL, the piped REPL and `tessera run` all print this form.
public enum Transcript {
    public static func inputPrompt(_ number: Int) -> String {
        "In [\(number)]: "
    }

    public static func continuationPrompt(_ number: Int) -> String {
        let width = inputPrompt(number).count
        return String(repeating: " ", count: max(0, width - 5)) + "...: "
    }

    /// A cell's source with its prompts, as the user would have typed it.
    public static func echo(_ source: String, number: Int) -> String {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        var text = ""
        for (index, line) in lines.enumerated() {
            text += (index == 0 ? inputPrompt(number) : continuationPrompt(number)) + line + "\n"
        }
        return text
    }

    /// One output as the terminal shows it. `image` renders `image/png` bytes (inline escape
    /// codes, or a note with a saved file's path); by default a short placeholder.
    public static func render(_ output: CellOutput, image: (Data) -> String = placeholder) -> String {
        switch output {
        case .stream(_, let text):
            return text
        case .executeResult(let count, let data):
            if let png = data.png, data.plainText == nil { return image(png) }
            let text = data.plainText ?? ""
            let prompt = "Out[\(count)]: "
            var shown = text.contains("\n") ? prompt + "\n" + text : prompt + text
            if let png = data.png { shown += "\n" + image(png) }
            return shown.hasSuffix("\n") ? shown : shown + "\n"
        case .displayData(let data):
            if let png = data.png { return image(png) }
            let text = data.plainText ?? ""
            return text.hasSuffix("\n") || text.isEmpty ? text : text + "\n"
        case .error(let error):
            return error.text
        case .unknown:
            return ""
        }
    }

    /// A display update (`handle.update(obj)`) as a terminal shows it: a terminal cannot redraw
    /// what has scrolled by, so the new text is printed when text is all the display has (a
    /// status line that changes: each state is worth reading). A rich display (HTML, an image)
    /// prints nothing: its text form is a placeholder such as `<IPython.core.display.HTML
    /// object>`, and a progress bar updated a hundred times would print it a hundred times.
    /// `clear_output` prints nothing either: what was printed stays printed.
    public static func renderUpdate(_ data: DisplayData) -> String? {
        guard data.mimeTypes == ["text/plain"], let text = data.plainText, !text.isEmpty else { return nil }
        return text.hasSuffix("\n") ? text : text + "\n"
    }

    /// `<image/png 640x480, 12.3 KB>`.
    public static func placeholder(_ png: Data) -> String {
        var text = "<image/png"
        if let size = PNGInfo.size(of: png) { text += " \(size.width)x\(size.height)" }
        return text + ", \(ByteCount.format(png.count))>\n"
    }
}

/// Reads a PNG's dimensions from its header.
public enum PNGInfo {
    public static func size(of png: Data) -> (width: Int, height: Int)? {
        let bytes = [UInt8](png.prefix(24))
        guard bytes.count == 24, bytes[0..<8] == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A],
              bytes[12..<16] == [0x49, 0x48, 0x44, 0x52] else { return nil }
        func be32(_ offset: Int) -> Int { bytes[offset..<(offset + 4)].reduce(0) { $0 << 8 | Int($1) } }
        return (be32(16), be32(20))
    }
}
