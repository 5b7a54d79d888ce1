/// `dict.keys()`, `dict.values()` and `dict.items()` views.
extension DictMethods {
    static func installView(_ type: PyType) {
        type.method("__len__", "self") { _, a in .int((a[0].asObject as? PyDictView)?.dict.storage.count ?? 0) }
        type.method("__iter__", "self") { i, a in try i.iterate(a[0]) }
        type.method("__contains__", "self, item") { i, a in .bool(try i.contains(a[0], a[1])) }
        type.method("__reversed__", "self") { i, a in
            .object(PySequenceIterator(items: try i.collect(a[0]).reversed()))
        }
        type.method("isdisjoint", "self, other") { i, a in
            let mine = try i.collect(a[0])
            for item in try i.collect(a[1]) where try mine.contains(where: { try i.equals($0, item) }) { return .bool(false) }
            return .bool(true)
        }
    }
}
