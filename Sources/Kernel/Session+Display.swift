import Foundation
import Interpreter

/// How a session shows values and what running code publishes. The hooks themselves are the
/// interpreter's (`DisplaySupport`: renderers, flushers, the publisher), shared with scripts that
/// run without a session; the session connects them to its cells and adds `display(obj, ...)` and
/// the `IPython.display` module, so notebook code that shows values explicitly (and library code
/// such as `plt.show()`) adds display outputs.
extension Session {
    func installDisplayHooks() {
        // Items published by running code become display outputs of the running cell.
        DisplaySupport.of(interpreter).publish = { [weak self] item in
            var data = DisplayData()
            data[item.mimeType] = DisplayValue(item)
            data["text/plain"] = .text(item.text)
            self?.emitDisplay(data)
        }
        let display = PyBuiltinFunction("display", "*objs", doc: "Show each object as a display output of the running cell.") { [weak self] _, a in
            guard let self else { return .none }
            for value in (a[0].asObject as? PyTuple)?.items ?? [] {
                self.emitDisplay(try self.displayData(for: value))
            }
            return .none
        }
        interpreter.builtins["display"] = .object(display)
        interpreter.moduleProviders["IPython"] = { interpreter in
            interpreter.makeModule("IPython", doc: "Compatibility shim: Tessera's display functions.") { namespace in
                namespace["display"] = .object(display)
            }
        }
        interpreter.moduleProviders["IPython.display"] = { interpreter in
            interpreter.makeModule("IPython.display", doc: "display() for notebook code written for Jupyter.") { namespace in
                namespace["display"] = .object(display)
            }
        }
    }

    /// Shows `value` as a display output of the running cell (what `display(value)` does).
    public func display(_ value: Value) throws {
        emitDisplay(try displayData(for: value))
    }

    /// Every format of `value`, always with `text/plain`: the interpreter's rich forms (registered
    /// renderers, then the value's `_repr_*_` methods), and `repr()` unless a renderer gave the
    /// plain text. An error from `repr()` propagates, as in CPython's display hook.
    public func displayData(for value: Value) throws -> DisplayData {
        var data = DisplayData()
        for item in interpreter.richDisplay(of: value) { data[item.mimeType] = DisplayValue(item) }
        if includesHTML, case .object(let object) = value, !(object is PyType), let method = object.type.lookup("_repr_html_"),
           let html = try? interpreter.call(method, value).stringValue {
            data["text/html"] = .text(html)
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

extension DisplayValue {
    /// The bundle entry of one interpreter display item: its text, or its raw bytes.
    init(_ item: DisplayItem) {
        self = item.isText ? .text(item.text) : .binary(Data(item.data))
    }
}
