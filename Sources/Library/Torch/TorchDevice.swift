import Interpreter

/// `torch.device`: where a tensor lives. Tessera computes on the CPU, so every tensor's
/// `.device` is `device(type='cpu')`; other devices can be named, as in a PyTorch built
/// without them, and moving a tensor to one raises.
final class PyDevice: PyObject {
    let kind: String
    let index: Int?

    init(kind: String, index: Int? = nil) {
        self.kind = kind
        self.index = index
        super.init(type: TorchDevice.type)
    }

    /// The device string: `cpu`, `cuda:1`.
    var text: String { index.map { "\(kind):\($0)" } ?? kind }
}

enum TorchDevice {
    /// The device types PyTorch's parser accepts, in the order its error message lists them.
    static let knownTypes = ["cpu", "cuda", "ipu", "xpu", "mkldnn", "opengl", "opencl", "ideep", "hip", "ve", "fpga",
                             "maia", "xla", "lazy", "vulkan", "mps", "meta", "hpu", "mtia", "privateuseone"]

    static let type: PyType = {
        let type = PyType(builtin: "device", base: BuiltinTypes.object, subclassable: false, module: "torch") { type in
            func device(_ value: Value) -> PyDevice? { value.asObject as? PyDevice }
            type.property("type") { _, v in .str(device(v)?.kind ?? "cpu") }
            type.property("index") { _, v in device(v)?.index.map { .int($0) } ?? .none }
            type.method("__repr__", "self") { _, a in
                guard let d = device(a[0]) else { return .str("device(type='cpu')") }
                return .str(d.index.map { "device(type='\(d.kind)', index=\($0))" } ?? "device(type='\(d.kind)')")
            }
            type.method("__str__", "self") { _, a in .str(device(a[0])?.text ?? "cpu") }
            // A device equals only a device (`torch.device('cpu') == 'cpu'` is False in PyTorch).
            type.method("__eq__", "self, other") { _, a in
                .bool(device(a[0]).map { mine in device(a[1]).map { $0.text == mine.text } ?? false } ?? false)
            }
            type.method("__ne__", "self, other") { _, a in
                .bool(!(device(a[0]).map { mine in device(a[1]).map { $0.text == mine.text } ?? false } ?? false))
            }
            type.method("__hash__", "self") { _, a in .int((device(a[0])?.text ?? "").hashValue) }
        }
        // `torch.device('cuda:1')`, `torch.device('cuda', 1)`, `torch.device(other_device)`.
        type.nativeNew = { interpreter, _, arguments in
            let first = arguments.positional.first ?? arguments.keywords.first(where: { $0.0 == "type" })?.1 ?? .none
            if let existing = first.asObject as? PyDevice, arguments.positional.count <= 1 { return .object(existing) }
            guard let text = first.stringValue else {
                throw PyException(BuiltinTypes.typeError, "device() received an invalid combination of arguments")
            }
            var kind = text, index: Int?
            if let colon = text.firstIndex(of: ":") {
                kind = String(text[..<colon])
                guard let number = Int(text[text.index(after: colon)...]), number >= 0 else {
                    throw PyException(BuiltinTypes.runtimeError, "Invalid device string: '\(text)'")
                }
                index = number
            }
            guard knownTypes.contains(kind) else {
                throw PyException(BuiltinTypes.runtimeError, "Expected one of \(knownTypes.joined(separator: ", ")) device type at start of device string: \(text)")
            }
            if arguments.positional.count > 1 {
                index = try interpreter.intArgument(arguments.positional[1], "index")
            }
            return .object(device(kind: kind, index: index, interpreter))
        }
        return type
    }()

    /// The session's device object for `kind` and `index` (made on first use).
    static func device(kind: String, index: Int? = nil, _ interpreter: Interpreter) -> PyDevice {
        let state = TorchState.of(interpreter)
        let key = index.map { "\(kind):\($0)" } ?? kind
        if let known = state.devices[key] { return known }
        let made = PyDevice(kind: kind, index: index)
        state.devices[key] = made
        return made
    }

    /// The device a `.to(...)` argument names, when it is a string or a `torch.device`.
    static func named(_ value: Value) -> String? {
        if let device = value.asObject as? PyDevice { return device.text }
        return value.stringValue
    }
}
