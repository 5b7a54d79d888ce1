/// `sys._getframe(depth)`: Python's view of a frame that is still running, as fastcore's
/// `store_attr` reads its caller's arguments (`sys._getframe(1).f_locals`).
///
/// The VM's frames are pooled and reused once they return, so the object holds the frame with
/// the serial of the activation it was made for: while that activation is on the running call
/// chain, `f_locals`, `f_lineno` and `f_back` read the live frame (`f_locals` is a fresh
/// dictionary on each read, as CPython 3.11 refreshes it); once it has returned they show the
/// variables as they were when the object was made (a `FrameSnapshot`) and `f_back` is None.
final class LiveFrameObject: PyObject {
    let frame: Frame
    let serial: Int
    let snapshot: FrameSnapshot
    let line: Int

    init(_ frame: Frame) {
        self.frame = frame
        serial = frame.serial
        snapshot = FrameSnapshot(frame: frame)
        line = frame.currentLine
        super.init(type: LiveFrameObjects.type)
    }

    /// Whether the activation is still on the running call chain. A returned pooled frame keeps
    /// its serial until it is reused, so the serial alone does not tell; the chain is walked up
    /// to the first frame entered from Swift (beyond it the frame counts as returned, and the
    /// snapshot is shown).
    func isRunning(in interpreter: Interpreter) -> Bool {
        var current = interpreter.currentFrame
        while let candidate = current {
            if candidate === frame { return frame.serial == serial }
            current = candidate.parent
        }
        return false
    }
}

enum LiveFrameObjects {
    static let type = PyType(builtin: "frame", base: BuiltinTypes.object, subclassable: false) { type in
        func live(_ v: Value) throws -> LiveFrameObject {
            guard let o = v.asObject as? LiveFrameObject else { throw PyException(BuiltinTypes.typeError, "expected a frame") }
            return o
        }
        type.property("f_code") { _, v in .object(try live(v).snapshot.code) }
        type.property("f_globals") { i, v in .object(i.globalsDictionary(try live(v).snapshot.globals)) }
        type.property("f_lineno") { i, v in
            let o = try live(v)
            return .int(o.isRunning(in: i) ? o.frame.currentLine : o.line)
        }
        type.property("f_locals") { i, v in
            let o = try live(v)
            if o.isRunning(in: i) { return .object(i.localsDictionary(of: o.frame)) }
            return .object(o.snapshot.localsDictionary(globals: i.globalsDictionary(o.snapshot.globals)))
        }
        // A frame entered from Swift has no Python caller: its `f_back` is None.
        type.property("f_back") { i, v in
            let o = try live(v)
            guard o.isRunning(in: i), let parent = o.frame.parent else { return .none }
            return .object(LiveFrameObject(parent))
        }
    }

    static func getframe(_ interpreter: Interpreter, depth: Int) throws -> Value {
        var frame = interpreter.currentFrame
        var remaining = depth
        while remaining > 0, let current = frame {
            frame = current.parent
            remaining -= 1
        }
        guard let found = frame else { throw PyException(BuiltinTypes.valueError, "call stack is not deep enough") }
        return .object(LiveFrameObject(found))
    }
}
