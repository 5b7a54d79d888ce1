import CZlib

/// The zip container of PyTorch's `torch.save` files, as its `PyTorchFileWriter` (miniz) lays it
/// out: every entry stored (no compression) under one top-level folder, each entry's data aligned
/// to 64 bytes by an extra field of id "FB" padded with 'Z', so a reader can map tensors straight
/// from the file.
enum TorchZipArchive {
    static let alignment = 64

    /// One failure in reading or writing, with the message that becomes the Python exception.
    struct Failure: Error {
        let message: String
        init(_ message: String) { self.message = message }
    }

    /// Builds an archive in memory; `finish()` appends the central directory.
    struct Writer {
        private(set) var bytes: [UInt8] = []
        private var central: [UInt8] = []
        private var entryCount = 0

        mutating func add(_ name: String, _ data: UnsafeRawBufferPointer) throws {
            let nameBytes = Array(name.utf8)
            let offset = bytes.count
            guard offset < 0xFFFF_FFFF, data.count < 0xFFFF_FFFF, nameBytes.count < 0xFFFF, entryCount < 0xFFFF else {
                throw Failure("torch.save: archives over 4 GB or 65535 entries (zip64) are not supported")
            }
            let dataStart = offset + 30 + nameBytes.count + 4
            let padding = (Self.alignmentPadding(dataStart))
            let crc = UInt32(crc32(0, data.baseAddress?.assumingMemoryBound(to: UInt8.self), uInt(data.count)))
            // Local file header: version 0, UTF-8 names, stored, no timestamp (as PyTorch writes).
            append32(&bytes, 0x0403_4b50)
            append16(&bytes, 0); append16(&bytes, 0x0800); append16(&bytes, 0)
            append16(&bytes, 0); append16(&bytes, 0)
            append32(&bytes, crc); append32(&bytes, UInt32(data.count)); append32(&bytes, UInt32(data.count))
            append16(&bytes, UInt16(nameBytes.count)); append16(&bytes, UInt16(4 + padding))
            bytes.append(contentsOf: nameBytes)
            bytes.append(contentsOf: Array("FB".utf8)); append16(&bytes, UInt16(padding))
            bytes.append(contentsOf: repeatElement(UInt8(ascii: "Z"), count: padding))
            bytes.append(contentsOf: data)

            append32(&central, 0x0201_4b50)
            append16(&central, 0); append16(&central, 0); append16(&central, 0x0800); append16(&central, 0)
            append16(&central, 0); append16(&central, 0)
            append32(&central, crc); append32(&central, UInt32(data.count)); append32(&central, UInt32(data.count))
            append16(&central, UInt16(nameBytes.count)); append16(&central, 0); append16(&central, 0)
            append16(&central, 0); append16(&central, 0); append32(&central, 0)
            append32(&central, UInt32(offset))
            central.append(contentsOf: nameBytes)
            entryCount += 1
        }

        mutating func add(_ name: String, _ data: [UInt8]) throws {
            try data.withUnsafeBytes { try add(name, $0) }
        }

        /// The finished archive: entries, central directory, end-of-central-directory record.
        mutating func finish() throws -> [UInt8] {
            let directoryOffset = bytes.count
            guard directoryOffset + central.count < 0xFFFF_FFFF else {
                throw Failure("torch.save: archives over 4 GB (zip64) are not supported")
            }
            bytes.append(contentsOf: central)
            append32(&bytes, 0x0605_4b50)
            append16(&bytes, 0); append16(&bytes, 0)
            append16(&bytes, UInt16(entryCount)); append16(&bytes, UInt16(entryCount))
            append32(&bytes, UInt32(central.count)); append32(&bytes, UInt32(directoryOffset))
            append16(&bytes, 0)
            return bytes
        }

        static func alignmentPadding(_ position: Int) -> Int {
            (TorchZipArchive.alignment - position % TorchZipArchive.alignment) % TorchZipArchive.alignment
        }
    }

    /// Where each entry's data lies in the archive bytes (read from the central directory, which
    /// holds the sizes that PyTorch's streamed local headers leave as zero).
    struct Entry {
        let name: String
        let dataRange: Range<Int>
    }

