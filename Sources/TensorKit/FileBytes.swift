#if canImport(Glibc)
import Glibc
#endif

/// Reading and writing whole files without Foundation, with errors that name the file.
enum FileBytes {
    static func read(_ path: String) throws -> [UInt8] {
        guard let f = fopen(path, "rb") else {
            throw TensorError.io("cannot open '\(path)': \(String(cString: strerror(errno)))")
        }
        defer { fclose(f) }
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, f) }
            if n > 0 { result.append(contentsOf: chunk[0..<n]) }
            if n < chunk.count {
                if ferror(f) != 0 { throw TensorError.io("cannot read '\(path)': \(String(cString: strerror(errno)))") }
                break
            }
        }
        return result
    }

    static func write(_ bytes: [UInt8], to path: String) throws {
        guard let f = fopen(path, "wb") else {
            throw TensorError.io("cannot open '\(path)' for writing: \(String(cString: strerror(errno)))")
        }
        let written = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, f) }
        let closed = fclose(f)
        if written != bytes.count || closed != 0 {
            throw TensorError.io("cannot write '\(path)': \(String(cString: strerror(errno)))")
        }
    }
}

/// A cursor over bytes for parsing binary formats, throwing on truncation.
struct ByteReader {
    let bytes: [UInt8]
    var position = 0
    let name: String

    init(_ bytes: [UInt8], name: String) {
        self.bytes = bytes
        self.name = name
    }

    var remaining: Int { bytes.count - position }

    mutating func take(_ n: Int, what: String) throws -> ArraySlice<UInt8> {
        guard n >= 0, n <= remaining else {
            throw TensorError.io("\(name): file is truncated (expected \(n) more bytes of \(what), found \(remaining))")
        }
        defer { position += n }
        return bytes[position..<(position + n)]
    }

    mutating func bigEndianUInt32(_ what: String) throws -> UInt32 {
        let b = try take(4, what: what)
        return b.reduce(0) { ($0 << 8) | UInt32($1) }
    }

    mutating func littleEndianUInt64(_ what: String) throws -> UInt64 {
        let b = try take(8, what: what)
        return b.reversed().reduce(0) { ($0 << 8) | UInt64($1) }
    }
}
