/// `torch.histc(input, bins, min, max)`: counts of the elements in `bins` equal-width bins
/// over [min, max] (the data's own range when both are 0), as a float tensor of the input's dtype.
extension Tensor {
    public func histc(bins: Int, min lower: Double, max upper: Double) throws -> Tensor {
        if bins <= 0 { throw TensorError.runtime("torch.histogram(): bins must be > 0, but got \(bins) for dimension 0") }
        // The counts are built before the result: a huge `bins` is PyTorch's allocator error.
        let (countBytes, overflow) = bins.multipliedReportingOverflow(by: MemoryLayout<Double>.stride)
        if overflow || countBytes > Storage.allocationLimit { throw Storage.allocationError(overflow ? Int.max : countBytes) }
        if !dtype.isFloatingPoint { throw TensorError.notImplemented("\"histogram_cpu\" not implemented for '\(dtype.scalarTypeName)'") }
        let values = try to(.float64).contiguous()
        let data = UnsafeBufferPointer(start: values.typedPointer(Double.self), count: values.count)
        var left = lower, right = upper
        if left == right, !data.isEmpty {
            left = data.min() ?? 0
            right = data.max() ?? 0
        }
        if left == right {
            left -= 1
            right += 1
        }
        if left > right { throw TensorError.runtime("torch.histc: max must be larger than min") }
        if !left.isFinite || !right.isFinite {
            throw TensorError.runtime("torch.histc: range of [\(left), \(right)] is not finite")
        }
        // PyTorch computes the bin in the input's precision: (x - min) * bins / (max - min).
        let single = dtype == .float32
        var counts = [Double](repeating: 0, count: bins)
        for x in data where x >= left && x <= right {
            var position: Int
            if single {
                let f = (Float(x) - Float(left)) * Float(bins) / (Float(right) - Float(left))
                position = Int(f)
            } else {
                position = Int((x - left) * Double(bins) / (right - left))
            }
            if position >= bins { position = bins - 1 }
            if position < 0 { position = 0 }
            counts[position] += 1
        }
        withExtendedLifetime(values) {}
        return try Tensor.fromDoubles(counts, dtype: dtype)
    }
}
