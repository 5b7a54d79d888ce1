import Foundation
import Interpreter

/// `obj?` and `obj??`: IPython's object inspector (type, string form, signature, docstring, and
/// with `??` the source).
extension Session {
    /// Looks a dotted name up without running anything but attribute access.
    func lookup(dotted expression: String) -> Value? {
        let parts = expression.split(separator: ".").map(String.init)
        guard let first = parts.first, var value = namespace[first] ?? interpreter.builtins[first] else { return nil }
        for part in parts.dropFirst() {
            guard let next = try? interpreter.getAttribute(value, part) else { return nil }
            value = next
        }
        return value
    }

    /// The help text for a front end's inspector (Jupyter's `inspect_request`): what `obj?` or
    /// `obj??` prints, plus the `%whos` columns of the value (a tensor's dtype, shape, grad);
    /// nil when the name is not bound.
    public func inspection(of expression: String, detailed: Bool) -> String? {
        guard let value = lookup(dotted: expression), var text = try? helpText(for: expression, detailed: detailed) else { return nil }
        let description = extensions.inspectors.describe(value, interpreter: interpreter)
        let columns = extensions.inspectors.allColumns.compactMap { name in description.columns[name].map { (name, $0) } }
        if !columns.isEmpty {
            let width = (columns.map(\.0.count).max() ?? 0) + 2
            text += columns.map { ($0.0 + ":").padding(toLength: width, withPad: " ", startingAt: 0) + $0.1 }.joined(separator: "\n") + "\n"
        }
        return text
    }

    func helpText(for expression: String, detailed: Bool) throws -> String {
        guard let value = lookup(dotted: expression) else { return "Object `\(expression)` not found.\n" }
        var fields: [(String, String)] = extensions.inspectors.describe(value, interpreter: interpreter).inspectFields
        let object = value.asObject
        let callable = object is PyFunction || object is PyBuiltinFunction || object is PyType || object is PyBoundMethod
        if !callable {
            var form = (try? interpreter.str(value)) ?? ""
            if form.count > 200 { form = String(form.prefix(200)) + "..." }
            fields.append(("Type", value.typeName))
            fields.append(("String form", form))
            if let sized = try? interpreter.length(value) { fields.append(("Length", String(sized))) }
        }
        var function = object as? PyFunction
        var builtin = object as? PyBuiltinFunction
        if let method = object as? PyBoundMethod {
            function = method.function.asObject as? PyFunction
            builtin = method.function.asObject as? PyBuiltinFunction
        }
        if let function {
            let signature = (try? interpreter.helpText(.object(function)))?.split(separator: "\n").first.map(String.init) ?? function.name + "(...)"
            fields.append(("Signature", signature))
            fields.append(("Docstring", function.code.docstring ?? "<no docstring>"))
            if detailed, let source = function.code.definitionSource {
                fields.append(("Source", "\n" + source))
            }
            fields.append(("File", function.code.file.name))
            fields.append(("Type", object is PyBoundMethod ? "method" : "function"))
        } else if let builtin {
            var signature = builtin.signatureText ?? "(...)"
            // A bound method's signature starts after `self`, as CPython shows `lst.append(object, /)`.
            if object is PyBoundMethod {
                signature = signature.replacingOccurrences(of: "(self, ", with: "(").replacingOccurrences(of: "(self)", with: "()")
            }
            fields.append(("Signature", expression.split(separator: ".").dropLast().map { $0 + "." }.joined() + builtin.name + signature))
            fields.append(("Docstring", nativeDocstring(builtin, expression: expression) ?? "<no docstring>"))
            fields.append(("Type", "builtin_function_or_method"))
        } else if let type = object as? PyType {
            if let initializer = type.lookup("__init__")?.asObject as? PyFunction {
                let text = (try? interpreter.helpText(.object(initializer)))?.split(separator: "\n").first.map(String.init) ?? ""
                fields.append(("Init signature", text.replacingOccurrences(of: "__init__(self, ", with: "\(type.name)(")
                    .replacingOccurrences(of: "__init__(self)", with: "\(type.name)()")))
            }
            fields.append(("Docstring", type.doc ?? type.lookup("__doc__")?.stringValue ?? "<no docstring>"))
            if detailed, let source = classSources.source(of: type) {
                fields.append(("Source", "\n" + source))
            }
            fields.append(("Type", "type"))
        } else if let module = object as? PyModule {
            fields.append(("Docstring", module.namespace["__doc__"]?.stringValue ?? "<no docstring>"))
        } else if let doc = value.type.doc {
            fields.append(("Docstring", doc))
        }
        // IPython puts a docstring of several lines under its label.
        fields = fields.map { name, text in (name, name == "Docstring" && text.contains("\n") ? "\n" + text : text) }
        let width = (fields.map(\.0.count).max() ?? 0) + 2
        return fields.map { name, text in
            (name + ":").padding(toLength: width, withPad: " ", startingAt: 0) + text
        }.joined(separator: "\n") + "\n"
    }

    /// The docstring of a native function: its own, else the reference's, found by the name the
    /// expression reached it through (`torch.cat` from `torch.cat?`, `F.relu` as
    /// `torch.nn.functional.relu`) or its qualified name (`len`, `list.append`, `Tensor.sum`).
    func nativeDocstring(_ builtin: PyBuiltinFunction, expression: String) -> String? {
        if let doc = builtin.doc { return doc }
        var names = [builtin.qualifiedName]
        let parts = expression.split(separator: ".").map(String.init)
        if parts.count >= 2, let module = lookup(dotted: parts.dropLast().joined(separator: "."))?.asObject as? PyModule {
            names.insert(module.name + "." + builtin.name, at: 0)
        }
        return interpreter.docstring(forAny: names)
    }
}
