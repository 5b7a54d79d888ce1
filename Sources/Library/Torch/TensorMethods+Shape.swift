import Interpreter
import TensorKit

/// Views and shape changes: view, reshape, squeeze, permute, expand, transpose, ...
extension TensorMethods {
    /// A dimension index with PyTorch's range check and message.
    static func normalize(_ dim: Int, rank: Int) throws -> Int {
        let r = max(rank, 1)
        guard dim >= -r && dim < r else {
            throw PyException(BuiltinTypes.indexError, "Dimension out of range (expected to be in range of [\(-r), \(r - 1)], but got \(dim))")
        }
        return dim < 0 ? dim + r : dim
    }

    /// Ints given as varargs or as one sequence (`view(2, 3)` and `view((2, 3))`).
    static func sizes(_ value: Value, _ interpreter: Interpreter) throws -> [Int] {
        try TensorConversions.shape((value.asObject as? PyTuple)?.items ?? [], interpreter)
    }

    static func installShapeMethods(_ type: PyType) {
        defineTensor(type, "view", "*shape") { i, t, a in
            if let d = (a[1].asObject as? PyTuple)?.items.first, let dtype = d.asObject as? PyDType {
                guard dtype.dtype == t.dtype else { throw PyException(BuiltinTypes.runtimeError, "view(dtype) to a different dtype is not supported") }
                return t
            }
            return try t.view(try sizes(a[1], i))
        }
        defineTensor(type, "reshape", "*shape") { i, t, a in try t.reshape(try sizes(a[1], i)) }
        defineTensor(type, "view_as", "other") { i, t, a in try t.view(try TensorConversions.tensor(a[1], i).shape) }
        defineTensor(type, "reshape_as", "other") { i, t, a in try t.reshape(try TensorConversions.tensor(a[1], i).shape) }
        defineTensor(type, "flatten", "start_dim=0, end_dim=-1") { i, t, a in
            try t.flatten(startDim: try i.intArgument(a[1]), endDim: try i.intArgument(a[2]))
        }
        defineTensor(type, "unflatten", "dim, sizes") { i, t, a in
            try t.unflatten(try i.intArgument(a[1]), try TensorConversions.intList(a[2], i))
        }
        defineTensor(type, "squeeze", "dim=None") { i, t, a in
            if a[1].isNone { return t.squeeze() }
            var result = t
            for d in try TensorConversions.intList(a[1], i).map({ try normalize($0, rank: t.shape.count) }).sorted(by: >) {
                result = try result.squeeze(d)
            }
            return result
        }
        defineTensor(type, "unsqueeze", "dim") { i, t, a in try t.unsqueeze(try i.intArgument(a[1])) }
        defineTensor(type, "transpose", "dim0, dim1") { i, t, a in try t.transpose(try i.intArgument(a[1]), try i.intArgument(a[2])) }
        defineTensor(type, "swapaxes", "dim0, dim1") { i, t, a in try t.transpose(try i.intArgument(a[1]), try i.intArgument(a[2])) }
        defineTensor(type, "t", "") { _, t, _ in try t.t() }
        defineTensor(type, "permute", "*dims") { i, t, a in try t.permute(try sizes(a[1], i)) }
        defineTensor(type, "expand", "*sizes") { i, t, a in try t.expand(try sizes(a[1], i)) }
        defineTensor(type, "expand_as", "other") { i, t, a in try t.expandAs(try TensorConversions.tensor(a[1], i)) }
        defineTensor(type, "select", "dim, index") { i, t, a in try t.select(try i.intArgument(a[1]), try i.intArgument(a[2])) }
        defineTensor(type, "unfold", "dimension, size, step") { i, t, a in
            try t.unfold(dimension: try i.intArgument(a[1]), size: try i.intArgument(a[2]), step: try i.intArgument(a[3]))
        }
        defineTensor(type, "narrow", "dim, start, length") { i, t, a in
            try t.narrow(try i.intArgument(a[1]), try i.intArgument(a[2]), try i.intArgument(a[3]))
        }
        defineTensor(type, "diagonal", "offset=0, dim1=0, dim2=1") { i, t, a in
            try t.diagonal(offset: try i.intArgument(a[1]), dim1: try i.intArgument(a[2]), dim2: try i.intArgument(a[3]))
        }
        defineTensor(type, "as_strided", "size, stride, storage_offset=None") { i, t, a in
            try t.asStrided(try TensorConversions.intList(a[1], i), try TensorConversions.intList(a[2], i),
                            storageOffset: a[3].isNone ? nil : try i.intArgument(a[3]))
        }
        define(type, "unbind", "dim=0") { i, t, a in
            .object(PyTuple(try t.unbind(try i.intArgument(a[1])).map { TensorWrapping.wrap($0, like: a[0]) }))
        }
        define(type, "split", "split_size, dim=0") { i, t, a in
            let dim = try i.intArgument(a[2])
            let parts: [Tensor]
            if let size = TensorConversions.int(a[1]) { parts = try t.split(size, dim: dim) } else {
                parts = try t.split(sizes: try TensorConversions.intList(a[1], i), dim: dim)
            }
            return .object(PyTuple(parts.map { TensorWrapping.wrap($0, like: a[0]) }))
        }
        define(type, "chunk", "chunks, dim=0") { i, t, a in
            .object(PyTuple(try t.chunk(try i.intArgument(a[1]), dim: try i.intArgument(a[2])).map { TensorWrapping.wrap($0, like: a[0]) }))
        }
        defineTensor(type, "repeat", "*sizes") { i, t, a in try TensorShapes.repeatTensor(t, try sizes(a[1], i)) }
        defineTensor(type, "masked_fill", "mask, value") { i, t, a in
            let mask = try TensorConversions.tensor(a[1], i)
            let fill = try TensorConversions.tensor(a[2], i)
            return try Tensor.whereSelect(mask, try fill.to(t.dtype), t)
        }
        define(type, "masked_fill_", "mask, value") { i, t, a in
            let mask = try TensorConversions.tensor(a[1], i)
            if let s = TensorConversions.scalar(a[2]) { try t.indexPut([.tensor(mask)], s) } else {
                try t.indexPut([.tensor(mask)], try TensorConversions.tensor(a[2], i))
            }
            return a[0]
        }
        defineTensor(type, "index_select", "dim, index") { i, t, a in
            let dim = try normalize(try i.intArgument(a[1]), rank: t.shape.count)
            var indices = [TensorIndex](repeating: .slice(start: nil, stop: nil, step: nil), count: dim)
            indices.append(.tensor(try TensorConversions.tensor(a[2], i)))
            return try t.index(indices)
        }
        defineTensor(type, "nonzero", "") { _, t, _ in try t.nonzero() }
    }
}

