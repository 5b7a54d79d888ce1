import Foundation
import Interpreter

/// Turns a value into the formats a front end can show. The Library layer registers one per
/// rich type (a tensor's own text form, a PIL image or a figure as `image/png`); the Kernel knows
/// nothing of those types.
public protocol DisplayFormatter {
    /// The mime bundle for `value`, or nil when this formatter does not handle it. A bundle
    /// without `text/plain` gets the value's repr added.
    func displayData(for value: Value, interpreter: Interpreter) throws -> DisplayData?
}

/// A formatter made of a closure, for one class (and its subclasses) or any predicate.
public struct ClosureDisplayFormatter: DisplayFormatter {
    let body: (Value, Interpreter) throws -> DisplayData?

    public init(_ body: @escaping (Value, Interpreter) throws -> DisplayData?) {
        self.body = body
    }

    public init(type: PyType, _ body: @escaping (Value, Interpreter) throws -> DisplayData?) {
        self.body = { value, interpreter in
            value.type.isSubtype(of: type) ? try body(value, interpreter) : nil
        }
    }

    public func displayData(for value: Value, interpreter: Interpreter) throws -> DisplayData? {
        try body(value, interpreter)
    }
}

/// The formatters of one session. Lookup order: registered formatters, newest first (so a later
/// registration can refine an earlier one); then IPython's rich display methods on the object
/// itself (`_repr_png_`, `_repr_markdown_`, `_repr_latex_`, see `protocolMethods`) for formats the
/// formatter did not give; then `repr()` for `text/plain`.
public final class DisplayRegistry {
    private var formatters: [DisplayFormatter] = []

    /// IPython's `_repr_*_` methods this registry asks a value for, with the mime type each
    /// produces. Python classes (and native library classes) can display themselves this way
    /// without any Swift registration. `_repr_html_` is left out on purpose: exported HTML never
    /// embeds markup produced by cell code.
    public static let protocolMethods: [(method: String, mime: String)] = [
        ("_repr_png_", "image/png"),
        ("_repr_svg_", "image/svg+xml"),
        ("_repr_markdown_", "text/markdown"),
        ("_repr_latex_", "text/latex"),
    ]

    public init() {}

    public func register(_ formatter: DisplayFormatter) {
        formatters.insert(formatter, at: 0)
    }

    public func register(type: PyType, _ body: @escaping (Value, Interpreter) throws -> DisplayData?) {
        register(ClosureDisplayFormatter(type: type, body))
    }

    /// Every format of `value`; always has `text/plain`. Errors from a rich formatter fall back
    /// to the plain repr (IPython does the same: a broken `_repr_png_` must not hide the value);
    /// an error from `repr()` itself propagates, as in CPython's display hook.
    public func displayData(for value: Value, interpreter: Interpreter) throws -> DisplayData {
        var data = DisplayData()
        for formatter in formatters {
            if let produced = try? formatter.displayData(for: value, interpreter: interpreter) {
                data = produced
                break
            }
        }
        if case .object(let object) = value, !(object is PyType) {
            for (method, mime) in DisplayRegistry.protocolMethods where data[mime] == nil {
                guard let function = object.type.lookup(method) else { continue }
                guard let produced = try? interpreter.call(function, Arguments([value])) else { continue }
                if let bytes = produced.asObject as? PyBytes {
                    data[mime] = .binary(Data(bytes.bytes))
                } else if let text = produced.stringValue {
                    data[mime] = .text(text)
                }
            }
        }
        if data["text/plain"] == nil {
            data["text/plain"] = .text(try interpreter.repr(value))
        }
        // `text/plain` first, as Jupyter writes bundles: front ends that only read the first
        // entry still show something.
        if data.items.first?.mime != "text/plain", let plain = data["text/plain"] {
            var ordered = DisplayData()
            ordered["text/plain"] = plain
            for item in data.items where item.mime != "text/plain" { ordered[item.mime] = item.value }
            data = ordered
        }
        return data
    }
}
