#if canImport(Glibc)
import Glibc
#endif
import Syntax

/// One Python interpreter: the builtins, the loaded modules, the value stack and the state of
/// running code. Everything mutable lives here (or in objects it owns), never in globals, so
/// several interpreters can exist in one process (each kernel session has its own).
public final class Interpreter {
    /// Deepest Python call nesting before RecursionError (CPython's default).
    public var recursionLimit = 1000
    public let builtins: Namespace
    public let builtinsModule: PyModule
    /// Loaded modules by dotted name (`sys.modules`).
    public var modules: [String: PyModule] = [:] {
        didSet { syncSysModules() }
    }
    /// Makers of native (Swift) modules, run on first import. The Library registers torch etc.
    public var moduleProviders: [String: (Interpreter) throws -> PyModule] = [:]
    /// Where `print` and `sys.stdout.write` go.
    public var standardOutput: (String) -> Void = { Swift.print($0, terminator: "") }
    /// `print(..., flush=True)` and `sys.stdout.flush()`: pushes buffered output out now, so it
    /// survives a later crash or kill (stdout is block-buffered when it is a pipe or file).
    public var flushOutput: () -> Void = { fflush(stdout) }
    /// Where warnings and `sys.stderr.write` go.
    public var standardError: (String) -> Void = { text in
        FileOutput.standardError.write(text)
    }
    /// Reads a line for `input()`; nil at end of input.
    public var readLine: (String) -> String? = { prompt in
        Swift.print(prompt, terminator: "")
        return Swift.readLine()
    }
    /// Polled on loop back-edges and calls; when it points at a non-zero value the running code
    /// raises KeyboardInterrupt (the kernel's SIGINT handler sets it).
    public var interruptFlag: UnsafeMutablePointer<Int32>?
    /// `sys.argv`.
    public var argv: [String] = [""]
    /// Folders searched for `.py` modules (`sys.path`); the working directory is always last.
    public var searchPaths: [String] = []
    /// Extra state that native modules keep per interpreter (random generators, default
    /// tensor generator, ...), by key.
    public var moduleState: [String: AnyObject] = [:]
    /// Turns errors of native libraries (e.g. tensor errors) into Python exceptions; set by the
    /// Library layer.
    public var errorConverter: ((Error) -> PyException?)?

