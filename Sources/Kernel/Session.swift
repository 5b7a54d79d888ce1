import Foundation
import Interpreter

/// One interactive session: an interpreter, the `__main__` namespace cells run in, the execution
/// counter and IPython's `In`/`Out` bookkeeping, the history and the extension registries.
///
/// A session is not thread-safe and must be used from a thread with a big stack (see
/// `InterpreterThread`): every method may run Python code.
public final class Session {
    public let interpreter: Interpreter
    public let namespace: Namespace
    public let extensions: KernelExtensions
    /// The number of the last cell that used one (`In [n]`); the next cell gets `n + 1`.
    public internal(set) var executionCount = 0
    /// `In`: the source of every cell by number (`In[0]` is empty, as in IPython).
    public let inputs: PyList
    /// `Out`: the value of every cell that showed one, by number.
    public let outputs: PyDict
    /// Where cells are recorded; nil records nothing (tests, `%run` of scripts).
    public var history: HistoryStore?
    /// Receives each output as it is produced (stream text chunk by chunk), for live front ends.
    public var outputHandler: ((CellOutput) -> Void)?
    /// Receives display updates (`update_display`) and `clear_output` as they happen: a live
    /// front end redraws, a notebook runner rewrites the outputs of earlier cells.
    public var displayEventHandler: ((DisplayEvent) -> Void)?
    /// The class name `get_ipython()` reports, which libraries probe to pick their output
    /// (fastprogress draws HTML bars for `ZMQInteractiveShell`, text for the terminal's).
    public var shellClassName = "TerminalInteractiveShell"
    /// Where help (`obj?`, `obj??`) goes: nil writes it to the cell's stdout; a Jupyter kernel
    /// sends it as a `page` payload, which front ends show in their pager.
    public var pager: ((String) -> Void)?
    /// Every cell run so far, for `%summary`.
    public internal(set) var cellRecords: [CellRecord] = []
    /// Where `%workspace save`/`load` without a path (and the front ends) keep this session's workspace.
    public var workspacePath: String?
    /// Things front ends print once outside any cell (restore notes, history warnings).
    public var noticeHandler: (String) -> Void = { FileOutput.standardError.write($0 + "\n") }

    /// The outputs of the running cell; nil between cells.
    var collector: OutputCollector?
    /// Points at the flag the interpreter polls for Ctrl-C.
    public let interruptFlag: UnsafeMutablePointer<Int32>
    private let ownsInterruptFlag: Bool
    /// The source of each user class, which the interpreter does not keep on the class.
    var classSources = ClassSourceTable()
    var builtinMagics: [String: Magic] = [:]
    /// The directory before the last `%cd` (for `%cd -`).
    var previousDirectory: String?
    /// `%autoreload`: the mode and the module file times it compares.
    var autoreload = AutoreloadState()
    /// `%pdb`: whether the post-mortem debugger opens after every error.
    var automaticDebugger = false
    /// `%xmode`: Plain, Context, Verbose (full tracebacks) or Minimal (the last line only).
    var exceptionMode = "Context"
    /// Code for the front end to put in the next input (`%load`), as IPython's `set_next_input`.
    public var nextInput: String?
    /// `%precision`: the `%`-format for floats shown as Out, or nil for repr.
    var floatFormat: String?
    /// The names a fresh session binds, which `%who` and workspace saving leave out.
    var initialNames: Set<String> = []

    /// - Parameters:
    ///   - extensions: what the session adds to plain Python (libraries, serializers, magics);
    ///     `KernelExtensions()` for none.
    ///   - interruptFlag: the flag a SIGINT handler sets (the REPL passes its one process-wide
    ///     flag); by default the session owns a private one.
    public init(extensions: KernelExtensions, interpreter: Interpreter = Interpreter(),
                interruptFlag: UnsafeMutablePointer<Int32>? = nil) {
        self.extensions = extensions
        self.interpreter = interpreter
        if let interruptFlag {
            self.interruptFlag = interruptFlag
            ownsInterruptFlag = false
        } else {
            self.interruptFlag = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
            self.interruptFlag.initialize(to: 0)
            ownsInterruptFlag = true
        }
        interpreter.interruptFlag = self.interruptFlag
        for setup in extensions.interpreterSetup { setup(interpreter) }
        // The Kernel's own Python modules (the SList type of shell output).
        PythonSourceModule.register(EmbeddedPythonSources.modules, in: interpreter)
        inputs = PyList([.str("")])
        outputs = PyDict()
        // Builtins first: a namespace slot captures its builtin fallback when it is created.
        namespace = interpreter.makeNamespace(moduleName: "__main__")
        builtinMagics = Session.makeBuiltinMagics()
        installHooks()
        bindInitialNames()
        for setup in extensions.sessionSetup { setup(self) }
    }

