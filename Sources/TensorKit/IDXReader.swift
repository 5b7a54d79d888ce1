import CZlib

/// Readers for the IDX format of the MNIST files (`train-images-idx3-ubyte.gz`), gzip or not.
public enum IDXReader {
    /// Reads an IDX file (gzip-compressed when it starts with the gzip magic) into a tensor:
    /// ubyte -> uint8, signed byte/short/int -> int32, float -> float32, double -> float64.
    public static func read(path: String) throws -> Tensor {
        try decode(try FileBytes.read(path), name: path)
    }

    /// Decodes IDX bytes (gzip-compressed or raw).
    public static func decode(_ bytes: [UInt8], name: String = "<memory>") throws -> Tensor {
        let raw = bytes.count >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b ? try Gzip.decompress(bytes, name: name) : bytes
        var reader = ByteReader(raw, name: name)
        let magic = try reader.take(4, what: "the IDX magic number")
        let m = Array(magic)
        guard m[0] == 0, m[1] == 0 else { throw TensorError.io("\(name): not an IDX file (bad magic number)") }
        let (dtype, itemSize, kind): (DType, Int, UInt8)
        switch m[2] {
        case 0x08: (dtype, itemSize, kind) = (.uint8, 1, 0x08)
        case 0x09: (dtype, itemSize, kind) = (.int32, 1, 0x09)
        case 0x0B: (dtype, itemSize, kind) = (.int32, 2, 0x0B)
        case 0x0C: (dtype, itemSize, kind) = (.int32, 4, 0x0C)
        case 0x0D: (dtype, itemSize, kind) = (.float32, 4, 0x0D)
        case 0x0E: (dtype, itemSize, kind) = (.float64, 8, 0x0E)
        default: throw TensorError.io("\(name): unknown IDX element type 0x\(String(m[2], radix: 16))")
        }
        let rank = Int(m[3])
        var shape: [Int] = []
        for d in 0..<rank { shape.append(Int(try reader.bigEndianUInt32("dimension \(d)"))) }
        let count = try Shape.elementCount(shape)
        let (bytesNeeded, overflow) = count.multipliedReportingOverflow(by: itemSize)
        guard !overflow, bytesNeeded <= reader.remaining else {
            throw TensorError.io("\(name): file is truncated (header says \(Shape.describe(shape)) elements of \(itemSize) bytes, but only \(reader.remaining) bytes of data follow)")
        }
        let data = try reader.take(bytesNeeded, what: "element data")
        let out = try Tensor(uninitializedShape: shape, dtype: dtype)
        let p = out.dataPointer
        data.withUnsafeBytes { src in
            switch kind {
            case 0x08:
                if let base = src.baseAddress { p.copyMemory(from: base, byteCount: count) }
            case 0x09:
                for i in 0..<count { p.storeBytes(of: Int32(Int8(bitPattern: src[i])), toByteOffset: i * 4, as: Int32.self) }
            case 0x0B:
                for i in 0..<count {
                    let v = Int16(bitPattern: UInt16(src[2 * i]) << 8 | UInt16(src[2 * i + 1]))
                    p.storeBytes(of: Int32(v), toByteOffset: i * 4, as: Int32.self)
                }
            case 0x0C, 0x0D:
                for i in 0..<count {
                    let v = UInt32(src[4 * i]) << 24 | UInt32(src[4 * i + 1]) << 16 | UInt32(src[4 * i + 2]) << 8 | UInt32(src[4 * i + 3])
                    p.storeBytes(of: v, toByteOffset: i * 4, as: UInt32.self)
                }
            default:
                for i in 0..<count {
                    var v: UInt64 = 0
                    for k in 0..<8 { v = v << 8 | UInt64(src[8 * i + k]) }
                    p.storeBytes(of: v, toByteOffset: i * 8, as: UInt64.self)
                }
            }
        }
        return out
    }
}

/// gzip/zlib (de)compression through zlib.
public enum Gzip {
    /// Inflates a gzip (or zlib) stream.
    public static func decompress(_ bytes: [UInt8], name: String = "<memory>") throws -> [UInt8] {
        var stream = z_stream()
        // 15 window bits + 32: detect gzip or zlib headers automatically.
        guard inflateInit2_(&stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw TensorError.io("\(name): cannot initialise zlib")
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 18)
        var input = bytes
        let status: Int32 = input.withUnsafeMutableBufferPointer { inBuf in
            stream.next_in = inBuf.baseAddress
            stream.avail_in = UInt32(inBuf.count)
            var result: Int32 = Z_OK
            repeat {
                let produced: Int = chunk.withUnsafeMutableBufferPointer { outBuf in
                    stream.next_out = outBuf.baseAddress
                    stream.avail_out = UInt32(outBuf.count)
                    result = inflate(&stream, Z_NO_FLUSH)
                    return outBuf.count - Int(stream.avail_out)
                }
                output.append(contentsOf: chunk[0..<produced])
                if result == Z_STREAM_END && stream.avail_in > 0 {
                    // Concatenated gzip members: start the next one.
                    result = inflateReset(&stream)
                }
            } while result == Z_OK && (stream.avail_in > 0 || stream.avail_out == 0)
            return result
        }
        if status != Z_STREAM_END {
            let what = status == Z_OK || status == Z_BUF_ERROR ? "compressed data ends early" : "corrupt compressed data"
            throw TensorError.io("\(name): \(what) (zlib status \(status))")
        }
        return output
    }

    /// Compresses bytes as a gzip stream (used to write test files and `.gz` outputs).
    public static func compress(_ bytes: [UInt8]) throws -> [UInt8] {
        var stream = z_stream()
        guard deflateInit2_(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY,
                            ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw TensorError.io("cannot initialise zlib")
        }
        defer { deflateEnd(&stream) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(bytes.count))) + 32)
        let status: Int32 = input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                stream.next_in = inBuf.baseAddress
                stream.avail_in = UInt32(inBuf.count)
                stream.next_out = outBuf.baseAddress
                stream.avail_out = UInt32(outBuf.count)
                return deflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else { throw TensorError.io("gzip compression failed (zlib status \(status))") }
        return Array(output.prefix(Int(stream.total_out)))
    }
}
