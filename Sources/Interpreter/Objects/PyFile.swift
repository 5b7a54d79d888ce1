#if canImport(Glibc)
import Glibc
#endif

/// `open()` for text files: reading loads the file at once; writing collects text and writes it
/// on `close()` (or at the end of a `with` block).
final class PyFile: PyObject {
    let path: String
    let mode: String
    var content: [Character] = []
    var position = 0
    var written = ""
    var isClosed = false

    init(path: String, mode: String) {
        self.path = path
        self.mode = mode
        super.init(type: FileObjects.fileType)
    }

    override var acceptsAttributes: Bool { false }

    /// A file object dropped without `close()` (`open(p, "w").write(text)`) still writes its
    /// text, as CPython's does when the object is freed; an error then has no one to hear it.
    deinit {
        if !isClosed { try? flush() }
    }

    var isWritable: Bool { mode.contains("w") || mode.contains("a") || mode.contains("+") }

    func flush() throws {
        guard isWritable, !written.isEmpty else { return }
        guard let handle = fopen(path, mode.contains("a") ? "a" : (position == 0 && mode.contains("w") ? "w" : "a")) else {
            throw FileObjects.osError(path)
        }
        _ = written.withCString { fputs($0, handle) }
        fclose(handle)
        written = ""
        position = 1
    }
}
