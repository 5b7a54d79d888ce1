import Foundation
import Interpreter

/// `%who`, `%whos` and `%reset`.
extension Session {
    static var variableMagics: [Magic] {
        [
            Magic(name: "who", summary: "List the interactive variables (optionally only of the given types).",
                  line: { session, arguments in session.who(types: MagicArguments.words(arguments)); return .none }),
            Magic(name: "whos", summary: "Table of the interactive variables: type, tensor dtype/shape/bytes, data.",
                  line: { session, arguments in session.whos(types: MagicArguments.words(arguments)); return .none }),
            Magic(name: "reset", summary: "Delete every interactive variable and Out (-f: no effect, never asks).",
                  line: { session, _ in session.reset(); return .none }),
        ]
    }

    /// The user's variables, sorted by name, optionally only those whose type name is listed.
    func userVariables(types: [String]) -> [(name: String, value: Value)] {
        userVariableNames.sorted().compactMap { name in
            guard let value = namespace[name] else { return nil }
            if !types.isEmpty && !types.contains(Session.typeLabel(of: value)) { return nil }
            return (name, value)
        }
    }

    /// The `Type` column: the class name, with IPython's names for functions and modules.
    static func typeLabel(of value: Value) -> String {
        value.typeName
    }

    func who(types: [String]) {
        let variables = userVariables(types: types)
        if variables.isEmpty {
            write(stream: "stdout", types.isEmpty ? "Interactive namespace is empty.\n" : "No variables match your requested type.\n")
            return
        }
        // IPython's layout: each name followed by a tab and a space, nine per line.
        var text = ""
        for (i, variable) in variables.enumerated() {
            text += variable.name + "\t "
            if i % 9 == 8 { text += "\n" }
        }
        write(stream: "stdout", text + "\n")
    }

    /// IPython's `%whos` table, with the extra columns the inspectors fill (only those that at
    /// least one listed variable has) between `Type` and `Data/Info`.
    func whos(types: [String]) {
        let variables = userVariables(types: types)
        if variables.isEmpty {
            write(stream: "stdout", types.isEmpty ? "Interactive namespace is empty.\n" : "No variables match your requested type.\n")
            return
        }
        let descriptions = variables.map { extensions.inspectors.describe($0.value, interpreter: interpreter) }
        let extra = extensions.inspectors.allColumns.filter { column in descriptions.contains { $0.columns[column] != nil } }
        var header = ["Variable", "Type"] + extra
        var rows: [[String]] = []
        for (variable, description) in zip(variables, descriptions) {
            var row = [variable.name, Session.typeLabel(of: variable.value)]
            row += extra.map { description.columns[$0] ?? "" }
            row.append(description.info ?? VariableInspectorRegistry.defaultInfo(variable.value, interpreter: interpreter))
            rows.append(row)
        }
        header.append("Data/Info")
        let separator = 3
        let widths = (0..<(header.count - 1)).map { column in
            (rows.map { $0[column].count } + [header[column].count]).max().map { $0 + separator } ?? 0
        }
        func format(_ row: [String]) -> String {
            var line = ""
            for (column, cell) in row.dropLast().enumerated() { line += cell.padding(toLength: widths[column], withPad: " ", startingAt: 0) }
            return line + " " + (row.last ?? "")
        }
        var text = format(header) + "\n"
        text += String(repeating: "-", count: widths.reduce(0, +) + 1 + "Data/Info".count) + "\n"
        for row in rows { text += format(row) + "\n" }
        write(stream: "stdout", text)
    }
}
