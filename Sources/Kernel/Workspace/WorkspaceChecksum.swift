import CZlib

/// CRC-32 (zlib's, vectorised) over workspace bytes: each entry and the metadata carry one,
/// so a flipped bit in a tensor's data is reported as damage instead of restoring wrong values.
struct WorkspaceChecksum {
    private(set) var value: UInt32 = 0

    mutating func update(_ bytes: UnsafeRawBufferPointer) {
        guard var base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return }
        var remaining = bytes.count
        // zlib takes a 32-bit length: large tensors go in 1 GiB pieces.
        while remaining > 0 {
            let piece = min(remaining, 1 << 30)
            value = UInt32(truncatingIfNeeded: crc32(uLong(value), base, uInt(piece)))
            base += piece
            remaining -= piece
        }
    }

    mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { update($0) }
    }

    mutating func update(_ bytes: ArraySlice<UInt8>) {
        bytes.withUnsafeBytes { update($0) }
    }

    /// The checksum of one entry: its kind, name and encoded value together, so a damaged name
    /// cannot bind good bytes to the wrong variable.
    static func entry(kind: UInt8, name: String, bytes: ArraySlice<UInt8>) -> UInt32 {
        var sum = WorkspaceChecksum()
        sum.update([kind])
        sum.update(Array(name.utf8))
        sum.update(bytes)
        return sum.value
    }

    static func of(_ bytes: [UInt8]) -> UInt32 {
        var sum = WorkspaceChecksum()
        sum.update(bytes)
        return sum.value
    }
}
