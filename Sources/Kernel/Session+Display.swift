import Foundation
import Interpreter

/// `display(obj, ...)` and the `IPython.display` module, so notebook code that shows values
/// explicitly (and library code such as `plt.show()`, through the builtin) adds display outputs.
extension Session {
    func installDisplayBuiltins() {
        let display = PyBuiltinFunction("display", "*objs", doc: "Show each object as a display output of the running cell.") { [weak self] interpreter, a in
            guard let self else { return .none }
            for value in (a[0].asObject as? PyTuple)?.items ?? [] {
                self.emitDisplay(try self.extensions.displays.displayData(for: value, interpreter: interpreter))
            }
            return .none
        }
        interpreter.builtins["display"] = .object(display)
        interpreter.moduleProviders["IPython"] = { interpreter in
            interpreter.makeModule("IPython", doc: "Compatibility shim: Tessera's display functions.") { namespace in
                namespace["display"] = .object(display)
            }
        }
        interpreter.moduleProviders["IPython.display"] = { interpreter in
            interpreter.makeModule("IPython.display", doc: "display() for notebook code written for Jupyter.") { namespace in
                namespace["display"] = .object(display)
            }
        }
    }

    /// Shows `value` as a display output of the running cell (what `display(value)` does).
    public func display(_ value: Value) throws {
        emitDisplay(try extensions.displays.displayData(for: value, interpreter: interpreter))
    }
}
