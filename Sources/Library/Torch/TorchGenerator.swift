import Interpreter
import TensorKit

/// A `torch.Generator`: a random stream of its own. Code that passes `generator=` (a DataLoader's
/// shuffling, `random_split`, `randperm(n, generator=g)`) draws from it without disturbing the
/// default stream `torch.manual_seed` seeds, and gets PyTorch's numbers for the same seed.
final class PyGenerator: PyObject {
    let generator: Generator

    init(_ generator: Generator, type: PyType = TorchGenerators.type) {
        self.generator = generator
        super.init(type: type)
    }
}

enum TorchGenerators {
    /// `torch.Generator(device='cpu')`; PyTorch names its class `torch._C.Generator`.
    static let type: PyType = {
        let type = PyType(builtin: "Generator", base: BuiltinTypes.object, module: "torch._C") { type in
            type.method("manual_seed", "self, seed") { i, a in
                try generator(a[0]).manualSeed(try seedArgument(a[1], i))
                return a[0]
            }
            type.method("initial_seed", "self") { _, a in .int(Int(try generator(a[0]).initialSeed & 0x7FFF_FFFF_FFFF_FFFF)) }
            type.method("seed", "self") { _, a in reseed(try generator(a[0])) }
            type.property("device") { _, _ in .str("cpu") }
        }
        type.nativeNew = { interpreter, cls, arguments in
            if let device = arguments.positional.first ?? arguments.keywords.first(where: { $0.name == "device" })?.value, let name = device.stringValue, name != "cpu" {
                throw PyException(BuiltinTypes.runtimeError, "Tessera runs on the CPU only; there is no '\(name)' generator")
            }
            return .object(PyGenerator(Generator(), type: cls))
        }
        type.doc = "Generator(device='cpu') -> Generator\n\nCreates and returns a generator object that manages the state of the algorithm which\nproduces pseudo random numbers."
        return type
    }()

    /// The stream a `generator=` argument names: the given torch.Generator, or the session's
    /// default generator when it is None.
    static func resolve(_ argument: Value, _ interpreter: Interpreter) throws -> Generator {
        if argument.isNone { return TorchState.of(interpreter).generator }
        guard let given = argument.asObject as? PyGenerator else {
            throw PyException(BuiltinTypes.typeError, "argument 'generator' must be torch.Generator, not \(argument.typeName)")
        }
        return given.generator
    }

    /// Sets a fresh nondeterministic seed and returns it, as `torch.seed()` and
    /// `Generator.seed()` do.
    static func reseed(_ generator: Generator) -> Value {
        let seed = UInt64.random(in: 0...UInt64(Int64.max))
        generator.manualSeed(seed)
        return .int(Int(seed))
    }

    /// A seed as PyTorch takes it: any Python int in [-2**63, 2**64), negative ones wrapping.
    static func seedArgument(_ value: Value, _ interpreter: Interpreter) throws -> UInt64 {
        let seed = try interpreter.intArgument(value)
        return UInt64(bitPattern: Int64(seed))
    }

    private static func generator(_ value: Value) throws -> Generator {
        guard let object = value.asObject as? PyGenerator else {
            throw PyException(BuiltinTypes.typeError, "descriptor requires a 'torch._C.Generator' object but received a '\(value.typeName)'")
        }
        return object.generator
    }
}
