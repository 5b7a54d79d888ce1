import Foundation
import Interpreter

/// Writes Python values into the workspace encoding: a tag byte, then the payload. Objects get
/// an id on first encounter; later encounters write a reference, so shared and cyclic structures
/// come back with the same shape. User functions and classes are written as their source (re-run
/// on restore); instances as their class and attributes; modules by name.
///
/// Serializers of native types (tensors) receive this encoder and write their payload with the
/// `write...` methods; nested values (a tensor's grad) go through `writeValue`.
public final class WorkspaceEncoder {
    var writer = ByteWriter()
    private var memo: [ObjectIdentifier: UInt32] = [:]
    private var memoOrder: [ObjectIdentifier] = []
    /// Every object given an id, kept alive for the whole save: an object identity is its
    /// address, and a temporary (the wrapper of a tensor's grad) freed during the save would
    /// hand its address, and so its id, to the next temporary.
    private var memoObjects: [PyObject] = []
    private var nextID: UInt32 = 1
    /// Where in the value being written we are, for messages: `x`, `[2]`, `.weights`.
    var path: [String] = []
    /// Nesting of the value being written; bounded so a pathologically deep structure is
    /// reported instead of exhausting the stack.
    private var depth = 0
    static let maximumDepth = 5000
    unowned let session: Session

    public var interpreter: Interpreter { session.interpreter }

    init(session: Session) {
        self.session = session
    }

    // MARK: Primitives for serializers

    public func writeInt(_ v: Int) { writer.writeInt(v) }
    public func writeDouble(_ v: Double) { writer.writeDouble(v) }
    public func writeString(_ s: String) { writer.writeString(s) }
    public func writeBool(_ b: Bool) { writer.writeUInt8(b ? 1 : 0) }
    /// Raw bytes, copied as one block (tensor storage).
    public func writeBytes(_ raw: UnsafeRawBufferPointer) { writer.writeBytes(raw) }

    // MARK: Entries

    /// Encodes one top-level entry; on failure nothing of it stays (bytes or object ids), so the
    /// other entries still save and never refer to objects that were not written.
    func encodeEntry(_ value: Value, name: String) throws -> [UInt8] {
        let start = writer.count
        let memoStart = memoOrder.count
        let idStart = nextID
        path = [name]
        depth = 0
        do {
            try writeValue(value)
        } catch {
            writer.truncate(to: start)
            for id in memoOrder[memoStart...] { memo[id] = nil }
            memoOrder.removeSubrange(memoStart...)
            memoObjects.removeSubrange(memoStart...)
            nextID = idStart
            throw error
        }
        // Entries are encoded one at a time into an empty writer, so the entry is all of it:
        // handing the buffer over saves copying (and faulting in) a second copy of its tensors.
        if start == 0 { return writer.takeBytes() }
        let bytes = Array(writer.bytes[start...])
        writer.truncate(to: start)
        return bytes
    }

    func unsupported(_ reason: String) -> WorkspaceUnsupportedValue {
        var location = path.joined()
        if location.count > 80 { location = String(location.prefix(60)) + "..." }
        return WorkspaceUnsupportedValue(path.count > 1 ? "\(location): \(reason)" : reason)
    }

    /// Returns the existing id of `object` (having written a reference), or registers a new one.
    func identify(_ object: PyObject) -> UInt32? {
        let key = ObjectIdentifier(object)
        if let id = memo[key] {
            writer.writeUInt8(WorkspaceTag.reference.rawValue)
            writer.writeUInt32(id)
            return nil
        }
        let id = nextID
        nextID += 1
        memo[key] = id
        memoOrder.append(key)
        memoObjects.append(object)
        return id
    }

    func tag(_ t: WorkspaceTag) { writer.writeUInt8(t.rawValue) }

    // MARK: Values

    public func writeValue(_ value: Value) throws {
        depth += 1
        defer { depth -= 1 }
        guard depth <= WorkspaceEncoder.maximumDepth else {
            throw unsupported("nested more than \(WorkspaceEncoder.maximumDepth) levels deep")
        }
        switch value {
        case .none, .unset: tag(.none)
        case .bool(let b): tag(b ? .true : .false)
        case .int(let i):
            tag(.int)
            writer.writeInt(i)
        case .float(let d):
            tag(.float)
            writer.writeDouble(d)
        case .object(let o): try writeObject(o, value)
        }
    }

