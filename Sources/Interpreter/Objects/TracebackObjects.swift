/// Python's view of where an exception passed: `exc.__traceback__` (a chain of `traceback`
/// objects), their `frame` objects with `f_locals`, and the attributes of `code` objects.
///
/// The VM's frames are pooled and reused, so a traceback cannot point at live frames as
/// CPython's does. Instead, when an exception leaves a frame the frame's variables are kept in
/// a `FrameSnapshot` on that traceback entry (a copy of its value slots: no dictionary is built
/// unless someone asks). That is what a post-mortem debugger and `traceback` need.
public final class FrameSnapshot {
    let code: CodeObject
    let globals: Namespace
    /// A function's value slots and cell contents, or a class body's namespace; module code
    /// keeps neither (its variables are its globals).
    let slots: [Value]
    let cells: [Value]
    let namespace: PyDict?

    init(frame: Frame) {
        code = frame.code
        globals = frame.globals
        namespace = frame.namespace
        if frame.namespace == nil && !frame.code.localNames.isEmpty {
            slots = Array(UnsafeBufferPointer(start: frame.locals, count: frame.code.localNames.count))
        } else {
            slots = []
        }
        cells = frame.cells.map(\.value)
    }

    /// Module-level code: its variables are its globals.
    var isModuleLevel: Bool { namespace == nil && code.localNames.isEmpty && cells.isEmpty }

    /// The frame's variables as `locals()` would have shown them (`globals` for module code).
    func localsDictionary(globals globalsDictionary: PyDict) -> PyDict {
        if let namespace { return namespace }
        if isModuleLevel { return globalsDictionary }
        let dict = PyDict()
        for (index, name) in code.localNames.enumerated() where index < slots.count && !slots[index].isUnset {
            dict[name] = slots[index]
        }
        for (index, name) in (code.cellNames + code.freeNames).enumerated() where index < cells.count && !cells[index].isUnset {
            dict[name] = cells[index]
        }
        return dict
    }
}

enum TracebackObjects {
    static let tracebackType = PyType(builtin: "traceback", base: BuiltinTypes.object, subclassable: false)
    static let frameType = PyType(builtin: "frame", base: BuiltinTypes.object, subclassable: false)

    /// `exc.__traceback__`: the outermost entry first, linked by `tb_next`, as CPython orders it.
    static func chain(for exception: PyException, _ interpreter: Interpreter) -> Value {
        var next: Value = .none
        var frames: [Value] = []
        // Entries are stored innermost first; a frame's `f_back` is the entry outside it.
        var outer: Value = .none
        for entry in exception.traceback.reversed() {
            let frame = frameObject(entry, back: outer, interpreter)
            frames.append(frame)
            outer = frame
        }
        for (entry, frame) in zip(exception.traceback, frames.reversed()) {
            let tb = PyInstance(type: tracebackType)
            tb.attributes["tb_frame"] = frame
            tb.attributes["tb_lineno"] = .int(entry.line)
            tb.attributes["tb_lasti"] = .int(-1)
            tb.attributes["tb_next"] = next
            // CPython 3.11's caret line under the failing operation, for `traceback.format_tb`.
            if let carets = entry.caretLine { tb.attributes["_tessera_carets"] = .str(carets) }
            next = .object(tb)
        }
        return next
    }

    private static func frameObject(_ entry: TracebackEntry, back: Value, _ interpreter: Interpreter) -> Value {
        let frame = PyInstance(type: frameType)
        frame.attributes["f_lineno"] = .int(entry.line)
        frame.attributes["f_back"] = back
        if let snapshot = entry.frame {
            frame.attributes["f_code"] = .object(snapshot.code)
            let globals = interpreter.globalsDictionary(snapshot.globals)
            frame.attributes["f_locals"] = .object(snapshot.localsDictionary(globals: globals))
            frame.attributes["f_globals"] = .object(globals)
        } else {
            // A frame still running (the one that caught the exception) or a native entry:
            // only its place is known.
            frame.attributes["f_code"] = .object(CompiledSource(text: entry.sourceText, fileName: entry.fileName, mode: .exec,
                                                                name: entry.functionName))
            frame.attributes["f_locals"] = .object(PyDict())
            frame.attributes["f_globals"] = .object(PyDict())
        }
        return .object(frame)
    }

    /// Attributes of `code` objects, for both compiled functions and what `compile()` returns.
    static func installCodeAttributes(_ type: PyType) {
        type.property("co_name") { _, v in
            if let code = v.asObject as? CodeObject { return .str(code.name) }
            return .str((v.asObject as? CompiledSource)?.name ?? "<module>")
        }
        type.property("co_qualname") { _, v in
            if let code = v.asObject as? CodeObject { return .str(code.qualifiedName) }
            return .str((v.asObject as? CompiledSource)?.name ?? "<module>")
        }
        type.property("co_filename") { _, v in
            if let code = v.asObject as? CodeObject { return .str(code.file.name) }
            return .str((v.asObject as? CompiledSource)?.fileName ?? "")
        }
        type.property("co_firstlineno") { _, v in .int((v.asObject as? CodeObject)?.firstLine ?? 1) }
        type.property("co_varnames") { _, v in
            .object(PyTuple(((v.asObject as? CodeObject)?.localNames ?? []).map { .str($0) }))
        }
        type.property("co_argcount") { _, v in .int((v.asObject as? CodeObject)?.argumentCount ?? 0) }
        type.property("co_kwonlyargcount") { _, v in .int((v.asObject as? CodeObject)?.keywordOnlyCount ?? 0) }
        // The whole text the code came from (a cell has no file to read): for `pdb`'s listing
        // and `traceback`'s source lines.
        type.property("_tessera_source") { _, v in
            .str((v.asObject as? CodeObject)?.file.text ?? (v.asObject as? CompiledSource)?.text ?? "")
        }
    }
}

extension Interpreter {
    /// Keeps the variables of a frame an exception is leaving, on the traceback entry the frame
    /// added. Out of line: the dispatch loop's error path stays small.
    @inline(never)
    func keepFrameForTraceback(_ exception: PyException, _ frame: Frame) {
        guard let last = exception.traceback.indices.last, exception.traceback[last].frameSerial == frame.serial,
              exception.traceback[last].frame == nil else { return }
        exception.traceback[last].frame = FrameSnapshot(frame: frame)
    }
}