    // The shared value stack for Python frames.
    let stackCapacity: Int
    let stackStart: UnsafeMutablePointer<Value>
    let stackEnd: UnsafeMutablePointer<Value>
    /// First free slot of the shared stack below any running frame's operand stack.
    var stackTop: UnsafeMutablePointer<Value>
    // The traceback hooks below sit after the value stack's fields: placed before them they
    // moved the fields the dispatch loop reads on every instruction, and the loop benchmarks
    // measured 5-10% slower.
    /// Describes an operand for a traceback's operand line (`[5, 784] float32` for a tensor), or
    /// nil for values it does not know; set by the Library layer. Without it, tracebacks name no
    /// operands (plain Python keeps CPython's traceback).
    public var operandDescriber: ((Value) -> String?)?
    /// Receives the values of code compiled with `traceExpressions` while set: the value, the
    /// sub-expression's source text and its depth (nested calls of traced functions add to it).
    public var expressionTracer: ((Value, String, Int) -> Void)?
    /// A failed call's operands, saved by the general call path (which has taken them off the
    /// stack) for the dispatch loop's handler to put into the traceback.
    /// The receiver is `.unset` when there is none apart from the arguments.
    var failedCallOperands: (receiver: Value, arguments: [Value])?
    var callDepth = 0
    /// Nesting of native-to-Python re-entries, bounded so native recursion cannot exhaust the
    /// thread's stack.
    var nativeDepth = 0
    /// An exception for the next `run` to raise in its entry frame before executing anything:
    /// how `generator.throw()` raises at the generator's suspension point.
    var pendingGeneratorThrow: PyException?
    /// The exceptions currently being handled (`except` blocks), innermost last.
    var handledExceptions: [PyException] = [] {
        didSet { handledExceptionCount = handledExceptions.count }
    }
    /// `handledExceptions.count`, kept as a plain value for the call path.
    var handledExceptionCount = 0
    /// The frame running now (for tracebacks, `super()` and NameError suggestions). Unretained:
    /// the running `run` invocation holds it.
    var currentFrameRef: Unmanaged<Frame>?
    var currentFrame: Frame? {
        get { currentFrameRef?.takeUnretainedValue() }
        set { currentFrameRef = newValue.map { Unmanaged.passUnretained($0) } }
    }
    /// Reusable frames for Python-to-Python calls (see `Frame`), `framePoolTop` of them in use.
    var framePool: UnsafeMutablePointer<Unmanaged<Frame>>
    var framePoolTop = 0
    var framePoolCapacity = 0
    var frameSerialCounter = 0
    /// The code object idle pooled frames point at.
    let placeholderCode: CodeObject
    /// Built-in classes the dispatch loop compares against (unretained: they are never freed).
    unowned(unsafe) let listType = BuiltinTypes.list
    unowned(unsafe) let dictType = BuiltinTypes.dict
    unowned(unsafe) let strType = BuiltinTypes.str
    /// Where the value stack ends when an out-of-line instruction threw (it may have popped
    /// values); the dispatch loop's handler takes it.
    var pendingUnwindStackPointer: UnsafeMutablePointer<Value>?
    /// Parsed format specs by text, and the last one used (by spec object).
    var formatSpecCache: [String: ParsedFormatSpec] = [:]
    var lastFormatSpec: ParsedFormatSpec?
    var lastFormatSpecText: PyStr?
    /// The 128 one-character ASCII strs, shared by iteration and indexing as CPython shares its
    /// one-character strings (per interpreter: reference counts are not atomic).
    lazy var asciiCharacters: [PyStr] = (0..<128).map { PyStr(String(Unicode.Scalar(UInt8($0))), isASCII: true) }
    /// Containers whose repr is being built (to print `[...]` for self-references).
    var reprInProgress: Set<ObjectIdentifier> = []
    var reprDepth = 0
    /// Freed objects waiting for their `__del__` (see `FinalizerQueue`).
    public private(set) lazy var finalizers = FinalizerQueue(interpreter: self)
    /// The interrupt word polled when the host gives none, once a class defines `__del__`, so
    /// finalizers still run at calls (code without `__del__` keeps a nil word and polls nothing).
    let ownInterruptWord: UnsafeMutablePointer<Int32>

    public init(stackCapacity: Int = 1 << 20) {
        self.stackCapacity = stackCapacity
        stackStart = UnsafeMutablePointer<Value>.allocate(capacity: stackCapacity)
        stackEnd = stackStart + stackCapacity
        stackTop = stackStart
        ownInterruptWord = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
        ownInterruptWord.initialize(to: 0)
        framePool = UnsafeMutablePointer<Unmanaged<Frame>>.allocate(capacity: 1)
        placeholderCode = CodeObject(name: "<idle>", qualifiedName: "<idle>", file: SourceFile(name: "<idle>", text: ""), firstLine: 0)
        placeholderCode.finalize()
        Value.checkLayout()
        Interpreter.tuneAllocator()
        builtins = Namespace(builtins: nil)
        builtinsModule = PyModule(name: "builtins", namespace: builtins)
        BuiltinFunctions.install(into: builtins, interpreter: self)
        modules["builtins"] = builtinsModule
        StandardModules.register(in: self)
    }

    deinit {
        releaseFramePool()
        let live = stackTop - stackStart
        if live > 0 { stackStart.deinitialize(count: live) }
        stackStart.deallocate()
        ownInterruptWord.deallocate()
    }

    /// A fresh module namespace whose unknown names fall back to the builtins.
    public func makeNamespace(moduleName: String = "__main__") -> Namespace {
        let namespace = Namespace(builtins: builtins)
        namespace["__name__"] = .str(moduleName)
        return namespace
    }

    /// Parses and compiles source text for `namespace`. Interactive mode makes a final
    /// expression statement the code's return value.
    /// `traceExpressions` compiles for `%shapes` (see `expressionTracer`).
    /// `namesInDictionary` compiles for a frame whose module-level names live in a dictionary of
    /// their own (see `execute(_:in:locals:)`).
    public func compile(_ source: String, fileName: String, namespace: Namespace, interactive: Bool = false,
                        traceExpressions: Bool = false, namesInDictionary: Bool = false) throws -> CodeObject {
        let file = SourceFile(name: fileName, text: source)
        let module: Module
        do {
            module = try Parser.parse(file)
        } catch let error as SyntaxError {
            throw pythonSyntaxError(error)
        }
        do {
            return try Compiler.compile(module, namespace: namespace, interactive: interactive, traceExpressions: traceExpressions,
                                        namesInDictionary: namesInDictionary)
        } catch let error as SyntaxError {
            throw pythonSyntaxError(error)
        }
    }

