/// The base of every heap-allocated Python object. Subclasses are the built-in types (str, list,
/// function, ...) and the instances of user classes.
open class PyObject {
    /// The Python class. Only the root metatype `type` leaves this nil (it is its own type).
    @usableFromInline final let storedType: PyType?
    /// Instance attributes (`obj.x = 1`), in insertion order. Empty tables do not allocate.
    public final var attributes = AttributeTable()
    /// Which Swift class this object is, for the VM's fast paths (a byte compare instead of a
    /// dynamic cast). Subclasses outside this module are `.other`.
    @usableFromInline final let objectKind: ObjectKind

    public init(type: PyType) {
        self.storedType = type
        self.objectKind = .other
    }

    /// For the built-in object classes of this module.
    init(type: PyType, kind: ObjectKind) {
        self.storedType = type
        self.objectKind = kind
    }

    /// Only for the bootstrap of the metatype `type`.
    init(bootstrap: ()) {
        self.storedType = nil
        self.objectKind = .type
    }

    @inline(__always)
    public final var type: PyType { storedType ?? BuiltinTypes.type }

    /// Whether the object's class is exactly `type`: a pointer compare, with no retain of
    /// either class (the generic `===` is not always inlined into the dispatch loop).
    @inline(__always)
    final func hasExactType(_ type: PyType) -> Bool {
        unsafeBitCast(storedType, to: UInt.self) == UInt(bitPattern: Unmanaged.passUnretained(type).toOpaque())
    }

    /// Whether instances of this object's class accept arbitrary attributes (like CPython objects
    /// with a `__dict__`). Built-in values such as ints and strs do not.
    open var acceptsAttributes: Bool { true }
}

/// The Swift class of a `PyObject` (see `PyObject.objectKind`).
@usableFromInline
enum ObjectKind: UInt8 {
    case other, instance, str, list, tuple, dict, set, function, builtinFunction, boundMethod, type, module,
         superObject, rangeIterator, sequenceIterator, exception, generator, code, bigInt, nativeIterator
}

/// An instance of a user-defined class (or of `object`).
public final class PyInstance: PyObject {
    /// Set on the stand-in that `__del__` runs on, so it is not finalized twice.
    var isFinalized = false

    public override init(type: PyType) {
        super.init(type: type, kind: .instance)
    }

    deinit {
        // The class defines __del__: its interpreter runs it at the next safe point.
        if !isFinalized, let queue = storedType?.finalizerQueue {
            queue.enqueue(type: type, attributes: attributes)
        }
    }
}
