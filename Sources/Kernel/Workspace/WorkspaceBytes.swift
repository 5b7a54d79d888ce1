import Foundation

/// Appends little-endian primitives to a byte array: the encoding of workspace files.
public struct ByteWriter {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    public mutating func writeUInt8(_ v: UInt8) { bytes.append(v) }

    public mutating func writeUInt32(_ v: UInt32) {
        withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) }
    }

    public mutating func writeUInt64(_ v: UInt64) {
        withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) }
    }

    public mutating func writeInt(_ v: Int) { writeUInt64(UInt64(bitPattern: Int64(v))) }

    public mutating func writeDouble(_ v: Double) { writeUInt64(v.bitPattern) }

    public mutating func writeString(_ s: String) {
        var s = s
        s.withUTF8 { utf8 in
            writeUInt64(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    /// A length-prefixed block of raw bytes (tensor data is written this way, without copying
    /// element by element).
    public mutating func writeBytes(_ raw: UnsafeRawBufferPointer) {
        writeUInt64(UInt64(raw.count))
        bytes.append(contentsOf: raw)
    }

    public mutating func writeBytes(_ data: Data) {
        data.withUnsafeBytes { writeBytes($0) }
    }

    public mutating func writeBytes(_ array: [UInt8]) {
        array.withUnsafeBytes { writeBytes($0) }
    }

    /// Reserves a UInt64 to be filled by `patch(_:at:)` (lengths known only after writing).
    public mutating func reserveUInt64() -> Int {
        let position = bytes.count
        writeUInt64(0)
        return position
    }

    public mutating func patch(_ v: UInt64, at position: Int) {
        withUnsafeBytes(of: v.littleEndian) { raw in
            for i in 0..<8 { bytes[position + i] = raw[i] }
        }
    }

    public mutating func append(_ other: [UInt8]) { bytes.append(contentsOf: other) }

    public var count: Int { bytes.count }

    mutating func truncate(to count: Int) { bytes.removeSubrange(count...) }

    /// Hands over everything written so far without copying it, leaving the writer empty.
    mutating func takeBytes() -> [UInt8] {
        defer { bytes = [] }
        return bytes
    }
}

/// A damaged or unexpected workspace file.
public struct WorkspaceFormatError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// Reads what `ByteWriter` wrote, checking every bound: a damaged file is an error, never a
/// crash.
public struct ByteReader {
    let bytes: [UInt8]
    public private(set) var offset: Int
    let end: Int

    public init(_ bytes: [UInt8], range: Range<Int>? = nil) {
        self.bytes = bytes
        self.offset = range?.lowerBound ?? 0
        self.end = range?.upperBound ?? bytes.count
    }

    public var isAtEnd: Bool { offset >= end }

    private mutating func take(_ n: Int) throws -> Range<Int> {
        guard n >= 0, n <= end - offset else { throw WorkspaceFormatError("the workspace file is truncated or damaged") }
        defer { offset += n }
        return offset..<(offset + n)
    }

    public mutating func readUInt8() throws -> UInt8 {
        bytes[try take(1).lowerBound]
    }

    public mutating func readUInt32() throws -> UInt32 {
        let r = try take(4)
        var v: UInt32 = 0
        for i in r.reversed() { v = v << 8 | UInt32(bytes[i]) }
        return v
    }

    public mutating func readUInt64() throws -> UInt64 {
        let r = try take(8)
        var v: UInt64 = 0
        for i in r.reversed() { v = v << 8 | UInt64(bytes[i]) }
        return v
    }

    public mutating func readInt() throws -> Int { Int(Int64(bitPattern: try readUInt64())) }

    public mutating func readDouble() throws -> Double { Double(bitPattern: try readUInt64()) }

    /// A length read from the file, checked against what is left so a damaged length cannot make
    /// a huge allocation.
    public mutating func readLength() throws -> Int {
        let n = try readUInt64()
        guard n <= UInt64(end - offset) else { throw WorkspaceFormatError("the workspace file is truncated or damaged") }
        return Int(n)
    }

    public mutating func readString() throws -> String {
        let r = try take(try readLength())
        return String(decoding: bytes[r], as: UTF8.self)
    }

    /// A length-prefixed block, handed to `body` without copying.
    public mutating func withBytes<T>(_ body: (UnsafeRawBufferPointer) throws -> T) throws -> T {
        let r = try take(try readLength())
        return try bytes.withUnsafeBytes { all in try body(UnsafeRawBufferPointer(rebasing: all[r])) }
    }

    public mutating func readBytes() throws -> [UInt8] {
        Array(bytes[try take(try readLength())])
    }

    /// The next `count` bytes as a range of the underlying buffer (for nested readers).
    mutating func skip(_ count: Int) throws -> Range<Int> { try take(count) }
}
