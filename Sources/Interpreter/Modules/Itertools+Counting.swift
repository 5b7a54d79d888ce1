/// `count`, `repeat`, `tee` and `groupby`: the itertools whose objects keep state their methods
/// read (reprs, length hints) or share between several iterators.
extension ItertoolsModule {
    /// The state of a `count` object: its next value and step.
    final class CountState {
        var value: Value
        let step: Value
        init(value: Value, step: Value) { self.value = value; self.step = step }
    }

    /// The state of a `repeat` object: the object and how many times are left (nil: endless).
    final class RepeatState {
        let object: Value
        var remaining: Int?
        init(object: Value, remaining: Int?) { self.object = object; self.remaining = remaining }
    }

    static let countParameters = [Parameter(name: "start", defaultValue: .int(0)), Parameter(name: "step", defaultValue: .int(1))]
    static let repeatParameters = [Parameter(name: "object", defaultValue: nil),
                                   Parameter(name: "times", defaultValue: .object(BuiltinFunctions.missingMarker))]

    static func isNumber(_ value: Value) -> Bool {
        switch value {
        case .int, .bool, .float: return true
        case .object(let o): return o.type.lookup("__add__") != nil && !(o is PyStr) && !(o is PyList) && !(o is PyTuple)
        default: return false
        }
    }

    static func countType() -> PyType {
        let type = iteratorClass("count") { interpreter, cls, arguments in
            let values = try bindKeywords(arguments, "count", countParameters)
            guard isNumber(values[0]), isNumber(values[1]) else { throw PyException(BuiltinTypes.typeError, "a number is required") }
            let state = CountState(value: values[0], step: values[1])
            let iterator = PyNativeIterator(type: cls) { interpreter in
                let current = state.value
                if case .int(let a) = current, case .int(let b) = state.step {
                    let (sum, overflow) = a.addingReportingOverflow(b)
                    state.value = overflow ? try interpreter.binaryOperation(.add, current, state.step) : .int(sum)
                } else {
                    state.value = try interpreter.binaryOperation(.add, current, state.step)
                }
                return current
            }
            iterator.context = state
            return .object(iterator)
        }
        type.doc = "Return a count object whose .__next__() method returns consecutive values."
        type.method("__repr__", "self, /") { interpreter, values in
            guard let state = (values[0].asObject as? PyNativeIterator)?.context as? CountState else { return .str("count()") }
            if case .int(1) = state.step { return .str("count(\(try interpreter.repr(state.value)))") }
            return .str("count(\(try interpreter.repr(state.value)), \(try interpreter.repr(state.step)))")
        }
        return type
    }

    static func repeatType() -> PyType {
        let type = iteratorClass("repeat") { interpreter, cls, arguments in
            let values = try bindKeywords(arguments, "repeat", repeatParameters)
            var remaining: Int?
            if case .object(let o) = values[1], o === BuiltinFunctions.missingMarker {
                remaining = nil
            } else {
                remaining = max(0, try interpreter.intArgument(values[1]))
            }
            let state = RepeatState(object: values[0], remaining: remaining)
            let iterator = PyNativeIterator(type: cls) { _ in
                if let left = state.remaining {
                    if left <= 0 { return nil }
                    state.remaining = left - 1
                }
                return state.object
            }
            iterator.context = state
            return .object(iterator)
        }
        type.doc = "repeat(object [,times]) -> create an iterator which returns the object\nfor the specified number of times.  If not specified, returns the object\nendlessly."
        type.method("__repr__", "self, /") { interpreter, values in
            guard let state = (values[0].asObject as? PyNativeIterator)?.context as? RepeatState else { return .str("repeat()") }
            if let left = state.remaining { return .str("repeat(\(try interpreter.repr(state.object)), \(left))") }
            return .str("repeat(\(try interpreter.repr(state.object)))")
        }
        type.method("__length_hint__", "self, /") { _, values in
            guard let state = (values[0].asObject as? PyNativeIterator)?.context as? RepeatState else { return .int(0) }
            guard let left = state.remaining else { throw PyException(BuiltinTypes.typeError, "len() of unsized object") }
            return .int(left)
        }
        return type
    }

    /// One cell of the list `tee`'s iterators share: a value and the cell after it, filled
    /// when the first of them gets there. Cells every iterator has passed are freed.
    final class TeeLink {
        var value: Value = .none
        var next: TeeLink?
    }

    /// The source `tee`'s iterators share.
    final class TeeSource {
        let iterator: PyObject
        init(_ iterator: PyObject) { self.iterator = iterator }
    }

    static let teeType: PyType = {
        let type = PyType(builtin: "_tee", base: BuiltinTypes.object, subclassable: false, module: "itertools",
                          installer: IteratorMethods.installIterator)
        return type
    }()

    static func tee(_ interpreter: Interpreter, _ values: [Value]) throws -> Value {
        let n = try interpreter.intArgument(values[1])
        if n < 0 { throw PyException(BuiltinTypes.valueError, "n must be >= 0") }
        let source = TeeSource(try iteratorObject(interpreter, values[0]))
        let start = TeeLink()
        var readers: [Value] = []
        for _ in 0..<n {
            var link = start
            readers.append(.object(PyNativeIterator(type: teeType) { interpreter in
                if link.next == nil {
                    guard let value = try interpreter.next(source.iterator) else { return nil }
                    link.value = value
                    link.next = TeeLink()
                }
                let value = link.value
                if let next = link.next { link = next }
                return value
            }))
        }
        return .object(PyTuple(readers))
    }

    /// The state `groupby` shares with its groups (CPython's groupbyobject).
    final class GroupbyState {
        let iterator: PyObject
        let key: Value
        var currentKey: Value?
        var currentValue: Value?
        var targetKey: Value?
        /// Which group may still yield: a group stops once `groupby` has moved on.
        var currentGroup = 0
        init(iterator: PyObject, key: Value) { self.iterator = iterator; self.key = key }

        /// Reads the next value and its key; false at the end.
        func step(_ interpreter: Interpreter) throws -> Bool {
            guard let value = try interpreter.next(iterator) else { return false }
            let key = self.key.isNone ? value : try interpreter.call(self.key, Arguments([value]))
            currentValue = value
            currentKey = key
            return true
        }
    }

    static let grouperType: PyType = PyType(builtin: "_grouper", base: BuiltinTypes.object, subclassable: false,
                                            module: "itertools", installer: IteratorMethods.installIterator)

    static func groupby(_ interpreter: Interpreter, _ cls: PyType, _ arguments: Arguments) throws -> Value {
        let values = try bindKeywords(arguments, "groupby", groupbyParameters)
        let state = GroupbyState(iterator: try iteratorObject(interpreter, values[0]), key: values[1])
        return .object(PyNativeIterator(type: cls) { interpreter in
            state.currentGroup += 1
            // Skip the rest of the current group.
            while true {
                if let current = state.currentKey {
                    guard let target = state.targetKey else { break }
                    if !(try interpreter.equals(target, current)) { break }
                }
                guard try state.step(interpreter) else { return nil }
            }
            guard let key = state.currentKey else { return nil }
            state.targetKey = key
            let group = state.currentGroup
            let grouper = PyNativeIterator(type: grouperType) { interpreter in
                guard state.currentGroup == group else { return nil }
                if state.currentValue == nil {
                    guard try state.step(interpreter) else { return nil }
                }
                guard let current = state.currentKey, try interpreter.equals(key, current) else { return nil }
                let value = state.currentValue
                state.currentValue = nil
                return value
            }
            return .object(PyTuple([key, .object(grouper)]))
        })
    }
}
