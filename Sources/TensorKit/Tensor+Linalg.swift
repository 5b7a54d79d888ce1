import COpenBLAS
import Dispatch

/// Matrix products through OpenBLAS (float32/float64) or a plain loop (integers), with
/// PyTorch's shape rules and error messages. Transposed views go to BLAS through the transpose
/// flag instead of being copied.
extension Tensor {
    /// C++ type names PyTorch uses in matmul dtype errors.
    static func cppTypeName(_ d: DType) -> String {
        switch d {
        case .bool: return "bool"
        case .uint8: return "unsigned char"
        case .int32: return "int"
        case .int64: return "long int"
        case .float32: return "float"
        case .float64: return "double"
        }
    }

    /// BLAS takes 32-bit sizes; larger matrices are refused rather than truncated.
    static func checkBLASSizes(_ sizes: Int...) throws {
        for s in sizes where s > Int(Int32.max) {
            throw TensorError.runtime("matrix dimension \(s) is too large for BLAS (limit \(Int32.max))")
        }
    }

    static func checkSameDType(_ a: Tensor, _ b: Tensor) throws {
        if a.dtype != b.dtype {
            throw TensorError.runtime("expected m1 and m2 to have the same dtype, but got: \(cppTypeName(a.dtype)) != \(cppTypeName(b.dtype))")
        }
        if a.dtype == .bool {
            throw TensorError.notImplemented("\"addmm_impl_cpu_\" not implemented for 'Bool'")
        }
    }

    /// `torch.matmul(a, b)` / `a @ b`: dot, matrix-vector, matrix-matrix or broadcast batched.
    public func matmul(_ other: Tensor) throws -> Tensor {
        let a = self, b = other
        switch (a.rank, b.rank) {
        case (0, _), (_, 0):
            throw TensorError.runtime("both arguments to matmul need to be at least 1D, but they are \(a.rank)D and \(b.rank)D")
        case (1, 1):
            return try a.dot(b)
        case (2, 1):
            return try a.mv(b)
        case (1, 2):
            return try a.unsqueeze(0).mm(b).squeeze(0)
        case (2, 2):
            return try a.mm(b)
        case (_, 1) where a.rank >= 3:
            // Fold the batch dims of `a` into rows: (..., n, m) @ (m) -> (...*n, m) @ (m).
            let folded = try a.reshape([-1, a.shape[a.rank - 1]])
            let product = try folded.mv(b)
            return try product.unsafeView(Array(a.shape.dropLast()))
        case (_, 2) where a.rank >= 3:
            let folded = try a.reshape([-1, a.shape[a.rank - 1]])
            let product = try folded.mm(b)
            return try product.unsafeView(Array(a.shape.dropLast()) + [b.shape[1]])
        default:
            return try batchedMatmul(b)
        }
    }

    /// The general case: broadcast batch dims, then one bmm.
    private func batchedMatmul(_ other: Tensor) throws -> Tensor {
        let a = rank == 1 ? try unsqueeze(0) : self
        let b = other.rank == 1 ? try other.unsqueeze(1) : other
        let n = a.shape[a.rank - 2], m1 = a.shape[a.rank - 1]
        let m2 = b.shape[b.rank - 2], p = b.shape[b.rank - 1]
        let batchA = Array(a.shape.dropLast(2)), batchB = Array(b.shape.dropLast(2))
        let batch = try Shape.broadcast(batchA, batchB)
        let batchCount = batch.reduce(1, *)
        let a3 = try a.expand(batch + [n, m1]).reshape([batchCount, n, m1])
        let b3 = try b.expand(batch + [m2, p]).reshape([batchCount, m2, p])
        var out = try a3.bmm(b3).unsafeView(batch + [n, p])
        if rank == 1 { out = try out.squeeze(-2) }
        if other.rank == 1 { out = try out.squeeze(-1) }
        return out
    }

