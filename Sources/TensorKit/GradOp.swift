/// Every differentiable operation, with the constants its derivative needs. Operations pass one
/// of these to `Autograd.record`; `Derivatives` maps each to its backward rule and `name` gives
/// PyTorch's backward class name.
enum GradOp {
    // Elementwise
    case binary(BinaryOp, alpha: Double, reversed: Bool)
    case powScalar(Double)
    case rpowScalar(Double)
    case unary(UnaryOp)
    case clamp(min: Double?, max: Double?)
    case clampTensor(hasMin: Bool, hasMax: Bool)
    case whereSelect(condition: Tensor)
    case cast(from: DType)
    case clone

    // Reductions
    case sum(dims: [Int], keepdim: Bool, all: Bool)
    case mean(dims: [Int], keepdim: Bool, all: Bool)
    case variance(dims: [Int], keepdim: Bool, correction: Double, all: Bool, isStd: Bool)
    case extremumAll(isMax: Bool)
    case amax(dims: [Int], keepdim: Bool, isMax: Bool)
    case maskedFill(mask: Tensor)
    case unbind(dim: Int)
    case extremumDim(dim: Int, keepdim: Bool, indices: Tensor, isMax: Bool)
    case prod(dims: [Int], keepdim: Bool, all: Bool)
    case norm(p: Double, dims: [Int], keepdim: Bool)
    case logsumexp(dims: [Int], keepdim: Bool)
    case softmax(dim: Int)
    case logSoftmax(dim: Int)

    // Views and shape
    case view(inputShape: [Int])
    case reshapeCopy(inputShape: [Int])
    case expand(inputShape: [Int])
    case permute([Int])
    case transpose(Int, Int, isT: Bool)
    case unsqueeze(Int)
    case squeeze(inputShape: [Int], dim: Int?)
    case select(dim: Int, index: Int, inputShape: [Int])
    case slice(dim: Int, start: Int, step: Int, inputShape: [Int], isNarrow: Bool)
    case diagonal(offset: Int, dim1: Int, dim2: Int, inputShape: [Int])
    case asStrided(inputShape: [Int], inputStrides: [Int], inputOffset: Int)
    case index(indices: [TensorIndex], inputShape: [Int])
    case indexPut(indices: [TensorIndex], accumulate: Bool)
    case copyInto

    // Joining
    case cat(dim: Int, sizes: [Int])
    case stack(dim: Int)
    case split(dim: Int, start: Int, length: Int, inputShape: [Int])

    // Linear algebra
    case mm
    case bmm
    case mv
    case dot
    case matmul(aShape: [Int], bShape: [Int])
    case outer
    case addmm

    // Convolution and pooling (the inputs' geometry is all their derivatives need besides the inputs)
    case convolution(ConvolutionGeometry)
    case maxPool2d(indices: Tensor, inputShape: [Int])
    case avgPool2d(PoolingGeometry)
    case adaptiveAvgPool2d(inputShape: [Int])
    case adaptiveMaxPool2d(indices: Tensor, inputShape: [Int])
    case batchNorm(Tensor.BatchNormSaved)
    case unfold(dim: Int, size: Int, step: Int, inputShape: [Int])
    case im2col(ConvolutionGeometry)
    case constantPad([Int])
    case interpolate(Tensor.InterpolationPlan)

    // Selection and rearrangement (their rules are in Derivatives+Selection.swift)
    /// Values read at `index` along `dim` (gather, sort, topk, kthvalue, median with a dim);
    /// `squeezed` when the result dropped `dim` (keepdim=False).
    case gatherAlong(dim: Int, index: Tensor, squeezed: Bool, name: String)
    case median(ignoringNaN: Bool)
    case take(index: Tensor, inputShape: [Int])
    case maskedSelect(mask: Tensor)
    case scatter(dim: Int, index: Tensor, hasSource: Bool)
    case scatterAdd(dim: Int, index: Tensor)
    case indexAdd(dim: Int, index: Tensor, alpha: Double)
    case indexSelect(dim: Int, index: Tensor, inputShape: [Int])
    case flip([Int])
    case roll(shifts: [Int], dims: [Int])
    case triangle(diagonal: Int, upper: Bool)
    case diagEmbed(offset: Int)
    case diagonalCopy(offset: Int, inputShape: [Int])
    case cumprod(dim: Int)
    /// nil weight: the weight is the third input tensor.
    case lerp(weight: Double?)
    case nanToNum

    // Losses (as torch.nn.functional computes them, with their own backward nodes)
    case mseLoss
    case nllLoss(target: Tensor)

    /// An operation whose derivative the caller supplies (the language's autograd.Function).
    case custom(name: String, backward: (Tensor) throws -> [Tensor?])

    /// True for operations whose result shares its input's memory (PyTorch's views).
    var isView: Bool {
        switch self {
        case .view, .expand, .permute, .transpose, .unsqueeze, .squeeze, .select, .slice, .diagonal,
             .asStrided, .split, .unbind:
            return true
        default:
            return false
        }
    }

