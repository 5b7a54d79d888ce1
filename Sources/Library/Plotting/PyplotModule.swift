import Interpreter
import Plot
import TensorKit

/// `matplotlib.pyplot`: figures and axes drawn by the Plot module. Open figures are shown when
/// `plt.show()` is called or, in the kernel, when the cell ends.
final class PyplotState {
    var figures: [FigureObject] = []
    var current: FigureObject?

    static func of(_ interpreter: Interpreter) -> PyplotState {
        if let state = interpreter.moduleState["pyplot"] as? PyplotState { return state }
        let state = PyplotState()
        interpreter.moduleState["pyplot"] = state
        DisplaySupport.of(interpreter).flushers.append { interpreter in try state.showAll(interpreter) }
        return state
    }

    func newFigure(width: Double = 6.4, height: Double = 4.8) -> FigureObject {
        let figure = FigureObject(Figure(width: width, height: height))
        figures.append(figure)
        current = figure
        return figure
    }

    func currentFigure() -> FigureObject { current ?? newFigure() }

    func currentAxes() -> AxesObject {
        let figure = currentFigure()
        return figure.axes.last ?? figure.addAxes(rows: 1, columns: 1, index: 1)
    }

    func showAll(_ interpreter: Interpreter) throws {
        let pending = figures
        figures = []
        current = nil
        for figure in pending where !figure.axes.isEmpty {
            let png = try Renderer.png(figure.figure)
            interpreter.display(DisplayItem(mimeType: "image/png", data: png, text: "<Figure size \(figure.figure.pixelWidth)x\(figure.figure.pixelHeight) with \(figure.axes.count) Axes>"))
        }
    }
}

final class FigureObject: PyObject {
    let figure: Figure
    var axes: [AxesObject] = []

    init(_ figure: Figure) {
        self.figure = figure
        super.init(type: PyplotModule.figureType)
    }

    @discardableResult
    func addAxes(rows: Int, columns: Int, index: Int) -> AxesObject {
        let a = AxesObject(figure.addAxes(rows: rows, columns: columns, index: index))
        axes.append(a)
        return a
    }
}

final class AxesObject: PyObject {
    let axes: Axes

    init(_ axes: Axes) {
        self.axes = axes
        super.init(type: PyplotModule.axesType)
    }
}

enum PyplotModule {
    /// Numbers from a tensor, array, list or range, or one number (`plt.scatter(-1.5, 2.25)`).
    static func doubles(_ value: Value, _ interpreter: Interpreter) throws -> [Double] {
        if let t = (value.asObject as? PyTensor)?.tensor { return t.doubles() }
        switch value {
        case .int(let n): return [Double(n)]
        case .float(let x): return [x]
        case .bool(let b): return [b ? 1 : 0]
        default: break
        }
        return try interpreter.collect(value).map { item in
            if let t = (item.asObject as? PyTensor)?.tensor { return try TorchErrors.run { try t.item().doubleValue } }
            return try interpreter.doubleArgument(item)
        }
    }

    static func color(_ value: Value) -> (Double, Double, Double)? {
        guard let name = value.stringValue else { return nil }
        let table: [String: (Double, Double, Double)] = [
            "r": (1, 0, 0), "red": (1, 0, 0), "g": (0, 0.5, 0), "green": (0, 0.5, 0), "b": (0, 0, 1), "blue": (0, 0, 1),
            "k": (0, 0, 0), "black": (0, 0, 0), "orange": (1, 0.647, 0), "gray": (0.5, 0.5, 0.5), "grey": (0.5, 0.5, 0.5),
            "purple": (0.5, 0, 0.5), "c": (0, 0.75, 0.75), "m": (0.75, 0, 0.75), "y": (0.75, 0.75, 0),
        ]
        return table[name]
    }

    /// `ax.plot(y)`, `ax.plot(x, y)`, `ax.plot(x, y, 'r-')`.
    static func plot(_ axes: Axes, _ arguments: [Value], _ keywords: PyDict, _ interpreter: Interpreter) throws {
        var numeric = arguments.filter { $0.stringValue == nil }
        let format = arguments.first { $0.stringValue != nil }?.stringValue
        guard !numeric.isEmpty else { return }
        if numeric.count == 1 { numeric.insert(.none, at: 0) }
        let y = try doubles(numeric[1], interpreter)
        let x = numeric[0].isNone ? (0..<y.count).map(Double.init) : try doubles(numeric[0], interpreter)
        let colorValue = keywords["color"] ?? keywords["c"] ?? .none
        let label = keywords["label"]?.stringValue
        let formatColor = format.flatMap { f in f.first.flatMap { color(.str(String($0))) } }
        if let f = format, f.contains("o") || f.contains(".") || f.contains("x"), !f.contains("-") {
            axes.scatter(x: x, y: y, color: color(colorValue) ?? formatColor, label: label)
        } else {
            axes.plot(x: x, y: y, color: color(colorValue) ?? formatColor, label: label)
        }
    }

