import Interpreter
import Plot
import TensorKit

/// `_tessera_vision`: fastai's `show_image` and `show_images`, drawn with pyplot figures.
enum VisionModule {
    /// An image value as a tensor ready for imshow: tensors, arrays and PIL images; CHW colour
    /// tensors are moved to HWC as fastai does.
    static func imageTensor(_ value: Value, _ interpreter: Interpreter) throws -> Tensor {
        var t: Tensor
        if let o = value.asObject as? TensorConvertible { t = try o.asTensor() } else { t = try TensorConversions.tensor(value, interpreter) }
        if t.shape.count == 3, t.shape[0] <= 4, t.shape[2] > 4 { t = try TorchErrors.run { try t.permute([1, 2, 0]) } }
        return t
    }

    static func show(_ value: Value, figsize: Value, title: Value, cmap: Value, on axesObject: AxesObject, _ interpreter: Interpreter) throws {
        let axes = axesObject.axes
        axes.showAxis = false
        if !title.isNone { axes.title = try interpreter.str(title) }
        try PyplotModule.imshow(axes, .object(PyTensor(try imageTensor(value, interpreter))), cmap: cmap.isNone ? .str("Greys") : cmap, interpreter)
    }

    static func make(_ interpreter: Interpreter) throws -> PyModule {
        let state = PyplotState.of(interpreter)
        return interpreter.makeModule("_tessera_vision") { ns in
            ns.function("show_image", "im, figsize=None, title=None, cmap=None") { i, a in
                let size = try PyplotModule.figureSize(a[1], i) ?? (3, 3)
                let figure = state.newFigure(width: size.0, height: size.1)
                let axes = figure.addAxes(rows: 1, columns: 1, index: 1)
                try show(a[0], figsize: a[1], title: a[2], cmap: a[3], on: axes, i)
                return .object(axes)
            }
            ns.function("show_images", "ims, nrows=1, ncols=None, titles=None, figsize=None, cmap=None") { i, a in
                let images = try i.collect(a[0])
                guard !images.isEmpty else { return .none }
                let rows = max(1, try i.intArgument(a[1]))
                let columns = a[2].isNone ? (images.count + rows - 1) / rows : try i.intArgument(a[2])
                let titles = a[3].isNone ? [] : try i.collect(a[3])
                let size = try PyplotModule.figureSize(a[4], i) ?? (Double(columns) * 3, Double(rows) * 3)
                let figure = state.newFigure(width: size.0, height: size.1)
                for (index, image) in images.enumerated() where index < rows * columns {
                    let axes = figure.addAxes(rows: rows, columns: columns, index: index + 1)
                    try show(image, figsize: .none, title: index < titles.count ? titles[index] : .none, cmap: a[5], on: axes, i)
                }
                return .none
            }
        }
    }
}
