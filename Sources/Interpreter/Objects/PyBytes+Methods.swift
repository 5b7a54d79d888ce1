/// `bytes` methods.
extension StrMethods {
    static func installBytes(_ type: PyType) {
        type.nativeNew = { interpreter, _, arguments in
            let values = try NativeSignature("source=None, encoding=None, errors=None").bind(arguments, function: "bytes")
            if values[0].isNone { return .object(PyBytes([])) }
            if let text = values[0].stringValue { return .object(PyBytes(Array(text.utf8))) }
            if let n = Arithmetic.intValue(values[0]) { return .object(PyBytes([UInt8](repeating: 0, count: max(0, n)))) }
            return .object(PyBytes(try interpreter.collect(values[0]).map { UInt8(clamping: Arithmetic.intValue($0) ?? 0) }))
        }
        type.method("decode", "self, encoding='utf-8', errors='strict'") { _, a in
            .str(String(decoding: (a[0].asObject as? PyBytes)?.bytes ?? [], as: UTF8.self))
        }
        type.method("hex", "self") { _, a in
            .str(((a[0].asObject as? PyBytes)?.bytes ?? []).map { Formatting.hex(UInt32($0), width: 2) }.joined())
        }
    }
}
