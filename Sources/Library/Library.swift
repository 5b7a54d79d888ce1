import Interpreter

/// Installs the Python-visible library into an interpreter: torch, numpy-lite, PIL, pathlib, os,
/// matplotlib, fastcore/fastai/fastbook and the bundled datasets. Modules load on first import.
public enum Library {
    public static func install(into interpreter: Interpreter) {
        interpreter.errorConverter = TorchErrors.convert
        DisplaySupport.of(interpreter).renderers.append(ImageModule.renderer)
        var providers: [String: (Interpreter) throws -> PyModule] = [
            "torch": TorchModule.make,
            "torch.nn": NNModule.make,
            "torch.nn.functional": FunctionalModule.make,
            "os": OSModule.make,
            "numpy": ArrayTypes.make,
            "PIL.Image": ImageModule.make,
            "matplotlib.pyplot": PyplotModule.make,
            "_tessera_vision": VisionModule.make,
            "_tessera_data": MNISTDatasets.make,
            "pathlib": PythonSourceModule.provider("pathlib", source: PathlibSource.source),
            "fastcore.foundation": PythonSourceModule.provider("fastcore.foundation", source: FastcoreSource.source),
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

/// `torch.nn`: the functional API for now (`from torch import nn; nn.functional`).
enum NNModule {
    static func make(_ interpreter: Interpreter) throws -> PyModule {
        // Built here rather than imported: importing torch.nn.functional first loads torch.nn.
        let functional = try interpreter.modules["torch.nn.functional"] ?? FunctionalModule.make(interpreter)
        interpreter.modules["torch.nn.functional"] = functional
        return interpreter.makeModule("torch.nn") { ns in
            ns["functional"] = .object(functional)
        }
    }
}
