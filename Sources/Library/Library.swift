import Interpreter

/// Installs the Python-visible library into an interpreter: torch, numpy-lite, PIL, pathlib, os,
/// matplotlib, fastcore/fastai/fastbook and the bundled datasets. Modules load on first import.
public enum Library {
    public static func install(into interpreter: Interpreter) {
        interpreter.errorConverter = TorchErrors.convert
        DisplaySupport.of(interpreter).renderers.append(ImageModule.renderer)
        var providers: [String: (Interpreter) throws -> PyModule] = [
            "torch": TorchModule.make,
            "torch.nn": PythonSourceModule.provider("torch.nn", source: NNSource.nn),
            "torch.nn.init": PythonSourceModule.provider("torch.nn.init", source: NNSource.initModule),
            "torch.optim": PythonSourceModule.provider("torch.optim", source: NNSource.optim),
            "torch.autograd": PythonSourceModule.provider("torch.autograd", source: NNSource.autograd),
            "torch.nn.functional": FunctionalModule.make,
            "os": OSModule.make,
            "numpy": ArrayTypes.make,
            "PIL.Image": ImageModule.make,
            "matplotlib.pyplot": PyplotModule.make,
            "_tessera_vision": VisionModule.make,
            "_tessera_data": MNISTDatasets.make,
            "pathlib": PythonSourceModule.provider("pathlib", source: PathlibSource.source),
            "fastcore.foundation": PythonSourceModule.provider("fastcore.foundation", source: FastcoreSource.source),
            "fastai.learner": PythonSourceModule.provider("fastai.learner", source: FastaiTrainingSource.source),
            "fastai.vision.all": PythonSourceModule.provider("fastai.vision.all", source: FastaiSource.visionAll),
            "fastbook": PythonSourceModule.provider("fastbook", source: FastaiSource.fastbook),
        ]
        // Packages that only group submodules (`import fastai.vision.all` loads each level).
        for package in ["PIL", "matplotlib", "fastai", "fastai.vision", "fastcore"] {
            providers[package] = { interpreter in
                interpreter.makeModule(package) { ns in
                    if package == "matplotlib" { ns.function("rc", "*args, **kwargs") { _, _ in .none } }
                    if package == "matplotlib" { ns.function("use", "*args, **kwargs") { _, _ in .none } }
                }
            }
        }
        providers["fastcore.all"] = PythonSourceModule.provider("fastcore.all", source: "from fastcore.foundation import *\n")
        for (name, provider) in providers { interpreter.moduleProviders[name] = provider }
    }
}
