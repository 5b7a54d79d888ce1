/// `str` methods: one Swift function per Python method, registered through `table`.
enum StrMethods {
    static func install(_ type: PyType) {
        type.nativeNew = new
        type.install(table)
    }

    static let table: [NativeMethod] = [
        NativeMethod("upper", "self", upper),
        NativeMethod("lower", "self", lower),
        NativeMethod("casefold", "self", casefold),
        NativeMethod("swapcase", "self", swapcase),
        NativeMethod("capitalize", "self", capitalize),
        NativeMethod("title", "self", title),
        NativeMethod("strip", "self, chars=None, /", strip),
        NativeMethod("lstrip", "self, chars=None, /", lstrip),
        NativeMethod("rstrip", "self, chars=None, /", rstrip),
        NativeMethod("split", "self, sep=None, maxsplit=-1", split),
        NativeMethod("rsplit", "self, sep=None, maxsplit=-1", rsplit),
        NativeMethod("splitlines", "self, keepends=False", splitlines),
        NativeMethod("join", "self, iterable, /", join),
        NativeMethod("replace", "self, old, new, count=-1, /", replace),
        NativeMethod("startswith", "self, prefix, start=None, end=None, /", startswith),
        NativeMethod("endswith", "self, suffix, start=None, end=None, /", endswith),
        NativeMethod("find", "self, sub, start=None, end=None, /", find),
        NativeMethod("rfind", "self, sub, start=None, end=None, /", rfind),
        NativeMethod("index", "self, sub, start=None, end=None, /", index),
        NativeMethod("rindex", "self, sub, start=None, end=None, /", rindex),
        NativeMethod("count", "self, sub, start=None, end=None, /", count),
        NativeMethod("isdigit", "self", isdigit),
        NativeMethod("isdecimal", "self", isdecimal),
        NativeMethod("isnumeric", "self", isnumeric),
        NativeMethod("isalpha", "self", isalpha),
        NativeMethod("isalnum", "self", isalnum),
        NativeMethod("isspace", "self", isspace),
        NativeMethod("isupper", "self", isupper),
        NativeMethod("islower", "self", islower),
        NativeMethod("istitle", "self", istitle),
        NativeMethod("isidentifier", "self", isidentifier),
        NativeMethod("isascii", "self", isascii),
        NativeMethod("isprintable", "self", isprintable),
        NativeMethod("center", "self, width, fillchar=' ', /", center),
        NativeMethod("ljust", "self, width, fillchar=' ', /", ljust),
        NativeMethod("rjust", "self, width, fillchar=' ', /", rjust),
        NativeMethod("zfill", "self, width, /", zfill),
        NativeMethod("partition", "self, sep, /", partition),
        NativeMethod("rpartition", "self, sep, /", rpartition),
        NativeMethod("removeprefix", "self, prefix, /", removeprefix),
        NativeMethod("removesuffix", "self, suffix, /", removesuffix),
        NativeMethod("expandtabs", "self, tabsize=8", expandtabs),
        NativeMethod("encode", "self, encoding='utf-8', errors='strict'", encode),
        NativeMethod("format", "self, *args, **kwargs", format),
        NativeMethod("format_map", "self, mapping, /", formatMap),
        NativeMethod("__len__", "self", length),
        NativeMethod("__contains__", "self, item", contains),
        NativeMethod("__getitem__", "self, index", getItem),
        NativeMethod("__add__", "self, other", add),
        NativeMethod("__mul__", "self, n", multiply),
        NativeMethod("__rmul__", "self, n", multiply),
        NativeMethod("__mod__", "self, args", percentFormat),
        NativeMethod("__iter__", "self", iterate),
        NativeMethod("__hash__", "self", hash),
        NativeMethod("__eq__", "self, other", equal),
        NativeMethod("__lt__", "self, other", less),
        NativeMethod("__str__", "self", str),
        NativeMethod("__repr__", "self", repr),
        NativeMethod("__format__", "self, spec", formatSpec),
        NativeMethod("maketrans", "x, y=None, z=None", binding: .staticMethod, maketrans),
        NativeMethod("translate", "self, table, /", translate),
    ]

