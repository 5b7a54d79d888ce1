import Foundation

/// `tessera export`: a notebook as one self-contained HTML file (images embedded as data URIs) or
/// a Markdown file whose images are files in a folder beside it, as nbconvert writes them
/// (`NB_files/NB_3_0.png`): GitHub and most Markdown viewers do not show data-URI images. Every
/// piece of text from cells and outputs is escaped, and HTML outputs produced by code are never
/// embedded as markup, so opening an export cannot run script.
public enum NotebookExporter {
    public enum Format: String, CaseIterable {
        case html, markdown

        public var fileExtension: String { self == .html ? "html" : "md" }
    }

    /// A file an export writes beside its main file, by path relative to it.
    public struct Attachment: Equatable {
        public let relativePath: String
        public let data: Data
    }

    /// The exported text and, for Markdown, the image files it links to (in `<filesStem>_files/`;
    /// by default the title).
    public static func export(_ notebook: Notebook, format: Format, title: String,
                              filesStem: String? = nil) -> (text: String, attachments: [Attachment]) {
        switch format {
        case .html: return (html(notebook, title: title), [])
        case .markdown: return markdown(notebook, filesStem: filesStem ?? title)
        }
    }

    // MARK: HTML

    static let style = """
        body { font-family: -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; max-width: 960px; margin: 2em auto; padding: 0 1em; line-height: 1.5; color: #1b1b1b; }
        .cell { margin: 1em 0; }
        .prompt { font-family: monospace; font-size: 0.85em; color: #303f9f; }
        .prompt.out { color: #d84315; }
        pre { background: #f6f8fa; padding: 0.6em 0.8em; overflow-x: auto; border-radius: 4px; margin: 0.3em 0; }
        pre.output { background: #fff; border-left: 3px solid #e0e0e0; }
        pre.stderr { background: #fff5f5; }
        pre.error { background: #fdecea; color: #b71c1c; }
        img.output { max-width: 100%; }
        code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; }
        """

    static func html(_ notebook: Notebook, title: String) -> String {
        var body = ""
        for cell in notebook.cells {
            switch cell.kind {
            case .markdown:
                body += "<div class=\"cell markdown\">\n" + Markdown.html(cell.source) + "</div>\n"
            case .raw:
                body += "<div class=\"cell raw\"><pre>" + HTMLEscaping.escape(cell.source) + "</pre></div>\n"
            case .code:
                let count = cell.executionCount.map(String.init) ?? " "
                body += "<div class=\"cell code\">\n<div class=\"prompt\">In [\(count)]:</div>\n"
                body += "<pre class=\"source\"><code>" + HTMLEscaping.escape(cell.source) + "</code></pre>\n"
                for output in cell.outputs { body += html(output) }
                body += "</div>\n"
            }
        }
        return """
            <!DOCTYPE html>
            <html>
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data: https: http:; style-src 'unsafe-inline'">
            <title>\(HTMLEscaping.escape(title))</title>
            <style>
            \(style)
            </style>
            </head>
            <body>
            \(body)</body>
            </html>

            """
    }

    static func html(_ output: CellOutput) -> String {
        switch output {
        case .stream(let name, let text):
            return "<pre class=\"output \(name == "stderr" ? "stderr" : "stdout")\">" + HTMLEscaping.escape(text) + "</pre>\n"
        case .executeResult(let count, let data):
            return "<div class=\"prompt out\">Out[\(count)]:</div>\n" + html(data)
        case .displayData(let data):
            return html(data)
        case .error(let error):
            return "<pre class=\"output error\">" + HTMLEscaping.escape(ANSI.strip(error.text)) + "</pre>\n"
        case .unknown:
            return ""
        }
    }

    static func html(_ data: DisplayData) -> String {
        if let png = data.png {
            return "<img class=\"output\" alt=\"output image\" src=\"data:image/png;base64,\(png.base64EncodedString())\">\n"
        }
        if let jpeg = data["image/jpeg"]?.bytes {
            return "<img class=\"output\" alt=\"output image\" src=\"data:image/jpeg;base64,\(jpeg.base64EncodedString())\">\n"
        }
        // An SVG drawn as an image cannot run script (browsers do not run script in <img>).
        if let svg = data["image/svg+xml"]?.text {
            return "<img class=\"output\" alt=\"output image\" src=\"data:image/svg+xml;base64,\(Data(svg.utf8).base64EncodedString())\">\n"
        }
        if let markdown = data["text/markdown"]?.text {
            return "<div class=\"output markdown\">" + Markdown.html(markdown) + "</div>\n"
        }
        return "<pre class=\"output\">" + HTMLEscaping.escape(data.plainText ?? "") + "</pre>\n"
    }

    // MARK: Markdown

    static func markdown(_ notebook: Notebook, filesStem title: String) -> (text: String, attachments: [Attachment]) {
        var parts: [String] = []
        var attachments: [Attachment] = []
        for (cellIndex, cell) in notebook.cells.enumerated() {
            switch cell.kind {
            case .markdown:
                parts.append(cell.source)
            case .raw:
                parts.append(fenced(cell.source, info: ""))
            case .code:
                parts.append(fenced(cell.source, info: "python"))
                for (outputIndex, output) in cell.outputs.enumerated() {
                    if case .executeResult(_, let data) = output, let png = data.png {
                        attachments.append(imageAttachment(png, title: title, cell: cellIndex, output: outputIndex))
                    } else if case .displayData(let data) = output, let png = data.png {
                        attachments.append(imageAttachment(png, title: title, cell: cellIndex, output: outputIndex))
                    } else {
                        if let text = markdown(output) { parts.append(text) }
                        continue
                    }
                    parts.append("![png](\(markdownPath(attachments[attachments.count - 1].relativePath)))")
                }
            }
        }
        return (parts.joined(separator: "\n\n") + "\n", attachments)
    }

    /// nbconvert's names: `<title>_files/<title>_<cell>_<output>.png`.
    static func imageAttachment(_ png: Data, title: String, cell: Int, output: Int) -> Attachment {
        Attachment(relativePath: "\(title)_files/\(title)_\(cell)_\(output).png", data: png)
    }

    /// A relative path as a Markdown link destination: spaces and parentheses percent-encoded.
    static func markdownPath(_ path: String) -> String {
        path.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: " ", with: "%20")
            .replacingOccurrences(of: "(", with: "%28").replacingOccurrences(of: ")", with: "%29")
    }

    /// A text output as Markdown (images are attachments, handled by the caller).
    static func markdown(_ output: CellOutput) -> String? {
        switch output {
        case .stream(_, let text):
            return fenced(text, info: "")
        case .executeResult(_, let data), .displayData(let data):
            // Markdown produced by code could carry raw HTML; it goes in as fenced text.
            return data.plainText.map { fenced($0, info: "") }
        case .error(let error):
            return fenced(ANSI.strip(error.text), info: "")
        case .unknown:
            return nil
        }
    }

    /// A fenced code block whose fence is longer than any run of backticks in `text`, so the
    /// text cannot close it early.
    static func fenced(_ text: String, info: String) -> String {
        var longest = 0, run = 0
        for c in text {
            run = c == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: max(3, longest + 1))
        let body = text.hasSuffix("\n") ? String(text.dropLast()) : text
        return "\(fence)\(info)\n\(body)\n\(fence)"
    }
}

/// Terminal colour codes (tracebacks from Jupyter kernels carry them).
enum ANSI {
    static func strip(_ text: String) -> String {
        text.replacingOccurrences(of: "\u{1B}\\[[0-9;]*[A-Za-z]", with: "", options: .regularExpression)
    }
}
