/// Methods of `type` itself (available on every class).
enum TypeMethods {
    static func install(_ type: PyType) {
        type.method("mro", "self") { _, a in
            .object(PyList(((a[0].asObject as? PyType)?.mro ?? []).map { .object($0) }))
        }
        type.method("__subclasses__", "self") { _, _ in .object(PyList([])) }
        type.method("__repr__", "self") { i, a in .str(try i.repr(a[0])) }
        type.method("__call__", "self, *args, **kwargs") { i, a in
            let positional = (a[1].asObject as? PyTuple)?.items ?? []
            var keywords: [(name: String, value: Value)] = []
            for (key, value) in (a[2].asObject as? PyDict)?.storage ?? [:] { keywords.append((key.value.stringValue ?? "", value)) }
            return try i.call(a[0], Arguments(positional, keywords: keywords))
        }
    }
}
