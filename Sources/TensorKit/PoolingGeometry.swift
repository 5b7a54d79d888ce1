/// The sizes of one 2-d pooling window sweep, checked the way PyTorch checks them.
///
/// Pooling treats every leading dimension as independent planes: (N, C, H, W) and (C, H, W)
/// inputs are both `planes` planes of H x W.
struct PoolingGeometry: Equatable {
    var inputShape: [Int]
    var planes: Int
    var inHeight: Int
    var inWidth: Int
    var kernelH: Int
    var kernelW: Int
    var strideH: Int
    var strideW: Int
    var padH: Int
    var padW: Int
    var dilationH: Int
    var dilationW: Int
    var outHeight: Int
    var outWidth: Int
    /// Average pooling: whether padded positions count in the divisor.
    var countIncludePad = true
    /// Average pooling: a fixed divisor replacing the window size.
    var divisorOverride: Int?

    var inPlane: Int { inHeight * inWidth }
    var outPlane: Int { outHeight * outWidth }
    var outputShape: [Int] { Array(inputShape.dropLast(2)) + [outHeight, outWidth] }

    /// `int or (int, int)` arguments, with the function's own wording when the count is wrong.
    static func pair(_ values: [Int], _ message: String) throws -> (Int, Int) {
        switch values.count {
        case 1: return (values[0], values[0])
        case 2: return (values[0], values[1])
        default: throw TensorError.runtime(message)
        }
    }

    /// PyTorch's `pooling_output_shape`: floor (or ceil) division, with a ceil-mode window never
    /// starting inside the right padding.
    static func outputSize(_ input: Int, kernel: Int, pad: Int, stride: Int, dilation: Int, ceilMode: Bool) throws -> Int {
        if stride == 0 { throw TensorError.runtime("stride should not be zero") }
        if pad < 0 { throw TensorError.runtime("pad must be non-negative, but got pad: \(pad)") }
        let (span, o1) = dilation.multipliedReportingOverflow(by: kernel &- 1)
        if o1 || span > Int(Int32.max) || input > Int(Int32.max) || pad > Int(Int32.max) || stride > Int(Int32.max) || stride < -Int(Int32.max) {
            throw TensorError.runtime("pooling arguments are too large (integer overflow)")
        }
        if pad > (span + 1) / 2 {
            throw TensorError.runtime("pad should be at most half of effective kernel size, but got pad=\(pad), kernel_size=\(kernel) and dilation=\(dilation)")
        }
        let numerator = input + 2 * pad - span - 1 + (ceilMode ? stride - 1 : 0)
        // Floor division, as PyTorch's div_rtn (the numerator can be negative).
        var q = numerator / stride
        if (numerator % stride != 0) && ((numerator < 0) != (stride < 0)) { q -= 1 }
        var size = q + 1
        if ceilMode && (size - 1) * stride >= input + pad { size -= 1 }
        return size
    }

    /// PyTorch's `pool2d_shape_check`, after the output size is known.
    static func shapeCheck(_ shape: [Int], _ g: PoolingGeometry) throws {
        if g.kernelH <= 0 || g.kernelW <= 0 {
            throw TensorError.runtime("kernel size should be greater than zero, but got kH: \(g.kernelH) kW: \(g.kernelW)")
        }
        if g.strideH <= 0 || g.strideW <= 0 {
            throw TensorError.runtime("stride should be greater than zero, but got dH: \(g.strideH) dW: \(g.strideW)")
        }
        if g.dilationH <= 0 || g.dilationW <= 0 {
            throw TensorError.runtime("dilation should be greater than zero, but got dilationH: \(g.dilationH) dilationW: \(g.dilationW)")
        }
        let r = shape.count
        let nonEmpty = shape[r - 3] != 0 && shape[r - 2] != 0 && shape[r - 1] != 0
        if !((r == 3 && nonEmpty) || (r == 4 && nonEmpty)) {
            throw TensorError.runtime("Expected 3D or 4D (batch mode) tensor with optional 0 dim batch size for input, but got:\(Shape.describe(shape))")
        }
        if g.kernelW / 2 < g.padW || g.kernelH / 2 < g.padH {
            throw TensorError.runtime("pad should be smaller than or equal to half of kernel size, but got padW = \(g.padW), padH = \(g.padH), kW = \(g.kernelW), kH = \(g.kernelH)")
        }
        if g.outWidth < 1 || g.outHeight < 1 {
            throw TensorError.runtime("Given input size: (\(shape[r - 3])x\(g.inHeight)x\(g.inWidth)). Calculated output size: (\(shape[r - 3])x\(g.outHeight)x\(g.outWidth)). Output size is too small")
        }
    }

    /// Builds and checks the geometry for `max_pool2d` / `avg_pool2d` on an input of `shape`.
    init(_ function: String, shape: [Int], kernel: [Int], stride: [Int], padding: [Int], dilation: [Int], ceilMode: Bool) throws {
        let (kh, kw) = try PoolingGeometry.pair(kernel, "\(function): kernel_size must either be a single int, or a tuple of two ints")
        let given = try stride.isEmpty ? (kh, kw) : PoolingGeometry.pair(stride, "\(function): stride must either be omitted, a single int, or a tuple of two ints")
        let (ph, pw) = try PoolingGeometry.pair(padding, "\(function): padding must either be a single int, or a tuple of two ints")
        let (dh, dw) = try PoolingGeometry.pair(dilation, "\(function): dilation must be either a single int, or a tuple of two ints")
        inputShape = shape
        let r = shape.count
        planes = shape.dropLast(2).reduce(1, *)
        inHeight = shape[r - 2]
        inWidth = shape[r - 1]
        kernelH = kh
        kernelW = kw
        (strideH, strideW) = given
        padH = ph
        padW = pw
        dilationH = dh
        dilationW = dw
        outHeight = try PoolingGeometry.outputSize(inHeight, kernel: kh, pad: ph, stride: strideH, dilation: dh, ceilMode: ceilMode)
        outWidth = try PoolingGeometry.outputSize(inWidth, kernel: kw, pad: pw, stride: strideW, dilation: dw, ceilMode: ceilMode)
        try PoolingGeometry.shapeCheck(shape, self)
    }
}