    /// `a.mm(b)`: (n x m) @ (m x p).
    public func mm(_ other: Tensor) throws -> Tensor {
        if rank != 2 { throw TensorError.runtime("self must be a matrix") }
        if other.rank != 2 { throw TensorError.runtime("mm: mat2 must be a matrix, got \(other.rank)-D tensor") }
        if shape[1] != other.shape[0] {
            throw TensorError.runtime("mm: mat1 and mat2 shapes cannot be multiplied (\(shape[0])x\(shape[1]) and \(other.shape[0])x\(other.shape[1]))")
        }
        try Tensor.checkSameDType(self, other)
        let out = try Tensor(uninitializedShape: [shape[0], other.shape[1]], dtype: dtype)
        if other.shape[1] == 1 && dtype.isFloatingPoint {
            // (n x m) @ (m x 1): gemv is several times faster than a one-column gemm.
            let column = other.plainSelect(1, 0)
            try Tensor.gemv(self, column, into: out.plainSelect(1, 0))
        } else {
            try Tensor.gemm(self, other, into: out)
        }
        return Autograd.record(.mm, out, self, other)
    }

    /// `a.bmm(b)`: (B x n x m) @ (B x m x p).
    public func bmm(_ other: Tensor) throws -> Tensor {
        if rank != 3 { throw TensorError.runtime("batch1 must be a 3D tensor") }
        if other.rank != 3 { throw TensorError.runtime("batch2 must be a 3D tensor") }
        if other.shape[0] != shape[0] || other.shape[1] != shape[2] {
            throw TensorError.runtime("Expected size for first two dimensions of batch2 tensor to be: [\(shape[0]), \(shape[2])] but got: [\(other.shape[0]), \(other.shape[1])].")
        }
        try Tensor.checkSameDType(self, other)
        let out = try Tensor(uninitializedShape: [shape[0], shape[1], other.shape[2]], dtype: dtype)
        for i in 0..<shape[0] {
            try Tensor.gemm(plainSelect(0, i), other.plainSelect(0, i), into: out.plainSelect(0, i))
        }
        return Autograd.record(.bmm, out, self, other)
    }

    /// `a.mv(v)`: (n x m) @ (m).
    public func mv(_ vec: Tensor) throws -> Tensor {
        if rank != 2 || vec.rank != 1 {
            throw TensorError.runtime("vector + matrix @ vector expected, got \(rank), \(vec.rank)")
        }
        if shape[1] != vec.shape[0] {
            throw TensorError.runtime("size mismatch, got input (\(shape[0])), mat (\(shape[0])x\(shape[1])), vec (\(vec.shape[0]))")
        }
        try Tensor.checkSameDType(self, vec)
        let out = try Tensor(uninitializedShape: [shape[0]], dtype: dtype)
        try Tensor.gemv(self, vec, into: out)
        return Autograd.record(.mv, out, self, vec)
    }

    /// `a.dot(b)`: inner product of two vectors (0-d result).
    public func dot(_ other: Tensor) throws -> Tensor {
        if rank != 1 || other.rank != 1 {
            throw TensorError.runtime("1D tensors expected, but got \(rank)D and \(other.rank)D tensors")
        }
        if dtype != other.dtype {
            throw TensorError.runtime("dot : expected both vectors to have same dtype, but found \(dtype.scalarTypeName) and \(other.dtype.scalarTypeName)")
        }
        if shape[0] != other.shape[0] {
            throw TensorError.runtime("inconsistent tensor size, expected tensor [\(shape[0])] and src [\(other.shape[0])] to have the same number of elements, but got \(shape[0]) and \(other.shape[0]) elements respectively")
        }
        if dtype == .bool { throw TensorError.notImplemented("\"dot\" not implemented for 'Bool'") }
        let n = shape[0]
        try Tensor.checkBLASSizes(n, Swift.abs(strides[0]), Swift.abs(other.strides[0]))
        let out = try Tensor(uninitializedShape: [], dtype: dtype)
        let x = try blasVector(), y = try other.blasVector()
        defer { withExtendedLifetime((x.keep, y.keep)) {} }
        switch dtype {
        case .float32:
            let r = cblas_sdot(Int32(n), x.pointer.assumingMemoryBound(to: Float.self), Int32(x.inc),
                               y.pointer.assumingMemoryBound(to: Float.self), Int32(y.inc))
            out.dataPointer.storeBytes(of: r, as: Float.self)
        case .float64:
            let r = cblas_ddot(Int32(n), x.pointer.assumingMemoryBound(to: Double.self), Int32(x.inc),
                               y.pointer.assumingMemoryBound(to: Double.self), Int32(y.inc))
            out.dataPointer.storeBytes(of: r, as: Double.self)
        default:
            var acc = 0
            let item = dtype.itemSize
            for i in 0..<n {
                acc &+= ElementAccess.loadInt(x.pointer + i * x.inc * item, dtype) &* ElementAccess.loadInt(y.pointer + i * y.inc * item, dtype)
            }
            ElementAccess.storeInt(acc, out.dataPointer, dtype)
        }
        return Autograd.record(.dot, out, self, other)
    }

