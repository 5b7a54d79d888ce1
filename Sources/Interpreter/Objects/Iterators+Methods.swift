/// Iterator objects, generators, and the iterator classes `enumerate`, `zip`, `map`, `filter`,
/// `reversed`.
enum IteratorTypes {
    static let enumerateSignature = NativeSignature("iterable, start=0")
    static let filterSignature = NativeSignature("function, iterable, /")
    static let reversedSignature = NativeSignature("sequence, /")

    static func installIterator(_ type: PyType) {
        type.method("__iter__", "self") { _, a in a[0] }
        type.method("__next__", "self") { i, a in try nextOrStop(i, a[0]) }
    }

    static func nextOrStop(_ interpreter: Interpreter, _ value: Value) throws -> Value {
        guard case .object(let o) = value, let item = try interpreter.next(o) else {
            if let g = value.asObject as? PyGenerator, !g.returnValue.isNone {
                throw PyException(type: BuiltinTypes.stopIteration, args: [g.returnValue])
            }
            throw PyException(type: BuiltinTypes.stopIteration, args: [])
        }
        return item
    }

    static func installGenerator(_ type: PyType) {
        installIterator(type)
        type.method("send", "self, value, /") { i, a in
            guard let g = a[0].asObject as? PyGenerator else { return .none }
            if !g.hasStarted && !a[1].isNone {
                throw PyException(BuiltinTypes.typeError, "can't send non-None value to a just-started generator")
            }
            guard let item = try i.resume(g, sending: a[1]) else {
                throw PyException(type: BuiltinTypes.stopIteration, args: g.returnValue.isNone ? [] : [g.returnValue])
            }
            return item
        }
        type.method("close", "self") { _, a in
            if let g = a[0].asObject as? PyGenerator { g.isFinished = true }
            return .none
        }
        type.property("__name__") { _, v in .str((v.asObject as? PyGenerator)?.name ?? "") }
    }

    static func installNamedIterator(_ type: PyType) {
        installIterator(type)
        switch type.name {
        case "enumerate":
            type.nativeNew = { interpreter, cls, arguments in
                let values = try enumerateSignature.bind(arguments, function: "enumerate")
                guard case .object(let iterator) = try interpreter.iterate(values[0]) else { return .none }
                var index = try interpreter.intArgument(values[1])
                return .object(PyNativeIterator(type: cls) { interpreter in
                    guard let item = try interpreter.next(iterator) else { return nil }
                    defer { index += 1 }
                    return .object(PyTuple([.int(index), item]))
                })
            }
        case "zip":
            type.nativeNew = { interpreter, cls, arguments in
                let strict = try arguments.keyword("strict").map { try interpreter.isTruthy($0) } ?? false
                let iterators = try arguments.positional.map { try interpreter.iterate($0).asObject }.compactMap { $0 }
                return .object(PyNativeIterator(type: cls) { interpreter in
                    if iterators.isEmpty { return nil }
                    var items: [Value] = []
                    for (index, iterator) in iterators.enumerated() {
                        guard let item = try interpreter.next(iterator) else {
                            if strict && index > 0 {
                                throw PyException(BuiltinTypes.valueError, "zip() argument \(index + 1) is shorter than argument 1")
                            }
                            return nil
                        }
                        items.append(item)
                    }
                    return .object(PyTuple(items))
                })
            }
        case "map":
            type.nativeNew = { interpreter, cls, arguments in
                guard arguments.positional.count >= 2 else {
                    throw PyException(BuiltinTypes.typeError, "map() must have at least two arguments.")
                }
                let function = arguments[0]
                let iterators = try arguments.positional.dropFirst().map { try interpreter.iterate($0).asObject }.compactMap { $0 }
                return .object(PyNativeIterator(type: cls) { interpreter in
                    var items: [Value] = []
                    for iterator in iterators {
                        guard let item = try interpreter.next(iterator) else { return nil }
                        items.append(item)
                    }
                    return try interpreter.call(function, Arguments(items))
                })
            }
        case "filter":
            type.nativeNew = { interpreter, cls, arguments in
                let values = try filterSignature.bind(arguments, function: "filter")
                guard case .object(let iterator) = try interpreter.iterate(values[1]) else { return .none }
                let function = values[0]
                return .object(PyNativeIterator(type: cls) { interpreter in
                    while let item = try interpreter.next(iterator) {
                        let keep = function.isNone ? item : try interpreter.call(function, Arguments([item]))
                        if try interpreter.isTruthy(keep) { return item }
                    }
                    return nil
                })
            }
        case "reversed":
            type.nativeNew = { interpreter, cls, arguments in
                let values = try reversedSignature.bind(arguments, function: "reversed")
                let sequence = values[0]
                if let method = sequence.type.lookup("__reversed__") { return try interpreter.call(method, Arguments([sequence])) }
                if let list = sequence.asObject as? PyList {
                    var index = list.items.count - 1
                    return .object(PyNativeIterator(type: cls) { _ in
                        guard index >= 0 && index < list.items.count else { return nil }
                        defer { index -= 1 }
                        return list.items[index]
                    })
                }
                guard sequence.type.lookup("__getitem__") != nil || sequence.asObject is PyStr || sequence.asObject is PyTuple else {
                    throw PyException(BuiltinTypes.typeError, "'\(sequence.typeName)' object is not reversible")
                }
                var index = try interpreter.length(sequence) - 1
                return .object(PyNativeIterator(type: cls) { interpreter in
                    guard index >= 0 else { return nil }
                    defer { index -= 1 }
                    return try interpreter.getItem(sequence, .int(index))
                })
            }
        default:
            break
        }
    }
}
