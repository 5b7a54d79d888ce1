/// PyTorch's print options (`torch.set_printoptions`).
public struct PrintOptions: Sendable, Equatable {
    /// Digits after the point for floats.
    public var precision: Int = 4
    /// Element count above which output is summarised.
    public var threshold: Int = 1000
    /// Items kept at each end of a summarised dimension.
    public var edgeItems: Int = 3
    /// Characters per line.
    public var lineWidth: Int = 80
    /// nil lets the formatter choose, as PyTorch does.
    public var sciMode: Bool? = nil

    /// Options; defaults are PyTorch's.
    public init(precision: Int = 4, threshold: Int = 1000, edgeItems: Int = 3, lineWidth: Int = 80, sciMode: Bool? = nil) {
        self.precision = precision
        self.threshold = threshold
        self.edgeItems = edgeItems
        self.lineWidth = lineWidth
        self.sciMode = sciMode
    }

    /// PyTorch's defaults.
    public static let standard = PrintOptions()
}

/// A port of PyTorch's `torch/_tensor_str.py`: `repr(t)` character for character.
struct TensorFormatter {
    let options: PrintOptions
    let floating: Bool
    var intMode = true
    var sciMode = false
    var maxWidth = 1

    /// `_Formatter.__init__`: scans the (summarised) values for widths and modes.
    init(values: [Scalar], dtype: DType, options: PrintOptions) {
        self.options = options
        floating = dtype.isFloatingPoint
        if !floating {
            for v in values { maxWidth = Swift.max(maxWidth, TensorFormatter.plain(v).count) }
            return
        }
        let nonzeroFinite = values.map { $0.doubleValue }.filter { $0.isFinite && $0 != 0 }
        if nonzeroFinite.isEmpty { return }
        let absolute = nonzeroFinite.map { Swift.abs($0) }
        let minAbs = absolute.min() ?? 1
        let maxAbs = absolute.max() ?? 1
        for v in nonzeroFinite where v != v.rounded(.up) {
            intMode = false
            break
        }
        sciMode = options.sciMode ?? (maxAbs / minAbs > 1000.0 || maxAbs > 1.0e8 || minAbs < 1.0e-4)
        let p = options.precision
        if intMode {
            if sciMode {
                for v in nonzeroFinite { maxWidth = Swift.max(maxWidth, PythonFloatFormat.scientific(v, precision: p).count) }
            } else {
                for v in nonzeroFinite { maxWidth = Swift.max(maxWidth, PythonFloatFormat.fixed(v, precision: 0).count + 1) }
            }
        } else if sciMode {
            for v in nonzeroFinite { maxWidth = Swift.max(maxWidth, PythonFloatFormat.scientific(v, precision: p).count) }
        } else {
            for v in nonzeroFinite { maxWidth = Swift.max(maxWidth, PythonFloatFormat.fixed(v, precision: p).count) }
        }
    }

    /// Python's `f"{value}"` for an int or bool element.
    static func plain(_ v: Scalar) -> String {
        switch v {
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .float(let d): return PythonFloatFormat.repr(d)
        }
    }

    /// `_Formatter.format`.
    func format(_ v: Scalar) -> String {
        var ret: String
        if floating {
            let x = v.doubleValue
            if sciMode {
                ret = PythonFloatFormat.scientific(x, precision: options.precision)
            } else if intMode {
                ret = PythonFloatFormat.fixed(x, precision: 0)
                if x.isFinite { ret += "." }
            } else {
                ret = PythonFloatFormat.fixed(x, precision: options.precision)
            }
        } else {
            ret = TensorFormatter.plain(v)
        }
        return String(repeating: " ", count: Swift.max(0, maxWidth - ret.count)) + ret
    }
}

extension Tensor: CustomStringConvertible, CustomDebugStringConvertible {
    /// `repr(t)` with PyTorch's default print options.
    public var description: String { repr() }
    /// Same as `repr()`.
    public var debugDescription: String { repr() }

    /// `repr(t)` / `str(t)`: "tensor([1., 2.])", with dtype, size, requires_grad and grad_fn
    /// suffixes exactly as PyTorch prints them. A Tensor subclass prints under its own name
    /// (`prefix` "Parameter("), continuation lines aligned to it.
    public func repr(options: PrintOptions = .standard, prefix: String = "tensor(") -> String {
        let indent = prefix.count
        var suffixes: [String] = []
        let tensorString: String
        let hasDefaultDType = dtype == .float32 || dtype == .int64 || dtype == .bool
        if count == 0 {
            if rank != 1 { suffixes.append("size=" + Shape.tupleDescription(shape)) }
            if dtype != .float32 { suffixes.append("dtype=\(dtype)") }
            tensorString = "[]"
        } else {
            if options.edgeItems == 0 { suffixes.append("size=" + Shape.tupleDescription(shape)) }
            if !hasDefaultDType { suffixes.append("dtype=\(dtype)") }
            tensorString = bodyString(indent: indent, options: options)
        }
        if let fn = gradFn {
            suffixes.append("grad_fn=<\(fn.name)>")
        } else if requiresGrad {
            suffixes.append("requires_grad=True")
        }
        return Tensor.addSuffixes(prefix + tensorString, suffixes, indent: indent, lineWidth: options.lineWidth)
    }

