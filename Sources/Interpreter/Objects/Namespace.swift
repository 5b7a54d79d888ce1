/// The global variables of a module (or of an interactive session). Names are resolved to slots
/// when code is compiled, so a global load is an array access; a slot that was never assigned
/// falls back to the builtin of the same name, captured when the slot was created.
public final class Namespace {
    public private(set) var values: ContiguousArray<Value> = []
    private(set) var fallbacks: ContiguousArray<Value> = []
    private var indexByName: [String: Int] = [:]
    public private(set) var names: [String] = []
    public let builtins: Namespace?

    public init(builtins: Namespace?) {
        self.builtins = builtins
    }

    /// The slot of `name`, created (unset) on first use.
    public func slot(for name: String) -> Int {
        if let index = indexByName[name] { return index }
        let index = values.count
        indexByName[name] = index
        names.append(name)
        values.append(.unset)
        fallbacks.append(builtins?[name] ?? .unset)
        return index
    }

    /// The slot of `name` if it has one (bound or not), without creating it.
    func existingSlot(_ name: String) -> Int? { indexByName[name] }

    /// The value in `slot` if it is bound (no builtin fallback), or nil.
    @inline(__always)
    func boundValue(slot: Int) -> Value? {
        guard slot < values.count else { return nil }
        let value = values[slot]
        return value.isUnset ? nil : value
    }

    @inline(__always)
    public func load(slot: Int) -> Value {
        let value = values[slot]
        if case .unset = value { return fallbacks[slot] }
        return value
    }

    @inline(__always)
    public func store(slot: Int, _ value: Value) {
        values[slot] = value
    }

    public subscript(name: String) -> Value? {
        get {
            guard let index = indexByName[name] else { return nil }
            let value = values[index]
            return value.isUnset ? nil : value
        }
        set {
            let index = slot(for: name)
            values[index] = newValue ?? .unset
        }
    }

    /// The names that currently have values, in the order they were first created.
    public var boundNames: [String] {
        names.enumerated().filter { !values[$0.offset].isUnset }.map(\.element)
    }

    /// Unbinds every name (for `%reset`); slots stay valid for compiled code.
    public func removeAll() {
        for i in values.indices { values[i] = .unset }
    }
}

/// A module object: a name and its namespace.
public final class PyModule: PyObject {
    public let name: String
    public let namespace: Namespace

    public init(name: String, namespace: Namespace) {
        self.name = name
        self.namespace = namespace
        super.init(type: BuiltinTypes.module, kind: .module)
        namespace["__name__"] = .str(name)
    }
}
