import Foundation
import Interpreter

/// The set-up magics that notebooks written for IPython start with: `%config`, `%load_ext`,
/// `%autoreload`/`%aimport`, `%xmode`, `%precision`, `%matplotlib`. Each does what it does in
/// IPython where that means something here, and is accepted quietly where it does not (figures
/// are always inline PNG), so such notebooks run unchanged.
extension Session {
    static var compatibilityMagics: [Magic] {
        [
            Magic(name: "matplotlib", summary: "Accepted for notebook compatibility; figures always display inline.",
                  line: { _, _ in .none }),
            Magic(name: "config", summary: "Accepted for notebook compatibility (e.g. %config InlineBackend.figure_format = 'retina').",
                  line: { _, _ in .none }),
            Magic(name: "load_ext", summary: "Load an IPython extension: %load_ext autoreload (other modules are imported).",
                  line: { session, arguments in try session.loadExtension(arguments); return .none }),
            Magic(name: "reload_ext", summary: "Same as %load_ext.",
                  line: { session, arguments in try session.loadExtension(arguments); return .none }),
            Magic(name: "autoreload", summary: "Re-import changed modules before each cell: %autoreload 2 (all), 1 (those named by %aimport), 0 (off).",
                  line: { session, arguments in try session.setAutoreload(arguments); return .none }),
            Magic(name: "aimport", summary: "Import a module and mark it for %autoreload 1: %aimport NAME[, NAME...] (-NAME: never).",
                  line: { session, arguments in try session.autoreloadImport(arguments); return .none }),
            Magic(name: "xmode", summary: "Traceback mode: %xmode Plain | Context | Verbose | Minimal (only the last line).",
                  line: { session, arguments in try session.setExceptionMode(arguments); return .none }),
            Magic(name: "precision", summary: "Digits of floats shown as Out: %precision 3, %precision %e, %precision (default repr).",
                  line: { session, arguments in try session.setFloatPrecision(arguments) }),
        ]
    }

    func loadExtension(_ arguments: String) throws {
        for name in MagicArguments.words(arguments) where name != "autoreload" {
            _ = try interpreter.importModule(name, returnTopLevel: false)
        }
        if MagicArguments.words(arguments).contains("autoreload") {
            autoreload.loaded = true
        }
    }

    func setAutoreload(_ arguments: String) throws {
        let word = MagicArguments.words(arguments).first ?? "now"
        switch word {
        case "now": try reloadChangedModules(force: true)
        case "0", "off": autoreload.mode = .off
        case "1", "explicit": autoreload.mode = .explicit
        case "2", "3", "all", "complete": autoreload.mode = .all
        default: throw MagicError.usage("Unrecognized autoreload mode \"\(word)\".")
        }
        autoreload.remember(interpreter.sourceModulePaths)
    }

    func autoreloadImport(_ arguments: String) throws {
        let names = arguments.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if names.isEmpty {
            write(stream: "stdout", "Modules to reload:\n\(autoreload.explicit.sorted().joined(separator: " "))\n\n"
                  + "Modules to skip:\n\(autoreload.skipped.sorted().joined(separator: " "))\n")
            return
        }
        for name in names {
            if name.hasPrefix("-") {
                autoreload.skipped.insert(String(name.dropFirst()))
                autoreload.explicit.remove(String(name.dropFirst()))
                continue
            }
            let module = try interpreter.importModule(name, returnTopLevel: true)
            namespace[String(name.prefix { $0 != "." })] = .object(module)
            autoreload.explicit.insert(name)
            autoreload.skipped.remove(name)
        }
        autoreload.remember(interpreter.sourceModulePaths)
    }

    /// Before a cell: the modules whose files changed since they were loaded (or last
    /// reloaded) run again, and the user's names that held their old functions and classes
    /// (`from mod import f`) are pointed at the new ones. Instances made from an old class keep
    /// their class; IPython's deep reload patches those too.
    func reloadChangedModules(force: Bool = false) throws {
        guard force || autoreload.mode != .off else { return }
        let paths = interpreter.sourceModulePaths
        for name in paths.keys.sorted() {
            guard let path = paths[name], !autoreload.skipped.contains(name),
                  force || autoreload.mode == .all || autoreload.explicit.contains(name),
                  autoreload.hasChanged(name, path: path),
                  let module = interpreter.modules[name] else { continue }
            var before: [String: PyObject] = [:]
            for attribute in module.namespace.boundNames {
                if let object = module.namespace[attribute]?.asObject { before[attribute] = object }
            }
            do {
                try interpreter.reloadSourceModule(name)
            } catch {
                let message = (error as? PyException).map { interpreter.formatException($0) } ?? "\(error)\n"
                write(stream: "stderr", "[autoreload of \(name) failed: \(message.trimmingCharacters(in: .newlines))]\n")
                autoreload.remember([name: path])
                continue
            }
            autoreload.remember([name: path])
            for variable in namespace.boundNames {
                guard let current = namespace[variable]?.asObject else { continue }
                for (attribute, old) in before where old === current {
                    if let replacement = module.namespace[attribute] { namespace[variable] = replacement }
                }
            }
        }
    }

