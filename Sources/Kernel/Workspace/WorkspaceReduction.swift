import Interpreter

/// Objects that are neither plain Python data nor instances with only a `__dict__`, saved the way
/// pickle saves them:
/// - a class that says how to rebuild its objects with `__reduce__` (random.Random answers with
///   its class, no arguments and its generator state) is called that way on restore;
/// - a subclass of tuple, list or dict (torch.Size, fastai's `L`-like containers, a
///   `defaultdict`-style state table) is made by its class's `__new__`, without `__init__`, then
///   given its items and its attributes.
///
/// Only classes are called on restore, never arbitrary functions: a workspace file stays data
/// that rebuilds objects, not a program.
struct WorkspaceReduction {
    enum Rebuild: UInt8 {
        /// `class(*arguments)`, as `__reduce__` asks.
        case call = 0
        /// `class.__new__(class, *arguments)`: no `__init__`, as pickle's `__newobj__`.
        case new = 1
    }

    var rebuild: Rebuild
    var type: Value
    var arguments: [Value] = []
    /// Given to `__setstate__`, or a dict of attributes.
    var state: Value = .none
    var listItems: [Value]? = nil
    var dictItems: [(key: Value, value: Value)]? = nil
}

extension WorkspaceEncoder {
    func writeReduced(_ object: PyObject, _ value: Value) throws {
        let reduction = try reduction(of: object, value)
        guard case .object(let callable) = reduction.type, callable is PyType else {
            throw unsupported("\(object.type.name).__reduce__ names a \(reduction.type.typeName), not a class, to rebuild it")
        }
        guard let id = identify(object) else { return }
        tag(.reduce)
        writer.writeUInt32(id)
        writer.writeUInt8(reduction.rebuild.rawValue)
        path.append(" (\(object.type.name))")
        defer { path.removeLast() }
        try writeValue(reduction.type)
        try writeValue(.object(PyTuple(reduction.arguments)))
        try writeValue(reduction.state)
        try writeValue(reduction.listItems.map { .object(PyList($0)) } ?? .none)
        try writeValue(reduction.dictItems.map { pairs in .object(PyList(pairs.map { .object(PyTuple([$0.key, $0.value])) })) } ?? .none)
    }

    private func reduction(of object: PyObject, _ value: Value) throws -> WorkspaceReduction {
        let type = object.type
        if type.lookup("__reduce__") != nil {
            let result = try interpreter.call(try interpreter.getAttribute(value, "__reduce__"))
            guard let parts = result.asObject as? PyTuple, (2...3).contains(parts.items.count),
                  let arguments = parts.items[1].asObject as? PyTuple else {
                throw unsupported("\(type.name).__reduce__ must return (class, arguments tuple[, state])")
            }
            return WorkspaceReduction(rebuild: .call, type: parts.items[0], arguments: arguments.items,
                                      state: parts.items.count == 3 ? parts.items[2] : .none)
        }
        var reduction = WorkspaceReduction(rebuild: .new, type: .object(type))
        switch object {
        case let tuple as PyTuple: reduction.arguments = [.object(PyTuple(tuple.items))]
        case let list as PyList: reduction.listItems = list.items
        case let dict as PyDict: reduction.dictItems = dict.storage.map { ($0.key.value, $0.value) }
        default: throw unsupported("\(type.name) objects cannot be saved")
        }
        if !object.attributes.isEmpty {
            let attributes = PyDict()
            for (name, item) in object.attributes { attributes.storage[try interpreter.hashKey(.str(name))] = item }
            reduction.state = .object(attributes)
        }
        return reduction
    }
}

extension WorkspaceDecoder {
    /// Makes the object (calling the saved class, or its `__new__`), then gives it its items and
    /// its state: through `__setstate__` when the class has one, else as attributes.
    func readReduced() throws -> Value {
        let id = try reader.readUInt32()
        guard let rebuild = WorkspaceReduction.Rebuild(rawValue: try reader.readUInt8()) else {
            throw WorkspaceFormatError("a saved object names an unknown way to rebuild it")
        }
        let typeValue = try readValue()
        guard case .object(let o) = typeValue, let type = o as? PyType,
              let arguments = try readValue().asObject as? PyTuple else {
            throw WorkspaceFormatError("a saved object is not rebuilt by a class with arguments")
        }
        let object: Value
        do {
            switch rebuild {
            case .call: object = try interpreter.call(typeValue, Arguments(arguments.items))
            case .new:
                // The native constructor of a tuple, list or dict subclass makes the right object
                // without running the class's `__init__`.
                if let native = type.nativeNew {
                    object = try native(interpreter, type, Arguments(arguments.items))
                } else {
                    object = try interpreter.call(try interpreter.getAttribute(typeValue, "__new__"), Arguments([typeValue] + arguments.items))
                }
            }
        } catch {
            throw WorkspaceUnsupportedValue("\(type.name) could not be rebuilt: \(describe(error))")
        }
        objects[id] = object
        let state = try readValue()
        let listItems = try readValue()
        let dictItems = try readValue()
        do {
            if let items = listItems.asObject as? PyList, let list = object.asObject as? PyList {
                list.items.append(contentsOf: items.items)
            }
            if let pairs = dictItems.asObject as? PyList, let dict = object.asObject as? PyDict {
                for pair in pairs.items {
                    guard let pair = pair.asObject as? PyTuple, pair.items.count == 2 else { continue }
                    dict.storage[try interpreter.hashKey(pair.items[0])] = pair.items[1]
                }
            }
            if case .none = state { return object }
            if type.lookup("__setstate__") != nil {
                _ = try interpreter.call(try interpreter.getAttribute(object, "__setstate__"), state)
            } else if let attributes = state.asObject as? PyDict, let target = object.asObject {
                // Straight into the object's attributes, as pickle updates `__dict__`: a class's
                // `__setattr__` (fastcore's delegation) is not asked.
                for (key, item) in attributes.storage {
                    guard let name = key.value.stringValue else { continue }
                    target.attributes[name] = item
                }
            }
        } catch {
            throw WorkspaceUnsupportedValue("\(type.name) could not take its saved state: \(describe(error))")
        }
        return object
    }
}
