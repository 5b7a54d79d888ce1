/// A function defined in Python code.
public final class PyFunction: PyObject {
    public let code: CodeObject
    public let globals: Namespace
    /// `code` and `globals` unretained, for the dispatch loop (the properties above keep them).
    let codeRef: Unmanaged<CodeObject>
    let globalsRef: Unmanaged<Namespace>
    public var defaults: [Value]
    public var keywordDefaults: [String: Value]
    public let closure: [PyCell]
    public var name: String
    public var qualifiedName: String
    /// The class a method was defined in, for zero-argument `super()`. Strong, not weak: weak
    /// references would make every retain of a type object take the slow path.
    public var definingClass: PyType?

    public init(code: CodeObject, globals: Namespace, defaults: [Value], keywordDefaults: [String: Value], closure: [PyCell]) {
        self.code = code
        self.globals = globals
        self.codeRef = Unmanaged.passUnretained(code)
        self.globalsRef = Unmanaged.passUnretained(globals)
        self.defaults = defaults
        self.keywordDefaults = keywordDefaults
        self.closure = closure
        self.name = code.name
        self.qualifiedName = code.qualifiedName
        super.init(type: BuiltinTypes.function, kind: .function)
    }
}

/// A cell holding a variable shared between a function and the functions nested in it.
public final class PyCell: PyObject {
    public var value: Value

    public init(_ value: Value = .unset) {
        self.value = value
        super.init(type: BuiltinTypes.cell)
    }

    public override var acceptsAttributes: Bool { false }
}

/// A function implemented in Swift. `self` of a method is the first positional argument.
public final class PyBuiltinFunction: PyObject {
    public typealias Body = (Interpreter, Arguments) throws -> Value
    public let name: String
    /// Qualified name for reprs: `len`, or `list.append` for methods.
    public let qualifiedName: String
    public let body: Body
    public var doc: String?
    /// A text signature for `help()` and `obj?`, e.g. `(input, dim=None, keepdim=False)`.
    public var signatureText: String?
    /// A body the VM calls directly for calls with positional arguments only, when their
    /// number is between `directMinimum` and `directMaximum`: it gets the arguments in place on
    /// the value stack (a pointer to the first and the count), so no `Arguments` or array is
    /// built. Same behaviour as `body` for those calls. (Not optional: calling an optional
    /// closure allocates a thunk each time.)
    var direct: DirectBody = PyBuiltinFunction.noDirectBody
    var directMinimum = 1
    var directMaximum = 0

    typealias DirectBody = (Interpreter, UnsafeMutablePointer<Value>, Int) throws -> Value
    static let noDirectBody: DirectBody = { _, _, _ in .none }

    @inline(__always)
    func hasDirect(forCount count: Int) -> Bool { count >= directMinimum && count <= directMaximum }

    public init(name: String, qualifiedName: String? = nil, doc: String? = nil, signature: String? = nil, body: @escaping Body) {
        self.name = name
        self.qualifiedName = qualifiedName ?? name
        self.body = body
        self.doc = doc
        self.signatureText = signature
        super.init(type: BuiltinTypes.builtinFunction, kind: .builtinFunction)
    }

    /// Whether attributes may be set on this function: those `functools.lru_cache` makes take
    /// `__wrapped__`, `cache_info` and the rest, as CPython's cache wrappers do.
    var allowsAttributes = false

    public override var acceptsAttributes: Bool { allowsAttributes }
}

/// A function bound to an instance (`obj.method`).
public final class PyBoundMethod: PyObject {
    public let function: Value
    public let receiver: Value

    public init(function: Value, receiver: Value) {
        self.function = function
        self.receiver = receiver
        super.init(type: BuiltinTypes.method, kind: .boundMethod)
    }

    public override var acceptsAttributes: Bool { false }
}

/// `property(fget, fset, fdel, doc)`.
public final class PyProperty: PyObject {
    public let getter: Value
    public let setter: Value
    public let deleter: Value
    public let doc: Value

    public init(getter: Value, setter: Value = .none, deleter: Value = .none, doc: Value = .none) {
        self.getter = getter
        self.setter = setter
        self.deleter = deleter
        self.doc = doc
        super.init(type: BuiltinTypes.property)
    }
}

/// `staticmethod(f)` and `classmethod(f)` wrappers.
public final class PyMethodWrapper: PyObject {
    public enum Kind { case staticMethod, classMethod }
    public let kind: Kind
    public let function: Value

    public init(_ kind: Kind, _ function: Value) {
        self.kind = kind
        self.function = function
        super.init(type: kind == .staticMethod ? BuiltinTypes.staticmethod : BuiltinTypes.classmethod)
    }
}

/// `super(cls, obj)`: looks attributes up in the MRO of `obj` after `cls`.
public final class PySuper: PyObject {
    public let startAfter: PyType
    public let receiver: Value
    public let receiverType: PyType

    public init(startAfter: PyType, receiver: Value, receiverType: PyType) {
        self.startAfter = startAfter
        self.receiver = receiver
        self.receiverType = receiverType
        super.init(type: BuiltinTypes.superType, kind: .superObject)
    }

    public override var acceptsAttributes: Bool { false }
}

/// Arguments of a call to a native function: positional values, then keywords in call order.
public struct Arguments {
    public var positional: [Value]
    public var keywords: [(name: String, value: Value)]
    /// The keyword names as `str` objects, in the order of `keywords`, when the caller had
    /// them (a call instruction's names, the keys of a `**` dict); empty otherwise. A `**kwargs`
    /// dict built from them reuses these keys instead of making a str per keyword.
    public var keywordObjects: [Value] = []

    public init(_ positional: [Value] = [], keywords: [(name: String, value: Value)] = []) {
        self.positional = positional
        self.keywords = keywords
    }

    public init(_ positional: [Value], keywords: [(name: String, value: Value)], keywordObjects: [Value]) {
        self.positional = positional
        self.keywords = keywords
        self.keywordObjects = keywordObjects.count == keywords.count ? keywordObjects : []
    }

    /// The same arguments with `first` before the positional ones (a method's receiver).
    public func prepending(_ first: Value) -> Arguments {
        var result = self
        result.positional.insert(first, at: 0)
        return result
    }

    /// The dictionary key of keyword `index`'s name.
    public func keywordKey(_ index: Int) -> HashKey {
        index < keywordObjects.count ? HashKey(keywordObjects[index]) : HashKey(.str(keywords[index].name))
    }

    public var count: Int { positional.count + keywords.count }

    public subscript(index: Int) -> Value { positional[index] }

    public func keyword(_ name: String) -> Value? {
        keywords.first { $0.name == name }?.value
    }
}