    func setExceptionMode(_ arguments: String) throws {
        let modes = ["plain": "Plain", "context": "Context", "verbose": "Verbose", "minimal": "Minimal"]
        let word = arguments.trimmingCharacters(in: .whitespaces).lowercased()
        let next: String
        if word.isEmpty {
            // With no argument IPython cycles through the modes.
            let order = ["Plain", "Context", "Verbose", "Minimal"]
            let index = order.firstIndex(of: exceptionMode) ?? 1
            next = order[(index + 1) % order.count]
        } else {
            guard let mode = modes[word] else {
                throw MagicError.usage("Valid modes: ['Plain', 'Context', 'Verbose', 'Minimal', 'Docs']")
            }
            next = mode
        }
        exceptionMode = next
        write(stream: "stdout", "Exception reporting mode: \(next)\n")
    }

    /// IPython's `%precision`: an int n means `%.nf`, a string with `%` is a format; nothing
    /// restores repr. Returns the format, which IPython shows as Out.
    func setFloatPrecision(_ arguments: String) throws -> Value {
        let text = arguments.trimmingCharacters(in: .whitespaces)
        if text.isEmpty {
            floatFormat = nil
            return .str("%r")
        }
        if text.contains("%") {
            _ = try formatFloat(1.5, with: text)
            floatFormat = text
        } else if let digits = Int(text), digits >= 0 {
            floatFormat = "%.\(digits)f"
        } else {
            throw MagicError.usage("Precision must be int or format string, not \(text)")
        }
        return .str(floatFormat ?? "%r")
    }

    /// `value % format` evaluated by the interpreter, so the format means what Python's `%` does.
    func formatFloat(_ value: Double, with format: String) throws -> String {
        try interpreter.str(try interpreter.binaryOperation(.modulo, .str(format), .float(value)))
    }

    /// The plain text of a value shown as Out when `%precision` set a float format: floats, also
    /// inside lists, tuples and dicts (IPython's pretty printer does the same), use it.
    func plainTextWithFloatFormat(_ value: Value, format: String) throws -> String {
        switch value {
        case .float(let number):
            return try formatFloat(number, with: format)
        case .object(let object):
            if object.type === BuiltinTypes.list, let list = object as? PyList {
                return "[" + (try list.items.map { try plainTextWithFloatFormat($0, format: format) }).joined(separator: ", ") + "]"
            }
            if object.type === BuiltinTypes.tuple, let tuple = object as? PyTuple {
                let parts = try tuple.items.map { try plainTextWithFloatFormat($0, format: format) }
                return "(" + parts.joined(separator: ", ") + (parts.count == 1 ? ",)" : ")")
            }
            if object.type === BuiltinTypes.dict, let dict = object as? PyDict {
                var parts: [String] = []
                for (key, item) in dict.storage.elements {
                    parts.append(try interpreter.repr(key.value) + ": " + (try plainTextWithFloatFormat(item, format: format)))
                }
                return "{" + parts.joined(separator: ", ") + "}"
            }
            return try interpreter.repr(value)
        default:
            return try interpreter.repr(value)
        }
    }
}

/// What `%autoreload` watches: the mode, the modules named by `%aimport`, and each module
/// file's modification time when it was last loaded.
struct AutoreloadState {
    enum Mode { case off, explicit, all }
    var loaded = false
    var mode = Mode.off
    var explicit: Set<String> = []
    var skipped: Set<String> = []
    var modificationTimes: [String: Double] = [:]

    static func modificationTime(_ path: String) -> Double? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let date = attributes[.modificationDate] as? Date else { return nil }
        return date.timeIntervalSince1970
    }

    /// Notes the current file times of `paths` (modules first seen now are not "changed").
    mutating func remember(_ paths: [String: String]) {
        for (name, path) in paths { modificationTimes[name] = Self.modificationTime(path) }
    }

    /// Notes the file times of modules imported since the last call, so an edit made after a
    /// module's first import counts as a change.
    mutating func rememberNew(_ paths: [String: String]) {
        for (name, path) in paths where modificationTimes[name] == nil { modificationTimes[name] = Self.modificationTime(path) }
    }

    mutating func hasChanged(_ name: String, path: String) -> Bool {
        guard let now = Self.modificationTime(path) else { return false }
        guard let before = modificationTimes[name] else {
            modificationTimes[name] = now
            return false
        }
        return now != before
    }
}