    /// PyTorch's backward class name, as printed in `grad_fn=<...>`.
    var name: String {
        switch self {
        case .binary(let op, _, let reversed):
            switch op {
            case .add: return "AddBackward0"
            case .sub: return reversed ? "RsubBackward1" : "SubBackward0"
            case .mul: return "MulBackward0"
            case .div: return "DivBackward0"
            case .pow: return "PowBackward1"
            case .maximum: return "MaximumBackward0"
            case .minimum: return "MinimumBackward0"
            case .atan2: return "Atan2Backward0"
            case .remainder: return "RemainderBackward0"
            case .floorDivide: return "FloorDivideBackward0"
            default: return "NotImplemented"
            }
        case .powScalar: return "PowBackward0"
        case .rpowScalar: return "PowBackward2"
        case .unary(let op):
            switch op {
            case .logicalNot, .bitwiseNot, .isnan, .isinf, .isfinite: return "NotImplemented"
            case .log2: return "Log2Backward0"
            case .log10: return "Log10Backward0"
            case .log1p: return "Log1PBackward0"
            case .expm1: return "Expm1Backward0"
            case .square: return "PowBackward0"
            default:
                let raw = op.rawValue
                return raw.prefix(1).uppercased() + raw.dropFirst() + "Backward0"
            }
        case .clamp(let lo, let hi):
            if lo != nil && hi == nil { return "ClampMinBackward0" }
            if lo == nil && hi != nil { return "ClampMaxBackward0" }
            return "ClampBackward1"
        case .clampTensor: return "ClampBackward0"
        case .whereSelect: return "WhereBackward0"
        case .cast: return "ToCopyBackward0"
        case .clone: return "CloneBackward0"
        case .sum(_, _, let all): return all ? "SumBackward0" : "SumBackward1"
        case .mean(_, _, let all): return all ? "MeanBackward0" : "MeanBackward1"
        case .variance(_, _, _, _, let isStd): return isStd ? "StdBackward0" : "VarBackward0"
        case .extremumAll(let isMax): return isMax ? "MaxBackward1" : "MinBackward1"
        case .amax(_, _, let isMax): return isMax ? "AmaxBackward0" : "AminBackward0"
        case .maskedFill: return "MaskedFillBackward0"
        case .unbind: return "UnbindBackward0"
        case .extremumDim(_, _, _, let isMax): return isMax ? "MaxBackward0" : "MinBackward0"
        case .prod(_, _, let all): return all ? "ProdBackward0" : "ProdBackward1"
        case .norm: return "LinalgVectorNormBackward0"
        case .logsumexp: return "LogsumexpBackward0"
        case .softmax: return "SoftmaxBackward0"
        case .logSoftmax: return "LogSoftmaxBackward0"
        case .view: return "ViewBackward0"
        case .reshapeCopy: return "UnsafeViewBackward0"
        case .expand: return "ExpandBackward0"
        case .permute: return "PermuteBackward0"
        case .transpose(_, _, let isT): return isT ? "TBackward0" : "TransposeBackward0"
        case .unsqueeze: return "UnsqueezeBackward0"
        case .squeeze(_, let dim): return dim == nil ? "SqueezeBackward0" : "SqueezeBackward1"
        case .select: return "SelectBackward0"
        case .slice: return "SliceBackward0"
        case .diagonal: return "DiagonalBackward0"
        case .asStrided: return "AsStridedBackward0"
        case .index: return "IndexBackward0"
        case .indexPut: return "IndexPutBackward0"
        case .copyInto: return "CopySlices"
        case .cat: return "CatBackward0"
        case .stack: return "StackBackward0"
        case .split: return "SplitBackward0"
        case .mm: return "MmBackward0"
        case .bmm: return "BmmBackward0"
        case .mv: return "MvBackward0"
        case .dot: return "DotBackward0"
        case .matmul: return "UnsafeViewBackward0"
        case .outer: return "MulBackward0"
        case .addmm: return "AddmmBackward0"
        case .convolution: return "ConvolutionBackward0"
        case .maxPool2d: return "MaxPool2DWithIndicesBackward0"
        case .avgPool2d: return "AvgPool2DBackward0"
        case .adaptiveAvgPool2d: return "AdaptiveAvgPool2DBackward0"
        case .adaptiveMaxPool2d: return "AdaptiveMaxPool2DBackward0"
        case .batchNorm: return "NativeBatchNormBackward0"
        case .unfold: return "UnfoldBackward0"
        case .im2col: return "Im2ColBackward0"
        case .constantPad: return "ConstantPadNdBackward0"
        case .interpolate(let plan): return plan.name
        case .gatherAlong(_, _, _, let name): return name
        case .median(let ignoringNaN): return ignoringNaN ? "NanmedianBackward0" : "MedianBackward0"
        case .take: return "TakeBackward0"
        case .maskedSelect: return "MaskedSelectBackward0"
        case .scatter(_, _, let hasSource): return hasSource ? "ScatterBackward0" : "ScatterBackward1"
        case .scatterAdd: return "ScatterAddBackward0"
        case .indexAdd: return "IndexAddBackward0"
        case .indexSelect: return "IndexSelectBackward0"
        case .flip: return "FlipBackward0"
        case .roll: return "RollBackward0"
        case .triangle(_, let upper): return upper ? "TriuBackward0" : "TrilBackward0"
        case .diagEmbed: return "DiagEmbedBackward0"
        case .diagonalCopy: return "DiagonalBackward0_copy"
        case .cumprod: return "CumprodBackward0"
        case .lerp(let weight): return weight == nil ? "LerpBackward1" : "LerpBackward0"
        case .nanToNum: return "NanToNumBackward0"
        case .mseLoss: return "MseLossBackward0"
        case .nllLoss: return "NllLossBackward0"
        case .custom(let name, _): return name
        }
    }
}
