/// `slice(start, stop, step)`.
public final class PySlice: PyObject {
    public let start: Value
    public let stop: Value
    public let step: Value

    public init(start: Value, stop: Value, step: Value) {
        self.start = start
        self.stop = stop
        self.step = step
        super.init(type: BuiltinTypes.slice)
    }

    public override var acceptsAttributes: Bool { false }
}
