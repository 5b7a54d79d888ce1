import Foundation
import Interpreter
import TensorKit

/// The bundled MNIST, laid out as fastai's `untar_data(URLs.MNIST_SAMPLE)` and
/// `untar_data(URLs.MNIST)` folders of PNG files in a cache folder, built on first use.
///
/// MNIST_SAMPLE: `train/{3,7}/N.png` (N = record index in the training file), `valid/{3,7}/N.png`
/// (N = index in the t10k file) and `labels.csv`. MNIST: `training/<digit>/N.png` and
/// `testing/<digit>/N.png`. See Resources/mnist/README.md.
enum MNISTDatasets {
    struct Layout {
        let folder: String
        let splits: [(name: String, source: String)]
        let digits: [Int]
    }

    static let sample = Layout(folder: "mnist_sample", splits: [("train", "train"), ("valid", "t10k")], digits: [3, 7])
    static let full = Layout(folder: "mnist_png", splits: [("training", "train"), ("testing", "t10k")], digits: Array(0...9))

    /// `$TESSERA_DATA`, else `$XDG_CACHE_HOME/tessera/data`, else `~/.cache/tessera/data`.
    static func cacheRoot() -> String {
        let environment = ProcessInfo.processInfo.environment
        if let explicit = environment["TESSERA_DATA"], !explicit.isEmpty { return explicit }
        if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty { return xdg + "/tessera/data" }
        return UserHome.path + "/.cache/tessera/data"
    }

    /// Writes one image file with plain POSIX calls. Foundation's `createFile` writes through a
    /// temporary file and a rename, which made building the 14,000-file sample take seconds of
    /// system time; atomicity per file is not needed, as the marker is written last.
    static func writeFile(_ path: String, _ bytes: [UInt8]) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw PyException(BuiltinTypes.osError, "cannot write \(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                return write(fd, base + offset, raw.count - offset)
            }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { throw PyException(BuiltinTypes.osError, "cannot write \(path): \(String(cString: strerror(errno)))") }
            offset += n
        }
    }

    /// The bundled IDX file (gzip) for a split and kind ("images" or "labels").
    static func resource(_ source: String, _ kind: String) throws -> String {
        let name = "\(source)-\(kind)-idx\(kind == "images" ? 3 : 1)-ubyte"
        if let url = Bundle.module.url(forResource: name, withExtension: "gz", subdirectory: "mnist") { return url.path }
        throw PyException(BuiltinTypes.fileNotFoundError, "the bundled MNIST file \(name).gz is missing from this build")
    }

    /// Builds (or reuses) a layout and returns its folder. A folder is complete when its marker
    /// file records the expected image count; a partial folder is rebuilt from scratch.
    static func prepare(_ layout: Layout, progress: (String) -> Void) throws -> String {
        let fm = FileManager.default
        let root = cacheRoot()
        let folder = root + "/" + layout.folder
        // The marker sits beside the folder so that listing the folder shows only the dataset.
        let marker = root + "/." + layout.folder + ".complete"
        if let recorded = try? String(contentsOfFile: marker, encoding: .utf8), recorded.hasPrefix("complete") { return folder }
        if fm.fileExists(atPath: folder) { try? fm.removeItem(atPath: folder) }
        try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try? fm.removeItem(atPath: marker)
        var written = 0
        var labelLines = ["name,label"]
        for split in layout.splits {
            progress("Building \(layout.folder)/\(split.name) from the bundled MNIST...")
            let images = try IDXReader.read(path: try resource(split.source, "images"))
            let labels = try IDXReader.read(path: try resource(split.source, "labels"))
            let labelValues = labels.ints()
            guard images.shape.count == 3, images.shape[0] == labelValues.count else {
                throw PyException(BuiltinTypes.valueError, "the bundled MNIST files disagree in record count")
            }
            for digit in layout.digits {
                try fm.createDirectory(atPath: "\(folder)/\(split.name)/\(digit)", withIntermediateDirectories: true)
            }
            let wanted = Set(layout.digits)
            for (index, label) in labelValues.enumerated() where wanted.contains(label) {
                let image = try images.select(0, index)
                let png = try PNGCodec.encode(image)
                let path = "\(folder)/\(split.name)/\(label)/\(index).png"
                try writeFile(path, png)
                if split.name == "train" {
                    labelLines.append("train/\(label)/\(index).png,\(layout.digits.firstIndex(of: label) ?? 0)")
                }
                written += 1
            }
        }
        if layout.folder == sample.folder {
            try (labelLines.joined(separator: "\n") + "\n").write(toFile: folder + "/labels.csv", atomically: true, encoding: .utf8)
        }
        try "complete \(written)\n".write(toFile: marker, atomically: true, encoding: .utf8)
        progress("Built \(written) images in \(folder)")
        return folder
    }

    static let urls: [(name: String, url: String)] = [
        ("MNIST_SAMPLE", "https://s3.amazonaws.com/fast-ai-sample/mnist_sample.tgz"),
        ("MNIST", "https://s3.amazonaws.com/fast-ai-imageclas/mnist_png.tgz"),
        ("MNIST_TINY", "https://s3.amazonaws.com/fast-ai-sample/mnist_tiny.tgz"),
    ]

    static func make(_ interpreter: Interpreter) throws -> PyModule {
        try interpreter.makeModule("_tessera_data") { ns in
            let urlsNamespace = PyType(name: "URLs", qualifiedName: "URLs", module: "fastai.data.external", bases: [],
                                       dict: Dictionary(uniqueKeysWithValues: urls.map { ($0.name, Value.str($0.url)) }))
            ns["URLs"] = .object(urlsNamespace)
            ns.function("untar_data", "url, archive=None, data=None, c_key='data', force_download=False, base=None") { i, a in
                let url = try i.stringArgument(a[0])
                let layout: Layout
                switch url {
                case urls[0].url: layout = sample
                case urls[1].url: layout = full
                default:
                    throw PyException(BuiltinTypes.valueError,
                                      "untar_data: \(url) is not bundled with Tessera (no network); available: URLs.MNIST_SAMPLE, URLs.MNIST")
                }
                if try i.isTruthy(a[4]) {
                    try? FileManager.default.removeItem(atPath: cacheRoot() + "/" + layout.folder)
                }
                let folder = try TorchErrors.run { try prepare(layout) { i.standardError($0 + "\n") } }
                let pathClass = try i.getAttribute(.object(try i.importModule("pathlib", returnTopLevel: false)), "Path")
                return try i.call(pathClass, Arguments([.str(folder)]))
            }
        }
    }
}
