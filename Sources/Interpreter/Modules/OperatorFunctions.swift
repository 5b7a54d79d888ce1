/// The operator functions of `_operator` (`add`, `mul`, `lt`, `neg`, `getitem`, `iadd`...), native
/// as CPython's are: they are passed to `map`, `reduce`, `partial` and `sorted`, where a Python
/// function per item cost a frame for one operation. Each runs the VM's own operation, so
/// results and errors are those of the operator. Positional calls from the VM read their
/// arguments in place.
enum OperatorFunctions {
    static func install(_ ns: Namespace) {
        let binary: [(String, BinaryOperation, String)] = [
            ("add", .add, "a + b"), ("sub", .subtract, "a - b"), ("mul", .multiply, "a * b"),
            ("matmul", .matrixMultiply, "a @ b"), ("truediv", .divide, "a / b"), ("floordiv", .floorDivide, "a // b"),
            ("mod", .modulo, "a % b"), ("pow", .power, "a ** b"), ("lshift", .leftShift, "a << b"),
            ("rshift", .rightShift, "a >> b"), ("and_", .bitAnd, "a & b"), ("or_", .bitOr, "a | b"), ("xor", .bitXor, "a ^ b"),
        ]
        for (name, operation, text) in binary {
            ns[name] = .object(function(name, arity: 2, doc: "Same as \(text).") { interpreter, a in
                try interpreter.binaryOperation(operation, a[0], a[1])
            })
            let inplace = "i" + (name.hasSuffix("_") ? String(name.dropLast()) : name)
            ns[inplace] = .object(function(inplace, arity: 2, doc: "Same as a \(text.dropFirst(2).prefix { $0 != " " })= b.") { interpreter, a in
                try interpreter.inplaceOperation(operation, a[0], a[1])
            })
        }
        let comparisons: [(String, ComparisonOperation, String)] = [
            ("lt", .less, "a < b"), ("le", .lessEqual, "a <= b"), ("eq", .equal, "a == b"),
            ("ne", .notEqual, "a != b"), ("ge", .greaterEqual, "a >= b"), ("gt", .greater, "a > b"),
        ]
        for (name, operation, text) in comparisons {
            ns[name] = .object(function(name, arity: 2, doc: "Same as \(text).") { interpreter, a in
                try interpreter.compareOperation(operation, a[0], a[1])
            })
        }
        ns["neg"] = .object(function("neg", arity: 1, doc: "Same as -a.") { interpreter, a in try interpreter.negate(a[0]) })
        ns["pos"] = .object(function("pos", arity: 1, doc: "Same as +a.") { interpreter, a in try interpreter.unaryPlus(a[0]) })
        let invert = function("inv", arity: 1, doc: "Same as ~a.") { interpreter, a in try interpreter.invert(a[0]) }
        ns["inv"] = .object(invert)
        ns["invert"] = .object(function("invert", arity: 1, doc: "Same as ~a.") { interpreter, a in try interpreter.invert(a[0]) })
        ns["not_"] = .object(function("not_", arity: 1, doc: "Same as not a.") { interpreter, a in .bool(!(try interpreter.isTruthy(a[0]))) })
        ns["truth"] = .object(function("truth", arity: 1, doc: "Return True if a is true, False otherwise.") { interpreter, a in
            .bool(try interpreter.isTruthy(a[0]))
        })
        ns["is_"] = .object(function("is_", arity: 2, doc: "Same as a is b.") { _, a in .bool(a[0].isIdentical(to: a[1])) })
        ns["is_not"] = .object(function("is_not", arity: 2, doc: "Same as a is not b.") { _, a in .bool(!a[0].isIdentical(to: a[1])) })
        ns["getitem"] = .object(function("getitem", arity: 2, doc: "Same as a[b].") { interpreter, a in try interpreter.getItem(a[0], a[1]) })
        ns["contains"] = .object(function("contains", arity: 2, doc: "Same as b in a (note reversed operands).") { interpreter, a in
            .bool(try interpreter.contains(a[0], a[1]))
        })
    }

    /// A function of exactly `arity` positional arguments, checked with CPython's messages
    /// ("add expected 2 arguments, got 1", "_operator.neg() takes exactly one argument (0
    /// given)", "_operator.add() takes no keyword arguments").
    static func function(_ name: String, arity: Int, doc: String,
                         _ body: @escaping (Interpreter, UnsafeMutablePointer<Value>) throws -> Value) -> PyBuiltinFunction {
        let parameters = arity == 1 ? "a, /" : "a, b, /"
        let function = PyBuiltinFunction(name: name, doc: doc, signature: "(\(parameters))") { interpreter, arguments in
            if !arguments.keywords.isEmpty { throw PyException(BuiltinTypes.typeError, "_operator.\(name)() takes no keyword arguments") }
            let given = arguments.positional.count
            guard given == arity else {
                throw PyException(BuiltinTypes.typeError, arity == 1 ? "_operator.\(name)() takes exactly one argument (\(given) given)"
                                                                      : "\(name) expected \(arity) arguments, got \(given)")
            }
            // The bodies only read their arguments: the array's own buffer serves (no copy).
            return try arguments.positional.withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress else { return .none }
                return try body(interpreter, UnsafeMutablePointer(mutating: base))
            }
        }
        function.setDirect(arity...arity) { interpreter, arguments, _ in try body(interpreter, arguments) }
        return function
    }
}