    /// The receiver of a `str` method (a str or an instance of a str subclass).
    static func string(_ value: Value) throws -> String {
        guard case .object(let o) = value, let s = o as? PyStr else {
            throw PyException(BuiltinTypes.typeError, "descriptor requires a 'str' object but received a '\(value.typeName)'")
        }
        return s.value
    }

    /// The receiver of a `str` method as the object.
    static func object(_ value: Value) throws -> PyStr {
        guard case .object(let o) = value, let s = o as? PyStr else {
            throw PyException(BuiltinTypes.typeError, "descriptor requires a 'str' object but received a '\(value.typeName)'")
        }
        return s
    }

    static let newSignature = NativeSignature("object='', encoding=None, errors=None")

    /// `str(object='', encoding=None, errors=None)`.
    static func new(_ interpreter: Interpreter, _ cls: PyType, _ arguments: Arguments) throws -> Value {
        let values = try newSignature.bind(arguments, function: "str")
        var text: String
        if case .object(let o) = values[0], let bytes = o as? PyBytes {
            if values[1].isNone && values[2].isNone {
                text = Formatting.bytesRepr(bytes.bytes)
            } else {
                let encoding = values[1].isNone ? "utf-8" : try interpreter.stringArgument(values[1])
                let errors = values[2].isNone ? "strict" : try interpreter.stringArgument(values[2])
                text = try StrCodecs.decode(bytes.bytes, encoding: encoding, errors: errors)
            }
        } else {
            text = try interpreter.str(values[0])
        }
        if cls !== BuiltinTypes.str { return .object(PyStr(text, type: cls)) }
        return .str(text)
    }

    // MARK: Case

    static func upper(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let s = try object(args.receiver)
        return s.isASCII ? .object(PyStr(StrCase.upper(s), isASCII: true)) : .str(StrCase.upper(s))
    }

    static func lower(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let s = try object(args.receiver)
        return s.isASCII ? .object(PyStr(StrCase.lower(s), isASCII: true)) : .str(StrCase.lower(s))
    }

    static func casefold(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .str(StrCase.casefold(try object(args.receiver)))
    }

    static func swapcase(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .str(StrCase.swapcase(try object(args.receiver)))
    }

    static func capitalize(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .str(StrCase.capitalize(try object(args.receiver)))
    }

    static func title(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .str(StrCase.title(try object(args.receiver)))
    }

    // MARK: Stripping and splitting

    static func strip(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        try stripped(try object(args.receiver), args.receiver, args["chars"], interpreter, leading: true, trailing: true)
    }

    static func lstrip(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        try stripped(try object(args.receiver), args.receiver, args["chars"], interpreter, leading: true, trailing: false)
    }

    static func rstrip(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        try stripped(try object(args.receiver), args.receiver, args["chars"], interpreter, leading: false, trailing: true)
    }

    static func split(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let s = try object(args.receiver)
        let parts = try splitText(s, args["sep"], try interpreter.intArgument(args["maxsplit"]), interpreter, fromRight: false)
        return .object(PyList(parts.map { s.isASCII ? .object(PyStr($0, isASCII: true)) : .str($0) }))
    }

    static func rsplit(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let s = try object(args.receiver)
        let parts = try splitText(s, args["sep"], try interpreter.intArgument(args["maxsplit"]), interpreter, fromRight: true)
        return .object(PyList(parts.map { s.isASCII ? .object(PyStr($0, isASCII: true)) : .str($0) }))
    }

    static func splitlines(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let text = try string(args.receiver)
        let keep = try interpreter.isTruthy(args["keepends"])
        var lines: [Value] = []
        let scalars = text.unicodeScalars
        var start = scalars.startIndex, i = start
        while i < scalars.endIndex {
            let c = scalars[i]
            guard TextSearch.isLineBreak(c.value) else { i = scalars.index(after: i); continue }
            var next = scalars.index(after: i)
            if c == "\r", next < scalars.endIndex, scalars[next] == "\n" { next = scalars.index(after: next) }
            lines.append(.str(String(scalars[start..<(keep ? next : i)])))
            start = next
            i = next
        }
        if start < scalars.endIndex { lines.append(.str(String(scalars[start...]))) }
        return .object(PyList(lines))
    }

