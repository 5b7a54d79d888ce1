import Foundation

/// Reading and writing `.ipynb` files (nbformat 4) with Foundation's JSONSerialization.
///
/// Multi-line strings are accepted as a string or a list of lines, and written as lists of lines
/// (as Jupyter writes them). Binary outputs (`image/png`) are base64 in the file and raw bytes in
/// memory. Keys are sorted on output, like `nbformat.write`, so files diff well.
public enum NotebookJSON {
    public static func read(_ data: Data) throws -> Notebook {
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw NotebookError("not a notebook: the file is not valid JSON (\(error.localizedDescription))")
        }
        guard let root = parsed as? [String: Any], let cellList = root["cells"] as? [Any] else {
            throw NotebookError("not a notebook: no \"cells\" list (nbformat 4 is required)")
        }
        let major = root["nbformat"] as? Int ?? 4
        guard major == 4 else { throw NotebookError("nbformat \(major) notebooks are not supported; convert to version 4") }
        var cells: [NotebookCell] = []
        for (index, item) in cellList.enumerated() {
            guard let json = item as? [String: Any] else { throw NotebookError("cell \(index + 1) is not an object") }
            cells.append(try readCell(json, index: index))
        }
        return Notebook(cells: cells, metadata: root["metadata"] as? [String: Any] ?? [:], formatMinor: root["nbformat_minor"] as? Int ?? 5)
    }

    static func multiline(_ value: Any?) -> String {
        if let s = value as? String { return s }
        if let lines = value as? [Any] { return lines.compactMap { $0 as? String }.joined() }
        return ""
    }

    static func readCell(_ json: [String: Any], index: Int) throws -> NotebookCell {
        guard let type = json["cell_type"] as? String, let kind = NotebookCell.Kind(rawValue: type) else {
            throw NotebookError("cell \(index + 1) has an unknown cell_type \(json["cell_type"] ?? "none")")
        }
        var cell = NotebookCell(kind: kind, source: multiline(json["source"]), id: json["id"] as? String,
                                metadata: json["metadata"] as? [String: Any] ?? [:])
        if kind == .code {
            cell.executionCount = json["execution_count"] as? Int
            cell.outputs = try (json["outputs"] as? [Any] ?? []).map { item in
                guard let output = item as? [String: Any] else { throw NotebookError("cell \(index + 1) has a malformed output") }
                return try readOutput(output)
            }
        }
        let modelled: Set<String> = ["cell_type", "source", "id", "metadata", "execution_count", "outputs"]
        cell.extra = json.filter { !modelled.contains($0.key) }
        return cell
    }

    static func isBinary(_ mime: String) -> Bool {
        mime.hasPrefix("image/") && mime != "image/svg+xml"
    }

    static func isJSON(_ mime: String) -> Bool {
        mime == "application/json" || mime.hasSuffix("+json")
    }

    static func readBundle(_ json: Any?) -> DisplayData {
        var data = DisplayData()
        guard let bundle = json as? [String: Any] else { return data }
        for mime in bundle.keys.sorted(by: { a, b in a == "text/plain" ? true : (b == "text/plain" ? false : a < b) }) {
            let value = bundle[mime]
            if isBinary(mime) {
                let text = multiline(value)
                if let decoded = Data(base64Encoded: text, options: .ignoreUnknownCharacters) { data[mime] = .binary(decoded) }
            } else if isJSON(mime), let value, JSONSerialization.isValidJSONObject(value),
                      let encoded = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys]) {
                data[mime] = .text(String(decoding: encoded, as: UTF8.self))
            } else {
                data[mime] = .text(multiline(value))
            }
        }
        return data
    }

    static func readOutput(_ json: [String: Any]) throws -> CellOutput {
        switch json["output_type"] as? String {
        case "stream":
            return .stream(name: json["name"] as? String ?? "stdout", text: multiline(json["text"]))
        case "execute_result":
            return .executeResult(executionCount: json["execution_count"] as? Int ?? 0, data: readBundle(json["data"]))
        case "display_data":
            return .displayData(readBundle(json["data"]))
        case "error":
            return .error(ErrorOutput(name: json["ename"] as? String ?? "", value: json["evalue"] as? String ?? "",
                                      traceback: (json["traceback"] as? [Any] ?? []).compactMap { $0 as? String }))
        default:
            let data = try JSONSerialization.data(withJSONObject: json, options: [.sortedKeys])
            return .unknown(json: String(decoding: data, as: UTF8.self))
        }
    }

    // MARK: Writing

    public static func write(_ notebook: Notebook) throws -> Data {
        var notebook = notebook
        if notebook.formatMinor >= 5 { notebook.assignMissingIDs() }
        let root: [String: Any] = [
            "cells": notebook.cells.map { json(for: $0, minor: notebook.formatMinor) },
            "metadata": notebook.metadata,
            "nbformat": 4,
            "nbformat_minor": notebook.formatMinor,
        ]
        guard JSONSerialization.isValidJSONObject(root) else { throw NotebookError("the notebook's metadata cannot be written as JSON") }
        var data = try JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        data.append(0x0A)
        return data
    }

    /// Splits text into lines that keep their `\n`, as Jupyter stores multi-line strings.
    static func lines(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        for c in text {
            current.append(c)
            if c == "\n" {
                result.append(current)
                current = ""
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    static func json(for cell: NotebookCell, minor: Int) -> [String: Any] {
        var json = cell.extra
        json["cell_type"] = cell.kind.rawValue
        json["source"] = lines(cell.source)
        json["metadata"] = cell.metadata
        if minor >= 5, let id = cell.id { json["id"] = id }
        if cell.kind == .code {
            json["execution_count"] = cell.executionCount.map { $0 as Any } ?? NSNull()
            json["outputs"] = cell.outputs.compactMap(json(for:))
        }
        return json
    }

    static func bundle(_ data: DisplayData) -> [String: Any] {
        var json: [String: Any] = [:]
        for (mime, value) in data.items {
            switch value {
            case .binary(let bytes):
                json[mime] = bytes.base64EncodedString()
            case .text(let text):
                if isJSON(mime), let parsed = try? JSONSerialization.jsonObject(with: Data(text.utf8)) {
                    json[mime] = parsed
                } else {
                    json[mime] = lines(text)
                }
            }
        }
        return json
    }

    static func json(for output: CellOutput) -> [String: Any]? {
        switch output {
        case .stream(let name, let text):
            return ["output_type": "stream", "name": name, "text": lines(text)]
        case .executeResult(let count, let data):
            return ["output_type": "execute_result", "execution_count": count, "data": bundle(data), "metadata": [String: Any]()]
        case .displayData(let data):
            return ["output_type": "display_data", "data": bundle(data), "metadata": [String: Any]()]
        case .error(let error):
            return ["output_type": "error", "ename": error.name, "evalue": error.value, "traceback": error.traceback]
        case .unknown(let text):
            return (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any]
        }
    }
}
