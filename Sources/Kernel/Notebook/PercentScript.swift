import Foundation

/// Notebooks as plain Python files in the "percent" format (Jupytext, VS Code, Spyder): each
/// cell starts with a `# %%` line; markdown cells are `# %% [markdown]` followed by comment
/// lines; cell tags ride on the marker as `tags=["nbval-ignore"]`. Such a file is valid Python,
/// so CPython runs it too.
public enum PercentScript {
    public static func read(_ text: String) -> Notebook {
        var cells: [NotebookCell] = []
        var kind = NotebookCell.Kind.code
        var tags: [String] = []
        var body: [String] = []
        var sawMarker = false

        func finish() {
            var lines = body
            while let first = lines.first, first.trimmingCharacters(in: .whitespaces).isEmpty { lines.removeFirst() }
            while let last = lines.last, last.trimmingCharacters(in: .whitespaces).isEmpty { lines.removeLast() }
            // Text before the first marker is a cell only if it has something in it.
            if sawMarker || !lines.isEmpty {
                if kind == .markdown || kind == .raw { lines = lines.map(uncomment) }
                var cell = NotebookCell(kind: kind, source: lines.joined(separator: "\n"))
                cell.tags = tags
                cells.append(cell)
            }
            body = []
        }

        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if let marker = parseMarker(line) {
                finish()
                sawMarker = true
                kind = marker.kind
                tags = marker.tags
            } else {
                body.append(line)
            }
        }
        finish()
        return Notebook(cells: cells, metadata: [:], formatMinor: 5)
    }

    static func uncomment(_ line: String) -> String {
        if line.hasPrefix("# ") { return String(line.dropFirst(2)) }
        if line == "#" { return "" }
        return line
    }

    /// `# %%`, `# %% title [markdown] tags=["a"]`, `#%%`: the cell kind and tags, or nil for
    /// an ordinary line.
    static func parseMarker(_ line: String) -> (kind: NotebookCell.Kind, tags: [String])? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("# %%") || trimmed.hasPrefix("#%%") else { return nil }
        let rest = trimmed.hasPrefix("# %%") ? trimmed.dropFirst(4) : trimmed.dropFirst(3)
        // `# %%%` or `# %%time` are not markers.
        if let first = rest.first, first != " " && first != "\t" { return nil }
        var kind = NotebookCell.Kind.code
        if rest.contains("[markdown]") || rest.contains("[md]") { kind = .markdown }
        if rest.contains("[raw]") { kind = .raw }
        var tags: [String] = []
        if let range = rest.range(of: #"tags=\[[^\]]*\]"#, options: .regularExpression) {
            let list = rest[range].dropFirst(5)
            tags = (try? JSONSerialization.jsonObject(with: Data(list.utf8))) as? [String] ?? []
        }
        return (kind, tags)
    }

    public static func write(_ notebook: Notebook) -> String {
        var parts: [String] = []
        for cell in notebook.cells {
            var marker = "# %%"
            switch cell.kind {
            case .markdown: marker += " [markdown]"
            case .raw: marker += " [raw]"
            case .code: break
            }
            if !cell.tags.isEmpty, let data = try? JSONSerialization.data(withJSONObject: cell.tags) {
                marker += " tags=" + String(decoding: data, as: UTF8.self)
            }
            var body = cell.source
            if cell.kind != .code {
                body = cell.source.split(separator: "\n", omittingEmptySubsequences: false)
                    .map { $0.isEmpty ? "#" : "# " + $0 }.joined(separator: "\n")
            }
            parts.append(body.isEmpty ? marker : marker + "\n" + body)
        }
        return parts.joined(separator: "\n\n") + "\n"
    }
}
