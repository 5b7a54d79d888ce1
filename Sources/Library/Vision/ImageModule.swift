import Foundation
import Interpreter
import TensorKit

/// A PIL-style image: 8-bit pixels, H x W (mode "L") or H x W x C ("LA", "RGB", "RGBA").
final class ImageObject: PyObject, TensorConvertible {
    let pixels: Tensor
    let mode: String
    let format: String?
    let path: String?

    init(pixels: Tensor, format: String? = nil, path: String? = nil) {
        self.pixels = pixels
        let channels = pixels.shape.count == 3 ? pixels.shape[2] : 1
        self.mode = [1: "L", 2: "LA", 3: "RGB", 4: "RGBA"][channels] ?? "L"
        self.format = format
        self.path = path
        super.init(type: ImageModule.imageType)
    }

    var width: Int { pixels.shape.count >= 2 ? pixels.shape[1] : 0 }
    var height: Int { pixels.shape.first ?? 0 }

    func asTensor() throws -> Tensor { pixels }

    func png() throws -> [UInt8] { try TorchErrors.run { try PNGCodec.encode(pixels) } }
}

/// `PIL.Image`: open PNG files, convert between modes, resize, and show in outputs.
enum ImageModule {
    static let imageType = PyType(builtin: "PngImageFile", base: BuiltinTypes.object, subclassable: false, module: "PIL.PngImagePlugin") { type in
        func image(_ v: Value) throws -> ImageObject {
            guard let o = v.asObject as? ImageObject else { throw PyException(BuiltinTypes.typeError, "expected a PIL Image, got \(v.typeName)") }
            return o
        }
        type.property("size") { _, v in let o = try image(v); return .object(PyTuple([.int(o.width), .int(o.height)])) }
        type.property("width") { _, v in .int(try image(v).width) }
        type.property("height") { _, v in .int(try image(v).height) }
        type.property("mode") { _, v in .str(try image(v).mode) }
        type.property("format") { _, v in try image(v).format.map { .str($0) } ?? .none }
        type.property("shape") { _, v in TorchTypes.makeSize(try image(v).pixels.shape) }
        type.method("__repr__", "self") { i, a in
            let o = try image(a[0])
            // Pillow's Image is a Python class that fastai patches (`Image.Image.__repr__`, to
            // leave the address out); this native type is immutable, so a patch is kept in the
            // session's PIL.Image module as `_image_repr`.
            if let patched = i.modules["PIL.Image"]?.namespace["_image_repr"], !patched.isNone {
                return try i.call(patched, Arguments([a[0]]))
            }
            // Pillow writes the address as `0x{id(self):X}`: upper-case digits, no padding.
            let address = String(UInt(bitPattern: Unmanaged.passUnretained(o).toOpaque()), radix: 16, uppercase: true)
            return .str("<PIL.PngImagePlugin.PngImageFile image mode=\(o.mode) size=\(o.width)x\(o.height) at 0x\(address)>")
        }
        type.method("convert", "self, mode") { i, a in
            let o = try image(a[0])
            let target = try i.stringArgument(a[1])
            return .object(ImageObject(pixels: try TorchErrors.run { try ImageConversion.convert(o.pixels, to: target) }))
        }
        type.method("resize", "self, size, resample=None") { i, a in
            let o = try image(a[0])
            let size = try TensorConversions.intList(a[1], i)
            guard size.count == 2 else { throw PyException(BuiltinTypes.valueError, "resize: size must be (width, height)") }
            // Pillow reads the size as C ints, then refuses an empty image.
            if size.contains(where: { $0 > Int(Int32.max) }) { throw PyException(BuiltinTypes.overflowError, "signed integer is greater than maximum") }
            guard size[0] > 0, size[1] > 0 else { throw PyException(BuiltinTypes.valueError, "height and width must be > 0") }
            return .object(ImageObject(pixels: try TorchErrors.run { try ImageConversion.resize(o.pixels, width: size[0], height: size[1]) }))
        }
        type.method("save", "self, fp, format=None") { i, a in
            let o = try image(a[0])
            let path = try OSModule.pathString(a[1], i)
            try TorchErrors.run { try PNGCodec.write(o.pixels, path: path) }
            return .none
        }
        type.method("show", "self") { i, a in
            i.display(DisplayItem(mimeType: "image/png", data: try image(a[0]).png(), text: "<image>"))
            return .none
        }
        type.method("_repr_png_", "self") { _, a in .object(PyBytes(try image(a[0]).png())) }
        type.method("__array__", "self") { _, a in .object(PyTensor(try image(a[0]).pixels, type: ArrayTypes.ndarray)) }
    }

