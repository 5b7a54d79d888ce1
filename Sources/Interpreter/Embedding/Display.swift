/// Rich output (images, plots) produced while code runs, and rich forms of values, modelled on
/// Jupyter's display data. The Library registers renderers (an image shows as PNG); the kernel
/// installs a publisher that collects items per cell. Without a kernel, images are written to
/// files and their paths printed.
public struct DisplayItem {
    public var mimeType: String
    public var data: [UInt8]
    /// A short text form for terminals and transcripts.
    public var text: String

    public init(mimeType: String, data: [UInt8], text: String) {
        self.mimeType = mimeType
        self.data = data
        self.text = text
    }
}

public final class DisplaySupport {
    /// Receives items published by running code (`show_image`, `plt.show`).
    public var publish: ((DisplayItem) -> Void)?
    /// Turn a value into rich items (e.g. a PIL image into PNG); first match wins.
    public var renderers: [(Interpreter, Value) throws -> [DisplayItem]?] = []
    /// Where images go when no kernel collects them.
    public var outputDirectory = "tessera-output"
    /// Called at the end of each cell (Jupyter's inline backend shows open figures then).
    public var flushers: [(Interpreter) throws -> Void] = []
    var fileCounter = 0

    static let key = "display"

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
        // No kernel: save images next to the working directory and say where.
        if item.mimeType == "image/png" {
            support.fileCounter += 1
            let name = "\(support.outputDirectory)/figure-\(support.fileCounter).png"
            if SourceFiles.write(item.data, to: name, makingDirectory: support.outputDirectory) {
                standardOutput("[\(item.text) saved to \(name)]\n")
                return
            }
        }
        standardOutput(item.text + "\n")
    }

    /// Shows pending output such as open matplotlib figures (the kernel calls this after each
    /// cell; scripts get it from `plt.show()`).
    public func flushPendingDisplays() throws {
        for flush in DisplaySupport.of(self).flushers { try flush(self) }
    }

    /// Rich forms of a value, from the registered renderers (empty when there are none).
    public func richDisplay(of value: Value) throws -> [DisplayItem] {
        for renderer in DisplaySupport.of(self).renderers {
            if let items = try renderer(self, value) { return items }
        }
        return []
    }
}