    /// `imshow(image)` for a 2-D (grey) or H x W x C / C x H x W image.
    static func imshow(_ axes: Axes, _ image: Value, cmap: Value, _ interpreter: Interpreter) throws {
        var t: Tensor
        if let o = image.asObject as? TensorConvertible { t = try o.asTensor() } else { t = try TensorConversions.tensor(image, interpreter) }
        if t.shape.count == 3, t.shape[0] <= 4, t.shape[2] > 4 { t = try TorchErrors.run { try t.permute([1, 2, 0]) } }
        if t.shape.count == 3, t.shape[2] == 1 { t = try TorchErrors.run { try t.squeeze(2) } }
        guard t.shape.count == 2 || t.shape.count == 3 else {
            throw PyException(BuiltinTypes.typeError, "Invalid shape \(Tensor.sizeDescription(t.shape)) for image data")
        }
        let colormap = cmap.stringValue.flatMap(Colormap.named) ?? .greys
        let channels = t.shape.count == 3 ? t.shape[2] : 1
        let contiguous = try TorchErrors.run { try t.contiguous() }
        axes.imshow(values: contiguous.doubles(), height: t.shape[0], width: t.shape[1], channels: channels, colormap: colormap,
                    vmin: t.dtype == .uint8 && channels == 1 ? nil : nil, vmax: nil)
    }

    static let axesType = PyType(builtin: "AxesSubplot", base: BuiltinTypes.object, subclassable: false, module: "matplotlib.axes") { type in
        func axes(_ v: Value) throws -> Axes {
            guard let a = v.asObject as? AxesObject else { throw PyException(BuiltinTypes.typeError, "expected Axes") }
            return a.axes
        }
        type.method("__repr__", "self") { _, a in .str(try axes(a[0]).title.map { "<AxesSubplot: title={'center': '\($0)'}>" } ?? "<AxesSubplot: >") }
        type.method("plot", "self, *args, **kwargs") { i, a in
            try plot(try axes(a[0]), (a[1].asObject as? PyTuple)?.items ?? [], (a[2].asObject as? PyDict) ?? PyDict(), i)
            return .object(PyList([]))
        }
        type.method("scatter", "self, x, y, s=None, c=None, color=None, label=None") { i, a in
            try axes(a[0]).scatter(x: try doubles(a[1], i), y: try doubles(a[2], i), color: color(a[5]) ?? color(a[4]),
                                   size: a[3].isNone ? 20 : try i.doubleArgument(a[3]), label: a[6].stringValue)
            return .none
        }
        type.method("imshow", "self, X, cmap=None, **kwargs") { i, a in
            try imshow(try axes(a[0]), a[1], cmap: a[2], i)
            return .none
        }
        type.method("set_title", "self, label, **kwargs") { i, a in try axes(a[0]).title = try i.str(a[1]); return .none }
        type.method("set_xlabel", "self, label, **kwargs") { i, a in try axes(a[0]).xLabel = try i.str(a[1]); return .none }
        type.method("set_ylabel", "self, label, **kwargs") { i, a in try axes(a[0]).yLabel = try i.str(a[1]); return .none }
        type.method("set_xlim", "self, left=None, right=None") { i, a in
            try axes(a[0]).xLimits = (try i.doubleArgument(a[1]), try i.doubleArgument(a[2]))
            return .none
        }
        type.method("set_ylim", "self, bottom=None, top=None") { i, a in
            try axes(a[0]).yLimits = (try i.doubleArgument(a[1]), try i.doubleArgument(a[2]))
            return .none
        }
        type.method("axis", "self, option=None") { _, a in
            if a[1].stringValue == "off" { try axes(a[0]).showAxis = false }
            if a[1].stringValue == "on" { try axes(a[0]).showAxis = true }
            return .none
        }
        type.method("set_axis_off", "self") { _, a in try axes(a[0]).showAxis = false; return .none }
        type.method("legend", "self, *args, **kwargs") { _, a in try axes(a[0]).showLegend = true; return .none }
    }

    static let figureType = PyType(builtin: "Figure", base: BuiltinTypes.object, subclassable: false, module: "matplotlib.figure") { type in
        type.method("__repr__", "self") { _, a in
            guard let f = a[0].asObject as? FigureObject else { return .str("<Figure>") }
            return .str("<Figure size \(f.figure.pixelWidth)x\(f.figure.pixelHeight) with \(f.axes.count) Axes>")
        }
        type.method("savefig", "self, fname, **kwargs") { i, a in
            guard let f = a[0].asObject as? FigureObject else { return .none }
            let path = try OSModule.pathString(a[1], i)
            guard SourceFiles.write(try Renderer.png(f.figure), to: path) else {
                throw PyException(BuiltinTypes.osError, "cannot write \(path)")
            }
            return .none
        }
        // See pyplot's tight_layout: the renderer already leaves room for labels.
        type.method("tight_layout", "self, *args, **kwargs") { _, _ in .none }
        type.method("suptitle", "self, t, **kwargs") { i, a in
            (a[0].asObject as? FigureObject)?.figure.title = try i.str(a[1])
            return .none
        }
    }

