import Interpreter
import Plot
import TensorKit

/// `_tessera_plot`: the native half of `matplotlib`. The Python package keeps the object model
/// (Figure, Axes, Line2D, ...) and hands a figure description to `render`; this module renders it,
/// parses colours, locates ticks and computes contours, and publishes figures for display.
enum PlotModule {
    /// Numbers from a tensor, array, list or range, or one number; flattened.
    static func doubles(_ value: Value, _ interpreter: Interpreter) throws -> [Double] {
        if let t = (value.asObject as? PyTensor)?.tensor { return t.doubles() }
        if let o = value.asObject as? TensorConvertible { return try o.asTensor().doubles() }
        switch value {
        case .int(let n): return [Double(n)]
        case .float(let x): return [x]
        case .bool(let b): return [b ? 1 : 0]
        case .none: return []
        default: break
        }
        var out: [Double] = []
        for item in try interpreter.collect(value) {
            if let t = (item.asObject as? PyTensor)?.tensor {
                out.append(contentsOf: t.doubles())
            } else if item.asObject is PyList || item.asObject is PyTuple {
                out.append(contentsOf: try doubles(item, interpreter))
            } else if item.isNone {
                out.append(.nan)
            } else {
                out.append(try interpreter.doubleArgument(item))
            }
        }
        return out
    }

    static func rgbaTuple(_ c: RGBA) -> Value { .object(PyTuple([.float(c.r), .float(c.g), .float(c.b), .float(c.a)])) }

    /// matplotlib's `to_rgba`: strings, 3- or 4-tuples, with `alpha` replacing the colour's.
    static func toRGBA(_ value: Value, alpha: Value, _ interpreter: Interpreter) throws -> RGBA {
        var color: RGBA
        if let s = value.stringValue {
            guard let c = ColorSpec.parse(s) else {
                throw PyException(BuiltinTypes.valueError, "'\(s)' is not a valid color value.")
            }
            color = c
        } else {
            let parts = try doubles(value, interpreter)
            guard parts.count == 3 || parts.count == 4, parts.allSatisfy({ $0 >= 0 && $0 <= 1 }) else {
                throw PyException(BuiltinTypes.valueError, "RGBA values should be within 0-1 range")
            }
            color = RGBA(parts[0], parts[1], parts[2], parts.count == 4 ? parts[3] : 1)
        }
        if !alpha.isNone { color.a = try interpreter.doubleArgument(alpha) }
        return color
    }

