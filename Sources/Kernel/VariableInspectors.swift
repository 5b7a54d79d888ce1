import Interpreter

/// What `%whos` and `%summary` show about one variable beyond its name and type: extra columns
/// (a tensor's `dtype`, `shape`, `bytes`, `grad`) and the `Data/Info` text.
public struct VariableDescription {
    public var columns: [String: String]
    /// IPython's `Data/Info` column; nil keeps the default (a shortened repr).
    public var info: String?
    /// The fields `obj?` shows first (a tensor's shape, dtype, strides, ...), name and text.
    public var inspectFields: [(String, String)] = []

    public init(columns: [String: String] = [:], info: String? = nil) {
        self.columns = columns
        self.info = info
    }
}

/// Describes the values of some types for `%whos`. The Library registers one for tensors with
/// columns `["dtype", "shape", "bytes", "grad"]`.
public protocol VariableInspector {
    /// The column names this inspector may fill, in display order.
    var columns: [String] { get }
    /// A description of `value`, or nil when the value is not of a type this inspector knows.
    func describe(_ value: Value, interpreter: Interpreter) -> VariableDescription?
}

public struct ClosureVariableInspector: VariableInspector {
    public let columns: [String]
    let body: (Value, Interpreter) -> VariableDescription?

    public init(columns: [String], _ body: @escaping (Value, Interpreter) -> VariableDescription?) {
        self.columns = columns
        self.body = body
    }

    public func describe(_ value: Value, interpreter: Interpreter) -> VariableDescription? {
        body(value, interpreter)
    }
}

/// The inspectors of one session, plus the built-in descriptions of containers and scalars.
public final class VariableInspectorRegistry {
    private var inspectors: [VariableInspector] = []

    public init() {}

    public func register(_ inspector: VariableInspector) {
        inspectors.insert(inspector, at: 0)
    }

    /// Every extra column any inspector may fill, in registration order, without duplicates.
    public var allColumns: [String] {
        var seen: [String] = []
        for inspector in inspectors.reversed() {
            for column in inspector.columns where !seen.contains(column) { seen.append(column) }
        }
        return seen
    }

    /// The description of `value`: the first inspector that knows it, or the default one.
    public func describe(_ value: Value, interpreter: Interpreter) -> VariableDescription {
        for inspector in inspectors {
            if let description = inspector.describe(value, interpreter: interpreter) { return description }
        }
        return VariableDescription(info: VariableInspectorRegistry.defaultInfo(value, interpreter: interpreter))
    }

    /// IPython's `Data/Info` text: sizes of containers, else `str()` cut to one short line.
    static func defaultInfo(_ value: Value, interpreter: Interpreter) -> String {
        switch value.asObject {
        case let list as PyList: return "n=\(list.items.count)"
        case let tuple as PyTuple: return "n=\(tuple.items.count)"
        case let dict as PyDict: return "n=\(dict.storage.count)"
        case let set as PySet: return "n=\(set.storage.count)"
        case let module as PyModule: return "<module '\(module.name)'>"
        default:
            // IPython: str(), newlines shown as \n, long texts cut in the middle.
            let text = ((try? interpreter.str(value)) ?? "<\(value.typeName) object>").replacingOccurrences(of: "\n", with: "\\n")
            return text.count < 50 ? text : String(text.prefix(25)) + "<...>" + String(text.suffix(25))
        }
    }
}