    private func writeObject(_ o: PyObject, _ value: Value) throws {
        if let serializer = session.extensions.serializers.serializer(for: value) {
            guard let id = identify(o) else { return }
            tag(.`extension`)
            writer.writeUInt32(id)
            writer.writeString(serializer.tag)
            let lengthAt = writer.reserveUInt64()
            let payloadStart = writer.count
            try serializer.encode(value, to: self)
            writer.patch(UInt64(writer.count - payloadStart), at: lengthAt)
            return
        }
        if let hex = value.bigIntHexText {
            tag(.bigInt)
            writer.writeString(hex)
            return
        }
        if let s = o as? PyStr, o.type === BuiltinTypes.str {
            tag(.str)
            writer.writeString(s.value)
            return
        }
        if let b = o as? PyBytes {
            tag(.bytes)
            writer.writeBytes(b.bytes)
            return
        }
        if o === Singletons.ellipsis {
            tag(.ellipsis)
            return
        }
        if let r = o as? PyRange {
            tag(.range)
            writer.writeInt(r.start)
            writer.writeInt(r.stop)
            writer.writeInt(r.step)
            return
        }
        if let s = o as? PySlice {
            tag(.slice)
            try writeValue(s.start)
            try writeValue(s.stop)
            try writeValue(s.step)
            return
        }
        switch o {
        case let list as PyList where o.type === BuiltinTypes.list:
            guard let id = identify(o) else { return }
            tag(.list)
            writer.writeUInt32(id)
            try writeItems(list.items)
        case let tuple as PyTuple where o.type === BuiltinTypes.tuple:
            guard let id = identify(o) else { return }
            tag(.tuple)
            writer.writeUInt32(id)
            try writeItems(tuple.items)
        case let dict as PyDict where o.type === BuiltinTypes.dict:
            guard let id = identify(o) else { return }
            tag(.dict)
            writer.writeUInt32(id)
            writer.writeUInt64(UInt64(dict.storage.count))
            for (key, item) in dict.storage {
                path.append("[\((try? interpreter.repr(key.value)) ?? "?")]")
                try writeValue(key.value)
                try writeValue(item)
                path.removeLast()
            }
        case let set as PySet where o.type === BuiltinTypes.set || o.type === BuiltinTypes.frozenset:
            guard let id = identify(o) else { return }
            tag(set.isFrozen ? .frozenset : .set)
            writer.writeUInt32(id)
            writer.writeUInt64(UInt64(set.storage.count))
            for key in set.storage { try writeValue(key.value) }
        case let module as PyModule:
            tag(.module)
            writer.writeString(module.name)
        case let function as PyFunction:
            try writeFunction(function, value)
        case let type as PyType:
            try writeClass(type, value)
        case let builtin as PyBuiltinFunction:
            try writeGlobalReference(value, name: builtin.name, kind: "built-in function \(builtin.qualifiedName)")
        case let method as PyBoundMethod:
            let name = (method.function.asObject as? PyFunction)?.name ?? (method.function.asObject as? PyBuiltinFunction)?.name
            guard let name else { throw unsupported("bound methods of this kind cannot be saved") }
            tag(.attribute)
            path.append(".__self__")
            try writeValue(method.receiver)
            path.removeLast()
            writer.writeString(name)
        case let instance as PyInstance where !instance.type.isBuiltin:
            guard let id = identify(o) else { return }
            tag(.instance)
            writer.writeUInt32(id)
            path.append(" (class \(instance.type.name))")
            try writeValue(.object(instance.type))
            path.removeLast()
            let attributes = instance.attributes.sorted { $0.key < $1.key }
            writer.writeUInt64(UInt64(attributes.count))
            for (name, item) in attributes {
                writer.writeString(name)
                path.append(".\(name)")
                try writeValue(item)
                path.removeLast()
            }
        default:
            try writeReduced(o, value)
        }
    }

