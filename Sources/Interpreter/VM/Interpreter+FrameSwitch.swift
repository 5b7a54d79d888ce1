/// How the dispatch loop leaves an entry frame, and how it takes up another frame's saved state
/// when a Python-to-Python call or return switches frames inside the loop (kept apart from the
/// loop itself; `switchFrame` is inlined into it).
extension Interpreter {
    enum FrameExit {
        case returned(Value)
        case yielded(Value)
    }

    /// Resumes the dispatch loop's variables from `target`'s saved state when the loop switches
    /// frames: a call entering a Python function (which starts at pc 0 with its stack pointer
    /// above its locals) or a return to the caller. One read of the frame for all five.
    @inline(__always)
    static func switchFrame(to target: Unmanaged<Frame>, _ code: inout UnsafeMutablePointer<UInt32>,
                            _ constants: inout UnsafeMutablePointer<Value>, _ locals: inout UnsafeMutablePointer<Value>,
                            _ sp: inout UnsafeMutablePointer<Value>, _ pc: inout Int) {
        target._withUnsafeGuaranteedRef { f in
            code = f.bytecode
            constants = f.constants
            locals = f.locals
            sp = f.stackPointer
            pc = f.pc
        }
    }
}
