import Foundation

/// One representation of a value in a mime bundle: text (`text/plain`, `text/markdown`) or bytes
/// (`image/png`). Jupyter stores binary data base64-encoded; here it stays raw until written.
public enum DisplayValue: Equatable {
    case text(String)
    case binary(Data)

    public var text: String? {
        if case .text(let t) = self { return t }
        return nil
    }

    public var bytes: Data? {
        if case .binary(let d) = self { return d }
        return nil
    }
}

/// A mime bundle, as Jupyter models one output: the same value in several formats, in the order
/// they were produced (front ends pick the richest one they can show).
public struct DisplayData: Equatable {
    public private(set) var items: [(mime: String, value: DisplayValue)] = []
    /// Jupyter's transient `display_id`: outputs shown with the same id are replaced in place by
    /// `update_display` (a progress bar redrawn). Like Jupyter's `transient` field it is not
    /// part of the stored bundle, so notebooks do not keep it and `==` ignores it.
    public var displayID: String?

    public init() {}

    public init(plainText: String) {
        self["text/plain"] = .text(plainText)
    }

    public subscript(mime: String) -> DisplayValue? {
        get { items.first { $0.mime == mime }?.value }
        set {
            if let index = items.firstIndex(where: { $0.mime == mime }) {
                if let newValue { items[index].value = newValue } else { items.remove(at: index) }
            } else if let newValue {
                items.append((mime, newValue))
            }
        }
    }

    public var mimeTypes: [String] { items.map(\.mime) }
    public var plainText: String? { self["text/plain"]?.text }
    public var png: Data? { self["image/png"]?.bytes }
    public var isEmpty: Bool { items.isEmpty }

    /// Adds the entries of `other` that this bundle lacks.
    public mutating func merge(_ other: DisplayData) {
        for item in other.items where self[item.mime] == nil { self[item.mime] = item.value }
    }

    public static func == (a: DisplayData, b: DisplayData) -> Bool {
        a.items.count == b.items.count && zip(a.items, b.items).allSatisfy { $0.mime == $1.mime && $0.value == $1.value }
    }
}

/// What running code does to outputs already shown, besides adding new ones.
public enum DisplayEvent: Equatable {
    /// `update_display`: every output shown with this bundle's `displayID` now shows the bundle.
    case update(DisplayData)
    /// `clear_output`: the running cell's outputs go, now or (`wait`) when the next one arrives.
    case clear(wait: Bool)
}

/// An error shown as a cell output: Jupyter's `ename`, `evalue` and the traceback lines.
public struct ErrorOutput: Equatable {
    public var name: String
    public var value: String
    public var traceback: [String]

    public init(name: String, value: String, traceback: [String]) {
        self.name = name
        self.value = value
        self.traceback = traceback
    }

    /// The traceback as one block of text, as a terminal shows it.
    public var text: String {
        traceback.joined(separator: "\n") + "\n"
    }
}

/// One output of a cell, one case per nbformat output type.
public enum CellOutput: Equatable {
    case stream(name: String, text: String)
    case executeResult(executionCount: Int, data: DisplayData)
    case displayData(DisplayData)
    case error(ErrorOutput)
    /// An output type this version does not model, kept verbatim so notebooks round-trip.
    case unknown(json: String)

    /// The text a text-only front end shows for this output.
    public var plainText: String? {
        switch self {
        case .stream(_, let text): return text
        case .executeResult(_, let data), .displayData(let data): return data.plainText
        case .error(let error): return error.text
        case .unknown: return nil
        }
    }
}