    private func writeItems(_ items: [Value]) throws {
        writer.writeUInt64(UInt64(items.count))
        for (index, item) in items.enumerated() {
            path.append("[\(index)]")
            try writeValue(item)
            path.removeLast()
        }
    }

    /// A function: by source when the session defined it at top level; as a module attribute
    /// when it came from an imported module; a method through its class.
    private func writeFunction(_ function: PyFunction, _ value: Value) throws {
        let moduleName = function.globals["__name__"]?.stringValue ?? "__main__"
        if moduleName != "__main__" {
            try writeGlobalReference(value, name: function.name, kind: "function \(function.qualifiedName)", module: moduleName)
            return
        }
        if function.code.name == "<lambda>" {
            throw unsupported("lambda functions cannot be saved (no source is kept for them); use def")
        }
        if !function.closure.isEmpty || function.qualifiedName.contains("<locals>") {
            throw unsupported("function \(function.qualifiedName) is nested in another function and uses its variables")
        }
        if function.qualifiedName.contains("."), let owner = function.definingClass {
            tag(.attribute)
            try writeValue(.object(owner))
            writer.writeString(function.name)
            return
        }
        guard let source = function.code.definitionSource else {
            throw unsupported("function \(function.qualifiedName) has no recorded source")
        }
        guard let id = identify(function) else { return }
        tag(.function)
        writer.writeUInt32(id)
        writer.writeString(function.code.name)
        writer.writeString(function.code.file.name)
        writer.writeInt(function.code.firstLine)
        writer.writeString(source)
    }

    /// A class: a user class by its source, a built-in or library class by name.
    private func writeClass(_ type: PyType, _ value: Value) throws {
        if type.isBuiltin || type.moduleName != "__main__" {
            try writeGlobalReference(value, name: type.name, kind: "class \(type.qualifiedName)", module: type.moduleName)
            return
        }
        guard let definition = session.classSources.definition(of: type) else {
            throw unsupported("class \(type.name) has no recorded source (it was not defined by a class statement in this session)")
        }
        guard let id = identify(type) else { return }
        let changes = session.classSources.changes(of: type)
        let changed = !changes.set.isEmpty || !changes.deleted.isEmpty
        tag(changed ? .changedUserClass : .userClass)
        writer.writeUInt32(id)
        writer.writeString(type.qualifiedName)
        writer.writeString(definition.fileName)
        writer.writeInt(definition.firstLine)
        writer.writeString(definition.source)
        guard changed else { return }
        writer.writeUInt64(UInt64(changes.set.count))
        for (name, attribute) in changes.set {
            writer.writeString(name)
            path.append(".\(name)")
            defer { path.removeLast() }
            try writeValue(attribute)
        }
        writer.writeUInt64(UInt64(changes.deleted.count))
        for name in changes.deleted { writer.writeString(name) }
    }

    /// A value reachable by name: a builtin, or an attribute of a loaded module.
    private func writeGlobalReference(_ value: Value, name: String, kind: String, module: String? = nil) throws {
        if module == nil || module == "builtins", let builtin = interpreter.builtins[name], builtin.isIdentical(to: value) {
            tag(.builtin)
            writer.writeString(name)
            return
        }
        let candidates = module.flatMap { interpreter.modules[$0].map { [($0.name, $0)] } } ?? []
        for (moduleName, loaded) in candidates + interpreter.modules.sorted(by: { $0.key < $1.key }).map({ ($0.key, $0.value) }) {
            if let found = loaded.namespace[name], found.isIdentical(to: value) {
                tag(.moduleAttribute)
                writer.writeString(moduleName)
                writer.writeString(name)
                return
            }
        }
        // A function a decorator made (`sched_lin = _annealer(f)` is named `_inner`): bound in its
        // own module under another name.
        for (moduleName, loaded) in candidates {
            if let boundName = loaded.namespace.names.first(where: { loaded.namespace[$0]?.isIdentical(to: value) ?? false }) {
                tag(.moduleAttribute)
                writer.writeString(moduleName)
                writer.writeString(boundName)
                return
            }
        }
        throw unsupported("\(kind) is not reachable by name from any module")
    }
}