    static func figureSize(_ value: Value, _ interpreter: Interpreter) throws -> (Double, Double)? {
        if value.isNone { return nil }
        let sizes = try doubles(value, interpreter)
        guard sizes.count == 2, sizes[0] > 0, sizes[1] > 0, sizes[0] <= 50, sizes[1] <= 50 else {
            throw PyException(BuiltinTypes.valueError, "figsize must be two positive numbers (inches) no larger than 50")
        }
        return (sizes[0], sizes[1])
    }

    static func make(_ interpreter: Interpreter) throws -> PyModule {
        let state = PyplotState.of(interpreter)
        return interpreter.makeModule("matplotlib.pyplot") { ns in
            ns.function("figure", "num=None, figsize=None, dpi=None") { i, a in
                let size = try figureSize(a[1], i) ?? (6.4, 4.8)
                return .object(state.newFigure(width: size.0, height: size.1))
            }
            ns.function("subplots", "nrows=1, ncols=1, figsize=None, **kwargs") { i, a in
                let rows = try i.intArgument(a[0]), columns = try i.intArgument(a[1])
                guard rows >= 1, columns >= 1, rows * columns <= 400 else { throw PyException(BuiltinTypes.valueError, "bad subplot grid") }
                let size = try figureSize(a[2], i) ?? (6.4, 4.8)
                let figure = state.newFigure(width: size.0, height: size.1)
                var axes: [Value] = []
                for index in 1...(rows * columns) { axes.append(.object(figure.addAxes(rows: rows, columns: columns, index: index))) }
                if axes.count == 1 { return .object(PyTuple([.object(figure), axes[0]])) }
                let grid: Value = rows == 1 || columns == 1 ? .object(PyList(axes))
                    : .object(PyList((0..<rows).map { r in .object(PyList(Array(axes[(r * columns)..<((r + 1) * columns)]))) }))
                return .object(PyTuple([.object(figure), grid]))
            }
            ns.function("gca", "") { _, _ in .object(state.currentAxes()) }
            ns.function("gcf", "") { _, _ in .object(state.currentFigure()) }
            ns.function("plot", "*args, **kwargs") { i, a in
                try plot(state.currentAxes().axes, (a[0].asObject as? PyTuple)?.items ?? [], (a[1].asObject as? PyDict) ?? PyDict(), i)
                return .object(PyList([]))
            }
            ns.function("scatter", "x, y, s=None, c=None, color=None, label=None") { i, a in
                state.currentAxes().axes.scatter(x: try doubles(a[0], i), y: try doubles(a[1], i), color: color(a[4]) ?? color(a[3]),
                                                 size: a[2].isNone ? 20 : try i.doubleArgument(a[2]), label: a[5].stringValue)
                return .none
            }
            ns.function("imshow", "X, cmap=None, **kwargs") { i, a in
                try imshow(state.currentAxes().axes, a[0], cmap: a[1], i)
                return .none
            }
            ns.function("title", "label, **kwargs") { i, a in state.currentAxes().axes.title = try i.str(a[0]); return .none }
            ns.function("xlabel", "label, **kwargs") { i, a in state.currentAxes().axes.xLabel = try i.str(a[0]); return .none }
            ns.function("ylabel", "label, **kwargs") { i, a in state.currentAxes().axes.yLabel = try i.str(a[0]); return .none }
            ns.function("axis", "option=None") { _, a in
                if a[0].stringValue == "off" { state.currentAxes().axes.showAxis = false }
                return .none
            }
            ns.function("legend", "*args, **kwargs") { _, _ in state.currentAxes().axes.showLegend = true; return .none }
            ns.function("show", "*args, **kwargs") { i, _ in
                try state.showAll(i)
                return .none
            }
            ns.function("close", "fig=None") { _, _ in
                state.figures.removeAll()
                state.current = nil
                return .none
            }
            ns.function("savefig", "fname, **kwargs") { i, a in
                let figure = state.currentFigure()
                let path = try OSModule.pathString(a[0], i)
                guard SourceFiles.write(try Renderer.png(figure.figure), to: path) else {
                    throw PyException(BuiltinTypes.osError, "cannot write \(path)")
                }
                return .none
            }
            ns.function("rc", "*args, **kwargs") { _, _ in .none }
            // The renderer always reserves room for ticks, labels and titles around each
            // axes, which is what tight_layout asks matplotlib to do.
            ns.function("tight_layout", "*args, **kwargs") { _, _ in .none }
            ns.function("xlim", "left=None, right=None") { i, a in
                state.currentAxes().axes.xLimits = (try i.doubleArgument(a[0]), try i.doubleArgument(a[1]))
                return .none
            }
            ns.function("ylim", "bottom=None, top=None") { i, a in
                state.currentAxes().axes.yLimits = (try i.doubleArgument(a[0]), try i.doubleArgument(a[1]))
                return .none
            }
        }
    }
}
