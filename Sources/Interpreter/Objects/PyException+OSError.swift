#if canImport(Glibc)
import Glibc
#endif

extension PyException {
    /// The OSError CPython raises for a failed system call on `path`: the subclass that the
    /// error number selects, `errno`/`strerror`/`filename` set, and the message
    /// `[Errno 2] No such file or directory: 'path'`.
    public static func osError(errno code: Int32, path: String) -> PyException {
        let message = String(cString: strerror(code))
        let type: PyType
        switch code {
        case ENOENT: type = BuiltinTypes.fileNotFoundError
        case EEXIST: type = BuiltinTypes.fileExistsError
        case EACCES, EPERM: type = BuiltinTypes.permissionError
        case ENOTDIR: type = BuiltinTypes.notADirectoryError
        case EISDIR: type = BuiltinTypes.isADirectoryError
        default: type = BuiltinTypes.osError
        }
        let exception = PyException(type: type, args: [.int(Int(code)), .str(message)])
        exception.attributes["_message"] = .str("[Errno \(code)] \(message): \(Formatting.quoteString(path))")
        exception.attributes["errno"] = .int(Int(code))
        exception.attributes["strerror"] = .str(message)
        exception.attributes["filename"] = .str(path)
        return exception
    }
}
