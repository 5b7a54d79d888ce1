import Interpreter
import Kernel
import TensorKit

/// Saves PIL images in workspace files as their pixels (height, width, channels and the 8-bit
/// samples), the format they were read in and the file they came from: an image a learner opened
/// comes back without the file being read again (it may have moved or changed).
///
/// The tag and the payload layout are part of the workspace file format: files written by
/// earlier versions must keep loading, so neither changes.
struct ImageSerializer: WorkspaceSerializer {
    let tag = "PIL.Image/1"

    func canEncode(_ value: Value) -> Bool { value.asObject is ImageObject }

    func encode(_ value: Value, to encoder: WorkspaceEncoder) throws {
        guard let image = value.asObject as? ImageObject else { return }
        let pixels = image.pixels
        encoder.writeInt(pixels.shape.count)
        for size in pixels.shape { encoder.writeInt(size) }
        try pixels.withContiguousBytes { encoder.writeBytes($0) }
        try encoder.writeValue(image.format.map { .str($0) } ?? .none)
        try encoder.writeValue(image.path.map { .str($0) } ?? .none)
    }

    func decode(from decoder: WorkspaceDecoder) throws -> Value {
        let rank = try decoder.readInt()
        guard rank == 2 || rank == 3 else { throw WorkspaceUnsupportedValue("a saved image has a bad shape") }
        var shape: [Int] = []
        for _ in 0..<rank { shape.append(try decoder.readInt()) }
        guard rank == 2 || (1...4).contains(shape[2]) else {
            throw WorkspaceUnsupportedValue("a saved image has \(shape[2]) channels")
        }
        let pixels = try decoder.withBytes { raw in try Tensor(rawBytes: raw, shape: shape, dtype: .uint8) }
        let format = try decoder.readValue().stringValue
        let path = try decoder.readValue().stringValue
        return .object(ImageObject(pixels: pixels, format: format, path: path))
    }
}
