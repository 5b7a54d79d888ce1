/// Rich output (images, plots) produced while code runs, and rich forms of values, modelled on
/// Jupyter's display data. This is the one display-hook system: it lives with the interpreter
/// because native modules only ever hold an interpreter, and scripts run without any session.
///
/// - Library code registers *renderers* (a PIL image shows as PNG) and *flushers* (matplotlib's
///   inline backend shows the figures a cell left open), and *publishes* items while it runs
///   (`plt.show()`, `show_image`).
/// - A host (the Kernel's session) installs the publisher that collects items into the running
///   cell, asks `richDisplay(of:)` for a value's forms, and calls `flushPendingDisplays()` after
///   each cell; a script runner calls it once at the end.
/// - Without a host, published images are written to files and their paths printed.
public struct DisplayItem {
    public var mimeType: String
    public var data: [UInt8]
    /// A short text form for terminals and transcripts.
    public var text: String
    /// Whether the data is the text itself (UTF-8) rather than bytes; notebooks store the two
    /// differently.
    public var isText: Bool

    /// A binary format (`image/png`), with a short text form.
    public init(mimeType: String, data: [UInt8], text: String) {
        self.mimeType = mimeType
        self.data = data
        self.text = text
        isText = false
    }

    /// A textual format (`text/plain`, `text/markdown`, `text/latex`): the text is the data.
    public init(mimeType: String, text: String) {
        self.mimeType = mimeType
        data = Array(text.utf8)
        self.text = text
        isText = true
    }
}

public final class DisplaySupport {
    /// Receives items published by running code (`show_image`, `plt.show`).
    public var publish: ((DisplayItem) -> Void)?
    /// Turn a value into its rich forms (e.g. a PIL image into PNG), one item per format; the
    /// first renderer that returns non-nil wins.
    public var renderers: [(Interpreter, Value) throws -> [DisplayItem]?] = []
    /// Where images go when no host collects them.
    public var outputDirectory = "tessera-output"
    /// Set by a host whose output is a colour terminal ("truecolor" or "256"): text reprs may
    /// then carry ANSI colours (Python asks through `sys._tessera_colour_terminal()`). nil keeps
    /// text plain, as it must be for pipes, notebooks and kernels.
    public var colourTerminal: String?
    /// Called at the end of each cell or script (Jupyter's inline backend shows open figures
    /// then); what they publish belongs to that cell, and an error they throw is its error.
    public var flushers: [(Interpreter) throws -> Void] = []
    var fileCounter = 0

    static let key = "display"

    /// IPython's `_repr_*_` methods a value is asked for when no renderer handled a format, with
    /// the mime type each produces. Python classes (and native library classes) can display
    /// themselves this way without any Swift registration. `text/html` goes into the output
    /// bundle for Jupyter front ends (a pandas frame's table, a Styler's coloured cells), but
    /// Tessera's own HTML export never embeds markup produced by cell code: it shows the plain text.
    public static let protocolMethods: [(method: String, mime: String)] = [
        ("_repr_html_", "text/html"),
        ("_repr_png_", "image/png"),
        ("_repr_jpeg_", "image/jpeg"),
        ("_repr_svg_", "image/svg+xml"),
        ("_repr_markdown_", "text/markdown"),
        ("_repr_latex_", "text/latex"),
    ]

    public static func of(_ interpreter: Interpreter) -> DisplaySupport {
        if let support = interpreter.moduleState[key] as? DisplaySupport { return support }
        let support = DisplaySupport()
        interpreter.moduleState[key] = support
        return support
    }
}

extension Interpreter {
    /// Publishes a display item from running code.
    public func display(_ item: DisplayItem) {
        let support = DisplaySupport.of(self)
        if let publish = support.publish {
            publish(item)
            return
        }
        // No host: save images in the output folder and say where, under the next free name
        // (an earlier run's figures are never overwritten).
        if item.mimeType == "image/png" {
            saving: for _ in 0..<100_000 {
                support.fileCounter += 1
                let name = "\(support.outputDirectory)/figure-\(support.fileCounter).png"
                switch SourceFiles.createNew(item.data, at: name, makingDirectory: support.outputDirectory) {
                case .written:
                    standardOutput("[\(item.text) saved to \(name)]\n")
                    return
                case .exists: continue saving
                case .failed: break saving
                }
            }
        }
        standardOutput(item.text + "\n")
    }

    /// Shows pending output such as open matplotlib figures (a session calls this after each
    /// cell; scripts get it at their end and from `plt.show()`).
    public func flushPendingDisplays() throws {
        for flush in DisplaySupport.of(self).flushers { try flush(self) }
    }

    /// The rich forms of a value, one item per format, without `text/plain` unless a renderer
    /// gives one: the first registered renderer that handles the value, then the value's own
    /// `_repr_*_` methods for formats still missing. A renderer or method that raises counts as
    /// not handling the value (IPython does the same: a broken `_repr_png_` must not hide the
    /// value).
    public func richDisplay(of value: Value) -> [DisplayItem] {
        var items: [DisplayItem] = []
        for renderer in DisplaySupport.of(self).renderers {
            if let produced = try? renderer(self, value) {
                items = produced
                break
            }
        }
        guard case .object(let object) = value, !(object is PyType) else { return items }
        for (method, mime) in DisplaySupport.protocolMethods where !items.contains(where: { $0.mimeType == mime }) {
            guard let function = object.type.lookup(method) else { continue }
            guard let produced = try? call(function, Arguments([value])) else { continue }
            if let bytes = produced.asObject as? PyBytes {
                items.append(DisplayItem(mimeType: mime, data: bytes.bytes, text: ""))
            } else if let text = produced.stringValue {
                items.append(DisplayItem(mimeType: mime, text: text))
            }
        }
        return items
    }
}
