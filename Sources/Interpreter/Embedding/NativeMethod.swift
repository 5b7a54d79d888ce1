/// Arguments of a native call after binding to its signature: one value per parameter, in
/// signature order (`*args` as a tuple, `**kwargs` as a dict), read by parameter name.
///
/// The values are not copied into an array of their own: a positional call from the dispatch
/// loop reads them in place on the value stack (the parameters it left out from the
/// signature's defaults), a call that went through `NativeSignature.bind` reads the array that
/// `bind` built. So a native method call allocates nothing for its arguments. The pointer is
/// valid only while the body runs: a body must not keep a `BoundArguments` (it reads the values
/// it needs, which are ordinary retained values).
public struct BoundArguments {
    /// The first `suppliedCount` values (nil only when there are none).
    private let supplied: UnsafePointer<Value>?
    private let suppliedCount: Int
    /// One value per parameter: its default (None where it has none), read past `suppliedCount`.
    private let defaults: [Value]
    /// The parameter names, shared by every call of one function.
    let names: [String]

    @inline(__always)
    init(_ supplied: UnsafePointer<Value>?, count: Int, defaults: [Value], names: [String]) {
        self.supplied = supplied
        self.suppliedCount = count
        self.defaults = defaults
        self.names = names
    }

    /// The value of parameter `k` (in signature order).
    @inline(__always)
    public subscript(position k: Int) -> Value {
        k < suppliedCount ? supplied.unsafelyUnwrapped[k] : defaults[k]
    }

    /// Every parameter's value, in signature order (a new array).
    public var values: [Value] { (0..<names.count).map { self[position: $0] } }

    /// The value of parameter `name`. A name the signature lacks is a mistake in the native
    /// code, not in the Python program: debug builds stop on it, release builds read None.
    public subscript(_ name: String) -> Value {
        @inline(__always) get {
            // Comparing lengths first keeps the scan cheap: a mismatch of different length
            // never reaches the out-of-line string comparison, and equal short names compare
            // by their inline bits.
            let length = name.utf8.count
            for k in 0..<names.count where names[k].utf8.count == length && names[k] == name { return self[position: k] }
            assertionFailure("no parameter named \(name) in (\(names.joined(separator: ", ")))")
            return .none
        }
    }

    /// The first parameter: `self` of a method, `cls` of a class method.
    public var receiver: Value {
        @inline(__always) get { self[position: 0] }
    }

    /// The items a `*name` parameter collected.
    public func varArgs(_ name: String) -> [Value] {
        (self[name].asObject as? PyTuple)?.items ?? []
    }

    /// The dictionary a `**name` parameter collected.
    public func varKeywords(_ name: String) -> PyDict {
        (self[name].asObject as? PyDict) ?? PyDict()
    }
}

/// One entry of a type's method table: the Python name, the signature (parsed once, when the
/// table is built) and the Swift function that implements it.
public struct NativeMethod {
    public typealias Body = (Interpreter, BoundArguments) throws -> Value
    public typealias DirectBody = (Interpreter, UnsafeMutablePointer<Value>, Int) throws -> Value

    /// How the method binds when looked up through a class or an instance.
    public enum Binding { case instance, staticMethod, classMethod }

    let name: String
    let signature: NativeSignature
    let body: Body
    let binding: Binding
    let doc: String?
    /// A hand-written body for positional calls whose argument count is in `directArity`
    /// (see `PyBuiltinFunction.direct`), for the methods hot loops call.
    let directArity: ClosedRange<Int>?
    let directBody: DirectBody?

    public init(_ name: String, _ signature: String, binding: Binding = .instance, doc: String? = nil, _ body: @escaping Body) {
        self.name = name
        self.signature = NativeSignature(signature)
        self.body = body
        self.binding = binding
        self.doc = doc
        self.directArity = nil
        self.directBody = nil
    }

    init(_ name: String, _ signature: String, direct arity: ClosedRange<Int>, _ directBody: @escaping DirectBody, _ body: @escaping Body) {
        self.name = name
        self.signature = NativeSignature(signature)
        self.body = body
        self.binding = .instance
        self.doc = nil
        self.directArity = arity
        self.directBody = directBody
    }
}

extension NativeMethod {
    /// The function object for this entry; `qualifiedName` names it in reprs (`str.strip`).
    func makeFunction(qualifiedName: String) -> PyBuiltinFunction {
        let function = PyBuiltinFunction(name, signature, qualifiedName: qualifiedName, doc: doc, body)
        if let arity = directArity, let directBody { function.setDirect(arity, directBody) }
        return function
    }
}

extension PyType {
    /// Defines every method of `table` on this type.
    public func install(_ table: [NativeMethod]) {
        for entry in table {
            let function = Value.object(entry.makeFunction(qualifiedName: "\(name).\(entry.name)"))
            switch entry.binding {
            case .instance: define(entry.name, function)
            case .staticMethod: define(entry.name, .object(PyMethodWrapper(.staticMethod, function)))
            case .classMethod: define(entry.name, .object(PyMethodWrapper(.classMethod, function)))
            }
        }
    }
}

extension Namespace {
    /// Binds every function of `table` under its name (module-level functions).
    func install(_ table: [NativeMethod]) {
        for entry in table { self[entry.name] = .object(entry.makeFunction(qualifiedName: entry.name)) }
    }
}
