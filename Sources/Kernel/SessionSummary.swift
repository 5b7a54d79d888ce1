import Foundation
import Interpreter

/// `%summary` and `tessera run --summary`: the variables with their types and shapes (or sizes),
/// and each cell's run time, as plain text and as Markdown.
public struct SessionSummary {
    public struct Variable {
        public var name: String
        public var type: String
        /// A tensor's shape (from an inspector's `shape` column), else the `Data/Info` text.
        public var shape: String
    }

    public var variables: [Variable]
    public var cells: [CellRecord]

    public init(session: Session) {
        variables = session.userVariables(types: []).map { name, value in
            let description = session.extensions.inspectors.describe(value, interpreter: session.interpreter)
            let info = description.columns["shape"] ?? description.info
                ?? VariableInspectorRegistry.defaultInfo(value, interpreter: session.interpreter)
            return Variable(name: name, type: Session.typeLabel(of: value), shape: info)
        }
        cells = session.cellRecords
    }

    var totalTime: Double { cells.reduce(0) { $0 + $1.duration } }

    static func firstLine(_ source: String) -> String {
        let line = source.split(separator: "\n").first.map(String.init) ?? ""
        return line.count > 50 ? String(line.prefix(47)) + "..." : line
    }

    public var text: String {
        var out = "Variables (\(variables.count)):\n"
        let nameWidth = max(4, variables.map(\.name.count).max() ?? 0) + 2
        let typeWidth = max(4, variables.map(\.type.count).max() ?? 0) + 2
        out += "  " + "Name".padding(toLength: nameWidth, withPad: " ", startingAt: 0)
            + "Type".padding(toLength: typeWidth, withPad: " ", startingAt: 0) + "Shape/Info\n"
        for variable in variables {
            out += "  " + variable.name.padding(toLength: nameWidth, withPad: " ", startingAt: 0)
                + variable.type.padding(toLength: typeWidth, withPad: " ", startingAt: 0) + variable.shape + "\n"
        }
        out += "Cells (\(cells.count), \(TimeFormat.format(totalTime)) in total):\n"
        for cell in cells {
            let label = "In [\(cell.executionCount)]".padding(toLength: 10, withPad: " ", startingAt: 0)
            let time = TimeFormat.format(cell.duration).padding(toLength: 10, withPad: " ", startingAt: 0)
            out += "  \(label)\(time)\(cell.failed ? "error  " : "")\(SessionSummary.firstLine(cell.source))\n"
        }
        return out
    }

    public var markdown: String {
        func escape(_ text: String) -> String {
            text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "`", with: "'")
        }
        var out = "### Variables\n\n| Name | Type | Shape/Info |\n|---|---|---|\n"
        for variable in variables {
            out += "| `\(escape(variable.name))` | \(escape(variable.type)) | \(escape(variable.shape)) |\n"
        }
        out += "\n### Cells\n\n| Cell | Time | Status | First line |\n|---|---|---|---|\n"
        for cell in cells {
            out += "| \(cell.executionCount) | \(TimeFormat.format(cell.duration)) | \(cell.failed ? "error" : "ok") | `\(escape(SessionSummary.firstLine(cell.source)))` |\n"
        }
        out += "\nTotal time: \(TimeFormat.format(totalTime))\n"
        return out
    }
}
