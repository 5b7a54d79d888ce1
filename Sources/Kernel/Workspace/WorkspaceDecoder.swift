import Foundation
import Interpreter

/// A value could not be restored yet because something it needs is not there yet (an object
/// another entry defines, a name a class statement uses). The restore retries such entries after
/// the others.
struct WorkspaceMissingDependency: Error, CustomStringConvertible {
    let description: String
}

/// Reads the workspace encoding back into Python values in a session. Functions and classes are
/// re-created by running their saved source (only code the user wrote in the session runs);
/// instances are rebuilt without calling `__init__`, as pickle does.
public final class WorkspaceDecoder {
    var reader: ByteReader
    /// Objects restored so far, by id; shared by all entries of one file.
    var objects: [UInt32: Value]
    /// Nesting of the value being read (a damaged file must not exhaust the stack).
    private var depth = 0
    unowned let session: Session

    public var interpreter: Interpreter { session.interpreter }

    init(reader: ByteReader, objects: [UInt32: Value], session: Session) {
        self.reader = reader
        self.objects = objects
        self.session = session
    }

    /// The objects known after this decoder ran (to carry over to the next entry).
    var knownObjects: [UInt32: Value] { objects }

    // MARK: Primitives for serializers

    public func readInt() throws -> Int { try reader.readInt() }
    public func readDouble() throws -> Double { try reader.readDouble() }
    public func readString() throws -> String { try reader.readString() }
    public func readBool() throws -> Bool { try reader.readUInt8() != 0 }
    /// A block written with `writeBytes`, handed to `body` without copying.
    public func withBytes<T>(_ body: (UnsafeRawBufferPointer) throws -> T) throws -> T { try reader.withBytes(body) }

    // MARK: Values

