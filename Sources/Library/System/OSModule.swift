import Foundation
import Interpreter

/// `os` and `os.path`: the file-system calls `pathlib` and the datasets need.
enum OSModule {
    /// The Python OSError for a Foundation file error on `path`: the POSIX error underneath
    /// when Foundation reports one (ENOTDIR, EACCES, ...), else its Cocoa code's nearest errno.
    static func osError(_ error: Error, _ path: String) -> PyException {
        PyException.osError(errno: errorNumber(of: error as NSError), path: path)
    }

    /// A Foundation error from the file system as a Python OSError naming its path; nil for
    /// other errors. The Library's error converter uses it, so a failed `createDirectory` deep in
    /// native code reaches Python as `NotADirectoryError: [Errno 20] ...`, not as raw text.
    static func convert(_ error: Error) -> PyException? {
        let nsError = error as NSError
        guard nsError.domain == NSCocoaErrorDomain || nsError.domain == NSPOSIXErrorDomain else { return nil }
        let path = (nsError.userInfo[NSFilePathErrorKey] as? String) ?? (nsError.userInfo[NSURLErrorKey] as? URL)?.path ?? ""
        return osError(error, path)
    }

    private static func errorNumber(of error: NSError) -> Int32 {
        if error.domain == NSPOSIXErrorDomain { return Int32(error.code) }
        // Foundation on Linux may keep the underlying error as a Swift `Error` (POSIXError).
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? Error {
            if let posix = underlying as? POSIXError { return posix.code.rawValue }
            let bridged = underlying as NSError
            if bridged.domain == NSPOSIXErrorDomain { return Int32(bridged.code) }
        }
        switch error.code {
        case NSFileReadNoSuchFileError, NSFileNoSuchFileError: return ENOENT
        case NSFileWriteFileExistsError: return EEXIST
        case NSFileReadNoPermissionError, NSFileWriteNoPermissionError: return EACCES
        case NSFileWriteOutOfSpaceError: return ENOSPC
        case NSFileWriteVolumeReadOnlyError: return EROFS
        default: return EIO
        }
    }

    static func pathString(_ value: Value, _ interpreter: Interpreter) throws -> String {
        if let s = value.stringValue { return s }
        if case .object(let o) = value, let fspath = o.type.lookup("__fspath__") {
            if let s = try interpreter.call(fspath, Arguments([value])).stringValue { return s }
        }
        throw PyException(BuiltinTypes.typeError, "expected str, bytes or os.PathLike object, not \(value.typeName)")
    }

