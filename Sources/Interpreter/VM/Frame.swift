/// The activation of one code object: its locals and operand stack (a window of the
/// interpreter's shared value stack), program counter, cells and active exception-handler
/// blocks. A suspended generator's values are moved out to the generator object and moved back
/// onto the stack top when it resumes.
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
    // reference counting for these.
    unowned(unsafe) let code: CodeObject
    unowned(unsafe) let function: PyFunction?
    unowned(unsafe) let globals: Namespace
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
    var parent: Frame?
    /// Returning from an entry frame returns from `Interpreter.run`.
    var isEntry = false
    /// Class bodies keep their names in a dictionary.
    var namespace: PyDict?
    /// Height of the interpreter's handled-exception stack when the frame started.
    var exceptionDepth = 0

    init(code: CodeObject, function: PyFunction?, globals: Namespace, locals: UnsafeMutablePointer<Value>,
         returnSlot: UnsafeMutablePointer<Value>, cells: [PyCell]) {
        self.code = code
        self.function = function
        self.globals = globals
        self.locals = locals
        self.returnSlot = returnSlot
        self.stackPointer = locals + code.localNames.count
        self.cells = cells
    }

    var stackBase: UnsafeMutablePointer<Value> { locals + code.localNames.count }

    var currentLine: Int { code.line(at: max(0, pc - 1)) }
}
