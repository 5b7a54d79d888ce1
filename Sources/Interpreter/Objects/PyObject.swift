/// The base of every heap-allocated Python object. Subclasses are the built-in types (str, list,
/// function, ...) and the instances of user classes.
open class PyObject {
    /// The Python class. Only the root metatype `type` leaves this nil (it is its own type).
    @usableFromInline final var storedType: PyType?
    /// Instance attributes (`obj.x = 1`), in insertion order. Empty tables do not allocate.
    public final var attributes = AttributeTable()

    public init(type: PyType) {
        self.storedType = type
    }

    /// Only for the bootstrap of the metatype `type`.
    init(bootstrap: ()) {
        self.storedType = nil
    }

    @inline(__always)
    public final var type: PyType { storedType ?? BuiltinTypes.type }

    /// Whether instances of this object's class accept arbitrary attributes (like CPython objects
    /// with a `__dict__`). Built-in values such as ints and strs do not.
    open var acceptsAttributes: Bool { true }
}

/// An instance of a user-defined class (or of `object`).
public final class PyInstance: PyObject {}