    /// `torch.outer(a, b)`: (n) x (m) -> (n x m).
    public func outer(_ other: Tensor) throws -> Tensor {
        if rank != 1 || other.rank != 1 {
            throw TensorError.runtime("outer: Expected 1-D argument self, but got \(rank)-D")
        }
        return try unsqueeze(1).mul(other)
    }

    /// `torch.addmm(bias, a, b)`: bias + a @ b (what `nn.Linear` computes; grad_fn AddmmBackward0).
    public static func addmm(_ bias: Tensor, _ a: Tensor, _ b: Tensor) throws -> Tensor {
        let product = try a.detach().mm(b.detach())
        let out = try product.add(bias.detach())
        if out.shape != product.shape {
            throw TensorError.runtime("The expanded size of the tensor (\(product.shape.last ?? 0)) must match the existing size (\(bias.shape.last ?? 0)) at non-singleton dimension 1.  Target sizes: \(Shape.describe(product.shape)).  Tensor sizes: \(Shape.describe(bias.shape))")
        }
        return Autograd.record(.addmm, out, [bias, a, b])
    }

    // MARK: BLAS plumbing

    /// A vector's base pointer and element increment, copying when BLAS can't read it in place.
    func blasVector() throws -> (pointer: UnsafeMutableRawPointer, inc: Int, keep: Tensor) {
        if rank == 1 && (strides[0] > 0 || shape[0] <= 1) {
            return (dataPointer, Swift.max(strides[0], 1), self)
        }
        let c = try Elementwise.contiguousCopy(self)
        return (c.dataPointer, 1, c)
    }

    /// How BLAS can read a (rows x cols) matrix view: row-major with leading dimension `ld`, or
    /// transposed (the view is the transpose of a row-major block); nil when a copy is needed.
    static func blasLayout(_ t: Tensor) -> (transposed: Bool, ld: Int)? {
        let rows = t.shape[0], cols = t.shape[1], s0 = t.strides[0], s1 = t.strides[1]
        if cols == 1 || s1 == 1 {
            let ld = rows == 1 ? Swift.max(cols, 1) : s0
            if ld >= Swift.max(cols, 1) { return (false, ld) }
        }
        if rows == 1 || s0 == 1 {
            let ld = cols == 1 ? Swift.max(rows, 1) : s1
            if ld >= Swift.max(rows, 1) { return (true, ld) }
        }
        return nil
    }

    /// out (n x p, contiguous) = a (n x m) @ b (m x p).
    static func gemm(_ a: Tensor, _ b: Tensor, into out: Tensor) throws {
        let n = a.shape[0], m = a.shape[1], p = b.shape[1]
        if n == 0 || p == 0 { return }
        try checkBLASSizes(n, m, p, Swift.abs(a.strides[0]), Swift.abs(a.strides[1]), Swift.abs(b.strides[0]), Swift.abs(b.strides[1]))
        if m == 0 {
            try Elementwise.fill(out, with: .int(0))
            return
        }
        guard a.dtype.isFloatingPoint else {
            integerGemm(a, b, into: out)
            return
        }
        var av = a, bv = b
        var la = blasLayout(av)
        if la == nil { av = try Elementwise.contiguousCopy(a); la = (false, m) }
        var lb = blasLayout(bv)
        if lb == nil { bv = try Elementwise.contiguousCopy(b); lb = (false, p) }
        guard let layoutA = la, let layoutB = lb else { return }
        let ta = layoutA.transposed ? CblasTrans : CblasNoTrans
        let tb = layoutB.transposed ? CblasTrans : CblasNoTrans
        if a.dtype == .float32 {
            cblas_sgemm(CblasRowMajor, ta, tb, Int32(n), Int32(p), Int32(m), 1,
                        av.dataPointer.assumingMemoryBound(to: Float.self), Int32(layoutA.ld),
                        bv.dataPointer.assumingMemoryBound(to: Float.self), Int32(layoutB.ld), 0,
                        out.dataPointer.assumingMemoryBound(to: Float.self), Int32(p))
        } else {
            cblas_dgemm(CblasRowMajor, ta, tb, Int32(n), Int32(p), Int32(m), 1,
                        av.dataPointer.assumingMemoryBound(to: Double.self), Int32(layoutA.ld),
                        bv.dataPointer.assumingMemoryBound(to: Double.self), Int32(layoutB.ld), 0,
                        out.dataPointer.assumingMemoryBound(to: Double.self), Int32(p))
        }
        withExtendedLifetime((av, bv)) {}
    }