    /// Reads the directory of an archive; `name` is used in messages.
    static func entries(_ bytes: [UInt8], name: String) throws -> [Entry] {
        let notZip = Failure("PytorchStreamReader failed reading zip archive: failed finding central directory")
        guard bytes.count >= 22 else { throw notZip }
        var end = -1
        var position = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 0xFFFF)
        while position >= lowest {
            if read32(bytes, position) == 0x0605_4b50 { end = position; break }
            position -= 1
        }
        guard end >= 0 else { throw notZip }
        var count = Int(read16(bytes, end + 10))
        var directoryOffset = Int(read32(bytes, end + 16))
        if count == 0xFFFF || directoryOffset == 0xFFFF_FFFF {
            // Zip64: the locator sits just before the classic record and points at the zip64 record.
            let locator = end - 20
            guard locator >= 0, read32(bytes, locator) == 0x0706_4b50 else { throw notZip }
            let record = try checkedInt(read64(bytes, locator + 8), bytes.count)
            guard record + 56 <= bytes.count, read32(bytes, record) == 0x0606_4b50 else { throw notZip }
            count = try checkedInt(read64(bytes, record + 32), bytes.count)
            directoryOffset = try checkedInt(read64(bytes, record + 48), bytes.count)
        }
        var entries: [Entry] = []
        var p = directoryOffset
        for _ in 0..<count {
            guard p + 46 <= bytes.count, read32(bytes, p) == 0x0201_4b50 else {
                throw Failure("PytorchStreamReader failed reading zip archive: \(name): corrupt central directory")
            }
            let method = read16(bytes, p + 10)
            var size = UInt64(read32(bytes, p + 24))
            var compressedSize = UInt64(read32(bytes, p + 20))
            let nameLength = Int(read16(bytes, p + 28)), extraLength = Int(read16(bytes, p + 30))
            let commentLength = Int(read16(bytes, p + 32))
            var localOffset = UInt64(read32(bytes, p + 42))
            guard p + 46 + nameLength + extraLength + commentLength <= bytes.count else { throw notZip }
            let entryName = String(decoding: bytes[(p + 46)..<(p + 46 + nameLength)], as: UTF8.self)
            // Zip64 extra field: the 64-bit values, in this order, for the fields saturated above.
            var e = p + 46 + nameLength
            let extraEnd = e + extraLength
            while e + 4 <= extraEnd {
                let id = read16(bytes, e), length = Int(read16(bytes, e + 2))
                if id == 0x0001 {
                    var q = e + 4
                    if size == 0xFFFF_FFFF, q + 8 <= extraEnd { size = read64(bytes, q); q += 8 }
                    if compressedSize == 0xFFFF_FFFF, q + 8 <= extraEnd { compressedSize = read64(bytes, q); q += 8 }
                    if localOffset == 0xFFFF_FFFF, q + 8 <= extraEnd { localOffset = read64(bytes, q) }
                }
                e += 4 + length
            }
            guard method == 0 else {
                throw Failure("PytorchStreamReader failed reading zip archive: \(entryName) is compressed (method \(method)); torch.save writes stored entries")
            }
            let local = try checkedInt(localOffset, bytes.count)
            guard local + 30 <= bytes.count, read32(bytes, local) == 0x0403_4b50 else { throw notZip }
            let dataStart = local + 30 + Int(read16(bytes, local + 26)) + Int(read16(bytes, local + 28))
            let length = try checkedInt(size, bytes.count)
            guard dataStart + length <= bytes.count else {
                throw Failure("PytorchStreamReader failed reading zip archive: \(name) is truncated")
            }
            entries.append(Entry(name: entryName, dataRange: dataStart..<(dataStart + length)))
            p += 46 + nameLength + extraLength + commentLength
        }
        return entries
    }

    private static func checkedInt(_ value: UInt64, _ limit: Int) throws -> Int {
        guard value <= UInt64(limit) else { throw Failure("PytorchStreamReader failed reading zip archive: corrupt offsets") }
        return Int(value)
    }

    static func read16(_ b: [UInt8], _ p: Int) -> UInt16 { UInt16(b[p]) | UInt16(b[p + 1]) << 8 }
    static func read32(_ b: [UInt8], _ p: Int) -> UInt32 { UInt32(read16(b, p)) | UInt32(read16(b, p + 2)) << 16 }
    static func read64(_ b: [UInt8], _ p: Int) -> UInt64 {
        guard p + 8 <= b.count else { return UInt64.max }
        return UInt64(read32(b, p)) | UInt64(read32(b, p + 4)) << 32
    }
}

private func append16(_ out: inout [UInt8], _ v: UInt16) {
    out.append(UInt8(v & 0xff)); out.append(UInt8(v >> 8))
}

private func append32(_ out: inout [UInt8], _ v: UInt32) {
    append16(&out, UInt16(v & 0xffff)); append16(&out, UInt16(v >> 16))
}