    deinit {
        if interpreter.interruptFlag == interruptFlag { interpreter.interruptFlag = nil }
        if ownsInterruptFlag { interruptFlag.deallocate() }
    }

    /// Routes the interpreter's output and published displays into the running cell and
    /// installs the session's builtins (`display`, the magic and help entry points that
    /// transformed cells call).
    private func installHooks() {
        interpreter.standardOutput = { [weak self] text in self?.write(stream: "stdout", text) }
        interpreter.standardError = { [weak self] text in self?.write(stream: "stderr", text) }
        // `input()`: the prompt is part of the cell's output; the answer comes from stdin.
        interpreter.readLine = { [weak self] prompt in
            self?.write(stream: "stdout", prompt)
            return Swift.readLine()
        }
        installDisplayHooks()
        interpreter.builtins["__tessera_magic__"] = .object(PyBuiltinFunction("__tessera_magic__", "name, line") { [weak self] interpreter, a in
            guard let self else { return .none }
            return try self.runLineMagic(name: try interpreter.stringArgument(a[0]), arguments: try interpreter.stringArgument(a[1]))
        })
        interpreter.builtins["__tessera_help__"] = .object(PyBuiltinFunction("__tessera_help__", "expression, detail") { [weak self] interpreter, a in
            guard let self else { return .none }
            self.page(try self.helpText(for: try interpreter.stringArgument(a[0]), detailed: try interpreter.isTruthy(a[1])))
            return .none
        })
    }

    func bindInitialNames() {
        namespace["__name__"] = .str("__main__")
        namespace["__builtins__"] = .object(interpreter.builtinsModule)
        namespace["In"] = .object(inputs)
        namespace["Out"] = .object(outputs)
        // IPython starts the last-values at ''.
        for name in ["_", "__", "___"] { namespace[name] = .str("") }
        initialNames = Set(namespace.boundNames)
    }

    /// Text printed by running code: into the running cell, or straight to the live handler.
    func write(stream name: String, _ text: String) {
        if let collector {
            collector.write(stream: name, text)
        } else {
            outputHandler?(.stream(name: name, text: text))
        }
    }

    /// Adds a magic (or replaces one of the same name): front ends add their own, such as the
    /// kernel's `%restore`.
    public func addMagic(_ magic: Magic) {
        builtinMagics[magic.name] = magic
    }

    /// Shows help text: in the front end's pager if it has one, else as the cell's output.
    func page(_ text: String) {
        if let pager { pager(text) } else { write(stream: "stdout", text) }
    }

    /// Adds a display output (`display(x)`, a figure shown by `plt.show()`) to the running cell.
    public func emitDisplay(_ data: DisplayData) {
        if let collector {
            collector.append(.displayData(data))
        } else {
            outputHandler?(.displayData(data))
        }
    }

    /// Whether `name` is one of the session's own names (`In`, `Out`, `_3`, ...), hidden from
    /// `%who` and not saved as a user variable.
    public func isSystemName(_ name: String) -> Bool {
        if initialNames.contains(name) { return true }
        if name.hasPrefix("_") {
            let rest = name.drop { $0 == "_" || $0 == "i" }
            if rest.isEmpty || rest.allSatisfy(\.isNumber) { return true }
        }
        return false
    }

    /// The user's variables: bound names that are not the session's own, in definition order.
    public var userVariableNames: [String] {
        namespace.boundNames.filter { !isSystemName($0) && !$0.hasPrefix("__") }
    }

    /// Forgets every user variable and `Out` (`%reset`); the counter and history stay.
    public func reset() {
        namespace.removeAll()
        outputs.storage.removeAll()
        bindInitialNames()
    }
}