    static func make(_ interpreter: Interpreter) throws -> PyModule {
        try interpreter.makeModule("PIL.Image") { ns in
            ns["Image"] = .object(imageType)
            ns.function("open", "fp, mode='r'") { i, a in
                .object(try ImageModule.open(try OSModule.pathString(a[0], i), interpreter: i))
            }
            // Pillow's limit: twice this many pixels is a DecompressionBombError; None disables it.
            ns["MAX_IMAGE_PIXELS"] = .int(1024 * 1024 * 1024 / 4 / 3)
            let errors = Value.object(try interpreter.importModule("PIL._errors", returnTopLevel: false))
            ns["DecompressionBombError"] = try interpreter.getAttribute(errors, "DecompressionBombError")
            ns["DecompressionBombWarning"] = try interpreter.getAttribute(errors, "DecompressionBombWarning")
            ns["UnidentifiedImageError"] = try interpreter.getAttribute(
                .object(try interpreter.importModule("PIL", returnTopLevel: false)), "UnidentifiedImageError")
            ns.function("fromarray", "obj, mode=None") { i, a in
                let t = try TensorConversions.tensor(a[0], i)
                return .object(ImageObject(pixels: try TorchErrors.run { try t.to(.uint8).contiguous() }))
            }
            ns.function("new", "mode, size, color=0") { i, a in
                let mode = try i.stringArgument(a[0])
                let size = try TensorConversions.intList(a[1], i)
                let channels = ["L": 1, "LA": 2, "RGB": 3, "RGBA": 4][mode] ?? 1
                let shape = channels == 1 ? [size[1], size[0]] : [size[1], size[0], channels]
                let value = TensorConversions.scalar(a[2]) ?? .int(0)
                return .object(ImageObject(pixels: try TorchErrors.run { try Tensor.full(shape, value, dtype: .uint8) }))
            }
        }
    }

    /// `Image.open(path)`: the decoded file, or Pillow's error for a missing or unreadable one.
    static func open(_ path: String, interpreter: Interpreter) throws -> ImageObject {
        guard FileManager.default.fileExists(atPath: path) else {
            let exception = PyException(type: BuiltinTypes.fileNotFoundError, args: [.int(2), .str("No such file or directory")])
            exception.attributes["_message"] = .str("[Errno 2] No such file or directory: \(Formatting.quoteString(path))")
            throw exception
        }
        try checkHeader(path, interpreter: interpreter)
        let pixels = try TorchErrors.run { try PNGCodec.read(path: path) }
        return ImageObject(pixels: pixels, format: "PNG", path: path)
    }