    static func make(_ interpreter: Interpreter) throws -> PyModule {
        interpreter.makeModule("_tessera_plot") { ns in
            ns.function("render", "figure, tight=False, pad_inches=0.1") { i, a in
                let figure = try FigureSpec(interpreter: i).figure(a[0])
                guard figure.width > 0, figure.height > 0, figure.dpi > 0, figure.width * figure.dpi <= 16384,
                      figure.height * figure.dpi <= 16384 else {
                    throw PyException(BuiltinTypes.valueError,
                                      "Image size of \(figure.pixelWidth)x\(figure.pixelHeight) pixels is too large. It must be less than 2^14 in each direction.")
                }
                do {
                    return .object(PyBytes(try Renderer.png(figure, tight: try i.isTruthy(a[1]), padInches: try i.doubleArgument(a[2]))))
                } catch let error as Renderer.RenderError {
                    throw PyException(BuiltinTypes.valueError, error.description)
                }
            }
            ns.function("size", "figure") { i, a in
                let figure = try FigureSpec(interpreter: i).figure(a[0])
                return .object(PyTuple([.int(figure.pixelWidth), .int(figure.pixelHeight)]))
            }
            ns.function("publish", "png, text, saved=False") { i, a in
                guard let bytes = a[0].asObject as? PyBytes else { throw PyException(BuiltinTypes.typeError, "png must be bytes") }
                // A script (no front end collects images) writes shown figures to files; one the
                // script already saved with savefig is not written a second time.
                if DisplaySupport.of(i).publish == nil, try i.isTruthy(a[2]) { return .none }
                i.display(DisplayItem(mimeType: "image/png", data: bytes.bytes, text: try i.str(a[1])))
                return .none
            }
            ns.function("write", "path, data") { i, a in
                guard let bytes = a[1].asObject as? PyBytes else { throw PyException(BuiltinTypes.typeError, "data must be bytes") }
                let path = try OSModule.pathString(a[0], i)
                guard SourceFiles.write(bytes.bytes, to: path) else {
                    throw PyException(BuiltinTypes.fileNotFoundError, "[Errno 2] No such file or directory: '\(path)'")
                }
                return .none
            }
            ns.function("register_flusher", "callback") { i, a in
                let callback = a[0]
                DisplaySupport.of(i).flushers.append { interpreter in _ = try interpreter.call(callback) }
                return .none
            }
            ns.function("to_rgba", "c, alpha=None") { i, a in rgbaTuple(try toRGBA(a[0], alpha: a[1], i)) }
            ns.function("is_color", "c") { _, a in
                guard let s = a[0].stringValue else { return .bool(false) }
                return .bool(ColorSpec.parse(s) != nil)
            }
            ns.function("colormap_names", "") { _, _ in .object(PyList(Colormap.names.map { .str($0) })) }
            ns.function("colormap", "name, values") { i, a in
                let name = try i.str(a[0])
                guard let map = Colormap.named(name) else {
                    throw PyException(BuiltinTypes.valueError, "'\(name)' is not a valid value for cmap; supported values are \(Colormap.names.map { "'\($0)'" }.joined(separator: ", "))")
                }
                return .object(PyList(try doubles(a[1], i).map { rgbaTuple(map.color($0)) }))
            }
            ns.function("colormap_size", "name") { i, a in
                .int(Colormap.named(try i.str(a[0]))?.size ?? 256)
            }
            ns.function("max_n_ticks", "vmin, vmax, nbins=9, auto_steps=True") { i, a in
                let auto = try i.isTruthy(a[3])
                let ticks = Ticks.positions(from: try i.doubleArgument(a[0]), to: try i.doubleArgument(a[1]), bins: try i.intArgument(a[2]),
                                            steps: auto ? Ticks.extendedSteps : Ticks.defaultLocatorSteps, minimumTicks: auto ? 2 : 1)
                return .object(PyList(ticks.map { .float($0) }))
            }
            ns.function("finite_range", "values") { i, a in
                var lo = Double.infinity, hi = -Double.infinity
                for v in try doubles(a[0], i) where v.isFinite { lo = Swift.min(lo, v); hi = Swift.max(hi, v) }
                return lo <= hi ? .object(PyTuple([.float(lo), .float(hi)])) : .none
            }
            ns.function("positive_min", "values") { i, a in
                var lo = Double.infinity
                for v in try doubles(a[0], i) where v.isFinite && v > 0 { lo = Swift.min(lo, v) }
                return lo.isFinite ? .float(lo) : .none
            }
            ns.function("floats", "values") { i, a in .object(PyList(try doubles(a[0], i).map { .float($0) })) }
            ns.function("histogram", "values, edges") { i, a in
                let edges = try doubles(a[1], i)
                guard edges.count >= 2 else { return .object(PyList([])) }
                var counts = [Int](repeating: 0, count: edges.count - 1)
                let lo = edges[0], hi = edges[edges.count - 1]
                let uniform = edges.count > 2 ? (edges[1] - edges[0]) : hi - lo
                for v in try doubles(a[0], i) where v.isFinite && v >= lo && v <= hi {
                    let position = uniform > 0 ? ((v - lo) / uniform).rounded(.down) : 0
                    var k = position.isFinite ? Int(Swift.min(Swift.max(position, 0), Double(counts.count - 1))) : 0
                    // Non-uniform edges (or rounding at a boundary): step to the right bin.
                    while k > 0 && v < edges[k] { k -= 1 }
                    while k < counts.count - 1 && v >= edges[k + 1] { k += 1 }
                    counts[k] += 1
                }
                return .object(PyList(counts.map { .int($0) }))
            }
            ns.function("contour_segments", "z, rows, columns, xs, ys, level") { i, a in
                let segments = Contour.segments(values: try doubles(a[0], i), rows: try i.intArgument(a[1]), columns: try i.intArgument(a[2]),
                                                xs: try doubles(a[3], i), ys: try doubles(a[4], i), level: try i.doubleArgument(a[5]))
                return .object(PyList(segments.map { seg in
                    .object(PyTuple([.object(PyList(seg.map { .float($0.0) })), .object(PyList(seg.map { .float($0.1) }))]))
                }))
            }
            ns.function("resample", "z, rows, columns, out_rows, out_columns") { i, a in
                let out = Contour.resample(values: try doubles(a[0], i), rows: try i.intArgument(a[1]), columns: try i.intArgument(a[2]),
                                           outRows: try i.intArgument(a[3]), outColumns: try i.intArgument(a[4]))
                let t = try TorchErrors.run { try Tensor(out, shape: [try i.intArgument(a[3]), try i.intArgument(a[4])]) }
                return .object(PyTensor(t, type: ArrayTypes.ndarray))
            }
        }
    }
}
