import Foundation

/// The workspace file: a header, JSON metadata, then one encoded entry per saved value.
///
///     "TSWS" u32 version | u64 n, n bytes of JSON metadata | u32 CRC-32 of the metadata |
///     u32 entry count | entries: u8 kind, string name, u64 n, n bytes of encoded value,
///     u32 CRC-32 of kind, name and value | "TSWE"
///
/// Version 1 files (no checksums) are still read. Entries carry their length, so one entry
/// that cannot be restored (its serializer is missing, its checksum does not match) does not
/// stop the others. Files are replaced atomically: written to a temporary file in the
/// same folder, flushed to disk, then renamed over the old one, so a crash or `kill -9` during a
/// save leaves the previous snapshot whole.
public struct WorkspaceFile {
    public enum EntryKind: UInt8 {
        case global = 0
        /// An `Out[n]` value; the name is `n`.
        case output = 1
    }

    public struct Entry {
        public var kind: EntryKind
        public var name: String
        /// The encoded value's bytes in `bytes`.
        var range: Range<Int>
        /// False when the entry's checksum does not match its bytes (the file was damaged).
        public var isIntact = true
    }

    /// Why a damaged entry is not restored.
    static let damagedReason = "its bytes do not match their checksum: the file was damaged after it was saved"

    static let magic: [UInt8] = Array("TSWS".utf8)
    static let endMagic: [UInt8] = Array("TSWE".utf8)
    static let version: UInt32 = 2
    /// The oldest format this build still reads (version 1 had no checksums).
    static let oldestReadableVersion: UInt32 = 1

    public var metadata: [String: Any]
    /// False when the metadata's checksum does not match (then `metadata` is empty).
    public var metadataIsIntact = true
    public var entries: [Entry]
    /// The whole file (entries point into it).
    let bytes: [UInt8]

    /// Reads and checks the file at `path`.
    public init(path: String) throws {
        bytes = try WorkspaceFile.readWhole(path)
        var reader = ByteReader(bytes)
        guard bytes.count >= 12, Array(bytes[0..<4]) == WorkspaceFile.magic else {
            throw WorkspaceFormatError("\(path) is not a Tessera workspace file")
        }
        _ = try reader.skip(4)
        let version = try reader.readUInt32()
        guard version >= WorkspaceFile.oldestReadableVersion && version <= WorkspaceFile.version else {
            throw WorkspaceFormatError("\(path) has workspace format version \(version); this build reads versions \(WorkspaceFile.oldestReadableVersion) to \(WorkspaceFile.version)")
        }
        let checked = version >= 2
        let metadataBytes = try reader.readBytes()
        metadata = (try? JSONSerialization.jsonObject(with: Data(metadataBytes))) as? [String: Any] ?? [:]
        if checked, try reader.readUInt32() != WorkspaceChecksum.of(metadataBytes) {
            metadataIsIntact = false
            metadata = [:]
        }
        let count = try reader.readUInt32()
        var entries: [Entry] = []
        for _ in 0..<count {
            let rawKind = try reader.readUInt8()
            guard let kind = EntryKind(rawValue: rawKind) else { throw WorkspaceFormatError("unknown entry kind") }
            let name = try reader.readString()
            let length = try reader.readLength()
            var entry = Entry(kind: kind, name: name, range: try reader.skip(length))
            if checked {
                let expected = try reader.readUInt32()
                entry.isIntact = expected == WorkspaceChecksum.entry(kind: rawKind, name: name, bytes: bytes[entry.range])
            }
            entries.append(entry)
        }
        guard Array(bytes[reader.offset..<min(bytes.count, reader.offset + 4)]) == WorkspaceFile.endMagic else {
            throw WorkspaceFormatError("\(path) is truncated")
        }
        self.entries = entries
    }