    /// out (n) = a (n x m) @ x (m).
    static func gemv(_ a: Tensor, _ x: Tensor, into out: Tensor) throws {
        let n = a.shape[0], m = a.shape[1]
        if n == 0 { return }
        try checkBLASSizes(n, m, Swift.abs(a.strides[0]), Swift.abs(a.strides[1]), Swift.abs(x.strides[0]), Swift.abs(out.strides[0]))
        if m == 0 {
            try Elementwise.fill(out, with: .int(0))
            return
        }
        guard a.dtype.isFloatingPoint else {
            integerGemm(a, x.view(shape: [m, 1], strides: [x.strides[0], 1], offset: x.storageOffset),
                        into: out.view(shape: [n, 1], strides: [1, 1], offset: out.storageOffset))
            return
        }
        var av = a
        var la = blasLayout(av)
        if la == nil { av = try Elementwise.contiguousCopy(a); la = (false, m) }
        guard let layout = la else { return }
        let xv = try x.blasVector()
        // Row-major (n x m) is NoTrans; a transposed view is the (m x n) block read transposed.
        let incy = Swift.max(out.strides[0], 1)
        let item = a.dtype.itemSize
        // OpenBLAS threads gemv itself; splitting here too would oversubscribe the cores.
        let halves = 1
        let per = (n + halves - 1) / halves
        let aBase = av.dataPointer, xBase = xv.pointer, yBase = out.dataPointer
        let ld = layout.ld, transposed = layout.transposed, isFloat = a.dtype == .float32
        let call: (Int) -> Void = { part in
            let first = part * per, count = Swift.min(per, n - first)
            if count <= 0 { return }
            // Rows of the output are rows of a row-major block, or columns of a transposed one.
            let aPart = aBase + (transposed ? first : first * ld) * item
            let yPart = yBase + first * incy * item
            let rows = transposed ? m : count, cols = transposed ? count : m
            let trans = transposed ? CblasTrans : CblasNoTrans
            if isFloat {
                cblas_sgemv(CblasRowMajor, trans, Int32(rows), Int32(cols), 1,
                            aPart.assumingMemoryBound(to: Float.self), Int32(ld),
                            xBase.assumingMemoryBound(to: Float.self), Int32(xv.inc), 0,
                            yPart.assumingMemoryBound(to: Float.self), Int32(incy))
            } else {
                cblas_dgemv(CblasRowMajor, trans, Int32(rows), Int32(cols), 1,
                            aPart.assumingMemoryBound(to: Double.self), Int32(ld),
                            xBase.assumingMemoryBound(to: Double.self), Int32(xv.inc), 0,
                            yPart.assumingMemoryBound(to: Double.self), Int32(incy))
            }
        }
        if halves == 1 { call(0) } else { DispatchQueue.concurrentPerform(iterations: halves, execute: call) }
        withExtendedLifetime((av, xv.keep)) {}
    }

    /// Integer matrix product with wrapping arithmetic (PyTorch has no BLAS for integers).
    static func integerGemm(_ a: Tensor, _ b: Tensor, into out: Tensor) {
        let n = a.shape[0], m = a.shape[1], p = b.shape[1]
        let dt = a.dtype, item = dt.itemSize
        let pa = a.dataPointer, pb = b.dataPointer, po = out.dataPointer
        var row = [Int](repeating: 0, count: p)
        for i in 0..<n {
            for j in 0..<p { row[j] = 0 }
            for k in 0..<m {
                let aik = ElementAccess.loadInt(pa + (i * a.strides[0] + k * a.strides[1]) * item, dt)
                if aik == 0 { continue }
                for j in 0..<p {
                    row[j] &+= aik &* ElementAccess.loadInt(pb + (k * b.strides[0] + j * b.strides[1]) * item, dt)
                }
            }
            for j in 0..<p {
                ElementAccess.storeInt(row[j], po + (i * out.strides[0] + j * out.strides[1]) * out.dtype.itemSize, out.dtype)
            }
        }
    }
}