/// Shape operations composed from TensorKit primitives.
enum TensorShapes {
    /// `t.repeat(*sizes)`: tiles the tensor.
    static func repeatTensor(_ t: Tensor, _ sizes: [Int]) throws -> Tensor {
        guard sizes.count >= t.shape.count else {
            throw TensorError(.runtime, "Number of dimensions of repeat dims can not be smaller than number of dimensions of tensor")
        }
        var current = t
        while current.shape.count < sizes.count { current = try current.unsqueeze(0) }
        // Size the result before building it: a huge repeat count would otherwise make an
        // array of that many tensors (an abort) or overflow the shape product.
        var resultShape: [Int] = []
        for (size, count) in zip(current.shape, sizes) {
            let (product, overflow) = size.multipliedReportingOverflow(by: count)
            if overflow { throw TensorError(.runtime, "numel: integer multiplication overflow") }
            resultShape.append(product)
        }
        var numel = 1
        for size in resultShape {
            if size < 0 {
                throw TensorError(.runtime, "Trying to create tensor with negative dimension \(size): [\(resultShape.map(String.init).joined(separator: ", "))]")
            }
            let (product, overflow) = numel.multipliedReportingOverflow(by: size)
            if overflow { throw TensorError(.runtime, "numel: integer multiplication overflow") }
            numel = product
        }
        let (bytes, overflow) = numel.multipliedReportingOverflow(by: t.dtype.itemSize)
        if overflow || bytes > Allocation.byteLimit {
            throw TensorError(.runtime, "DefaultCPUAllocator: can't allocate memory: you tried to allocate \(overflow ? Int.max : bytes) bytes. Error code 12 (Cannot allocate memory)")
        }
        if numel == 0 { return try Tensor.zeros(resultShape, dtype: t.dtype) }
        for (dim, count) in sizes.enumerated() where count != 1 {
            current = try Tensor.cat([Tensor](repeating: current, count: max(0, count)), dim: dim)
        }
        return try current.contiguous()
    }
}
