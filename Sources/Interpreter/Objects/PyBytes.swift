/// `bytes`: an immutable byte string (literals and `str.encode`).
public final class PyBytes: PyObject {
    public let bytes: [UInt8]

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        super.init(type: BuiltinTypes.bytes)
    }

    public override var acceptsAttributes: Bool { false }
}