    /// Writes a workspace atomically. `throttle` (seconds to pause after each mebibyte) exists
    /// for the test that kills a save half-way.
    static func write(path requested: String, metadata: [String: Any], entries: [(kind: EntryKind, name: String, bytes: [UInt8])],
                      throttle: Double = 0) throws {
        let path: String
        do { path = try OutputTarget.resolve(requested) } catch { throw WorkspaceFormatError("\(error)") }
        var header = ByteWriter()
        header.append(magic)
        header.writeUInt32(version)
        let json = try JSONSerialization.data(withJSONObject: metadata, options: [.sortedKeys])
        header.writeBytes(json)
        header.writeUInt32(WorkspaceChecksum.of([UInt8](json)))
        header.writeUInt32(UInt32(entries.count))

        let directory = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: directory.isEmpty ? "." : directory, withIntermediateDirectories: true)
        removeStaleTemporaryFiles(for: path)
        let temporary = "\(path).tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw WorkspaceFormatError("cannot create \(temporary): \(String(cString: strerror(errno)))") }
        var closed = false
        defer {
            if !closed { close(fd) }
        }
        do {
            let output = ChunkedOutput(descriptor: fd, throttle: throttle)
            try output.write(header.bytes)
            for entry in entries {
                var prefix = ByteWriter()
                prefix.writeUInt8(entry.kind.rawValue)
                prefix.writeString(entry.name)
                prefix.writeUInt64(UInt64(entry.bytes.count))
                try output.write(prefix.bytes)
                try output.write(entry.bytes)
                var checksum = ByteWriter()
                checksum.writeUInt32(WorkspaceChecksum.entry(kind: entry.kind.rawValue, name: entry.name, bytes: entry.bytes[...]))
                try output.write(checksum.bytes)
            }
            try output.write(endMagic)
            guard fsync(fd) == 0 else { throw WorkspaceFormatError("cannot flush \(temporary): \(String(cString: strerror(errno)))") }
            close(fd)
            closed = true
            guard rename(temporary, path) == 0 else {
                throw WorkspaceFormatError("cannot replace \(path): \(String(cString: strerror(errno)))")
            }
        } catch {
            unlink(temporary)
            throw error
        }
        // Make the rename itself durable.
        let directoryDescriptor = open(directory.isEmpty ? "." : directory, O_RDONLY)
        if directoryDescriptor >= 0 {
            fsync(directoryDescriptor)
            close(directoryDescriptor)
        }
    }

    /// The file's bytes, read straight into one array (a workspace holds 100s of MB of tensors:
    /// going through `Data` would copy them once more).
    static func readWhole(_ path: String) throws -> [UInt8] {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw WorkspaceFormatError("cannot read \(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0 else { throw WorkspaceFormatError("cannot read \(path): \(String(cString: strerror(errno)))") }
        let size = Int(status.st_size)
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = 0
            guard let base = buffer.baseAddress else { return }
            while count < size {
                let n = read(fd, base + count, size - count)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 {
                    failure = n < 0 ? errno : 0
                    break
                }
                count += n
            }
        }
        if failure != 0 { throw WorkspaceFormatError("cannot read \(path): \(String(cString: strerror(failure)))") }
        return bytes
    }

    /// Deletes temporary files left by saves whose process died (the pid in the name is gone).
    static func removeStaleTemporaryFiles(for path: String) {
        let directory = (path as NSString).deletingLastPathComponent
        let prefix = (path as NSString).lastPathComponent + ".tmp-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.isEmpty ? "." : directory) else { return }
        for name in names where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count)) else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH {
                unlink((directory as NSString).appendingPathComponent(name))
            }
        }
    }
}

/// Writes to a file descriptor in one-mebibyte pieces, retrying short writes.
private final class ChunkedOutput {
    let descriptor: Int32
    let throttle: Double

    init(descriptor: Int32, throttle: Double) {
        self.descriptor = descriptor
        self.throttle = throttle
    }

    func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            var offset = 0
            while offset < raw.count {
                let piece = min(1 << 20, raw.count - offset)
                let written = Foundation.write(descriptor, base + offset, piece)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw WorkspaceFormatError("write failed: \(String(cString: strerror(errno)))")
                }
                offset += written
                if throttle > 0 { usleep(useconds_t(throttle * 1_000_000)) }
            }
        }
    }
}
