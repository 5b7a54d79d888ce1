/// `slice` methods.
extension SequenceTypes {
    static func installSlice(_ type: PyType) {
        type.nativeNew = { _, _, arguments in
            let values = arguments.positional
            switch values.count {
            case 1: return .object(PySlice(start: .none, stop: values[0], step: .none))
            case 2: return .object(PySlice(start: values[0], stop: values[1], step: .none))
            case 3: return .object(PySlice(start: values[0], stop: values[1], step: values[2]))
            default: throw PyException(BuiltinTypes.typeError, "slice expected at least 1 argument, got \(values.count)")
            }
        }
        func slice(_ v: Value) -> PySlice { (v.asObject as? PySlice) ?? PySlice(start: .none, stop: .none, step: .none) }
        type.property("start") { _, v in slice(v).start }
        type.property("stop") { _, v in slice(v).stop }
        type.property("step") { _, v in slice(v).step }
        type.method("indices", "self, length, /") { i, a in
            let (start, stop, step, _) = try slice(a[0]).indices(try i.intArgument(a[1]), interpreter: i)
            return .object(PyTuple([.int(start), .int(stop), .int(step)]))
        }
    }
}
