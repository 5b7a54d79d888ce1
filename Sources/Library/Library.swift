import Interpreter

/// Installs the Python-visible library into an interpreter: torch, numpy-lite, PIL, pathlib, os,
/// matplotlib, fastcore/fastai/fastbook and the bundled datasets. Modules load on first import.
public enum Library {
    public static func install(into interpreter: Interpreter) {
        interpreter.errorConverter = TorchErrors.convert
        interpreter.operandDescriber = TensorOperandDescription.describe
        DisplaySupport.of(interpreter).renderers.append(ImageModule.renderer)
        let providers: [String: (Interpreter) throws -> PyModule] = [
            "torch": TorchModule.make,
            "_tessera_functional": FunctionalModule.make,
            "os": OSModule.make,
            "numpy": ArrayTypes.make,
            "PIL.Image": ImageModule.make,
            "matplotlib": matplotlibPackage,
            "matplotlib.pyplot": PyplotModule.make,
            "_tessera_vision": VisionModule.make,
            "_tessera_data": MNISTDatasets.make,
            "_tessera_graphviz": GraphvizModule.make,
            "_tessera_re": RegexModule.make,
            "_tessera_process": ProcessModule.make,
        ]
        for (name, provider) in providers { interpreter.moduleProviders[name] = provider }
        // torch.nn, torch.optim, pathlib, fastcore, fastai, fastbook: Sources/Library/Python.
        PythonSourceModule.register(EmbeddedPythonSources.modules, in: interpreter)
        // PyTorch's docstrings for `torch.cat?`, `x.sum?` and help(): Scripts/gen-builtin-docs.py.
        interpreter.registerDocstrings(module: "torch._docs")
    }

    /// `matplotlib` groups `pyplot`; its configuration functions are accepted and do nothing.
    private static func matplotlibPackage(_ interpreter: Interpreter) -> PyModule {
        interpreter.makeModule("matplotlib") { ns in
            ns.function("rc", "*args, **kwargs") { _, _ in .none }
            ns.function("use", "*args, **kwargs") { _, _ in .none }
        }
    }
}
