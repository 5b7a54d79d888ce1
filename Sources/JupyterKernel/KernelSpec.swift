import Foundation

/// The kernelspec: `kernels/<name>/kernel.json` plus logos in a Jupyter data directory, which
/// is how `jupyter kernelspec list`, JupyterLab's launcher, VS Code and nbclient find a kernel.
public struct KernelSpec: Encodable {
    public let argv: [String]
    public let display_name: String
    public let language: String
    /// Front ends send SIGINT to interrupt; the kernel turns it into KeyboardInterrupt.
    public let interrupt_mode: String
    public let metadata: [String: String]

    public init(executable: String, displayName: String = "Tessera") {
        argv = [executable, "kernel", "-f", "{connection_file}"]
        display_name = displayName
        language = "python"
        interrupt_mode = "signal"
        metadata = [:]
    }

    /// Where kernelspecs go: `<prefix>/share/jupyter/kernels` with a prefix, else the user's
    /// Jupyter data directory as jupyter_core finds it (`$JUPYTER_DATA_DIR`, else
    /// `$XDG_DATA_HOME/jupyter`, else `~/.local/share/jupyter`).
    public static func kernelsDirectory(prefix: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let prefix { return (prefix as NSString).appendingPathComponent("share/jupyter/kernels") }
        if let data = environment["JUPYTER_DATA_DIR"], !data.isEmpty { return data + "/kernels" }
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty { return xdg + "/jupyter/kernels" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/share/jupyter/kernels"
    }

    /// Writes the kernelspec folder `<kernels>/<name>`; returns its path.
    public func install(into kernelsDirectory: String, name: String) throws -> String {
        let folder = (kernelsDirectory as NSString).appendingPathComponent(name)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try encoder.encode(self).write(to: URL(fileURLWithPath: folder + "/kernel.json"), options: .atomic)
        for size in [32, 64] {
            try KernelLogo.png(size: size).write(to: URL(fileURLWithPath: folder + "/logo-\(size)x\(size).png"), options: .atomic)
        }
        return folder
    }

    /// Removes `<kernels>/<name>`; false when it was not there.
    public static func uninstall(from kernelsDirectory: String, name: String) throws -> Bool {
        let folder = (kernelsDirectory as NSString).appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: folder + "/kernel.json") else { return false }
        try FileManager.default.removeItem(atPath: folder)
        return true
    }

    /// A kernel name Jupyter accepts: letters, digits, `.`, `_`, `-` (it lowercases them).
    public static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "._-".unicodeScalars.contains($0)) }
    }
}

/// The launcher logo, drawn here rather than shipped as a file so `tessera` stays one binary:
/// a 3x3 mosaic of tiles (tesserae) in two tones.
enum KernelLogo {
    static func png(size: Int) -> Data {
        var pixels = [UInt8](repeating: 0, count: size * size * 4)
        let gap = max(1, size / 16)
        let tile = (size - 4 * gap) / 3
        let colors: [[UInt8]] = [[0xE8, 0x6A, 0x1A], [0x2B, 0x5D, 0x9B], [0xF2, 0xB1, 0x34]]
        for row in 0..<3 {
            for column in 0..<3 {
                let color = colors[(row * 2 + column) % 3]
                let top = gap + row * (tile + gap), left = gap + column * (tile + gap)
                for y in top..<(top + tile) {
                    for x in left..<(left + tile) {
                        let offset = (y * size + x) * 4
                        pixels[offset] = color[0]
                        pixels[offset + 1] = color[1]
                        pixels[offset + 2] = color[2]
                        pixels[offset + 3] = 255
                    }
                }
            }
        }
        return PNGWriter.rgba(width: size, height: size, pixels: pixels)
    }
}

/// The smallest valid PNG writer: RGBA rows in uncompressed (stored) deflate blocks. Enough for
/// a logo of a few kilobytes, without linking libpng into the kernel.
enum PNGWriter {
    static func rgba(width: Int, height: Int, pixels: [UInt8]) -> Data {
        var raw: [UInt8] = []
        raw.reserveCapacity(height * (width * 4 + 1))
        for y in 0..<height {
            raw.append(0)   // filter: none
            raw.append(contentsOf: pixels[(y * width * 4)..<((y + 1) * width * 4)])
        }
        var zlib: [UInt8] = [0x78, 0x01]
        var offset = 0
        repeat {
            let length = min(65_535, raw.count - offset)
            let last: UInt8 = offset + length == raw.count ? 1 : 0
            zlib.append(last)
            zlib.append(contentsOf: [UInt8(length & 0xff), UInt8(length >> 8), UInt8(~length & 0xff), UInt8((~length >> 8) & 0xff)])
            zlib.append(contentsOf: raw[offset..<(offset + length)])
            offset += length
        } while offset < raw.count
        zlib.append(contentsOf: bigEndian(adler32(raw)))
        var header: [UInt8] = bigEndian(UInt32(width)) + bigEndian(UInt32(height))
        header += [8, 6, 0, 0, 0]   // 8 bits per channel, RGBA, deflate, no filter method, no interlace
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        png += chunk("IHDR", header) + chunk("IDAT", zlib) + chunk("IEND", [])
        return Data(png)
    }

    private static func chunk(_ type: String, _ body: [UInt8]) -> [UInt8] {
        let typed = Array(type.utf8) + body
        return bigEndian(UInt32(body.count)) + typed + bigEndian(crc32(typed))
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8((value >> 16) & 0xff), UInt8((value >> 8) & 0xff), UInt8(value & 0xff)]
    }

    private static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xffff_ffff
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 != 0 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    private static func adler32(_ bytes: [UInt8]) -> UInt32 {
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in bytes {
            a = (a + UInt32(byte)) % 65_521
            b = (b + a) % 65_521
        }
        return (b << 16) | a
    }
}
