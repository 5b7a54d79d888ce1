/// The built-in classes. They are created once per process and never changed by Python code
/// (setting an attribute on a built-in type is a TypeError), so sharing them between interpreter
/// instances is safe. Their methods are installed on first lookup (`PyType.prepare`).
///
/// Layout: each type's object class lives in `Objects/<Class>.swift` (`PyStr.swift`) and its
/// Python methods in `Objects/<Class>+Methods.swift`, as Swift functions listed in a `table` of
/// `NativeMethod`s that the installer named here registers. `Builtins/` holds the builtin
/// functions (`len`, `print`, ...).
public enum BuiltinTypes {
    public static let type = PyType(metatype: ())
    public static let object = PyType(builtin: "object", base: nil, installer: ObjectMethods.install)
    public static let noneType = PyType(builtin: "NoneType", base: object, subclassable: false)
    public static let int = PyType(builtin: "int", base: object, installer: NumberMethods.installInt)
    public static let bool = PyType(builtin: "bool", base: int, subclassable: false, installer: NumberMethods.installBool)
    public static let float = PyType(builtin: "float", base: object, installer: NumberMethods.installFloat)
    public static let str = PyType(builtin: "str", base: object, installer: StrMethods.install)
    public static let bytes = PyType(builtin: "bytes", base: object, subclassable: false, installer: BytesMethods.install)
    public static let list = PyType(builtin: "list", base: object, installer: ListMethods.install)
    public static let tuple = PyType(builtin: "tuple", base: object, installer: TupleMethods.install)
    public static let dict = PyType(builtin: "dict", base: object, installer: DictMethods.install)
    public static let set = PyType(builtin: "set", base: object, installer: SetMethods.install)
    public static let frozenset = PyType(builtin: "frozenset", base: object, installer: SetMethods.installFrozen)
    public static let range = PyType(builtin: "range", base: object, subclassable: false, installer: RangeMethods.install)
    public static let slice = PyType(builtin: "slice", base: object, subclassable: false, installer: SliceMethods.install)
    public static let function = PyType(builtin: "function", base: object, subclassable: false, installer: CallableTypes.installFunction)
    public static let builtinFunction = PyType(builtin: "builtin_function_or_method", base: object, subclassable: false, installer: CallableTypes.installBuiltinFunction)
    public static let method = PyType(builtin: "method", base: object, subclassable: false, installer: CallableTypes.installMethod)
    public static let cell = PyType(builtin: "cell", base: object, subclassable: false)
    public static let module = PyType(builtin: "module", base: object, installer: CallableTypes.installModule)
    public static let property = PyType(builtin: "property", base: object, installer: CallableTypes.installProperty)
    public static let staticmethod = PyType(builtin: "staticmethod", base: object, installer: CallableTypes.installStaticMethod)
    public static let classmethod = PyType(builtin: "classmethod", base: object, installer: CallableTypes.installClassMethod)
    public static let superType = PyType(builtin: "super", base: object, installer: CallableTypes.installSuper)
    public static let generator = PyType(builtin: "generator", base: object, subclassable: false, installer: IteratorMethods.installGenerator)
    public static let iterator = PyType(builtin: "iterator", base: object, subclassable: false, installer: IteratorMethods.installIterator)
    // The iterators of the core containers carry CPython's type names (error messages show them).
    public static let listIterator = PyType(builtin: "list_iterator", base: object, subclassable: false, installer: IteratorMethods.installIterator)
    public static let listReverseIterator = PyType(builtin: "list_reverseiterator", base: object, subclassable: false, installer: IteratorMethods.installIterator)
    public static let tupleIterator = PyType(builtin: "tuple_iterator", base: object, subclassable: false, installer: IteratorMethods.installIterator)
    public static let rangeIterator = PyType(builtin: "range_iterator", base: object, subclassable: false, installer: IteratorMethods.installIterator)
    public static let enumerate = PyType(builtin: "enumerate", base: object, installer: IteratorConstructors.installer(IteratorConstructors.enumerate))
    public static let zip = PyType(builtin: "zip", base: object, installer: IteratorConstructors.installer(IteratorConstructors.zip))
    public static let map = PyType(builtin: "map", base: object, installer: IteratorConstructors.installer(IteratorConstructors.map))
    public static let filter = PyType(builtin: "filter", base: object, installer: IteratorConstructors.installer(IteratorConstructors.filter))
    public static let reversed = PyType(builtin: "reversed", base: object, installer: IteratorConstructors.installer(IteratorConstructors.reversed))
    public static let dictKeys = PyType(builtin: "dict_keys", base: object, subclassable: false, installer: DictViewMethods.installSetLike)
    public static let dictValues = PyType(builtin: "dict_values", base: object, subclassable: false, installer: DictViewMethods.install)
    public static let dictItems = PyType(builtin: "dict_items", base: object, subclassable: false, installer: DictViewMethods.installSetLike)
    public static let notImplementedType = PyType(builtin: "NotImplementedType", base: object, subclassable: false)
    public static let ellipsisType = PyType(builtin: "ellipsis", base: object, subclassable: false)
    public static let code = PyType(builtin: "code", base: object, subclassable: false, installer: TracebackObjects.installCodeAttributes)

