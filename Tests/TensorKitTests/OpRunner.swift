import Foundation
@testable import TensorKit

/// A decoded argument of a fixture case.
indirect enum Arg {
    case tensor(Tensor)
    case int(Int)
    case float(Double)
    case bool(Bool)
    case none
    case str(String)
    case dtype(DType)
    case list([Arg])
    case ints([Int])
    case index([TensorIndex])

    init(_ raw: Any) throws {
        guard let d = raw as? [String: Any] else { throw TensorError(.value, "bad argument \(raw)") }
        if let t = d["tensor"] as? [String: Any] { self = .tensor(try Fixture.input(t)) }
        else if let i = d["int"] as? NSNumber { self = .int(i.intValue) }
        else if let f = d["float"] { self = .float(Fixture.double(f)) }
        else if let b = d["bool"] as? NSNumber { self = .bool(b.boolValue) }
        else if d["none"] != nil { self = .none }
        else if let s = d["str"] as? String { self = .str(s) }
        else if let s = d["dtype"] as? String { self = .dtype(Fixture.dtype(s)) }
        else if let l = d["list"] as? [Any] { self = .list(try l.map { try Arg($0) }) }
        else if let l = d["ints"] as? [NSNumber] { self = .ints(l.map { $0.intValue }) }
        else if let comps = d["index"] as? [[String: Any]] {
            self = .index(try comps.map { c -> TensorIndex in
                if let i = c["int"] as? NSNumber { return .int(i.intValue) }
                if let s = c["slice"] as? [Any] {
                    let v = s.map { ($0 as? NSNumber)?.intValue }
                    return .slice(start: v[0], stop: v[1], step: v[2])
                }
                if c["none"] != nil { return .newAxis }
                if c["ellipsis"] != nil { return .ellipsis }
                if let b = c["bool"] as? NSNumber { return .bool(b.boolValue) }
                if let t = c["tensor"] as? [String: Any] { return .tensor(try Fixture.input(t)) }
                throw TensorError(.value, "bad index component")
            })
        } else { throw TensorError(.value, "bad argument \(d)") }
    }

    var tensor: Tensor { get throws { if case .tensor(let t) = self { return t }; throw TensorError(.type, "expected tensor, got \(self)") } }
    var int: Int { get throws { if case .int(let i) = self { return i }; throw TensorError(.type, "expected int") } }
    var optionalInt: Int? { if case .int(let i) = self { return i }; return nil }
    var bool: Bool { get throws { if case .bool(let b) = self { return b }; throw TensorError(.type, "expected bool") } }
    var scalar: Scalar? {
        switch self {
        case .int(let i): return .int(i)
        case .float(let d): return .float(d)
        case .bool(let b): return .bool(b)
        default: return nil
        }
    }
    var ints: [Int] {
        get throws {
            switch self {
            case .ints(let v): return v
            case .int(let i): return [i]
            case .list(let items): return try items.map { try $0.int }
            default: throw TensorError(.type, "expected ints")
            }
        }
    }
    var tensors: [Tensor] { get throws { if case .list(let l) = self { return try l.map { try $0.tensor } }; throw TensorError(.type, "expected list") } }
    var index: [TensorIndex] { get throws { if case .index(let i) = self { return i }; throw TensorError(.type, "expected index") } }

    /// A tensor argument, or a Python scalar wrapped as PyTorch wraps it.
    var operand: Tensor {
        get throws {
            if case .tensor(let t) = self { return t }
            if let s = scalar { return try Tensor.wrapping(s) }
            throw TensorError(.type, "expected tensor or scalar")
        }
    }

    var nested: NestedList {
        switch self {
        case .list(let items): return .list(items.map { $0.nested })
        case .int(let i): return .scalar(.int(i))
        case .float(let d): return .scalar(.float(d))
        case .bool(let b): return .scalar(.bool(b))
        default: return .list([])
        }
    }
}

/// What an operation returned.
enum Outcome {
    case tensor(Tensor)
    case tensors([Tensor])
    case scalar(Scalar)
    case string(String)
    case list(NestedList)
}

/// Runs the fixture's named operations on TensorKit.
enum OpRunner {
    static let binaryOps: [String: BinaryOp] = [
        "mul": .mul, "div": .div, "floor_divide": .floorDivide, "remainder": .remainder, "pow": .pow,
        "maximum": .maximum, "minimum": .minimum, "eq": .eq, "ne": .ne, "lt": .lt, "le": .le, "gt": .gt, "ge": .ge,
        "logical_and": .logicalAnd, "logical_or": .logicalOr, "logical_xor": .logicalXor,
        "bitwise_and": .bitwiseAnd, "bitwise_or": .bitwiseOr, "bitwise_xor": .bitwiseXor,
    ]