    /// `_tensor_str`: the bracketed values.
    func bodyString(indent: Int, options: PrintOptions) -> String {
        if count == 0 { return "[]" }
        let summarize = count > options.threshold
        let values = summarize ? summarizedValues(options.edgeItems) : scalars()
        let formatter = TensorFormatter(values: values, dtype: dtype, options: options)
        return formatted(indent: indent, summarize: summarize, formatter: formatter)
    }

    /// The values `get_summarized_data` keeps: edge items of every dimension.
    func summarizedValues(_ edge: Int) -> [Scalar] {
        if rank == 0 { return scalars() }
        if rank == 1 {
            if shape[0] > 2 * edge {
                return plainSlice(0, start: 0, length: edge).scalars()
                    + plainSlice(0, start: shape[0] - edge, length: edge).scalars()
            }
            return scalars()
        }
        if edge == 0 { return [] }
        let rows: [Int] = shape[0] > 2 * edge ? Array(0..<edge) + Array((shape[0] - edge)..<shape[0]) : Array(0..<shape[0])
        return rows.flatMap { plainSelect(0, $0).summarizedValues(edge) }
    }

    /// `_tensor_str_with_formatter`.
    func formatted(indent: Int, summarize: Bool, formatter: TensorFormatter) -> String {
        let edge = formatter.options.edgeItems
        if rank == 0 { return formatter.format(ElementAccess.loadScalar(dataPointer, dtype)) }
        if rank == 1 { return vectorString(indent: indent, summarize: summarize, formatter: formatter) }
        var slices: [String] = []
        if summarize && shape[0] > 2 * edge {
            for i in 0..<edge { slices.append(plainSelect(0, i).formatted(indent: indent + 1, summarize: summarize, formatter: formatter)) }
            slices.append("...")
            for i in (shape[0] - edge)..<shape[0] {
                slices.append(plainSelect(0, i).formatted(indent: indent + 1, summarize: summarize, formatter: formatter))
            }
        } else {
            for i in 0..<shape[0] {
                slices.append(plainSelect(0, i).formatted(indent: indent + 1, summarize: summarize, formatter: formatter))
            }
        }
        let separator = "," + String(repeating: "\n", count: rank - 1) + String(repeating: " ", count: indent + 1)
        return "[" + slices.joined(separator: separator) + "]"
    }

    /// `_vector_str`.
    func vectorString(indent: Int, summarize: Bool, formatter: TensorFormatter) -> String {
        let options = formatter.options
        let elementLength = formatter.maxWidth + 2
        let perLine = Swift.max(1, (options.lineWidth - indent) / elementLength)
        var data: [String]
        let edge = options.edgeItems
        if summarize && edge == 0 {
            data = ["..."]
        } else if summarize && shape[0] > 2 * edge {
            data = plainSlice(0, start: 0, length: edge).scalars().map(formatter.format)
            data.append(" ...")
            data += plainSlice(0, start: shape[0] - edge, length: edge).scalars().map(formatter.format)
        } else {
            data = scalars().map(formatter.format)
        }
        var lines: [String] = []
        var i = 0
        while i < data.count {
            lines.append(data[i..<Swift.min(i + perLine, data.count)].joined(separator: ", "))
            i += perLine
        }
        return "[" + lines.joined(separator: ",\n" + String(repeating: " ", count: indent + 1)) + "]"
    }

    /// `_add_suffixes`.
    static func addSuffixes(_ tensorString: String, _ suffixes: [String], indent: Int, lineWidth: Int) -> String {
        var parts = [tensorString]
        let chars = Array(tensorString)
        let lastNewline = chars.lastIndex(of: "\n") ?? -1
        var lastLineLength = chars.count - lastNewline + 1
        for suffix in suffixes {
            if lastLineLength + suffix.count + 2 > lineWidth {
                parts.append(",\n" + String(repeating: " ", count: indent) + suffix)
                lastLineLength = indent + suffix.count
            } else {
                parts.append(", " + suffix)
                lastLineLength += suffix.count + 2
            }
        }
        parts.append(")")
        return parts.joined()
    }

    /// `str(t.shape)`: "torch.Size([2, 3])".
    public static func sizeDescription(_ shape: [Int]) -> String {
        "torch.Size(" + Shape.describe(shape) + ")"
    }

    /// The printed form of `t.storage()` in current PyTorch (a TypedStorage listing every
    /// element of the underlying storage, one per line).
    public func storageDescription() -> String {
        let n = storage.byteCount / dtype.itemSize
        let all = Tensor(storage: storage, storageOffset: 0, shape: [n], strides: [1], dtype: dtype)
        let items = all.scalars().map { v -> String in
            dtype.isFloatingPoint ? PythonFloatFormat.repr(v.doubleValue) : TensorFormatter.plain(v)
        }
        return " " + items.joined(separator: "\n ") + "\n[torch.storage.TypedStorage(dtype=\(dtype), device=cpu) of size \(n)]"
    }
}
