/// The per-class methods of a `collections.namedtuple` that run once per instance: `__new__`,
/// `_make`, `_replace` and `_asdict`, native so that making a record costs about what a tuple
/// does (CPython gets there by `eval`-ing a `__new__` with the exact parameter list).
/// `collections/__init__.py` asks `_collections._namedtuple_methods` for them once per class;
/// the messages of their errors are CPython's.
enum NamedTupleMethods {
    /// `_namedtuple_methods(typename, field_names, defaults)`: the tuple `(__new__, _make,
    /// _replace, _asdict)` for a class whose fields are `field_names` (a tuple of str) and whose
    /// last `len(defaults)` fields default to `defaults`.
    static func make(_ interpreter: Interpreter, _ values: [Value]) throws -> Value {
        let typename = try interpreter.str(values[0])
        let fields = try interpreter.collect(values[1]).map { try interpreter.str($0) }
        let defaults = try interpreter.collect(values[2])
        guard defaults.count <= fields.count else { throw PyException(BuiltinTypes.typeError, "Got more default values than field names") }
        let shape = Shape(typename: typename, fields: fields, defaults: defaults)
        let make = makeFunction(shape)
        return .object(PyTuple([.object(newFunction(shape)), .object(make), .object(replaceFunction(shape, make: make)),
                                .object(asdictFunction(shape))]))
    }

    /// What the methods know of their class.
    struct Shape {
        let typename: String
        let fields: [String]
        /// The default of field `i` is `defaults[i - firstDefaulted]`.
        let defaults: [Value]
        var firstDefaulted: Int { fields.count - defaults.count }

        init(typename: String, fields: [String], defaults: [Value]) {
            self.typename = typename
            self.fields = fields
            self.defaults = defaults
        }

        func qualified(_ method: String) -> String { "\(typename).\(method)" }
    }

    /// `__new__(_cls, field0, field1, ...)`, binding its arguments as CPython's generated
    /// `__new__` does (defaults for the last fields, fields by keyword).
    static func newFunction(_ shape: Shape) -> PyBuiltinFunction {
        let name = shape.qualified("__new__")
        let count = shape.fields.count
        let parameterList = (["_cls"] + shape.fields).joined(separator: ", ")
        return PyBuiltinFunction(name: "__new__", qualifiedName: name,
                                 doc: "Create new instance of \(shape.typename)(\(shape.fields.joined(separator: ", "))\(count == 1 ? "," : ""))",
                                 signature: "(\(parameterList))") { interpreter, arguments in
            let positional = arguments.positional
            guard let first = positional.first else {
                throw missing(["_cls"] + shape.fields.enumerated().filter { $0.offset < shape.firstDefaulted && arguments.keyword($0.element) == nil }.map(\.element),
                              function: name)
            }
            let cls = try tupleSubclass(first)
            let given = positional.count - 1
            if arguments.keywords.isEmpty && given == count { return .object(PyTuple(Array(positional[1...]), type: cls)) }
            // Keywords are checked before the positional count, in CPython's order.
            for keyword in arguments.keywords {
                guard let index = shape.fields.firstIndex(of: keyword.name) else {
                    throw PyException(BuiltinTypes.typeError, "\(name)() got an unexpected keyword argument '\(keyword.name)'")
                }
                if index < given { throw PyException(BuiltinTypes.typeError, "\(name)() got multiple values for argument '\(keyword.name)'") }
            }
            if given > count {
                let takes = shape.defaults.isEmpty
                    ? "\(count + 1) positional argument" + (count + 1 == 1 ? "" : "s")
                    : "from \(shape.firstDefaulted + 1) to \(count + 1) positional arguments"
                throw PyException(BuiltinTypes.typeError,
                                  "\(name)() takes \(takes) but \(given + 1) \(given + 1 == 1 ? "was" : "were") given")
            }
            var items = Array(positional[1...])
            items.reserveCapacity(count)
            var absent: [String] = []
            for index in given..<count {
                let field = shape.fields[index]
                if let value = arguments.keyword(field) {
                    items.append(value)
                } else if index >= shape.firstDefaulted {
                    items.append(shape.defaults[index - shape.firstDefaulted])
                } else {
                    absent.append(field)
                }
            }
            if !absent.isEmpty { throw missing(absent, function: name) }
            return .object(PyTuple(items, type: cls))
        }
    }

    /// `_make(cls, iterable)` (a classmethod once the class is built).
    static func makeFunction(_ shape: Shape) -> PyBuiltinFunction {
        let signature = NativeSignature("cls, iterable")
        return PyBuiltinFunction("_make", signature, qualifiedName: shape.qualified("_make"),
                                 doc: "Make a new \(shape.typename) object from a sequence or iterable") { (interpreter: Interpreter, values: [Value]) in
            let cls = try tupleSubclass(values[0])
            let items = try interpreter.collect(values[1])
            guard items.count == shape.fields.count else {
                throw PyException(BuiltinTypes.typeError, "Expected \(shape.fields.count) arguments, got \(items.count)")
            }
            return .object(PyTuple(items, type: cls))
        }
    }

