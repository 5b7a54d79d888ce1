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
            "_tessera_plot": PlotModule.make,
            "_tessera_data": MNISTDatasets.make,
            "_tessera_vision": VisionDataModule.make,
            "_tessera_graphviz": GraphvizModule.make,
            "_tessera_re": RegexModule.make,
            "_tessera_process": ProcessModule.make,
            "_tessera_pickle": TorchSerialization.makePickleModule,
            "_tessera_hashlib": HashlibModule.make,
        ]
        for (name, provider) in providers { interpreter.moduleProviders[name] = provider }
        // torch.nn, torch.optim, pathlib, matplotlib, fastcore, fastai, fastbook: Sources/Library/Python.
        PythonSourceModule.register(EmbeddedPythonSources.modules, in: interpreter)
        // PyTorch's docstrings for `torch.cat?`, `x.sum?` and help(): Scripts/gen-builtin-docs.py.
        interpreter.registerDocstrings(module: "torch._docs")
    }
}
