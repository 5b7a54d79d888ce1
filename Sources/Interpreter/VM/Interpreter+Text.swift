/// `str()`, `repr()`, `format()` and `%`-formatting.
extension Interpreter {
    /// Deepest nesting of reprs (recursive containers of containers).
    static let maxReprDepth = 500

    public func repr(_ value: Value) throws -> String {
        switch value {
        case .none, .unset: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .float(let d): return Formatting.floatRepr(d)
        case .object(let o):
            if o.objectKind == .bigInt { return try decimalString(unsafeDowncast(o, to: PyBigInt.self).value) }
            return try objectRepr(o)
        }
    }

    public func str(_ value: Value) throws -> String {
        if case .object(let o) = value {
            if let s = o as? PyStr, o.type === BuiltinTypes.str { return s.value }
            if let method = o.type.lookup("__str__"), !isObjectDefault(method, "__str__") {
                let result = try call(method, Arguments([value]))
                guard case .object(let r) = result, let s = r as? PyStr else {
                    throw PyException(BuiltinTypes.typeError, "__str__ returned non-string (type \(result.typeName))")
                }
                return s.value
            }
            if let s = o as? PyStr { return s.value }
            if let e = o as? PyException { return try exceptionString(e) }
        }
        return try repr(value)
    }

    func exceptionString(_ e: PyException) throws -> String {
        if let message = e.attributes["_message"]?.stringValue { return message }
        if e.args.isEmpty { return "" }
        if e.args.count == 1 {
            if e.isInstance(of: BuiltinTypes.keyError) { return try repr(e.args[0]) }
            return try str(e.args[0])
        }
        return try repr(.object(PyTuple(e.args)))
    }

    func objectRepr(_ o: PyObject) throws -> String {
        let value = Value.object(o)
        if !o.type.isBuiltin || o.type.subscriptHook != nil || o.type.moduleName != "builtins" {
            if let method = o.type.userOverride("__repr__") ?? (o.type.isBuiltin ? o.type.lookup("__repr__") : nil),
               !isObjectDefault(method, "__repr__") {
                return try guardedRepr { try self.callRepr(method, value) }
            }
        }
        return try builtinRepr(o)
    }

    /// The repr of a built-in object, ignoring `__repr__` overrides of subclasses
    /// (`dict.__repr__(d)`).
    public func builtinRepr(_ o: PyObject) throws -> String {
        let value = Value.object(o)
        switch o {
        case let s as PyStr: return Formatting.quoteString(s.value)
        case let l as PyList:
            return try guardedRepr(o, placeholder: "[...]") { "[" + (try l.items.map(self.repr).joined(separator: ", ")) + "]" }
        case let t as PyTuple:
            if t.items.count == 1 { return try guardedRepr(o, placeholder: "(...)") { "(" + (try self.repr(t.items[0])) + ",)" } }
            return try guardedRepr(o, placeholder: "(...)") { "(" + (try t.items.map(self.repr).joined(separator: ", ")) + ")" }
        case let d as PyDict:
            return try guardedRepr(o, placeholder: "{...}") {
                "{" + (try d.storage.map { "\(try self.repr($0.key.value)): \(try self.repr($0.value))" }.joined(separator: ", ")) + "}"
            }
        case let s as PySet:
            let name = s.isFrozen ? "frozenset" : "set"
            if s.storage.isEmpty { return "\(name)()" }
            let body = try guardedRepr(o, placeholder: "...") { "{" + (try s.storage.map { try self.repr($0.value) }.joined(separator: ", ")) + "}" }
            return s.isFrozen ? "frozenset(\(body))" : body
        case let r as PyRange:
            return r.step == 1 ? "range(\(r.start), \(r.stop))" : "range(\(r.start), \(r.stop), \(r.step))"
        case let s as PySlice:
            return "slice(\(try repr(s.start)), \(try repr(s.stop)), \(try repr(s.step)))"
        case let b as PyBytes:
            return Formatting.bytesRepr(b.bytes)
        case let v as PyDictView:
            return "\(o.type.name)(" + (try repr(.object(PyList(try collect(value))))) + ")"
        case let t as PyType:
            if t.moduleName == "builtins" { return "<class '\(t.qualifiedName)'>" }
            return "<class '\(t.moduleName).\(t.qualifiedName)'>"
        case let f as PyFunction:
            return "<function \(f.qualifiedName) at \(address(o))>"
        case let f as PyBuiltinFunction:
            return "<built-in function \(f.name)>"
        case let m as PyBoundMethod:
            var name = "?"
            if case .object(let f) = m.function {
                if let function = f as? PyFunction { name = function.qualifiedName }
                if let builtin = f as? PyBuiltinFunction {
                    return "<built-in method \(builtin.name) of \(m.receiver.typeName) object at \(address(m.receiver.asObject ?? o))>"
                }
            }
            return "<bound method \(name) of \(try repr(m.receiver))>"
        case let m as PyModule:
            return "<module '\(m.name)'>"
        case let e as PyException:
            let args = e.args.count == 1 ? "(" + (try repr(e.args[0])) + ")" : (try repr(.object(PyTuple(e.args))))
            return e.type.name + (e.args.isEmpty ? "()" : args)
        case let g as PyGenerator:
            return "<generator object \(g.frame.code.qualifiedName) at \(address(o))>"
        case is PyCell:
            return "<cell at \(address(o))>"
        case let c as CodeObject:
            return "<code object \(c.name) at \(address(o)), file \"\(c.file.name)\", line \(c.firstLine)>"
        default:
            break
        }
        if o === Singletons.notImplemented { return "NotImplemented" }
        if o === Singletons.ellipsis { return "Ellipsis" }
        if let method = o.type.lookup("__repr__"), !isObjectDefault(method, "__repr__") {
            return try guardedRepr { try self.callRepr(method, value) }
        }
        let module = o.type.moduleName == "builtins" ? "" : o.type.moduleName + "."
        return "<\(module)\(o.type.qualifiedName) object at \(address(o))>"
    }

