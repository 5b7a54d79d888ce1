import Foundation
import Interpreter

/// How a session shows values and what running code publishes. The hooks themselves are the
/// interpreter's (`DisplaySupport`: renderers, flushers, the publisher), shared with scripts that
/// run without a session; the session connects them to its cells and adds IPython's display
/// functions: `display(obj, display_id=...)`, `update_display`, `clear_output` (the native
/// `_tessera_display` module, under the `IPython` package in `Python/IPython`), so notebook code
/// that shows values explicitly, redraws a progress bar in place, or probes `get_ipython()` runs
/// as in Jupyter.
extension Session {
    func installDisplayHooks() {
        // Items published by running code become display outputs of the running cell.
        DisplaySupport.of(interpreter).publish = { [weak self] item in
            var data = DisplayData()
            data[item.mimeType] = DisplayValue(item)
            data["text/plain"] = .text(item.text)
            self?.emitDisplay(data)
        }
        let display = PyBuiltinFunction(
            "display", "*objs, include=None, exclude=None, metadata=None, transient=None, display_id=None, raw=False, clear=False, update=False, **kwargs",
            doc: "Show each object as a display output of the running cell; with display_id, return a DisplayHandle that can update it in place."
        ) { [weak self] interpreter, a in
            guard let self else { return .none }
            let objects = (a[0].asObject as? PyTuple)?.items ?? []
            return try self.displayCall(objects, displayID: a[5], transient: a[4], raw: try interpreter.isTruthy(a[6]),
                                        clear: try interpreter.isTruthy(a[7]), update: try interpreter.isTruthy(a[8]))
        }
        let updateDisplay = PyBuiltinFunction("update_display", "obj, *, display_id, **kwargs",
                                              doc: "Replace what every output shown with display_id shows.") { [weak self] _, a in
            guard let self else { return .none }
            _ = try self.displayCall([a[0]], displayID: a[1], transient: .none, raw: false, clear: false, update: true)
            return .none
        }
        let clearOutput = PyBuiltinFunction("clear_output", "wait=False",
                                            doc: "Clear the running cell's outputs, now or (wait=True) when the next output arrives.") { [weak self] interpreter, a in
            self?.clearOutput(wait: try interpreter.isTruthy(a[0]))
            return .none
        }
        let newID = PyBuiltinFunction("new_display_id", "", doc: "A fresh display id (uuid4().hex).") { _, _ in
            .str(Session.newDisplayID())
        }
        let shellClass = PyBuiltinFunction("shell_class", "", doc: "The class name get_ipython() reports.") { [weak self] _, _ in
            guard let self else { return .none }
            return .str(self.shellClassName)
        }
        interpreter.builtins["display"] = .object(display)
        interpreter.builtins["get_ipython"] = .object(PyBuiltinFunction("get_ipython", "", doc: "The running shell (IPython.get_ipython).") { interpreter, _ in
            let module = try interpreter.importModule("IPython.core.getipython", returnTopLevel: false)
            return try interpreter.call(try interpreter.getAttribute(.object(module), "get_ipython"))
        })
        interpreter.moduleProviders["_tessera_display"] = { interpreter in
            interpreter.makeModule("_tessera_display", doc: "The session's display functions, under IPython.display.") { namespace in
                namespace["display"] = .object(display)
                namespace["update_display"] = .object(updateDisplay)
                namespace["clear_output"] = .object(clearOutput)
                namespace["new_display_id"] = .object(newID)
                namespace["shell_class"] = .object(shellClass)
            }
        }
    }

    /// IPython's `display()`: each object becomes a display output (or, with `update`, replaces
    /// the outputs shown with the display id). `display_id=True` picks a fresh id. A call with a
    /// display id returns a `DisplayHandle` on it, as IPython's does.
    func displayCall(_ objects: [Value], displayID: Value, transient: Value, raw: Bool, clear: Bool, update: Bool) throws -> Value {
        var id: String?
        if case .bool(true) = displayID {
            id = Session.newDisplayID()
        } else if try interpreter.isTruthy(displayID) {
            id = try interpreter.str(displayID)
        } else if let transient = transient.asObject as? PyDict,
                  let given = transient.storage.first(where: { $0.0.value.stringValue == "display_id" })?.1 {
            id = try interpreter.str(given)
        }
        if update && id == nil {
            throw PyException(BuiltinTypes.typeError, "display_id required for update_display")
        }
        if clear { clearOutput(wait: true) }
        for object in objects {
            var data = raw ? try rawBundle(object) : try displayData(for: object)
            data.displayID = id
            if update { updateDisplay(data) } else { emitDisplay(data) }
        }
        guard let id, try interpreter.isTruthy(displayID) || update else { return .none }
        let module = try interpreter.importModule("IPython.core.display_functions", returnTopLevel: false)
        return try interpreter.call(try interpreter.getAttribute(.object(module), "DisplayHandle"), .str(id))
    }

    /// `display(bundle, raw=True)`: a dict of mime type to data, shown as given (image data as
    /// bytes or base64 text).
    private func rawBundle(_ object: Value) throws -> DisplayData {
        guard let dict = object.asObject as? PyDict else {
            throw PyException(BuiltinTypes.typeError, "display(raw=True) expects a dict of mime type to data, not \(object.typeName)")
        }
        var data = DisplayData()
        for (key, value) in dict.storage {
            let mime = try interpreter.str(key.value)
            if let bytes = value.asObject as? PyBytes {
                data[mime] = .binary(Data(bytes.bytes))
            } else if mime.hasPrefix("image/") && mime != "image/svg+xml", let text = value.stringValue,
                      let decoded = Data(base64Encoded: text, options: .ignoreUnknownCharacters) {
                data[mime] = .binary(decoded)
            } else {
                data[mime] = .text(try value.stringValue ?? interpreter.str(value))
            }
        }
        return data
    }

    /// IPython's display ids: `uuid4().hex`.
    static func newDisplayID() -> String {
        UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
    }

    /// Shows `value` as a display output of the running cell (what `display(value)` does).
    public func display(_ value: Value) throws {
        emitDisplay(try displayData(for: value))
    }

    /// `update_display`: the running cell's outputs with the bundle's display id change in
    /// place; the front end (or the notebook runner) updates the others.
    public func updateDisplay(_ data: DisplayData) {
        collector?.update(data)
        displayEventHandler?(.update(data))
    }

    /// `clear_output(wait:)` for the running cell.
    public func clearOutput(wait: Bool) {
        collector?.clear(wait: wait)
        displayEventHandler?(.clear(wait: wait))
    }

    /// Every format of `value`, always with `text/plain`: the interpreter's rich forms (registered
    /// renderers, then the value's `_repr_*_` methods), and `repr()` unless a renderer gave the
    /// plain text. An error from `repr()` propagates, as in CPython's display hook.
    public func displayData(for value: Value) throws -> DisplayData {
        var data = DisplayData()
        for item in interpreter.richDisplay(of: value) { data[item.mimeType] = DisplayValue(item) }
        if data["text/plain"] == nil {
            if let floatFormat {
                data["text/plain"] = .text(try plainTextWithFloatFormat(value, format: floatFormat))
            } else {
                data["text/plain"] = .text(try interpreter.repr(value))
            }
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
