import Foundation
import Interpreter
import TensorKit

/// `_tessera_vision`: the native steps under fastai's image data pipeline (fastai/data and
/// fastai/vision in Sources/Library/Python), where doing them per item in Python would cost
/// more than the training step: listing an image folder in `os.walk` order, decoding image files
/// once per session (`ImageCache`) and turning an image into a channel-first tensor.
enum VisionDataModule {
    static func make(_ interpreter: Interpreter) throws -> PyModule {
        try interpreter.makeModule("_tessera_vision") { ns in
            ns["ImageCache"] = .object(ImageCacheObject.type)
            ns.function("walk_files", "path, extensions=None, recurse=True, folders=None, followlinks=True") { i, a in
                let root = try OSModule.pathString(a[0], i)
                let extensions = a[1].isNone ? nil : Set(try stringList(a[1], i))
                let folders = a[3].isNone ? [] : try stringList(a[3], i)
                let walker = FolderWalker(extensions: extensions, folders: folders, followLinks: try i.isTruthy(a[4]))
                let files = try i.isTruthy(a[2]) ? walker.walk(root) : walker.filesDirectlyIn(root)
                return .object(PyList(files.map { .str($0) }))
            }
            ns.function("image_tensor", "image") { i, a in
                guard let image = a[0].asObject as? ImageObject else {
                    throw PyException(BuiltinTypes.typeError, "image_tensor: expected a PIL Image, got \(a[0].typeName)")
                }
                return .object(PyTensor(try TorchErrors.run { try channelFirst(image.pixels) }))
            }
        }
    }

    static func stringList(_ value: Value, _ interpreter: Interpreter) throws -> [String] {
        var result: [String] = []
        for item in try interpreter.collect(value) { result.append(try OSModule.pathString(item, interpreter)) }
        return result
    }

    /// fastai's `image2tensor`: H x W becomes 1 x H x W, H x W x C becomes C x H x W, as a new
    /// tensor (the image's pixels may be shared with a cache, so they are never handed out).
    static func channelFirst(_ pixels: Tensor) throws -> Tensor {
        if pixels.shape.count == 2 { return try pixels.unsqueeze(0).clone() }
        return try pixels.permute([2, 0, 1]).contiguous().clone()
    }
}

/// fastai's `get_files` walk: `os.walk` order (each folder's files in directory order, then its
/// subfolders in directory order, depth first), skipping names that start with a dot, keeping
/// files whose lower-cased last extension is in `extensions`, and entering only `folders` at the
/// top when they are given (the top's own files then only when `folders` holds ".").
struct FolderWalker {
    let extensions: Set<String>?
    let folders: [String]
    let followLinks: Bool

    func walk(_ root: String) -> [String] {
        var result: [String] = []
        visit(root, depth: 0, into: &result)
        return result
    }

    func filesDirectlyIn(_ root: String) -> [String] {
        guard let entries = Self.entries(root, followLinks: true) else { return [] }
        return entries.filter { !$0.isDirectory && keeps($0.name) }.map { join(root, $0.name) }
    }

    private func visit(_ folder: String, depth: Int, into result: inout [String]) {
        guard let entries = Self.entries(folder, followLinks: true) else { return }
        var subfolders = entries.filter { $0.isDirectory }.map { $0.name }
        if depth == 0 && !folders.isEmpty {
            subfolders = subfolders.filter { folders.contains($0) }
        } else {
            subfolders = subfolders.filter { !$0.hasPrefix(".") }
        }
        if !(depth == 0 && !folders.isEmpty && !folders.contains(".")) {
            for entry in entries where !entry.isDirectory && keeps(entry.name) { result.append(join(folder, entry.name)) }
        }
        for name in subfolders {
            let path = join(folder, name)
            // os.walk enters a symlinked folder only with followlinks.
            if !followLinks && Self.isSymlink(path) { continue }
            visit(path, depth: depth + 1, into: &result)
        }
    }

