/// Dtype conversion, copies, fills and element access.
extension Tensor {
    /// `t.to(dtype)`: the same tensor when the dtype already matches, else a converted copy
    /// (C++ cast semantics: floats truncate toward zero into integers).
    public func to(_ dtype: DType) throws -> Tensor {
        if dtype == self.dtype { return self }
        let out = try Elementwise.cast(self, to: dtype)
        out.isWrappedNumber = false
        return Autograd.record(.cast(from: self.dtype), out, self)
    }

    /// `t.float()`: converted to float32.
    public func float() throws -> Tensor { try to(.float32) }
    /// `t.double()`: converted to float64.
    public func double() throws -> Tensor { try to(.float64) }
    /// `t.long()`: converted to int64.
    public func long() throws -> Tensor { try to(.int64) }
    /// `t.int()`: converted to int32.
    public func int() throws -> Tensor { try to(.int32) }
    /// `t.byte()`: converted to uint8.
    public func byte() throws -> Tensor { try to(.uint8) }
    /// `t.bool()`: converted to bool.
    public func bool() throws -> Tensor { try to(.bool) }

    /// `t.type()`: the legacy type string, e.g. "torch.FloatTensor".
    public var typeName: String { dtype.tensorTypeName }

    /// `t.type("torch.LongTensor")` / `t.type(torch.int64)`: converts by type name.
    public func type(_ name: String) throws -> Tensor {
        guard let dt = DType(name: name) else { throw TensorError.value("invalid type: '\(name)'") }
        return try to(dt)
    }

    /// A contiguous copy that does not share storage (`t.clone()`).
    public func clone() throws -> Tensor {
        let out = try Elementwise.allocateOutput(shape: shape, dtype: dtype, like: [self])
        Elementwise.run(CastKernels.kernel(from: dtype, to: dtype), shape: shape, operands: [out, self])
        return Autograd.record(.clone, out, self)
    }

    /// `t.contiguous()`: `t` itself when already contiguous, else a row-major copy.
    public func contiguous() throws -> Tensor {
        if isContiguous { return self }
        let out = try Elementwise.contiguousCopy(self)
        return Autograd.record(.clone, out, self)
    }

