import Foundation

/// A notebook as nbformat 4 models it: cells (code, markdown, raw) with their outputs, plus
/// metadata kept as read so a notebook written back loses nothing this version does not model.
public struct Notebook {
    public var cells: [NotebookCell]
    public var metadata: [String: Any]
    public var formatMinor: Int

    public init(cells: [NotebookCell] = [], metadata: [String: Any] = [:], formatMinor: Int = 5) {
        self.cells = cells
        self.metadata = metadata
        self.formatMinor = formatMinor
    }

    /// The notebook at `path`: `.ipynb` as JSON, anything else as a `# %%` percent script.
    public static func load(path: String) throws -> Notebook {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw NotebookError("cannot read \(path): \(String(cString: strerror(errno)))")
        }
        if path.lowercased().hasSuffix(".ipynb") {
            return try NotebookJSON.read(data)
        }
        return PercentScript.read(String(decoding: data, as: UTF8.self))
    }

    /// Writes the notebook to `path` in the format its extension names.
    public func save(path: String) throws {
        let data = path.lowercased().hasSuffix(".ipynb") ? try NotebookJSON.write(self) : Data(PercentScript.write(self).utf8)
        do {
            try data.write(to: URL(fileURLWithPath: try OutputTarget.resolve(path)), options: .atomic)
        } catch let refused as OutputTarget.Refused {
            throw NotebookError(refused.description)
        } catch {
            throw NotebookError("cannot write \(path): \(error.localizedDescription)")
        }
    }

    /// Metadata that tells Jupyter how the outputs were produced (added when missing).
    mutating func markExecutedByTessera() {
        if metadata["kernelspec"] == nil {
            metadata["kernelspec"] = ["name": "tessera", "display_name": "Tessera (Python subset)", "language": "python"]
        }
        if metadata["language_info"] == nil {
            metadata["language_info"] = ["name": "python", "file_extension": ".py", "mimetype": "text/x-python"]
        }
    }

    /// Gives every cell an id (nbformat 4.5 requires them): unique, stable for the same content.
    mutating func assignMissingIDs() {
        var used = Set(cells.compactMap(\.id))
        for index in cells.indices where cells[index].id == nil {
            var candidate = String(KernelPaths.stableHash("\(index)\u{0}\(cells[index].source)").prefix(8))
            while used.contains(candidate) { candidate = String(KernelPaths.stableHash(candidate).prefix(8)) }
            used.insert(candidate)
            cells[index].id = candidate
        }
    }
}

public struct NotebookCell {
    public enum Kind: String {
        case code, markdown, raw
    }

    public var kind: Kind
    public var id: String?
    public var source: String
    public var metadata: [String: Any]
    public var outputs: [CellOutput]
    public var executionCount: Int?
    /// Keys of the cell's JSON this version does not model (`attachments`), kept verbatim.
    public var extra: [String: Any]

    public init(kind: Kind, source: String, id: String? = nil, metadata: [String: Any] = [:], outputs: [CellOutput] = [],
                executionCount: Int? = nil, extra: [String: Any] = [:]) {
        self.kind = kind
        self.id = id
        self.source = source
        self.metadata = metadata
        self.outputs = outputs
        self.executionCount = executionCount
        self.extra = extra
    }

    /// The cell's tags (`metadata.tags`).
    public var tags: [String] {
        get { metadata["tags"] as? [String] ?? [] }
        set { metadata["tags"] = newValue.isEmpty ? nil : newValue }
    }
}

public struct NotebookError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
