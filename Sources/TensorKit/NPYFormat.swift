/// numpy's `.npy` format (versions 1-3), so arrays move between numpy and TensorKit unchanged.
public enum NPYFormat {
    /// Reads a `.npy` file. Supported element types: bool, uint8, int8/int16/int32/uint16 (read as
    /// int32), int64/uint32 (as int64), float32, float64; either byte order; C or Fortran order.
    public static func read(path: String) throws -> Tensor {
        try decode(try FileBytes.read(path), name: path)
    }

    /// Decodes the bytes of a file; `name` (a path) appears in error messages.
    public static func decode(_ bytes: [UInt8], name: String = "<memory>") throws -> Tensor {
        var reader = ByteReader(bytes, name: name)
        let magic = Array(try reader.take(6, what: "the .npy magic string"))
        guard magic == [0x93, 0x4E, 0x55, 0x4D, 0x50, 0x59] else {
            throw TensorError.io("\(name): not a .npy file (bad magic string)")
        }
        let version = Array(try reader.take(2, what: "the format version"))
        let headerLength: Int
        switch version[0] {
        case 1:
            let b = Array(try reader.take(2, what: "the header length"))
            headerLength = Int(b[0]) | Int(b[1]) << 8
        case 2, 3:
            let b = Array(try reader.take(4, what: "the header length"))
            headerLength = Int(b[0]) | Int(b[1]) << 8 | Int(b[2]) << 16 | Int(b[3]) << 24
        default:
            throw TensorError.io("\(name): unsupported .npy format version \(version[0]).\(version[1])")
        }
        let headerBytes = try reader.take(headerLength, what: "the header")
        let header = String(decoding: headerBytes, as: UTF8.self)
        guard let descr = field(header, "descr").flatMap(quoted),
              let fortranText = field(header, "fortran_order"),
              let shapeText = field(header, "shape") else {
            throw TensorError.io("\(name): malformed .npy header: \(header)")
        }
        let fortran = fortranText.hasPrefix("True")
        let shape = try parseShape(shapeText, name: name)
        let (dtype, size, signed, float) = try element(descr, name: name)
        let bigEndian = descr.hasPrefix(">")
        let count = try Shape.elementCount(shape)
        let (byteCount, overflow) = count.multipliedReportingOverflow(by: size)
        guard !overflow, byteCount <= reader.remaining else {
            throw TensorError.io("\(name): file is truncated (shape \(Shape.describe(shape)) needs \(byteCount) bytes of data, found \(reader.remaining))")
        }
        let data = Array(try reader.take(byteCount, what: "array data"))
        let storedShape = fortran ? Array(shape.reversed()) : shape
        let out = try Tensor(uninitializedShape: storedShape, dtype: dtype)
        let p = out.dataPointer
        for i in 0..<count {
            var v: UInt64 = 0
            for k in 0..<size {
                let byte = UInt64(data[i * size + (bigEndian ? size - 1 - k : k)])
                v |= byte << (8 * UInt64(k))
            }
            let q = p + i * dtype.itemSize
            if float {
                if size == 4 { q.storeBytes(of: Float(bitPattern: UInt32(v)), as: Float.self) } else { q.storeBytes(of: Double(bitPattern: v), as: Double.self) }
            } else if dtype == .bool {
                q.storeBytes(of: v != 0, as: Bool.self)
            } else {
                var iv = Int(bitPattern: UInt(v))
                if signed && size < 8 {
                    let shift = 64 - 8 * size
                    iv = (iv << shift) >> shift
                }
                ElementAccess.storeInt(iv, q, dtype)
            }
        }
        if fortran {
            return try out.permute(Array((0..<shape.count).reversed())).contiguous()
        }
        return out
    }

    /// Writes a tensor as a version 1.0 `.npy` file.
    public static func write(_ tensor: Tensor, path: String) throws {
        try FileBytes.write(try encode(tensor), to: path)
    }

    /// Encodes to the bytes of a file.
    public static func encode(_ tensor: Tensor) throws -> [UInt8] {
        let descr: String
        switch tensor.dtype {
        case .bool: descr = "|b1"
        case .uint8: descr = "|u1"
        case .int32: descr = "<i4"
        case .int64: descr = "<i8"
        case .float32: descr = "<f4"
        case .float64: descr = "<f8"
        }
        var header = "{'descr': '\(descr)', 'fortran_order': False, 'shape': \(Shape.tupleDescription(tensor.shape)), }"
        if tensor.rank == 0 { header = "{'descr': '\(descr)', 'fortran_order': False, 'shape': (), }" }
        // Pad so that magic + version + length + header ends on a 64-byte boundary.
        let unpadded = 10 + header.utf8.count + 1
        header += String(repeating: " ", count: (64 - unpadded % 64) % 64) + "\n"
        var out: [UInt8] = [0x93, 0x4E, 0x55, 0x4D, 0x50, 0x59, 1, 0]
        let length = header.utf8.count
        out.append(UInt8(length & 0xff))
        out.append(UInt8(length >> 8))
        out.append(contentsOf: Array(header.utf8))
        let c = try Elementwise.contiguousCopy(tensor)
        // Keep `c` alive while its bytes are read through a raw pointer.
        withExtendedLifetime(c) {
            out.append(contentsOf: UnsafeRawBufferPointer(start: c.dataPointer, count: c.count * c.dtype.itemSize))
        }
        return out
    }

    /// The text after `'key':` up to the next top-level comma.
    static func field(_ header: String, _ key: String) -> String? {
        guard let range = header.range(of: "'\(key)':") else { return nil }
        var rest = header[range.upperBound...].drop { $0 == " " }
        var depth = 0
        var result = ""
        while let c = rest.first {
            if c == "(" { depth += 1 }
            if c == ")" { depth -= 1 }
            if (c == "," && depth == 0) || c == "}" { break }
            result.append(c)
            rest = rest.dropFirst()
        }
        return result.trimmingTrailingSpaces()
    }

    static func quoted(_ s: String) -> String? {
        guard s.count >= 2, let first = s.first, first == "'" || first == "\"" else { return nil }
        return String(s.dropFirst().dropLast())
    }

    static func parseShape(_ text: String, name: String) throws -> [Int] {
        let inner = text.filter { $0 != "(" && $0 != ")" && $0 != " " && $0 != "L" }
        var shape: [Int] = []
        for part in inner.split(separator: ",") {
            guard let v = Int(part), v >= 0 else { throw TensorError.io("\(name): bad shape in .npy header: \(text)") }
            shape.append(v)
        }
        return shape
    }

    static func element(_ descr: String, name: String) throws -> (DType, Int, Bool, Bool) {
        let code = String(descr.dropFirst())
        switch code {
        case "b1": return (.bool, 1, false, false)
        case "u1": return (.uint8, 1, false, false)
        case "i1": return (.int32, 1, true, false)
        case "i2": return (.int32, 2, true, false)
        case "u2": return (.int32, 2, false, false)
        case "i4": return (.int32, 4, true, false)
        case "u4": return (.int64, 4, false, false)
        case "i8": return (.int64, 8, true, false)
        case "f4": return (.float32, 4, true, true)
        case "f8": return (.float64, 8, true, true)
        default: throw TensorError.io("\(name): unsupported .npy dtype '\(descr)'")
        }
    }
}

extension String {
    /// The first range of `needle` (Foundation-free).
    func range(of needle: String) -> Range<String.Index>? {
        guard !needle.isEmpty else { return nil }
        var i = startIndex
        while i < endIndex {
            if self[i...].hasPrefix(needle) { return i..<(index(i, offsetBy: needle.count)) }
            i = index(after: i)
        }
        return nil
    }
}