    /// Calls `body` with the elements' bytes in row-major order (`count * dtype.itemSize` of
    /// them): the storage itself when the tensor is contiguous, else a copy made for the call
    /// (not recorded for autograd). The buffer is valid only inside `body`; callers get bytes,
    /// never an address that could outlive the storage.
    public func withContiguousBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) throws -> Result {
        let source = try Elementwise.contiguousIfNeeded(self)
        return try withExtendedLifetime(source) {
            try body(UnsafeRawBufferPointer(start: source.dataPointer, count: source.count * source.dtype.itemSize))
        }
    }

    /// `t.copy_(src)`: writes `src` (broadcast, converted) into this tensor's elements.
    @discardableResult
    public func copy_(_ src: Tensor) throws -> Tensor {
        try Autograd.checkInPlace(self)
        let previous = Autograd.snapshotForInPlace(self, src)
        try Elementwise.copy(src, into: self)
        if let p = previous { Autograd.recordInPlace(.copyInto, self, p, [p, src]) }
        return self
    }

    /// `t.fill_(value)`.
    @discardableResult
    public func fill_(_ value: Scalar) throws -> Tensor {
        try Autograd.checkInPlace(self)
        try Elementwise.fill(self, with: value)
        return self
    }

    /// `t.zero_()`.
    @discardableResult
    public func zero_() throws -> Tensor { try fill_(.int(0)) }

    // MARK: Elements

    /// Byte address of the element at a linear (row-major) index of this view.
    @inline(__always)
    func elementPointer(linear index: Int) -> UnsafeMutableRawPointer {
        if isContiguous { return dataPointer + index &* dtype.itemSize }
        var rest = index
        var offset = storageOffset
        var d = shape.count - 1
        while d >= 0 {
            let size = shape[d]
            offset &+= (rest % size) &* strides[d]
            rest /= size
            d -= 1
        }
        return storage.data + offset &* dtype.itemSize
    }

    /// The value of a one-element tensor as a Python number (`t.item()`).
    public func item() throws -> Scalar {
        guard count == 1 else {
            throw TensorError.runtime("a Tensor with \(count) elements cannot be converted to Scalar")
        }
        return ElementAccess.loadScalar(dataPointer, dtype)
    }

    /// Truth value of a one-element tensor (`bool(t)`, `if t:`).
    public func truthValue() throws -> Bool {
        if count == 0 {
            throw TensorError.runtime("Boolean value of Tensor with no values is ambiguous")
        }
        guard count == 1 else {
            throw TensorError.runtime("Boolean value of Tensor with more than one value is ambiguous")
        }
        return ElementAccess.loadScalar(dataPointer, dtype).boolValue
    }

    /// Element at row-major position `index` of this view (no bounds check beyond `count`).
    public func element(at index: Int) throws -> Scalar {
        guard index >= 0 && index < count else {
            throw TensorError.index("index \(index) is out of bounds for size \(count)")
        }
        return ElementAccess.loadScalar(elementPointer(linear: index), dtype)
    }

    /// Writes element at row-major position `index` (C++ cast semantics).
    public func setElement(at index: Int, to value: Scalar) throws {
        guard index >= 0 && index < count else {
            throw TensorError.index("index \(index) is out of bounds for size \(count)")
        }
        ElementAccess.store(value, elementPointer(linear: index), dtype)
    }

    /// All elements in row-major order as Python numbers.
    public func scalars() -> [Scalar] {
        var out: [Scalar] = []
        out.reserveCapacity(count)
        forEachElementPointer { out.append(ElementAccess.loadScalar($0, dtype)) }
        return out
    }

    /// All elements in row-major order as Doubles (bools are 0/1).
    public func doubles() -> [Double] {
        var out: [Double] = []
        out.reserveCapacity(count)
        forEachElementPointer { out.append(ElementAccess.loadDouble($0, dtype)) }
        return out
    }

    /// Elements converted to Swift `Float`s, row-major.
    public func floats() -> [Float] { doubles().map { Float($0) } }

    /// Elements converted to Swift `Int`s, row-major (floats truncate).
    public func ints() -> [Int] {
        var out: [Int] = []
        out.reserveCapacity(count)
        forEachElementPointer { out.append(ElementAccess.loadInt($0, dtype)) }
        return out
    }

    /// Visits each element's address in row-major order.
    func forEachElementPointer(_ body: (UnsafeMutableRawPointer) -> Void) {
        if count == 0 { return }
        let item = dtype.itemSize
        if isContiguous {
            let base = dataPointer
            for i in 0..<count { body(base + i &* item) }
            return
        }
        var index = [Int](repeating: 0, count: rank)
        var p = dataPointer
        for _ in 0..<count {
            body(p)
            var d = rank - 1
            while d >= 0 {
                index[d] += 1
                p += strides[d] &* item
                if index[d] < shape[d] { break }
                p -= shape[d] &* strides[d] &* item
                index[d] = 0
                d -= 1
            }
        }
    }

    /// Nested Python-style list of the elements (`t.tolist()`): a `.scalar` for 0-d tensors.
    public func toList() -> NestedList {
        let flat = scalars()
        if rank == 0 { return .scalar(flat.first ?? .int(0)) }
        var position = 0
        func build(_ dim: Int) -> NestedList {
            if dim == rank - 1 {
                let items = flat[position..<(position + shape[dim])].map { NestedList.scalar($0) }
                position += shape[dim]
                return .list(Array(items))
            }
            return .list((0..<shape[dim]).map { _ in build(dim + 1) })
        }
        return build(0)
    }
}

/// A nested list of Python numbers: the result of `tolist()` and the input of `torch.tensor(...)`.
public indirect enum NestedList: Equatable, CustomStringConvertible {
    case scalar(Scalar)
    case list([NestedList])

    /// Python's repr: "[[1, 2], [3, 4]]".
    public var description: String {
        switch self {
        case .scalar(let s): return s.description
        case .list(let items): return "[" + items.map { $0.description }.joined(separator: ", ") + "]"
        }
    }
}