    /// `_replace(self, /, **kwds)`: a new record through `self._make`, the class's own when a
    /// subclass redefines it.
    static func replaceFunction(_ shape: Shape, make: PyBuiltinFunction) -> PyBuiltinFunction {
        PyBuiltinFunction(name: "_replace", qualifiedName: shape.qualified("_replace"),
                          doc: "Return a new \(shape.typename) object replacing specified fields with new values",
                          signature: "(self, /, **kwds)") { interpreter, arguments in
            guard arguments.positional.count == 1 else {
                throw PyException(BuiltinTypes.typeError, "\(shape.qualified("_replace"))() takes 1 positional argument but \(arguments.positional.count) were given")
            }
            let record = arguments.positional[0]
            let current = try items(of: record, interpreter)
            var unused = arguments.keywords
            var replaced: [Value] = []
            replaced.reserveCapacity(min(current.count, shape.fields.count))
            for (field, value) in zip(shape.fields, current) {
                if let index = unused.firstIndex(where: { $0.name == field }) {
                    replaced.append(unused[index].value)
                    unused.remove(at: index)
                } else {
                    replaced.append(value)
                }
            }
            let result: Value
            if let cls = record.asObject?.type, ownMake(of: cls, is: make) {
                guard replaced.count == shape.fields.count else {
                    throw PyException(BuiltinTypes.typeError, "Expected \(shape.fields.count) arguments, got \(replaced.count)")
                }
                result = .object(PyTuple(replaced, type: cls))
            } else {
                result = try interpreter.call(try interpreter.getAttribute(record, "_make"), Arguments([.object(PyList(replaced))]))
            }
            if !unused.isEmpty {
                let names = try interpreter.repr(.object(PyList(unused.map { .str($0.name) })))
                throw PyException(BuiltinTypes.valueError, "Got unexpected field names: \(names)")
            }
            return result
        }
    }

    /// `_asdict(self)`: `dict(zip(self._fields, self))`.
    static func asdictFunction(_ shape: Shape) -> PyBuiltinFunction {
        PyBuiltinFunction("_asdict", NativeSignature("self"), qualifiedName: shape.qualified("_asdict"),
                          doc: "Return a new dict which maps field names to their values.") { (interpreter: Interpreter, values: [Value]) in
            let record = values[0]
            let names = try interpreter.collect(try interpreter.getAttribute(record, "_fields"))
            let dict = PyDict()
            for (name, value) in zip(names, try items(of: record, interpreter)) {
                dict.storage[try interpreter.hashKey(name)] = value
            }
            return .object(dict)
        }
    }

    /// The items of a record as iterating it gives them (a tuple's own, unless its class
    /// redefines `__iter__`).
    static func items(of record: Value, _ interpreter: Interpreter) throws -> [Value] {
        if case .object(let o) = record, o.objectKind == .tuple, o.type.userOverride("__iter__") == nil {
            return unsafeDowncast(o, to: PyTuple.self).items
        }
        return try interpreter.collect(record)
    }

    /// Whether `cls._make` is the native `_make` of this namedtuple class (not a subclass's).
    static func ownMake(of cls: PyType, is make: PyBuiltinFunction) -> Bool {
        guard case .object(let o)? = cls.lookup("_make"), let wrapper = o as? PyMethodWrapper, wrapper.kind == .classMethod,
              case .object(let function) = wrapper.function else { return false }
        return function === make
    }

    /// The class argument of `__new__`/`_make`, checked as `tuple.__new__` checks it.
    static func tupleSubclass(_ value: Value) throws -> PyType {
        guard case .object(let o) = value, let cls = o as? PyType else {
            throw PyException(BuiltinTypes.typeError, "tuple.__new__(X): X is not a type object (\(value.typeName))")
        }
        guard cls.isSubtype(of: BuiltinTypes.tuple) else {
            throw PyException(BuiltinTypes.typeError, "tuple.__new__(\(cls.name)): \(cls.name) is not a subtype of tuple")
        }
        return cls
    }

    /// CPython's "missing N required positional argument(s): 'a', 'b', and 'c'".
    static func missing(_ names: [String], function: String) -> PyException {
        let quoted = names.map { "'\($0)'" }
        let list: String
        switch quoted.count {
        case 1: list = quoted[0]
        case 2: list = "\(quoted[0]) and \(quoted[1])"
        default: list = quoted.dropLast().joined(separator: ", ") + ", and " + (quoted.last ?? "")
        }
        return PyException(BuiltinTypes.typeError,
                           "\(function)() missing \(names.count) required positional argument\(names.count == 1 ? "" : "s"): \(list)")
    }
}
