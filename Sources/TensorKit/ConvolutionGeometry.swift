/// The sizes of one 2-d convolution, checked the way PyTorch checks them.
///
/// Everything a kernel or a derivative needs is here, so the backward pass can rebuild the same
/// im2col layout from the saved input and weight without re-validating anything.
struct ConvolutionGeometry: Equatable {
    var batch: Int
    var inChannels: Int
    var inHeight: Int
    var inWidth: Int
    var outChannels: Int
    var kernelHeight: Int
    var kernelWidth: Int
    var strideH: Int
    var strideW: Int
    var padH: Int
    var padW: Int
    var dilationH: Int
    var dilationW: Int
    var groups: Int
    var outHeight: Int
    var outWidth: Int

    /// Input channels one group reads.
    var groupInChannels: Int { inChannels / groups }
    /// Output channels one group writes.
    var groupOutChannels: Int { outChannels / groups }
    /// Rows of one group's im2col matrix (the GEMM's inner dimension).
    var groupPatch: Int { groupInChannels * kernelHeight * kernelWidth }
    /// Output positions per image (the GEMM's column count).
    var outPlane: Int { outHeight * outWidth }
    var inPlane: Int { inHeight * inWidth }
    /// The input row that kernel row `ki` reads for output row 0 (negative in the top padding).
    func kernelRowOffset(_ ki: Int) -> Int { ki &* dilationH &- padH }

    /// A 1x1 kernel with unit stride and no padding reads the input itself as its im2col matrix.
    var isPointwise: Bool {
        kernelHeight == 1 && kernelWidth == 1 && strideH == 1 && strideW == 1 && padH == 0 && padW == 0
    }

    var inputShape: [Int] { [batch, inChannels, inHeight, inWidth] }
    var outputShape: [Int] { [batch, outChannels, outHeight, outWidth] }
    var weightShape: [Int] { [outChannels, groupInChannels, kernelHeight, kernelWidth] }

    /// Expands an `int or (int, int)` argument as PyTorch's conv2d does.
    static func pair(_ values: [Int], _ name: String) throws -> (Int, Int) {
        switch values.count {
        case 1: return (values[0], values[0])
        case 2: return (values[0], values[1])
        default:
            throw TensorError.runtime("expected \(name) to be a single integer value or a list of 2 values to match the convolution dimensions, but got \(name)=\(Shape.describe(values))")
        }
    }

    /// Validates `input` (4-d, batched) against `weight` and `bias` in PyTorch's order and with
    /// its messages, and computes the output size.
    init(input: [Int], weight: [Int], bias: [Int]?, stride: [Int], padding: [Int], dilation: [Int], groups: Int) throws {
        let (sh, sw) = try ConvolutionGeometry.pair(stride, "stride")
        let (ph, pw) = try ConvolutionGeometry.pair(padding, "padding")
        let (dh, dw) = try ConvolutionGeometry.pair(dilation, "dilation")
        if groups <= 0 { throw TensorError.runtime("non-positive groups is not supported") }
        if ph < 0 || pw < 0 { throw TensorError.runtime("negative padding is not supported") }
        if sh <= 0 || sw <= 0 { throw TensorError.runtime("non-positive stride is not supported") }
        if dh <= 0 || dw <= 0 { throw TensorError.runtime("dilation should be greater than zero, but got \(Shape.describe([dh, dw]))") }
        if weight.count != 4 {
            // PyTorch picks the convolution's dimensionality from the weight, then finds the
            // two-value stride does not fit it.
            throw TensorError.runtime("expected stride to be a single integer value or a list of \(Swift.max(weight.count - 2, 0)) values to match the convolution dimensions, but got stride=\(Shape.describe([sh, sw]))")
        }
        if weight.count != input.count {
            throw TensorError.runtime("Expected \(weight.count)-dimensional input for \(weight.count)-dimensional weight \(Shape.describe(weight)), but got \(input.count)-dimensional input of size \(Shape.describe(input)) instead")
        }
        if weight[0] < groups {
            throw TensorError.runtime("Given groups=\(groups), expected weight to be at least \(groups) at dimension 0, but got weight of size \(Shape.describe(weight)) instead")
        }
        if weight[0] % groups != 0 {
            // PyTorch's message really prints the size in double brackets here.
            throw TensorError.runtime("Given groups=\(groups), expected weight to be divisible by \(groups) at dimension 0, but got weight of size [\(Shape.describe(weight))] instead")
        }
        let (expectedChannels, overflowC) = weight[1].multipliedReportingOverflow(by: groups)
        if overflowC || input[1] != expectedChannels {
            throw TensorError.runtime("Given groups=\(groups), weight of size \(Shape.describe(weight)), expected input\(Shape.describe(input)) to have \(expectedChannels) channels, but got \(input[1]) channels instead")
        }
        if let b = bias, b.count != 1 || b[0] != weight[0] {
            throw TensorError.runtime("Given weight of size \(Shape.describe(weight)), expected bias to be 1-dimensional with \(weight[0]) elements, but got bias of size \(Shape.describe(b)) instead")
        }
        // Sizes are computed with overflow checks: padding and dilation come straight from the user.
        func checked(_ body: () -> (Int, Bool)) throws -> Int {
            let (v, overflow) = body()
            if overflow { throw TensorError.runtime("convolution arguments are too large (integer overflow)") }
            return v
        }
        let padded = try [(input[2], ph), (input[3], pw)].map { size, pad -> Int in
            let twice = try checked { pad.multipliedReportingOverflow(by: 2) }
            return try checked { size.addingReportingOverflow(twice) }
        }
        let effective = try [(weight[2], dh), (weight[3], dw)].map { k, d -> Int in
            let span = try checked { d.multipliedReportingOverflow(by: k - 1) }
            return try checked { span.addingReportingOverflow(1) }
        }
        if padded[0] < effective[0] || padded[1] < effective[1] {
            throw TensorError.runtime("Calculated padded input size per channel: (\(padded[0]) x \(padded[1])). Kernel size: (\(effective[0]) x \(effective[1])). Kernel size can't be greater than actual input size")
        }
        batch = input[0]
        inChannels = input[1]
        inHeight = input[2]
        inWidth = input[3]
        outChannels = weight[0]
        kernelHeight = weight[2]
        kernelWidth = weight[3]
        strideH = sh
        strideW = sw
        padH = ph
        padW = pw
        dilationH = dh
        dilationW = dw
        self.groups = groups
        outHeight = (padded[0] - effective[0]) / sh + 1
        outWidth = (padded[1] - effective[1]) / sw + 1
    }
}
