import Interpreter

/// `%shapes STATEMENT` and `%%shapes`: run code and print every tensor-valued sub-expression
/// with its shape and dtype, in evaluation order, indented by its depth in the expression tree
/// (a traced function's body nests under its call). The code is compiled with trace
/// instructions, so nothing else pays for the feature; what counts as a tensor and how it reads
/// is the interpreter's operand describer (the Library's), so the Kernel knows no tensors.
extension Session {
    static var shapeMagics: [Magic] {
        [
            Magic(name: "shapes", summary: "Run a statement, printing each tensor-valued sub-expression's shape and dtype.",
                  line: { session, statement in try session.shapes(statement) },
                  cell: { session, _, body in try session.shapes(body) }),
        ]
    }

    /// Runs `source` traced; returns its last expression's value like a cell. On an error the
    /// lines printed so far stay, and the error propagates with its annotated traceback.
    func shapes(_ source: String) throws -> Value {
        let code = try interpreter.compile(MagicLine.transform(source), fileName: "<shapes>", namespace: namespace,
                                           interactive: true, traceExpressions: true)
        classSources.noteDefinitions(in: code)
        let previous = interpreter.expressionTracer
        interpreter.expressionTracer = { [unowned self] value, text, depth in
            guard let description = self.interpreter.operandDescriber?(value) else { return }
            self.write(stream: "stdout", String(repeating: "  ", count: depth) + text + ": " + description + "\n")
        }
        defer { interpreter.expressionTracer = previous }
        return try interpreter.execute(code, in: namespace)
    }
}