    /// Runs module-level code (a script, a cell) in `namespace` and returns its value (None, or
    /// the last expression's value in interactive mode).
    /// `locals`, for code compiled with `namesInDictionary`, holds its module-level names.
    public func execute(_ code: CodeObject, in namespace: Namespace, locals: PyDict? = nil) throws -> Value {
        let frame = try makeFrame(code: code, function: nil, globals: namespace, arguments: [])
        frame.namespace = locals
        do {
            let value = try runToCompletion(frame)
            runPendingFinalizers()
            return value
        } catch {
            runPendingFinalizers()
            throw error
        }
    }

    /// Compiles and runs source text; the convenience used by scripts and tests.
    @discardableResult
    public func run(_ source: String, fileName: String = "<string>", namespace: Namespace, interactive: Bool = false) throws -> Value {
        let code = try compile(source, fileName: fileName, namespace: namespace, interactive: interactive)
        return try execute(code, in: namespace)
    }

    /// Converts a compile-time error into the Python exception `SyntaxError` (or
    /// IndentationError, or RecursionError), keeping the text CPython would print.
    func pythonSyntaxError(_ error: SyntaxError) -> PyException {
        let type: PyType
        switch error.kind {
        case .syntaxError: type = BuiltinTypes.syntaxError
        case .indentationError: type = BuiltinTypes.indentationError
        case .tabError: type = BuiltinTypes.tabError
        case .recursionError: return PyException(BuiltinTypes.recursionError, error.message)
        }
        let exception = PyException(type, error.message)
        exception.attributes["msg"] = .str(error.message)
        exception.attributes["lineno"] = .int(error.location.line)
        exception.attributes["offset"] = .int(error.location.column)
        exception.attributes["filename"] = .str(error.fileName)
        exception.attributes["text"] = error.lineText.map { .str($0) } ?? Value.none
        exception.attributes["_formatted"] = .str(error.formatted)
        return exception
    }

    /// Python code allocates many small objects. glibc grows the heap of a thread's arena (the
    /// interpreter usually runs on its own thread) a page at a time, with a system call each
    /// time; growing it once in large steps up front (blocks just under the mmap threshold,
    /// freed at once) leaves that many pages ready without system calls. Once per process.
    static func tuneAllocator() {
        #if canImport(Glibc)
        _ = allocatorTuned
        #endif
    }

    #if canImport(Glibc)
    private static let allocatorTuned: Bool = {
        var blocks: [UnsafeMutableRawPointer] = []
        for _ in 0..<128 {
            if let block = malloc(120 << 10) { blocks.append(block) }
        }
        // Ask for transparent huge pages over that range (advice only): faulting in the heap
        // 2 MiB at a time instead of 4 KiB.
        if let low = blocks.map({ UInt(bitPattern: $0) }).min(), let high = blocks.map({ UInt(bitPattern: $0) }).max() {
            let huge: UInt = 2 << 20
            let start = (low + huge - 1) & ~(huge - 1)
            let end = (high + (120 << 10)) & ~(huge - 1)
            if end > start, let address = UnsafeMutableRawPointer(bitPattern: start) {
                _ = madvise(address, Int(end - start), 14 /* MADV_HUGEPAGE */)
            }
        }
        for block in blocks { free(block) }
        return true
    }()
    #endif

    /// Raises KeyboardInterrupt if an interrupt was requested, clearing the request (and runs
    /// waiting finalizers, which share the word).
    @inline(__always)
    func checkInterrupt() throws {
        if let flag = interruptFlag, flag.pointee != 0 {
            try serviceInterruptWord(flag)
        }
    }
}

/// Writes to a file descriptor without Foundation (stderr by default).
public struct FileOutput {
    let descriptor: Int32

    public static let standardError = FileOutput(descriptor: 2)
    public static let standardOutput = FileOutput(descriptor: 1)

    public func write(_ text: String) {
        var text = text
        text.withUTF8 { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, base + offset, buffer.count - offset)
                if written <= 0 { break }
                offset += written
            }
        }
    }
}