    static func join(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let separator = try object(args.receiver)
        let items = try interpreter.collect(args["iterable"])
        // Sized once: the total byte count first, then one buffer.
        var total = separator.value.utf8.count * max(0, items.count - 1)
        var ascii = separator.isASCII
        for (index, item) in items.enumerated() {
            guard case .object(let o) = item, let text = o as? PyStr else {
                throw PyException(BuiltinTypes.typeError, "sequence item \(index): expected str instance, \(item.typeName) found")
            }
            total += text.value.utf8.count
            ascii = ascii && text.isASCII
        }
        if items.count == 1, case .object(let o) = items[0], o.type === BuiltinTypes.str { return items[0] }
        try Allocation.check(count: total, elementSize: 1)
        var separatorText = separator.value
        let joined = separatorText.withUTF8 { separatorBytes in
            String(unsafeUninitializedCapacity: total) { buffer -> Int in
                guard let out = buffer.baseAddress else { return 0 }
                var written = 0
                for (index, item) in items.enumerated() {
                    if index > 0, let s = separatorBytes.baseAddress {
                        (out + written).update(from: s, count: separatorBytes.count)
                        written += separatorBytes.count
                    }
                    guard case .object(let o) = item else { continue }
                    var piece = unsafeDowncast(o, to: PyStr.self).value
                    piece.withUTF8 { bytes in
                        if let b = bytes.baseAddress { (out + written).update(from: b, count: bytes.count) }
                        written += bytes.count
                    }
                }
                return written
            }
        }
        return .object(PyStr(joined, isASCII: ascii))
    }

    static func replace(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let s = try object(args.receiver)
        let old = try interpreter.stringArgument(args["old"], function: "replace", position: 1)
        let new = try interpreter.stringArgument(args["new"], function: "replace", position: 2)
        guard let replaced = try replacing(s.value, old, new, count: try interpreter.intArgument(args["count"])) else {
            return s.type === BuiltinTypes.str ? args.receiver : .str(s.value)
        }
        return .str(replaced)
    }

    // MARK: Searching

    static func startswith(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let prefixes = try affixes(args["prefix"], interpreter, "startswith")
        guard let text = try sliced(try object(args.receiver), args["start"], args["end"], interpreter) else { return .bool(false) }
        return .bool(prefixes.contains { text.hasBytePrefix($0) })
    }

    static func endswith(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let suffixes = try affixes(args["suffix"], interpreter, "endswith")
        guard let text = try sliced(try object(args.receiver), args["start"], args["end"], interpreter) else { return .bool(false) }
        return .bool(suffixes.contains { text.hasByteSuffix($0) })
    }

    /// `find`, `rfind`, `index` and `rindex`: the first or last position of `sub`, or -1.
    static func search(_ interpreter: Interpreter, _ args: BoundArguments, last: Bool) throws -> Int {
        try position(try object(args.receiver), try interpreter.stringArgument(args["sub"]), args["start"], args["end"], interpreter, last: last)
    }

    static func find(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .int(try search(interpreter, args, last: false))
    }

    static func rfind(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .int(try search(interpreter, args, last: true))
    }

    static func index(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let found = try search(interpreter, args, last: false)
        if found < 0 { throw PyException(BuiltinTypes.valueError, "substring not found") }
        return .int(found)
    }

    static func rindex(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let found = try search(interpreter, args, last: true)
        if found < 0 { throw PyException(BuiltinTypes.valueError, "substring not found") }
        return .int(found)
    }

    static func count(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .int(try occurrences(try object(args.receiver), try interpreter.stringArgument(args["sub"]), args["start"], args["end"], interpreter))
    }

    // MARK: Classification

    /// Whether the receiver is non-empty and every code point passes `test`.
    static func allScalars(_ args: BoundArguments, _ test: (Unicode.Scalar) -> Bool) throws -> Value {
        let text = try string(args.receiver)
        return .bool(!text.isEmpty && text.unicodeScalars.allSatisfy(test))
    }

    static func isdigit(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        try allScalars(args) { $0.properties.numericType == .decimal || $0.properties.numericType == .digit }
    }

    static func isdecimal(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        try allScalars(args) { $0.properties.numericType == .decimal }
    }

    static func isnumeric(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        try allScalars(args) { $0.properties.numericType != nil }
    }

    static func isalpha(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        try allScalars(args, StrCase.isAlpha)
    }

