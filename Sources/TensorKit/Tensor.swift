/// A strided view of typed elements in a `Storage`: PyTorch's `torch.Tensor`.
///
/// Element `(i0, i1, ...)` lives at `storage.data + (storageOffset + Σ ik*strides[k]) * itemSize`.
/// Shape, strides, offset and dtype never change after creation, so views (slices, transposes,
/// expands) are new `Tensor` objects over the same storage and never copy. The element values are
/// mutable through in-place operations.
///
/// Autograd state lives on the tensor too (`requiresGrad`, `grad`, `gradFn`); see `Autograd.swift`
/// for how operations record backward nodes.
public final class Tensor {
    /// The memory this tensor views (`t.untyped_storage()`), shared by all views.
    public let storage: Storage
    /// Offset of element (0, 0, ...) in elements of `dtype` (`t.storage_offset()`).
    public let storageOffset: Int
    /// Size of each dimension (`t.shape`).
    public let shape: [Int]
    /// Step in elements between neighbours along each dimension (`t.stride()`); 0 for expanded dims.
    public let strides: [Int]
    /// Element type.
    public let dtype: DType
    /// Number of elements (`t.numel()`).
    public let count: Int
    /// True when the elements are laid out row-major without gaps (`t.is_contiguous()`).
    public let isContiguous: Bool

    /// Set on leaf tensors whose gradient should be accumulated into `grad` (`t.requires_grad`).
    /// Results of recorded operations have it set too.
    public var requiresGrad: Bool = false
    /// The accumulated gradient (`t.grad`), filled by `backward()`.
    public var grad: Tensor?
    /// The node that produced this tensor when autograd recorded it (`t.grad_fn`); nil for leaves.
    public var gradFn: AutogradNode?
    /// The context whose grad mode governs recording for this tensor's descendants. Leaves made to
    /// require grad through `requiresGrad_(_:in:)` carry it; recorded results inherit it.
    public internal(set) var autogradContext: AutogradContext?
    /// True for non-leaf tensors asked to keep their `.grad` (`t.retain_grad()`).
    public var retainsGrad: Bool = false

    /// True for the 0-d tensors TensorKit makes from Python scalars: they promote like numbers.
    var isWrappedNumber: Bool = false

    /// Makes a view; the caller guarantees the view stays inside the storage.
    init(storage: Storage, storageOffset: Int, shape: [Int], strides: [Int], dtype: DType) {
        self.storage = storage
        self.storageOffset = storageOffset
        self.shape = shape
        self.strides = strides
        self.dtype = dtype
        var n = 1
        var contiguous = true
        var expected = 1
        var d = shape.count - 1
        while d >= 0 {
            let size = shape[d]
            n &*= size
            if size != 1 {
                if strides[d] != expected { contiguous = false }
                expected &*= size
            }
            d -= 1
        }
        self.count = n
        self.isContiguous = contiguous || n == 0
    }

    /// A new contiguous tensor of the given shape; elements are uninitialised unless `zeroed`.
    /// Throws for negative sizes and for allocations the machine cannot satisfy.
    convenience init(uninitializedShape shape: [Int], dtype: DType, zeroed: Bool = false) throws {
        let n = try Shape.elementCount(shape)
        let storage = try Storage(count: n, dtype: dtype, zeroed: zeroed)
        self.init(storage: storage, storageOffset: 0, shape: shape, strides: Shape.contiguousStrides(shape), dtype: dtype)
    }

    /// A 0-d tensor holding `value` as `dtype` (C++ cast semantics).
    convenience init(scalar value: Scalar, dtype: DType) throws {
        let storage = try Storage(byteCount: dtype.itemSize)
        self.init(storage: storage, storageOffset: 0, shape: [], strides: [], dtype: dtype)
        ElementAccess.store(value, storage.data, dtype)
    }

    /// A Python number as PyTorch wraps it for tensor arithmetic: a 0-d tensor that promotes
    /// with the lowest priority. Floats are held as float64 (as PyTorch does) so `float64_tensor *
    /// 0.1` sees the exact double; promotion treats them as the default float dtype.
    public static func wrapping(_ value: Scalar) throws -> Tensor {
        let t = try Tensor(scalar: value, dtype: value.isFloatingPoint ? .float64 : value.wrappedDType)
        t.isWrappedNumber = true
        return t
    }

    /// Number of dimensions (`t.dim()`).
    @inlinable public var rank: Int { shape.count }

    /// Address of element (0, 0, ...).
    @inline(__always)
    public var dataPointer: UnsafeMutableRawPointer {
        storage.data + storageOffset &* dtype.itemSize
    }

    /// Size of dimension `dim` (negative counts from the end), as `t.size(dim)`.
    public func size(_ dim: Int) throws -> Int {
        shape[try Shape.normalize(dim: dim, rank: rank)]
    }

    /// Stride of dimension `dim` (negative counts from the end), as `t.stride(dim)`.
    public func stride(_ dim: Int) throws -> Int {
        strides[try Shape.normalize(dim: dim, rank: rank)]
    }

    /// True when this tensor and `other` view the same storage.
    public func sharesStorage(with other: Tensor) -> Bool { storage === other.storage }

    /// A view with new geometry over the same storage and dtype.
    @inline(__always)
    func view(shape: [Int], strides: [Int], offset: Int) -> Tensor {
        Tensor(storage: storage, storageOffset: offset, shape: shape, strides: strides, dtype: dtype)
    }
}