    // Exceptions
    public static let baseException: PyType = {
        let type = PyType(builtin: "BaseException", base: object, installer: ExceptionMethods.install)
        type.nativeNew = ExceptionMethods.new
        return type
    }()
    public static let systemExit = exception("SystemExit", baseException)
    public static let keyboardInterrupt = exception("KeyboardInterrupt", baseException)
    public static let generatorExit = exception("GeneratorExit", baseException)
    public static let exception = exception("Exception", baseException)
    public static let stopIteration = exception("StopIteration", exception)
    public static let arithmeticError = exception("ArithmeticError", exception)
    public static let overflowError = exception("OverflowError", arithmeticError)
    public static let zeroDivisionError = exception("ZeroDivisionError", arithmeticError)
    public static let floatingPointError = exception("FloatingPointError", arithmeticError)
    public static let assertionError = exception("AssertionError", exception)
    public static let attributeError = exception("AttributeError", exception)
    public static let bufferError = exception("BufferError", exception)
    public static let eofError = exception("EOFError", exception)
    public static let importError = exception("ImportError", exception)
    public static let moduleNotFoundError = exception("ModuleNotFoundError", importError)
    public static let lookupError = exception("LookupError", exception)
    public static let indexError = exception("IndexError", lookupError)
    public static let keyError = exception("KeyError", lookupError)
    public static let memoryError = exception("MemoryError", exception)
    public static let nameError = exception("NameError", exception)
    public static let unboundLocalError = exception("UnboundLocalError", nameError)
    public static let osError = exception("OSError", exception)
    public static let fileNotFoundError = exception("FileNotFoundError", osError)
    public static let fileExistsError = exception("FileExistsError", osError)
    public static let isADirectoryError = exception("IsADirectoryError", osError)
    public static let notADirectoryError = exception("NotADirectoryError", osError)
    public static let permissionError = exception("PermissionError", osError)
    public static let runtimeError = exception("RuntimeError", exception)
    public static let notImplementedError = exception("NotImplementedError", runtimeError)
    public static let recursionError = exception("RecursionError", runtimeError)
    public static let syntaxError = exception("SyntaxError", exception)
    public static let indentationError = exception("IndentationError", syntaxError)
    public static let tabError = exception("TabError", indentationError)
    public static let systemError = exception("SystemError", exception)
    public static let typeError = exception("TypeError", exception)
    public static let valueError = exception("ValueError", exception)
    public static let unicodeError = exception("UnicodeError", valueError)
    public static let unicodeEncodeError = exception("UnicodeEncodeError", unicodeError)
    public static let unicodeDecodeError = exception("UnicodeDecodeError", unicodeError)
    public static let warning = exception("Warning", exception)
    public static let userWarning = exception("UserWarning", warning)
    public static let deprecationWarning = exception("DeprecationWarning", warning)
    public static let runtimeWarning = exception("RuntimeWarning", warning)
    public static let pendingDeprecationWarning = exception("PendingDeprecationWarning", warning)
    public static let syntaxWarning = exception("SyntaxWarning", warning)
    public static let futureWarning = exception("FutureWarning", warning)
    public static let importWarning = exception("ImportWarning", warning)
    public static let unicodeWarning = exception("UnicodeWarning", warning)
    public static let bytesWarning = exception("BytesWarning", warning)
    public static let resourceWarning = exception("ResourceWarning", warning)
    public static let encodingWarning = exception("EncodingWarning", warning)

    private static func exception(_ name: String, _ base: PyType) -> PyType {
        let type = PyType(builtin: name, base: base)
        type.nativeNew = ExceptionMethods.new
        return type
    }

    /// Every built-in exception class, for the `builtins` module.
    public static var exceptionTypes: [PyType] {
        [baseException, systemExit, keyboardInterrupt, generatorExit, exception, stopIteration, arithmeticError,
         overflowError, zeroDivisionError, floatingPointError, assertionError, attributeError, bufferError, eofError,
         importError, moduleNotFoundError, lookupError, indexError, keyError, memoryError, nameError,
         unboundLocalError, osError, fileNotFoundError, fileExistsError, isADirectoryError, notADirectoryError,
         permissionError, runtimeError, notImplementedError, recursionError, syntaxError, indentationError, tabError,
         systemError, typeError, valueError, unicodeError, warning, userWarning, deprecationWarning, runtimeWarning,
         unicodeEncodeError, unicodeDecodeError, pendingDeprecationWarning, syntaxWarning, futureWarning, importWarning,
         unicodeWarning, bytesWarning, resourceWarning, encodingWarning]
    }
}

/// Singletons without a value case of their own.
public enum Singletons {
    public static let notImplemented = PyInstance(type: BuiltinTypes.notImplementedType)
    public static let ellipsis = PyInstance(type: BuiltinTypes.ellipsisType)
}
