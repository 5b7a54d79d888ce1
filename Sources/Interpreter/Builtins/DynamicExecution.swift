import Syntax

/// `exec`, `eval`, `compile` and `locals`: running source text chosen at run time, with the
/// name-resolution rules CPython gives them.
///
/// - Without a globals argument the code runs in the caller's module namespace; inside a
///   function it also reads the caller's locals (a snapshot: assignments do not reach them, as
///   in CPython).
/// - A dictionary that `globals()` returned stands for the module namespace itself, so
///   `exec(src, globals())` defines names in the module as it does in CPython.
/// - Any other dictionary becomes the globals of a fresh namespace for the run; the names the
///   code binds are written back to it afterwards, with `__builtins__`, as CPython leaves them.
/// - A separate locals dictionary makes module-level names resolve as a class body's do.
enum DynamicExecution {
    static let table: [NativeMethod] = [
        NativeMethod("exec", "source, globals=None, locals=None, /", exec),
        NativeMethod("eval", "source, globals=None, locals=None, /", eval),
        NativeMethod("compile", "source, filename, mode, flags=0, dont_inherit=False, optimize=-1", compile),
        NativeMethod("locals", "", locals),
    ]

    enum Mode: String { case exec, eval, single }

    static func exec(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        _ = try run(interpreter, args, function: "exec", defaultMode: .exec)
        return .none
    }

    static func eval(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        try run(interpreter, args, function: "eval", defaultMode: .eval)
    }

    static func compile(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let modeText = try interpreter.stringArgument(args["mode"], function: "compile", position: 3)
        guard let mode = Mode(rawValue: modeText) else {
            throw PyException(BuiltinTypes.valueError, "compile() mode must be 'exec', 'eval' or 'single'")
        }
        let fileName = try interpreter.str(args["filename"])
        if let compiled = args["source"].asObject as? CompiledSource { return .object(compiled) }
        let text = try sourceText(interpreter, args["source"], function: "compile")
        // Compiling is checked now, so a syntax error is raised by compile() as in CPython; the
        // code is compiled again for the namespace it finally runs in (global slots are per namespace).
        _ = try parse(interpreter, text, fileName: fileName, mode: mode)
        return .object(CompiledSource(text: text, fileName: fileName, mode: mode))
    }

    static func locals(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        guard let frame = interpreter.currentFrame else { return .object(PyDict()) }
        return .object(interpreter.localsDictionary(of: frame))
    }

    private static func run(_ interpreter: Interpreter, _ args: BoundArguments, function: String, defaultMode: Mode) throws -> Value {
        let source = args["source"]
        let text: String, fileName: String, mode: Mode
        if let compiled = source.asObject as? CompiledSource {
            (text, fileName, mode) = (compiled.text, compiled.fileName, compiled.mode)
        } else {
            text = try sourceText(interpreter, source, function: function)
            (fileName, mode) = ("<string>", defaultMode)
        }
        let caller = interpreter.currentFrame
        let globalsArgument = args["globals"], localsArgument = args["locals"]
        let namespace: Namespace
        var writeBack: PyDict?
        let globalsDictionary = globalsArgument.asObject as? PyDict
        switch globalsArgument.asObject {
        case nil where globalsArgument.isNone:
            namespace = caller?.globals ?? interpreter.makeNamespace()
        case let dict as PyDict:
            if let reference = dict.attributes[NamespaceReference.attributeName]?.asObject as? NamespaceReference {
                namespace = reference.namespace
            } else {
                namespace = Namespace(builtins: interpreter.builtins)
                for (key, value) in dict.storage {
                    if case .object(let k) = key.value, let name = k as? PyStr { namespace[name.value] = value }
                }
                writeBack = dict
            }
        default:
            if function == "eval" {
                throw PyException(BuiltinTypes.typeError, "globals must be a real dict; try eval(expr, {}, mapping)")
            }
            throw PyException(BuiltinTypes.typeError, "\(function)() globals must be a dict, not \(globalsArgument.typeName)")
        }
        // Names resolve through a dictionary of their own when locals are given, or when the
        // caller is a function (its locals are visible to the code, read-only).
        var localNames: PyDict?
        if !localsArgument.isNone {
            guard let dict = localsArgument.asObject as? PyDict else {
                throw PyException(BuiltinTypes.typeError, "locals must be a mapping")
            }
            if dict !== globalsDictionary { localNames = dict }
        } else if globalsArgument.isNone, let caller, caller.functionRef != nil || caller.namespace != nil {
            localNames = interpreter.localsDictionary(of: caller)
        }
        let module = try parse(interpreter, text, fileName: fileName, mode: mode)
        let code: CodeObject
        do {
            code = try Compiler.compile(module, namespace: namespace, interactive: mode != .exec,
                                        namesInDictionary: localNames != nil)
        } catch let error as SyntaxError {
            throw interpreter.pythonSyntaxError(error)
        }
        defer {
            if let writeBack {
                for name in namespace.boundNames { writeBack[name] = namespace[name] }
                if writeBack["__builtins__"] == nil { writeBack["__builtins__"] = .object(interpreter.builtinsModule) }
            }
        }
        let value = try interpreter.execute(code, in: namespace, locals: localNames)
        if mode == .single && !value.isNone {
            interpreter.standardOutput(try interpreter.repr(value) + "\n")
            return .none
        }
        return mode == .eval ? value : .none
    }