    static func isalnum(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        try allScalars(args, StrCase.isAlnum)
    }

    static func isspace(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        try allScalars(args) { TextSearch.isSpace($0.value) }
    }

    static func isupper(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .bool(StrCase.isUpper(try string(args.receiver)))
    }

    static func islower(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .bool(StrCase.isLower(try string(args.receiver)))
    }

    static func istitle(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .bool(StrCase.isTitleCased(try string(args.receiver)))
    }

    static func isidentifier(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let text = try string(args.receiver)
        guard let first = text.unicodeScalars.first else { return .bool(false) }
        return .bool((first == "_" || first.properties.isXIDStart) && text.unicodeScalars.allSatisfy { $0 == "_" || $0.properties.isXIDContinue })
    }

    static func isascii(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .bool(try object(args.receiver).isASCII)
    }

    static func isprintable(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .bool(try string(args.receiver).unicodeScalars.allSatisfy(Formatting.isPrintable))
    }

    // MARK: Padding and affixes

    static func center(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let s = try object(args.receiver)
        let text = s.value
        let width = try interpreter.intArgument(args["width"])
        let fill = try fillCharacter(args["fillchar"], interpreter, "center")
        let count = s.count
        guard width > count else { return .str(text) }
        let total = width - count
        // CPython puts the extra character on the left when the text length is odd.
        let left = total / 2 + (total & width & 1)
        return .str(try Allocation.repeating(fill, count: left) + text + Allocation.repeating(fill, count: total - left))
    }

    static func ljust(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let s = try object(args.receiver)
        let width = try interpreter.intArgument(args["width"])
        let fill = try fillCharacter(args["fillchar"], interpreter, "ljust")
        // Compared before subtracting: a width near -2**63 minus the length would overflow.
        guard width > s.count else { return .str(s.value) }
        return .str(s.value + (try Allocation.repeating(fill, count: width - s.count)))
    }

    static func rjust(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let s = try object(args.receiver)
        let width = try interpreter.intArgument(args["width"])
        let fill = try fillCharacter(args["fillchar"], interpreter, "rjust")
        guard width > s.count else { return .str(s.value) }
        return .str(try Allocation.repeating(fill, count: width - s.count) + s.value)
    }

    static func zfill(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let s = try object(args.receiver)
        var text = s.value
        let width = try interpreter.intArgument(args["width"])
        let count = s.count
        guard width > count else { return .str(text) }
        var sign = ""
        if let first = text.unicodeScalars.first, first == "-" || first == "+" { sign = String(first); text.unicodeScalars.removeFirst() }
        return .str(sign + (try Allocation.repeating("0", count: width - count)) + text)
    }

    static func partition(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        try partitioned(try object(args.receiver), args, interpreter, last: false)
    }

    static func rpartition(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        try partitioned(try object(args.receiver), args, interpreter, last: true)
    }

    static func removeprefix(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let text = try string(args.receiver), prefix = try interpreter.stringArgument(args["prefix"])
        guard !prefix.isEmpty, text.hasBytePrefix(prefix) else { return .str(text) }
        return .str(TextSearch.withBytes(text, "") { bytes, _ in TextSearch.string(bytes, prefix.utf8.count..<bytes.count) })
    }

    static func removesuffix(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let text = try string(args.receiver), suffix = try interpreter.stringArgument(args["suffix"])
        guard !suffix.isEmpty, text.hasByteSuffix(suffix) else { return .str(text) }
        return .str(TextSearch.withBytes(text, "") { bytes, _ in TextSearch.string(bytes, 0..<(bytes.count - suffix.utf8.count)) })
    }

    static func expandtabs(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let size = try interpreter.intArgument(args["tabsize"])
        // CPython takes the tab size as a C int.
        guard let _ = Int32(exactly: size) else {
            throw PyException(BuiltinTypes.overflowError, "Python int too large to convert to C int")
        }
        var out = String.UnicodeScalarView(), column = 0
        for c in try string(args.receiver).unicodeScalars {
            if c == "\t" {
                let spaces = size > 0 ? size - column % size : 0
                // Many tabs of a large size can add up past what can be allocated.
                try Allocation.check(count: out.count + spaces, elementSize: 1)
                out.append(contentsOf: String(repeating: " ", count: spaces).unicodeScalars)
                column += spaces
            } else {
                out.append(c)
                column = (c == "\n" || c == "\r") ? 0 : column + 1
            }
        }
        return .str(String(out))
    }