    static func run(_ op: String, _ a: [Arg], _ kw: [String: Arg]) throws -> Outcome {
        func t(_ i: Int) throws -> Tensor { try a[i].tensor }
        func opt(_ i: Int) -> Arg? { i < a.count ? a[i] : nil }
        func dims(_ arg: Arg?) throws -> [Int]? {
            guard let arg = arg else { return nil }
            if case .none = arg { return nil }
            return try arg.ints
        }
        func keep(_ i: Int) throws -> Bool { try opt(i).map { try $0.bool } ?? false }
        if let b = binaryOps[op] {
            if op == "pow", case .tensor(let base) = a[0], let s = a[1].scalar {
                return .tensor(try base.pow(s))
            }
            return .tensor(try Tensor.binary(b, try a[0].operand, try a[1].operand))
        }
        if let u = UnaryOp(rawValue: op) { return .tensor(try t(0).unary(u)) }
        switch op {
        case "add", "sub":
            let alpha = kw["alpha"]?.scalar
            return .tensor(try Tensor.binary(op == "add" ? .add : .sub, try a[0].operand, try a[1].operand, alpha: alpha))
        case "radd": return .tensor(try Tensor.binary(.add, try a[0].operand, try t(1)))
        case "rsub": return .tensor(try Tensor.binary(.sub, try a[0].operand, try t(1)))
        case "rmul": return .tensor(try Tensor.binary(.mul, try a[0].operand, try t(1)))
        case "rdiv": return .tensor(try Tensor.binary(.div, try a[0].operand, try t(1)))
        case "rpow": return .tensor(try t(1).rpow(a[0].scalar ?? .int(0)))
        case "add_", "sub_", "mul_", "div_", "add_view_", "mul_view_":
            let target = op.hasSuffix("view_") ? try t(0) : try t(0).clone()
            let name = String(op.prefix(3))
            let bop: BinaryOp = name == "add" ? .add : name == "sub" ? .sub : name == "mul" ? .mul : .div
            try target.applyInPlace(bop, try a[1].operand)
            return .tensor(target)
        case "fill_": return .tensor(try t(0).clone().fill_(a[1].scalar ?? .int(0)))
        case "zero_": return .tensor(try t(0).clone().zero_())
        case "copy_": return .tensor(try t(0).clone().copy_(try t(1)))
        case "clamp_": return .tensor(try t(0).clone().clamp_(min: a[1].scalar, max: a[2].scalar))
        case "abs_": return .tensor(try t(0).clone().applyInPlace(.abs))
        case "round_decimals": return .tensor(try t(0).round(decimals: try a[1].int))
        case "clamp": return .tensor(try t(0).clamp(min: a[1].scalar, max: a[2].scalar))
        case "clamp_min": return .tensor(try t(0).clampMin(a[1].scalar ?? .int(0)))
        case "clamp_max": return .tensor(try t(0).clampMax(a[1].scalar ?? .int(0)))
        case "clamp_tensor": return .tensor(try t(0).clamp(min: try t(1), max: try t(2)))
        case "where": return .tensor(try Tensor.whereSelect(try t(0), try a[1].operand, try a[2].operand))
        case "masked_fill": return .tensor(try t(0).maskedFill(try t(1), a[2].scalar ?? .int(0)))
        case "to":
            guard case .dtype(let d) = a[1] else { throw TensorError(.type, "dtype") }
            return .tensor(try t(0).to(d))
        case "float": return .tensor(try t(0).float())
        case "long": return .tensor(try t(0).long())
        case "int": return .tensor(try t(0).int())
        case "bool": return .tensor(try t(0).bool())
        case "double": return .tensor(try t(0).double())
        case "byte": return .tensor(try t(0).byte())
        case "type_str": return .string(try t(0).typeName)
        case "type_convert":
            guard case .str(let s) = a[1] else { throw TensorError(.type, "str") }
            return .tensor(try t(0).type(s))
        case "item": return .scalar(try t(0).item())
        case "truth": return .scalar(.bool(try t(0).truthValue()))
        case "tolist": return .list(try t(0).toList())
        case "clone": return .tensor(try t(0).clone())
        case "contiguous": return .tensor(try t(0).contiguous())
        case "view": return .tensor(try t(0).view(try a[1].ints))
        case "reshape": return .tensor(try t(0).reshape(try a[1].ints))
        case "flatten": return .tensor(try t(0).flatten(startDim: opt(1)?.optionalInt ?? 0, endDim: opt(2)?.optionalInt ?? -1))
        case "unflatten": return .tensor(try t(0).unflatten(try a[1].int, try a[2].ints))
        case "squeeze": return .tensor(try t(0).squeeze())
        case "squeeze_dim": return .tensor(try t(0).squeeze(try a[1].int))
        case "unsqueeze": return .tensor(try t(0).unsqueeze(try a[1].int))
        case "transpose": return .tensor(try t(0).transpose(try a[1].int, try a[2].int))
        case "t": return .tensor(try t(0).t())
        case "mT": return .tensor(try t(0).matrixTranspose())
        case "permute": return .tensor(try t(0).permute(try a[1].ints))
        case "expand": return .tensor(try t(0).expand(try a[1].ints))
        case "expand_as": return .tensor(try t(0).expandAs(try t(1)))
        case "select": return .tensor(try t(0).select(try a[1].int, try a[2].int))
        case "narrow": return .tensor(try t(0).narrow(try a[1].int, try a[2].int, try a[3].int))
        case "diagonal":
            return .tensor(try t(0).diagonal(offset: opt(1)?.optionalInt ?? 0, dim1: opt(2)?.optionalInt ?? 0, dim2: opt(3)?.optionalInt ?? 1))
        case "unbind": return .tensors(try t(0).unbind(opt(1)?.optionalInt ?? 0))
        case "sum": return .tensor(try t(0).sum(dims: try dims(opt(1)), keepdim: try keep(2)))
        case "sum_dtype":
            guard case .dtype(let d) = a[1] else { throw TensorError(.type, "dtype") }
            return .tensor(try t(0).sum(dtype: d))
        case "mean": return .tensor(try t(0).mean(dims: try dims(opt(1)), keepdim: try keep(2)))
        case "std", "var":
            var correction = 1.0
            if let c = opt(2) { if case .int(let v) = c { correction = Double(v) } }
            let x = try t(0)
            let d = try dims(opt(1))
            return .tensor(op == "std" ? try x.std(dims: d, correction: correction, keepdim: try keep(3))
                                       : try x.variance(dims: d, correction: correction, keepdim: try keep(3)))
        case "max": return .tensor(try t(0).max())
        case "min": return .tensor(try t(0).min())
        case "max_dim", "min_dim":
            let r = op == "max_dim" ? try t(0).max(dim: try a[1].int, keepdim: try keep(2)) : try t(0).min(dim: try a[1].int, keepdim: try keep(2))
            return .tensors([r.values, r.indices])
        case "amax": return .tensor(try t(0).amax(dims: try dims(opt(1)), keepdim: try keep(2)))
        case "amin": return .tensor(try t(0).amin(dims: try dims(opt(1)), keepdim: try keep(2)))
        case "argmax": return .tensor(try t(0).argmax(dim: opt(1)?.optionalInt, keepdim: try keep(2)))
        case "argmin": return .tensor(try t(0).argmin(dim: opt(1)?.optionalInt, keepdim: try keep(2)))
        case "prod": return .tensor(try t(0).prod(dim: opt(1)?.optionalInt, keepdim: try keep(2)))
        case "all": return .tensor(try t(0).all(dims: try dims(opt(1)), keepdim: try keep(2)))
        case "any": return .tensor(try t(0).any(dims: try dims(opt(1)), keepdim: try keep(2)))
        case "norm":
            let p = opt(1)?.scalar?.doubleValue ?? 2
            return .tensor(try t(0).norm(p: p, dims: try dims(opt(2)), keepdim: try keep(3)))
        case "logsumexp": return .tensor(try t(0).logsumexp(dims: try a[1].ints, keepdim: try keep(2)))
        case "softmax": return .tensor(try t(0).softmax(dim: try a[1].int))
        case "log_softmax": return .tensor(try t(0).logSoftmax(dim: try a[1].int))
        case "cumsum": return .tensor(try t(0).cumsum(try a[1].int))
        case "count_nonzero": return .tensor(try t(0).countNonzero())
        case "nonzero": return .tensor(try t(0).nonzero())
        case "matmul": return .tensor(try t(0).matmul(try t(1)))
        case "mm": return .tensor(try t(0).mm(try t(1)))
        case "bmm": return .tensor(try t(0).bmm(try t(1)))
        case "dot": return .tensor(try t(0).dot(try t(1)))
        case "mv": return .tensor(try t(0).mv(try t(1)))
        case "outer": return .tensor(try t(0).outer(try t(1)))
        case "addmm": return .tensor(try Tensor.addmm(try t(0), try t(1), try t(2)))
        case "mse_loss": return .tensor(try t(0).mseLoss(try t(1)))
        case "nll_loss": return .tensor(try t(0).nllLoss(try t(1)))
        case "cross_entropy": return .tensor(try t(0).crossEntropy(try t(1)))
        case "einsum":
            guard case .str(let eq) = a[0] else { throw TensorError(.type, "equation") }
            return .tensor(try Tensor.einsum(eq, try a.dropFirst().map { try $0.tensor }))
        case "cat": return .tensor(try Tensor.cat(try a[0].tensors, dim: opt(1)?.optionalInt ?? 0))
        case "stack": return .tensor(try Tensor.stack(try a[0].tensors, dim: opt(1)?.optionalInt ?? 0))
        case "split":
            if case .list = a[1] { return .tensors(try t(0).split(sizes: try a[1].ints, dim: opt(2)?.optionalInt ?? 0)) }
            return .tensors(try t(0).split(try a[1].int, dim: opt(2)?.optionalInt ?? 0))
        case "chunk": return .tensors(try t(0).chunk(try a[1].int, dim: opt(2)?.optionalInt ?? 0))
        case "getitem": return .tensor(try t(0).index(try a[1].index))
        case "setitem":
            let target = try t(0).clone()
            if case .tensor(let v) = a[2] { try target.indexPut(try a[1].index, v) } else { try target.indexPut(try a[1].index, a[2].scalar ?? .int(0)) }
            return .tensor(target)
        case "iadd_index":
            // Python's `t[idx] += v`: read, add in place, write back.
            let target = try t(0).clone()
            let idx = try a[1].index
            let tmp = try target.index(idx)
            try tmp.applyInPlace(.add, try a[2].operand)
            try target.indexPut(idx, tmp)
            return .tensor(target)
        case "index_put_accumulate":
            let target = try t(0).clone()
            try target.indexPut(try a[1].index, try t(2), accumulate: true)
            return .tensor(target)
        case "tensor":
            var dtype: DType? = nil
            if let d = opt(1), case .dtype(let v) = d { dtype = v }
            if let s = a[0].scalar { return .tensor(try Tensor(s, dtype: dtype)) }
            return .tensor(try Tensor(a[0].nested, dtype: dtype))
        case "zeros", "ones":
            var dtype: DType = .float32
            if let d = opt(1), case .dtype(let v) = d { dtype = v }
            return .tensor(op == "zeros" ? try Tensor.zeros(try a[0].ints, dtype: dtype) : try Tensor.ones(try a[0].ints, dtype: dtype))
        case "full":
            var dtype: DType? = nil
            if let d = opt(2), case .dtype(let v) = d { dtype = v }
            return .tensor(try Tensor.full(try a[0].ints, a[1].scalar ?? .int(0), dtype: dtype))
        case "arange":
            var dtype: DType? = nil
            if let d = kw["dtype"], case .dtype(let v) = d { dtype = v }
            let s = a.compactMap { $0.scalar }
            switch s.count {
            case 1: return .tensor(try Tensor.arange(s[0], dtype: dtype))
            case 2: return .tensor(try Tensor.arange(s[0], s[1], dtype: dtype))
            default: return .tensor(try Tensor.arange(s[0], s[1], step: s[2], dtype: dtype))
            }
        case "linspace":
            var dtype: DType = .float32
            if let d = kw["dtype"], case .dtype(let v) = d { dtype = v }
            return .tensor(try Tensor.linspace(a[0].scalar?.doubleValue ?? 0, a[1].scalar?.doubleValue ?? 0, steps: try a[2].int, dtype: dtype))
        case "eye": return .tensor(try Tensor.eye(try a[0].int, opt(1)?.optionalInt))
        case "zeros_like": return .tensor(try Tensor.zerosLike(try t(0)))
        case "ones_like": return .tensor(try Tensor.onesLike(try t(0)))
        case "full_like": return .tensor(try Tensor.fullLike(try t(0), a[1].scalar ?? .int(0)))
        default:
            throw TensorError(.notImplemented, "test runner has no op \(op)")
        }
    }
}