    private static func sourceText(_ interpreter: Interpreter, _ source: Value, function: String) throws -> String {
        if case .object(let o) = source {
            if let s = o as? PyStr { return s.value }
            if let b = o as? PyBytes {
                guard let text = String(validating: b.bytes, as: UTF8.self) else {
                    throw PyException(BuiltinTypes.syntaxError, "source code string cannot be decoded as UTF-8")
                }
                return text
            }
        }
        throw PyException(BuiltinTypes.typeError, "\(function)() arg 1 must be a string, bytes or code object")
    }

    /// Parses for a mode: `eval` takes a single expression (leading blanks allowed, as in CPython).
    private static func parse(_ interpreter: Interpreter, _ text: String, fileName: String, mode: Mode) throws -> Module {
        var source = text
        if mode == .eval { source = String(source.drop(while: { $0 == " " || $0 == "\t" })) }
        if source.utf8.contains(0) {
            throw PyException(BuiltinTypes.syntaxError, "source code string cannot contain null bytes")
        }
        let module: Module
        do {
            module = try Parser.parse(SourceFile(name: fileName, text: source))
        } catch let error as SyntaxError {
            throw interpreter.pythonSyntaxError(error)
        }
        if mode == .eval {
            guard module.body.count == 1, case .expression = module.body[0].kind else {
                let line = module.body.first?.location ?? SourceLocation(line: 1, column: 1)
                throw interpreter.pythonSyntaxError(SyntaxError("invalid syntax", at: line, file: module.file))
            }
        }
        return module
    }
}

/// What `compile()` returns: the checked source, compiled again for the namespace it runs in.
final class CompiledSource: PyObject {
    let text: String
    let fileName: String
    let mode: DynamicExecution.Mode
    let name: String

    init(text: String, fileName: String, mode: DynamicExecution.Mode, name: String = "<module>") {
        self.text = text
        self.fileName = fileName
        self.mode = mode
        self.name = name
        super.init(type: BuiltinTypes.code)
    }

    override var acceptsAttributes: Bool { false }
}

/// Marks a dictionary made by `globals()` as standing for a module namespace.
final class NamespaceReference: PyObject {
    static let attributeName = "__tessera_namespace__"
    let namespace: Namespace

    init(_ namespace: Namespace) {
        self.namespace = namespace
        super.init(type: BuiltinTypes.object)
    }
}

extension Interpreter {
    /// What `globals()` returns: the module's bound names, in a dictionary that `exec` and `eval`
    /// recognise as the namespace itself.
    func globalsDictionary(_ globals: Namespace) -> PyDict {
        let dict = PyDict()
        for name in globals.boundNames { dict[name] = globals[name] }
        dict.attributes[NamespaceReference.attributeName] = .object(NamespaceReference(globals))
        return dict
    }

    /// The frame's local names as a new dictionary: a module's globals, a class body's namespace,
    /// or a function's bound locals and closure cells (what `locals()` returns).
    func localsDictionary(of frame: Frame) -> PyDict {
        if let namespace = frame.namespace { return namespace }
        let dict = PyDict()
        let code = frame.code
        if frame.functionRef == nil && code.localNames.isEmpty { return globalsDictionary(frame.globals) }
        for (index, name) in code.localNames.enumerated() where !frame.locals[index].isUnset {
            dict[name] = frame.locals[index]
        }
        for (index, name) in (code.cellNames + code.freeNames).enumerated() where index < frame.cells.count {
            let value = frame.cells[index].value
            if !value.isUnset { dict[name] = value }
        }
        return dict
    }
}