    func callRepr(_ method: Value, _ value: Value) throws -> String {
        let result = try call(method, Arguments([value]))
        guard case .object(let r) = result, let s = r as? PyStr else {
            throw PyException(BuiltinTypes.typeError, "__repr__ returned non-string (type \(result.typeName))")
        }
        return s.value
    }

    /// Bounds repr recursion and prints `[...]` for a container that contains itself.
    func guardedRepr(_ object: PyObject? = nil, placeholder: String = "...", _ body: () throws -> String) throws -> String {
        if let object {
            let id = ObjectIdentifier(object)
            if reprInProgress.contains(id) { return placeholder }
            reprInProgress.insert(id)
        }
        reprDepth += 1
        defer {
            reprDepth -= 1
            if let object { reprInProgress.remove(ObjectIdentifier(object)) }
        }
        if reprDepth > Interpreter.maxReprDepth {
            throw PyException(BuiltinTypes.recursionError, "maximum recursion depth exceeded while getting the repr of an object")
        }
        return try body()
    }

    /// The `0x...` identity CPython shows in default reprs.
    public func addressString(_ o: PyObject) -> String { address(o) }

    func address(_ o: PyObject) -> String {
        "0x" + String(UInt(bitPattern: Unmanaged.passUnretained(o).toOpaque()), radix: 16).leftPadded(to: 12)
    }

    /// An f-string field: `format(value, spec)` with the common cases inline (no spec: the
    /// str of a number; a spec: parsed once per spec object).
    func formatField(_ value: Value, _ spec: PyStr?) throws -> String {
        guard let spec, !spec.value.isEmpty else {
            switch value {
            case .int(let i): return String(i)
            case .float(let d): return Formatting.floatRepr(d)
            default: return try format(value, "")
            }
        }
        switch value {
        case .int(let i): return try FormatSpec.formatInt(i, parsedSpec(spec).spec)
        case .float(let d):
            let parsed = try parsedSpec(spec)
            if parsed.fixedPrecision >= 0, d.isFinite, let digits = Formatting.fixed(abs(d), precision: parsed.fixedPrecision) {
                let text = d.sign == .minus ? "-" + digits : digits
                let width = parsed.fixedWidth
                if text.utf8.count >= width { return text }
                return try Allocation.repeating(" ", count: width - text.utf8.count) + text
            }
            return try FormatSpec.formatFloat(d, parsed.spec)
        default: return try format(value, spec.value)
        }
    }

    /// The parsed form of a format spec, cached by spec text (f-string specs are constants).
    func parsedSpec(_ spec: PyStr) throws -> ParsedFormatSpec {
        if let last = lastFormatSpec, lastFormatSpecText === spec { return last }
        let parsed: ParsedFormatSpec
        if let cached = formatSpecCache[spec.value] {
            parsed = cached
        } else {
            parsed = ParsedFormatSpec(spec: try FormatSpec(spec.value))
            if formatSpecCache.count > 256 { formatSpecCache.removeAll() }
            formatSpecCache[spec.value] = parsed
        }
        lastFormatSpec = parsed
        lastFormatSpecText = spec
        return parsed
    }

    /// `format(value, spec)`.
    public func format(_ value: Value, _ spec: String) throws -> String {
        if let big = value.asBigInt, big.type === BuiltinTypes.int { return try formatBigInt(big.value, try FormatSpec(spec)) }
        switch value {
        case .int(let i): return try FormatSpec.formatInt(i, spec)
        case .bool(let b): return spec.isEmpty ? (b ? "True" : "False") : try FormatSpec.formatInt(b ? 1 : 0, spec)
        case .float(let d): return try FormatSpec.formatFloat(d, spec)
        case .none, .unset:
            if spec.isEmpty { return "None" }
        case .object(let o):
            if let method = o.type.lookup("__format__"), !isObjectDefault(method, "__format__") {
                let result = try call(method, Arguments([value, .str(spec)]))
                guard case .object(let r) = result, let s = r as? PyStr else {
                    throw PyException(BuiltinTypes.typeError, "__format__ must return a str, not \(result.typeName)")
                }
                return s.value
            }
            if let s = o as? PyStr { return try FormatSpec.formatString(s.value, spec) }
            if spec.isEmpty { return try str(value) }
        }
        throw PyException(BuiltinTypes.typeError, "unsupported format string passed to \(value.typeName).__format__")
    }
}

/// A parsed format spec (the interpreter caches these by text).
final class ParsedFormatSpec {
    let spec: FormatSpec
    /// For plain `[width].{precision}f` specs (right-aligned with spaces, default sign): the
    /// precision and width, so floats format without going through the general code; -1
    /// otherwise.
    let fixedPrecision: Int
    let fixedWidth: Int

    init(spec: FormatSpec) {
        self.spec = spec
        if spec.fill == " " && spec.align == nil && spec.sign == "-" && !spec.alternate && !spec.zeroPad
            && spec.grouping == nil && (spec.type == "f" || spec.type == "F"), let precision = spec.precision, precision <= 19 {
            fixedPrecision = precision
            fixedWidth = spec.width ?? 0
        } else {
            fixedPrecision = -1
            fixedWidth = 0
        }
    }
}

extension String {
    func leftPadded(to width: Int, with fill: Character = "0") -> String {
        count >= width ? self : String(repeating: fill, count: width - count) + self
    }

    func padding(toLength width: Int, right: Bool) -> String {
        guard count < width else { return self }
        let fill = String(repeating: " ", count: width - count)
        return right ? self + fill : fill + self
    }
}
