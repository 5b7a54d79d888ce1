/// The activation of one code object: its locals and operand stack (a window of the
/// interpreter's shared value stack), program counter, cells and active exception-handler
/// blocks. A suspended generator's values are moved out to the generator object and moved back
/// onto the stack top when it resumes.
///
/// Frames of Python-to-Python calls made by the dispatch loop come from the interpreter's frame
/// pool (`Interpreter.pushPooledFrame`) and are reused, so a call allocates nothing; frames made
/// for Swift callers and generators (`makeFrame`) are ordinary objects.
final class Frame {
    struct Block {
        enum Kind { case except, finally }
        var kind: Kind
        var handler: Int
        /// Operand-stack height (above the locals) to restore before jumping to the handler.
        var stackHeight: Int
    }

    // Unretained: the function being called sits in the frame's return slot (or is held by the
    // generator or the Swift caller) and keeps its code and globals alive, so frames cost no
    // reference counting for these. The dispatch loop reads them through `Unmanaged` without
    // retaining; the class-typed properties below are for the slow paths.
    var codeRef: Unmanaged<CodeObject>
    var functionRef: Unmanaged<PyFunction>?
    var globalsRef: Unmanaged<Namespace>
    /// The code's instructions, constants, global slots and attribute caches (copied from the
    /// code object when the frame starts, so returning to the frame reads no code object).
    var bytecode: UnsafeMutablePointer<UInt32>
    var constants: UnsafeMutablePointer<Value>
    var globalSlots: UnsafeMutablePointer<Int>
    var caches: UnsafeMutablePointer<AttributeCache>
    /// First local; the operand stack starts at `locals + code.localNames.count`.
    var locals: UnsafeMutablePointer<Value>
    /// Where the call's result goes and the lowest slot this frame owns on the shared stack
    /// (the callable's slot, or a placeholder for frames entered from Swift).
    var returnSlot: UnsafeMutablePointer<Value>
    /// Saved stack pointer while another frame runs or the generator is suspended.
    var stackPointer: UnsafeMutablePointer<Value>
    var pc = 0
    /// Cell variables, then free variables.
    var cells: [PyCell]
    var blocks: [Block] = []
    /// The calling frame. Unretained: a caller outlives its callees (it is pooled, or held by
    /// the `run` invocation or generator that runs it).
    var parentRef: Unmanaged<Frame>?
    /// Returning from an entry frame returns from `Interpreter.run`.
    var isEntry = false
    /// Class bodies keep their names in a dictionary.
    var namespace: PyDict?
    /// Height of the interpreter's handled-exception stack when the frame started.
    var exceptionDepth = 0
    /// Identifies this activation (pooled frame objects are reused), for tracebacks.
    var serial = 0

    init(code: CodeObject, function: PyFunction?, globals: Namespace, locals: UnsafeMutablePointer<Value>,
         returnSlot: UnsafeMutablePointer<Value>, cells: [PyCell]) {
        self.codeRef = Unmanaged.passUnretained(code)
        self.functionRef = function.map { Unmanaged.passUnretained($0) }
        self.globalsRef = Unmanaged.passUnretained(globals)
        self.bytecode = code.bytecode.unsafelyUnwrapped
        self.constants = code.constantPointer.unsafelyUnwrapped
        self.globalSlots = code.globalSlots.unsafelyUnwrapped
        self.caches = code.attributeCaches.unsafelyUnwrapped
        self.locals = locals
        self.returnSlot = returnSlot
        self.stackPointer = locals + code.localNames.count
        self.cells = cells
    }

    var code: CodeObject { codeRef.takeUnretainedValue() }
    var function: PyFunction? { functionRef?.takeUnretainedValue() }
    var globals: Namespace { globalsRef.takeUnretainedValue() }
    var parent: Frame? {
        get { parentRef?.takeUnretainedValue() }
        set { parentRef = newValue.map { Unmanaged.passUnretained($0) } }
    }

    var stackBase: UnsafeMutablePointer<Value> { locals + code.localNames.count }

    var currentLine: Int { code.line(at: max(0, pc - 1)) }

    /// Makes this pooled frame the activation of `function` (whose code is `code`), entered in
    /// place with its locals at `locals`. Kept out of line: the dispatch loop stays small. (Six
    /// arguments, all in registers; the caller sets `exceptionDepth` and `serial`.)
    @inline(never)
    func activate(function: Unmanaged<PyFunction>, code: Unmanaged<CodeObject>, locals: UnsafeMutablePointer<Value>,
                  returnSlot: UnsafeMutablePointer<Value>, localCount: Int, parent: Unmanaged<Frame>) {
        codeRef = code
        functionRef = function
        bytecode = code._withUnsafeGuaranteedRef { $0.bytecode.unsafelyUnwrapped }
        constants = code._withUnsafeGuaranteedRef { $0.constantPointer.unsafelyUnwrapped }
        globalSlots = code._withUnsafeGuaranteedRef { $0.globalSlots.unsafelyUnwrapped }
        caches = code._withUnsafeGuaranteedRef { $0.attributeCaches.unsafelyUnwrapped }
        if code._withUnsafeGuaranteedRef({ $0.hasFreeNames }) {
            cells = function._withUnsafeGuaranteedRef { $0.closure }
        }
        globalsRef = function._withUnsafeGuaranteedRef { $0.globalsRef }
        self.locals = locals
        self.returnSlot = returnSlot
        self.stackPointer = locals + localCount
        self.pc = 0
        self.parentRef = parent
        self.isEntry = false
    }

    /// Drops what a finished pooled activation still holds.
    @inline(__always)
    func clearForReuse() {
        if !cells.isEmpty || !blocks.isEmpty { clearSlow() }
    }

    @inline(never)
    func clearSlow() {
        cells = []
        blocks.removeAll(keepingCapacity: true)
    }
}

extension Interpreter {
    /// The next free frame of the pool, marked in use. The pool keeps it alive.
    @inline(__always)
    func pushPooledFrame() -> Unmanaged<Frame> {
        if framePoolTop == framePoolCapacity { growFramePool() }
        let frame = framePool[framePoolTop]
        framePoolTop += 1
        return frame
    }

    /// Returns the most recently pushed pooled frame.
    @inline(__always)
    func popPooledFrame(_ frame: Frame) {
        framePoolTop -= 1
        frame.clearForReuse()
    }

    @inline(__always)
    func popPooledFrame(_ frame: Unmanaged<Frame>) {
        framePoolTop -= 1
        frame._withUnsafeGuaranteedRef { $0.clearForReuse() }
    }

    @inline(never)
    func growFramePool() {
        let capacity = max(64, framePoolCapacity * 2)
        let grown = UnsafeMutablePointer<Unmanaged<Frame>>.allocate(capacity: capacity)
        grown.initialize(from: framePool, count: framePoolCapacity)
        framePool.deallocate()
        let placeholder = stackStart
        for i in framePoolCapacity..<capacity {
            let frame = Frame(code: placeholderCode, function: nil, globals: builtins, locals: placeholder,
                              returnSlot: placeholder, cells: [])
            frame.isEntry = false
            (grown + i).initialize(to: Unmanaged.passRetained(frame))
        }
        framePool = grown
        framePoolCapacity = capacity
    }

    func releaseFramePool() {
        for i in 0..<framePoolCapacity { framePool[i].release() }
        framePool.deallocate()
        framePoolCapacity = 0
    }

    /// A fresh activation number for tracebacks.
    @inline(__always)
    func nextFrameSerial() -> Int {
        frameSerialCounter &+= 1
        return frameSerialCounter
    }
}
