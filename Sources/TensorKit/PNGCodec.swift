import CPNG

/// PNG decoding and encoding through libpng's simplified API (which reports errors instead of
/// longjmp-ing, so corrupt files become Swift errors).
///
/// Decoding gives a uint8 tensor: H x W for grayscale, H x W x 2 for gray+alpha, H x W x 3 for
/// RGB and H x W x 4 for RGBA. Palette images expand to RGB (RGBA when they have transparency).
/// 16-bit images are treated as sRGB-encoded (no gamma change) and scaled to 8 bits with
/// rounding, v8 = round(v16 / 257) — where Pillow would keep 16-bit "I;16" data.
public enum PNGCodec {
    /// Decodes PNG bytes; `name` (a path) appears in error messages.
    public static func decode(_ bytes: [UInt8], name: String = "<memory>") throws -> Tensor {
        guard hasSignature(bytes) else {
            throw TensorError.io("\(name): not a PNG file (bad signature)")
        }
        var image = png_image()
        image.version = UInt32(PNG_IMAGE_VERSION)
        let begun = bytes.withUnsafeBytes { raw in
            png_image_begin_read_from_memory(&image, raw.baseAddress, raw.count)
        }
        guard begun != 0 else { throw failure(&image, name) }
        let hasAlpha = image.format & UInt32(PNG_FORMAT_FLAG_ALPHA) != 0
        let isColor = image.format & UInt32(PNG_FORMAT_FLAG_COLOR) != 0
        let channels = (isColor ? 3 : 1) + (hasAlpha ? 1 : 0)
        image.format = (isColor ? UInt32(PNG_FORMAT_FLAG_COLOR) : 0) | (hasAlpha ? UInt32(PNG_FORMAT_FLAG_ALPHA) : 0)
        image.flags |= UInt32(PNG_IMAGE_FLAG_16BIT_sRGB)
        let width = Int(image.width), height = Int(image.height)
        let shape = channels == 1 ? [height, width] : [height, width, channels]
        let out: Tensor
        do {
            out = try Tensor(uninitializedShape: shape, dtype: .uint8)
        } catch {
            png_image_free(&image)
            throw error
        }
        let finished = bytes.withUnsafeBytes { _ in
            png_image_finish_read(&image, nil, out.dataPointer, Int32(width * channels), nil)
        }
        guard finished != 0 else { throw failure(&image, name) }
        return out
    }

    /// Whether `header` starts with the PNG signature.
    public static func hasSignature(_ header: [UInt8]) -> Bool {
        header.count >= 8 && Array(header[0..<8]) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    }

    /// Width and height from the IHDR chunk in the first 24 bytes of a PNG, without decoding:
    /// what a caller needs to refuse a decompression bomb before allocating its pixels.
    public static func imageSize(_ header: [UInt8]) -> (width: Int, height: Int)? {
        guard hasSignature(header), header.count >= 24, Array(header[12..<16]) == Array("IHDR".utf8) else { return nil }
        func bigEndian(_ at: Int) -> Int { header[at..<(at + 4)].reduce(0) { $0 << 8 | Int($1) } }
        return (bigEndian(16), bigEndian(20))
    }

    /// Reads and decodes a PNG file.
    public static func read(path: String) throws -> Tensor {
        try decode(try FileBytes.read(path), name: path)
    }

    /// Encodes a uint8 tensor (H x W, or H x W x C with C in 1...4) as an 8-bit PNG.
    public static func encode(_ tensor: Tensor) throws -> [UInt8] {
        guard tensor.dtype == .uint8 else {
            throw TensorError.type("PNG encoding needs a uint8 tensor, got \(tensor.dtype)")
        }
        let channels: Int
        switch tensor.rank {
        case 2: channels = 1
        case 3 where (1...4).contains(tensor.shape[2]): channels = tensor.shape[2]
        default:
            throw TensorError.value("PNG encoding needs an H x W or H x W x C (C = 1...4) tensor, got shape \(Shape.describe(tensor.shape))")
        }
        let height = tensor.shape[0], width = tensor.shape[1]
        if width == 0 || height == 0 { throw TensorError.value("cannot encode an empty image as PNG") }
        if width > 1 << 24 || height > 1 << 24 { throw TensorError.value("image of \(height) x \(width) is too large for PNG") }
        let pixels = try Elementwise.cast(tensor.isContiguous ? tensor : try Elementwise.contiguousCopy(tensor), to: .uint8)
        var image = png_image()
        image.version = UInt32(PNG_IMAGE_VERSION)
        image.width = UInt32(width)
        image.height = UInt32(height)
        switch channels {
        case 1: image.format = UInt32(PNG_FORMAT_GRAY)
        case 2: image.format = UInt32(PNG_FORMAT_GA)
        case 3: image.format = UInt32(PNG_FORMAT_RGB)
        default: image.format = UInt32(PNG_FORMAT_FLAG_COLOR | PNG_FORMAT_FLAG_ALPHA)
        }
        var size: Int = 0
        // First call measures, second writes.
        guard png_image_write_to_memory(&image, nil, &size, 0, pixels.dataPointer, Int32(width * channels), nil) != 0 else {
            throw failure(&image, "<png encoder>")
        }
        var out = [UInt8](repeating: 0, count: size)
        let ok = out.withUnsafeMutableBytes { raw in
            png_image_write_to_memory(&image, raw.baseAddress, &size, 0, pixels.dataPointer, Int32(width * channels), nil)
        }
        withExtendedLifetime(pixels) {}
        guard ok != 0 else { throw failure(&image, "<png encoder>") }
        return Array(out.prefix(size))
    }

    /// Encodes and writes a PNG file.
    public static func write(_ tensor: Tensor, path: String) throws {
        try FileBytes.write(try encode(tensor), to: path)
    }

    private static func failure(_ image: inout png_image, _ name: String) -> TensorError {
        let message = withUnsafeBytes(of: image.message) { raw -> String in
            let bytes = raw.prefix { $0 != 0 }
            return String(decoding: bytes, as: UTF8.self)
        }
        png_image_free(&image)
        return TensorError.io("\(name): invalid PNG data (\(message.isEmpty ? "libpng error" : message))")
    }
}
