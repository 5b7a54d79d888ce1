/// `range` and `slice`.
enum SequenceTypes {
    static func installRange(_ type: PyType) {
        type.nativeNew = { interpreter, _, arguments in
            if !arguments.keywords.isEmpty { throw PyException(BuiltinTypes.typeError, "range() takes no keyword arguments") }
            let values = try arguments.positional.map { value -> Int in
                guard let i = try interpreter.indexValue(value) else {
                    throw PyException(BuiltinTypes.typeError, "'\(value.typeName)' object cannot be interpreted as an integer")
                }
                return i
            }
            switch values.count {
            case 1: return .object(PyRange(start: 0, stop: values[0], step: 1))
            case 2: return .object(PyRange(start: values[0], stop: values[1], step: 1))
            case 3:
                if values[2] == 0 { throw PyException(BuiltinTypes.valueError, "range() arg 3 must not be zero") }
                return .object(PyRange(start: values[0], stop: values[1], step: values[2]))
            case 0: throw PyException(BuiltinTypes.typeError, "range expected at least 1 argument, got 0")
            default: throw PyException(BuiltinTypes.typeError, "range expected at most 3 arguments, got \(values.count)")
            }
        }
        func range(_ v: Value) -> PyRange { (v.asObject as? PyRange) ?? PyRange(start: 0, stop: 0, step: 1) }
        type.property("start") { _, v in .int(range(v).start) }
        type.property("stop") { _, v in .int(range(v).stop) }
        type.property("step") { _, v in .int(range(v).step) }
        type.method("index", "self, value, /") { i, a in
            let r = range(a[0])
            if let v = Arithmetic.intValue(a[1]), try i.contains(a[0], a[1]) { return .int((v - r.start) / r.step) }
            throw PyException(BuiltinTypes.valueError, "\(try i.repr(a[1])) is not in range")
        }
        type.method("count", "self, value, /") { i, a in .int(try i.contains(a[0], a[1]) ? 1 : 0) }
        type.method("__len__", "self") { _, a in .int(range(a[0]).count) }
        type.method("__getitem__", "self, index") { i, a in try i.getItem(a[0], a[1]) }
        type.method("__contains__", "self, item") { i, a in .bool(try i.contains(a[0], a[1])) }
        type.method("__iter__", "self") { _, a in .object(PyRangeIterator(range(a[0]))) }
        type.method("__reversed__", "self") { _, a in
            let r = range(a[0])
            let last = r.start + (r.count - 1) * r.step
            return .object(PyRangeIterator(PyRange(start: last, stop: r.start - r.step, step: -r.step)))
        }
    }
}