    // MARK: Conversion and formatting

    static func encode(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let encoding = try interpreter.stringArgument(args["encoding"])
        let errors = try interpreter.stringArgument(args["errors"])
        return .object(PyBytes(try StrCodecs.encode(try string(args.receiver), encoding: encoding, errors: errors)))
    }

    static func format(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .str(try interpreter.formatString(try string(args.receiver), args.varArgs("args"), args.varKeywords("kwargs")))
    }

    static func formatMap(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        guard let mapping = args["mapping"].asObject as? PyDict else {
            throw PyException(BuiltinTypes.typeError, "format_map() argument must be a mapping")
        }
        return .str(try interpreter.formatString(try string(args.receiver), [], mapping))
    }

    static func percentFormat(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .str(try interpreter.percentFormat(try string(args.receiver), args["args"]))
    }

    static func formatSpec(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .str(try FormatSpec.formatString(try string(args.receiver), try interpreter.stringArgument(args["spec"])))
    }

    static func str(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .str(try string(args.receiver))
    }

    static func repr(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .str(Formatting.quoteString(try string(args.receiver)))
    }

    // MARK: Operators

    static func length(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .int(try interpreter.length(args.receiver))
    }

    static func contains(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .bool(try interpreter.contains(args.receiver, args["item"]))
    }

    static func getItem(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        try interpreter.getItem(.str(try string(args.receiver)), args["index"])
    }

    static func add(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        guard let other = args["other"].stringValue else { return .object(Singletons.notImplemented) }
        return .str(try string(args.receiver) + other)
    }

    /// `__mul__` and `__rmul__` (repetition commutes).
    static func multiply(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        guard Arithmetic.intValue(args["n"]) != nil else { return .object(Singletons.notImplemented) }
        return try interpreter.binaryOperation(.multiply, .str(try string(args.receiver)), args["n"])
    }

    static func iterate(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        try interpreter.iterate(.str(try string(args.receiver)))
    }

    static func hash(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .int(try object(args.receiver).stringHash)
    }

    static func equal(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        guard let other = args["other"].stringValue else { return .object(Singletons.notImplemented) }
        return .bool(PyStr.equal(try string(args.receiver), other))
    }

    static func less(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        guard let other = args["other"].stringValue else { return .object(Singletons.notImplemented) }
        return .bool(Formatting.codePointLess(try string(args.receiver), other))
    }

    // MARK: Translation

    static func maketrans(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let table = PyDict()
        if let dict = args["x"].asObject as? PyDict {
            for (key, value) in dict.storage {
                let code: Value = key.value.stringValue.flatMap { $0.unicodeScalars.first.map { .int(Int($0.value)) } } ?? key.value
                table.storage[HashKey(code)] = value
            }
            return .object(table)
        }
        let from = Array(try interpreter.stringArgument(args["x"]).unicodeScalars)
        let to = Array(try interpreter.stringArgument(args["y"]).unicodeScalars)
        guard from.count == to.count else { throw PyException(BuiltinTypes.valueError, "the first two maketrans arguments must have equal length") }
        for (x, y) in zip(from, to) { table.storage[HashKey(.int(Int(x.value)))] = .int(Int(y.value)) }
        if let deleted = args["z"].stringValue {
            for x in deleted.unicodeScalars { table.storage[HashKey(.int(Int(x.value)))] = .none }
        }
        return .object(table)
    }

    static func translate(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let table = args["table"]
        var out = String.UnicodeScalarView()
        for scalar in try string(args.receiver).unicodeScalars {
            let mapped: Value
            do { mapped = try interpreter.getItem(table, .int(Int(scalar.value))) } catch let e as PyException where e.isInstance(of: BuiltinTypes.lookupError) {
                out.append(scalar)
                continue
            }
            switch mapped {
            case .none: continue
            case .int(let code): if let u = Unicode.Scalar(UInt32(clamping: code)) { out.append(u) }
            default: out.append(contentsOf: (mapped.stringValue ?? "").unicodeScalars)
            }
        }
        return .str(String(out))
    }
}