    public func readValue() throws -> Value {
        depth += 1
        defer { depth -= 1 }
        guard depth <= WorkspaceEncoder.maximumDepth else { throw WorkspaceFormatError("values nested too deeply") }
        let raw = try reader.readUInt8()
        guard let tag = WorkspaceTag(rawValue: raw) else { throw WorkspaceFormatError("unknown value tag \(raw)") }
        switch tag {
        case .none: return .none
        case .true: return .bool(true)
        case .false: return .bool(false)
        case .int: return .int(try reader.readInt())
        case .float: return .float(try reader.readDouble())
        case .str: return .str(try reader.readString())
        case .bigInt:
            let text = try reader.readString()
            guard let value = Value.integer(hexText: text) else { throw WorkspaceFormatError("an int written as '\(text.prefix(40))'") }
            return value
        case .bytes: return .object(PyBytes(try reader.readBytes()))
        case .ellipsis: return .object(Singletons.ellipsis)
        case .range:
            return .object(PyRange(start: try reader.readInt(), stop: try reader.readInt(), step: try reader.readInt()))
        case .slice:
            return .object(PySlice(start: try readValue(), stop: try readValue(), step: try readValue()))
        case .reference:
            let id = try reader.readUInt32()
            guard let value = objects[id] else {
                throw WorkspaceMissingDependency(description: "refers to an object that could not be restored")
            }
            return value
        case .list:
            let id = try reader.readUInt32()
            let list = PyList()
            objects[id] = .object(list)
            let count = try reader.readLength()
            list.items.reserveCapacity(count)
            for _ in 0..<count { list.items.append(try readValue()) }
            return .object(list)
        case .tuple:
            let id = try reader.readUInt32()
            let count = try reader.readLength()
            var items: [Value] = []
            items.reserveCapacity(count)
            for _ in 0..<count { items.append(try readValue()) }
            let tuple = Value.object(PyTuple(items))
            objects[id] = tuple
            return tuple
        case .dict:
            let id = try reader.readUInt32()
            let dict = PyDict()
            objects[id] = .object(dict)
            let count = try reader.readLength()
            for _ in 0..<count {
                let key = try readValue()
                dict.storage[try interpreter.hashKey(key)] = try readValue()
            }
            return .object(dict)
        case .set, .frozenset:
            let id = try reader.readUInt32()
            let count = try reader.readLength()
            var keys: [HashKey] = []
            for _ in 0..<count { keys.append(try interpreter.hashKey(try readValue())) }
            let set = Value.object(PySet(SetStorage(adding: keys), frozen: tag == .frozenset))
            objects[id] = set
            return set
        case .module:
            let name = try reader.readString()
            do {
                return .object(try interpreter.importModule(name, returnTopLevel: false))
            } catch {
                throw WorkspaceUnsupportedValue("module \(name) could not be imported: \(describe(error))")
            }
        case .builtin:
            let name = try reader.readString()
            guard let value = interpreter.builtins[name] else { throw WorkspaceUnsupportedValue("no builtin named \(name)") }
            return value
        case .moduleAttribute:
            let moduleName = try reader.readString()
            let name = try reader.readString()
            do {
                let module = try interpreter.importModule(moduleName, returnTopLevel: false)
                return try interpreter.getAttribute(.object(module), name)
            } catch {
                throw WorkspaceUnsupportedValue("\(moduleName).\(name) could not be found: \(describe(error))")
            }
        case .attribute:
            let owner = try readValue()
            let name = try reader.readString()
            do {
                return try interpreter.getAttribute(owner, name)
            } catch {
                throw WorkspaceUnsupportedValue("attribute \(name) could not be found: \(describe(error))")
            }
        case .function, .userClass, .changedUserClass:
            // A user function or class: its source, run again under its name and lines.
            let id = try reader.readUInt32()
            let name = try reader.readString()
            let fileName = try reader.readString()
            let firstLine = try reader.readInt()
            let source = try reader.readString()
            let value = try session.define(source: source, name: name, fileName: fileName, firstLine: firstLine)
            objects[id] = value
            guard tag == .changedUserClass else { return value }
            guard case .object(let o) = value, let type = o as? PyType else {
                throw WorkspaceFormatError("re-running the definition of \(name) did not make a class")
            }
            for _ in 0..<(try reader.readLength()) {
                let attribute = try reader.readString()
                type.setAttribute(attribute, try readValue())
            }
            for _ in 0..<(try reader.readLength()) { type.setAttribute(try reader.readString(), nil) }
            return value
        case .instance:
            let id = try reader.readUInt32()
            let classValue = try readValue()
            guard case .object(let o) = classValue, let type = o as? PyType else {
                throw WorkspaceFormatError("an instance's class is not a class")
            }
            let instance = PyInstance(type: type)
            objects[id] = .object(instance)
            let count = try reader.readLength()
            for _ in 0..<count {
                let name = try reader.readString()
                instance.attributes[name] = try readValue()
            }
            return .object(instance)
        case .reduce:
            return try readReduced()
        case .`extension`:
            let id = try reader.readUInt32()
            let serializerTag = try reader.readString()
            let length = try reader.readLength()
            guard let serializer = session.extensions.serializers.serializer(tag: serializerTag) else {
                _ = try reader.skip(length)
                throw WorkspaceUnsupportedValue("no serializer for saved '\(serializerTag)' values is available in this build")
            }
            let end = reader.offset + length
            let value = try serializer.decode(from: self)
            guard reader.offset == end else {
                throw WorkspaceFormatError("the '\(serializerTag)' serializer read \(reader.offset - end + length) of \(length) bytes")
            }
            objects[id] = value
            return value
        }
    }

    func describe(_ error: Error) -> String {
        if let exception = error as? PyException { return interpreter.exceptionLine(exception) }
        return "\(error)"
    }
}

extension Session {
    /// Runs a saved `def` or `class` statement in the session namespace and returns what it
    /// defined, leaving the namespace as it was (the entry that holds the value binds it). The
    /// source is compiled under its original file name and line numbers, so tracebacks through
    /// restored code point where the user wrote it.
    func define(source: String, name: String, fileName: String, firstLine: Int) throws -> Value {
        let previous = namespace[name]
        // `firstLine` is the line of `def`/`class`; decorators above it are part of the source.
        let decoratorLines = source.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.hasPrefix("def ") || $0.hasPrefix("class ") || $0.hasPrefix("async def ") } ?? 0
        let padded = String(repeating: "\n", count: max(0, firstLine - 1 - decoratorLines)) + source
        let quiet = OutputCollector(live: nil)
        let outer = collector
        collector = quiet
        defer {
            collector = outer
            namespace[name] = previous
        }
        do {
            _ = try executeCode(padded, fileName: fileName, interactive: false)
        } catch let exception as PyException where exception.isInstance(of: BuiltinTypes.nameError) {
            throw WorkspaceMissingDependency(description: "its definition needs \(interpreter.exceptionLine(exception))")
        } catch let exception as PyException {
            throw WorkspaceUnsupportedValue("re-running its definition failed: \(interpreter.exceptionLine(exception))")
        }
        guard let value = namespace[name] else {
            throw WorkspaceUnsupportedValue("re-running its definition did not define \(name)")
        }
        return value
    }
}
