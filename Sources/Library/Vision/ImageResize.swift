import Interpreter
import TensorKit

/// `Image.resize(size, resample=None, box=None, reducing_gap=None)`: Pillow's argument handling
/// (its Python `Image.resize` and C `_resize`), in Pillow's order, in front of `ImageResampling`.
enum ImageResize {
    static func resize(_ image: ImageObject, size sizeValue: Value, resample: Value, box boxValue: Value,
                       reducingGap: Value, interpreter i: Interpreter, premultiplied: Bool = false) throws -> Tensor {
        let filter = try self.filter(resample, i)
        var gap: Double?
        if !reducingGap.isNone {
            gap = try i.doubleArgument(reducingGap)
            if let gap, gap < 1.0 { throw PyException(BuiltinTypes.valueError, "reducing_gap must be 1.0 or greater") }
        }
        let size = try TensorConversions.intList(sizeValue, i)
        guard size.count == 2 else { throw PyException(BuiltinTypes.valueError, "resize: size must be (width, height)") }
        // Pillow returns a copy before looking at anything else when nothing changes; a box
        // given as anything but the tuple (0, 0, width, height) does not compare equal.
        let wholeImage = [image.width, image.height]
        if size == wholeImage {
            if boxValue.isNone { return try TorchErrors.run { try image.pixels.clone() } }
            if let tuple = boxValue.asObject as? PyTuple, tuple.items.count == 4,
               try zip(tuple.items, [0, 0, image.width, image.height]).allSatisfy({ try i.equals($0.0, .int($0.1)) }) {
                return try TorchErrors.run { try image.pixels.clone() }
            }
        }
        // Pillow resamples images with alpha premultiplied, so transparent pixels lend no colour.
        // (Pillow's "RGBa"/"La" modes; here the same tensor shapes, marked by `premultiplied`.)
        if filter != .nearest && !premultiplied && (image.mode == "LA" || image.mode == "RGBA") {
            let scaled = ImageObject(pixels: try ImageResampling.premultiply(image.pixels))
            let resized = try resize(scaled, size: sizeValue, resample: resample, box: boxValue, reducingGap: reducingGap,
                                     interpreter: i, premultiplied: true)
            return try ImageResampling.unpremultiply(resized)
        }
        let box = try self.box(boxValue, image, i)
        if let gap, filter != .nearest {
            // Pillow first shrinks by an integer factor with `Image.reduce` when the box is at
            // least twice `reducing_gap` times the target; that reduction is not implemented.
            let factorX = Int(Double(box.right - box.left) / Double(size[0]) / gap)
            let factorY = Int(Double(box.bottom - box.top) / Double(size[1]) / gap)
            if factorX > 1 || factorY > 1 {
                throw PyException(BuiltinTypes.notImplementedError, "resize: reducing_gap that reduces the image first is not supported")
            }
        }
        // Pillow reads the size as C ints, then refuses an empty image.
        if size.contains(where: { $0 > Int(Int32.max) }) { throw PyException(BuiltinTypes.overflowError, "signed integer is greater than maximum") }
        if size.contains(where: { $0 < Int(Int32.min) }) { throw PyException(BuiltinTypes.overflowError, "signed integer is less than minimum") }
        guard size[0] > 0, size[1] > 0 else { throw PyException(BuiltinTypes.valueError, "height and width must be > 0") }
        return try ImageResampling.resize(image.pixels, width: size[0], height: size[1], filter: filter, box: box)
    }

    /// `resample`: None is BICUBIC; anything that is not one of Pillow's filters is its ValueError.
    static func filter(_ value: Value, _ i: Interpreter) throws -> ResamplingFilter {
        if value.isNone { return .bicubic }
        if case .float(let d) = value, ResamplingFilter(rawValue: Int(exactly: d) ?? -1) != nil {
            // Equal to a filter, so Pillow's Python accepts it; its C core then wants an int.
            throw PyException(BuiltinTypes.typeError, "'float' object cannot be interpreted as an integer")
        }
        // Pillow tests membership by equality and then reads an int, so bools, IntEnum members
        // and anything else with `__index__` that equals a filter number are accepted.
        if let n = try i.indexValue(value), let filter = ResamplingFilter(rawValue: n) { return filter }
        let names = ResamplingFilter.messageOrder.map { "Image.Resampling.\($0.1) (\($0.0.rawValue))" }
        throw PyException(BuiltinTypes.valueError,
                          "Unknown resampling filter (\(try i.str(value))). Use \(names.dropLast().joined(separator: ", ")) or \(names.last ?? "")")
    }

    /// `box`: four numbers that Pillow's C core reads as single-precision floats.
    static func box(_ value: Value, _ image: ImageObject, _ i: Interpreter) throws -> ImageResampling.Box {
        if value.isNone {
            return ImageResampling.Box(left: 0, top: 0, right: Float(image.width), bottom: Float(image.height))
        }
        let items = try i.collect(value)
        guard items.count == 4 else {
            throw PyException(BuiltinTypes.typeError, "argument 3 must be sequence of length 4, not \(items.count)")
        }
        let v = try items.map { Float(try i.doubleArgument($0)) }
        return ImageResampling.Box(left: v[0], top: v[1], right: v[2], bottom: v[3])
    }
}