    private func keeps(_ name: String) -> Bool {
        if name.hasPrefix(".") { return false }
        guard let extensions, !extensions.isEmpty else { return true }
        let last = name.split(separator: ".", omittingEmptySubsequences: false).last.map(String.init) ?? name
        return extensions.contains("." + last.lowercased())
    }

    private func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// Directory entries in the order the file system gives them (as `os.scandir`), with
    /// whether each is a folder (following symbolic links, as `DirEntry.is_dir()`); nil when the
    /// folder cannot be read (os.walk then yields nothing for it).
    static func entries(_ folder: String, followLinks: Bool) -> [(name: String, isDirectory: Bool)]? {
        guard let handle = opendir(folder) else { return nil }
        defer { closedir(handle) }
        var result: [(name: String, isDirectory: Bool)] = []
        while let entry = readdir(handle) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            let kind = entry.pointee.d_type
            let isDirectory: Bool
            if kind == UInt8(DT_DIR) {
                isDirectory = true
            } else if kind == UInt8(DT_REG) {
                isDirectory = false
            } else {
                var info = stat()
                let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
                isDirectory = stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
            }
            result.append((name, isDirectory))
        }
        return result
    }

    static func isSymlink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }
}

/// Decoded images by file, for one session: fastai opens every image again on every epoch, but
/// its items are files that do not change while a model trains, so a file is decoded once and
/// decoded again only when its size, modification time or inode changes. The cached images are
/// never modified (PIL images here have no in-place operations, and `image_tensor` copies).
final class ImageCacheObject: PyObject {
    struct Entry {
        let device: UInt64
        let inode: UInt64
        let size: Int64
        let modifiedSeconds: Int
        let modifiedNanoseconds: Int
        let image: ImageObject
    }

    var entries: [String: Entry] = [:]

    init() { super.init(type: Self.type) }

    static let type = PyType(builtin: "ImageCache", base: BuiltinTypes.object, subclassable: false, module: "_tessera_vision") { type in
        func cache(_ v: Value) throws -> ImageCacheObject {
            guard let o = v.asObject as? ImageCacheObject else { throw PyException(BuiltinTypes.typeError, "expected an ImageCache, got \(v.typeName)") }
            return o
        }
        type.nativeNew = { _, _, _ in .object(ImageCacheObject()) }
        type.method("open", "self, fp, mode=None") { i, a in
            let o = try cache(a[0])
            let path = try OSModule.pathString(a[1], i)
            let mode = a[2].isNone ? nil : try i.stringArgument(a[2])
            return .object(try o.open(path, mode: mode, interpreter: i))
        }
        type.method("clear", "self") { _, a in
            try cache(a[0]).entries.removeAll()
            return .none
        }
        type.method("__len__", "self") { _, a in .int(try cache(a[0]).entries.count) }
    }

    func open(_ path: String, mode: String?, interpreter: Interpreter) throws -> ImageObject {
        let key = mode.map { path + "\u{0}" + $0 } ?? path
        var info = stat()
        guard stat(path, &info) == 0 else {
            // Image.open raises the error (FileNotFoundError with CPython's message).
            return try decode(path, mode: mode, interpreter: interpreter)
        }
        if let entry = entries[key], entry.device == UInt64(info.st_dev), entry.inode == UInt64(info.st_ino),
           entry.size == Int64(info.st_size), entry.modifiedSeconds == info.st_mtim.tv_sec,
           entry.modifiedNanoseconds == info.st_mtim.tv_nsec {
            return entry.image
        }
        let image = try decode(path, mode: mode, interpreter: interpreter)
        entries[key] = Entry(device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int64(info.st_size),
                             modifiedSeconds: info.st_mtim.tv_sec, modifiedNanoseconds: info.st_mtim.tv_nsec, image: image)
        return image
    }

    private func decode(_ path: String, mode: String?, interpreter: Interpreter) throws -> ImageObject {
        let image = try ImageModule.open(path, interpreter: interpreter)
        guard let mode, mode != image.mode else { return image }
        return ImageObject(pixels: try TorchErrors.run { try ImageConversion.convert(image.pixels, to: mode) })
    }
}