    static func isDirectory(_ path: String) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &flag) && flag.boolValue
    }

    static func make(_ interpreter: Interpreter) throws -> PyModule {
        let fm = FileManager.default
        let pathModule = try makePath(interpreter)
        interpreter.modules["os.path"] = pathModule
        return interpreter.makeModule("os") { ns in
            ns["path"] = .object(pathModule)
            ns["sep"] = .str("/")
            ns["name"] = .str("posix")
            let environment = PyDict()
            for (key, value) in ProcessInfo.processInfo.environment { environment[key] = .str(value) }
            ns["environ"] = .object(environment)
            ns.function("getcwd", "") { _, _ in .str(fm.currentDirectoryPath) }
            ns.function("chdir", "path") { i, a in
                let path = try pathString(a[0], i)
                guard fm.changeCurrentDirectoryPath(path) else {
                    throw osError(NSError(domain: NSCocoaErrorDomain, code: NSFileNoSuchFileError), path)
                }
                return .none
            }
            ns.function("listdir", "path='.'") { i, a in
                let path = try pathString(a[0], i)
                do { return .object(PyList(try fm.contentsOfDirectory(atPath: path).map { .str($0) })) } catch { throw osError(error, path) }
            }
            ns.function("makedirs", "name, mode=511, exist_ok=False") { i, a in
                let path = try pathString(a[0], i)
                if isDirectory(path) {
                    if try i.isTruthy(a[2]) { return .none }
                    throw osError(NSError(domain: NSCocoaErrorDomain, code: NSFileWriteFileExistsError), path)
                }
                do { try fm.createDirectory(atPath: path, withIntermediateDirectories: true) } catch { throw osError(error, path) }
                return .none
            }
            ns.function("mkdir", "path, mode=511") { i, a in
                let path = try pathString(a[0], i)
                if fm.fileExists(atPath: path) { throw osError(NSError(domain: NSCocoaErrorDomain, code: NSFileWriteFileExistsError), path) }
                do { try fm.createDirectory(atPath: path, withIntermediateDirectories: false) } catch { throw osError(error, path) }
                return .none
            }
            ns.function("remove", "path") { i, a in
                let path = try pathString(a[0], i)
                do { try fm.removeItem(atPath: path) } catch { throw osError(error, path) }
                return .none
            }
            ns.function("rmdir", "path") { i, a in
                let path = try pathString(a[0], i)
                if rmdir(path) != 0 { throw PyException.osError(errno: errno, path: path) }
                return .none
            }
            ns.function("rename", "src, dst") { i, a in
                let source = try pathString(a[0], i), destination = try pathString(a[1], i)
                if rename(source, destination) != 0 { throw osError(NSError(domain: NSPOSIXErrorDomain, code: Int(errno)), source) }
                return .none
            }
            ns.function("getenv", "key, default=None") { i, a in
                ProcessInfo.processInfo.environment[try i.stringArgument(a[0])].map { .str($0) } ?? a[1]
            }
            ns.function("system", "command") { i, a in
                let subprocess = try i.importModule("subprocess", returnTopLevel: false)
                return try i.call(try i.getAttribute(.object(subprocess), "_system"), a[0])
            }
            ns.function("cpu_count", "") { _, _ in .int(ProcessInfo.processInfo.activeProcessorCount) }
            ns.function("stat", "path") { i, a in
                let path = try pathString(a[0], i)
                let attributes: [FileAttributeKey: Any]
                do { attributes = try fm.attributesOfItem(atPath: path) } catch { throw osError(error, path) }
                func number(_ key: FileAttributeKey) -> Int { (attributes[key] as? NSNumber)?.intValue ?? 0 }
                let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                let isDirectory = (attributes[.type] as? FileAttributeType) == .typeDirectory
                let mode = number(.posixPermissions) | (isDirectory ? 0o040000 : 0o100000)
                return .object(PyTuple([.int(mode), .int(number(.systemFileNumber)), .int(number(.systemNumber)),
                                        .int(number(.referenceCount)), .int(number(.ownerAccountID)),
                                        .int(number(.groupOwnerAccountID)), .int(number(.size)),
                                        .float(modified), .float(modified), .float(modified)], type: statResultType))
            }
        }
    }

    static func makePath(_ interpreter: Interpreter) throws -> PyModule {
        let fm = FileManager.default
        return interpreter.makeModule("os.path") { ns in
            ns["sep"] = .str("/")
            ns.function("join", "a, *p") { i, a in
                var result = try pathString(a[0], i)
                for part in (a[1].asObject as? PyTuple)?.items ?? [] {
                    let piece = try pathString(part, i)
                    if piece.hasPrefix("/") { result = piece } else if result.isEmpty || result.hasSuffix("/") { result += piece } else { result += "/" + piece }
                }
                return .str(result)
            }
            ns.function("exists", "path") { i, a in .bool(fm.fileExists(atPath: try pathString(a[0], i))) }
            ns.function("isdir", "s") { i, a in .bool(isDirectory(try pathString(a[0], i))) }
            ns.function("isfile", "path") { i, a in
                let path = try pathString(a[0], i)
                return .bool(fm.fileExists(atPath: path) && !isDirectory(path))
            }
            ns.function("basename", "p") { i, a in .str(PathText.name(try pathString(a[0], i))) }
            ns.function("dirname", "p") { i, a in .str(PathText.parent(try pathString(a[0], i), emptyForRelative: true)) }
            ns.function("splitext", "p") { i, a in
                let path = try pathString(a[0], i)
                let suffix = PathText.suffix(path)
                return .object(PyTuple([.str(String(path.dropLast(suffix.count))), .str(suffix)]))
            }
            ns.function("abspath", "path") { i, a in .str(PathText.absolute(try pathString(a[0], i))) }
            ns.function("expanduser", "path") { i, a in .str(PathText.expandUser(try pathString(a[0], i))) }
            ns.function("getsize", "filename") { i, a in
                let path = try pathString(a[0], i)
                do { return .int((try fm.attributesOfItem(atPath: path)[.size] as? Int) ?? 0) } catch { throw osError(error, path) }
            }
        }
    }
}

/// `os.stat_result`: a tuple whose fields also have names.
let statResultType = PyType(builtin: "stat_result", base: BuiltinTypes.tuple, module: "os") { type in
    for (index, field) in ["st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime",
                           "st_mtime", "st_ctime"].enumerated() {
        type.property(field) { _, v in (v.asObject as? PyTuple)?.items[index] ?? .none }
    }
}

/// Path arithmetic on strings, shared by `os.path` and `Path`.
enum PathText {
    static func components(_ path: String) -> [String] { path.split(separator: "/").map(String.init) }

    static func name(_ path: String) -> String {
        guard let last = path.split(separator: "/").last else { return "" }
        return path.hasSuffix("/") && path.count > 1 ? "" : String(last)
    }

    static func suffix(_ path: String) -> String {
        let base = name(path)
        guard let dot = base.lastIndex(of: "."), dot != base.startIndex else { return "" }
        return String(base[dot...])
    }

    static func parent(_ path: String, emptyForRelative: Bool = false) -> String {
        var parts = components(path)
        let absolute = path.hasPrefix("/")
        if !parts.isEmpty { parts.removeLast() }
        if parts.isEmpty { return absolute ? "/" : (emptyForRelative ? "" : ".") }
        return (absolute ? "/" : "") + parts.joined(separator: "/")
    }

    static func absolute(_ path: String) -> String {
        let full = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var stack: [String] = []
        for part in components(full) {
            if part == "." || part.isEmpty { continue }
            if part == ".." { if !stack.isEmpty { stack.removeLast() }; continue }
            stack.append(part)
        }
        return "/" + stack.joined(separator: "/")
    }

    static func expandUser(_ path: String) -> String {
        UserHome.expand(path)
    }
}
