/// `__del__`: CPython calls it when an object's last reference goes. Tessera's objects are
/// freed by Swift's reference counting, and a Swift `deinit` may run in the middle of any
/// instruction, where running Python code could break the VM's invariants. So a dying instance
/// whose class defines `__del__` hands a stand-in (same class, same attributes, `id` aside) to
/// its interpreter's queue and raises the pending-finalizer bit of the interrupt word; the
/// dispatch loop already polls that word at calls and loop back-edges, where it is safe to run
/// Python, and runs the queue there; a script or cell also runs it when it ends. So `del x` is
/// followed by `x.__del__()` before the next call, as in CPython. Each object is finalized once
/// (PEP 442). Objects kept alive by a reference cycle are never freed, so never finalized, and
/// objects still alive when the process exits are not finalized.
public final class FinalizerQueue {
    /// Stand-ins of freed objects whose `__del__` has not run yet.
    var pending: [PyInstance] = []
    /// Whose interrupt word to raise the bit in (weak: instances may outlive their interpreter).
    weak var interpreter: Interpreter?
    private(set) var isRunning = false

    init(interpreter: Interpreter) {
        self.interpreter = interpreter
    }

    /// Called from a dying instance's deinit: keeps its state for `__del__`.
    func enqueue(type: PyType, attributes: AttributeTable) {
        let standIn = PyInstance(type: type)
        standIn.attributes = attributes
        standIn.isFinalized = true
        pending.append(standIn)
        interpreter?.interruptFlag?.pointee |= Interpreter.finalizerPendingBit
    }
}

extension Interpreter {
    /// The bit of the interrupt word that means "finalizers are waiting"; any other bit is Ctrl-C.
    static let finalizerPendingBit: Int32 = 2

    /// Handles a non-zero interrupt word: runs waiting finalizers, then raises KeyboardInterrupt
    /// if Ctrl-C was pressed.
    @inline(never)
    func serviceInterruptWord(_ flag: UnsafeMutablePointer<Int32>) throws {
        let word = flag.pointee
        flag.pointee = 0
        if word & Interpreter.finalizerPendingBit != 0 { runPendingFinalizers() }
        if word & ~Interpreter.finalizerPendingBit != 0 {
            throw PyException(type: BuiltinTypes.keyboardInterrupt, args: [])
        }
    }

    /// Runs `__del__` for every freed object waiting in the queue (and for those their
    /// finalizers free). An exception in `__del__` is reported and ignored, as in CPython.
    public func runPendingFinalizers() {
        if finalizers.isRunning || finalizers.pending.isEmpty { return }
        finalizers.withRunning {
            while !finalizers.pending.isEmpty {
                let object = finalizers.pending.removeFirst()
                guard let method = object.type.lookup("__del__") else { continue }
                do {
                    _ = try call(method, Arguments([.object(object)]))
                } catch {
                    let description = (try? repr(method)) ?? "__del__"
                    standardError("Exception ignored in: \(description)\n")
                    if let exception = error as? PyException {
                        standardError("\(exception.type.name): \((try? str(.object(exception))) ?? "")\n")
                    }
                }
            }
        }
        if let flag = interruptFlag { flag.pointee &= ~Interpreter.finalizerPendingBit }
    }
}

extension FinalizerQueue {
    func withRunning(_ body: () -> Void) {
        isRunning = true
        defer { isRunning = false }
        body()
    }
}