    /// Looks at the first bytes only, as Pillow does: a file that is not a PNG (a device such as
    /// /dev/zero, which would never end) is `UnidentifiedImageError`, and an image whose header
    /// claims more than twice `MAX_IMAGE_PIXELS` pixels is `DecompressionBombError`, before its
    /// pixels are allocated.
    static func checkHeader(_ path: String, interpreter: Interpreter) throws {
        let header = FileHandle(forReadingAtPath: path).map { handle -> [UInt8] in
            defer { try? handle.close() }
            return [UInt8]((try? handle.read(upToCount: 24)) ?? Data())
        } ?? []
        let namespace = interpreter.modules["PIL.Image"]?.namespace
        func raise(_ name: String, _ message: String) throws -> Never {
            let type = try interpreter.getAttribute(.object(try interpreter.importModule("PIL.Image", returnTopLevel: false)), name)
            guard case .object(let exception as PyException) = try interpreter.call(type, Arguments([.str(message)])) else {
                throw PyException(BuiltinTypes.osError, message)
            }
            throw exception
        }
        guard PNGCodec.hasSignature(header) else {
            try raise("UnidentifiedImageError", "cannot identify image file \(Formatting.quoteString(path))")
        }
        guard let size = PNGCodec.imageSize(header), case .int(let limit) = namespace?["MAX_IMAGE_PIXELS"] ?? .none else { return }
        let (pixels, overflow) = size.width.multipliedReportingOverflow(by: size.height)
        if overflow || pixels > 2 * limit {
            try raise("DecompressionBombError",
                      "Image size (\(pixels) pixels) exceeds limit of \(2 * limit) pixels, could be decompression bomb DOS attack.")
        }
        if pixels > limit {
            // Pillow warns (warnings.warn) between the limit and twice it, and opens the image.
            interpreter.standardError("PIL/Image.py: DecompressionBombWarning: Image size (\(pixels) pixels) exceeds limit of \(limit) pixels, could be decompression bomb DOS attack.\n")
        }
    }

    /// `im` as the value of a cell shows the picture.
    static func renderer(_ interpreter: Interpreter, _ value: Value) throws -> [DisplayItem]? {
        guard let image = value.asObject as? ImageObject else { return nil }
        return [DisplayItem(mimeType: "image/png", data: try image.png(), text: try interpreter.repr(value))]
    }
}

/// Mode conversion and nearest-neighbour resizing of 8-bit images.
enum ImageConversion {
    static func convert(_ pixels: Tensor, to mode: String) throws -> Tensor {
        let channels = pixels.shape.count == 3 ? pixels.shape[2] : 1
        let rgb: Tensor
        switch channels {
        case 1: rgb = try pixels.unsqueeze(2).expand([pixels.shape[0], pixels.shape[1], 3])
        case 2: rgb = try pixels.narrow(2, 0, 1).expand([pixels.shape[0], pixels.shape[1], 3])
        default: rgb = try pixels.narrow(2, 0, 3)
        }
        switch mode {
        case "RGB": return try rgb.contiguous()
        case "RGBA":
            let alpha = channels == 4 || channels == 2 ? try pixels.narrow(2, channels - 1, 1)
                : try Tensor.full([pixels.shape[0], pixels.shape[1], 1], .int(255), dtype: .uint8)
            return try Tensor.cat([try rgb.contiguous(), try alpha.contiguous()], dim: 2)
        case "L":
            if channels == 1 { return pixels }
            // ITU-R 601-2 luma, as PIL computes it: L = R*299/1000 + G*587/1000 + B*114/1000.
            let weights = try Tensor([299.0, 587.0, 114.0])
            let luma = try rgb.to(.float64).matmul(weights).div(.float(1000)).floor()
            return try luma.to(.uint8)
        default:
            throw TensorError(.value, "conversion to mode '\(mode)' is not supported")
        }
    }

    static func resize(_ pixels: Tensor, width: Int, height: Int) throws -> Tensor {
        let sourceHeight = pixels.shape[0], sourceWidth = pixels.shape[1]
        // The result is allocated first: a size too large for memory is an allocation error
        // before any index list of that length is made.
        let channels = pixels.rank > 2 ? pixels.shape[2] : 1
        _ = try Tensor.empty([height, width, channels], dtype: pixels.dtype)
        let rows = try Tensor((0..<height).map { min(sourceHeight - 1, $0 * sourceHeight / height) })
        let columns = try Tensor((0..<width).map { min(sourceWidth - 1, $0 * sourceWidth / width) })
        return try pixels.index([.tensor(rows)]).index([.slice(start: nil, stop: nil, step: nil), .tensor(columns)]).contiguous()
    }
}
