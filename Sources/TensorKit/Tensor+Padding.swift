/// `F.pad(input, pad, mode='constant', value)`: widens (or, with negative amounts, crops) the
/// last dimensions, filling new elements with `value`; recorded as `ConstantPadNdBackward0`,
/// whose gradient is the same padding negated.
extension Tensor {
    /// `pad` lists (before, after) amounts starting from the last dimension, as PyTorch takes them.
    public func constantPad(_ pad: [Int], value: Scalar = .int(0)) throws -> Tensor {
        if pad.count % 2 != 0 { throw TensorError.runtime("Padding length must be divisible by 2") }
        if pad.count / 2 > rank {
            throw TensorError.runtime("Padding length should be less than or equal to two times the input dimension but got padding length \(pad.count) and input of dimension \(rank)")
        }
        var outShape = shape
        for k in 0..<(pad.count / 2) {
            let d = rank - 1 - k
            let size = shape[d] &+ pad[2 * k] &+ pad[2 * k + 1]
            if size < 0 {
                throw TensorError.runtime("The input size \(shape[d]), plus negative padding \(pad[2 * k]) and \(pad[2 * k + 1]) resulted in a negative output size, which is invalid. Check dimension \(d) of your input.")
            }
            outShape[d] = size
        }
        let out = try Tensor.full(outShape, value, dtype: dtype)
        // The part of the input that survives, and where it lands.
        var source = detach(), target = out
        for k in 0..<(pad.count / 2) {
            let d = rank - 1 - k
            let before = pad[2 * k]
            let sourceStart = Swift.max(0, -before), targetStart = Swift.max(0, before)
            let length = Swift.min(shape[d] - sourceStart, outShape[d] - targetStart)
            if length <= 0 { return Autograd.record(.constantPad(pad), out, self) }
            source = source.plainSlice(d, start: sourceStart, length: length)
            target = target.plainSlice(d, start: targetStart, length: length)
        }
        _ = try target.copy_(source)
        return Autograd.record(.constantPad(pad), out, self)
    }
}
